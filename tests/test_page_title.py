"""Page mode's title (`corpusclean.page.title`): found by evidence, None when unsure.

A page's headline sits among menus, section labels, dates, bylines and related links; the
title is the headline-shaped line over the story whose words the lead repeats, kept first,
printed twice, or the page's first line. Anything less, and the title is None.
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corpusclean import Article, Cleaner, Config
from corpusclean.language import any_stopword
from corpusclean.model import Block
from corpusclean.page import LineFactsCache
from corpusclean.page import title as title_module
from corpusclean.page.title import (
    ADJACENT_REASON,
    DISPLACED_TITLE,
    TWICE_REASON,
    content_words,
    content_words_of,
    find_page_title,
    site_suffix_prefix,
)
from corpusclean.run import DocumentRun
from strategies import examples, headings, page_lines, paragraphs

PAGE = Cleaner(Config(mode="page"))

MENU_EN = ["Home", "News", "World", "Politics", "Business", "Sport", "Culture", "Opinion",
           "Weather", "Video", "Podcasts", "Newsletters"]  # fmt: skip
FOOTER_EN = ["About us", "Contact", "Privacy policy", "Terms of use", "Cookie settings",
             "Advertise", "Careers", "© 2024 The Daily Courier"]  # fmt: skip
STORY_EN = [
    "The city council voted on Tuesday to approve a new budget that raises spending on "
    "schools, roads and public transport by almost ten percent next year.",
    "Officials said the budget plan, which had been debated for months, would be paid for "
    "by a modest increase in property taxes and by savings in the administration.",
    "Opponents argued that the increase would hurt small businesses, which have already "
    "struggled with rising rents and the cost of energy over the past two years.",
    "The mayor said she was confident that the investment would pay off in the long run, "
    "and that residents would see the first new buses on the streets before the summer.",
]
TITLE_EN = "City council approves budget raising school and transport spending"
RELATED_EN = ["Related stories", "Mayor unveils plan for new tram line",
              "Schools brace for a shortage of teachers"]  # fmt: skip

MENU_DE = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reise",
           "Auto", "Digital", "Meinung", "Video", "Podcasts"]  # fmt: skip
FOOTER_DE = ["Impressum", "Datenschutz", "Kontakt", "Nutzungsbedingungen", "Werbung",
             "Karriere", "© 2024 Der Tagesbote"]  # fmt: skip
STORY_DE = [
    "Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen, der die Ausgaben für "
    "Schulen, Straßen und den öffentlichen Nahverkehr im kommenden Jahr deutlich erhöht.",
    "Nach Angaben der Verwaltung soll der Haushalt durch eine moderate Erhöhung der "
    "Grundsteuer und durch Einsparungen in der Verwaltung finanziert werden.",
    "Die Opposition kritisierte, dass die Erhöhung vor allem kleine Betriebe treffe, die "
    "schon unter steigenden Mieten und hohen Energiekosten litten.",
    "Die Bürgermeisterin zeigte sich zuversichtlich, dass sich die Investitionen langfristig "
    "auszahlen und die ersten neuen Busse noch vor dem Sommer fahren würden.",
]
TITLE_DE = "Stadtrat beschließt Haushalt mit mehr Geld für Schulen und Nahverkehr"

MENU_ES = ["Portada", "Internacional", "España", "Economía", "Deportes", "Cultura",
           "Opinión", "Ciencia", "Tecnología", "Vídeo", "Podcasts", "Boletines"]  # fmt: skip
FOOTER_ES = ["Quiénes somos", "Contacto", "Política de privacidad", "Aviso legal",
             "Publicidad", "Trabaja con nosotros", "© 2024 El Diario del Sur"]  # fmt: skip
STORY_ES = [
    "El ayuntamiento aprobó el martes un nuevo presupuesto que aumenta el gasto en "
    "escuelas, carreteras y transporte público en casi un diez por ciento el próximo año.",
    "Según la alcaldía, el presupuesto se financiará con una subida moderada del impuesto "
    "sobre bienes inmuebles y con ahorros en la administración municipal.",
    "La oposición advirtió de que la subida perjudicará a los pequeños comercios, que ya "
    "sufren el aumento de los alquileres y el coste de la energía desde hace dos años.",
    "La alcaldesa se mostró convencida de que la inversión dará frutos a largo plazo y de "
    "que los primeros autobuses nuevos circularán antes del verano.",
]
TITLE_ES = "El ayuntamiento aprueba un presupuesto con más gasto en escuelas y transporte"


def page(menu: list[str], head: list[str], story: list[str], footer: list[str]) -> str:
    return "\n".join([*menu, *head, *story, *RELATED_EN, *footer])


def assert_title_accounted(article: Article, text: str) -> None:
    """The title is one of the input's lines, not in the paragraphs, and every other
    printing of it word for word is a removal."""
    lines = text.splitlines()
    assert article.title in lines
    assert article.title not in article.paragraphs
    copies = [removal for removal in article.removed if removal.text == article.title]
    assert len(copies) == lines.count(article.title) - 1


def test_title_printed_twice_with_a_site_suffix_english() -> None:
    text = page(MENU_EN, [TITLE_EN, "By Jane Doe"], STORY_EN, [*FOOTER_EN,
                f"{TITLE_EN} | The Daily Courier"])  # fmt: skip
    article, decisions = PAGE.clean_and_explain(text)
    assert article.title == TITLE_EN  # the site's name is not part of it
    assert_title_accounted(article, text)
    assert article.paragraphs[0] == STORY_EN[0]
    (title,) = [d for d in decisions if d.verdict == "title"]
    assert (title.text, title.reason, title.rule) == (TITLE_EN, TWICE_REASON, None)


def test_title_printed_twice_with_a_site_suffix_german() -> None:
    text = page(MENU_DE, [TITLE_DE, "Von Anna Schmidt"], STORY_DE, [*FOOTER_DE,
                f"{TITLE_DE} - Der Tagesbote"])  # fmt: skip
    article = PAGE.clean(text)
    assert article.title == TITLE_DE
    assert_title_accounted(article, text)


def test_title_printed_twice_spanish() -> None:
    # The headline again as the last crumb of a breadcrumb trail, word for word.
    text = page(MENU_ES, ["Economía", TITLE_ES, "Por Ana García"], STORY_ES, [*FOOTER_ES,
                "Portada", "Economía", TITLE_ES])  # fmt: skip
    article = PAGE.clean(text)
    assert article.title == TITLE_ES
    assert_title_accounted(article, text)
    assert TITLE_ES not in article.paragraphs


def test_a_date_and_a_section_label_nearer_the_story_are_not_the_title() -> None:
    # The nearest headline-shaped lines over the story are a date and a section label
    # (rules' lines, and no words of the lead); the headline above them is the title.
    head = [TITLE_EN, "Local Government Coverage", "Tuesday, 4 March 2025 10:32", "By Jane Doe"]
    text = page(MENU_EN, head, STORY_EN, [*FOOTER_EN, TITLE_EN])
    article = PAGE.clean(text)
    assert article.title == TITLE_EN
    assert "Tuesday, 4 March 2025 10:32" not in (article.title, *article.paragraphs)


def test_a_section_label_over_the_story_in_german_is_not_the_title() -> None:
    head = ["Lokales aus der Region", "Dienstag, 4. März 2025", "Von Anna Schmidt"]
    text = page(MENU_DE, head, STORY_DE, FOOTER_DE)
    assert PAGE.clean(text).title is None


def test_no_headline_no_title() -> None:
    text = page(MENU_EN, ["By Jane Doe"], STORY_EN, FOOTER_EN)
    assert PAGE.clean(text).title is None


def test_a_headline_whose_words_the_lead_does_not_repeat_is_not_the_title() -> None:
    # A banner over the story, printed twice: no evidence without the lead's words.
    banner = "Welcome to our new European Union reading experience today"
    text = page(MENU_EN, [banner], STORY_EN, [*FOOTER_EN, banner])
    article = PAGE.clean(text)
    assert article.title is None


def test_a_short_label_printed_twice_is_not_the_title() -> None:
    # Three words the lead repeats, printed in the menu and over the story: a section.
    label = "City Budget Council"
    text = page([*MENU_EN, label], [label], STORY_EN, FOOTER_EN)
    assert PAGE.clean(text).title is None


def test_a_related_headline_far_from_the_story_is_not_the_title() -> None:
    # Printed twice and sharing the lead's words, but more than the window above the
    # story, among the menus.
    related = "Council budget vote on schools and transport spending delayed"
    menu = [related, *MENU_EN, *MENU_EN[:10]]
    text = page(menu, ["By Jane Doe"], STORY_EN, [*FOOTER_EN, related])
    assert PAGE.clean(text).title is None


def test_article_text_in_page_mode_keeps_its_first_line_title() -> None:
    # Extracted article text cleaned in page mode: the first line is the title by its
    # shape, as in article mode, whether the page classifier keeps it or not.
    text = "\n".join([TITLE_EN, *STORY_EN])
    for mode in ("page", "article"):
        assert Cleaner(Config(mode=mode)).clean(text).title == TITLE_EN


def test_detect_title_off_finds_no_page_title() -> None:
    text = page(MENU_EN, [TITLE_EN, "By Jane Doe"], STORY_EN, [*FOOTER_EN,
                f"{TITLE_EN} | The Daily Courier"])  # fmt: skip
    article = Cleaner(Config(mode="page", detect_title=False)).clean(text)
    assert article.title is None
    assert TITLE_EN in [removal.text for removal in article.removed]


def test_the_rendered_page_article_cleans_to_the_same_title_in_every_mode() -> None:
    text = page(MENU_EN, [TITLE_EN, "By Jane Doe"], STORY_EN, [*FOOTER_EN,
                f"{TITLE_EN} | The Daily Courier"])  # fmt: skip
    article = PAGE.clean(text)
    for mode in ("page", "auto", "article"):
        again = Cleaner(Config(mode=mode)).clean(article.render())
        assert (again.title, again.paragraphs) == (article.title, article.paragraphs), mode


BANNER = "Something's different, right?"


def test_a_banner_kept_over_the_story_gives_way_to_the_headline_printed_twice() -> None:
    # The page classifier keeps a site's banner over the story and drops the headline: the
    # banner's words are not the lead's, the headline's are, and the page prints it twice.
    for head in ([TITLE_EN, "By Jane Doe", BANNER], [TITLE_EN, BANNER, "By Jane Doe"]):
        text = page(MENU_EN, head, STORY_EN, [*FOOTER_EN, f"{TITLE_EN} | The Daily Courier"])
        article = PAGE.clean(text)
        assert article.title == TITLE_EN
        assert article.paragraphs[0] == STORY_EN[0]
        assert [r.rule for r in article.removed if r.text == BANNER] == [DISPLACED_TITLE]
        for mode in ("page", "auto", "article"):
            again = Cleaner(Config(mode=mode)).clean(article.render())
            assert (again.title, again.paragraphs) == (article.title, article.paragraphs), mode


def test_a_first_line_is_not_displaced_without_a_headline_found_elsewhere() -> None:
    # No line printed twice with the lead's words: the first line stays the title (as the
    # rendering cleaned again would take it), never removed.
    article = PAGE.clean(page(MENU_EN, [BANNER], STORY_EN, FOOTER_EN))
    assert article.title == BANNER
    assert DISPLACED_TITLE not in {r.rule for r in article.removed}


def test_a_first_line_whose_words_the_lead_repeats_is_not_displaced() -> None:
    # A headline-shaped first kept line that names what the lead tells (a deck under the
    # headline) stays the title by the first line's rule, even with the headline printed
    # twice among the dropped lines.
    deck = "Council raises spending on schools, roads and public transport"
    text = page(MENU_EN, [TITLE_EN, "By Jane Doe", deck], STORY_EN, [*FOOTER_EN,
                f"{TITLE_EN} | The Daily Courier"])  # fmt: skip
    article = PAGE.clean(text)
    assert article.title == deck
    assert article.paragraphs[0] == STORY_EN[0]
    assert DISPLACED_TITLE not in {r.rule for r in article.removed}


# Drawn under the thorough profile (seed 10, idem30, `test_clean_invariants_in_every_mode`):
# a headline printed three times, once behind a zero-width joiner. Page mode compared the
# title's copies character for character and kept that one as a paragraph, which cleaning
# the rendering removes; they compare as `dedupe.within` compares copies now (`label_key`).
TITLE_WITH_AN_INVISIBLE_COPY = [
    "Government Government Alibaba Digital",
    "\u200dGovernment Government Alibaba Digital",
    "Government the the the the the.",
    "Government Government Alibaba Digital",
]


def test_a_copy_of_the_title_behind_an_invisible_character_goes() -> None:
    article = PAGE.clean("\n".join(TITLE_WITH_AN_INVISIBLE_COPY))
    assert article.title == TITLE_WITH_AN_INVISIBLE_COPY[0]
    assert article.paragraphs == ("Government the the the the the.",)
    assert [r.start for r in article.removed if r.rule == "duplicate_title"] == [1, 3]


def test_a_line_that_says_more_than_the_title_stays() -> None:
    lines = [*TITLE_WITH_AN_INVISIBLE_COPY]
    lines[1] = "Government Government Alibaba Digital, the council said."
    article = PAGE.clean("\n".join(lines))
    assert article.title == lines[0]
    assert lines[1] in article.paragraphs


def _short_page(menu: list[str], head: list[str], story: list[str], footer: list[str]) -> str:
    """A short page: the menu, the headline printed once right above the story, a footer
    (no related list of headlines between)."""
    return "\n".join([*menu, *head, *story, *footer])


def test_a_headline_printed_once_right_above_the_story_under_the_menu_is_the_title() -> None:
    for menu, title, story, footer in (
        (MENU_EN, TITLE_EN, STORY_EN, FOOTER_EN),
        (MENU_DE, TITLE_DE, STORY_DE, FOOTER_DE),
        (MENU_ES, TITLE_ES, STORY_ES, FOOTER_ES),
    ):
        text = _short_page(menu, [title], story, footer)
        article, decisions = PAGE.clean_and_explain(text)
        assert article.title == title
        assert_title_accounted(article, text)
        assert article.paragraphs[0] == story[0]
        (found,) = [d for d in decisions if d.verdict == "title"]
        assert found.reason == ADJACENT_REASON
        for mode in ("page", "auto", "article"):
            again = Cleaner(Config(mode=mode)).clean(article.render())
            assert (again.title, again.paragraphs) == (article.title, article.paragraphs), mode


def _found_over_story(head: list[str]) -> str | None:
    """`find_page_title` over the English story, every line over it dropped by the page
    classifier and no rule's line."""
    lines = [*MENU_EN, *head, *STORY_EN]
    blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    story = blocks[len(MENU_EN) + len(head) :]
    fates = {block.start: "page_classifier" for block in blocks[: -len(STORY_EN)]}
    found = find_page_title(blocks, story, fates, lambda block: False)
    return None if found is None else found.block.text


def test_a_headline_printed_once_under_longer_lines_is_not_the_title() -> None:
    assert _found_over_story([TITLE_EN]) == TITLE_EN
    # Right above the story, its words in the lead, but under a teaser's blurb: a video's
    # or a related story's title over the story as often as its headline.
    blurb = "Watch our reporter explain in ninety seconds what the new budget means for you"
    assert _found_over_story([blurb, TITLE_EN]) is None
    # Not right above the story: a byline between (printed once, no second printing).
    assert _found_over_story([TITLE_EN, "Jane Doe"]) is None


def test_a_line_printed_once_whose_words_the_lead_does_not_repeat_is_not_the_title() -> None:
    other = "Top entertainment headlines for the nineteenth of November"
    text = _short_page(MENU_EN, [other], STORY_EN, FOOTER_EN)
    assert PAGE.clean(text).title is None


def test_a_section_label_printed_once_right_above_the_story_is_not_the_title() -> None:
    # Three words the lead repeats: a section's label, not a headline.
    text = _short_page(MENU_EN, ["City Budget Council"], STORY_EN, FOOTER_EN)
    assert PAGE.clean(text).title is None


def test_site_suffix_prefix_needs_a_spaced_separator() -> None:
    assert site_suffix_prefix("Fed raises rates | Example News") == "Fed raises rates"
    assert site_suffix_prefix("Fed raises rates - Example") == "Fed raises rates"
    # The site's name follows the last separator; the headline may hold one.
    assert site_suffix_prefix("Brexit - what next? | Example News") == "Brexit - what next?"
    assert site_suffix_prefix("e-tron Sportback revealed") is None
    assert site_suffix_prefix("Fed raises rates") is None


@st.composite
def titled_pages(draw: st.DrawFn) -> str:
    """A drawn page, sometimes with a headline, its lead and its second printing in it."""
    lines = draw(page_lines())
    if draw(st.booleans()):
        title = draw(headings)
        lead = f"{title} {draw(paragraphs())}"
        at = draw(st.integers(0, len(lines)))
        lines[at:at] = [title, lead]
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from((title, f"{title} | Site"))))
    return "\n".join(lines)


# Thorough seed 5: a comment thread whose markers (the "2 hours ago" stamps) the page
# classifier dropped goes as `page_thread` once the syndication note over the story goes;
# its certain words counted against the removal budget and kept both, and the rendering,
# without the markers, then lost the note alone.
@example(
    "Share this on\nShare this on\nShare this on\nShare this on\nA version of this article "
    "originally appeared on our sister website Tech Wire Asia.\n2 hours ago\nGovernment the "
    "the the.\nGovernment the the the. Government the the the. Government the the the.\n"
    "Government the the the the the the the the the the the.\nShare this on\nShare this on\n"
    "Share this on\nShare this on\nShare this on\nShare this on\nStay current - Follow FMT "
    "on WhatsApp, Google news and Telegram\nShare this on\nShare this on\n2 hours ago\n"
    "Share this on\n2 hours ago\nGovernment the the the the the the the the the the the the "
    "the the the the."
)
# Thorough seed 31: a brief over three links voted Portuguese by the links' "com" and kept
# them (no English `bare_url`); its rendering, the links alone, was English and lost them.
@example(
    "SEE ALSO:\xa0Philippines wants Jack Ma to help improve governance with tech\n"
    "https://www.example.com/news/12345\nhttps://www.example.com/news/12345\n"
    "https://www.example.com/news/12345"
)
@settings(max_examples=examples(150))
@given(titled_pages())
def test_page_title_is_an_input_line_accounted_once_and_stable(text: str) -> None:
    run = PAGE.run(text)
    article, decisions = PAGE.clean_and_explain(text)
    titles = [d for d in decisions if d.verdict == "title"]
    if article.title is None:
        assert titles == []
    else:
        # Never invented: one of the input's lines (as segmented), trimmed.
        assert article.title in [block.text for block in run.blocks]
        assert [d.text for d in titles] == [article.title]
    # Every block is the title, a paragraph or a removal, once.
    assert [d.text for d in decisions if d.verdict == "kept"] == list(article.paragraphs)
    removed = [(d.start, d.rule) for d in decisions if d.verdict == "removed"]
    assert removed == [(r.start, r.rule) for r in article.removed]
    again = PAGE.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)


def _fresh_page_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every run start from empty page-line facts: the recompute-everything reference
    of `Cleaner._title_if_stable`'s second run."""
    monkeypatch.setattr(DocumentRun, "page_lines", property(lambda self: LineFactsCache()))


@settings(max_examples=examples(100), suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(titled_pages())
def test_the_title_check_from_the_pages_facts_cleans_as_from_none(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Invariant of `Cleaner._title_if_stable`: its second run, started from the page's own
    line facts, gives the article that a run from empty facts gives."""
    shared = PAGE.clean(text), Cleaner(Config(mode="auto")).clean(text)
    with monkeypatch.context() as patched:
        _fresh_page_lines(patched)
        fresh = PAGE.clean(text), Cleaner(Config(mode="auto")).clean(text)
    assert shared == fresh


def test_the_title_check_computes_no_line_of_the_page_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vector = pytest.importorskip("corpusclean.page.vector")
    text = page(MENU_EN, [TITLE_EN, "By Jane Doe"], STORY_EN, [*FOOTER_EN,
                f"{TITLE_EN} | The Daily Courier"])  # fmt: skip
    computed: list[str] = []
    facts = vector.page_facts

    def recorded(lines: list[str]) -> object:
        computed.extend(lines)
        return facts(lines)

    monkeypatch.setattr(vector, "page_facts", recorded)
    cleaner = Cleaner(Config(mode="page"))
    article = cleaner.clean(text)
    assert article.title == TITLE_EN  # found by evidence: the title check ran
    assert STORY_EN[0] in computed
    assert len(computed) == len(set(computed))
    # The reference computes the story's lines twice, once a run.
    computed.clear()
    _fresh_page_lines(monkeypatch)
    assert cleaner.clean(text) == article
    assert computed.count(STORY_EN[0]) == 2


def _suffix_prefix_reference(text: str) -> str | None:
    """`site_suffix_prefix` without its screen: the pattern alone."""
    found = title_module._SITE_SUFFIX.match(text)
    return found.group("head") if found is not None else None


# Separators, the whitespace `\s` reads (and some it does not), letters and a line feed.
SUFFIX_ALPHABET = "|-–—·:»/ \t\u00a0\u2028\u3000\x1c\x0bab\n"


@st.composite
def suffixed_texts(draw: st.DrawFn) -> str:
    """ "Headline | Site" and near misses: words, a separator between two blanks, each of any
    kind (separators and whitespace the pattern reads, and others), and a site of words."""
    words = st.lists(st.sampled_from(["Fed", "raises", "rates", "News", "e-tron", "a:b"]))
    blank = st.sampled_from(list(" \t\u00a0\u2028\u3000\x1c\x0b\nab"))
    separator = st.sampled_from(list("|-–—·:»/"))
    head = " ".join(draw(words.filter(bool)))
    site = " ".join(draw(words))
    return f"{head}{draw(blank)}{draw(separator)}{draw(blank)}{site}"


@settings(max_examples=examples(300))
@given(st.one_of(suffixed_texts(), st.text(alphabet=SUFFIX_ALPHABET, max_size=30)))
def test_site_suffix_prefix_with_its_screen_is_the_patterns(text: str) -> None:
    assert site_suffix_prefix(text) == _suffix_prefix_reference(text)


@pytest.mark.parametrize(
    "text",
    ["Headline – Site", "Headline\u00a0·\u00a0Site", "Headline » Site\n", "A :\tB",
     "Brexit - what next? | Example News", "a\n| b"],
)  # fmt: skip
def test_site_suffix_prefix_screen_examples(text: str) -> None:
    assert site_suffix_prefix(text) == _suffix_prefix_reference(text)


def _printed_twice_reference(texts: list[str], text: str) -> bool:
    """`_printed_twice` as first written: every text counted, and the head of every text
    printed "Headline | Site"."""
    heads = {site_suffix_prefix(other) for other in texts} - {None}
    return Counter(texts)[text] > 1 or text in heads


page_texts = st.lists(
    st.one_of(suffixed_texts(), st.text(alphabet=SUFFIX_ALPHABET, max_size=12)), max_size=8
)


@settings(max_examples=examples(300))
@given(page_texts, st.data())
def test_printed_twice_is_the_count_and_the_heads_of_every_text(
    texts: list[str], data: st.DataObject
) -> None:
    # pagethread38: a text counted and its "Headline | Site" lines found by searching the
    # joined texts, against every text counted and read; asked of a text of the page, a
    # head of one or a prefix of one (line feeds inside a text included).
    asked = st.sampled_from(texts) if texts else st.just("")
    heads = [head for other in texts if (head := site_suffix_prefix(other)) is not None]
    if heads:
        asked = st.one_of(asked, st.sampled_from(heads))
    text = data.draw(st.one_of(asked, asked.map(lambda t: t[: len(t) // 2]), st.text(max_size=4)))
    blocks = [Block(other, i, i + 1) for i, other in enumerate(texts)]
    printed_twice = title_module._printed_twice(blocks)
    assert printed_twice(text) == _printed_twice_reference(texts, text)
    # Asked again: the lines read at the first question serve every later one.
    assert printed_twice(text) == _printed_twice_reference(texts, text)


@pytest.mark.parametrize(
    ("texts", "text", "twice"),
    [
        (["Fed raises rates", "Home", "Fed raises rates | News"], "Fed raises rates", True),
        (["Fed raises rates", "Fed raises rates"], "Fed raises rates", True),
        (["Fed raises rates", "Fed raises rates again | News"], "Fed raises rates", False),
        (["Fed raises rates", "Brexit - Fed raises rates | News"], "Fed raises rates", False),
        (["A - B - C", "A - B"], "A - B", True),
        (["A - B - C", "A"], "A", False),
        (["x\nFed | News", "Fed"], "Fed", False),
        (["Fed | News\nx", "Fed"], "Fed", True),  # a line feed is the site's space
        (["Fed", "Fed | News"], "", False),
    ],
)
def test_printed_twice_examples(texts: list[str], text: str, twice: bool) -> None:
    blocks = [Block(other, i, i + 1) for i, other in enumerate(texts)]
    assert title_module._printed_twice(blocks)(text) is twice
    assert _printed_twice_reference(texts, text) is twice


@settings(max_examples=examples(200))
@given(st.lists(st.one_of(paragraphs(), headings), max_size=4), headings)
def test_the_leads_key_words_share_what_its_content_words_share(
    story: list[str], line: str
) -> None:
    # pagethread38: the lead is kept as its key words, unfiltered; a line's content words
    # share with them exactly what they share with the lead's content words, and the
    # filtered key words are the lead's content words.
    stopwords = any_stopword()
    blocks = [Block(text, i, i + 1) for i, text in enumerate(story)]
    evidence = title_module.DEFAULT_EVIDENCE
    keys = title_module.story_lead(blocks, evidence)
    content = content_words_of(story[: evidence.lead_blocks], stopwords)
    assert title_module._content_only(keys, stopwords) == content
    words = content_words(line, stopwords)
    assert words & keys == words & content
    shared = title_module._shares_lead(words, keys, evidence)
    assert shared == title_module._shares_lead(words, content, evidence)


# A short page's story: one sentence under its headline, whose words the lead tells in
# other words (the shape of `session30c`).
SHORT_MENU_IT = ["Menu", "Cerca", "Comune di Roccabella", "Home", "Amministrazione", "Servizi",
                 "Eventi", "Notizie"]  # fmt: skip
SHORT_FOOTER_IT = ["Stampa", "Torna su", "Note legali", "Privacy", "Accessibilità", "Contatti"]


def test_a_short_storys_headline_with_one_word_in_the_lead_is_the_title() -> None:
    for menu, head, story, footer in (
        (
            MENU_ES,
            "Talleres de verano para niños",
            "El ayuntamiento organiza talleres gratuitos durante julio en el centro cultural "
            "del barrio.",
            FOOTER_ES,
        ),
        (
            SHORT_MENU_IT,
            "Cambiano gli orari della biblioteca",
            "Da lunedì la biblioteca comunale seguirà un nuovo orario, pensato per gli studenti.",
            SHORT_FOOTER_IT,
        ),
    ):
        article = PAGE.clean(_short_page(menu, [head], [story], footer))
        assert article.title == head
        assert head not in article.paragraphs


def test_a_short_storys_line_with_a_menu_word_or_no_lead_word_is_not_the_title() -> None:
    # "Sport" is a word of the menu: the site's section, whatever the lead says.
    lead = "The county side won its third match of the weekend on Saturday with two late goals."
    text = _short_page(MENU_EN, ["Sport roundup from the weekend"], [lead], FOOTER_EN)
    assert PAGE.clean(text).title is None
    # No word of it in the lead: a teaser's or a banner's headline as often.
    lead = "A wedding band dropped in a field in 1985 has been given back to its owner."
    text = _short_page(MENU_EN, ["Lost ring returned after forty years"], [lead], FOOTER_EN)
    assert PAGE.clean(text).title is None


SHORT_MENU_DE = ["Zum Inhalt springen", "Talbote", "Lokales", "Vereine", "Kultur", "E-Paper"]
SHORT_FOOTER_DE = ["Artikel teilen", "Impressum", "Datenschutz", "AGB", "© Talbote"]


def test_a_short_storys_headline_sharing_a_stem_with_its_lead_is_the_title() -> None:
    for menu, head, story, footer in (
        (
            SHORT_MENU_DE,  # a compound: "Altbürgermeister" holds the lead's "Bürgermeister"
            "Trauer um den Altbürgermeister Karl Huber",
            "Die Gemeinde nimmt Abschied von ihrem früheren Bürgermeister, der am Montag im "
            "Alter von 81 Jahren verstorben ist.",
            SHORT_FOOTER_DE,
        ),
        (
            SHORT_MENU_IT,  # one beginning: "parrocchia" / "parroco"
            "Parrocchia di San Marco, nuovi orari",
            "Con l'arrivo dell'estate il parroco ha deciso di anticipare le celebrazioni serali.",
            SHORT_FOOTER_IT,
        ),
    ):
        article = PAGE.clean(_short_page(menu, [head], [story], footer))
        assert article.title == head
        assert head not in article.paragraphs


def test_a_tag_under_the_story_does_not_make_its_headline_the_menus() -> None:
    # The tags under the story name its topics, as its headline does ("Harwood"); the menus
    # over it do not hold the word.
    lead = "The club will play four friendlies before the league season opens in September."
    tags = ["Tags", "Harwood", "Grassroots rugby"]
    text = _short_page(
        MENU_EN, ["Harwood RFC announce pre-season friendlies"], [lead], [*tags, *FOOTER_EN]
    )
    assert PAGE.clean(text).title == "Harwood RFC announce pre-season friendlies"


def test_a_short_storys_headline_sharing_four_letters_with_its_lead_is_not_the_title() -> None:
    # "park" inside "parking" is no stem of one word (STEM_MIN_LETTERS): different things.
    lead = "Parking fees rise next month at the lakeside, the operator said on Tuesday."
    text = _short_page(MENU_EN, ["Rangers warn walkers on Park trail"], [lead], FOOTER_EN)
    assert PAGE.clean(text).title is None


def _title_reason_reference(
    block: Block,
    opens: bool,
    adjacent: bool,
    lead: set[str],
    stopwords: frozenset[str],
    twice: object,
    evidence: title_module.TitleEvidence,
) -> str | None:
    """`_title_reason` as first written: the content words asked first, with no screen."""
    if not title_module._shares_lead(content_words(block.text, stopwords), lead, evidence):
        return None
    if opens:
        return title_module.FIRST_REASON
    if block.words >= evidence.twice_min_words and twice(block.text):  # type: ignore[operator]
        return title_module.TWICE_REASON
    if adjacent and block.words >= evidence.once_min_words:
        return title_module.ADJACENT_REASON
    return None


# Lines of three or four distinct words, so that the lead repeats exactly as many of them
# as the screen's bound (the line's words from the ``repeated_at``-th on), and one of
# function words and a number, whose key words the content words leave out.
SCREENED_LINES = ["The the of 2024 in", "Council approves budget", "Fed raises rates",
                  "Mayor unveils new tram plan", "Ofcom fines the BBC"]  # fmt: skip


@settings(max_examples=examples(300))
@given(
    st.one_of(headings, st.sampled_from([*MENU_EN, *RELATED_EN, TITLE_EN, *SCREENED_LINES])),
    st.lists(st.one_of(paragraphs(), headings), max_size=4),
    st.one_of(st.none(), st.integers(0, 4)),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.integers(0, 3),
    st.sampled_from((0.0, 0.4, 1.0)),
)
def test_the_title_reasons_screen_answers_as_the_content_words(
    line: str,
    story: list[str],
    repeated_at: int | None,
    opens: bool,
    adjacent: bool,
    twice: bool,
    min_shared: int,
    share: float,
) -> None:
    # title40: `_title_reason` screens a line by its key words shared with the lead before
    # its content words; the answers are the first-written test's.
    evidence = title_module.TitleEvidence(min_shared_words=min_shared, min_shared_share=share)
    if repeated_at is not None:  # the lead repeats the line's words, some or all
        story.insert(0, " ".join(line.split()[repeated_at:]) + " said officials.")
    blocks = [Block(text, i + 1, i + 2) for i, text in enumerate(story)]
    lead = title_module.story_lead(blocks, evidence)
    block, stopwords = Block(line, 0, 1), any_stopword()
    args = (block, opens, adjacent, lead, stopwords, lambda _text: twice, evidence)
    assert title_module._title_reason(*args) == _title_reason_reference(*args)
