"""The title benchmark (`benchmarks/title_eval.py`): what it calls a page's title slot.

The real pages are third-party and stay out of the repository, so the sorting is tested on
pages written here, with labels keyed as `benchmarks/real_pages.py` keys them.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import corpusclean
from script_modules import load_script

STORY = (
    "The town council met on Monday evening and voted to keep the pool open for two more "
    "summers, after a petition signed by more than four hundred residents."
)


def title_eval() -> ModuleType:
    """The benchmark script, loaded as a module."""
    return load_script(Path("benchmarks/title_eval.py"))


def labelled(module: ModuleType, url: str, lines: list[tuple[str, str]]) -> dict[str, object]:
    """A labels record of one page: its lines' keys and labels, no text."""
    keyed = [
        {
            "sha1": module.line_key(line),
            "label": label,
            "family": None if label == "content" else "nav",
        }
        for line, label in lines
    ]
    return {"url": url, "lang": "en", "split": "fix", "lines": keyed}


def test_a_junk_title_over_the_headline_is_counted_apart(tmp_path: Path) -> None:
    module = title_eval()
    pages = {
        # The headline is the title: content.
        "https://a.example/1": [("Council keeps the pool open", "content"), (STORY, "content")],
        # A follow call took the title; the headline is left as the first paragraph.
        "https://b.example/2": [
            ("Follow Town News Today", "junk"),
            ("Council keeps the pool open", "content"),
            (STORY, "content"),
        ],
        # No headline-shaped first line: no title.
        "https://c.example/3": [(STORY, "content"), (STORY.replace("two", "three"), "content")],
    }
    labels = tmp_path / "labels.json"
    labels.write_text(
        json.dumps({"pages": [labelled(module, url, lines) for url, lines in pages.items()]}),
        encoding="utf-8",
    )
    text = tmp_path / "pages.jsonl"
    text.write_text(
        "\n".join(
            json.dumps({"url": url, "lang": "en", "text": "\n".join(line for line, _ in lines)})
            for url, lines in pages.items()
        ),
        encoding="utf-8",
    )
    listing: list[str] = []
    counts = module.score_set(text, labels, corpusclean.Cleaner(), listing)
    assert dict(counts) == {
        ("fix", "content"): 1,
        ("fix", "junk, headline below"): 1,
        ("fix", "none"): 1,
        ("fix", module.FAMILY, "nav"): 1,
    }
    assert len(listing) == 1 and "Follow Town News Today" in listing[0]


def test_every_set_it_reads_has_a_labels_file() -> None:
    module = title_eval()
    assert all((module.DATA / path).is_file() for path in module.SETS.values())
