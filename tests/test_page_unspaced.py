"""Tests for running text of Chinese and Japanese kept between kept lines in page mode
(`corpusclean.page.unspaced`)."""

from __future__ import annotations

import re
import sys
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.page import classify_page_lines
from corpusclean.page.chars import _CJK, CODE_BASE, _tables
from corpusclean.page.features import LineFactsCache
from corpusclean.page.model import load_model, score_lines
from corpusclean.page.unspaced import (
    _UNSPACED,
    GAP_MIN_PROSE,
    PROSE_MIN_CHARS,
    keep_unspaced_prose,
    unspaced_chars,
)
from corpusclean.text import HAN_AND_KANA_CHARS
from strategies import page_lines

# A travel blog's lines: 20 to 40 characters, no full stop, a space between clauses.
POST = [
    "清晨的山路上雲霧還沒散去 我們沿著溪谷慢慢走到了山腰的小村莊",
    "村口那棵老樟樹據說已經有三百多年 樹下的石椅坐滿了聊天的老人",
    "營地主人熱情地招呼大家喝茶 一邊介紹這幾年營區新增的設施",
    "午後下起了小雨 帳篷外的楓葉被雨水打落了不少鋪滿整片草地",
    "晚餐準備了火鍋和烤肉 朋友們圍著爐火一直聊到深夜才各自休息",
    "隔天早上天空終於放晴 藍天白雲襯著滿山的紅葉真是美不勝收",
    "收拾好裝備準備下山 心裡想著明年一定還要再來這裡看楓葉",
]
MENU = ["首頁", "部落格", "相簿", "留言", "名片", "相關文章"]


def test_a_post_the_model_half_dropped_is_kept_whole() -> None:
    keep = [True, False, False, False, True, False, True]
    assert keep_unspaced_prose(POST, keep) == [True, True, True, True, True, False, True]


def test_short_lines_inside_the_post_stay_dropped() -> None:
    lines = [*POST[:2], "木頭招牌", *POST[2:5], POST[5]]
    keep = [True, False, False, False, False, False, True]
    assert keep_unspaced_prose(lines, keep) == [True, True, False, True, True, True, True]
    # Two long lines between kept ones (teaser headlines in a kept list) are the model's call.
    keep = [True, False, False, True, False, False, True]
    assert keep_unspaced_prose(lines, keep) == [True, False, False, True, False, False, True]


def test_a_menu_between_kept_lines_stays_dropped() -> None:
    lines = [POST[0], *MENU, POST[1]]
    keep = [True, *[False] * len(MENU), True]
    assert keep_unspaced_prose(lines, keep) == keep


def test_a_gap_mostly_of_labels_stays_dropped() -> None:
    # A blog's header between its teaser list and the post: labels, a date, two long lines
    # (the blog's motto and a copyright notice).
    gap = [*MENU, "Dec 28 Sat 2013 00:28", POST[2], POST[3], POST[4], "跳到主文"]
    lines = [POST[0], *gap, POST[1]]
    keep = [True, *[False] * len(gap), True]
    assert keep_unspaced_prose(lines, keep) == keep


def test_fewer_long_lines_than_the_minimum_are_the_models_call() -> None:
    lines = [POST[0], *POST[1:GAP_MIN_PROSE], POST[-1]]
    keep = [True, *[False] * (GAP_MIN_PROSE - 1), True]
    assert keep_unspaced_prose(lines, keep) == keep


def test_nothing_after_the_last_kept_line_comes_back() -> None:
    # A comment thread under the post: no kept line of running text below it.
    keep = [True, True, False, False, False, False, False]
    assert keep_unspaced_prose(POST, keep) == keep


def test_the_anchors_must_be_running_text() -> None:
    # Kept short lines (a menu item the fallback kept) frame nothing.
    lines = ["首頁", *POST[1:4], "留言"]
    keep = [True, False, False, False, True]
    assert keep_unspaced_prose(lines, keep) == keep


def test_spaced_scripts_are_never_touched() -> None:
    lines = [
        "The village sits at the end of a long valley road above the river.",
        "Home",
        "A long line of English that the model dropped for reasons of its own here.",
        "Another long line of English that the model dropped for reasons of its own.",
        "And a third long line of English that the model dropped for its own reasons.",
        "The road back down took us most of the afternoon in the rain and the fog.",
    ]
    keep = [True, False, False, False, False, True]
    assert keep_unspaced_prose(lines, keep) == keep


def test_unspaced_chars_counts_han_and_kana_only() -> None:
    assert unspaced_chars("ネコがネズミを追いかける訳") == 13
    assert unspaced_chars("한국어 문장입니다") == 0  # Hangul is written with spaces
    assert unspaced_chars("GPS: N24 39 16.4") == 0
    assert unspaced_chars(POST[0]) >= PROSE_MIN_CHARS


_HEADER = ["痞客邦", *MENU, "登入", "跳到主文"] * 2
_TEASERS = [f"【新竹景點】第{n}天的行程與美食推薦..." for n in range(1, 9)]
_COMMENTS = ["留言列表 (3)", "#1", "小鳳", "於 2013/12/28 10:28", "好棒的生活", "#2", "訪客"]
_FOOTER = ["上一篇", "下一篇", "回到頂端", "關於我們", "隱私權政策", "服務條款"]
# The post's lines, then again in reverse (the page model reads shapes, not words).
_POST_PAGE = [*POST, *POST[::-1], "營區水電方便 水槽也很有特色，下次還要再來。"]
BLOG_PAGE = [*_HEADER, *_TEASERS, *_POST_PAGE, *_COMMENTS, *_FOOTER]


def test_a_blog_page_keeps_its_post_without_holes() -> None:
    header, comments, footer, lines = _HEADER, _COMMENTS, _FOOTER, BLOG_PAGE
    verdicts = classify_page_lines(lines)
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    assert not any(verdicts[i].keep for i in range(len(header)))
    assert not any(v.keep for v in verdicts[-len(comments + footer) :])
    # The model keeps the first six lines and one further down, and drops the five between
    # (a column of "one-token" lines to its features): they come back.
    first = lines.index(POST[0])
    assert all(i in kept for i in range(first, first + len(POST) + 5))


_LINES = st.one_of(
    st.sampled_from(POST + MENU),
    st.sampled_from(["Home", "A long line of English prose that ends here.", "2013/12/28"]),
    st.text(alphabet="的了是在我們山路雲霧營地楓葉 ab,.。", max_size=40),
)


@given(st.lists(st.tuples(_LINES, st.booleans()), max_size=40))
def test_it_only_adds_lines_and_adding_again_changes_nothing(pairs: list[tuple[str, bool]]) -> None:
    lines = [s for s, _ in pairs]
    keep = [k for _, k in pairs]
    once = keep_unspaced_prose(lines, keep)
    assert len(once) == len(keep)
    assert all(o or not k for o, k in zip(once, keep, strict=True))  # never drops a line
    # Every added line is running text between two kept lines of running text.
    for i, (o, k) in enumerate(zip(once, keep, strict=True)):
        if o and not k:
            assert unspaced_chars(lines[i]) >= PROSE_MIN_CHARS
            assert any(keep[:i]) and any(keep[i + 1 :])
    assert keep_unspaced_prose(lines, once) == once


# The page classifier asks `LineFactsCache.may_hold_unspaced` before `keep_unspaced_prose`:
# a screen that must never say "none" of lines holding a Han or kana character.


def test_every_han_and_kana_character_is_counted_by_the_cjk_feature() -> None:
    # The screen reads the lines' ``cjk`` feature: its ranges must hold the pass's characters.
    unspaced = re.compile(f"[{HAN_AND_KANA_CHARS}]")
    table = _tables()[0]
    for code in range(sys.maxunicode + 1):
        if unspaced.match(chr(code)):
            assert (ord(table[code]) - CODE_BASE) & _CJK, hex(code)


_MIXED_LINES = st.one_of(
    _LINES,
    page_lines().flatmap(lambda lines: st.sampled_from(lines or [""])),
    st.text(alphabet="ネコ한국어 营地abc.", max_size=12),
)


@pytest.mark.parametrize("numpy_path", [True, False])
@given(lines=st.lists(_MIXED_LINES.map(str.strip).filter(bool), max_size=30))
def test_the_screen_says_none_only_of_lines_without_han_or_kana(
    numpy_path: bool, lines: list[str]
) -> None:
    cache = LineFactsCache()
    assert cache.may_hold_unspaced(lines) == bool(lines)  # nothing known yet
    if numpy_path:
        score_lines(lines, load_model(), cache)
    else:
        cache.facts_of(lines)
    held = _UNSPACED.search("\n".join(lines)) is not None
    assert cache.may_hold_unspaced(lines) or not held
    # Lines without such a character are screened out, on either path.
    assert cache.may_hold_unspaced(lines) == any(_counts_cjk(s) for s in lines)


def _counts_cjk(line: str) -> bool:
    return any(0x3040 <= ord(c) <= 0x9FFF or 0xAC00 <= ord(c) <= 0xD7AF for c in line)


@given(page_lines())
def test_classifying_with_the_screen_equals_searching_every_time(lines: list[str]) -> None:
    # The reference searches every classification's lines (the screen always says "maybe").
    for page in (lines, [*lines, *BLOG_PAGE], [*BLOG_PAGE[:30], *lines, *BLOG_PAGE[30:]]):
        screened = classify_page_lines(page)
        with patch.object(LineFactsCache, "may_hold_unspaced", lambda self, lines: True):
            assert classify_page_lines(page) == screened
