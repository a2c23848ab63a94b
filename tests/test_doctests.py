"""Run the docstring examples of every module of the installed package.

Collected from the installed package rather than from src/, so the examples are checked
against what `pip install` produces (and pytest never imports two copies of a module).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from types import ModuleType

import pytest

import corpusclean

# Modules that need an optional extra, and the module whose absence skips them.
OPTIONAL = {
    "corpusclean.dedupe.minhash": "numpy",
    "corpusclean.dedupe.near": "numpy",
    "corpusclean.distributed.clean_dedupe": "numpy",
    "corpusclean.distributed.dedupe": "numpy",
    "corpusclean.distributed.shuffle": "numpy",
    "corpusclean.integrations.datatrove": "datatrove",
    "corpusclean.page.vector": "numpy",
}
MODULES = sorted(
    name
    for _, name, _ in pkgutil.walk_packages(corpusclean.__path__, prefix="corpusclean.")
    if name != "corpusclean.__main__"
)


def test_every_module_is_found() -> None:
    assert {"corpusclean.pipeline", "corpusclean.normalize", "corpusclean.rules"} <= set(MODULES)


@pytest.mark.parametrize("name", ["corpusclean", *MODULES])
def test_docstring_examples(name: str) -> None:
    if name in OPTIONAL:
        pytest.importorskip(OPTIONAL[name])
    module: ModuleType = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"


def test_the_examples_are_really_run() -> None:
    attempted = sum(
        doctest.testmod(importlib.import_module(name), verbose=False).attempted
        for name in ["corpusclean", *MODULES]
        if name not in OPTIONAL
    )
    assert attempted >= 30, f"only {attempted} docstring examples found"
