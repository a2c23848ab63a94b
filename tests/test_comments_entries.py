"""Pages of entries are not comment threads: a live blog or a timeline stamps each entry with
a date and a clock time, and may print a control under each ("Share"), as a thread does, but
its stamps name no reader (`detect.comments._signed_by_readers`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments import _stamp_only
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
    from corpusclean.detect.comments import _names_no_reader
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
