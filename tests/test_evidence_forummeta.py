"""Forum software's post meta and a CMS's counter (issue #12, cms33).

`forum_post_meta` removes a forum post's author box (two different labels of
`data/forum_meta.toml` with their counts or dates, in one run of lines, with a member's rank
among them); the rule `cms_article_info` now also takes Joomla's counter printed without its
colon ("Zugriffe 2125"). Negatives first: a sentence that mentions posts or joining, a sports
story's "Joined: 2019 from Ajax", a club's membership statistics, a table of hits inside the
story, a heading "Hits 2021", one label alone, a label with no value, the same label twice, a
rank alone. Positives in French (phpBB 2), Dutch (SMF), English (XenForo's value on the next
line, MyBB) and German (Joomla's counter). Properties: article-only input loses nothing to the
detector, and an author box put over any story goes whole.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.compat import tomllib
from corpusclean.detect import forummeta
from corpusclean.detect.forummeta import is_label_value, load_forum_labels, read_label
from corpusclean.language import shipped_languages
from strategies import distinct_paragraphs, examples
from test_properties import clean_keeping_story

RULE = forummeta.NAME

STORY = {
    "en": [
        "The club's new layout has survived longer than any other I've started, and the "
        "branch line now runs from the yard on the left to the coal mine on the right.",
        "Since I joined this forum last month I have had an interesting time looking at all "
        "the posts and photos, and they gave me the idea for the mountain scenery.",
        "The branch has now partnered with a small museum, and though it is a rundown area "
        "they have plans to restore the old station building next spring.",
    ],
    "fr": [
        "Un accident s'est produit hier soir sur la route départementale entre les deux "
        "villages, et trois véhicules de secours ont été engagés par les pompiers.",
        "Le conducteur, légèrement blessé, a été transporté à l'hôpital de la ville voisine "
        "pour des examens, tandis que la route restait fermée pendant deux heures.",
        "Les gendarmes ont ouvert une enquête pour déterminer les circonstances exactes de "
        "l'accident, qui s'est produit dans un virage réputé dangereux.",
    ],
    "nl": [
        "Het mes moet in de brandweer, vindt een onderzoekscommissie die vandaag haar "
        "rapport over de kosten van de korpsen in de veiligheidsregio's heeft gepresenteerd.",
        "De belangrijkste adviezen zijn niet langer altijd met zes man uitrukken en minder "
        "meldkamers, want op dit moment heeft elke regio er nog een eigen meldkamer.",
        "De vakbond reageerde verbolgen op het rapport en kondigde aan dat de leden zich "
        "met alle middelen tegen de voorgestelde bezuinigingen zullen verzetten.",
    ],
    "de": [
        "Kurz nachdem die Einsatzbereitschaft aufgehoben war, wurde die Feuerwehr am Abend "
        "zu einem Brand in einer Scheune am Ortsrand alarmiert.",
        "Beim Eintreffen der ersten Kräfte stand das Gebäude bereits in Vollbrand, und die "
        "Löscharbeiten zogen sich bis in die frühen Morgenstunden hin.",
        "Verletzt wurde niemand, die Polizei hat die Ermittlungen zur Brandursache "
        "aufgenommen und schätzt den Schaden auf mehrere zehntausend Euro.",
    ],
}

TITLE = {
    "en": "Finally, it has survived longer than any other I've started",
    "fr": "Accident sur la route départementale",
    "nl": "Brandweer is geldverspillend bezig",
    "de": "Brand einer Scheune",
}

# --- what must stay (written first) -----------------------------------------------------------

STAYS = {
    # A sports story's transfer facts: a year and words is neither a count nor a date.
    "sports-facts": (
        "en",
        ["Joined: 2019 from Ajax", "Posts: midfield and left wing"],
    ),
    # A club's membership statistics: one label of the data ("Beiträge") among others.
    "club-statistics": (
        "de",
        ["Mitglieder: 312", "Beiträge: 1.200", "Gegründet: 1921"],
    ),
    # One label with its value alone is a sentence's word or a fact box's row.
    "one-label": ("fr", ["Messages: 1133"]),
    # A label with nothing after it and no value under it.
    "label-no-value": ("en", ["Joined:", "the club in 2019 with his brother"]),
    # The same label twice is a list's rows, not an author box.
    "same-label-twice": ("nl", ["Berichten: 854", "Berichten: 12"]),
    # A member's rank alone, with no labels.
    "rank-alone": ("nl", ["Senior gebruiker"]),
}


@pytest.mark.parametrize("name", sorted(STAYS))
def test_lines_without_an_author_box_stay(name: str) -> None:
    language, lines = STAYS[name]
    story = STORY[language]
    article = clean_keeping_story([TITLE[language], story[0], *lines, *story[1:]], story)
    assert RULE not in rules_of(article), name


def test_a_sentence_about_posts_and_joining_stays() -> None:
    sentence = "Joined the club in 2019 and wrote 1133 posts since then, most about trains."
    assert read_label(sentence, load_forum_labels()) is None
    story = STORY["en"]
    article = clean_keeping_story([TITLE["en"], *story, sentence], [*story, sentence])
    assert RULE not in rules_of(article)


def test_a_table_of_hits_inside_the_story_stays() -> None:
    # Counts under one label in the middle of a story: no author box, and no counter at
    # the story's edge (`cms_article_info` reads the first and last blocks only: as with
    # the colon, "Zugriffe: 2125", in a shorter story the rule takes them).
    story = [
        *STORY["de"],
        "Die Wehr bedankt sich bei den Nachbarn, die in der Nacht mit Tee und belegten "
        "Broten für die Einsatzkräfte gesorgt haben.",
        "Die Straße zwischen den beiden Ortsteilen war bis zum Mittag gesperrt, der Verkehr "
        "wurde über die Umgehung geleitet.",
        "Am Wochenende soll die Brandstelle noch einmal von Fachleuten der Versicherung "
        "begutachtet werden, bevor die Reste abgetragen werden.",
        "Der Besitzer der Scheune will das Gebäude wieder aufbauen und hofft, dass die "
        "Arbeiten noch vor dem Winter beginnen können.",
    ]
    table = ["Zugriffe 2125", "Zugriffe 318"]
    lines = [TITLE["de"], *story[:3], *table, *story[3:]]
    article = clean_keeping_story(lines, story)
    assert set(table) <= set(kept(article))


def test_a_heading_with_a_year_after_a_counters_word_stays() -> None:
    # Without the colon, a year after "Hits" is a heading (`cms_article_info`).
    story = STORY["en"]
    article = clean_keeping_story(["Hits 2021", *story], story)
    assert "Hits 2021" in kept(article)


# --- what goes --------------------------------------------------------------------------------

BOXES = {
    # phpBB 2 in French: the member's custom rank stays (not in the data), the labels go.
    "fr-phpbb": ("fr", ["Inscrit le: 31 Jan 2010", "Messages: 1133"]),
    # SMF in Dutch with a rank and bullets.
    "nl-smf": (
        "nl",
        ["• Senior gebruiker", "• Berichten: 854", "Gepost op: 14 juli 2010, 11:37:51"],
    ),
    # XenForo: each value alone on the line under its label, the member's name and rank
    # printed side by side above.
    "en-xenforo": (
        "en",
        [
            "Setaf Full Member",
            "Messages:",
            "25",
            "Likes Received:",
            "30",
            "Joined:",
            "Jan 19, 2022",
        ],
    ),
    # MyBB's postbit.
    "en-mybb": ("en", ["Posts: 1,204", "Threads: 31", "Joined: Mar 2015"]),
}


@pytest.mark.parametrize("name", sorted(BOXES))
def test_an_author_box_goes(name: str) -> None:
    language, box = BOXES[name]
    story = STORY[language]
    article = clean_keeping_story([TITLE[language], *box, *story], story)
    assert not set(box) & set(kept(article)), name
    assert RULE in rules_of(article), name


def test_an_author_box_between_two_posts_goes() -> None:
    story = STORY["en"]
    box = ["Posts: 1,204", "Joined: Jan 19, 2022"]
    article = clean_keeping_story([TITLE["en"], story[0], *box, *story[1:]], story)
    assert not set(box) & set(kept(article))


def test_a_cms_counter_printed_without_its_colon_goes() -> None:
    # Joomla's German counter as general35's page prints it: the rule `cms_article_info`.
    story = STORY["de"]
    article = clean_keeping_story([TITLE["de"], "Brand", "Zugriffe 2125", *story], story)
    assert "Zugriffe 2125" not in kept(article)
    assert "cms_article_info" in rules_of(article)


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        ("1133", "fr", True),
        ("1.200", "de", True),
        ("14 juli 2010, 11:37:51", "nl", True),
        ("2019 from Ajax", "en", False),
        ("midfield", "en", False),
        ("", "en", False),
    ],
)
def test_is_label_value(value: str, language: str, expected: bool) -> None:
    assert is_label_value(value, language) is expected


def test_the_labels_file_is_well_formed() -> None:
    from importlib import resources

    text = resources.files("corpusclean").joinpath("data/forum_meta.toml").read_text("utf-8")
    data = tomllib.loads(text)
    assert set(data) <= set(shipped_languages()) | {"en"}, sorted(data)
    for code, lists in data.items():
        assert set(lists) <= {"fields", "bare", "ranks"}, code
        assert lists.get("fields"), code
        for label in [*lists["fields"], *lists.get("bare", ())]:
            assert len(label.split()) <= 3 and not label.endswith(":"), label


def kept(article: corpusclean.Article) -> tuple[str, ...]:
    return (article.title or "", *article.paragraphs)


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


# --- properties -------------------------------------------------------------------------------


@settings(max_examples=examples(40))
@given(story=distinct_paragraphs(2, min_size=1, max_size=5))
def test_article_only_input_loses_nothing_to_the_forum_meta(story: list[str]) -> None:
    article = clean_keeping_story(["Broad beans at last", *story], story)
    assert RULE not in rules_of(article)


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(3, min_size=3, max_size=5),
    box=st.sampled_from(sorted(BOXES)),
)
def test_an_author_box_over_any_story_goes_whole(story: list[str], box: str) -> None:
    lines = BOXES[box][1]
    article = clean_keeping_story(["Broad beans at last", *lines, *story], story)
    assert not set(lines) & set(article.paragraphs)


# Lines an author box and a story are made of: label lines with a colon or without, values
# on their own, ranks, a member's name, prose.
_LABELS = sorted(load_forum_labels().fields)
_VALUES = ["1133", "1.200", "Jan 19, 2022", "14 juli 2010, 11:37:51", "2019 from Ajax", ""]
_LINE = st.one_of(
    st.builds(
        lambda label, colon, value, bullet: f"{bullet}{label.capitalize()}{colon}{value}",
        st.sampled_from(_LABELS),
        st.sampled_from([": ", " : ", ":", " "]),
        st.sampled_from(_VALUES),
        st.sampled_from(["", "• "]),
    ),
    st.sampled_from(_VALUES[:4]),
    st.sampled_from(["Full Member", "• Senior gebruiker", "Setaf Full Member", "Feder"]),
    st.sampled_from(STORY["en"] + STORY["nl"]),
)


@settings(max_examples=examples(60))
@given(lines=st.lists(_LINE, min_size=1, max_size=12), code=st.sampled_from(["en", "nl", "fr"]))
def test_the_document_screen_changes_no_verdict(lines: list[str], code: str) -> None:
    # The screen (`_holds_a_label`) says a document cannot hold an author box; with it held
    # open, the detector must decide every line the same.
    from unittest.mock import patch

    from corpusclean.detect.facts import Facts
    from corpusclean.language import load_language
    from corpusclean.model import KEEP, Block

    blocks = [Block(text, index, index + 1) for index, text in enumerate(lines)]
    screened = [KEEP] * len(blocks)
    forummeta.mark_forum_post_meta(blocks, screened, Facts(load_language(code), blocks))
    opened = [KEEP] * len(blocks)
    with patch.object(forummeta, "_holds_a_label", lambda facts: True):
        forummeta.mark_forum_post_meta(blocks, opened, Facts(load_language(code), blocks))
    assert [v.keep for v in screened] == [v.keep for v in opened]


@settings(max_examples=examples(60))
@given(
    lines=st.lists(_LINE, min_size=1, max_size=12),
    scope=st.lists(st.booleans(), max_size=12),
    rounds=st.lists(st.lists(st.booleans(), max_size=12), min_size=1, max_size=3),
    code=st.sampled_from(["en", "nl", "fr"]),
)
def test_the_screen_over_a_narrowed_scope_changes_no_verdict(
    lines: list[str], scope: list[bool], rounds: list[list[bool]], code: str
) -> None:
    # A page's scope is what its classifier first kept (`Facts.narrow`), and every round's
    # blocks are some of it: the screen reads the scope alone (issue #8), and both
    # detectors must decide every round's lines as with the screen held open.
    from unittest.mock import patch

    from corpusclean.detect.facts import Facts
    from corpusclean.language import load_language
    from corpusclean.model import KEEP, Block

    blocks = [Block(text, index, index + 1) for index, text in enumerate(lines)]
    kept = [b for b, k in zip(blocks, [*scope, *[True] * len(blocks)], strict=False) if k]
    facts = Facts(load_language(code), blocks)
    facts.narrow(kept)
    for keep in rounds:
        round_blocks = [b for b, k in zip(kept, [*keep, *[True] * len(kept)], strict=False) if k]
        for mark in (forummeta.mark_forum_post_meta, forummeta.mark_forum_thread):
            screened = [KEEP] * len(round_blocks)
            mark(round_blocks, screened, facts)
            opened = [KEEP] * len(round_blocks)
            with patch.object(forummeta, "_holds_a_label", lambda facts: True):
                mark(round_blocks, opened, Facts(load_language(code), blocks))
            assert screened == opened


# --- forums36: bare labels (XenForo 2, VerticalScope) and threads (`forum_thread`) ------------

THREAD = forummeta.THREAD_NAME

# Lines of an article about a club or an interview that share the labels' words, each with
# its neighbours as it would stand: none is a bare label line, or the run shows no value.
STAYS_BARE = {
    "en-club": (
        "en",
        ["Registered charity", "Joined the club in 1998", "Messages from readers"],
    ),
    "en-interview": ("en", ["Member since 2004", "Active Member", "Posts"]),
    # Two bare labels with no value in the run: a menu's words, no author box.
    "en-menu": ("en", ["Posts", "Messages", "Joined"]),
    # A rank alone under a name (birdforum's one post): the evidence does not repeat.
    "en-rank-alone": ("en", ["pstraughan", "Well-Known Member"]),
    "de-club": ("de", ["Mitglied seit 2004", "Beiträge der Leser", "Registriert beim Amtsgericht"]),
    "fr-club": ("fr", ["Inscrit au club en 1998", "Messages des lecteurs"]),
    "nl-club": ("nl", ["Lid sinds 2004", "Berichten van lezers", "Toegetreden in 1998"]),
}


@pytest.mark.parametrize("name", sorted(STAYS_BARE))
def test_lines_with_the_labels_words_stay(name: str) -> None:
    language, lines = STAYS_BARE[name]
    story = STORY[language]
    article = clean_keeping_story([TITLE[language], story[0], *lines, *story[1:]], story)
    assert not {RULE, THREAD} & set(rules_of(article)), name


def test_one_author_box_is_no_thread() -> None:
    # The box over the question goes; the answer under the question stays (one box).
    story = STORY["en"]
    box = ["Registered", "Joined", "1,918 Posts"]
    article = clean_keeping_story([TITLE["en"], *box, *story], story)
    assert not set(box) & set(kept(article))
    assert THREAD not in rules_of(article)


# Author boxes of the newer software, as a labelled page prints them.
BARE_BOXES = {
    # VerticalScope (general38's modelrailforum thread): the group, "Joined" with its date
    # dropped, the count before its label.
    "en-verticalscope": ["Registered", "Joined", "1,918 Posts"],
    # XenForo 2: each label on its line, its value on the next; the ladder's title above.
    "en-xenforo2": [
        "Well-Known Member",
        "Joined",
        "Jan 19, 2022",
        "Messages",
        "1,204",
        "Reaction score",
        "356",
    ],
}


@pytest.mark.parametrize("name", sorted(BARE_BOXES))
def test_a_bare_author_box_goes(name: str) -> None:
    box = BARE_BOXES[name]
    story = STORY["en"]
    article = clean_keeping_story([TITLE["en"], *box, *story], story)
    assert not set(box) & set(kept(article)), name
    assert RULE in rules_of(article), name


# A thread: the question under the first box stays, the replies under the later boxes go.
REPLIES = {
    "en": [
        "Hmm, no simple answer here I'm afraid, it's one of those how long is a piece of "
        "string questions, and every club has its own idea of what fits in a hall.",
        "The size can vary considerably, from a diorama on a shelf at the small end to "
        "the big club layouts that need a van and six people to move them.",
    ],
    "fr": [
        "Merci pour ces précisions, je passe tous les jours par ce virage et je confirme "
        "qu'il est très dangereux, surtout la nuit quand il pleut.",
        "Il faudrait enfin installer un radar ou au moins un panneau lumineux, cela fait "
        "des années que les riverains le demandent à la mairie.",
    ],
    "nl": [
        "Wat een onzin, in onze regio rukken ze nu al vaak met vier man uit en dat gaat "
        "prima, het rapport zegt alleen wat iedereen al lang weet.",
        "Ik ben zelf vrijwilliger en ik kan je vertellen dat minder meldkamers echt niet "
        "sneller werkt, dat hebben we in de buurregio al gezien.",
    ],
}

THREAD_BOXES = {
    "en": (["Registered", "Joined", "1,918 Posts"], ["Registered", "Joined", "213 Posts"]),
    "fr": (
        ["Inscrit le: 31 Jan 2010", "Messages: 1133"],
        ["Inscrit le: 12 Jan 2011", "Messages: 87"],
    ),
    "nl": (
        ["• Senior gebruiker", "• Berichten: 854", "Gepost op: 14 juli 2010, 11:37:51"],
        ["• Berichten: 12", "Gepost op: 15 juli 2010, 09:02:10"],
    ),
}


@pytest.mark.parametrize("language", sorted(THREAD_BOXES))
def test_a_threads_later_posts_go_and_the_first_stays(language: str) -> None:
    first, second = THREAD_BOXES[language]
    story = STORY[language]
    replies = REPLIES[language]
    lines = [TITLE[language], *first, *story, *second, *replies]
    article = clean_keeping_story(lines, story)
    assert not set(replies) & set(kept(article)), language
    assert THREAD in rules_of(article), language


@settings(max_examples=examples(40))
@given(story=distinct_paragraphs(2, min_size=1, max_size=5))
def test_article_only_input_loses_nothing_to_the_forum_thread(story: list[str]) -> None:
    article = clean_keeping_story(["Broad beans at last", *story], story)
    assert THREAD not in rules_of(article)


@settings(max_examples=examples(40))
@given(
    story=distinct_paragraphs(3, min_size=3, max_size=5),
    replies=distinct_paragraphs(1, min_size=1, max_size=3),
    language=st.sampled_from(sorted(THREAD_BOXES)),
)
def test_a_thread_over_any_story_keeps_its_first_post(
    story: list[str], replies: list[str], language: str
) -> None:
    first, second = THREAD_BOXES[language]
    replies = [reply for reply in replies if reply not in story]
    article = clean_keeping_story(["Broad beans at last", *first, *story, *second, *replies], story)
    assert not set(replies) & set(article.paragraphs)


def _read_bare_dropping_any_bullet(text: str) -> tuple[str, bool] | None:
    """`forummeta.read_bare` as first written: the bullet pattern run on every line."""
    labels = load_forum_labels()
    if len(text) > forummeta.LINE_MAX_CHARS:
        return None
    line = text.strip()
    word = forummeta._LEADING_BULLET.sub("", line, count=1).casefold()
    if word in labels.bare:
        return word, False
    if not word[:1].isdigit():
        return None
    found = labels.counted.fullmatch(line)
    return (found["label"].casefold(), True) if found is not None else None


_BARE_PIECES = st.sampled_from(
    [
        "Joined",
        "POSTS",
        "posts",
        "Messages",
        "Reaction score",
        "1,918",
        "213",
        " ",
        "\t",
        "•",
        "·",
        "*",
        "-",
        "–",
        "x",
        "ß",
        "\u00a0",
        "Posts of",
        "—",
    ]
)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=30), st.lists(_BARE_PIECES, max_size=5).map("".join)))
def test_read_bare_drops_a_bullet_only_where_one_opens_the_line(text: str) -> None:
    """Running the bullet pattern only on lines that open with a bullet mark reads every line
    as running it on all of them did (the pattern matches empty elsewhere)."""
    assert forummeta.read_bare(text, load_forum_labels()) == _read_bare_dropping_any_bullet(text)
