"""The emulator's shape, guarded: layers import one way, the core names no provider, every provider package has
the modules its role needs, no import cycle (type-checking imports count), and one import style for the code generation.

A small import walk over the source (``ast``, nothing imported but the provider classes, to read their roles):
each module's imports, wherever they stand (top level, ``if TYPE_CHECKING:``, inside a function), resolved to
the emulator's own modules. The same checks run on a tree built to break each rule, so they can fail.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

from sms_emulator.providers import registry
from sms_emulator.providers.base import Provider

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "emulator" / "sms_emulator"

LAYERS: dict[str, frozenset[str]] = {
    "core": frozenset({"core"}),
    "http": frozenset({"core", "http"}),
    "providers": frozenset({"core", "http", "providers"}),
    "inbox": frozenset({"core", "http", "inbox", "providers"}),
    "control": frozenset({"core", "http", "inbox", "providers", "control", "version"}),
}
"""What each layer may import from the emulator (``version`` is the package's version module). The entry points
at the top (``app``, ``__main__``, ``inprocess``) put the layers together and may import any of them."""

FRAMEWORKS = ("connexion", "starlette", "uvicorn")
"""What the core never imports: it holds state and mechanisms, the HTTP layer serves them."""

EVERY_PROVIDER = ("provider", "handlers", "messages", "accounts", "demo", "reference")
"""The modules every provider package has: its ``Provider``, its operations, its messages, who may call,
the demo data it starts with, its reference data."""


@dataclass(frozen=True)
class Tree:
    """A package's modules by dotted name, each with the emulator modules it imports and the text literals in it."""

    imports: Mapping[str, frozenset[str]]
    literals: Mapping[str, frozenset[str]]

    @classmethod
    def read(cls, package: Path, name: str = "sms_emulator") -> Tree:
        files = {_module_name(path, package, name): path for path in sorted(package.rglob("*.py"))}
        imports, literals = {}, {}
        for module, path in files.items():
            tree = ast.parse(path.read_text(), str(path))
            is_package = path.name == "__init__.py"
            imports[module] = frozenset(_imports(tree, module, is_package, set(files), name))
            literals[module] = frozenset(_literals(tree))
        return cls(imports, literals)


def _module_name(path: Path, package: Path, name: str) -> str:
    parts = [name, *path.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tree: ast.Module, module: str, is_package: bool, known: set[str], root: str) -> Iterable[str]:
    """The emulator modules ``module`` imports: ``from .x import y`` is ``x.y`` when that is a module, else ``x``."""
    here = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.split(".")[0] == root)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            if base.split(".")[0] != root:
                continue
            for alias in node.names:
                yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base


def _literals(tree: ast.Module) -> Iterable[str]:
    """The module's text constants, docstrings left out (a docstring may name a provider as an example)."""
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.value


def layer_of(module: str) -> str | None:
    """``core`` for ``sms_emulator.core.store``; None for a module at the top (an entry point)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] not in _TOP) else None


_TOP = {"app", "__main__", "inprocess"}


def provider_of(module: str) -> str | None:
    """``bytehand`` for any module of ``sms_emulator.providers.bytehand``; None outside every provider package."""
    parts = module.split(".")
    return parts[2] if len(parts) > 3 and parts[1] == "providers" else None


def layer_problems(tree: Tree) -> list[str]:
    found = []
    for module, imported in sorted(tree.imports.items()):
        layer = layer_of(module)
        for target in sorted(imported):
            target_layer = layer_of(target) if target != "sms_emulator" else None
            if layer in LAYERS and target_layer is not None and target_layer not in LAYERS[layer]:
                found.append(f"{module} imports {target}: {layer} may import only {sorted(LAYERS[layer])}")
            if target_layer is None and layer in LAYERS and target != "sms_emulator.version":
                found.append(f"{module} imports {target}, an entry point")
    return found


def provider_problems(tree: Tree, names: Iterable[str]) -> list[str]:
    """A module outside a provider's package importing it, and the core naming a provider in its code."""
    found = []
    for module, imported in sorted(tree.imports.items()):
        for target in sorted(imported):
            owner = provider_of(target)
            if owner is not None and provider_of(module) != owner:
                found.append(f"{module} imports {target}: only the registry names a provider, as text")
    for module, literals in sorted(tree.literals.items()):
        if layer_of(module) == "core":
            named = sorted(name for name in names if any(name in text.casefold() for text in literals))
            found += [f"{module} names the provider {name!r} in its code" for name in named]
    return found


def framework_problems(package: Path) -> list[str]:
    found = []
    for path in sorted((package / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            found += [f"{path.name} imports {name}" for name in names if name.split(".")[0] in FRAMEWORKS]
    return found


def cycles(imports: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Every import cycle (strongly connected set of two or more modules, or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm; the trees here are a few hundred modules deep at most
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in imports.get(module, ()):
            if target not in imports:
                continue
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            members = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                members.append(member)
                if member == module:
                    break
            if len(members) > 1 or module in imports.get(module, ()):
                found.append(sorted(members))

    for module in sorted(imports):
        if module not in index:
            visit(module)
    return found


def role_problems(package: Path, providers: Mapping[str, type[Provider]]) -> list[str]:
    """A provider package without a module its role needs (a package of that name counts as the module)."""
    found = []
    folders = {path.parent.name for path in (package / "providers").glob("*/__init__.py")}
    found += [
        f"providers/{name}/ is a provider package the registry does not name" for name in folders - set(providers)
    ]
    for name, cls in sorted(providers.items()):
        needed = set(EVERY_PROVIDER)
        if cls.books is not Provider.books or cls.set_balance is not Provider.set_balance:
            needed.add("ledger")  # it keeps balances
        if cls.control is not Provider.control:
            needed |= {"control", "control.yaml"}  # it has routes of its own under /_emulator/<name>
        if any(not searchable.table.startswith("inbox_") for searchable in cls.searchables):
            needed.add("search")  # it searches more than its inbox rows
        folder = package / "providers" / name
        for role in sorted(needed):
            if not any(path.exists() for path in (folder / role, folder / f"{role}.py", folder / role / "__init__.py")):
                found.append(f"providers/{name}/ has no {role}{'' if '.' in role else '.py'}")
        if cls.__module__ != f"sms_emulator.providers.{name}.provider":
            found.append(f"{cls.__name__} is defined in {cls.__module__}, not in providers/{name}/provider.py")
    return found


# --- the emulator as it is ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tree() -> Tree:
    return Tree.read(PACKAGE)


def test_each_layer_imports_only_the_layers_below_it(tree: Tree) -> None:
    assert layer_problems(tree) == []


def test_no_module_outside_a_provider_imports_it_and_the_core_names_none(tree: Tree) -> None:
    assert provider_problems(tree, registry.REGISTERED) == []


def test_the_core_imports_no_web_framework() -> None:
    assert framework_problems(PACKAGE) == []


def test_there_is_no_import_cycle(tree: Tree) -> None:
    assert cycles(tree.imports) == []


def test_every_provider_package_has_the_modules_its_role_needs() -> None:
    providers = {cls.name: cls for cls in registry.load_all()}
    assert role_problems(PACKAGE, providers) == []


CODEGEN_MODULES = frozenset(path.stem for path in (ROOT / "codegen").glob("*.py")) - {"__init__"}


def test_the_tests_import_the_code_generation_one_way() -> None:
    """As the package it is (``from codegen import speclint``), as its modules import each other: never also by
    bare name (``import speclint``), which would load a second copy of the module in the same session."""
    found = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            found += [
                f"{path.relative_to(ROOT)} imports {name}" for name in names if name.split(".")[0] in CODEGEN_MODULES
            ]
    assert found == []


# --- the same checks must be able to fail: a small tree built to break each rule ------------------------------

BROKEN = {
    "__init__.py": "",
    "app.py": "from .providers.acme import provider\n",
    "version.py": "",
    "core/__init__.py": "",
    "core/store.py": "import starlette\nfrom ..http import errors\nKIND = 'acme'\n",
    "core/clock.py": '"""Mentions acme in a docstring only."""\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n'
    "    from .money import Books\n",
    "core/money.py": "from . import clock\n",
    "http/__init__.py": "",
    "http/errors.py": "def later():\n    from ..providers.acme.messages import view\n",
    "providers/__init__.py": "",
    "providers/base.py": "",
    "providers/acme/__init__.py": "",
    "providers/acme/provider.py": "from . import messages\n",
    "providers/acme/messages.py": "from ..other import ledger\n",
    "providers/other/__init__.py": "",
    "providers/other/ledger.py": "",
}


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    for name, text in BROKEN.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return tmp_path


def test_the_checks_catch_each_broken_rule(broken: Path) -> None:
    tree = Tree.read(broken)
    assert layer_problems(tree) == [
        "sms_emulator.core.store imports sms_emulator.http.errors: core may import only ['core']",
        "sms_emulator.http.errors imports sms_emulator.providers.acme.messages: http may import only ['core', 'http']",
    ]
    assert provider_problems(tree, ["acme"]) == [
        "sms_emulator.app imports sms_emulator.providers.acme.provider: only the registry names a provider, as text",
        "sms_emulator.http.errors imports sms_emulator.providers.acme.messages: "
        "only the registry names a provider, as text",
        "sms_emulator.providers.acme.messages imports sms_emulator.providers.other.ledger: "
        "only the registry names a provider, as text",
        "sms_emulator.core.store names the provider 'acme' in its code",
    ]
    assert framework_problems(broken) == ["store.py imports starlette"]
    assert cycles(tree.imports) == [["sms_emulator.core.clock", "sms_emulator.core.money"]]


def test_the_role_check_names_the_missing_modules(broken: Path) -> None:
    class Acme(Provider):
        name = "acme"

    Acme.__module__ = "sms_emulator.providers.acme.provider"
    problems = role_problems(broken, {"acme": Acme})
    assert problems == [
        "providers/other/ is a provider package the registry does not name",
        *(f"providers/acme/ has no {role}.py" for role in ("accounts", "demo", "handlers", "reference")),
    ]
