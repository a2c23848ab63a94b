"""Lists and galleries inside the text: a gallery's numbered slides go; an article's own
lists (a listicle's next item after "Read more", web addresses under "Sources", a value
under a bulleted label) stay; a line of labelled fields outside the story goes; a long
caption is not a title. What each removes and, first, what it must keep."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import corpusclean
from corpusclean import Config
from corpusclean.text import looks_like_title
from strategies import (
    article_texts,
    distinct_paragraphs,
    galleries,
    headings,
    listed_article_lines,
)
from test_properties import clean_keeping_story

BODY = [
    "Most people go to hotels for the pleasure of sleeping in a giant bed with clean white "
    "sheets and waking up to fresh towels in the morning.",
    "But those towels and sheets might not be as clean as they look, according to the hotel "
    "bosses that responded to an online thread about the things owners keep quiet.",
    "Here are some of the secrets that the receptionist will never tell you when you check "
    "in, according to answers posted on a question-and-answer site.",
]
NEW_RULES = ("gallery_slides", "field_line")
GALLERY = [
    "1/4 United goin down",
    "Manchester United's absence from the Champions League hurt more than the fans' pride "
    "last year, and it also dented the bottom line.",
    "GETTY IMAGES",
    "2/4 Star Wars boosts economy",
    "Production of the next Star Wars movie has brought an economic impact of some 150 "
    "million pounds to Britain, according to company accounts.",
    "3/4 Natalie Massenet leaves",
    "The founder decided to quit the online fashion retailer during a summer of reflection.",
    "Rex",
    "4/4 I'll keep working, says Mayer",
    "The chief executive said that she was expecting twin girls in December.",
]


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


# --- gallery_slides ---------------------------------------------------------------------------


def test_a_gallery_inside_the_story_goes_and_the_story_stays() -> None:
    article = corpusclean.clean("\n".join([*BODY[:2], *GALLERY, BODY[2]]))
    slides = [line for line in GALLERY if line not in ("GETTY IMAGES", "Rex")]
    assert set(slides) <= set(removed_by(article, "gallery_slides"))
    assert list(article.paragraphs) == BODY


def test_what_counts_like_a_gallery_but_is_not_one_stays() -> None:
    recipe = ["1/4 cup flour", "2/4 cup sugar", "3/4 cup milk"]  # no caption between them
    thread = [  # a post that numbers itself runs long
        f"{k}/3 Here is why the budget matters to every family in the country and why the "
        f"vote next week could change the way schools are paid for, {k} of 3."
        for k in (1, 2, 3)
    ]
    two = ["1/2 Harbour at dawn", BODY[0], "2/2 Harbour at dusk", BODY[1]]
    dates = ["1/5/2016 Harbour", BODY[0], "2/5/2016 Harbour", BODY[1], "3/5/2016", BODY[2]]
    not_from_one = ["2/4 Harbour", BODY[0], "3/4 Boats", BODY[1], "4/4 Town", BODY[2]]
    for lines in (recipe, thread, two, dates, not_from_one):
        article = corpusclean.clean("\n".join([*BODY, *lines, BODY[0] + " Again."]))
        assert "gallery_slides" not in rules_of(article), lines


@given(story=distinct_paragraphs(min_sentences=2, min_size=2, max_size=4))
def test_a_generated_gallery_goes_whole_and_the_story_keeps_its_order(story: list[str]) -> None:
    slides = ["1/3 The harbour", "2/3 The boats", "3/3 The town"]
    captions = ["Boats in the harbour at dawn.", "Fishing boats.", "The old town."]
    gallery = [line for pair in zip(slides, captions, strict=True) for line in pair]
    cleaner = corpusclean.Cleaner(Config())
    article = cleaner.clean("\n".join([story[0], *gallery, *story[1:]]))
    assert set(removed_by(article, "gallery_slides")) == set(gallery)
    assert [p for p in article.paragraphs if p in story] == [p for p in story if p != article.title]
    again = cleaner.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)


@given(
    story=distinct_paragraphs(min_sentences=2, min_size=2, max_size=4),
    gallery=galleries(),
)
def test_every_slide_of_a_gallery_goes_whatever_its_captions(
    story: list[str], gallery: list[str]
) -> None:
    article = corpusclean.clean("\n".join([*story, *gallery]))
    counters = [line for line in gallery if line[:1].isdigit() and "/" in line.split()[0]]
    assert set(counters) <= set(removed_by(article, "gallery_slides"))


# --- an article's own lists -------------------------------------------------------------------


def test_a_listicles_next_item_after_read_more_stays() -> None:
    lines = [
        BODY[0],
        "4. Hotel rooms are priced according to how expensive they were to build",
        BODY[1],
        "Read more",
        "5. Beware the wall-mounted hairdryer",
        BODY[2],
    ]
    article = corpusclean.clean("\n".join(lines))
    assert "5. Beware the wall-mounted hairdryer" in article.paragraphs
    assert "Read more" not in article.paragraphs


def test_a_numbered_related_link_with_no_item_above_still_goes() -> None:
    lines = [*BODY, "Read more", "5. Beware the wall-mounted hairdryer", BODY[2] + " More."]
    article = corpusclean.clean("\n".join(lines))
    assert "5. Beware the wall-mounted hairdryer" in removed_by(article, "related_list")


DEBT = [
    "What's more, the heavy burden of interest payments could make it harder for the "
    "government to repair aging infrastructure or take on other big new projects.",
    "Until recently, ultralow interest rates, set by the Federal Reserve to support the "
    "economy, allowed lawmakers to borrow without fretting too much about the cost of that debt.",
]


def test_a_sub_heading_under_a_topic_box_heading_whose_headlines_were_dropped_stays() -> None:
    # nytimes-4: the page printed the box's two headlines between its heading and the
    # story's next sub-heading; the page classifier (or the extractor) dropped them.
    heading = "More about the federal debt and the economy"
    sub_heading = "The U.S. hasn’t faced this issue for years"
    article = corpusclean.clean(
        "\n".join([*BODY[:2], DEBT[0], heading, sub_heading, DEBT[1], BODY[2]])
    )
    assert sub_heading in article.paragraphs
    assert heading in removed_by(article, "related_list")


def test_related_lists_next_to_the_sub_heading_guard_still_go() -> None:
    heading = "More about the federal debt and the economy"
    headlines = [
        "Trump Administration Mulls a Unilateral Tax Cut for the Rich",
        "How the Trump Tax Cut Is Helping to Push the Federal Deficit",
    ]
    cases = [
        # two headlines under the topic's heading: a box, whole
        ([heading, *headlines], [heading, *headlines]),
        # a bare label over two headlines: a list, whole
        (["Read more", *headlines], ["Read more", *headlines]),
        # one headline longer than a sub-heading under the topic's heading
        ([heading, headlines[0]], [heading, headlines[0]]),
        # a bare site label over one long headline ("Also on rt.com")
        (["Also on rt.com", headlines[1]], ["Also on rt.com", headlines[1]]),
    ]
    for middle, gone in cases:
        article = corpusclean.clean("\n".join([*BODY[:2], DEBT[0], *middle, DEBT[1], BODY[2]]))
        assert removed_by(article, "related_list") == gone, middle
        assert all(paragraph in article.paragraphs for paragraph in DEBT), middle


def test_a_short_line_under_a_bare_read_more_before_a_paragraph_stays() -> None:
    # Told apart from a sub-heading by nothing but the label: precision first, the line
    # stays (a related headline of at most LONE_ITEM_MAX_WORDS words is left in), the label
    # goes. It used to go with the label.
    for label in ("Read more", "Related", "Also on rt.com", "Read more:"):
        for line in ("Tax cut plan stalls in the Senate", "What happens next", "The vote"):
            lines = [*BODY[:2], DEBT[0], label, line, DEBT[1], BODY[2]]
            article = corpusclean.clean("\n".join(lines))
            assert line in article.paragraphs, (label, line)
            assert removed_by(article, "related_list") == [label], (label, line)


def test_read_more_with_its_headline_on_its_line_or_at_the_end_still_goes() -> None:
    headline = "Tax cut plan stalls in the Senate"
    # The headline on the label's line: a related link, whatever follows.
    article = corpusclean.clean(
        "\n".join([*BODY[:2], DEBT[0], f"Read more: {headline}", DEBT[1], BODY[2]])
    )
    assert f"Read more: {headline}" not in article.paragraphs
    assert all(paragraph in article.paragraphs for paragraph in DEBT)
    # Under the label at the end of the document, no paragraph below: a link, not a heading.
    article = corpusclean.clean("\n".join([*BODY, "Read more", headline]))
    assert removed_by(article, "related_list") == ["Read more", headline]


# The thorough profile's draw (thorough26): a sub-heading drawn as "Share The" is a share
# button's label, which `share_call` removes with or without a label above it.
@example("Read more", "Share The", 1)
@given(
    st.sampled_from(["Read more", "Related", "More", "See also", "Also on rt.com"]),
    headings,
    st.integers(1, 3),
)
def test_a_sub_heading_under_a_bare_label_between_paragraphs_is_never_lost(
    label: str, heading: str, above: int
) -> None:
    # Whatever the label and the sub-heading (a few capitalised words), and wherever they
    # stand between the article's paragraphs, the label takes at most itself: a sub-heading
    # that stays without the label stays with it.
    story = [*BODY, *DEBT]
    lines = [*story[:above], label, heading, *story[above:]]
    article = corpusclean.clean("\n".join(lines))
    alone = corpusclean.clean("\n".join([*story[:above], heading, *story[above:]]))
    assert heading in article.paragraphs or heading not in alone.paragraphs
    assert heading not in removed_by(article, "related_list")
    assert all(paragraph in article.paragraphs for paragraph in story)


# --- related_list: the story going on after a "Read also" box of one headline -------------

RELATED_HEADLINE = "Ten things we learned from the week in markets"
# The story after the box: a two-sentence paragraph, an embedded post (its text ending no
# sentence, its link line, its signature), then a long paragraph.
SMOG = [
    "It is the latest wave of severe air pollution in recent weeks. The chief minister "
    "turned to social media last month to describe his city as a gas chamber.",
    "The city has turned into a gas chamber due to smoke from crop burning in neighbouring states",
    "It is very important that we protect ourselves from this toxic air. Through schools, "
    "we have started distributing five million masks today",
    "I urge everyone to use them whenever needed pic.twitter.com/abc123",
    "— The Chief Minister (@chiefminister) November 1, 2019",
    "The gray haze led to canceled flights, closed schools, and created a public health "
    "emergency. The government distributed five million face masks to schoolchildren, and "
    "officials asked residents to stay indoors until the wind changes direction again.",
]


def test_the_story_after_a_read_also_box_of_one_headline_stays() -> None:
    # Under the box's one headline the story went on: its paragraph was taken as a teaser
    # (the next line, an embedded post, ends no sentence), then every short line after it.
    lines = [*BODY[:2], "Read also:", RELATED_HEADLINE, *SMOG, BODY[2]]
    article = corpusclean.clean("\n".join(lines))
    assert all(line in article.paragraphs for line in SMOG)
    assert removed_by(article, "related_list") == ["Read also:", RELATED_HEADLINE]


def test_a_one_sentence_paragraph_and_a_sub_heading_after_the_box_stay() -> None:
    # A one-sentence paragraph, then a sub-heading over a paragraph longer than a teaser
    # (`LIST_TEASER_MAX_WORDS`): the story's. Over a teaser-long paragraph the shape is a
    # box's (headline, teaser, headline, teaser) and still goes: left, precision's limit.
    story = [
        "The suspect was convicted and sentenced to life in federal prison last Thursday.",
        "Why the air gets so bad this time of year",
        SMOG[-1] + " " + DEBT[0],
    ]
    lines = [*BODY[:2], "Read also:", RELATED_HEADLINE, *story, BODY[2]]
    article = corpusclean.clean("\n".join(lines))
    assert all(line in article.paragraphs for line in story)
    assert removed_by(article, "related_list") == ["Read also:", RELATED_HEADLINE]


def test_a_related_box_of_headlines_with_teasers_still_goes() -> None:
    headlines = [
        RELATED_HEADLINE,
        "Why the central bank held rates for a third month",
        "The hidden cost of cheap flights",
    ]
    teasers = [
        "Markets rallied on hopes of a trade deal. Here is what moved them.",
        "The governor said inflation was still too high to cut.",
    ]
    box = [headlines[0], teasers[0], headlines[1], teasers[1], headlines[2]]
    for label in ("Read also:", "Related stories"):
        article = corpusclean.clean("\n".join([*BODY[:2], label, *box, *DEBT]))
        assert removed_by(article, "related_list") == [label, *box], label
        assert all(paragraph in article.paragraphs for paragraph in [*BODY[:2], *DEBT])
    # Headlines alone, and a teaser under every headline but the last, go too.
    article = corpusclean.clean("\n".join([*BODY[:2], "Read also:", *headlines, *DEBT]))
    assert removed_by(article, "related_list") == ["Read also:", *headlines]


@given(
    story=distinct_paragraphs(min_sentences=3, min_size=3, max_size=6),
    box=st.lists(headings, min_size=1, max_size=3),
    teaser=st.booleans(),
    where=st.integers(1, 2),
)
def test_a_related_box_inserted_into_a_story_removes_no_paragraph_of_it(
    story: list[str], box: list[str], teaser: bool, where: int
) -> None:
    # A box (a label, one to three headlines, maybe a one-line teaser under the first) set
    # between the story's paragraphs takes none of them: order kept, cleaning again the same.
    # Paragraphs longer than a teaser (`LIST_TEASER_MAX_WORDS`): a teaser-long one right
    # under a headline is a box's shape and may go (see the test above).
    story = [f"{paragraph} {DEBT[1]}" for paragraph in story]
    items = [box[0], "Markets rallied on hopes of a trade deal.", *box[1:]] if teaser else box
    lines = [*story[:where], "Read also:", *items, *story[where:]]
    clean_keeping_story(lines, story)


def test_web_addresses_under_the_articles_own_heading_stay() -> None:
    sources = ["https://nodejs.org/api/inspector.html", "https://www.npmjs.com/package/x"]
    article = corpusclean.clean("\n".join([*BODY, "Sources & links", *sources]))
    assert all(source in article.paragraphs for source in sources)


def test_a_lone_web_address_after_the_story_still_goes() -> None:
    for tail in (["www.autoracing.com.br"], ["Sources", "www.autoracing.com.br"]):
        article = corpusclean.clean("\n".join([*BODY, *tail]))
        assert "www.autoracing.com.br" in removed_by(article, "bare_url"), tail


def test_a_value_under_a_bulleted_or_numbered_label_stays() -> None:
    lines = [
        *BODY,
        "• Statute of Westminster adopted",
        "25 November 1947",
        "1) Lego Star Wars 75188 Bombardiere della Resistenza",
        "http://amzn.to/2iJFhRj",
    ]
    article = corpusclean.clean("\n".join(lines))
    assert "25 November 1947" in article.paragraphs
    assert "http://amzn.to/2iJFhRj" in article.paragraphs


#: What may still take an article line in these documents: repeats, and a run of
#: headline-like items ending the document (`trailing_headlines`, not changed here).
OTHER_EVIDENCE = {
    "duplicate_paragraph",
    "duplicate_run",
    "duplicate_adjacent",
    "trailing_headlines",
}


@given(lines=listed_article_lines())
def test_an_articles_own_lists_lose_nothing_to_edge_rules_or_the_new_evidence(
    lines: list[str],
) -> None:
    # Article mode: a document of many short list lines may be read as a whole page in auto
    # mode, which is page detection's decision, not this one's.
    cleaner = corpusclean.Cleaner(Config(mode="article"))
    article = cleaner.clean("\n".join(lines))
    kept = [*([article.title] if article.title else []), *article.paragraphs]
    gone = {removal.rule for removal in article.removed}
    assert not gone - OTHER_EVIDENCE, gone
    remaining = iter(lines)
    assert all(line in remaining for line in kept)  # in input order
    again = cleaner.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)


# --- field_line -------------------------------------------------------------------------------

FIELDS = "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad veiculo"
IMPRINT = "Telephone: 01507 529529 | Company No. 3676192 | VAT No: GB 716 6328 31"


def test_lines_of_labelled_fields_outside_the_story_go() -> None:
    article = corpusclean.clean("\n".join(["Hotel secrets revealed", FIELDS, *BODY, IMPRINT]))
    assert removed_by(article, "field_line") == [FIELDS, IMPRINT]


def test_field_shaped_lines_inside_the_story_and_sentences_stay() -> None:
    facts = "Population: 5 million | Capital: Wellington | Currency: NZ dollar"
    qa = "Q: What changed - in short? - A: Everything - the rules, the people: all of it."
    section = "Politics - Opinion - Europe"
    one_label = "Posted by: Jane Doe - Politics - Europe"
    for line in (facts, qa):
        article = corpusclean.clean("\n".join([BODY[0], line, *BODY[1:]]))
        assert line in article.paragraphs, line
    for line in (qa, section, one_label):
        article = corpusclean.clean("\n".join([*BODY, line]))
        assert "field_line" not in rules_of(article), line


# --- titles -----------------------------------------------------------------------------------


def test_a_long_caption_with_its_credit_is_not_the_title() -> None:
    caption = (
        "A new Bill would require telecommunications service providers to store so-called "
        "‘metadata’ for two years. Source: Supplied"
    )
    article = corpusclean.clean("\n".join([caption, *BODY]))
    assert article.title is None
    assert article.paragraphs[0] == caption


def test_headlines_with_two_clauses_are_still_titles() -> None:
    for title in (
        "Markets fall. Here is what investors should know",
        "Stocks Fall As Oil Rises. Here Is What The Seventeen Biggest Banks And Funds Said",
    ):
        assert looks_like_title(title), title


# --- properties -------------------------------------------------------------------------------


@given(text=article_texts(junk=False, damage=False))
def test_article_only_text_loses_nothing_to_the_new_evidence(text: str) -> None:
    article = corpusclean.clean(text)
    assert not set(rules_of(article)) & set(NEW_RULES)


@given(
    heading=headings,
    story=distinct_paragraphs(min_sentences=2, min_size=2, max_size=4),
)
def test_removals_keep_order_and_cleaning_again_changes_nothing(
    heading: str, story: list[str]
) -> None:
    lines = [heading, FIELDS, *story, *GALLERY, IMPRINT]
    clean_keeping_story(lines, story)


# --- trailing_headlines: a blog's own list with smileys --------------------------------------


def test_a_blog_s_own_list_with_smileys_under_its_sub_heading_stays() -> None:
    # Found by a property of test_comments_numbered (twenty-second session): no headline
    # carries a smiley, so these are not a related list after the story.
    lines = [
        "Storm leaves thousands without power",
        *BODY,
        "Our Long Weekend",
        "So this is what we did with the long weekend.",
        "1. Baked cookies :)",
        "2. A walk in the rain",
        "3. slept in :-)",
    ]
    article = corpusclean.clean("\n".join(lines))
    assert removed_by(article, "trailing_headlines") == []
    assert article.paragraphs[-5:] == tuple(lines[-5:])


def test_a_related_list_after_the_story_still_goes() -> None:
    related = [
        "Police Name Driver in Fatal Crash",
        "City Council Approves New Budget",
        "Schools Reopen After Storm Damage",
    ]
    article = corpusclean.clean(
        "\n".join(["Storm leaves thousands without power", *BODY, *related])
    )
    assert removed_by(article, "trailing_headlines") == related
