"""The real-pages benchmark's labels file and scoring (`benchmarks/real_pages.py`).

The page texts are third-party and stay out of the repository, so the scoring is tested on a
page written here; the labels file is checked for shape: no text, a key per line, a label and a
family, and the split the docs describe (by site).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest

import corpusclean
from script_modules import load_script

ROOT = Path(__file__).parent.parent
FAMILIES = {
    "nav",
    "byline-meta",
    "share",
    "paywall",
    "newsletter",
    "related",
    "comments",
    "credit",
    "ad",
    "cookie",
    "scrambled",
    "other",
    "site",  # general28 on: a site's name, motto, masthead or footer
}


def real_pages() -> ModuleType:
    """The benchmark script, loaded as a module."""
    return load_script(Path("benchmarks/real_pages.py"))


def site_split(url: str) -> str:
    """The half a page's site falls in, as the docs define it."""
    host = (urlsplit(url).hostname or "").rstrip(".").lower().removeprefix("www.")
    return "fix" if int(hashlib.sha1(host.encode()).hexdigest()[0], 16) % 2 == 0 else "held-out"


def test_labels_file_holds_keys_labels_and_site_splits_but_no_text() -> None:
    pages = json.loads((ROOT / "benchmarks/data/realpages/labels.json").read_text("utf-8"))["pages"]
    assert len(pages) == 102
    assert {p["lang"] for p in pages} == {"de", "en"}
    for page in pages:
        assert set(page) == {"url", "lang", "split", "lines"}
        assert page["split"] == site_split(page["url"])
        for line in page["lines"]:
            assert set(line) == {"sha1", "label", "family"}
            assert re.fullmatch(r"[0-9a-f]{12}", line["sha1"])
            assert (line["label"], line["family"] is None) in {("content", True), ("junk", False)}
            assert line["family"] is None or line["family"] in FAMILIES


def test_a_page_is_scored_line_by_line_and_a_differing_copy_is_refused() -> None:
    module = real_pages()
    text = (
        "Council adopts budget\n"
        "Share this article\n"
        "The council adopted the budget on Tuesday after a long debate about road repairs.\n"
        "The mayor said the city would borrow less than planned in the coming two years."
    )
    cleaner = corpusclean.Cleaner()
    lines = [line for line in module.normalised(text, cleaner.config) if line]
    labels = [
        {"sha1": module.line_key(line), "label": label, "family": family}
        for line, (label, family) in zip(
            lines,
            [("content", None), ("junk", "share"), ("content", None), ("content", None)],
            strict=True,
        )
    ]
    tally = module.Tally()
    assert module.score_page({"url": "u", "text": text}, labels, tally, cleaner)
    assert (tally.lines["junk"], tally.removed["junk"], tally.removed["content"]) == (1, 1, 0)
    assert tally.family_removed["share"] == 1
    other = module.Tally()
    assert not module.score_page({"url": "u", "text": text + " Edited."}, labels, other, cleaner)
    assert other.pages == 0


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").rstrip(".").lower().removeprefix("www.")


@pytest.mark.parametrize(
    ("name", "pages", "earlier"),
    [
        ("labels2.json", 107, ("labels.json",)),
        ("labels3.json", 108, ("labels.json", "labels2.json")),
    ],
)
def test_later_labels_files_are_held_out_one_page_a_site_and_share_no_site_with_earlier(
    name: str, pages: int, earlier: tuple[str, ...]
) -> None:
    data = ROOT / "benchmarks/data/realpages"
    earlier_sites = {
        _host(p["url"])
        for earlier_name in earlier
        for p in json.loads((data / earlier_name).read_text("utf-8"))["pages"]
    }
    labelled = json.loads((data / name).read_text("utf-8"))["pages"]
    assert len(labelled) == pages
    assert {p["lang"] for p in labelled} == {"de", "en", "fr", "es", "it", "nl", "pt"}
    assert {p["split"] for p in labelled} == {"held-out"}
    sites = [_host(p["url"]) for p in labelled]
    assert len(set(sites)) == len(sites)
    assert not set(sites) & earlier_sites
    for page in labelled:
        assert set(page) == {"url", "lang", "split", "lines"}
        for line in page["lines"]:
            assert set(line) == {"sha1", "label", "family"}
            assert re.fullmatch(r"[0-9a-f]{12}", line["sha1"])
            assert (line["label"], line["family"] is None) in {("content", True), ("junk", False)}
            assert line["family"] is None or line["family"] in FAMILIES


def test_labels_option_scores_another_file_and_reports_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    module = real_pages()
    text = (
        "Le conseil vote le budget\n"
        "Partager cet article\n"
        "Le conseil municipal a voté mardi le budget de la commune après un long débat."
    )
    lines = [line for line in module.normalised(text, corpusclean.Cleaner().config) if line]
    labels = [
        {"sha1": module.line_key(line), "label": label, "family": family}
        for line, (label, family) in zip(
            lines, [("content", None), ("junk", "share"), ("content", None)], strict=True
        )
    ]
    url = "https://example.org/budget"
    labels_file = tmp_path / "labels.json"
    labels_file.write_text(
        json.dumps({"pages": [{"url": url, "lang": "fr", "split": "held-out", "lines": labels}]}),
        encoding="utf-8",
    )
    pages_file = tmp_path / "pages.jsonl"
    pages_file.write_text(json.dumps({"url": url, "lang": "fr", "text": text}) + "\n", "utf-8")
    monkeypatch.setattr(
        sys, "argv", ["real_pages.py", str(pages_file), "--labels", str(labels_file)]
    )
    module.main()
    out = capsys.readouterr().out
    assert "| fr | held-out | 1 |" in out
    assert "| share |" in out


SEVENTH_SET_HALVES = {
    "labels7a.json": {"de"},
    "labels7b.json": {"en", "fr", "es", "it", "nl", "pt"},
}


@pytest.mark.parametrize("name", sorted(SEVENTH_SET_HALVES))
def test_seventh_set_records_the_query_that_rebuilds_each_page(name: str) -> None:
    """labels7a (German) and labels7b (English and five more): 40 held-out pages each, one a
    site, none on a site of an earlier set or the other half, each with its query and rank."""
    data = ROOT / "benchmarks/data/realpages"
    earlier = ["labels.json", *(f"labels{n}.json" for n in range(2, 7)), "labels_threads.json"]
    other_half = [other for other in SEVENTH_SET_HALVES if other != name]
    earlier_sites = {
        _host(p["url"])
        for file in (*earlier, *other_half)
        for p in json.loads((data / file).read_text("utf-8"))["pages"]
    }
    labelled = json.loads((data / name).read_text("utf-8"))["pages"]
    sites = [_host(p["url"]) for p in labelled]
    assert len(labelled) == len(set(sites)) == 40
    assert not set(sites) & earlier_sites
    assert {p["lang"] for p in labelled} == SEVENTH_SET_HALVES[name]
    for page in labelled:
        assert set(page) == {"url", "lang", "split", "lines", "query", "rank"}
        assert page["split"] == "held-out"
        assert page["query"].strip() and isinstance(page["rank"], int) and page["rank"] >= 1
        for line in page["lines"]:
            assert re.fullmatch(r"[0-9a-f]{12}", line["sha1"])
            assert (line["label"], line["family"] is None) in {("content", True), ("junk", False)}
            assert line["family"] is None or line["family"] in FAMILIES


def test_nav21_set_is_split_by_site_and_records_the_query_of_each_page() -> None:
    """labels_nav21: 20 pages with navigation lines, one a site, none on a site of an earlier
    set, each with its query and rank, halves by the sha1 of the host as the script says."""
    data = ROOT / "benchmarks/data/realpages"
    earlier = [
        "labels.json",
        *(f"labels{n}.json" for n in range(2, 7)),
        "labels7a.json",
        "labels7b.json",
        "labels_threads.json",
    ]
    earlier_sites = {
        _host(p["url"])
        for file in earlier
        for p in json.loads((data / file).read_text("utf-8"))["pages"]
    }
    labelled = json.loads((data / "labels_nav21.json").read_text("utf-8"))["pages"]
    sites = [_host(p["url"]) for p in labelled]
    assert len(labelled) == len(set(sites)) == 20
    assert not set(sites) & earlier_sites
    for page, site in zip(labelled, sites, strict=True):
        assert set(page) == {"url", "lang", "split", "lines", "query", "rank"}
        even = int(hashlib.sha1(site.encode()).hexdigest()[0], 16) % 2 == 0
        assert page["split"] == ("fix" if even else "held-out")
        assert page["query"].strip() and isinstance(page["rank"], int) and page["rank"] >= 1
        for line in page["lines"]:
            assert re.fullmatch(r"[0-9a-f]{12}", line["sha1"])
            assert (line["label"], line["family"] is None) in {("content", True), ("junk", False)}
            assert line["family"] is None or line["family"] in FAMILIES


@pytest.mark.parametrize(
    ("name", "pages", "langs"),
    [
        ("labels_general29.json", 31, {"de", "en"}),
        ("labels_general32.json", 26, {"de", "en", "fr", "es", "it", "nl", "pt"}),
        ("labels_general33.json", 26, {"de", "en", "fr", "es", "it", "nl", "pt"}),
        ("labels_general34.json", 26, {"de", "en", "fr", "es", "it", "nl", "pt", "sv", "da"}),
        (
            "labels_general35.json",
            26,
            {"de", "en", "fr", "es", "it", "nl", "pt", "da", "sv", "no", "pl", "cs"},
        ),
        (
            "labels_general36.json",
            28,
            {"de", "en", "fr", "es", "it", "nl", "pt", "sv", "da", "pl"},
        ),
        (
            "labels_general37.json",
            28,
            {"de", "en", "fr", "es", "it", "nl", "pt", "no", "fi", "cs"},
        ),
        (
            "labels_general38.json",
            28,
            {"de", "en", "fr", "es", "it", "nl", "pt", "sv", "da", "pl"},
        ),
        (
            "labels_general39.json",
            28,
            {"de", "en", "fr", "es", "it", "nl", "pt", "sv", "fi"},
        ),
        (
            "labels_general40.json",
            28,
            {"de", "en", "fr", "es", "it", "nl", "pt", "pl", "da"},
        ),
        (
            "labels_general41.json",
            20,
            {"de", "en", "fr", "es", "it", "nl", "pt", "sv"},
        ),
        (
            "labels_general42.json",
            26,
            {"de", "en", "fr", "es", "it", "nl", "pt", "pl", "cs"},
        ),
        (
            "labels_general43.json",
            26,
            {"de", "en", "fr", "es", "it", "nl", "pt", "da"},
        ),
    ],
)
def test_general_set_is_split_by_site_and_shares_no_site_with_an_earlier_set(
    name: str, pages: int, langs: set[str]
) -> None:
    """labels_general29 (31 English and German pages), labels_general32 and labels_general33 (26
    pages each in seven languages), labels_general34 (26 pages in nine), labels_general35 (26
    pages in twelve), labels_general36, labels_general37 and labels_general38 (28 pages each in
    ten), labels_general39 and labels_general40 (28 pages each in nine), labels_general41 (20
    pages in eight), labels_general42 (26 pages in nine) and labels_general43 (26 pages in eight),
    taken as they came, one a site, none on a site of another realpages or threads set, each with
    its query and rank, halves by the sha1 of the host as the script says (a host written with a
    trailing dot without it)."""
    data = ROOT / "benchmarks/data"
    earlier = [*sorted((data / "realpages").glob("labels*.json")), *data.glob("threads2*.json")]
    earlier_sites = {
        _host(p["url"])
        for file in earlier
        if file.name != name
        for p in json.loads(file.read_text("utf-8"))["pages"]
    }
    labelled = json.loads((data / "realpages" / name).read_text("utf-8"))["pages"]
    sites = [_host(p["url"]) for p in labelled]
    assert len(labelled) == len(set(sites)) == pages
    assert not set(sites) & earlier_sites
    assert {p["lang"] for p in labelled} == langs
    for page in labelled:
        assert set(page) == {"url", "lang", "split", "lines", "query", "rank"}
        assert page["split"] == site_split(page["url"])
        assert page["query"].strip() and isinstance(page["rank"], int) and page["rank"] >= 1
        for line in page["lines"]:
            assert set(line) <= {"sha1", "label", "family", "duplicate"}
            assert re.fullmatch(r"[0-9a-f]{12}", line["sha1"])
            assert (line["label"], line["family"] is None) in {("content", True), ("junk", False)}
            assert line["family"] is None or line["family"] in FAMILIES
            assert not line.get("duplicate") or line["label"] == "junk"
