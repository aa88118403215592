"""The change report and the compiler-style mistakes of ``make generate`` (issue 18).

The whole corpus is judged by ``make spec-corpus`` (about two minutes); a sample of it runs here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen import changelog, spec_mistakes
from codegen.spec_changes import Change
from tests.codegen.change_report import judge

ROOT = Path(__file__).resolve().parents[3]


SAMPLE = (
    "tyntec-body-field-removed",
    "tyntec-reply-field-made-nullable",
    "bytehand-reply-enum-value-added",
    "smsc-request-enum-value-removed",
)


def test_a_sample_of_the_corpus_the_report_and_the_judge_agree_on() -> None:
    edits = [edit for edit in judge.load_corpus() if edit.id in SAMPLE]
    assert len(edits) == len(SAMPLE)
    for verdict in judge.judge_all(edits):
        assert verdict.agrees, (verdict.edit.id, verdict.why, verdict.report)


def test_the_corpus_has_each_kind_of_change_both_ways() -> None:
    edits = judge.load_corpus()
    assert len(edits) >= 40
    assert {edit.spec for edit in edits} == {"tyntec", "bytehand", "jomobile", "smsc"}
    assert 0.3 < sum(edit.breaking for edit in edits) / len(edits) < 0.7


def mistakes_of(tmp_path: Path, name: str, text: str) -> list[str]:
    spec = tmp_path / name
    spec.write_text(text)
    try:
        document, places = spec_mistakes.read(spec)
    except spec_mistakes.SpecMistakes as found:
        return [str(mistake) for mistake in found.mistakes]
    return [str(mistake) for mistake in spec_mistakes.validation_mistakes(document, places)]


def test_a_misspelt_parameter_location_is_one_line_at_its_place(tmp_path: Path) -> None:
    text = (ROOT / "specs" / "tyntec.yaml").read_text().replace("in: query", "in: quer", 1)
    line = next(number for number, row in enumerate(text.splitlines(), 1) if "in: quer," in row)
    column = text.splitlines()[line - 1].index("quer,") + 1
    found = mistakes_of(tmp_path, "tyntec.yaml", text)
    assert found == [
        f"{tmp_path}/tyntec.yaml:{line}:{column}: `in` is 'quer', not one of path, query, header, cookie "
        "(write one of them)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("openapi: 3.0.3\ninfo:\n  title: x\n version: 1\n", ":4:2: YAML syntax: "),
        ("openapi: 3.0.3\npaths: {}\npaths: {}\n", ":3:1: `paths` is written twice in this mapping (first at line 2)"),
        ("openapi: 3.0.3\ninfo:\n\ttitle: x\n", "indent with spaces"),
        (
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
            "    A: {type: string}\n    B: {$ref: '#/components/schemas/a'}\n",
            ":7:15: `$ref` points to #/components/schemas/a, which does not exist (did you mean #/components/schemas/A",
        ),
        ("openapi: 3.0.3\ninfo: {title: t, versoin: '1'}\npaths: {}\n", "`versoin` is not allowed here"),
    ],
)
def test_each_kind_of_mistake_names_its_line_and_what_to_do(tmp_path: Path, text: str, expected: str) -> None:
    found = mistakes_of(tmp_path, "x.yaml", text)
    assert any(expected in mistake for mistake in found), found
    assert all(mistake.endswith(")") and "\n" not in mistake for mistake in found)


def test_a_house_rule_is_reported_where_the_operation_is_written(tmp_path: Path) -> None:
    text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n"
    spec = tmp_path / "a.yaml"
    spec.write_text(text)
    _, places = spec_mistakes.read(spec)
    found = [str(mistake) for mistake in spec_mistakes.lint_mistakes(["GET /a: has no tag"], places)]
    assert found == [f"{spec}:5:5: GET /a: has no tag (see the spec rules in docs/contributing.md)"]


def test_make_generate_reports_all_mistakes_and_still_generates_the_other_specs(tmp_path: Path) -> None:
    for folder in ("codegen", "specs", "generated", "docs"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__", "*.png"))
    (tmp_path / "CHANGELOG.md").write_text((ROOT / "CHANGELOG.md").read_text())
    tyntec, smsc, jomobile = (tmp_path / "specs" / f"{name}.yaml" for name in ("tyntec", "smsc", "jomobile"))
    tyntec.write_text(tyntec.read_text().replace("in: query", "in: quer", 1))
    smsc.write_text(smsc.read_text().replace("paths:\n", "paths:\n bad\n", 1))
    jomobile.write_text(jomobile.read_text().replace("    SentSms:\n", "    SentSms:\n      x-note: edited\n", 1))
    result = subprocess.run(
        [sys.executable, "-m", "codegen.generate"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    mistakes = result.stderr.strip().splitlines()
    assert mistakes[0].startswith("specs/smsc.yaml:")
    assert mistakes[1].startswith("specs/tyntec.yaml:")
    assert mistakes[-1] == "2 mistakes in 2 specs"
    assert "jomobile: validated jomobile.yaml, wrote" in result.stdout
    assert "bytehand: bytehand.yaml unchanged" in result.stdout


def test_the_changelog_gets_a_section_per_provider_and_a_suggested_version(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    path.write_text(changelog.HEADER + "## [Unreleased]\n\n## [0.3.1] - 2026-01-01\n\nOlder.\n")
    removed = Change("sms.send_sms(gateway=)", "Removed", True, "calls that pass `gateway=` fail")
    added = Change("Reply.carrier", "Added", False, "new field in replies")
    report = changelog.record({"tyntec (tyntec_client)": [removed], "smsc (smsc_client)": [added]}, path)
    again = changelog.record({"tyntec (tyntec_client)": [removed, added]}, path)
    text = path.read_text()
    assert "BREAKING  sms.send_sms(gateway=): calls that pass `gateway=` fail" in report
    assert report.endswith(
        "Suggested version: 0.4.0 (last release 0.3.1; a breaking change bumps the minor version before 1.0)"
    )
    assert again.endswith("0.4.0 (last release 0.3.1; a breaking change bumps the minor version before 1.0)")
    unreleased = text[text.index("## [Unreleased]") : text.index("## [0.3.1]")]
    assert unreleased.count("- Removed: **Breaking:** `sms.send_sms(gateway=)`") == 1
    assert unreleased.index("### tyntec (tyntec_client)") < unreleased.index("### smsc (smsc_client)")
    assert unreleased.count("`Reply.carrier`") == 2
    assert text.endswith("## [0.3.1] - 2026-01-01\n\nOlder.\n")
