"""Start-up (issue #8): what a fresh process imports before its first output, the packages'
names imported on first use (`corpusclean.lazy`), and `benchmarks/startup.py` on tiny input.

A process that classifies no page (article mode, or auto mode on text that is no page) never
imports the page classifier (`page.detect`: auto mode's test is `page.shapes`), NumPy or the
scoring, nor builds the cue patterns; importing the package imports neither the corpus index
nor the I/O readers. Checked in fresh interpreters:
the test process itself has imported everything.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import corpusclean
from script_modules import load_script

SRC = Path(corpusclean.__file__).resolve().parent.parent
ONE_LINE = "The council met on Tuesday to discuss the budget."
# Modules a process that scores no page must not import, and cue patterns it must not build.
NOT_AT_START = (
    "numpy",
    "corpusclean.page.detect",
    "corpusclean.page.vector",
    "corpusclean.page.batch",
    "corpusclean.page.gates",
    "corpusclean.dedupe.corpus",
    "corpusclean.io.sources",
    # ftfy is imported by the first line its screens do not pass (`normalize.gate`).
    "ftfy",
)
_REPORT = """
import json, sys
from corpusclean.page import cues
built = [name for name in ("boiler_re", "comment_re", "caption_re", "legal_re")
         if getattr(cues, name).cache_info().currsize]
print(json.dumps({"modules": sorted(sys.modules), "built": built}))
"""


def _imported_after(code: str) -> dict[str, list[str]]:
    """The modules a fresh interpreter holds after running ``code``, and the cue patterns
    built by then."""
    result = subprocess.run(
        [sys.executable, "-c", code + _REPORT],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    found: dict[str, list[str]] = json.loads(result.stdout.splitlines()[-1])
    return found


@pytest.mark.parametrize(
    "code",
    [
        "import corpusclean",
        f"import corpusclean; corpusclean.Cleaner().clean({ONE_LINE!r})",
        "import corpusclean; "
        f"corpusclean.Cleaner(corpusclean.Config(mode='article')).clean({ONE_LINE!r})",
        # What every CLI process imports to read its input (ftfy only for bytes not UTF-8).
        "import corpusclean.io.text; corpusclean.io.text.decode(b'Caf\\xc3\\xa9', 'guess')",
    ],
    ids=["import", "auto mode's first clean", "article mode's first clean", "the text reader"],
)
def test_a_process_that_scores_no_page_imports_no_scoring(code: str) -> None:
    found = _imported_after(code)
    assert [name for name in NOT_AT_START if name in found["modules"]] == []
    assert found["built"] == []


def test_page_mode_imports_the_scoring_on_its_first_page() -> None:
    page = "\n".join(["Home", "News", "Sport", "Weather", "Contact", ONE_LINE * 3])
    code = f"import corpusclean; corpusclean.Cleaner(corpusclean.Config.page()).clean({page!r})"
    found = _imported_after(code)
    assert "corpusclean.page.detect" in found["modules"]
    # The NumPy scoring where NumPy is installed (an extra); the pure-Python one without it,
    # as in the README's install, where neither module may be imported.
    with_numpy = importlib.util.find_spec("numpy") is not None
    assert ("corpusclean.page.vector" in found["modules"]) is with_numpy
    assert ("numpy" in found["modules"]) is with_numpy


@pytest.mark.parametrize("package", ["corpusclean.page", "corpusclean.dedupe", "corpusclean.io"])
def test_every_name_a_package_exports_is_its_home_modules_object(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        value = getattr(module, name)
        home = importlib.import_module(value.__module__)
        assert getattr(home, name) is value, name
        assert vars(module)[name] is value  # kept: the next reading is a plain attribute


def test_a_packages_submodule_is_its_attribute_and_other_names_are_errors() -> None:
    page = importlib.import_module("corpusclean.page")
    assert page.detect is importlib.import_module("corpusclean.page.detect")
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        page.no_such_name  # noqa: B018
    with pytest.raises(AttributeError):
        page.__wrapped__  # noqa: B018  (a dunder name is never looked for as a submodule)


def test_the_startup_benchmark_measures_each_case_on_tiny_input(
    capsys: pytest.CaptureFixture[str],
) -> None:
    startup = load_script(Path("benchmarks/startup.py"))
    found = startup.main(["--trees", str(SRC), "--runs", "1", "--cases", "python", "import"])
    assert set(found) == {"python", "import"}
    times = {case: found[case][str(SRC)] for case in found}
    assert all(len(runs) == 1 and runs[0] > 0 for runs in times.values())
    assert times["import"][0] > times["python"][0]
    printed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in printed] == ["python", "import"]


def test_the_classifier_module_keeps_the_shape_tests_public_names() -> None:
    detect = importlib.import_module("corpusclean.page.detect")
    shapes = importlib.import_module("corpusclean.page.shapes")
    assert set(shapes.__all__) <= set(detect.__all__)
    assert all(getattr(detect, name) is getattr(shapes, name) for name in shapes.__all__)
