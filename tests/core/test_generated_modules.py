"""``--check`` of the scripts that write a lexicon module (function words, ordinary
date-cue words) tells when the module was edited by hand. (That the function words are
current is tests/diffing/test_party_function_words.py's; the ordinary words' check reads
50,000 words per language, 13 s of CPU, and is run by hand:
``.venv/bin/python scripts/build_ordinary_cues.py --check``.)

Both scripts share ``scripts/_generated_module.py`` (the rows of words, the command
line); they read wordfreq's lists, a dev dependency.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, load_script

SCRIPTS = REPO / "scripts"
# script -> the module it writes
GENERATED = {
    "build_function_words.py": REPO / "core" / "lexicon" / "function_words.py",
    "build_ordinary_cues.py": REPO / "core" / "lexicon" / "date_cues" / "ordinary.py",
}


def test_check_fails_on_a_module_edited_by_hand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("wordfreq")
    monkeypatch.syspath_prepend(str(SCRIPTS))
    script = load_script(SCRIPTS / "build_function_words.py", "build_function_words")
    helper = load_script(SCRIPTS / "_generated_module.py", "generated_module")
    copy = tmp_path / "function_words.py"
    shutil.copy(GENERATED["build_function_words.py"], copy)
    assert helper.main(["--check"], copy, script.module_text) == 0
    # One word added by hand to a row: stale.
    text = copy.read_text(encoding="utf-8")
    copy.write_text(text.replace(' "the",', ' "the", "whom",', 1), encoding="utf-8")
    assert copy.read_text(encoding="utf-8") != text
    assert helper.main(["--check"], copy, script.module_text) == 1
    # Writing it again makes it current, and a missing module is stale, not a traceback.
    assert helper.main([], copy, script.module_text) == 0
    assert copy.read_text(encoding="utf-8") == text
    assert helper.main(["--check"], tmp_path / "missing.py", script.module_text) == 1


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_an_unknown_argument_is_a_usage_error_that_writes_nothing(name: str) -> None:
    pytest.importorskip("wordfreq")
    before = GENERATED[name].read_bytes()
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / name), "--chek"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "--chek" in done.stderr and "Traceback" not in done.stderr
    assert GENERATED[name].read_bytes() == before
