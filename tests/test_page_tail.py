"""Tests for the story's last lines over the footer in page mode (`corpusclean.page.tail`)."""

from __future__ import annotations

from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.page import classify_page_lines
from corpusclean.page.features import LineFacts, has_furniture_cue
from corpusclean.page.tail import TAIL_MAX_LINES, keep_story_tail
from corpusclean.text import ends_like_sentence, tokens
from strategies import boilerplate_lines, examples, headings, paragraphs, sentences
from test_properties import assert_idempotent

# Short whole pages of made-up local papers: a menu, a story whose end the page model reads
# in the footer's neighbourhood, a footer. Each story's first line is its headline, which
# page mode leaves to `page.title` (printed once, it is not found): not asserted here.
PAGES = {
    "en": (
        [
            *("Skip to content", "Millbrook Echo", "Home", "News", "Sport", "Community"),
            *("Business", "Opinion", "What's on", "Jobs", "Subscribe", "Sign in"),
        ],
        [
            "Allotment plots to double next spring",
            "The parish council agreed on Thursday to turn the old bowling green behind the "
            "village hall into twenty new allotment plots.",
            "Who can apply",
            "Residents of the parish will be able to put their names down from March at the "
            "council office.",
        ],
        ["About us", "Contact", "Privacy", "Cookie settings", "© 2025 Millbrook Echo Ltd"],
    ),
    "de": (
        [
            *("Zum Inhalt", "Auenbote", "Startseite", "Lokales", "Vereine", "Sport"),
            *("Wirtschaft", "Kultur", "Meinung", "Anzeigen", "Abo", "Anmelden"),
        ],
        [
            "Schützenverein weiht neues Vereinsheim ein",
            "Nach zwei Jahren Bauzeit hat der Schützenverein Auental am Sonntag sein neues "
            "Vereinsheim am Sportplatz mit einem Fest eingeweiht.",
            "Offen für alle",
            "Der Verein lädt alle Nachbarn im Juni zu einer Feier am Sportplatz ein.",
        ],
        ["Kontakt | Impressum | Datenschutz", "Cookie-Einstellungen", "AGB", "© 2025 Auenbote"],
    ),
    "es": (
        [
            *("Ir al contenido", "El Eco del Río", "Portada", "Local", "Deportes"),
            *("Economía", "Cultura", "Opinión", "Agenda", "Suscríbete", "Iniciar sesión"),
        ],
        [
            "El mercado municipal abrirá también los domingos",
            "El ayuntamiento ha decidido que el mercado municipal abra también los domingos "
            "por la mañana a partir del próximo mes de abril.",
            "Los horarios",
            "Los puestos abrirán de nueve de la mañana a dos de la tarde.",
        ],
        ["Aviso legal", "Política de privacidad", "Contacto", "© 2025 El Eco del Río"],
    ),
    "nl": (
        [
            *("Naar de inhoud", "De Rivierbode", "Home", "Nieuws", "Regio", "Sport"),
            *("Economie", "Cultuur", "Opinie", "Agenda", "Abonneer", "Inloggen"),
        ],
        [
            "Nieuwe fietsbrug over de haven",
            "De gemeenteraad heeft dinsdag ingestemd met de bouw van een fietsbrug over de "
            "oude haven, die in 2027 klaar moet zijn.",
            "Dit verandert er",
            "De pont stopt",
            "Het fietspad wordt breder",
            "Wie vragen heeft, kan terecht bij het informatiecentrum in het stadhuis.",
        ],
        ["Over ons", "Contact", "Privacyverklaring", "© 2025 De Rivierbode"],
    ),
}


def _kept(lines: list[str]) -> list[str]:
    return [s for s, v in zip(lines, classify_page_lines(lines), strict=True) if v.keep]


def _page_paragraphs(lines: list[str]) -> list[str]:
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    return list(cleaner.clean("\n".join(lines)).paragraphs)


def test_a_short_storys_last_lines_are_kept_and_the_footer_still_goes() -> None:
    for language, (menu, story, footer) in PAGES.items():
        lines = [*menu, *story, *footer]
        verdicts = dict(zip(lines, classify_page_lines(lines), strict=True))
        body = story[1:]
        assert [s for s in body if not verdicts[s].keep] == [], language
        # This pass kept some of them, not the model: the test reads the pass's work.
        assert any("story's last lines" in verdicts[s].reason for s in body), language
        # The menu and the footer still go.
        assert not any(verdicts[s].keep for s in (*menu, *footer)), language
        # The cleaner's output holds the story's lines in the story's order.
        out = _page_paragraphs(lines)
        assert [s for s in out if s in body] == body, language


FACT_BOX = [
    "Schützenverein weiht neues Vereinsheim ein",
    "Nach zwei Jahren Bauzeit hat der Schützenverein Auental am Sonntag sein neues "
    "Vereinsheim am Sportplatz mit einem Fest eingeweiht.",
    "Wann: Samstag, 14 Uhr",
    "Wo: Sportplatz Auental",
    "Eintritt frei",
    "Der Verein lädt alle Nachbarn im Juni zu einer Feier am Sportplatz ein.",
]


def test_a_fact_box_over_the_closing_sentence_is_kept_by_the_page_classifier() -> None:
    menu, _, footer = PAGES["de"]
    lines = [*menu, *FACT_BOX, *footer]
    kept = _kept(lines)
    assert kept == FACT_BOX[1:]


def test_a_fact_box_over_the_closing_sentence_is_kept_by_the_cleaner() -> None:
    # The next page round reads the kept lines alone: the model keeps the first row and the
    # closing sentence and drops the two rows between; `tail` leaves that gap to the model
    # (`tail._closes`), `storylist` reads the rows kept and dropped as one run of the story
    # closed by its sentence.
    menu, _, footer = PAGES["de"]
    assert _page_paragraphs([*menu, *FACT_BOX, *footer]) == FACT_BOX[1:]


def _keep(lines: list[str], keep: list[bool]) -> list[bool]:
    n_tokens = [len(tokens(s)) for s in lines]
    return keep_story_tail(lines, n_tokens, keep, lambda s: has_furniture_cue(LineFacts(s)))


PARAGRAPH = (
    "The parish council agreed on Thursday to turn the old bowling green behind the village "
    "hall into twenty new allotment plots."
)
CLOSING = "Residents can apply from March at the council office."


def test_the_run_under_the_last_paragraph_is_kept() -> None:
    lines = ["Home", PARAGRAPH, "Who can apply", CLOSING, "Contact", "Privacy"]
    keep = [False, True, False, False, False, False]
    assert _keep(lines, keep) == [False, True, True, True, False, False]


def test_furniture_under_the_story_still_goes() -> None:
    # A line with a cue word of page furniture in the run: the run stays dropped.
    for cue in ("Kontakt | Impressum | Datenschutz", "Share this article", "Advertisement"):
        lines = [PARAGRAPH, cue, CLOSING, "Contact"]
        assert _keep(lines, [True, False, False, False]) == [True, False, False, False], cue
    # A line printed again on the page (a footer's link, a teaser's title) is furniture.
    lines = [PARAGRAPH, "Who can apply", CLOSING, "Who can apply"]
    assert _keep(lines, [True, False, False, False]) == [True, False, False, False]


def test_a_sentence_under_the_run_leaves_it_to_the_model() -> None:
    # A footer holding a sentence of its own: the closing line may be the footer's.
    footer_sentence = "This site uses cookies to give you the best experience on our pages."
    lines = [PARAGRAPH, "Who can apply", CLOSING, "Contact", footer_sentence]
    assert _keep(lines, [True, False, False, False, False]) == [True, False, False, False, False]


def test_a_run_without_a_closing_sentence_is_left_to_the_model() -> None:
    # A menu under the story: short lines, no sentence to close them.
    lines = [PARAGRAPH, "Weather", "Traffic", "Jobs", "Contact", "© 2025 Millbrook Echo"]
    keep = [True, False, False, False, False, False]
    assert _keep(lines, keep) == keep
    # A line of neither shape (long, no sentence end) closes the window.
    teaser = "Ten things to do in Millbrook this weekend with the kids and the dog"
    lines = [PARAGRAPH, teaser, CLOSING, "Contact"]
    assert _keep(lines, [True, False, False, False]) == [True, False, False, False]


def test_an_island_kept_under_the_story_is_no_story() -> None:
    # The model kept a small block far under the story (a teaser, a form's rules): the lines
    # under that island are not the story's.
    story = [PARAGRAPH, PARAGRAPH.replace("Thursday", "Monday"), PARAGRAPH.replace("old", "new")]
    gap = ["Most read", "Weather", "Traffic", "Jobs", "Events"]
    island = "Two men were arrested after a break-in at the garden centre on Friday night."
    lines = [*story, *gap, island, "Police appeal", CLOSING, "Contact"]
    keep = [True] * 3 + [False] * 5 + [True, False, False, False]
    assert _keep(lines, keep) == keep


def test_a_kept_closing_sentence_over_dropped_lines_is_left_to_the_model() -> None:
    # The model kept a sentence with dropped lines under it: a site's notice over a signature.
    lines = [PARAGRAPH, "— jh", "Millbrook Echo is a trading name of Echo Media Ltd.", "J. Hale"]
    keep = [True, False, True, False]
    assert _keep(lines, keep) == keep
    # The same kept sentence as the text's last line, everything between dropped: a page
    # cleaned once, its sub-heading dropped again, is kept whole.
    lines = [PARAGRAPH, "Who can apply", CLOSING]
    assert _keep(lines, [True, False, True]) == [True, True, True]
    # A kept line between the paragraph and the kept last line: the run is read whole (a
    # page cleaned once, whose run the model keeps in part), so the dropped line is kept...
    lines = [PARAGRAPH, "Today in Millbrook", "Thanks!", CLOSING]
    assert _keep(lines, [True, True, False, True]) == [True, True, True, True]
    # ...unless a line of the run, the kept one too, is furniture or of no run's shape.
    teaser = "Ten things to do in Millbrook this weekend with the kids and the dog"
    for line in ("Share this article", teaser):
        lines = [PARAGRAPH, line, "Thanks!", CLOSING]
        assert _keep(lines, [True, True, False, True]) == [True, True, False, True], line


@given(st.lists(st.text(max_size=60), max_size=30), st.data())
def test_only_adds_a_few_lines_under_the_last_kept_paragraph(
    lines: list[str], data: st.DataObject
) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    out = _keep(lines, keep)
    assert len(out) == len(keep)
    assert all(o or not k for o, k in zip(out, keep, strict=True))
    added = [i for i, (o, k) in enumerate(zip(out, keep, strict=True)) if o and not k]
    if added:
        # Every added line is under the last kept line but one at most TAIL_MAX_LINES away,
        # and no kept line follows the run.
        kept = [i for i, k in enumerate(keep) if k]
        assert kept and min(added) > kept[0]
        assert max(added) - min(added) < TAIL_MAX_LINES
        assert not any(k for k in keep[max(added) + 1 :])


MENU_LINES = (
    *("Skip to content", "Home", "News", "Local", "Sport", "Business", "Opinion", "Culture"),
    *("What's on", "Jobs", "Motors", "Property", "Subscribe", "Sign in", "Search", "Menu"),
)
FOOTER_LINES = (
    *("About us", "Contact", "Advertise", "Privacy", "Cookie settings", "Terms of use"),
    *("Complaints", "Kontakt | Impressum | Datenschutz", "© 2025 Millbrook Echo Ltd"),
)


def _plain(lines: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Drawn lines without a cue word of furniture (the drawn words hold "copyright",
    "comments", "photo"): the story's own lines; furniture comes from `boilerplate_lines`."""
    return lines.filter(lambda line: not has_furniture_cue(LineFacts(line)))


@st.composite
def stories_between_menus(draw: st.DrawFn) -> list[str]:
    """A short whole page (the shape of `session28b`): a menu, a story of one to three
    paragraphs with its last lines (sub-headings, short sentences, now and then a line of
    furniture among them), a footer of short lines and now and then a line of furniture."""
    menu = draw(st.lists(st.sampled_from(MENU_LINES), min_size=8, max_size=14, unique=True))
    story = draw(st.lists(paragraphs(2, 4), min_size=1, max_size=3))
    last = draw(
        st.lists(
            st.one_of(_plain(headings), _plain(sentences(8, 14)), boilerplate_lines),
            min_size=1,
            max_size=5,
        )
    )
    footer = draw(
        st.lists(
            st.one_of(st.sampled_from(FOOTER_LINES), boilerplate_lines),
            min_size=3,
            max_size=8,
            unique=True,
        )
    )
    return [*menu, *story, *last, *footer]


def _without_the_pass(lines: list[str]) -> list[str]:
    """What page mode kept before this pass: the same cleaner with the pass a no-op."""
    with mock.patch(
        "corpusclean.page.detect.keep_story_tail",
        lambda lines, n_tokens, keep, is_furniture: list(keep),
    ):
        return _page_paragraphs(lines)


def _in_order(kept: list[str], lines: list[str]) -> bool:
    """Whether ``kept`` is a subsequence of ``lines`` (a line printed twice counts twice)."""
    rest = iter(lines)
    return all(any(line == other for other in rest) for line in kept)


# Drawn under the thorough profile (seed 29): a paragraph printed twice, the second copy
# removed by duplicate repair; an order check by each line's last place failed on it.
_TWICE = (
    "Government the the the said the the the the. Government the the the the the the the "
    "the the the the the, the the the the the the the the the the the. Government the the "
    "the the."
)


@settings(max_examples=examples(60), deadline=None)
@given(stories_between_menus())
@example(
    [
        *("Skip to content", "Home", "News", "Local", "Sport", "Business", "Opinion"),
        *("Culture", _TWICE, "Government the the the. Government the the the.", _TWICE),
        *("Government Government", "About us", "Contact", "Advertise"),
    ]
)
def test_never_drops_a_sentence_page_mode_kept_before(lines: list[str]) -> None:
    before = _without_the_pass(lines)
    after = _page_paragraphs(lines)
    assert not [s for s in before if s not in after and ends_like_sentence(s)]
    # The kept lines stay in input order.
    assert _in_order(after, lines)


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(paragraphs(1, 4), min_size=1, max_size=8))
@example(["Government the the the.", "Government the the the the.", "Government the the the."])
def test_never_removes_an_article_only_inputs_text(story: list[str]) -> None:
    # An article alone (no menu, no footer): the pass only adds, in input order.
    before, after = _without_the_pass(story), _page_paragraphs(story)
    assert all(s in after for s in before)
    assert _in_order(after, story)


@settings(max_examples=examples(60), deadline=None)
@given(stories_between_menus())
# Drawn under the thorough profile (seed 30): `storylist` kept the four lines under the
# first sentence; read again, it anchored on the run's kept eight-token sentence and found
# no run, and the model dropped "Government Alibaba" again.
@example(
    [
        *("Skip to content", "Home", "News", "Local", "Sport", "Business", "Opinion"),
        *("Culture", "Government the the the. Government the the the."),
        *("Government Government", "Government Alibaba", "Government the the the the the the the."),
        *("Government the the the the the the minister.", "About us", "Contact", "Advertise"),
    ]
)
# Drawn under the thorough profile (seed 30), failing before too: `tail` kept a two-line
# run under the story's paragraph and over a dropped closing sentence; read again without
# the footer, the model kept the first line and the closing sentence and dropped the second,
# and `tail._closes` refused a run with a kept line in it (`storylist` needs three items).
@example(
    [
        *("Skip to content", "Home", "News", "Local", "Sport", "Business", "Opinion"),
        *("Culture", "Government the the the. Government the the the."),
        "Government the the the. Government the the the the the the the the the the.",
        *("Government Government", "Alibaba Prime"),
        "Government the minister minister minister minister bank Ma.",
        *("About us", "Contact", "Share this on"),
    ]
)
def test_page_mode_stays_idempotent_with_the_storys_last_lines(lines: list[str]) -> None:
    kept = _kept(lines)
    assert _kept(kept) == kept
    cleaner = corpusclean.Cleaner(corpusclean.Config(mode="page"))
    assert_idempotent(cleaner, cleaner.clean("\n".join(lines)))
