"""Pages of entries are not comment threads: a live blog or a timeline stamps each entry with
a date and a clock time, and may print a control under each ("Share"), as a thread does, but
its stamps name no reader (`detect.comments.entries._signed_by_readers`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments.stamps import _stamp_only
from strategies import distinct_paragraphs

INTRO = [
    "Storms swept across the north of the country on Saturday, cutting power to thousands.",
    "Emergency services said they had received hundreds of calls since the early morning.",
]
ENTRIES = [
    "The regional power company said crews were working to restore supply to 40,000 homes.",
    "Police closed the coastal road after a tree fell across both lanes near the harbour.",
    "Schools in the worst-hit districts will stay closed on Monday, the education office said.",
    "The weather service lifted its red warning for the west but kept it in place elsewhere.",
    "Rail operators said most lines would run a reduced timetable for the rest of the weekend.",
    "The prime minister thanked emergency workers and promised help for families affected.",
]


def live_blog(stamps: list[str], under: tuple[str, ...] = ()) -> list[str]:
    lines = list(INTRO)
    for stamp, entry in zip(stamps, ENTRIES, strict=True):
        lines += [stamp, entry, *under]
    return lines


def oldest_first(minutes: list[int]) -> list[str]:
    return [f"June 10, 2023 at {9 + m // 60}:{m % 60:02d} am" for m in sorted(minutes)]


OLDEST_FIRST = oldest_first([5, 20, 42, 75, 90, 130])


def kept_entries(lines: list[str]) -> list[str]:
    article = corpusclean.clean("\n".join(lines))
    assert not [r for r in article.removed if r.rule == "comment_thread"]
    return [p for p in article.paragraphs if p in ENTRIES]


def test_a_live_blog_oldest_first_keeps_every_entry() -> None:
    # The stamps used to count as comment signatures: 5 of 6 entries went.
    assert kept_entries(live_blog(OLDEST_FIRST)) == ENTRIES


def test_a_live_blog_with_a_share_control_under_each_entry_keeps_every_entry() -> None:
    for under in [("Share",), ("Like", "Share"), ("Back to top",), ("Teilen",)]:
        assert kept_entries(live_blog(OLDEST_FIRST, under)) == ENTRIES, under


def test_stamps_in_other_languages_and_with_time_zones_name_no_reader() -> None:
    for stamps in (
        [f"Updated June 10, 2023, {9 + i}:15 a.m. ET" for i in range(6)],
        [f"10. Juni 2023, {9 + i}:15 Uhr" for i in range(6)],
        [f"10 juin 2023 à {9 + i}h15" for i in range(6)],
    ):
        assert kept_entries(live_blog(stamps, ("Share",))) == ENTRIES, stamps[0]


def test_a_live_blog_quoting_tweets_keeps_every_entry() -> None:
    lines = live_blog(OLDEST_FIRST, ("Share",))
    tweet = "— City Police (@citypolice) June 10, 2023"
    lines[6:6] = [tweet]
    lines[12:12] = [tweet]
    article = corpusclean.clean("\n".join(lines))
    assert not [r for r in article.removed if r.rule == "comment_thread"]


def test_a_thread_whose_stamps_sit_under_readers_names_still_goes() -> None:
    # The same stamps, each under a reader's name, with a reply control: a thread.
    thread = []
    for name, stamp, text in zip(
        ["Maria K", "jdoe_77", "Priya Shah"], OLDEST_FIRST, ENTRIES[:3], strict=False
    ):
        thread += [name, stamp, text, "Reply"]
    article = corpusclean.clean("\n".join([*INTRO, *ENTRIES[3:], *thread]))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert set(ENTRIES[:3]) <= taken
    assert not taken & {*INTRO, *ENTRIES[3:]}


def test_a_forum_post_numbered_on_its_stamp_line_shows_a_post() -> None:
    from corpusclean.detect.comments.entries import _names_no_reader
    from corpusclean.language import load_thread_words
    from corpusclean.model import Block

    words = load_thread_words("en")
    assert _names_no_reader(Block("01-14-2011, 01:53 PM", 0, 1), words)
    assert not _names_no_reader(Block("01-14-2011, 01:53 PM #11", 0, 1), words)


def test_the_stamp_pattern_fails_fast_on_a_long_line_of_stamp_parts() -> None:
    # One way to read any line (single words, each ending where the letters end): a line
    # of a million stamp parts that fails at its very end is read once, not re-tried.
    line = "June 10, 2023 at 10:30 am " * 40_000 + "Maria"
    assert _stamp_only().fullmatch(line) is None
    assert _stamp_only().fullmatch(line[: -len("Maria")]) is not None


@given(
    paragraphs=distinct_paragraphs(min_size=4, max_size=10),
    minutes=st.lists(st.integers(0, 719), min_size=4, max_size=10, unique=True),
    under=st.sampled_from([(), ("Share",), ("Like", "Share"), ("Back to top",)]),
    newest_first=st.booleans(),
)
def test_a_page_of_entries_loses_no_paragraph_to_the_thread_detector(
    paragraphs: list[str], minutes: list[int], under: tuple[str, ...], newest_first: bool
) -> None:
    stamps = [f"June 10, 2023 at {m // 60 + 1}:{m % 60:02d} pm" for m in sorted(minutes)]
    if newest_first:
        stamps.reverse()
    lines = list(paragraphs[:2])
    for stamp, paragraph in zip(stamps, paragraphs[2:], strict=False):
        lines += [stamp, paragraph, *under]
    article = corpusclean.clean("\n".join(lines))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert not taken & set(paragraphs)


# A tour's dates, as an article prints them: a date and a place on each line, which read as
# a reader's name with a date (`_in_dated_list`).
TOUR = [
    "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
    "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL",
    "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA",
    "June 17 -- Bridgestone Arena, Nashville, TN",
    "June 19 -- PNC Music Pavilion, Charlotte, NC",
    "June 20 -- Coastal Credit Union Music Park, Raleigh, NC",
    "June 23 -- Veterans United Home Loans Amphitheater, Virginia Beach, VA",
    "June 24 -- Jiffy Lube Live, Bristow, VA",
    "June 26 -- PPL Center, Allentown, PA",
    "June 27 -- BB&T Pavilion, Camden, NJ",
    "June 29 -- PNC Bank Arts Center, Holmdel, NJ",
    "July 2 -- Mohegan Sun Arena, Uncasville, CT",
]


def tour_entries(stamps: list[str], sizes: list[int], under: tuple[str, ...]) -> list[str]:
    """A live page of entries: the article's prose, then the tour's dates a few an entry."""
    lines = [*INTRO, *ENTRIES]
    dates = iter(TOUR)
    for stamp, size in zip(stamps, sizes, strict=True):
        lines += [stamp, *(next(dates) for _ in range(size)), *under]
    return lines


def test_a_live_blog_printing_a_tours_dates_under_its_stamps_keeps_them() -> None:
    # The dates read as readers' signatures once every entry had a "Share" under it: the
    # entries from the first tour date on went (68 lines of `comments_eval.py --shapes
    # entries` on two tour articles).
    stamps = [f"June 10, 2023 at {9 + i}:{10 * i:02d} am" for i in range(6)]
    for under in [("Share",), ("Like", "Share"), ("Back to top",), ("Partager",)]:
        for sizes in ([1, 3, 2, 3, 1, 2], [2, 2, 2, 2, 2, 2]):
            article = corpusclean.clean("\n".join(tour_entries(stamps, sizes, under)))
            assert not [r for r in article.removed if r.rule == "comment_thread"], (under, sizes)
            assert set(TOUR) <= set(article.paragraphs)


def test_a_timeline_of_dated_events_keeps_its_dated_lines() -> None:
    stamps = [f"March {3 + i}, {1990 + i}" for i in range(6)]
    article = corpusclean.clean("\n".join(tour_entries(stamps, [2, 2, 2, 2, 2, 2], ("Share",))))
    assert not [r for r in article.removed if r.rule == "comment_thread"]


def test_a_thread_whose_comments_quote_tour_dates_still_goes() -> None:
    # A comment's own signature stands over its text: a dated line of the text below it is
    # printed otherwise (fewer runs of digits), and the signature still shows a reader.
    thread = []
    for name, date, stamp in zip(
        ["Maria K", "jdoe_77", "Priya Shah"], TOUR, OLDEST_FIRST, strict=False
    ):
        thread += [f"{name} on {stamp}", date, ENTRIES[0], "Reply"]
    article = corpusclean.clean("\n".join([*INTRO, *ENTRIES[1:], *thread]))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert set(TOUR[:3]) <= taken
    assert not taken & {*INTRO, *ENTRIES[1:]}


def test_a_quote_attribution_under_a_post_stamp_leaves_the_post_a_readers() -> None:
    from corpusclean.detect.comments.entries import _in_dated_list
    from corpusclean.detect.facts import Facts
    from corpusclean.language import load_language
    from corpusclean.model import Block

    def facts_of(blocks: list[Block]) -> Facts:
        return Facts(load_language("en"), blocks)

    # A quote's attribution under a post's stamp, printed otherwise: each still a reader's.
    lines = ["« Reply #3 on: March 14, 2019, 01:38:12 PM »", "Quote from: Maria K on March 4, 2019"]
    blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    assert [_in_dated_list(blocks, i, facts_of(blocks)) for i in range(2)] == [False, False]
    # A post's stamp, with its clock time, under the article's last line of dates.
    lines = ["29 November 2018 | 20 January 2019", "01-19-2011, 07:42 PM #36", "Tom"]
    blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    assert not _in_dated_list(blocks, 1, facts_of(blocks))


@given(
    sizes=st.lists(st.integers(1, 2), min_size=4, max_size=6),
    under=st.sampled_from([(), ("Share",), ("Like", "Share"), ("Back to top",), ("Teilen",)]),
    stamp=st.sampled_from(
        [
            "June 10, 2023 at {h}:{m:02d} am",
            "10. Juni 2023, {h}:{m:02d} Uhr",
            "{h}h{m:02d}",
            "Updated June 10, 2023, {h}:{m:02d} a.m. ET",
        ]
    ),
    newest_first=st.booleans(),
)
def test_a_page_of_entries_with_dated_list_items_loses_nothing_to_the_thread_detector(
    sizes: list[int], under: tuple[str, ...], stamp: str, newest_first: bool
) -> None:
    stamps = [stamp.format(h=8 + i, m=7 * i) for i in range(len(sizes))]
    if newest_first:
        stamps.reverse()
    lines = tour_entries(stamps, sizes, under)
    article = corpusclean.clean("\n".join(lines))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert not taken & {*TOUR, *INTRO, *ENTRIES}


def test_signatures_made_neighbours_by_a_round_are_still_readers() -> None:
    # Remark42: "NAME 13.03.2019, 11:47", the text, a score, "Reply". When rules and the
    # repeat check have removed everything between the signatures, a later round's blocks
    # hold them next to each other, printed alike; the list test reads the input's
    # neighbours (`Facts.previous`, `Facts.following`), so they stay readers' signatures.
    from corpusclean.detect.comments.entries import _in_dated_list
    from corpusclean.detect.facts import Facts
    from corpusclean.language import load_language
    from corpusclean.model import Block

    lines = []
    for name, day in zip(["Anonymous", "Lukas", "Priya Shah"], [13, 22, 21], strict=True):
        lines += [f"{name} {day}.03.2019, 1{day % 10}:47", ENTRIES[0], "+3", "Reply"]
    document = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    round_blocks = document[::4]  # the signatures alone
    facts = Facts(load_language("en"), document)
    assert not any(_in_dated_list(round_blocks, i, facts) for i in range(3))
    # Without the document, the round's neighbours are all there is: a list.
    alone = Facts(load_language("en"))
    assert all(_in_dated_list(round_blocks, i, alone) for i in range(3))


# The last lines of entries as short as a reader's name: a price, a heading, a score.
SHORT_ENDS = [
    "VIP : 60,000₩",
    "GIRLS SOCCER",
    "Tickets: $45",
    "Flos Showroom",
    "R : 50,000₩",
    "Inquiry",
]


def test_a_live_blog_whose_entries_end_on_short_lines_keeps_them() -> None:
    # Each stamp under a line as short as a name, from the third on: the page already
    # stamped two entries with no name over them, so the page stamps its own entries
    # (`_stamps_its_entries`; 34 lines of `comments_eval.py --shapes entries` before).
    lines = list(INTRO)
    for i, (stamp, entry) in enumerate(zip(OLDEST_FIRST, ENTRIES, strict=True)):
        lines += [stamp, entry, *([SHORT_ENDS[i]] if i >= 1 else [])]
    article = corpusclean.clean("\n".join(lines))
    assert not [r for r in article.removed if r.rule == "comment_thread"]
    assert [p for p in article.paragraphs if p in ENTRIES] == ENTRIES


def test_a_thread_of_named_stamps_under_an_article_with_its_own_date_still_goes() -> None:
    # One bare stamp of the article's own below its first paragraph (a date line), then
    # readers' names over the comments' stamps: the page does not stamp its entries.
    thread = []
    for name, stamp, text in zip(
        ["Maria K", "jdoe_77", "Priya Shah"], OLDEST_FIRST[1:], ENTRIES[:3], strict=False
    ):
        thread += [name, stamp, text]
    article_lines = [INTRO[0], OLDEST_FIRST[0], INTRO[1], *ENTRIES[3:]]
    article = corpusclean.clean("\n".join([*article_lines, *thread]))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert set(ENTRIES[:3]) <= taken
    assert not taken & set(article_lines)


def test_a_thread_with_its_own_controls_after_a_live_blog_still_goes() -> None:
    # Names over the stamps no longer show readers under a page that stamps its entries,
    # but the thread's own controls ("Reply") still do.
    blog = live_blog(oldest_first([1, 2, 3, 4, 5, 6]))
    thread = []
    for name, stamp, text in zip(
        ["Maria K", "jdoe_77", "Priya Shah"], OLDEST_FIRST[3:], INTRO, strict=False
    ):
        thread += [name, stamp, f"{text} I disagree.", "Reply"]
    article = corpusclean.clean("\n".join([*blog, *thread]))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert {f"{text} I disagree." for text in INTRO} <= taken
    assert not taken & set(blog)


@given(
    ends=st.lists(st.sampled_from(SHORT_ENDS), min_size=6, max_size=6),
    nameless=st.integers(2, 4),
    under=st.sampled_from([(), ("Share",), ("Like", "Share")]),
)
def test_entries_ending_on_short_lines_lose_nothing_to_the_thread_detector(
    ends: list[str], nameless: int, under: tuple[str, ...]
) -> None:
    lines = list(INTRO)
    for i, (stamp, entry) in enumerate(zip(OLDEST_FIRST, ENTRIES, strict=True)):
        lines += [stamp, entry, *([ends[i]] if i >= nameless - 1 else []), *under]
    article = corpusclean.clean("\n".join(lines))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert not taken & {*INTRO, *ENTRIES, *ends}


def blog_then_thread(under: tuple[str, ...], controls: tuple[str, ...]) -> list[str]:
    """A live blog with ``under`` below each entry, then a readers' thread: a name over each
    stamp of the next day, the comment, and ``controls`` below it."""
    thread = []
    for n, (name, text) in enumerate(
        zip(["Maria K", "jdoe_77", "Priya Shah"], INTRO, strict=False)
    ):
        thread += [
            name,
            f"June 11, 2023 at 9:{10 * n + 5:02d} am",
            f"{text} I disagree.",
            *controls,
        ]
    return [*live_blog(OLDEST_FIRST, under), *thread]


def test_a_live_blog_sharing_each_entry_then_a_thread_keeps_the_blog() -> None:
    # "Share" under each of the page's own stamps is the page's control, not a reader's:
    # it used to back the blog's stamps, and the thread started at the blog's first entry.
    page = blog_then_thread(("Share",), ("Reply",))
    article = corpusclean.clean("\n".join(page))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert not taken & {*INTRO, *ENTRIES}
    assert {f"{text} I disagree." for text in INTRO} <= taken


@given(
    under=st.sampled_from([("Share",), ("Like", "Share"), ("Teilen",), ("Back to top",)]),
    controls=st.sampled_from([("Reply",), ("Report",), ("Like · Reply",), ("Antworten",)]),
)
def test_a_live_blog_with_its_own_control_then_a_thread_loses_no_entry(
    under: tuple[str, ...], controls: tuple[str, ...]
) -> None:
    # Whatever control the blog prints under its entries, and the thread under its comments,
    # no entry of the blog is taken as a comment; the comments still go.
    article = corpusclean.clean("\n".join(blog_then_thread(under, controls)))
    taken = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert not taken & {*INTRO, *ENTRIES}
    assert {f"{text} I disagree." for text in INTRO} <= taken


# Added with half F (`benchmarks/comments_eval.py --shapes F`): a live page stamped "Updated
# 14:05 GMT", the reporter's name under each stamp, "Share" under each entry, and entries that
# are items of a tour's dates, one now and then alone in its entry. Such an item opens with its
# day and holds no clock time (`_opens_with_a_day`): no reader's signature.
TOUR_DATES = [
    "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre",
    "June 20 – Raleigh, NC @ Coastal Credit Union Music Park",
    "July 3 – Mansfield, MA @ Xfinity Center",
    "July 19 – Toronto, ON @ Budweiser Stage",
    "August 4 – Cincinnati, OH @ Riverbend Music Center",
    "September 5 – Seattle, WA @ White River Amphitheatre",
]
REPORTERS = ["Sarah Collins", "Mark Evans", "Aisha Khan"]


def gmt_live_page(entries: list[str]) -> list[str]:
    lines = list(INTRO)
    for index, entry in enumerate(entries):
        lines += [f"Updated {17 - index}:{(7 * index) % 60:02d} GMT", REPORTERS[index % 3]]
        lines += [entry, "Share"]
    return lines


def test_a_live_page_of_tour_dates_under_its_reporters_loses_nothing() -> None:
    article = corpusclean.clean("\n".join(gmt_live_page([*ENTRIES[:2], *TOUR_DATES])))
    assert "comment_thread" not in {r.rule for r in article.removed}
    assert {*ENTRIES[:2], *TOUR_DATES, *REPORTERS} <= set(article.paragraphs)


def test_a_thread_signed_with_its_day_and_clock_time_first_still_goes() -> None:
    # A stamp that opens the line with its clock time is a reader's: the guard is for days
    # printed alone.
    thread = []
    for day, (name, text) in enumerate([("Maria K", ENTRIES[3]), ("Tom", ENTRIES[4])], 4):
        thread += [f"June {day}, 2023 at 1:{day}8 pm by {name}", text, "Reply"]
    article = corpusclean.clean("\n".join([*INTRO, *ENTRIES[:3], *thread]))
    assert "comment_thread" in {r.rule for r in article.removed}
    assert article.paragraphs == (*INTRO, *ENTRIES[:3])


@given(
    st.lists(st.sampled_from([*ENTRIES, *TOUR_DATES]), min_size=3, max_size=8, unique=True),
)
def test_live_pages_of_days_under_reporters_lose_nothing_to_the_thread_detector(
    entries: list[str],
) -> None:
    article = corpusclean.clean("\n".join(gmt_live_page(entries)))
    assert not [r for r in article.removed if r.rule == "comment_thread"]


# Added with half G (`benchmarks/comments_eval.py --shapes G`): a French live page stamps
# each entry with its age ("Il y a 12 min", "Il y a 3 h"), newest first, "Copier le lien"
# under each entry. The ages are comments' ages in form, but no name stands over them: the
# line over each is the page's own, under the entry before (`_entry_ages`).
def age_live_page(entries: list[str], ages: list[str]) -> list[str]:
    lines = list(INTRO)
    for age, entry in zip(ages, entries, strict=True):
        lines += [age, entry, "Copier le lien"]
    return lines


AGES = ["Il y a 12 min", "Il y a 48 min", "Il y a 1 h", "Il y a 2 h", "Il y a 2 h", "Il y a 4 h"]


def test_a_live_page_stamped_with_ages_loses_nothing() -> None:
    # At the start of half G the thread detector took this page from its third entry on.
    article = corpusclean.clean("\n".join(age_live_page(ENTRIES, AGES)))
    assert "comment_thread" not in {r.rule for r in article.removed}
    assert set(ENTRIES) <= set(article.paragraphs)


def test_a_thread_with_its_readers_over_their_ages_still_goes() -> None:
    # The same ages with a reader's name over each, one reader writing three of the four
    # comments: a thread, not a page's entries.
    thread = []
    for name, age, text in zip(
        ["Hélène", "Hélène", "F. Morel", "Hélène"], AGES[:4], ENTRIES[2:], strict=True
    ):
        thread += [name, age, text, "Répondre"]
    article = corpusclean.clean("\n".join([*INTRO, *ENTRIES[:2], *thread]))
    assert article.paragraphs == (*INTRO, *ENTRIES[:2])


# Found by `comments_eval.py --shapes entries` after half G (158 lines of 181 English
# articles): the same page whose entries end on a link or a list item as short as a name,
# or of two entries only, lost its entries from the first age with the page's line over it.
# Such a line is a reader's name in form, but the page prints it under its last entry too,
# where no comment's head follows it (`_printed_unstamped`).
GIFT_ENTRIES = [
    [
        "Retailers opened their holiday sales a week early this year, citing weak demand.",
        "1) Lego Star Wars 75188 Resistance Bomber",
        "http://amzn.to/2iJFhRj",
    ],
    ["2) Polistil 960574 Racing Track", "http://amzn.to/2hZfWFJ"],
    ["http://amzn.to/2hWw372"],
    ["3) Blade Runner The Final Cut", "http://amzn.to/2hWEIX7", "4) Ghostbusters Collection"],
    ["http://amzn.to/2i0gA5U", "5) Indiana Jones Collection 1-4"],
]


def aged_entries_page(entries: list[list[str]], ages: list[str], under: str) -> list[str]:
    lines = list(INTRO)
    for age, entry in zip(ages, entries, strict=True):
        lines += [age, *entry, under]
    return lines


def test_a_live_page_whose_entries_end_on_links_loses_nothing() -> None:
    page = aged_entries_page(GIFT_ENTRIES, AGES[:5], "Copier le lien")
    article = corpusclean.clean("\n".join(page))
    assert "comment_thread" not in {r.rule for r in article.removed}


def test_a_live_page_of_two_aged_entries_loses_nothing() -> None:
    # Two entries: one age has the page's line over it, the first has the intro over it
    # (the detector took both entries before: a name over one age, no age without one).
    page = aged_entries_page(
        [ENTRIES[:1], ENTRIES[1:2]], ["Il y a 47 min", "Il y a 5 h"], "Copier le lien"
    )
    article = corpusclean.clean("\n".join(page))
    assert "comment_thread" not in {r.rule for r in article.removed}
    assert set(ENTRIES[:2]) <= set(article.paragraphs)


def test_a_thread_whose_reader_stands_over_a_badge_once_still_goes() -> None:
    # One reader over two ages and once over a badge ("Assinante") over a date: a name over
    # a comment's head each time it is printed, not a page's line under its entries.
    thread = []
    for name, head, text in zip(
        ["Ana Paula", "João Silva", "João Silva", "João Silva"],
        [
            ["26 de outubro às 23:16"],
            ["há 3 horas"],
            ["há 10 horas"],
            ["Assinante", "28 de junho às 12:01"],
        ],
        ENTRIES[2:],
        strict=True,
    ):
        thread += [name, *head, text, "Gosto (9) · Responder · Denunciar"]
    article = corpusclean.clean("\n".join([*INTRO, *ENTRIES[:2], *thread]))
    assert article.paragraphs == (*INTRO, *ENTRIES[:2])


def _age(minutes: int, french: bool) -> str:
    if french:
        return f"Il y a {minutes} min" if minutes < 60 else f"Il y a {minutes // 60} h"
    return f"{minutes} minutes ago" if minutes < 60 else f"{minutes // 60} hours ago"


SHORT_ENTRY_LINES = [*SHORT_ENDS, "http://amzn.to/2hWw372", "2) Polistil 960574 Racing Track"]


@given(
    sizes=st.lists(st.integers(1, 3), min_size=2, max_size=6),
    ends=st.lists(st.sampled_from(SHORT_ENTRY_LINES) | st.none(), min_size=6, max_size=6),
    minutes=st.lists(st.integers(1, 600), min_size=6, max_size=6),
    under=st.sampled_from(["Copier le lien", "Link kopieren", "Copy link to this entry"]),
    french=st.booleans(),
)
def test_live_pages_stamped_with_ages_lose_nothing_to_the_thread_detector(
    sizes: list[int], ends: list[str | None], minutes: list[int], under: str, french: bool
) -> None:
    # Two to six entries of one to three paragraphs, each may end on a short line (a link,
    # a list item, a price), under an age of the page in French or English, newest first.
    pool = iter(ENTRIES * 3)
    entries = [
        [next(pool) for _ in range(size)] + ([end] if end else [])
        for size, end in zip(sizes, ends, strict=False)
    ]
    ages = [_age(m, french) for m in sorted(minutes)][: len(entries)]
    article = corpusclean.clean("\n".join(aged_entries_page(entries, ages, under)))
    assert not [r for r in article.removed if r.rule == "comment_thread"]


LETTER_WRITERS = [
    "Margaret Hill, Leeds",
    "Dr Peter Owusu, Cardiff",
    "Jean Atkinson, Whitby, North Yorkshire",
    "Name and address supplied",
    "Tom Barker, Hull",
    "Anne O'Neill, Belfast",
]


def test_a_page_of_letters_under_names_towns_and_dates_loses_nothing() -> None:
    # Half H's English "Letters to the editor": each letter under its writer's name and
    # town and a date, as a comment under its reader's name and stamp, but no control, count
    # or age under any: no thread.
    lines = list(INTRO)
    for day, (writer, letter) in enumerate(zip(LETTER_WRITERS, ENTRIES, strict=True)):
        lines += [writer, f"{day + 3} March 2024", letter]
    article = corpusclean.clean("\n".join(lines))
    assert "comment_thread" not in {r.rule for r in article.removed}
    assert set(ENTRIES) <= set(article.paragraphs)


def test_a_live_readers_q_and_a_with_names_under_times_loses_nothing() -> None:
    # Half H's German live "Leserfragen": a time, the reader's name under it, "Frage:" and
    # "Antwort:"; newest first.
    lines = list(INTRO)
    names = ["Sabine M.", "Hans-Peter Müller", "Jürgen K. aus Graz"]
    for index, entry in enumerate(ENTRIES):
        lines += [f"{15 - index}:{5 * index:02d} Uhr", names[index % 3], f"Frage: {entry}"]
        lines.append(f"Antwort: {entry}")
    article = corpusclean.clean("\n".join(lines))
    assert "comment_thread" not in {r.rule for r in article.removed}
