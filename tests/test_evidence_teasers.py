"""Teaser lists with prose-length summaries (`trailing_headlines`, its teaser run): other
stories' headlines and summaries after the article, the summaries cut short or closed by a
"more" link, go whatever the language; an article's own sub-headings and paragraphs (a
listicle, an FAQ), paragraphs trailing off and French quotes stay. What must stay first."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import corpusclean
from corpusclean import Cleaner, Config
from strategies import distinct_paragraphs, headings
from test_properties import assert_idempotent, clean_keeping_story

TEASER_REASON = "one of a run of teasers"

STORY = [
    "AgileBits has released version 5.3 of its password manager for OS X, adding a feature "
    "that the iOS version has had for some time.",
    "The update brings one-time passwords to the desktop: the app now reads the seed from a "
    "QR code in a new scanner window and shows the code beside the login.",
    "Version 5.3 also adds calls through FaceTime audio or Skype from a contact's record, "
    "and fixes a handful of problems with the browser extension.",
    "The app costs about 50 euros in the Mac App Store and needs OS X 10.10 or later.",
]

GERMAN_TEASERS = [  # heise: headline, then a summary closed by its "more" link
    "Quiz: Wie gut kennen Sie Apple?",
    "12 Fragen rund um das Unternehmen und seine Produkte – einige davon dürften nur "
    "Fortgeschrittene knacken können. Mehr…",
    "Pro & Contra: Hat Apple den Bogen überspannt?",
    'Beim neuen MacBook 12" gibt es außer der Kopfhörerbuchse nur eine Schnittstelle: USB Typ '
    "C. Darüber scheiden sich wieder mal die Geister. Mehr…",
    "Praxistipp: Größere SSD im MacBook Air 2011",
    "Wenn das MacBook an seine Grenzen stößt, brauchen Sie nicht unbedingt ein neues: "
    "Ersatz-SSDs gibt es ab 170 Euro, der Umbau ist auch für Laien zu schaffen. Mehr…",
]

CUT_SHORT = [  # mspoweruser: summaries the site cut short, one headline too
    "Deal Alert: Newest iPad Pro up to $200 off",
    "Amazon is not waiting until Black Friday to offer deep iPad Pro discounts at their web "
    "store. Today you can get the latest model for just $949.99, $199.01 off...",
    "Here are Dell's great upcoming Black Friday deals",
    "Dell has released its list of Black Friday deals to help get the holiday shopping season "
    "kickstarted. Starting with the easy to carry XPS 13 2-in-1, announced only in Ma...",
    'Microsoft offers "Build your own Surface Go Kids Bundle" plus JBL he...',
    "Microsoft is now offering a deal on its Surface Go that's specially tailored to families "
    'with tech-savvy kids: you can build a "Surface Go Kids Bundle",...',
]

READ_MORE = [  # one "more" word before a link arrow, on every summary
    "Council approves the new bridge",
    "The city council voted on Monday to fund a second bridge over the river, ending a "
    "debate that has lasted for more than a decade. Read more »",
    "School year to start a week later",
    "Pupils will return on September 8 after the regional government moved the start of the "
    "school year to let builders finish work on three schools. Read more »",
    "Storm closes the coastal road",
    "The road between the harbour and the airport stays closed until Thursday while crews "
    "clear the debris that the storm left on Sunday night. Read more »",
]


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


# --- must stay ----------------------------------------------------------------------------


def test_a_listicle_of_sub_headings_and_paragraphs_stays() -> None:
    listicle = [
        "1. The first reason",
        "Hotels make most of their money from rooms, and everything else, from the restaurant "
        "to the spa, is there to sell more of them.",
        "2. Mini bars almost always lose money",
        "Despite the snacks in the minibar seeming expensive, stocking and checking them costs "
        "the hotel more than guests ever spend on them.",
        "3. Breakfast is a loss leader",
        "A free breakfast brings back guests who would otherwise book elsewhere, which is why "
        "so many chains offer one.",
    ]
    article = clean_keeping_story([*STORY, *listicle], [*STORY, *listicle])
    assert "trailing_headlines" not in [removal.rule for removal in article.removed]


def test_paragraphs_trailing_off_twice_and_french_quotes_stay() -> None:
    trailing_off = [
        "What the witnesses said",
        "One neighbour said she had heard a loud bang and then nothing at all, and then she "
        "said she had simply gone back to sleep, and then...",
        "What the police said",
        "The police said only that an investigation was under way, and that they would say "
        "more when they knew more about what had happened that night and...",
        "What happens next",
        "The inquest opens on Monday at the coroner's court in the town centre.",
    ]
    french = [  # a closing guillemet after a word, but no word repeated: no "more" link
        "Ce qu'a dit le ministre",
        "Le ministre a promis des sanctions si les faits sont avérés, selon un communiqué "
        "publié jeudi soir : «il y aura des sanctions»",
        "Ce qu'a dit l'opposition",
        "L'opposition a dénoncé un silence coupable et réclamé une commission d'enquête "
        "parlementaire dès la semaine prochaine : «un double crime»",
        "Ce que disent les ONG",
        "Les ONG demandent depuis des mois que les soldats accusés soient jugés en France, "
        "comme le prévoit la loi : «justice doit être rendue»",
    ]
    for lines in (trailing_off, french):
        clean_keeping_story([*STORY, *lines], [*STORY, *lines])


def test_short_lines_trailing_off_and_marked_paragraphs_inside_the_story_stay() -> None:
    verse = [  # shorter than a summary: verse, a chat log
        "And so we walk along the shore...",
        "The tide comes in and then...",
        "We never learn, we never...",
    ]
    clean_keeping_story([*STORY, *verse], [*STORY, *verse])
    # Marked summaries followed by an unmarked paragraph of the story do not end the document.
    inside = [STORY[0], *CUT_SHORT, *STORY[1:]]
    article = corpusclean.clean("\n".join(inside))
    assert "trailing_headlines" not in [removal.rule for removal in article.removed]


# --- must go ------------------------------------------------------------------------------


def test_teaser_runs_after_the_story_go_in_any_language() -> None:
    for teasers in (GERMAN_TEASERS, CUT_SHORT, READ_MORE):
        article = clean_keeping_story([*STORY, *teasers], STORY)
        assert removed_by(article, "trailing_headlines") == teasers
        assert list(article.paragraphs) == STORY


def test_a_teaser_run_longer_than_the_story_goes_despite_the_removal_budget() -> None:
    # A short story under many teasers: the budget (40 % of the words) would keep them all.
    teasers = GERMAN_TEASERS * 2 + [GERMAN_TEASERS[0], GERMAN_TEASERS[1].replace("12", "13")]
    story = STORY[:2]
    article = clean_keeping_story([*story, *teasers], story)
    assert list(article.paragraphs) == story
    assert "removal-budget-exceeded" not in article.flags


# --- properties ---------------------------------------------------------------------------


@st.composite
def sectioned_stories(draw: st.DrawFn) -> list[str]:
    """A story that ends with sub-headings and their paragraphs, at most two of which trail
    off with an ellipsis: an article's own layout, which a teaser run must never take."""
    paragraphs = draw(distinct_paragraphs(min_sentences=2, min_size=4, max_size=6))
    sections = draw(
        st.lists(headings, min_size=len(paragraphs) // 2, max_size=len(paragraphs), unique=True)
    )
    trailing = draw(st.sets(st.integers(0, len(paragraphs) - 1), max_size=2))
    body = [p.rstrip(".?") + "..." if i in trailing else p for i, p in enumerate(paragraphs)]
    lines = body[:1]
    for index, paragraph in enumerate(body[1:]):
        if index < len(sections):
            lines.append(sections[index])
        lines.append(paragraph)
    return lines


@given(lines=sectioned_stories())
def test_a_story_with_sections_and_two_paragraphs_trailing_off_loses_nothing_to_teasers(
    lines: list[str],
) -> None:
    # Other detectors may take a generated line (a sub-heading printed twice is a repeat);
    # the teaser run must take none, and the run keeps order and is idempotent.
    cleaner = Cleaner(Config())
    article = cleaner.clean("\n".join(lines))
    assert not [r for r in article.removed if r.reason.startswith(TEASER_REASON)]
    starts = [removal.start for removal in article.removed]
    assert starts == sorted(starts)
    assert_idempotent(cleaner, article)


# The thorough profile's draw (thorough26): a title drawn as "Share The" is a share button's
# label, and `share_call` takes it before the detectors read the run; the run takes the rest.
SHARED_TITLE_DRAW = {
    "paragraphs": [
        "Government subscribe plans council economy city Bangsar comments. Government the the "
        "the the the. Government the the the the.",
        "Government the the the. Government the the the. Government the the the. Government "
        "the the the.",
        "Government the the the. Government the the the. Government the the the.",
        "Government the the the. Government the the the the the the the. Government the the the.",
        "Government the the the the the the. Government the the the. Government the the the.",
        "Government the the the the the the. Government the the the. Government the the the. "
        "Government the the the.",
    ],
    "titles": ["Share The", "Government Government", " ".join(["Government"] * 8)],
    "marker": "Mehr…",
}


@example(**SHARED_TITLE_DRAW)
@given(
    paragraphs=distinct_paragraphs(min_sentences=3, min_size=6, max_size=9),
    titles=st.lists(headings, min_size=3, max_size=6, unique=True),
    marker=st.sampled_from(("Mehr…", "Lire la suite »", "Read more »")),
)
def test_a_generated_teaser_run_goes_and_the_story_stays(
    paragraphs: list[str], titles: list[str], marker: str
) -> None:
    story, summaries = paragraphs[:3], paragraphs[3:]
    teasers = [
        line
        for title, summary in zip(titles, summaries, strict=False)
        for line in (title, f"{summary} {marker}")
    ]
    if len(teasers) < 6:  # fewer than three pairs: no run
        return
    # Other detectors may take a generated story line (a first paragraph that asks reads as
    # a standfirst); the teaser run takes every teaser and no story line.
    cleaner = Cleaner(Config())
    article = cleaner.clean("\n".join([*story, *teasers]))
    by_teasers = [r.text for r in article.removed if r.reason.startswith(TEASER_REASON)]
    # A drawn title that is junk on its own ("Share The") goes by its rule first; every
    # teaser goes, and the run takes all the others.
    by_others = {r.text for r in article.removed} - set(by_teasers)
    assert by_teasers == [line for line in teasers if line not in by_others]
    assert set(teasers) <= {r.text for r in article.removed}
    assert [r.start for r in article.removed] == sorted(r.start for r in article.removed)
    assert_idempotent(cleaner, article)


def test_a_tales_last_exclamation_is_no_headline() -> None:
    # Two sentences on one line, the last one ending it ("Ah Bartleby! Ah humanity!"), are a
    # story's words: with it, the two links under a tale are no run of three headlines.
    tale = [
        "The dead letter office was his last employment, and it may well have been so for a "
        "man by nature and misfortune prone to a pallid hopelessness.",
        "On errands of life, these letters speed to death, and the clerk who sorts them sees "
        "each one go into the fire by the cartload every year.",
        "Ah Bartleby! Ah humanity!",
        "Text Without Notes",
        "Melville Web Links",
    ]
    article = corpusclean.clean("\n".join(tale))
    assert "Ah Bartleby! Ah humanity!" in article.paragraphs
    # Three headlines after it still make a run, and go.
    links = ["Text Without Notes", "Melville Web Links", "Reading Group Guide Online"]
    article = corpusclean.clean("\n".join([*tale[:3], *links]))
    assert "Ah Bartleby! Ah humanity!" in article.paragraphs
    assert not set(links) & set(article.paragraphs)
