"""Run the docstring examples of every module of the installed package.

Collected from the installed package rather than from src/, so the examples are checked
against what `pip install` produces (and pytest never imports two copies of a module).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import corpusclean
from corpus_files import extras_only, without

# Modules that need an optional extra, and the module whose absence skips them.
OPTIONAL = {
    "corpusclean.dedupe.minhash": "numpy",
    "corpusclean.dedupe.near": "numpy",
    "corpusclean.distributed.clean_dedupe": "numpy",
    "corpusclean.distributed.dedupe": "numpy",
    "corpusclean.distributed.shuffle": "numpy",
    "corpusclean.integrations.datatrove": "datatrove",
    "corpusclean.page.batch": "numpy",
    "corpusclean.page.gates": "numpy",
    "corpusclean.page.vector": "numpy",
}
MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(corpusclean.__path__, prefix="corpusclean.")
    if name != "corpusclean.__main__"
)


def test_every_module_is_found() -> None:
    assert {"corpusclean.pipeline", "corpusclean.normalize", "corpusclean.rules"} <= set(MODULES)


def _module_for_this_run(name: str) -> ModuleType:
    """The module, imported; skipped where its extra is missing, and in the extras-only run
    for a module that needs none (the README's run checked it)."""
    if name in OPTIONAL:
        pytest.importorskip(OPTIONAL[name])
    elif extras_only():
        pytest.skip("the module needs no extra: checked in the README's run")
    return importlib.import_module(name)


@pytest.mark.parametrize("name", ["corpusclean", *MODULES])
def test_docstring_examples(name: str) -> None:
    module = _module_for_this_run(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


@pytest.mark.parametrize("name", ["corpusclean", *MODULES])
def test_every_public_name_a_module_lists_is_defined(name: str) -> None:
    # `from module import *` fails on a name `__all__` lists but the module lacks (a
    # re-export whose import was forgotten).
    module = _module_for_this_run(name)
    missing = [public for public in getattr(module, "__all__", ()) if not hasattr(module, public)]
    assert missing == [], f"{name}.__all__ lists undefined names"


def test_the_examples_are_really_run() -> None:
    attempted = sum(
        doctest.testmod(importlib.import_module(name), verbose=False).attempted
        for name in ["corpusclean", *MODULES]
        if name not in OPTIONAL
    )
    assert attempted >= 30, f"only {attempted} docstring examples found"


def test_the_modules_outside_optional_import_without_the_extras(tmp_path: Path) -> None:
    """The README's run installs no extra: a module that needs one must be listed above, or
    its doctests fail there rather than here."""
    extras = sorted(set(OPTIONAL.values()) | {"distributed", "dask", "ahocorasick_rs"})
    plain = [name for name in ["corpusclean", *MODULES] if name not in OPTIONAL]
    script = "import importlib, sys\nfor name in sys.argv[1:]:\n    importlib.import_module(name)\n"
    result = subprocess.run(
        [sys.executable, "-c", script, *plain],
        env=without(tmp_path / "blocked", *extras),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
