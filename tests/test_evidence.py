"""Evidence that holds on any site: a line inside a widget box, a standfirst under the title,
a related list told in teaser sentences. What each removes and, first, what it must keep."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect import headlines
from strategies import article_texts, distinct_paragraphs, headings, paragraphs
from test_properties import clean_keeping_story

TITLE = "Browns player on Mason Rudolph's role in fight with Myles Garrett"
BODY = [
    "The Steelers spent Monday trying to distance themselves from Thursday night's fight that "
    "led to suspensions for the Browns pass rusher, the team said in a statement.",
    "Browns defensive lineman Sheldon Richardson, however, decided to weigh in on the fight on "
    "Monday, saying that the quarterback should be disciplined by the league.",
    "The league has already suspended three players and fined both clubs a quarter of a "
    "million dollars each for their part in the brawl at the end of the game.",
]
NEW_RULES = ("enclosed_block", "standfirst")


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


# --- enclosed_block ---------------------------------------------------------------------------

NEWSLETTER_BOX = [
    "Pick Six Newsletter",
    "Get the day's big stories and fun stuff you love like mock drafts, picks and rankings.",
    "Thanks for signing up!",
    "Keep an eye on your inbox for the latest sports news.",
    "Sorry!",
    "There was an error processing your subscription.",
]


def test_lines_inside_a_sign_up_box_go_with_the_box() -> None:
    article = corpusclean.clean("\n".join([TITLE, *BODY, *NEWSLETTER_BOX]))
    assert article.paragraphs == tuple(BODY)
    assert removed_by(article, "enclosed_block") == [NEWSLETTER_BOX[1], "Sorry!"]


def test_a_paragraph_between_two_pitches_inside_the_story_stays() -> None:
    text = "\n".join(
        [
            TITLE,
            BODY[0],
            "Subscribe to our newsletter and get the best stories of the day in your inbox.",
            BODY[1],
            "Sign up for our newsletter to get the latest news on the league and its teams.",
            BODY[2],
        ]
    )
    article = corpusclean.clean(text)
    assert article.paragraphs == tuple(BODY)
    assert "enclosed_block" not in rules_of(article)


def test_a_paragraph_between_advertisement_markers_stays() -> None:
    short = "The game resumes on Sunday."
    text = "\n".join([TITLE, BODY[0], "Advertisement", short, "Advertisement", BODY[1], BODY[2]])
    article = corpusclean.clean(text)
    assert short in article.paragraphs
    assert "enclosed_block" not in rules_of(article)


# --- standfirst -------------------------------------------------------------------------------

DEK = "One member of the Browns' defense didn't hold back when asked about the fight"


def test_a_standfirst_between_the_title_and_the_story_goes() -> None:
    article = corpusclean.clean("\n".join([TITLE, DEK, *BODY]))
    assert article.title == TITLE
    assert article.paragraphs == tuple(BODY)
    assert removed_by(article, "standfirst") == [DEK]


def test_a_standfirst_above_a_dateline_on_its_own_line_goes() -> None:
    article = corpusclean.clean("\n".join([TITLE, DEK, "Pittsburgh", *BODY]))
    assert article.paragraphs == ("Pittsburgh", *BODY)
    assert removed_by(article, "standfirst") == [DEK]


def test_what_may_stand_under_a_title_stays() -> None:
    for second in (
        "Here's what to know",  # a short sub-heading over the first paragraph
        "Pittsburgh",  # a dateline on a line of its own
        "The league suspended three players after the brawl on Thursday night.",  # a lead
        "These are the players the league suspended after the brawl on Thursday:",  # a lead-in
    ):
        article = corpusclean.clean("\n".join([TITLE, second, *BODY]))
        assert article.paragraphs == (second, *BODY), second
        assert "standfirst" not in rules_of(article)


def test_a_list_of_headlines_under_a_title_is_not_a_standfirst() -> None:
    headlines = [
        "Jonas Brothers added to the awards show performance lineup this year",
        "Ciara to host the awards show, plus new performers are announced today",
        "Fifteen fun facts about this year's nominations for the music awards",
    ]
    article = corpusclean.clean("\n".join([TITLE, *headlines, *BODY]))
    assert "standfirst" not in rules_of(article)


# --- teaser sentences in a related list -------------------------------------------------------

TEASERS = [
    "The House of Representatives overwhelmingly voted on Tuesday to recognize the genocide.",
    "A French actor of Armenian descent died on Thursday at the age of 96, Le Figaro reports.",
    "Archaeological relics of an ancient kingdom have recently been found on a mountain.",
]


def test_teaser_sentences_between_two_related_boxes_go() -> None:
    text = "\n".join(
        [TITLE, *BODY, "Top stories", *TEASERS, "Partner news", "The Queen of Thieves"]
    )
    article = corpusclean.clean(text)
    assert article.paragraphs == tuple(BODY)
    assert removed_by(article, "related_list")[1:4] == TEASERS


def test_short_notes_after_a_heading_at_the_end_stay() -> None:
    notes = ["Thunder: Host the Lakers on Friday.", "Lakers: Visit the Thunder on Friday."]
    text = "\n".join([TITLE, *BODY, "UP NEXT", *notes, "Partner news", "The Queen of Thieves"])
    article = corpusclean.clean(text)
    assert all(note in article.paragraphs for note in notes)


def test_sentences_after_a_related_heading_with_no_box_after_them_stay() -> None:
    text = "\n".join([TITLE, BODY[0], "Related stories", *TEASERS, BODY[1], BODY[2]])
    article = corpusclean.clean(text)
    assert all(teaser in article.paragraphs for teaser in TEASERS)


# --- properties -------------------------------------------------------------------------------


@given(text=article_texts(junk=False, damage=False))
# Two sentences joined to the next line (wrapped lines, one block) under the title are the
# story's, not a standfirst.
@example(
    text="Government Government\nGovernment Government\n\nGovernment the the the. Government "
    "the the the.\nGovernment Government\nGovernment Government\n\nGovernment the the the. "
    "Government the the the.\nGovernment the the the.\n"
)
def test_article_only_text_loses_nothing_to_the_new_evidence(text: str) -> None:
    article = corpusclean.clean(text)
    assert not set(rules_of(article)) & set(NEW_RULES)


@given(
    story=distinct_paragraphs(min_sentences=2, min_size=2, max_size=5),
    box=st.booleans(),
    dek=st.booleans(),
)
def test_removals_keep_order_and_cleaning_again_changes_nothing(
    story: list[str], box: bool, dek: bool
) -> None:
    lines = [TITLE, *([DEK] if dek else []), *story, *(NEWSLETTER_BOX if box else [])]
    article = clean_keeping_story(lines, story)
    kept = [line for line in lines if line in article.paragraphs]
    assert list(article.paragraphs) == kept


# --- trailing headlines of the title's series; footnotes after a related heading -------------

SERIES_TITLE = "Milan Design Week 2018 | A light installation for a lighting maker"
SERIES = [
    "Milan Design Week 2018 | A tribute to a famous designer of lamps",
    "Milano Design Week 2018 | The Flow of Time at the Triennale",
    "Milano Design Week 2018 | Living Nature explores the city",
    "Milano Design Week 2018 | A preview of a design district",
]


def test_headlines_of_the_titles_series_after_the_story_go() -> None:
    article = corpusclean.clean("\n".join([SERIES_TITLE, *BODY, *SERIES]))
    assert article.paragraphs == tuple(BODY)
    assert removed_by(article, "trailing_headlines") == SERIES


BOOK_ROWS = [
    "The Women, by Kristin Hannah",
    "Fourth Wing, by Rebecca Yarros",
    "Lessons in Chemistry, by Bonnie Garmus",
]
ITALIAN_LIBRARY = [
    "Biblioteche civiche, un anno da record",
    "Le biblioteche civiche hanno registrato 620 mila prestiti nel 2025, il dato più alto "
    "dell'ultimo decennio, ha detto l'assessora alla cultura.",
    "Crescono soprattutto i prestiti di fumetti e di libri per ragazzi, mentre gli audiolibri "
    "restano stabili.",
    "I libri più letti dell'anno:",
    "L'età fragile, di Donatella Di Pietrantonio",
    "Il fuoco che ti porti dentro, di Antonio Franchini",
    "Tatà, di Valérie Perrin",
]


def test_rows_sharing_a_title_of_commas_are_no_series() -> None:
    # A title's commas name no series (`headlines.NO_SERIES_MARK`): rows of one shape under
    # it ("Title, by Author") are the article's list, as under a title with no punctuation.
    # The same rows under a title with a bar are the site's series (the test above).
    for title in ("Library loans, a record year", "Library loans hit a record year"):
        article = corpusclean.clean("\n".join([title, *BODY, *BOOK_ROWS]))
        assert removed_by(article, "trailing_headlines") == [], title
    article = corpusclean.clean("\n".join(ITALIAN_LIBRARY))  # the session23b probe's
    assert article.paragraphs == tuple(ITALIAN_LIBRARY[1:])
    bar = "Library loans | A record year"
    article = corpusclean.clean("\n".join([bar, *BODY, *[r.replace(",", " |") for r in BOOK_ROWS]]))
    assert removed_by(article, "trailing_headlines") == [r.replace(",", " |") for r in BOOK_ROWS]


SUB_HEADINGS = ["What the plan costs", "Who pays for it", "When the work starts"]
LAST_PARAGRAPH = "Whether the timetable holds is open. A first reading is planned for next week."


def test_a_last_paragraph_under_stacked_lines_stays() -> None:
    # Three headline-like lines above the story's last paragraph read as a related list,
    # with the paragraph as its one summary: the lines may go, the paragraph stays.
    article = corpusclean.clean("\n".join([TITLE, *BODY, *SUB_HEADINGS, LAST_PARAGRAPH]))
    assert article.paragraphs[-1] == LAST_PARAGRAPH
    assert set(BODY) <= set(article.paragraphs)


GERMAN_BODY = [
    "Die Bundesregierung hat sich nach langen Verhandlungen auf einen Kompromiss beim "
    "Heizungsgesetz geeinigt.",
    "Die Union kündigte an, gegebenenfalls vor das Bundesverfassungsgericht zu ziehen, falls "
    "die Beratungszeit zu kurz ausfalle.",
    "Auch Verbände zeigten sich skeptisch: Der Eigentümerverband warnte vor hohen Kosten für "
    "Hausbesitzer.",
    "Experten rechnen damit, dass die Nachfrage nach Wärmepumpen in den kommenden Monaten "
    "wieder anzieht.",
]


def test_a_short_closing_sentence_under_stacked_lines_stays() -> None:
    # Eleven words, under a sub-heading, a dateline fragment and another sub-heading (the
    # German probe's must-stay lines): shorter than prose, still the story's last sentence.
    last = "Für Mieter soll eine Obergrenze bei der Umlage der Modernisierungskosten gelten."
    stacked = ["Teilen statt besitzen", "Berlin (dpa) –", "Was jetzt passiert"]
    article = corpusclean.clean("\n".join([*GERMAN_BODY, *stacked, last]))
    assert article.paragraphs[-1] == last
    assert set(GERMAN_BODY) <= set(article.paragraphs)


REVIEW_BOX = [
    "Director: Jane Campion",
    "Starring: Benedict Cumberbatch, Kirsten Dunst",
    "Running time: 128 minutes",
    "Rating: 4/5",
]


def test_a_fact_box_after_the_story_stays() -> None:
    # A review's credits, "Label: value" rows with short values: the story's own facts, not
    # a related list of headlines (`headlines.FACT_BOX_MIN_SHARE`).
    article = corpusclean.clean("\n".join([TITLE, *BODY, *REVIEW_BOX]))
    assert removed_by(article, "trailing_headlines") == []
    assert set(REVIEW_BOX) <= set(article.paragraphs)


fact_rows = st.builds(
    "{}: {}".format,
    st.sampled_from(["Director", "Where", "When", "Price", "Running time", "Opening hours"]),
    st.lists(
        st.sampled_from(["Friday", "8pm", "£12", "Leeds", "128 minutes", "Jane Campion"]),
        min_size=1,
        max_size=headlines.FACT_VALUE_MAX_WORDS // 2,
    ).map(", ".join),
)


@given(
    story=distinct_paragraphs(min_sentences=2, min_size=3, max_size=6),
    box=st.lists(fact_rows, min_size=3, max_size=6, unique=True),
)
def test_no_fact_box_goes_as_a_related_list(story: list[str], box: list[str]) -> None:
    article = corpusclean.clean("\n".join([*story, *box]))
    assert removed_by(article, "trailing_headlines") == []


LEVEE_BOX = [
    "At a glance",
    "“It is the biggest project in the county's history”",
    "Cost: $12.4 million",
    "Length: 2 miles",
    "Start: March 2027",
]


def test_a_fact_box_with_its_heading_and_a_pull_quote_stays() -> None:
    # The box's heading and a quotation among its rows are neither rows nor other stories'
    # headlines (`headlines.FACT_BOX_MIN_ROWS`, precision16): on main the five lines went.
    article = corpusclean.clean("\n".join([TITLE, *BODY, *LEVEE_BOX]))
    assert removed_by(article, "trailing_headlines") == []
    assert set(LEVEE_BOX) <= set(article.paragraphs)


def test_a_related_list_of_quoted_headlines_still_goes() -> None:
    # Quoted headlines of other stories, with no fact rows under them, are still a list.
    related = [
        "More From The Courier",
        "“We will rebuild”: Flood-Hit Town Votes On Levee Bond",
        "“Not One More Season”: Farmers Demand Answers On Water",
        "County Approves New Pump Station After Heated Debate",
    ]
    article = corpusclean.clean("\n".join([TITLE, *BODY, *related]))
    assert set(related[1:]) <= set(
        removed_by(article, "trailing_headlines") + removed_by(article, "related_list")
    )


@given(
    story=distinct_paragraphs(min_sentences=2, min_size=3, max_size=6),
    heading=st.sampled_from(["At a glance", "In numbers", "The facts", "Info"]),
    quote=st.sampled_from(["“We owe it to our grandchildren”", "„Endlich wieder schwimmen“"]),
    box=st.lists(fact_rows, min_size=3, max_size=5, unique=True),
    at=st.integers(min_value=0, max_value=5),
)
def test_no_fact_box_with_a_heading_and_a_quote_goes_as_a_related_list(
    story: list[str], heading: str, quote: str, box: list[str], at: int
) -> None:
    rows = [*box[:at], quote, *box[at:]]
    article = corpusclean.clean("\n".join([*story, heading, *rows]))
    assert removed_by(article, "trailing_headlines") == []


def test_an_editors_note_under_a_related_list_stays_and_the_list_goes() -> None:
    related = [
        "Moon Rush: Private Lunar Lander Plans",
        "Here's Where Commercial Landers Will Land on the Moon for NASA",
        "NASA: The International Space Station Is Open for Business in Orbit",
    ]
    note = "Editor's note: This story was updated at 5:45 p.m. ET to include details from the call."
    article = corpusclean.clean("\n".join([TITLE, *BODY, *related, note]))
    assert removed_by(article, "trailing_headlines") == related
    assert article.paragraphs[-1] == note


@given(
    text=distinct_paragraphs(min_sentences=2, min_size=3, max_size=7),
    stacked=st.lists(headings, min_size=3, max_size=5),
)
def test_the_last_paragraph_under_any_stack_of_headings_stays(
    text: list[str], stacked: list[str]
) -> None:
    *story, last = text
    article = corpusclean.clean("\n".join([*story, *stacked, last]))
    # Whatever else removes a line of such generated text (repeats, for one), the related
    # list stops above a last paragraph that is a sentence of
    # `headlines.CLOSING_SENTENCE_MIN_WORDS` words or more (generated paragraphs end one).
    if len(last.split()) >= headlines.CLOSING_SENTENCE_MIN_WORDS:
        assert last not in removed_by(article, "trailing_headlines")


def test_a_list_sharing_a_shape_that_is_not_the_titles_stays() -> None:
    dates = [
        "June 9 | Madison Square Garden, New York",
        "June 11 | United Center, Chicago",
        "June 14 | The Forum, Los Angeles",
    ]
    article = corpusclean.clean("\n".join([TITLE, *BODY, "The tour dates:", *dates]))
    assert all(line in article.paragraphs for line in dates)


def test_footnotes_after_a_see_also_heading_stay() -> None:
    notes = [
        "^ The anthem is officially used only on regal and viceregal occasions.[1]",
        "^ English is a de facto official language due to its widespread use.[2]",
    ]
    text = "\n".join([TITLE, *BODY, "See also", "Outline of the country", "Footnotes", *notes])
    article = corpusclean.clean(text)
    assert all(note in article.paragraphs for note in notes)
    assert "Outline of the country" not in article.paragraphs


def test_a_listicles_first_numbered_item_under_the_title_stays() -> None:
    item = "1. The first thing you should know about saving for a pension"
    article = corpusclean.clean("\n".join([TITLE, item, *BODY]))
    assert article.paragraphs == (item, *BODY)


def test_a_title_case_sub_heading_under_the_title_stays() -> None:
    heading = "Minister Says Schools And Roads Get More Money Next Year"
    article = corpusclean.clean("\n".join([TITLE, heading, *BODY]))
    assert article.paragraphs == (heading, *BODY)


@given(title=headings, heading=headings, story=st.lists(paragraphs(min_sentences=2), min_size=1))
def test_a_sub_heading_under_the_title_is_never_a_standfirst(
    title: str, heading: str, story: list[str]
) -> None:
    article = corpusclean.clean("\n".join([title, heading, *story]))
    assert "standfirst" not in rules_of(article)


# --- fact rows with long labels and figures, and tables as text (precision19b) ----------------

PROFILE_DE = [
    "Branche: Maschinenbau",
    "Beschäftigte 2023: 1420",
    "Umsatz im Geschäftsjahr 2013/2023 (in Mio. Euro): 85,50/240,10",
    "mittleres jährliches Wachstum in den letzten zehn Jahren: 10,9 Prozent",
    "Wachstumsindex (relatives mal absolutes Wachstum): 512,4",
]
PROFILE_EN = [
    "Sector: Packaging",
    "Staff in 2023: 640",
    "Revenue in the financial year 2013/2023 (in £m): 41.2/118.9",
    "Average annual growth over the last ten years: 11.2 per cent",
    "Growth score (relative times absolute growth): 233.5",
]
TABLE_DE = [
    "Details | |",
    "Einsatz | Sachbeschädigung, Diebstahl |",
    "Anlass | Steine auf den Gleisen |",
    "Ort | Bahnhof Nordstadt, Deutschland |",
]
TABLE_EN = [
    "Details | |",
    "Incident | Vandalism, theft |",
    "Cause | Stones on the track |",
    "Place | Northtown station, England |",
]


def test_a_profiles_figure_rows_after_the_story_stay() -> None:
    # "Label: figure" rows with labels longer than a field's (`headlines.FIGURE_LABEL_MAX_WORDS`)
    # close a company profile (set 4: four such rows went as a related list).
    for story, box in ((GERMAN_BODY, PROFILE_DE), (BODY, PROFILE_EN)):
        article = corpusclean.clean("\n".join([*story, *box]))
        assert removed_by(article, "trailing_headlines") == []
        assert set(box) <= set(article.paragraphs)


def test_a_table_printed_as_text_after_the_story_stays() -> None:
    # A police report's generated fact box, its cells between bars (set 4: went as headlines).
    for story, table in ((GERMAN_BODY, TABLE_DE), (BODY, TABLE_EN)):
        article = corpusclean.clean("\n".join([*story, *table]))
        assert removed_by(article, "trailing_headlines") == []
        assert set(table[1:]) <= set(article.paragraphs)


def test_related_headlines_with_figures_or_a_site_after_a_bar_still_go() -> None:
    related = [
        "Budget: Council Approves 4 Per Cent Rise In Council Tax For Next Year",
        "Flood-Hit Town Votes On New Levee Bond | The Courier",
        "County Approves New Pump Station After Heated Debate | The Courier",
        "Farmers Demand Answers On Water Prices | The Courier",
    ]
    article = corpusclean.clean("\n".join([TITLE, *BODY, *related]))
    assert removed_by(article, "trailing_headlines") == related


@given(
    story=distinct_paragraphs(min_sentences=2, min_size=3, max_size=6),
    box=st.lists(
        st.builds(
            "{}: {}".format,
            st.sampled_from(
                [
                    "Revenue in the financial year (in £m)",
                    "Umsatz im Geschäftsjahr 2022 (in Mio. Euro)",
                    "Average annual growth over ten years",
                    "Beschäftigte im Jahr 2023",
                ]
            ),
            st.sampled_from(["1420", "85,50/240,10", "10,9 Prozent", "11.2 per cent", "512.4"]),
        ),
        min_size=3,
        max_size=5,
        unique=True,
    ),
)
def test_no_box_of_figure_rows_goes_as_a_related_list(story: list[str], box: list[str]) -> None:
    article = corpusclean.clean("\n".join([*story, *box]))
    assert removed_by(article, "trailing_headlines") == []
