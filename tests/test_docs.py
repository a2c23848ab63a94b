"""The documentation stays complete and true.

As in sqlite-utils: a CLI option or subcommand, a built-in rule, a rule-file key or a Config
field that no page in docs/ mentions fails a test, and so does a Python example in the docs
that no longer runs.
"""

from __future__ import annotations

import argparse
import doctest
import importlib.util
import linecache
import re
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import corpusclean
from corpus_files import extras_only
from corpusclean.cli import build_parser
from corpusclean.detect.registry import DETECTORS, Detector, Stage
from corpusclean.rules import builtin_languages, load_builtin_rules
from corpusclean.rules.rule import RULE_FILE_KEYS
from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GEN_RULES_DOC = ROOT / "scripts" / "gen_rules_doc.py"

# Pages whose examples (```python blocks are exec'd, ```pycon blocks doctested) run in the
# repository root, where seeds/ exists. Their examples must not write files there.
PAGES_RUN_IN_ROOT = ("index.md", "usage.md")
# Pages whose examples write files: they run in a temporary folder holding the page's
# ```lang title="NAME" blocks as files NAME, and a link to seeds/.
PAGES_RUN_IN_TMP = (
    "rules.md",
    "config.md",
    "how-it-works.md",
    "dedupe.md",
    "learn.md",
    "distributed.md",
)
# A block that imports one of these is skipped when it is not installed: not dependencies.
OPTIONAL_MODULES = ("datasets", "numpy", "dask", "distributed")
# corpusclean's modules that need one of them (the Dask engine needs distributed and NumPy).
OPTIONAL_USERS = {"corpusclean.distributed": ("distributed", "numpy")}

_FENCE = re.compile(
    r"^(?P<indent>[ ]*)```(?P<lang>[\w-]+)(?P<attrs>[^\n]*)\n(?P<body>.*?)^(?P=indent)```[ ]*$",
    re.MULTILINE | re.DOTALL,
)
_TITLE = re.compile(r'title="(?P<title>[^"]+)"')


def _docs_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(DOCS.glob("*.md")))


def _fenced_blocks(page: str) -> Iterator[tuple[str, str, str, int]]:
    """Yield (language, attributes, body, line number) for each fenced block of a page."""
    text = (DOCS / page).read_text(encoding="utf-8")
    for match in _FENCE.finditer(text):
        lineno = text.count("\n", 0, match.start()) + 1
        yield match["lang"], match["attrs"], match["body"], lineno


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("corpusclean's parser has no subcommands")


def _options() -> list[tuple[str, str]]:
    """(subcommand, option string) for every option of every subcommand, --help excepted."""
    return [
        (name, option)
        for name, parser in _subcommands().items()
        for action in parser._actions
        for option in action.option_strings
        if option not in ("-h", "--help")
    ]


@pytest.fixture(scope="module")
def docs_text() -> str:
    return _docs_text()


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_cli_subcommand_is_documented(docs_text: str, command: str) -> None:
    assert f"corpusclean {command}" in docs_text, f"docs/ never shows `corpusclean {command}`"


@pytest.mark.parametrize(("command", "option"), _options())
def test_cli_option_is_documented(command: str, option: str) -> None:
    cli_page = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert re.search(rf"`{re.escape(option)}\b", cli_page), (
        f"docs/cli.md does not document `corpusclean {command} {option}`"
    )


BUILTIN_RULE_NAMES = sorted(
    {rule.name for code in builtin_languages() for rule in load_builtin_rules(code)}
)


@pytest.mark.parametrize("name", BUILTIN_RULE_NAMES)
def test_builtin_rule_is_documented(docs_text: str, name: str) -> None:
    assert f"`{name}`" in docs_text, (
        f"built-in rule {name!r} is missing from docs/; run python scripts/gen_rules_doc.py"
    )


@pytest.mark.parametrize("field", [field.name for field in attrs.fields(corpusclean.Config)])
def test_config_field_is_documented(field: str) -> None:
    config_page = (DOCS / "config.md").read_text(encoding="utf-8")
    assert f"`{field}`" in config_page, f"docs/config.md does not document Config.{field}"


@pytest.mark.parametrize("key", sorted(RULE_FILE_KEYS))
def test_rule_file_key_is_documented(key: str) -> None:
    rules_page = (DOCS / "rules.md").read_text(encoding="utf-8")
    assert f"| `{key}` |" in rules_page, f"docs/rules.md does not document the rule key {key!r}"


def test_generated_rule_table_is_up_to_date() -> None:
    module = load_script(GEN_RULES_DOC)
    assert module.main(["--check"]) == 0, "docs/rules.md is stale: run scripts/gen_rules_doc.py"


def test_every_builtin_language_is_in_the_rules_page() -> None:
    rules_page = (DOCS / "rules.md").read_text(encoding="utf-8")
    for code in builtin_languages():
        assert f"| `{code}` " in rules_page, f"docs/rules.md has no row or column for {code!r}"


def _examples() -> list[object]:
    return [
        pytest.param(page, lang, body, lineno, id=f"{page}:{lineno}")
        for page in PAGES_RUN_IN_ROOT + PAGES_RUN_IN_TMP
        for lang, _, body, lineno in _fenced_blocks(page)
        if lang in ("python", "pycon")
    ]


def _imports(code: str, module: str) -> bool:
    return bool(re.search(rf"^\s*(import|from) {re.escape(module)}\b", code, re.MULTILINE))


def _skip_if_optional_module_missing(code: str) -> None:
    needs_extra = False
    for user, needed in OPTIONAL_USERS.items():
        missing = [module for module in needed if importlib.util.find_spec(module) is None]
        needs_extra |= _imports(code, user)
        if _imports(code, user) and missing:
            pytest.skip(f"the example needs {', '.join(missing)}, which is not installed")
    for module in OPTIONAL_MODULES:
        needs_extra |= _imports(code, module)
        if _imports(code, module) and importlib.util.find_spec(module) is None:
            pytest.skip(f"the example needs {module}, which is not installed")
    if extras_only() and not needs_extra:
        pytest.skip("the example needs no extra: it ran in the README's run")


def _write_titled_blocks(page: str, folder: Path) -> None:
    for _, attributes, body, _ in _fenced_blocks(page):
        title = _TITLE.search(attributes)
        if title:
            (folder / title["title"]).write_text(body, encoding="utf-8")


def _run(page: str, lang: str, code: str, lineno: int) -> None:
    name = f"docs/{page}"
    if lang == "python":
        # Pad so a traceback's line numbers are the page's, and let it show the page's lines.
        source = "\n" * lineno + code
        linecache.cache[name] = (len(source), None, source.splitlines(True), name)
        exec(compile(source, name, "exec"), {"__name__": "__docs__"})
        return
    test = doctest.DocTestParser().get_doctest(code, {}, f"{name}:{lineno}", name, lineno)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0, f"{name}:{lineno}: the doctest above failed"


@pytest.mark.parametrize(("page", "lang", "code", "lineno"), _examples())
def test_docs_example_runs(
    page: str, lang: str, code: str, lineno: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _skip_if_optional_module_missing(code)
    if page in PAGES_RUN_IN_ROOT:
        monkeypatch.chdir(ROOT)
    else:
        _write_titled_blocks(page, tmp_path)
        (tmp_path / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
        monkeypatch.chdir(tmp_path)
    _run(page, lang, code, lineno)


def test_readme_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [m["body"] for m in _FENCE.finditer(readme) if m["lang"] == "python"]
    assert blocks, "README.md has no Python example"
    monkeypatch.chdir(ROOT)
    for body in blocks:
        exec(compile(body, "README.md", "exec"), {"__name__": "__readme__"})


def test_readme_quickstart_has_exactly_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quickstart = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = [m["body"].strip() for m in _FENCE.finditer(quickstart) if m["lang"] == "bash"]
    assert len(commands) == 2
    assert "corpusclean clean seeds/" in commands[0]
    assert ".[test]" in commands[1] and "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci, ".ci/run must run the README's test command as written"


def test_no_merge_conflict_markers_are_left_in_the_docs_or_the_code() -> None:
    # A marker inside a Markdown table still builds (mkdocs --strict passes), so an
    # unresolved merge once lived in docs/config.md for several sessions; one inside a
    # docstring passes ruff and the tests (benchmarks/real_pages.py, for one commit).
    code = [ROOT / folder for folder in ("src", "tests", "benchmarks", "scripts", ".ci")]
    pages = [
        *DOCS.rglob("*.md"),
        ROOT / "README.md",
        ROOT / "CHANGELOG.md",
        ROOT / "pyproject.toml",
        *(
            path
            for folder in code
            for path in folder.rglob("*")
            if path.suffix in {".py", ".toml", ".json", ".md", ""}
            and path.is_file()
            and "__pycache__" not in path.parts
        ),
    ]
    markers = [
        f"{page.relative_to(ROOT)}:{number}"
        for page in pages
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if line.startswith(("<<<<<<< ", ">>>>>>> ")) or line == "======="
    ]
    assert markers == []


# How each stage's detectors are switched off, as the detectors' table says it.
_SWITCH_BY_STAGE = {
    Stage.EVIDENCE: '`Config.disabled_rules={{"{name}"}}` or `Config.evidence=False`',
    Stage.DUPLICATES: "`Config.dedupe_blocks=False`",
    Stage.COPY: "`Config.dedupe_blocks=False`",
    Stage.PAGE: '`Config.mode="article"`',
}


def _detector_table_rows() -> dict[str, list[str]]:
    """The rows of docs/rules.md's "Detectors that are not rules" table, by detector name."""
    page = (DOCS / "rules.md").read_text(encoding="utf-8")
    section = page.split("## Detectors that are not rules", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, list[str]] = {}
    for line in section.splitlines():
        found = re.match(r"\| `(\w+)` \|", line)
        if found:
            rows[found.group(1)] = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
    return rows


def test_detector_table_lists_every_detector_once() -> None:
    # The one prose list of the detectors: config.md and the rest of rules.md link to it, so a
    # detector missing here is missing from the docs.
    assert sorted(_detector_table_rows()) == sorted(d.name for d in DETECTORS)


@pytest.mark.parametrize("detector", DETECTORS, ids=lambda d: d.name)
def test_detector_row_says_how_to_switch_it_off(detector: Detector) -> None:
    row = _detector_table_rows().get(detector.name)
    assert row is not None, f"docs/rules.md has no row for the detector {detector.name!r}"
    assert len(row) == 3, f"the row of {detector.name!r} has {len(row)} cells, not 3"
    assert row[2] == _SWITCH_BY_STAGE[detector.stage].format(name=detector.name)
