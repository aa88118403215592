"""Reading the project's Markdown for the docs tests: its Python examples, its links and its headings' anchors.

Docs rot in two ways: an example stops running, or a link stops leading
anywhere. ``tests/test_docs.py`` runs every ```python block of README.md and
docs/ against the emulator and checks every relative link and anchor with
these helpers. A block that is only a fragment is skipped when the line just
before its fence is ``<!-- not-run: reason -->``; the runner counts and prints
those, so they stay rare and visible.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
EMULATOR_URLS = ("http://127.0.0.1:8025", "http://localhost:8025")
"""The URLs the examples use (``make emulator``); the runner replaces them with the test emulator's."""

NOT_RUN = re.compile(r"^\s*<!--\s*not-run:\s*(?P<reason>.+?)\s*-->\s*$")
FENCE = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\s]*)")
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(?P<target>\S+?)>?(?:\s+.*)?$")
HTML_ANCHOR = re.compile(r"<a\s+(?:name|id)=\"(?P<anchor>[^\"]+)\"")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True)
class Block:
    """One fenced code block of a Markdown file."""

    path: Path
    line: int
    language: str
    code: str
    not_run: str | None

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path}:{self.line}"


def markdown_files(root: Path = ROOT) -> list[Path]:
    """README.md and every Markdown file below ``root``, skipping hidden folders (.venv, .git, caches)."""
    found = []
    for path in sorted(root.rglob("*.md")):
        parts = path.relative_to(root).parts
        if any(part.startswith(".") or part in ("node_modules", "__pycache__") for part in parts):
            continue
        found.append(path)
    return found


def blocks(path: Path, text: str | None = None) -> list[Block]:
    """Every fenced block of a file, with its language, its first code line and its not-run reason, if any."""
    lines = (path.read_text() if text is None else text).splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        fence, indent = opening["fence"], len(opening["indent"])
        previous = next((line for line in reversed(lines[:index]) if line.strip()), "")
        marker = NOT_RUN.match(previous)
        body: list[str] = []
        index += 1
        while index < len(lines) and not _closes(fence, lines[index]):
            line = lines[index]
            body.append(line[indent:] if line[:indent].strip() == "" else line.lstrip())
            index += 1
        start = index - len(body) + 1
        found.append(Block(path, start, opening["info"].lower(), "\n".join(body) + "\n", marker and marker["reason"]))
        index += 1
    return found


def prose_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) outside fenced blocks, with code spans blanked out, so code is never read as links."""
    for number, line in _lines_outside_fences(text):
        yield number, CODE_SPAN.sub(lambda match: " " * len(match.group(0)), line)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading's text: links and formatting dropped, lower case, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)
    text = re.sub(r"<[^>]+>", "", text)
    text = "".join(
        char
        for char in text.lower()
        if char in " -_" or unicodedata.category(char)[0] in ("L", "N") or unicodedata.category(char) == "Mn"
    )
    return text.replace(" ", "-")


def anchors(text: str) -> set[str]:
    """Every anchor a file offers: its headings' (``-1``, ``-2`` for repeats, as GitHub does) and HTML ones."""
    found: set[str] = set()
    counts: dict[str, int] = {}
    for _, line in _lines_outside_fences(text):
        heading = HEADING.match(line)
        if heading:
            base = slug(heading["text"])
            count = counts.get(base, 0)
            counts[base] = count + 1
            found.add(base if count == 0 else f"{base}-{count}")
        found.update(match["anchor"] for match in HTML_ANCHOR.finditer(line))
    return found


def _lines_outside_fences(text: str) -> Iterator[tuple[int, str]]:
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        opening = FENCE.match(line)
        if fence is None and opening:
            fence = opening["fence"]
        elif fence is not None:
            if _closes(fence, line):
                fence = None
        else:
            yield number, line


def _closes(fence: str, line: str) -> bool:
    """Whether ``line`` closes a block opened with ``fence`` (the same character, at least as many)."""
    return re.match(rf"^\s*{re.escape(fence[0])}{{{len(fence)},}}\s*$", line) is not None


def links(text: str) -> Iterator[tuple[int, str]]:
    """(line number, target) of every inline and reference-style link outside code."""
    for number, line in prose_lines(text):
        for match in INLINE_LINK.finditer(line):
            yield number, match["target"]
        reference = REFERENCE_LINK.match(line)
        if reference:
            yield number, reference["target"]


def broken_links(path: Path, text: str | None = None) -> list[str]:
    """One line per relative link of ``path`` that leads to no file, or to no anchor of the file it names."""
    text = path.read_text() if text is None else text
    problems = []
    offered: dict[Path, set[str]] = {}
    for number, target in links(text):
        if not target or re.match(r"^[a-z][a-z0-9+.-]*:", target, flags=re.I):
            continue  # an absolute URL (http:, mailto:, ...) is not checked offline
        file_part, _, anchor = target.partition("#")
        destination = (path.parent / unquote(file_part)).resolve() if file_part else path
        where = f"{path.name}:{number}: {target}"
        if not destination.exists():
            problems.append(f"{where}: no such file")
        elif anchor and destination.suffix == ".md" and destination.is_file():
            if destination not in offered:
                offered[destination] = anchors(destination.read_text() if file_part else text)
            if unquote(anchor) not in offered[destination]:
                problems.append(f"{where}: no heading or anchor #{anchor} in {destination.name}")
    return problems
