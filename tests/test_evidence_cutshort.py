"""A box of other stories' titles cut short by the page's width (`detect.cutshort`): what
goes on a whole page, and first what stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.cutshort import (
    CUT_MAX_GAP,
    CUT_MIN_TITLES,
    is_cut_short_title,
    mark_cut_short_titles,
)
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import KEEP, Block, Verdict

RULE = "cut_short_titles"
STORY = [
    "The council voted on Tuesday to close the old bridge to cars from next spring, after "
    "engineers found that two of its piers had shifted during the winter floods.",
    "Cyclists and pedestrians will still be able to cross while a new bridge is built "
    "beside it, a project the council expects to cost about 40 million euros.",
    "Residents of the east bank said the detour would add half an hour to their trips to "
    "work, and asked for a ferry to run during the three years of building.",
]
BOX = [
    "21 tatouages qui ont merveilleusement bien…",
    "Voici à quoi ressemblent des vêtements «grande…",
    "34 raisons de ne jamais aller au Pays basque",
    "Les 43 fois où Grey’s Anatomy a fait couler toutes…",
    "23 réactions que toute personne ayant travaillé…",
]


def _run(lines: list[str], page: bool = True) -> list[Verdict]:
    blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    verdicts = [KEEP] * len(blocks)
    facts = Facts(load_language("en"))
    facts.page_text = page
    mark_cut_short_titles(blocks, verdicts, facts)
    return verdicts


def _removed(lines: list[str], page: bool = True) -> list[str]:
    return [s for s, v in zip(lines, _run(lines, page), strict=True) if v.rule == RULE]


def test_a_box_of_cut_titles_above_the_story_goes() -> None:
    assert _removed([*BOX, *STORY]) == BOX


def test_the_box_goes_beside_and_below_the_story_too() -> None:
    assert _removed([STORY[0], *BOX, *STORY[1:]]) == BOX
    assert _removed([*STORY, *BOX]) == BOX


def test_titles_cut_in_chinese_go() -> None:
    box = [
        "【新竹景點】內灣線老街一日遊:從火車站走到吊橋的...",
        "新竹一日遊(世博館)",
        "[食記] 新竹老街必吃美食推薦:米粉、貢丸與客家...",
        "住宿心得",
        "【親子飯店】湖濱館從入住一直玩到退房的優...",
    ]
    story = ["清晨的山路上雲霧還沒散去，我們沿著溪谷慢慢走到了山腰的小村莊，村口坐滿了人。"]
    assert _removed([*box, *story]) == box


def test_nothing_goes_on_text_that_is_no_page() -> None:
    # Verse, lyrics and dialogue trail off: an extracted article is never read.
    assert _removed([*BOX, *STORY], page=False) == []
    article = corpusclean.clean("\n".join([*STORY, *BOX, STORY[0] + " Later."]))
    assert not [r for r in article.removed if r.rule == RULE]


def test_two_cut_titles_are_not_a_box() -> None:
    lines = [*STORY, BOX[0], BOX[2], BOX[1]]
    assert _removed(lines) == []


def test_cut_titles_far_apart_are_not_a_box() -> None:
    filler = ["Weather", "Sport", "Culture", "Travel", "Games", "Puzzles"]
    assert len(filler) > CUT_MAX_GAP
    lines = [BOX[0], *filler, BOX[1], *filler, BOX[3], *STORY]
    assert _removed(lines) == []


def test_dialogue_trailing_off_between_paragraphs_stays() -> None:
    # A story's lines that trail off, with its paragraphs among them.
    lines = [
        STORY[0],
        "“I don't know what to say…",
        "“Then say nothing at all...",
        STORY[1],
        "“But if they close it...",
        "“They will, and soon…",
        STORY[2],
    ]
    assert _removed(lines) == []


def test_a_page_that_is_only_the_list_is_left_alone() -> None:
    # A section front: the cut titles are what the page is; the page classifier decides.
    assert _removed(BOX * 2) == []


def test_what_a_cut_title_is() -> None:
    def cut(text: str) -> bool:
        return is_cut_short_title(Block(text, 0, 1))

    assert cut("Les 43 fois où Grey’s Anatomy a fait couler toutes…")
    assert cut("How Stores Manipulate Your Senses So You Spend More...")
    assert cut("金漢觀光果園&...")
    assert not cut("He paused and said nothing at all …")  # a space before: trailing off
    assert not cut("It was over. ...")
    assert not cut("Is it over?...")
    assert not cut(" ".join(["word"] * 25) + "…")  # a summary, not a title


_LINE = st.one_of(st.sampled_from(BOX), st.sampled_from(STORY), st.sampled_from(["Home", "×"]))


@given(st.lists(_LINE, max_size=30), st.booleans())
def test_it_removes_only_runs_between_cut_titles_and_never_prose(
    lines: list[str], page: bool
) -> None:
    verdicts = _run(lines, page)
    gone = [i for i, v in enumerate(verdicts) if not v.keep]
    if not page:
        assert gone == []
        return
    assert all(lines[i] not in STORY for i in gone)
    if gone:
        assert sum(lines[i] in BOX and lines[i].endswith("…") for i in gone) >= CUT_MIN_TITLES
        # The first and the last block removed are cut titles.
        assert lines[gone[0]].endswith("…") and lines[gone[-1]].endswith("…")
        assert any(s in STORY for i, s in enumerate(lines) if i not in gone)
