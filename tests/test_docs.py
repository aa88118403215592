"""Docs that cannot rot: every Python example in README.md and docs/ runs, every link leads somewhere.

Each ```python block runs as written, with ``http://127.0.0.1:8025`` (or ``localhost``; what
``make emulator`` serves) replaced by the test emulator's URL and the
providers' environment variables set for it, as a user who points
``connect()`` at the emulator would set them. A fragment can be skipped with
``<!-- not-run: reason -->`` on the line before its fence; those are counted
and printed. The link check covers every Markdown file of the project:
a relative link must name an existing file, and its ``#anchor`` a heading (by
GitHub's rules) or an ``<a id>`` of that file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ._markdown import EMULATOR_URLS, ROOT, Block, blocks, broken_links, markdown_files, slug

MAX_NOT_RUN = 3
"""Fragments are allowed, but rare: more than this many means the docs stopped being examples."""


def documented_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def python_blocks() -> list[Block]:
    return [block for path in documented_files() for block in blocks(path) if block.language == "python"]


EXAMPLES = [block for block in python_blocks() if block.not_run is None]


def environment(emulator: str) -> dict[str, str]:
    """What a user running the examples against the emulator puts in the environment (the demo accounts)."""
    return {
        "TYNTEC_BASE_URL": f"{emulator}/tyntec",
        "TYNTEC_API_KEY": "tyntec-demo-key",
        "BYTEHAND_BASE_URL": f"{emulator}/bytehand/v2",
        "BYTEHAND_API_KEY": "bytehand-demo-key",
        "JOMOBILE_BASE_URL": f"{emulator}/jomobile",
        "JOMOBILE_USERNAME": "jomobile-demo",
        "JOMOBILE_PASSWORD": "jomobile-demo-password",
        "SMSC_BASE_URL": f"{emulator}/smsc",
        "SMSC_LOGIN": "demo",
        "SMSC_PASSWORD": "demo-password",
    }


def run_example(block: Block, emulator: str) -> None:
    """Run one block as a script would run, pointed at ``emulator``; whatever it raises fails the test."""
    # Blank lines in front, so a traceback names the line of the Markdown file.
    source = block.code
    for url in EMULATOR_URLS:
        source = source.replace(url, emulator)
    source = "\n" * (block.line - 1) + source
    code = compile(source, block.where.rsplit(":", 1)[0], "exec")
    exec(code, {"__name__": "__main__"})  # noqa: S102 - the examples are this project's own docs


@pytest.mark.parametrize("block", EXAMPLES, ids=lambda block: block.where)
def test_every_python_example_runs_against_the_emulator(
    block: Block, emulator: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in environment(emulator).items():
        monkeypatch.setenv(name, value)
    run_example(block, emulator)


def test_examples_not_run_are_few_and_say_why(capsys: pytest.CaptureFixture[str]) -> None:
    skipped = [block for block in python_blocks() if block.not_run is not None]
    with capsys.disabled():
        print(f"\ndocs: {len(EXAMPLES)} Python examples run, {len(skipped)} marked not-run")
        for block in skipped:
            print(f"  not run: {block.where}: {block.not_run}")
    assert len(EXAMPLES) >= 5, "the example runner found almost no examples; is the extraction broken?"
    assert len(skipped) <= MAX_NOT_RUN, [block.where for block in skipped]


@pytest.mark.parametrize("path", markdown_files(), ids=lambda path: str(path.relative_to(ROOT)))
def test_every_relative_link_and_anchor_resolves(path: Path) -> None:
    assert broken_links(path) == []


def test_the_docs_index_links_every_page_under_docs() -> None:
    index = (ROOT / "docs" / "README.md").read_text()
    for page in sorted((ROOT / "docs").rglob("*.md")):
        if page.name != "README.md":
            assert f"({page.relative_to(ROOT / 'docs')})" in index, page


# The checks themselves must be able to fail: the same helpers on deliberately broken samples.

SAMPLE = """# Guide

## Errors, retries and timeouts: the same for every provider

## `send_sms`

## Usage

## Usage

<a id="custom"></a>

```python
assert 1 + 1 == 3, "a broken example"
```

<!-- not-run: a fragment -->

```python
client.do_something(...)
```

- [good file](other.md) and [good anchor](#usage-1), [html anchor](#custom), [web](https://example.com/x#y)
- [missing file](nowhere.md) and [missing anchor](other.md#no-such-heading)
- `[in code](ignored.md)` is not a link

```text
[in a block](ignored-too.md)
```

[reference]: #send_sms
[broken reference]: #sendsms
"""


def test_a_broken_example_fails_and_a_marked_fragment_is_skipped(tmp_path: Path, emulator: str) -> None:
    page = tmp_path / "guide.md"
    page.write_text(SAMPLE)
    broken, fragment = [block for block in blocks(page) if block.language == "python"]
    assert fragment.not_run == "a fragment"
    assert broken.not_run is None
    assert broken.line == 14
    with pytest.raises(AssertionError, match="a broken example"):
        run_example(broken, emulator)


def test_the_link_check_reports_a_missing_file_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("# Other\n\n## Usage\n")
    page = tmp_path / "guide.md"
    page.write_text(SAMPLE)
    assert broken_links(page) == [
        "guide.md:24: nowhere.md: no such file",
        "guide.md:24: other.md#no-such-heading: no heading or anchor #no-such-heading in other.md",
        "guide.md:32: #sendsms: no heading or anchor #sendsms in guide.md",
    ]


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        (
            "Errors, retries and timeouts: the same for every provider",
            "errors-retries-and-timeouts-the-same-for-every-provider",
        ),
        ("`send_sms`", "send_sms"),
        ("Using a provider", "using-a-provider"),
        ("[Jo Mobile](jomobile.md) behaviour", "jo-mobile-behaviour"),
        ("Émulateur: état", "émulateur-état"),
    ],
)
def test_anchors_follow_githubs_rules(heading: str, anchor: str) -> None:
    assert slug(heading) == anchor
