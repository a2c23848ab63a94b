"""The console sessions in docs/cli.md run as written, and print what the page shows.

Each ```console block is a list of ``$ command`` lines, each followed by its output (standard
output and standard error together; ``...`` matches anything, as in doctest). The commands
run in bash, in a temporary folder holding ``seeds/`` and the page's ``title="NAME"`` blocks
as files, with the installed ``corpusclean`` first on the PATH.
"""

from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "cli.md"
_FENCE = re.compile(r"^```(?P<lang>[\w-]+)(?P<attrs>[^\n]*)\n(?P<body>.*?)^```[ ]*$", re.M | re.S)
_TITLE = re.compile(r'title="(?P<title>[^"]+)"')


def _sessions() -> list[object]:
    text = PAGE.read_text(encoding="utf-8")
    sessions = []
    for match in _FENCE.finditer(text):
        if match["lang"] == "console":
            line = text.count("\n", 0, match.start()) + 1
            sessions.append(pytest.param(match["body"], id=f"cli.md:{line}"))
    return sessions


def _steps(body: str) -> list[tuple[str, str]]:
    """(command, expected output) for each ``$`` line of a session."""
    steps: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line)
    return [(command, "".join(f"{line}\n" for line in lines)) for command, lines in steps]


def _folder(tmp_path: Path) -> Path:
    for match in _FENCE.finditer(PAGE.read_text(encoding="utf-8")):
        title = _TITLE.search(match["attrs"])
        if title:
            (tmp_path / title["title"]).write_text(match["body"], encoding="utf-8")
    (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    return tmp_path


@pytest.mark.parametrize("body", _sessions())
def test_console_session_runs_as_shown(body: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    checker = doctest.OutputChecker()
    for command, expected in _steps(body):
        result = subprocess.run(
            ["bash", "-c", command],
            cwd=folder,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=120,
            check=False,
        )
        got = "".join(f"{line.rstrip()}\n" for line in result.stdout.splitlines())
        assert checker.check_output(expected, got, doctest.ELLIPSIS), (
            f"$ {command}\nexpected:\n{expected}\ngot:\n{got}"
        )
