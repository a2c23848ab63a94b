"""Tests for sub-headings inside the article in page mode (`corpusclean.page.subheads`)."""

from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.page import classify_page_lines
from corpusclean.page.features import LineFacts, has_furniture_cue
from corpusclean.page.subheads import PARAGRAPH_MIN_TOKENS, keep_subheadings
from corpusclean.text import ends_like_sentence, tokens
from strategies import boilerplate_lines, examples, headings, paragraphs

MENU = [
    *("Skip to content", "The Riverside Post", "Home", "News", "Sport", "Business"),
    *("Opinion", "Culture", "Jobs", "Subscribe", "Sign in", "Search"),
]
FOOTER = [
    *("About us", "Contact us", "Advertise", "Privacy Policy", "Cookie Policy"),
    *("Terms and Conditions", "© 2025 Riverside Post Ltd. All rights reserved."),
    *("Follow us on Facebook", "Follow us on Instagram"),
]


def _keep(lines: list[str], keep: list[bool]) -> list[bool]:
    n_tokens = [len(tokens(s)) for s in lines]
    return keep_subheadings(lines, n_tokens, keep, lambda s: has_furniture_cue(LineFacts(s)))


def _page_kept(story: list[str], menu: list[str], footer: list[str]) -> list[str]:
    """The lines page mode keeps of a short whole page: menu, story, footer."""
    article = corpusclean.Cleaner(corpusclean.Config(mode="page")).clean(
        "\n".join([*menu, *story, *footer])
    )
    return list(article.paragraphs)


# A short story with a sub-heading between two paragraphs and a one-word paragraph, in three
# languages; before this pass the page model dropped one or both (the German story's last
# paragraph, which the model drops and `page.tail` keeps, is
# `test_a_short_storys_last_paragraph_...`'s).
STORIES = {
    "en": [
        "The harbour board voted on Monday to close the old ferry pier to traffic from June, "
        "citing repair costs of 1.2 million pounds.",
        "The pier was built in 1911 and carries about 2,000 passengers a day across the "
        "river to the station and the town centre.",
        "What the ferry users say",
        "About 300 people signed a petition against the closure, most of them commuters who "
        "cross the river every working day.",
        "Silence.",
        "Then the chair of the board stood up and promised a new pier within three years, "
        "paid for by the county council.",
    ],
    "de": [
        "Der Gemeinderat hat am Montag beschlossen, den alten Fähranleger ab Juni zu "
        "schließen, weil die Reparatur 1,2 Millionen Euro kosten würde.",
        "Der Anleger wurde 1911 gebaut, und jeden Tag setzen dort etwa 2.000 Fahrgäste "
        "zum Bahnhof und in die Innenstadt über.",
        "Wie es weitergeht",
        "Rund 300 Menschen haben eine Petition gegen die Schließung unterschrieben, die "
        "meisten von ihnen Pendler, die jeden Tag über den Fluss fahren.",
        "Stille.",
        "Dann stand der Vorsitzende auf und versprach einen neuen Anleger innerhalb von drei "
        "Jahren, den der Landkreis bezahlen soll.",
        "Die Pläne für den neuen Anleger sollen im September vorgestellt werden, und vor "
        "jeder Ausgabe soll es eine öffentliche Versammlung im Rathaus geben.",
    ],
    "fr": [
        "Le conseil municipal a décidé lundi de fermer l'ancien embarcadère du bac à partir "
        "de juin, en raison de réparations estimées à 1,2 million d'euros.",
        "L'embarcadère a été construit en 1911 et environ 2 000 passagers l'empruntent "
        "chaque jour pour rejoindre la gare et le centre-ville.",
        "Ce qui va changer",
        "Environ 300 personnes ont signé une pétition contre la fermeture, pour la plupart "
        "des habitants qui traversent le fleuve chaque jour pour travailler.",
        "Silence.",
        "Puis le président du conseil s'est levé et a promis un nouvel embarcadère dans les "
        "trois ans, financé par le département.",
    ],
}
MENUS = {
    "de": (
        [
            *("Zum Inhalt", "Der Flussbote", "Startseite", "Lokales", "Sport", "Wirtschaft"),
            *("Meinung", "Kultur", "Jobs", "Abo", "Anmelden", "Suche"),
        ],
        [
            *("Impressum", "Kontakt", "Datenschutz", "Cookie-Einstellungen", "AGB"),
            *("© 2025 Flussbote Verlag GmbH", "Folgen Sie uns auf Facebook", "Newsletter"),
        ],
    ),
    "fr": (
        [
            *("Aller au contenu", "Le Courrier du Fleuve", "Accueil", "Actualités", "Sport"),
            *("Économie", "Opinions", "Culture", "Emploi", "S'abonner", "Connexion"),
            "Rechercher",
        ],
        [
            *("Qui sommes-nous", "Contact", "Mentions légales", "Politique de confidentialité"),
            *("Gestion des cookies", "© 2025 Le Courrier du Fleuve", "Suivez-nous sur Facebook"),
        ],
    ),
}


def test_a_short_storys_sub_heading_and_one_word_paragraph_are_kept() -> None:
    for language, story in STORIES.items():
        menu, footer = MENUS.get(language, (MENU, FOOTER))
        lines = [*menu, *story, *footer]
        verdicts = dict(zip(lines, classify_page_lines(lines), strict=True))
        short = [s for s in story if len(tokens(s)) <= 4]
        assert all(verdicts[s].keep for s in short), language
        # This pass kept them, not the model: the test reads the pass's work.
        assert any("alone between two kept paragraphs" in verdicts[s].reason for s in short)
        # The menu and the footer still go.
        assert not any(verdicts[s].keep for s in (*menu, *footer)), language
        # The cleaner's output holds them, in the story's order.
        kept = _page_kept(story, menu, footer)
        assert [s for s in kept if s in short] == short, language


def test_a_short_storys_last_paragraph_before_the_footer_is_kept() -> None:
    # `page.tail`'s work: the model drops it, its next lines being the footer.
    menu, footer = MENUS["de"]
    kept = _page_kept(STORIES["de"], menu, footer)
    assert STORIES["de"][-1] in kept


ABOVE = "The harbour board voted on Monday to close the old ferry pier to traffic from June."
BELOW = "About 300 people signed a petition against the closure, most of them commuters who cross."


def test_furniture_alone_between_paragraphs_still_goes() -> None:
    # Between the same paragraphs a plain sub-heading is kept.
    assert _keep([ABOVE, "What happens next", BELOW], [True, False, True]) == [True] * 3
    # Cue words of page furniture: an advert label, a picture credit, a comment heading, a
    # share line, a breadcrumb's separators.
    for line in (
        "Advertisement",
        "Photo: Getty Images",
        "Comments",
        "Share this article",
        "News » Local",
        "Read more",
    ):
        assert _keep([ABOVE, line, BELOW], [True, False, True]) == [True, False, True], line


def test_runs_and_short_neighbours_are_left_to_the_model() -> None:
    # Two short lines between paragraphs are a run: a menu's shape, the model's call.
    lines = [ABOVE, "Weather", "Traffic", BELOW]
    assert _keep(lines, [True, False, False, True]) == [True, False, False, True]
    # Between teaser blurbs (kept sentences shorter than a paragraph) a short line is the
    # next teaser's title.
    blurbs = ["Get answers from doctors near you.", "Our Pain Coach", "Track your pain daily."]
    assert _keep(blurbs, [True, False, True]) == [True, False, True]
    # A neighbour without a sentence end is no paragraph; a long line is no sub-heading.
    lines = [ABOVE.rstrip("."), "What happens next", BELOW]
    assert _keep(lines, [True, False, True]) == [True, False, True]
    long_line = "A line of thirteen words that the model dropped on its own good evidence"
    assert _keep([ABOVE, long_line, BELOW], [True, False, True]) == [True, False, True]


def test_the_bar_is_the_paragraph_length() -> None:
    # At PARAGRAPH_MIN_TOKENS tokens a neighbour is a paragraph, one fewer it is not.
    words = ["word"] * (PARAGRAPH_MIN_TOKENS - 1)
    short = " ".join(["Some", *words[1:]]) + "."
    full = " ".join(["Some", *words]) + "."
    assert _keep([full, "What happens next", full], [True, False, True]) == [True] * 3
    assert _keep([short, "What happens next", full], [True, False, True]) == [True, False, True]


@given(st.lists(st.text(max_size=60), max_size=30), st.data())
def test_only_adds_lines_and_keeps_length(lines: list[str], data: st.DataObject) -> None:
    keep = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    out = _keep(lines, keep)
    assert len(out) == len(keep)
    assert all(o or not k for o, k in zip(out, keep, strict=True))
    # A line added back stands alone between two kept lines.
    for i, (o, k) in enumerate(zip(out, keep, strict=True)):
        if o and not k:
            assert 0 < i < len(keep) - 1 and keep[i - 1] and keep[i + 1]


@st.composite
def stories_between_menus(draw: st.DrawFn) -> list[str]:
    """A short whole page: a menu, a story of paragraphs with short lines of its own (and
    now and then a line of furniture inside it), a footer (the shape of `session27l`)."""
    menu = draw(st.lists(boilerplate_lines, min_size=4, max_size=12))
    story = draw(
        st.lists(
            st.one_of(
                paragraphs(2, 4), paragraphs(2, 4), headings, st.just("Silence."), boilerplate_lines
            ),
            min_size=2,
            max_size=8,
        )
    )
    footer = draw(st.lists(boilerplate_lines, min_size=2, max_size=8))
    return [*menu, *story, *footer]


def _without_the_pass(lines: list[str]) -> list[str]:
    """What page mode kept before this pass: the same cleaner with the pass a no-op."""
    with mock.patch(
        "corpusclean.page.detect.keep_subheadings",
        lambda lines, n_tokens, keep, is_furniture: list(keep),
    ):
        return _page_kept(lines, [], [])


@settings(max_examples=examples(60), deadline=None)
@given(stories_between_menus())
def test_never_drops_a_sentence_page_mode_kept_before(lines: list[str]) -> None:
    before = _without_the_pass(lines)
    after = _page_kept(lines, [], [])
    lost = [s for s in before if s not in after and ends_like_sentence(s)]
    assert not lost


@settings(max_examples=examples(60), deadline=None)
@given(stories_between_menus())
def test_page_mode_stays_idempotent_with_sub_headings(lines: list[str]) -> None:
    kept = [s for s, v in zip(lines, classify_page_lines(lines), strict=True) if v.keep]
    again = [s for s, v in zip(kept, classify_page_lines(kept), strict=True) if v.keep]
    assert again == kept
