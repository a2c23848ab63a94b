"""The header above a story's dateline lead (`detect.lead`): what goes, and first what stays."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect import lead
from corpusclean.detect.lead import LEAD_MAX_BLOCKS, opens_with_dateline
from corpusclean.model import Block
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story

RULE = "dateline_header"
TITLE = "House where Hitler was born will become a police station, Austria says"
LEAD = (
    "VIENNA (Reuters) — The house where Adolf Hitler was born will be turned into a police "
    "station, Austria's interior minister said on Tuesday, ending a long debate."
)
BODY = [
    "Having recently carried out a compulsory purchase of the house in Braunau am Inn, the "
    "government had been considering what to do with the building for several years.",
    "Architects from across the European Union will be invited to submit plans for the "
    "building's redesign this month, the ministry said in a statement.",
    "Recent governments have recognized that Austrians were also perpetrators of Nazi crimes "
    "and that the country had to face that part of its history openly.",
]
STANDFIRST = "The government's move aims to prevent the building becoming a pilgrimage site."
CAPTION = "The house where Adolf Hitler was born in Braunau am Inn, Austria. Reuters file"
PITCH = "Get breaking news alerts and special reports delivered to your inbox every morning."
BYLINE = "By Jane Doe"
STAMP = "Nov. 20, 2019, 9:28 AM UTC"


def removed_by(article: corpusclean.Article, rule: str = RULE) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


def test_the_header_between_the_title_and_a_dateline_lead_goes() -> None:
    header = [STANDFIRST, CAPTION, PITCH, STAMP, BYLINE]
    article = corpusclean.clean("\n".join([TITLE, *header, LEAD, *BODY]))
    assert article.title == TITLE
    assert article.paragraphs == (LEAD, *BODY)
    # The pitch is a rule's (`inbox_pitch`); the standfirst and the caption look like prose.
    assert all(line in removed_by(article) for line in (STANDFIRST, CAPTION, STAMP, BYLINE))


def test_captions_an_extractor_kept_above_the_lead_stay_without_a_byline_or_stamp() -> None:
    # Not page text, and no line of the header is one an edge-only rule knows: some
    # extractions keep a photo's caption as the article's text.
    article = corpusclean.clean("\n".join([TITLE, "Photo", CAPTION, LEAD, *BODY]))
    assert article.paragraphs == (CAPTION, LEAD, *BODY)
    assert removed_by(article) == []
    # The picture's word alone where the picture was is its placeholder (credits34), not the
    # header's: the caption under it stays.
    assert removed_by(article, "caption_context") == ["Photo"]


def test_a_roundup_of_several_datelines_keeps_its_intro() -> None:
    intro = "Here is a look at the day's news from around the country, in brief, this morning."
    second = "CHICAGO (AP) — " + BODY[1]
    text = "\n".join([TITLE, intro, STAMP, BYLINE, LEAD, BODY[0], second, BODY[2]])
    article = corpusclean.clean(text)
    assert intro in article.paragraphs
    assert removed_by(article) == []


def test_a_dateline_below_many_paragraphs_takes_none_of_them() -> None:
    above = [f"{sentence} ({n})" for n, sentence in enumerate(BODY * 3)][: LEAD_MAX_BLOCKS + 1]
    article = corpusclean.clean("\n".join([TITLE, STAMP, BYLINE, *above, LEAD]))
    assert all(line in article.paragraphs for line in above)
    assert removed_by(article) == []


def test_a_short_line_opening_like_a_dateline_is_no_lead() -> None:
    article = corpusclean.clean(
        "\n".join([TITLE, STANDFIRST, STAMP, BYLINE, "THE POINT — NOW ON YOUTUBE!", *BODY])
    )
    assert removed_by(article) == []


def test_what_opens_like_a_dateline() -> None:
    assert opens_with_dateline("SIOUX FALLS, S.D. – People across the nation are talking.")
    assert opens_with_dateline("DUBAI, United Arab Emirates — Dubai's flagship carrier ...")
    assert opens_with_dateline("Berlin (dpa) - Die Bundesregierung hat am Montag ...")
    assert opens_with_dateline("MADRID (EFE) -- El Gobierno aprobó este martes ...")
    for text in (
        "Paris - the city of light - was quiet on Sunday.",  # an aside, no agency
        "UPDATE: The road has reopened.",  # a label and a colon
        "NEW DELHI: Their American dream shattered ...",  # a colon: a label as often
        "The FBI — and the CIA — declined to comment.",  # a sentence
        "I - the author - disagree.",
    ):
        assert not opens_with_dateline(text), text


@given(
    st.lists(
        st.sampled_from([STANDFIRST, CAPTION, PITCH, STAMP, BYLINE, "World", "Learn More"]),
        max_size=LEAD_MAX_BLOCKS + 2,
        unique=True,  # two stamps in a row are a comment thread's (`comment_thread`)
    ),
    distinct_paragraphs(min_size=1, max_size=5),
)
def test_the_lead_and_the_story_below_it_are_always_kept(
    header: list[str], story: list[str]
) -> None:
    # Whatever stands above it, the lead and every paragraph under it stay, removals keep
    # input order, and a second clean changes nothing (checked by `clean_keeping_story`).
    article = clean_keeping_story([TITLE, *header, LEAD, *story], [LEAD, *story])
    assert not any(text in removed_by(article) for text in (LEAD, *story))


@given(distinct_paragraphs(min_size=1, max_size=6))
def test_an_article_without_a_dateline_loses_nothing_to_it(story: list[str]) -> None:
    article = clean_keeping_story([TITLE, STANDFIRST, *story], story)
    assert removed_by(article) == []


places = st.from_regex(r"[A-ZÀ-Þ][A-ZÀ-Þ.'’-]{1,9}( [A-ZÀ-Þ.'’-]{1,8}){0,2}", fullmatch=True)


@given(
    st.one_of(
        st.builds(lambda p, a: f"{p}{a} — ", places, st.sampled_from(["", " (AP)", " (dpa)"])),
        st.builds(lambda a: f"Berlin ({a}) - ", st.text("abcdefgh", min_size=1, max_size=12)),
    ),
    st.text(min_size=1, max_size=60),
)
def test_the_quick_test_never_rejects_a_dateline(opening: str, rest: str) -> None:
    # `opens_with_dateline` asks the standard library first; it must agree with the full
    # pattern on every text, dateline or not.
    text = opening + rest
    assert opens_with_dateline(text) == (lead._DATELINE.match(text) is not None)
    assert opens_with_dateline(rest) == (lead._DATELINE.match(rest) is not None)


# --- the headline under a first line that is no title (precision19b) -------------------------

PLACEHOLDER = "Afbeelding"
DUTCH_HEADLINE = "Belgische renner Jonas Peeters wint Kermiskoers na lange sprint"
DUTCH_LEAD = (
    "ZUNDERT – De Belgische wielrenner Jonas Peeters heeft zondag de dertigste Kermiskoers op "
    "zijn naam geschreven. Hij won na een lange sprint van een groep van twaalf renners."
)
DUTCH_BODY = [
    "De finale verliep spannend toen een groep renners zich losmaakte van het peloton, dat "
    "de achterstand in de laatste ronde niet meer kon goedmaken.",
    "Voor Peeters was het de eerste overwinning van het seizoen, na maanden van blessures en "
    "een lange revalidatie in de winter.",
]


def header_of(lines: list[str]) -> list[str]:
    """The header `lead._header_above` finds above the last line, the dateline lead."""
    blocks = [Block(line, n, n + 1) for n, line in enumerate(lines)]
    kept = list(range(len(blocks)))
    return [blocks[i].text for i in lead._header_above(blocks, kept, len(blocks) - 1)]


def test_the_headline_under_an_image_placeholder_is_no_header() -> None:
    # The first kept line is no title ("Afbeelding", "Picture"): the headline under it, which
    # names what the lead names, is the story's title, not its header (set 4, page mode: a
    # Dutch headline went). On main the whole run above the lead was the header.
    for first, headline, pitch, lead_ in (
        (PLACEHOLDER, DUTCH_HEADLINE, "Nieuwsbrief", DUTCH_LEAD),
        ("Picture", TITLE, "Newsletter", LEAD),
    ):
        assert header_of([first, headline, pitch, lead_]) == [first, pitch]


def test_the_placeholder_and_a_byline_naming_the_dateline_city_stay_header() -> None:
    # A byline whose site is named after the dateline's city shares the place only, and is
    # no headline (`lead.HEADLINE_SHARED_MIN_WORDS`); a title-like line naming nothing of
    # the lead is none either.
    assert header_of([PLACEHOLDER, "Jane Doe, Vienna.com", LEAD]) == [
        PLACEHOLDER,
        "Jane Doe, Vienna.com",
    ]
    assert header_of(["Picture", "Weekend Weather Brings Sunshine Everywhere", LEAD]) == [
        "Picture",
        "Weekend Weather Brings Sunshine Everywhere",
    ]
    # Under a longer first line (a standfirst), a caption glued to its credit looks like a
    # title and names the lead: the header stays whole (a Scrapinghub page, page mode).
    caption = "The house where Adolf Hitler was born in Braunau am Inn.Jane Doe / Reuters file"
    assert header_of([STANDFIRST, caption, LEAD]) == [STANDFIRST, caption]


@given(distinct_paragraphs(min_size=1, max_size=4))
def test_a_header_is_always_above_the_lead_and_in_order(story: list[str]) -> None:
    lines = [PLACEHOLDER, DUTCH_HEADLINE, *story, DUTCH_LEAD]
    header = header_of(lines)
    assert header == [line for line in lines[:-1] if line in header]
    assert DUTCH_LEAD not in header
