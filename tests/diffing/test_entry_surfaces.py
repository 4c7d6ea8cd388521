"""`policywatch diff` shows a sub-processor list's entries in every format for the list
as HTML in English, Norwegian and German, and as a PDF (:mod:`tests.subprocessor_lists`;
the Datasette page and the alerts: tests/web/test_entries_page.py,
tests/alerts/test_entry_alerts.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from policywatch.cli import cli
from tests.subprocessor_lists import CASES


@pytest.mark.parametrize("case_name", sorted(CASES))
def test_the_cli_diff_shows_the_entries_in_every_format(tmp_path: Path, case_name: str) -> None:
    case = CASES[case_name]
    old, new = tmp_path / f"old{case.suffix}", tmp_path / f"new{case.suffix}"
    old.write_bytes(case.old)
    new.write_bytes(case.new)

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, ["diff", str(old), str(new), *args])
        assert result.exit_code == 0, result.output
        return result.output

    text = run()
    assert text.startswith("verdict: material")
    assert case.added in text and case.changed in text
    data = json.loads(run("--format", "json"))
    assert [e["description"] for e in data["entries"]] == [case.changed, case.added]
    page = run("--format", "html")
    assert 'class="pw-entries"' in page and case.added in page
