"""Han and kana characters as evidence (`page.unspaced`) and teaser lists (`page.teaser`)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.page import teaser, unspaced
from corpusclean.page.features import FEATURE_NAMES, LineFacts, feature_rows
from corpusclean.text import tokens
from page_reference import teaser_shares as reference_teaser_shares
from page_reference import unspaced_counts as reference_unspaced_counts
from strategies import PAGE_ODDITIES, page_lines, teaser_lists

any_line = st.text(alphabet=st.characters(codec=None, categories=None), max_size=60)
kinds = st.lists(st.sampled_from((teaser.OTHER, teaser.HEADLINE, teaser.PROSE)), max_size=30)

# Article sentences and menu items as on the dev set's Chinese and Japanese pages (pixnet,
# yahoo-4).
CHINESE_PROSE = "我們在新竹的營地看到了楓紅，這是我們第一次來這裡露營。"
JAPANESE_PROSE = "東京の駅で新しい電車が走り始めたことを、多くの人が喜んでいる。"
MENU_ITEMS = ("部落格", "相關文章", "熱門文章", "ニュース", "Home")


def test_function_characters_ship_for_chinese_and_japanese() -> None:
    chars = unspaced.function_chars()
    assert {"的", "了", "是", "在", "の", "に", "は", "を", "が"} <= chars
    assert all(len(c) == 1 for c in chars)


def test_prose_in_an_unspaced_script_reads_longer_and_denser_than_its_menu_items() -> None:
    for prose in (CHINESE_PROSE, JAPANESE_PROSE):
        facts = LineFacts(prose)
        assert facts.n_tokens <= 3  # what the token features see
        assert facts.context_tokens >= 12  # a long line to the context features
        share = facts.own[FEATURE_NAMES.index("func_chars")]
        for item in MENU_ITEMS:
            menu = LineFacts(item)
            assert menu.context_tokens < 4
            assert menu.own[FEATURE_NAMES.index("func_chars")] < share


@given(any_line)
@example("\u3000東京\u3000の駅")
@example("ｶﾀｶﾅ 한국어 〆")
def test_unspaced_counts_equal_a_count_one_character_at_a_time(line: str) -> None:
    assert unspaced.unspaced_counts(line) == reference_unspaced_counts(line)


@given(st.one_of(any_line, st.sampled_from(PAGE_ODDITIES)))
def test_a_line_without_han_or_kana_keeps_its_token_count_and_zero_script_features(
    line: str,
) -> None:
    facts = LineFacts(line)
    n_unspaced, _ = unspaced.unspaced_counts(line)
    assert facts.n_tokens == len(tokens(line))
    if not n_unspaced:
        assert facts.context_tokens == facts.n_tokens
        assert facts.own[FEATURE_NAMES.index("ln_unspaced") :] == [0.0, 0.0, 0.0]


@given(kinds)
def test_teaser_shares_are_shares_and_read_the_page_the_same_way_backwards(
    found: list[int],
) -> None:
    shares = teaser.teaser_shares(found)
    assert len(shares) == len(found)
    assert all(0.0 <= v <= 1.0 for v in shares)
    assert teaser.teaser_shares(found[::-1]) == shares[::-1]


@given(page_lines())
def test_teaser_shares_equal_the_reference(lines: list[str]) -> None:
    text = [s.strip() for s in lines if s.strip()]
    rows = feature_rows(text, [LineFacts(s) for s in text])
    at = FEATURE_NAMES.index("teaser")
    assert [row[at] for row in rows] == reference_teaser_shares(text)


@given(teaser_lists(), st.integers(3, 6))
def test_a_teaser_list_scores_above_an_article_with_one_sub_heading(
    teasers: list[str], n_paragraphs: int
) -> None:
    paragraph = "The council met on Monday and agreed, after a long debate, to raise the budget."
    article = ["A sub-heading of the article", *[paragraph] * n_paragraphs]
    shares = teaser.teaser_shares([LineFacts(s).kind for s in article])
    assert max(shares) <= 2 / (2 * teaser.TEASER_REACH)
    if len(teasers) >= 6:
        listed = teaser.teaser_shares([LineFacts(s).kind for s in teasers])
        assert max(listed) > max(shares)
