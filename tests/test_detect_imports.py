"""The detectors' modules import in any order: `detect.scopes` and `detect.listings` import
`comments.signatures` and `comments.stamps` at module level, which runs `comments/__init__`,
so the comments package must never import `scopes` (what both need is in `detect.verdicts`
and `detect.lineshapes`). Each module is imported first in a fresh interpreter: a cycle
fails only for the module that starts it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from corpusclean.detect import comments

FIRST = [
    "corpusclean.detect.scopes",
    "corpusclean.detect.listings",
    "corpusclean.detect.listscope",
    "corpusclean.detect.restscope",
    "corpusclean.detect.lineshapes",
    "corpusclean.detect.verdicts",
    "corpusclean.detect.comments",
    "corpusclean.detect.comments.signatures",
    "corpusclean.detect.comments.stamps",
    "corpusclean.detect.comments.tail",
]


@pytest.mark.parametrize("name", FIRST)
def test_the_module_imports_first_in_a_fresh_interpreter(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", f"import {name}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_no_module_of_the_comments_package_imports_scopes_or_listings() -> None:
    """The cycle's root, read from the source: `scopes`, `listings` and `listscope` import the
    comments package at module level, so none of its modules may import any of them."""
    package = Path(comments.__file__).parent
    found = [
        f"{path.name}: from {'.' * node.level}{node.module} import ..."
        for path in sorted(package.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
        and node.level == 2
        and (node.module or "").split(".")[0] in {"scopes", "listings", "listscope"}
    ]
    assert not found, found
