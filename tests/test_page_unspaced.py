"""Tests for running text of Chinese and Japanese kept between kept lines in page mode
(`corpusclean.page.unspaced`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpusclean.page import classify_page_lines
from corpusclean.page.unspaced import (
    GAP_MIN_PROSE,
    PROSE_MIN_CHARS,
    keep_unspaced_prose,
    unspaced_chars,
)

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


def test_a_blog_page_keeps_its_post_without_holes() -> None:
    header = ["痞客邦", *MENU, "登入", "跳到主文"] * 2
    teasers = [f"【新竹景點】第{n}天的行程與美食推薦..." for n in range(1, 9)]
    comments = ["留言列表 (3)", "#1", "小鳳", "於 2013/12/28 10:28", "好棒的生活", "#2", "訪客"]
    footer = ["上一篇", "下一篇", "回到頂端", "關於我們", "隱私權政策", "服務條款"]
    closing = "營區水電方便 水槽也很有特色，下次還要再來。"
    # The post's lines, then again in reverse (the page model reads shapes, not words).
    post = [*POST, *POST[::-1], closing]
    lines = [*header, *teasers, *post, *comments, *footer]
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
