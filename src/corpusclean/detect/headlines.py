"""The trailing-headlines detector: a related-articles list printed after the body, untitled.

A run of headline-like lines (teasers allowed between them) that ends the document, after
the last prose paragraph. Lines that share a punctuation shape are a list the article itself
prints (tour dates, a results table), and are cut off the front of the run.

A second shape is a teaser list whose summaries are as long as prose: other stories'
headlines, each with a summary that the site cut short or closed with a "more" link
("... Mehr…", "... $199.01 off..."). Prose-length summaries look like the article's own
paragraphs, so the run needs that marker on several of them, whatever the language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..language import Language
from ..model import Block, Verdict
from ..text import (
    FIELD_LABEL_MAX_WORDS,
    FIELD_SEPARATOR,
    SENTENCE_CLOSING,
    announces_what_follows,
    capitalised_share,
    count_inner_sentence_ends,
    ends_like_sentence,
    field_label,
    has_letter,
    has_smiley,
    is_sentence,
    key_words,
    looks_like_headline,
    word_count,
)
from .facts import Facts, prose
from .verdicts import remove_kept_from

__all__ = ["mark_trailing_headlines"]

NAME = "trailing_headlines"
FAMILY = "related"

# A run of headlines at the end of a document needs at least this many to count as a list.
TRAILING_HEADLINES_MIN = 3
# Its headlines are capitalised like headlines (at least this share of words), and a teaser
# under one is at most TEASER_MAX_WORDS long.
HEADLINE_CAPITALISED_SHARE = 0.3
TEASER_MAX_WORDS = 25
# A headline in sentence case is at most this long: longer, an unpunctuated line is a
# sentence that lost its full stop. Such headlines count only beside at least this many
# capitalised ones ("Join our Free $1,000,000 Parlay Challenge" over "Gronk may have found his
# true calling", "NFL odds, cheat sheet, picks, bets, sims").
PLAIN_HEADLINE_MAX_WORDS = 12
PLAIN_RUN_MIN_HEADLINES = 2
# Lines that share a punctuation shape this many times are a structured list.
STRUCTURED_MIN_ITEMS = 3
# Fact rows ("Label: value", the label at most FIGURE_LABEL_MAX_WORDS words and the value at
# most FACT_VALUE_MAX_WORDS) are one from this many, right under a line ending with a colon
# (`LEAD_IN_LIST`): the story's own heading over its list ("Opening times:" over "Tuesday to
# Friday: 10am to 5pm" / "Saturday and Sunday: 11am to 4pm" / "Closed on Mondays"; "Le
# palmarès :" over its prizes). Blind probe session27c: such lists lost their rows as
# headlines and their heading as an empty field, in en, fr and pt. A related box's unknown
# label over kickers ("More games news:" over "Review: High-flying 'NBA 2K17' has a career
# year") heads longer values: headlines.
STRUCTURED_UNDER_LEAD_IN_MIN_ITEMS = 2
# A line holding this many numbers standing alone (digits between spaces or the line's ends,
# "Rovers 2 Athletic 2", "Town 0 Wanderers 1") has the figures shape of a results table's row;
# a related headline holds one number if any ("Top 10 films"), rarely two in three lines.
FIGURES_SHAPE_MIN_NUMBERS = 2
_STANDALONE_NUMBER = regex.compile(r"(?<!\S)\d+(?!\S)")
# A results row ranks its entries inside one line ("1. Martin Berg 6, 2. Jonas Alm 5½, 3. Tor
# Ek 5", "1-2. Ulf Wess, Mats Wel 7, 3. David Fend 5½"): a rank, a stop and a name, this many
# times or more. STRUCTURED_MIN_ITEMS such rows are the story's own table of results (general41:
# a chess club's results by group went as related headlines); a headline ranks no entries.
RANKS_SHAPE_MIN_RANKS = 2
_RANK = regex.compile(r"(?<![\w.])\d{1,2}(?:-\d{1,2})?\.\s?\p{Lu}")
# A digit as the patterns above read one (the `regex` module's `\d`, which holds every
# character `str.isdecimal` takes, and the digits of scripts newer than Python's Unicode):
# a line without one holds none of their shapes (`_item_shapes`).
_ANY_DIGIT = regex.compile(r"\d")

_SHAPE_PUNCTUATION = regex.compile(r"[^\w\s'’\"“”‘]")
# A title's punctuation names a series of the site's (`_series_shape`) only by a mark other
# than a comma: any sentence may hold commas, and a title that does shares its shape with a
# list of "Title, by Author" rows by chance (session23b: "Biblioteche civiche, un anno da
# record" over the year's most-read books, "L'età fragile, di Donatella Di Pietrantonio").
NO_SERIES_MARK = ","
# A tally row names what it counts right after the number ("60 Jahre", "45 years", "30 ans"):
# STRUCTURED_MIN_ITEMS rows counting the same word are a list the article prints (members
# honoured for years of membership), whatever their punctuation. Related headlines that
# count the same unit three times ("... 10 Prozent") are kept with it: junk, not content.
# The number stands on its own: a number glued to the word before it ("General12 hours ago",
# "Noosa News13 hours ago") is a card's section name run into its age stamp, printed under each
# of other stories' headlines, not a count after a name (set 3's card list was cut as a tally).
_TALLY = regex.compile(r"(?<![\d\p{L}])\d++\s++(\p{L}++)")
TALLY_MAX_WORDS_AFTER = 2
# A row may name its item by a code of letters and figures: a class ("Jonas Keller aus der
# 2b" / "... 3c" / "... 1a"), a road ("B4521 Walford to Ross" / "A4137 ..."), a category
# ("U12", "Sub-23"), a platform or a model. STRUCTURED_MIN_ITEMS rows whose first such code
# has the same shape (`_code_shape`: "2b" and "1a" are "9a", "B4521" and "A4137" "A9") and
# a different value each, one under the other (`_is_code_list`), are a list the story prints:
# the winners of its contest, the roads it closes (blind probes session19 and session20: both
# lists, under a story sentence with no colon, went as related headlines). Related headlines
# that share a code share its value ("H5N1", "F1", "G7" in each of a topic's headlines), and a
# card list's glued stamps ("General12 hours ago") stand between its headlines: both stay
# related lists.
_CODE_EDGE_MARKS = "\"'‘’“”„«»()[]{},.;:!?…"

# The last block of a run, under headline-like lines, is the story's closing paragraph when
# it is prose or a sentence of at least this many words (`_closes_the_story`): a German
# closing sentence of 11 words is not `prose` (`text.PROSE_MIN_WORDS`), and three
# sub-headings stacked above it made it a related list's summary. A list's only summary
# sentence, under its last headline, stays with it: the price is one junk line.
CLOSING_SENTENCE_MIN_WORDS = 8
# A list the story announces in its own sentence, ending in a colon right above the list ("The
# winner will be named on March 12. The shortlisted books are:", "Die Bürgerinitiative hat
# dem Gemeinderat drei Forderungen übergeben:"), is the article's: its books' titles and its
# demands are headline-shaped. A related list's heading is a label ("Read more:", "Mehr zum
# Thema:"), shorter than this many words, or a sentence that ends with a stop. The price: a
# related list under a long announcing sentence stays (precision18). Lower than the floor over
# a copy of the title (`dedupe.within.titles.LEAD_IN_MIN_WORDS`, 12) on purpose: a list's
# announcing sentence is often short ("The most borrowed books of the year were:", "Les
# livres les plus empruntés de l'année :", 8 words each, precision session23b; at 12 their
# seven titles go as related headlines).
LIST_INTRO_MIN_WORDS = 8
# A shorter line ending in a colon is the story's too when it names what the story's
# headline names: one of its words of STORY_WORD_MIN_LETTERS letters or more opens (its first
# that many letters) like a word of the document's first line ("Die Forderungen im
# Einzelnen:" under "Bürgerinitiative stellt Forderungen zum Hallenbad", "Les lauréats :"
# under "... dévoile ses lauréats", "The shortlisted books are:" under "... names its book
# prize shortlist"). A related list's label names the site's other stories ("Mehr zum Thema:",
# "Read more:", "More games news:"), in words shorter than that or not the headline's. The
# price: a label with a long word of the headline ("Weitere Meldungen aus Oberau:" under a
# headline naming Oberau) keeps its list (precision19).
STORY_WORD_MIN_LETTERS = 6

# "Label: value" rows with short values after the story are its fact box (a review's
# "Director: Jane Campion", "Running time: 128 minutes"; a museum's "Eintritt: 5 Euro"), not
# a related list, when at least FACT_BOX_MIN_SHARE of the run's items are such rows, each
# value at most FACT_VALUE_MAX_WORDS words. A related list's kickers head headlines, longer
# than that ("Opinion: Why the central bank should wait for more data").
FACT_BOX_MIN_SHARE = 2 / 3
FACT_VALUE_MAX_WORDS = 5
# A row whose value is a figure (a number, maybe a range or a ratio, and at most two unit
# words: "2181", "100,00/350,20", "13,35 Prozent", "4.2 per cent", "350 Mio. Euro") may have a
# longer label, up to FIGURE_LABEL_MAX_WORDS words: a company profile's "Umsatz im
# Geschäftsjahr 2002/2012 (in Mio. Euro): 100,00/350,20" or "Average annual growth over ten
# years: 13.4 per cent" (set 4: four such rows went as headlines). A related headline's
# kicker heads a clause, not a bare figure ("Budget: Council approves 4 per cent rise" has
# words after the number).
FIGURE_LABEL_MAX_WORDS = 8
_FIGURE_VALUE = regex.compile(r"[-+±~≈]?\d[\d.,/%:'’ ]*+(?:\p{L}[\p{L}.]*+(?: \p{L}[\p{L}.]*+)?)?")
# A table an extractor printed as text, one row a line, its cells between bars ("Ort | Bahnhof
# Wolfen, Deutschland |"): a row ends with a bar, its first cell a label of at most
# FIELD_LABEL_MAX_WORDS words (`text.field_label`'s limit) and its other cells hold at least
# one word. A police report's generated fact box is such a table (set 4: its three rows and
# heading went as headlines). Related headlines with a site's name after a bar ("Story title |
# Site") do not end with a bar.
TABLE_CELL_SEPARATOR = "|"
# A box's heading ("At a glance") and a pull quote inside it do not count against that share
# (`_is_fact_box`) when the box has at least FACT_BOX_MIN_ROWS rows; a heading is at most
# FACT_BOX_HEADING_MAX_WORDS words long.
FACT_BOX_MIN_ROWS = 3
FACT_BOX_HEADING_MAX_WORDS = 5
# A box the story ends with, every line of it a "Label: value" row under at most a heading of
# its own (`_is_row_box`): a travel piece's "If you go" with "Getting there: trains run hourly
# from Bristol to Bath Spa" / "Where to stay: The Mill Inn, Wells, doubles from 95 pounds",
# an outing's "Infos zur Tour" (blind probe session27h: both went as headlines). Its labels
# are distinct and short, its values longer than a fact row's but shorter than a sentence.
# A related list's kickers repeat ("Review:", "Review:") or head only some of its items.
ROW_BOX_LABEL_MAX_WORDS = 3
ROW_BOX_VALUE_MAX_WORDS = 10
# A list of titles the story ends with under its own heading with no colon (`_is_titled_list`:
# "Setlist", "The shortlist", "Best Short Documentary", "What we ate"; blind probe
# session27j: 19 such lines went as headlines, en, es, pt) holds names of songs, books, films
# and dishes: each at most TITLED_LIST_ITEM_MAX_WORDS words, TITLED_LIST_ITEM_MEAN_WORDS on
# average ("The Salt Road by Anna Reyes", "A House on Water Street by Ellen Grady"). None of
# the 20 runs the detector removes in the dev sets' and real-pages sets' auto-mode outputs is
# such a list: the short-itemed ones stand under a sentence or a related label ending with
# "...", or hold a longer line (a footer's run with a 15-word line, Wikipedia's external links
# with a 9-word one).
TITLED_LIST_HEADING_MAX_WORDS = 4
# An interview's last turns read as headlines and teasers: a question ("Gibt es
# Alternativen?", capitalised as German nouns are) over its answer ("Berger: Wir prüfen, ob
# Vereine die Häuser übernehmen können."), at least this many times (`_is_interview`; blind
# probe session28d: six turns went when the story above was long enough for the budget).
INTERVIEW_MIN_TURNS = 2
# The story's sentence above such a heading: this many words or more, ending with a stop ("É
# um de quatro filmes na categoria.", 7). The short line above a footer menu's links ("Cookies
# Settings", "Other ways to sign in:") ends with none.
TITLED_LIST_SENTENCE_MIN_WORDS = 5
TITLED_LIST_ITEM_MAX_WORDS = 8
TITLED_LIST_ITEM_MEAN_WORDS = 7
# What a line ends with when it introduces the list under it (`_introduces_a_list`): a club
# report's "Weitere Vereinsjubilare:" over "25 Jahre: Anne Roth und Rudolf Popp" / "40 Jahre:
# Dieter Brand", then its closing paragraph and the page's cut last line, all headline-shaped
# or short: the run was the report's list and its end, not other stories.
LEAD_IN_LIST = ":"
# The list's rows under it: at least this many, each opening alike (`_opening_key`).
LEAD_IN_MIN_ROWS = 2
_OPENING_PUNCTUATION = "\"'‘’“”„«»()[]:;,.!?-–—"
# A line that is a quotation whole: opening and closing quote marks, then at most a dash and
# the speaker's name. (Quote marks, not a sentence's closing `text.CLOSERS`: a bracketed line is
# no quotation.)
_QUOTED_LINE = regex.compile(r"""["“„‘'«][^"“”„«»]{3,200}["”“’'»](\s*[–—-]\s*[\w .,'’-]{1,60})?""")

# A teaser list with prose-length summaries needs at least this many summaries that end
# with a teaser marker (`_teaser_marker`): three, as for a run of headlines; two cut-off
# paragraphs can be an article's quoted speech trailing off.
TEASER_MARKED_MIN = 3
# A marked summary is at least this long: shorter lines that trail off are verse, lyrics or
# a chat log's lines, and a teaser's summary is a sentence or two.
TEASER_SUMMARY_MIN_WORDS = 10

# The end of a teaser summary: an ellipsis right after a word or a comma, with no sentence
# end before it (the site cut the summary short, or printed its "more" link word as "Mehr…"),
# or a word followed by a link arrow (» › → >>), which counts only when the same word ends
# every such summary ("Read more »"): a French paragraph ends with a closing guillemet too.
_TEASER_MARKER = regex.compile(
    r"""
    (?P<word>\w+)"""
    + SENTENCE_CLOSING  # a sentence's closing quote or bracket („…“, « … ») may stand before it,
    + r""" ,? \s*?    # or a comma
    (?:
        (?P<ellipsis> \.{3} | … )     # cut short, or a "more" word with an ellipsis
      | \s* (?P<arrow> [»›→] | >> )   # a "more" word with a link arrow
    )
    \s* $
    """,
    regex.VERBOSE,
)
# What every line `_TEASER_MARKER` matches ends with, once trailing spaces are stripped.
_TEASER_ENDINGS = ("...", "…", "»", "›", "→", ">>")


def _is_headline_item(block: Block, language: Language) -> bool:
    # The cheap tests first: most blocks end with a full stop. No headline carries a smiley:
    # a blog's own list under its sub-heading does ("Our Long Weekend" / "1. Baked cookies
    # :)" / "2. A walk in the rain" / "3. slept in :-)" went as a related list).
    return (
        block.words >= 3
        and not block.text.endswith(".")
        and looks_like_headline(block.text)
        and capitalised_share(block.text) >= HEADLINE_CAPITALISED_SHARE
        and not _two_sentences(block.text)
        and not has_smiley(block.text)
        and not _names_a_speaker(block.text, language)
    )


def _names_a_speaker(text: str, language: Language) -> bool:
    """Whether a line is a name and a speech verb alone ("1. Marco says", "Aisha wrote:"):
    the attribution of the quote under it, in an article's roundup or a reader thread, never
    another story's headline, which says what was said ("Marco says stock needs time").

    A roundup of numbered quotes after an article went as a related list: its signatures
    were read as headlines and its answers as their teasers (thorough26).

    >>> from corpusclean.language import load_language
    >>> en = load_language("en")
    >>> _names_a_speaker("1. Marco says", en), _names_a_speaker("Marco says it needs time", en)
    (True, False)
    """
    return language.reader_signature.fullmatch(text) is not None


def _two_sentences(text: str) -> bool:
    """Whether a line ends a sentence and holds another before it: a story's exclamation
    ("Ah Bartleby! Ah humanity!", the last line of a tale), not a headline. A headline may
    hold two clauses ("Stocks fall. Oil rises") or end with one question or exclamation,
    not both.

    >>> _two_sentences("Ah Bartleby! Ah humanity!"), _two_sentences("Stocks fall. Oil rises")
    (True, False)
    """
    return ends_like_sentence(text) and count_inner_sentence_ends(text) > 0


def _is_plain_headline_item(block: Block, language: Language) -> bool:
    """A headline in sentence case ("Gronk may have found his true calling"): short, no
    full stop, headline-shaped, but capitalised like any line, and no speaker's name
    (`_names_a_speaker`)."""
    return (
        3 <= block.words <= PLAIN_HEADLINE_MAX_WORDS
        and not block.text.endswith(".")
        and looks_like_headline(block.text)
        and not has_smiley(block.text)
        and not _names_a_speaker(block.text, language)
    )


def _is_short_headline(block: Block) -> bool:
    """A headline as short as a sentence-case one, with no sentence end ("?", "!")."""
    return block.words <= PLAIN_HEADLINE_MAX_WORDS and not ends_like_sentence(block.text)


def _kind_of(block: Block, above: Block | None, below: str | None, facts: Facts) -> str | None:
    """What one block of a trailing run is ("headline", "plain", "teaser"), or None.

    A teaser counts only between a headline above it and a headline (or the end) below it;
    a line that is a teaser under a capitalised headline stays one, as before sentence-case
    headlines counted ("The U.S. is a win away from capturing its group").
    """
    if facts.of(_is_headline_item, block):
        return "headline"
    teaser_shape = (
        below != "teaser"
        and block.words <= TEASER_MAX_WORDS
        and above is not None
        and not block.text.endswith(":")
    )
    if teaser_shape and above is not None and facts.of(_is_headline_item, above):
        return "teaser"
    if facts.of(_is_plain_headline_item, block):
        return "plain"
    if teaser_shape and above is not None and facts.of(_is_plain_headline_item, above):
        return "teaser"
    return None


def _run_kinds(blocks: Sequence[Block], kept: Sequence[int], facts: Facts) -> list[str]:
    """What each kept block is, read up from the end while the run lasts (`_kind_of`); the
    last item is the run's top.

    Above a sentence-case headline, the run goes on only through short headlines: a
    sentence-case line is weak evidence, and must not carry the run up to the article's last
    paragraph when that is a capitalised question.
    """
    kinds: list[str] = []
    # Whether a sentence-case headline is in the run below: kept as the run grows, not
    # searched for at each step, as the run may be the whole document.
    below_plain = False
    for position in range(len(kept) - 1, -1, -1):
        above = blocks[kept[position - 1]] if position > 0 else None
        block = blocks[kept[position]]
        kind = _kind_of(block, above, kinds[-1] if kinds else None, facts)
        if kind is None or (kind == "headline" and below_plain and not _is_short_headline(block)):
            break
        kinds.append(kind)
        below_plain = below_plain or kind == "plain"
    return kinds


def _is_related_run(kinds: Sequence[str]) -> bool:
    """Whether a run (read up from the end, starting at a headline) is a related list.

    Headlines must outnumber teasers, so a short closing paragraph is never taken. Sentence
    -case headlines are weaker evidence than capitalised ones (an article's own last lines
    can be short and unpunctuated): they count only beside PLAIN_RUN_MIN_HEADLINES
    capitalised ones, in a run one item longer.
    """
    counts = Counter(kinds)
    headlines, plain = counts["headline"], counts["plain"]
    if counts["teaser"] > headlines:
        return False
    if plain == 0:
        return headlines >= TRAILING_HEADLINES_MIN
    return headlines >= PLAIN_RUN_MIN_HEADLINES and headlines + plain > TRAILING_HEADLINES_MIN


def _closes_the_story(block: Block, language: Language) -> bool:
    """Whether a run's last block may be the story's last paragraph: prose, or a sentence
    of `CLOSING_SENTENCE_MIN_WORDS` words or more ("Für Mieter soll eine Obergrenze bei der
    Umlage der Modernisierungskosten gelten.", under sub-headings stacked above it)."""
    return prose(block, language) or is_sentence(
        block.text, block.words, CLOSING_SENTENCE_MIN_WORDS
    )


def _ends_on_its_paragraph(kinds: Sequence[str], run: Sequence[Block], facts: Facts) -> bool:
    """Whether a run (``run``'s blocks and their ``kinds``, both read up from the end) ends
    the document on its only "teaser" that closes the story (`_closes_the_story`): its last
    paragraph ("Whether the timetable holds is open. A first reading is planned for next
    week.") or a note of the article ("Editor's note: This story was updated at 5:45 p.m.
    ET to include ..."), under lines that may be its sub-headings. A related list's
    summaries are all prose or none is. The price: a footer in prose under a list stays
    ("Terms under which this site is provided. Learn more about our Privacy Policy.")."""
    if not kinds or kinds[0] != "teaser" or not facts.of(_closes_the_story, run[0]):
        return False
    others = (block for block, kind in zip(run[1:], kinds[1:], strict=False) if kind == "teaser")
    return not any(facts.of(prose, block) for block in others)


def _trailing_run(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> tuple[int, int] | None:
    """The first block of a run of headlines (teasers allowed between them) ending the
    document, and the block after its last: the end, or the paragraph the run ends on
    (`_ends_on_its_paragraph`), which stays.

    The run starts at its topmost capitalised headline: sentence-case lines and teasers above
    it are the article's.
    """
    if _starts_no_run(blocks, verdicts, facts):
        return None  # most rounds
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    kinds = _run_kinds(blocks, kept, facts)
    stop = len(blocks)
    run = [blocks[i] for i in reversed(kept[-len(kinds) :])] if kinds else []
    if _ends_on_its_paragraph(kinds, run, facts):
        stop = kept.pop()
        kinds = kinds[1:]
        if kept and _story_stems(blocks[stop].text) & _story_stems(blocks[kept[0]].text):
            return None  # the story goes on under the list: the list is its own
    top = max((n for n, kind in enumerate(kinds) if kind == "headline"), default=None)
    if top is None or not _is_related_run(kinds[: top + 1]):
        return None
    start = len(kept) - 1 - top
    if start > 0 and _announces_a_list(blocks[kept[start - 1]]):
        return None
    if start > 1 and _names_the_story(blocks[kept[start - 1]], blocks[kept[0]]):
        return None
    title = blocks[kept[0]].text if looks_like_headline(blocks[kept[0]].text) else ""
    lead_in = start > 0 and _ends_with_lead_in(blocks[kept[start - 1]])
    least = STRUCTURED_UNDER_LEAD_IN_MIN_ITEMS if lead_in else STRUCTURED_MIN_ITEMS
    first = _after_structured_items(blocks, kept[start:], _series_shape(title), least)
    if start > 0 and _introduces_a_list(blocks[kept[start - 1]], blocks, kept[start:]):
        rest = _after_introduced_items(kinds, top)
        if first is None or rest is None or not _is_related_run(kinds[: rest + 1]):
            return None
        first = max(first, kept[len(kept) - 1 - rest])
    if first is None or sum(1 for i in kept if i >= first) < TRAILING_HEADLINES_MIN:
        return None
    at = [i for i in kept if first <= i < stop]
    items = [blocks[i] for i in at]
    # `listscope.is_fact_list` (distinct labels of up to two words, values of up to six) is a
    # row box too: `_is_row_box` answers for both.
    if _is_fact_box(items, facts) or _is_row_box(items):
        return None
    if _is_titled_list(blocks, verdicts, at) or _is_interview(items):
        return None
    return (first, stop) if any(facts.each(prose, blocks[:first])) else None


def _starts_no_run(blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts) -> bool:
    """Whether the last kept line is of no kind a trailing run holds (`_kind_of`), or none
    is kept: the first step of `_run_kinds`, read up from there, then ends the run at once,
    so `_trailing_run` finds none. Found from the end, without listing every kept line,
    in most rounds (issue #8)."""
    last, above = _last_two_kept(verdicts)
    return last is None or _kind_of(blocks[last], _block_at(blocks, above), None, facts) is None


def _ends_with_no_teaser(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> bool:
    """Whether the last kept line has no teaser marker and is no teaser's title, or none is
    kept: `_teaser_run_start`'s walk up from the end then stops there with no summary
    found, so it finds no run. Found from the end, in most rounds (issue #8)."""
    last, _above = _last_two_kept(verdicts)
    return last is None or (
        facts.of(_teaser_marker, blocks[last]) is None
        and not facts.of(_is_teaser_title, blocks[last])
    )


def _last_two_kept(verdicts: Sequence[Verdict]) -> tuple[int | None, int | None]:
    """The indexes of the last kept verdict and of the kept one before it (None for none),
    read from the end: a run ending the document is read up from there.

    >>> gone = Verdict(keep=False, rule="share_row")
    >>> _last_two_kept([Verdict(keep=True), Verdict(keep=True), gone]), _last_two_kept([gone])
    ((1, 0), (None, None))
    """
    found: list[int] = []
    for index in range(len(verdicts) - 1, -1, -1):
        if verdicts[index].keep:
            found.append(index)
            if len(found) == 2:
                return found[0], found[1]
    return (found[0] if found else None), None


def _block_at(blocks: Sequence[Block], index: int | None) -> Block | None:
    """The block at ``index``, or None for no index."""
    return None if index is None else blocks[index]


def _ends_with_lead_in(block: Block) -> bool:
    """Whether a line ends with `LEAD_IN_LIST`, as a line introducing a list does."""
    return block.text.rstrip().endswith(LEAD_IN_LIST)


def _announces_a_list(block: Block) -> bool:
    """Whether a block is the story's sentence announcing the list under it
    (`text.announces_what_follows`, of at least `LIST_INTRO_MIN_WORDS` words).

    >>> from corpusclean.model import Block
    >>> intro = "The winner will be named in March. The shortlisted books are:"
    >>> _announces_a_list(Block(intro, 0, 0))
    True
    >>> _announces_a_list(Block("Mehr zum Thema:", 0, 0))
    False
    """
    return announces_what_follows(block.text, block.words, LIST_INTRO_MIN_WORDS)


def _story_stems(text: str) -> set[str]:
    """The first `STORY_WORD_MIN_LETTERS` letters of each word of a text that has as many."""
    n = STORY_WORD_MIN_LETTERS
    return {word[:n] for word in key_words(text) if len(word) >= n and not word.isdecimal()}


def _names_the_story(lead_in: Block, title: Block) -> bool:
    """Whether a line ending in a colon names what the story's first line names: a long
    word of it opens like one of the title's (`STORY_WORD_MIN_LETTERS`).

    >>> from corpusclean.model import Block
    >>> title = Block("Bürgerinitiative stellt Forderungen zum Hallenbad", 0, 0)
    >>> _names_the_story(Block("Die Forderungen im Einzelnen:", 1, 1), title)
    True
    >>> _names_the_story(Block("Mehr zum Thema:", 1, 1), title)
    False
    """
    if not _ends_with_lead_in(lead_in):
        return False
    return bool(_story_stems(lead_in.text) & _story_stems(title.text))


def _introduces_a_list(lead_in: Block, blocks: Sequence[Block], run: Sequence[int]) -> bool:
    """Whether the kept line above a run introduces a list of the article's own: it ends
    with a colon ("Weitere Vereinsjubilare:", "Es spielten:", "The winners:"), and the run's
    first lines open alike (`_opening_key`: each with a number, or with one word), as the
    rows of one list do ("25 Jahre: Anne Roth und Rudolf Popp" / "40 Jahre: Dieter Brand").

    Those rows are the article's, so only a run that goes on after them can be a related
    list. A related list's label that no rule knows ("More games news:") heads headlines that
    open in different ways, and the list still goes; so does a sign-in box's ("Other ways to
    sign in:" over "Log in with Facebook", "Log in with VK", "Sign in with Google").
    """
    if not _ends_with_lead_in(lead_in):
        return False
    rows = []
    for index in run:
        if not looks_like_headline(blocks[index].text):
            break
        rows.append(_opening_key(blocks[index].text))
    return len(rows) >= LEAD_IN_MIN_ROWS and len(set(rows)) == 1


def _opening_key(text: str) -> str:
    """How a list row opens: "#" for a number, else its first word, casefolded.

    >>> _opening_key("25 Jahre: Anne Roth"), _opening_key("Review: 'Madden NFL 17' runs hard")
    ('#', 'review')
    """
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return "#" if first[:1].isdecimal() else first.strip(_OPENING_PUNCTUATION).casefold()


def _after_introduced_items(kinds: Sequence[str], top: int) -> int | None:
    """Where a run goes on under the list a colon introduced, as an index of ``kinds`` (read
    up from the end; ``top`` is the run's first line): the first capitalised headline after
    the list's items and the text under its last item, or None when the run has no other.

    >>> _after_introduced_items(["headline", "teaser", "headline", "headline"], 3)
    0
    >>> _after_introduced_items(["teaser", "headline", "headline"], 2) is None
    True
    """
    n = top
    while n >= 0 and kinds[n] != "teaser":  # the list's items
        n -= 1
    while n >= 0 and kinds[n] != "headline":  # the text under the last item
        n -= 1
    return n if n >= 0 else None


def _is_fact_row(block: Block, _language: Language) -> bool:
    """Whether a block is a "Label: value" row with a short value ("Running time: 128
    minutes"; `FACT_VALUE_MAX_WORDS`), a longer label's figure (`_is_figure_row`) or a
    table's row (`_is_table_row`)."""
    if _is_table_row(block.text):
        return True
    if not field_label(block.text):
        return _is_figure_row(block.text)
    value = block.text.partition(FIELD_SEPARATOR)[2]
    return len(value.split()) <= FACT_VALUE_MAX_WORDS


def _is_figure_row(text: str) -> bool:
    """Whether a line is a label of at most `FIGURE_LABEL_MAX_WORDS` words, a colon and a
    figure (a number with at most two unit words).

    >>> _is_figure_row("Umsatz im Geschäftsjahr 2002/2012 (in Mio. Euro): 100,00/350,20")
    True
    >>> _is_figure_row("Average annual growth over ten years: 13.4 per cent")
    True
    >>> _is_figure_row("Budget: Council approves 4 per cent rise in council tax")
    False
    """
    label, separator, value = text.rpartition(FIELD_SEPARATOR)
    if not separator or not label.strip() or len(label.split()) > FIGURE_LABEL_MAX_WORDS:
        return False
    return _FIGURE_VALUE.fullmatch(value.strip()) is not None


def _is_table_row(text: str) -> bool:
    """Whether a line is a table's row printed as text: cells between bars, ending with one,
    a short label first and a word in another cell.

    >>> _is_table_row("Ort | Bahnhof Wolfen, Deutschland |"), _is_table_row("Details | |")
    (True, False)
    >>> _is_table_row("Council approves budget | The Courier")
    False
    """
    if not text.rstrip().endswith(TABLE_CELL_SEPARATOR):
        return False
    label, *cells = (cell.strip() for cell in text.rstrip().split(TABLE_CELL_SEPARATOR))
    if not label or len(label.split()) > FIELD_LABEL_MAX_WORDS:
        return False
    return any(has_letter(cell) for cell in cells)


def _is_fact_box(items: Sequence[Block], facts: Facts) -> bool:
    """Whether a run's items are mostly fact rows (`FACT_BOX_MIN_SHARE`): the story's
    fact box, not a list of other stories.

    The box's own heading above its rows ("At a glance") and a quoted line among them (a
    pull quote, `_is_quoted_line`) are neither rows nor headlines of other stories: they do
    not count against the share, once the box has `FACT_BOX_MIN_ROWS` rows.
    """
    rows = sum(facts.each(_is_fact_row, items))
    if bool(items) and rows >= FACT_BOX_MIN_SHARE * len(items):
        return True
    heading = 1 if items and _is_box_heading(items[0]) else 0
    quoted = sum(1 for block in items[heading:] if _is_quoted_line(block))
    return rows >= FACT_BOX_MIN_ROWS and rows >= FACT_BOX_MIN_SHARE * (
        len(items) - heading - quoted
    )


def _is_row_box(items: Sequence[Block]) -> bool:
    """Whether a run's items are a box of the story's own: an optional heading
    (`_is_box_heading`: "If you go", "Infos zur Tour"), then only "Label: value" rows with
    distinct labels of at most `ROW_BOX_LABEL_MAX_WORDS` words and values of at most
    `ROW_BOX_VALUE_MAX_WORDS`, at least `LEAD_IN_MIN_ROWS` of them.

    >>> rows = ["If you go", "Getting there: trains run hourly from Bristol to Bath Spa",
    ...         "Where to stay: The Mill Inn, Wells, doubles from 95 pounds"]
    >>> _is_row_box([Block(row, i, i + 1) for i, row in enumerate(rows)])
    True
    >>> kickers = ["Review: High-flying 'NBA 2K17' has a career year",
    ...            "Review: 'Madden NFL 17' runs hard, plays it safe"]
    >>> _is_row_box([Block(row, i, i + 1) for i, row in enumerate(kickers)])
    False
    """
    rows = items[1:] if items and _is_box_heading(items[0]) else items
    labels = []
    for block in rows:
        row = _label_and_value(block.text, ROW_BOX_LABEL_MAX_WORDS, ROW_BOX_VALUE_MAX_WORDS)
        if row is None:
            return False
        labels.append(row[0].casefold())
    return len(labels) >= LEAD_IN_MIN_ROWS and len(set(labels)) == len(labels)


def _label_and_value(text: str, label_words: int, value_words: int) -> tuple[str, str] | None:
    """The label and the value of a "Label: value" line, stripped, when the label has at most
    ``label_words`` words and the value at most ``value_words``; None otherwise.

    >>> _label_and_value("Where to stay: The Mill Inn", 3, 10)
    ('Where to stay', 'The Mill Inn')
    >>> _label_and_value("Review: High-flying 'NBA 2K17' has a career year", 8, 5) is None
    True
    """
    label, separator, value = text.partition(FIELD_SEPARATOR)
    label, value = label.strip(), value.strip()
    if not (separator and label and value):
        return None
    if len(label.split()) > label_words or len(value.split()) > value_words:
        return None
    return label, value


def _is_interview(items: Sequence[Block]) -> bool:
    """Whether a run's blocks are an interview's turns: a question, then one answer under it
    that asks nothing, at least `INTERVIEW_MIN_TURNS` times, to the run's end. A related
    list asks in some of its headlines, not in all of them, and never answers one in the line
    under it; questions alone, one under another, are such a list ("Is the euro doomed?" /
    "Can Labour win?" / "Will rates fall?").

    >>> turns = ["Why close them?", "Berger: We must save.", "And if not?", "They close."]
    >>> _is_interview([Block(t, i, i + 1) for i, t in enumerate(turns)])
    True
    >>> asked = ["Is the euro doomed?", "Can Labour win?", "Will rates fall?"]
    >>> _is_interview([Block(t, i, i + 1) for i, t in enumerate(asked)])
    False
    """
    # A bare "?" only, not `page.interview.is_question`'s full-width mark and closing quotes:
    # an answer ending on a quoted question ('... she asked: "Why?"') would read as a
    # question and break the turns' order, and a question in closing quotes would count where
    # it does not now. Widening moves runs both ways (more or fewer removed), untested.
    asks = [block.text.rstrip().endswith("?") for block in items]
    turns = len(asks) // 2
    return turns >= INTERVIEW_MIN_TURNS and asks == [True, False] * turns


def _is_titled_list(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], run: Sequence[int]
) -> bool:
    """Whether a run (the indexes of its kept blocks) is the story's own list of titles under
    its heading: a kept sentence of the story's (`_ends_a_story_sentence`), right above a
    heading of at most `TITLED_LIST_HEADING_MAX_WORDS` words with no colon and no stop
    ("Setlist", "The shortlist", "Best Short Documentary", "What we ate"), then at least
    `TRAILING_HEADLINES_MIN` items, each of at most `TITLED_LIST_ITEM_MAX_WORDS` words and
    `TITLED_LIST_ITEM_MEAN_WORDS` on average: songs, books, films, dishes. The heading and the
    list's first titles may stand above the run (a title that is no headline, "Long Way",
    and the run starts under it): the kept short lines right above the run, with no block
    between them, are read with it (`_is_short_line`), up to the story's sentence. A footer's
    menu has a short line over its other links too
    ("Cookies Settings" over "Terms & Conditions"), but other furniture above that line, not
    the story's sentence right above it; a menu right under the story's last sentence reads
    as such a list and stays (junk kept, precision first).

    >>> from corpusclean.model import Verdict
    >>> lines = ["The winner will be named on March 12 in Portland.", "The shortlist",
    ...          "The Salt Road by Anna Reyes", "Low Water by Peter Marsh",
    ...          "A House on Water Street by Ellen Grady"]
    >>> blocks = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    >>> kept = [Verdict(keep=True)] * len(blocks)
    >>> _is_titled_list(blocks, kept, [2, 3, 4]), _is_titled_list(blocks, kept, [1, 2, 3, 4])
    (True, True)
    >>> gone = [kept[0], Verdict(keep=False, rule="privacy"), *kept[2:]]
    >>> _is_titled_list(blocks, gone, [2, 3, 4])  # furniture, not the story, above the line
    False
    """
    if not run:
        return False
    heading = run[0]
    while heading > 0 and verdicts[heading - 1].keep and _is_short_line(blocks[heading - 1]):
        heading -= 1
    story = heading - 1
    if story < 0 or not verdicts[story].keep or not _ends_a_story_sentence(blocks[story]):
        return False
    if not _is_titles_heading(blocks[heading]):
        return False
    items = [*range(heading + 1, run[0]), *(i for i in run if i > heading)]
    words = [blocks[i].words for i in items]
    return (
        len(words) >= TRAILING_HEADLINES_MIN
        and max(words) <= TITLED_LIST_ITEM_MAX_WORDS
        and sum(words) <= TITLED_LIST_ITEM_MEAN_WORDS * len(words)
    )


def _is_short_line(block: Block) -> bool:
    """Whether a block may be a list's title or its heading: at most
    `TITLED_LIST_ITEM_MAX_WORDS` words, with no sentence end."""
    return block.words <= TITLED_LIST_ITEM_MAX_WORDS and not ends_like_sentence(block.text)


def _ends_a_story_sentence(block: Block) -> bool:
    """Whether a block is a sentence of the story: `TITLED_LIST_SENTENCE_MIN_WORDS` words or
    more, ending like a sentence."""
    return is_sentence(block.text, block.words, TITLED_LIST_SENTENCE_MIN_WORDS)


def _is_titles_heading(block: Block) -> bool:
    """Whether a block may head a list of titles: short, no colon, no sentence end."""
    return block.words <= TITLED_LIST_HEADING_MAX_WORDS and not block.text.rstrip().endswith(
        (":", ".", "!", "?", "…")
    )


def _is_box_heading(block: Block) -> bool:
    """Whether a block may head a fact box: a short label with no colon and no sentence end
    ("At a glance", "The levee in numbers")."""
    return (
        block.words <= FACT_BOX_HEADING_MAX_WORDS
        and not field_label(block.text)
        and not block.text.rstrip().endswith((":", ".", "!", "?"))
    )


def _is_quoted_line(block: Block) -> bool:
    """Whether a block is a quotation as a whole, opening and closing on a quote mark, maybe
    with its speaker after a dash ("„Ein Hallenbad ist Daseinsvorsorge“ – Bürgermeister").

    >>> from corpusclean.model import Block
    >>> _is_quoted_line(Block("“We owe it to our grandchildren” – Mayor Dana Reyes", 0, 0))
    True
    >>> _is_quoted_line(Block("“Raise it now”: residents gather 3,000 signatures", 0, 0))
    False
    """
    text = block.text.strip()
    return bool(_QUOTED_LINE.fullmatch(text))


def _punctuation_shape(text: str) -> str:
    return "".join(_SHAPE_PUNCTUATION.findall(text))


def _series_shape(title: str) -> str:
    """The punctuation shape a series' headlines share with the story's title ("Milan
    Design Week 2018 | ..."), or "" when the title has none or commas alone (`NO_SERIES_MARK`).

    >>> _series_shape("Milan Design Week 2018 | Day two"), _series_shape("Books, a record year")
    ('|', '')
    """
    shape = _punctuation_shape(title)
    return shape if shape.strip(NO_SERIES_MARK) else ""


def _tally_word(text: str) -> str:
    """The word a tally row counts, casefolded, or "" when the line is no such row.

    A tally row names someone, then the count and what it counts at the line's end, at most
    TALLY_MAX_WORDS_AFTER words after that word ("Helmut Krämer 60 Jahre", "Antonio Gil, 40
    años de socio"). A listicle headline starts with its number ("10 Great Science Reads")
    or goes on after it ("Get Lost in 8 Great Biographies – from Lawrence of Arabia ...").

    >>> _tally_word("Helmut Krämer 60 Jahre"), _tally_word("Antonio Gil, 40 años de socio")
    ('jahre', 'años')
    >>> _tally_word("8 Great Essay Collections for Your Reading Pleasure")
    ''
    >>> _tally_word("Get Lost in 8 Great Biographies – from Lawrence of Arabia to Fuller")
    ''
    """
    matches = list(_TALLY.finditer(text))
    last = matches[-1] if matches else None
    if last is None or not has_letter(text[: last.start()]):
        return ""
    if word_count(text[last.end() :].strip()) > TALLY_MAX_WORDS_AFTER:
        return ""
    return str(last.group(1)).casefold()


def _item_shapes(text: str) -> tuple[str, str, str, str, str, str]:
    """The six shapes a structured item shares with its list: punctuation, tally word,
    figures (`_figures_shape`), fact row (`_is_short_fact_row`, "f" alone when not), the
    shape of its first code (`_first_code`, `_code_shape`; "c" alone when it has none), and a
    results row (`_ranks_entries`, "k" alone when not).

    A line with no digit (`_ANY_DIGIT`: most related headlines) has none of the four shapes
    that read a number, so they are not looked for: each is "" with no digit to match
    (`_TALLY`, `_STANDALONE_NUMBER` and `_RANK` each need one, a code a decimal, which is
    one too). Two to five pattern calls a line less, on every item of every run read.
    """
    digits = _ANY_DIGIT.search(text) is not None
    return (
        "p" + _punctuation_shape(text),
        "t" + (_tally_word(text) if digits else ""),
        "n" + (_figures_shape(text) if digits else ""),
        "f" + _fact_row_shape(text),
        "c" + (_code_shape(_first_code(text)) if digits else ""),
        "k" + ("ranks" if digits and _ranks_entries(text) else ""),
    )


def _fact_row_shape(text: str) -> str:
    """An item's fact-row shape (`_item_shapes`): "row" for a short fact row, else ""."""
    return "row" if _is_short_fact_row(text) else ""


def _ranks_entries(text: str) -> bool:
    """Whether a line ranks `RANKS_SHAPE_MIN_RANKS` entries or more: a results row.

    >>> _ranks_entries("1. Martin Berg 6, 2. Jonas Alm 5½, 3. Tor Ek 5 (10 deltagare)")
    True
    >>> _ranks_entries("1-2.Ulf Wess Mats Wel 7, 3. David Fend 5½")
    True
    >>> _ranks_entries("Top 10. Die besten Filme"), _ranks_entries("Version 2.5 released")
    (False, False)
    """
    return len(_RANK.findall(text)) >= RANKS_SHAPE_MIN_RANKS


def _first_code(text: str) -> str:
    """The first word of a line that holds both a letter and a figure, its edge marks
    stripped (`_CODE_EDGE_MARKS`), or "" when it has none.

    >>> _first_code("Jonas Keller aus der 2b"), _first_code("B4521 Walford to Ross")
    ('2b', 'B4521')
    >>> _first_code("Top 10 films of 2024")
    ''
    """
    for word in text.split():
        word = word.strip(_CODE_EDGE_MARKS)
        if any(c.isdecimal() for c in word) and any(c.isalpha() for c in word):
            return word
    return ""


def _is_code_list(texts: Sequence[str], shape: str) -> bool:
    """Whether the lines whose first code has ``shape`` ("c" and the code's shape) are a list's
    rows: their codes differ (a list's own, not a topic's shared "H5N1") and no other line
    stands between them (a list's rows stand together; a card list prints a glued section and
    age stamp, "Noosa News13 hours ago", over each headline, every other line).

    >>> _is_code_list(["A39 Taunton", "A361 Frome", "B3227 Wiveliscombe"], "cA9")
    True
    >>> _is_code_list(["News13 hours ago", "Story one", "General12 hours ago", "Story two",
    ...                "News16 hours ago"], "cAa9")
    False
    """
    at = [n for n, text in enumerate(texts) if "c" + _code_shape(_first_code(text)) == shape]
    codes = {_first_code(texts[n]) for n in at}
    return len(codes) >= STRUCTURED_MIN_ITEMS and at[-1] - at[0] + 1 == len(at)


def _code_shape(code: str) -> str:
    """A code's shape: each run of capitals "A", of other letters "a", of figures "9",
    other marks as they are.

    >>> _code_shape("A361"), _code_shape("4b"), _code_shape("Sub-23"), _code_shape("")
    ('A9', '9a', 'Aa-9', '')
    """
    shape: list[str] = []
    for char in code:
        mark = (
            "9" if char.isdecimal() else "A" if char.isupper() else "a" if char.isalpha() else char
        )
        if not shape or shape[-1] != mark or mark not in "9Aa":
            shape.append(mark)
    return "".join(shape)


def _is_short_fact_row(text: str) -> bool:
    """Whether a line is "Label: value" with a label of at most `FIGURE_LABEL_MAX_WORDS`
    words and a value of at most `FACT_VALUE_MAX_WORDS`.

    >>> _is_short_fact_row("Tuesday to Friday: 10am to 5pm")
    True
    >>> _is_short_fact_row("Review: High-flying 'NBA 2K17' has a career year")
    False
    """
    return _label_and_value(text, FIGURE_LABEL_MAX_WORDS, FACT_VALUE_MAX_WORDS) is not None


def _figures_shape(text: str) -> str:
    """How many numbers stand alone in the line, as text, when at least
    `FIGURES_SHAPE_MIN_NUMBERS`; "" otherwise.

    >>> _figures_shape("Rovers 2 Athletic 2"), _figures_shape("Top 10 films of the year")
    ('2', '')
    """
    count = len(_STANDALONE_NUMBER.findall(text))
    return str(count) if count >= FIGURES_SHAPE_MIN_NUMBERS else ""


def _after_structured_items(
    blocks: Sequence[Block],
    run: Sequence[int],
    title_shape: str = "",
    min_items: int = STRUCTURED_MIN_ITEMS,
) -> int | None:
    """Where the run starts once structured items are cut off its front.

    Lines that share a punctuation shape ("June 9 -- Venue, City, ST", "Spain (Group F): ...")
    are a list the article itself prints (tour dates, a table); related headlines vary. Not
    when the shape is the title's own ("Milan Design Week 2018 | ..." under a title of that
    shape): those are the site's headlines of a series, linked after the story. Lines that
    count the same thing (`_tally_word`: "Helmut Krämer 60 Jahre", "Gerda Brandt 50 Jahre")
    are such a list with no punctuation: the members a club honoured, the years of each; so
    are lines of two or more numbers standing alone (`_figures_shape`: a results table,
    "Rovers 2 Athletic 2" / "Town 0 Wanderers 1"), and short fact rows
    (`_is_short_fact_row`). A shape counts from `STRUCTURED_MIN_ITEMS` lines; fact rows from
    ``min_items`` (fewer right under the story's own heading ending with a colon,
    `STRUCTURED_UNDER_LEAD_IN_MIN_ITEMS`).
    """
    # Each item's shapes found once, for the count and for the last structured item (issue
    # #8: found twice, they were about half of the detector's growth on the ASCII corpus).
    items = [_item_shapes(blocks[i].text) for i in run]
    shapes = Counter(shape for item in items for shape in item)
    structured = {
        shape
        for shape, count in shapes.items()
        if shape not in {"p", "t", "n", "f", "c", "k"}
        and count >= (min_items if shape == "frow" else STRUCTURED_MIN_ITEMS)
        and shape != "p" + title_shape
    }
    for shape in [shape for shape in structured if shape.startswith("c")]:
        if not _is_code_list([blocks[i].text for i in run], shape):
            structured.discard(shape)
    last = max((pos for pos, item in enumerate(items) if structured.intersection(item)), default=-1)
    return run[last + 1] if last + 1 < len(run) else None


def _teaser_marker(block: Block, _language: Language) -> tuple[str, str] | None:
    """The marker that ends a prose-length teaser summary, as (kind, word), or None.

    >>> from corpusclean.model import Block
    >>> text = "Das Prüferteam lehnt immer häufiger ganze Apps ab. Ist das richtig so? Mehr…"
    >>> _teaser_marker(Block(text, 0, 0), None)
    ('ellipsis', 'mehr')
    """
    # The cheap test first: most blocks end with no marker at all, and the pattern's search
    # tries every position of the line's end.
    if block.words < TEASER_SUMMARY_MIN_WORDS or not block.text.rstrip().endswith(_TEASER_ENDINGS):
        return None
    found = _TEASER_MARKER.search(block.text[-80:])
    if found is None:
        return None
    return ("ellipsis" if found["ellipsis"] else "arrow", found["word"].casefold())


def _is_marked_run(markers: Sequence[tuple[str, str]]) -> bool:
    """Whether the summaries' markers are a teaser list's: enough summaries cut short, or
    enough ending with one "more" word (the only evidence an arrow gives)."""
    cut_short = sum(1 for kind, _word in markers if kind == "ellipsis")
    same_word = Counter(word for _kind, word in markers).most_common(1)
    return cut_short >= TEASER_MARKED_MIN or bool(
        same_word and same_word[0][1] >= TEASER_MARKED_MIN
    )


def _is_teaser_title(block: Block, _language: Language) -> bool:
    """A teaser's title: any headline-shaped line, two words or more ("Die besseren Mac
    minis", "Quiz: Wie gut kennen Sie Apple?"). Loose, as the marked summaries vouch for
    the run."""
    return looks_like_headline(block.text)


def _teaser_run_start(
    blocks: Sequence[Block], verdicts: Sequence[Verdict], facts: Facts
) -> int | None:
    """The first block of a teaser list with prose-length summaries that ends the document.

    Read up from the end, the run holds only headline-like lines and summaries with a
    teaser marker; it starts at its topmost marked summary or the headline just above it.
    An unmarked paragraph ends the run, so an article's sub-headings and their paragraphs
    (a listicle, an FAQ) never join it: their paragraphs end like sentences.
    """
    if _ends_with_no_teaser(blocks, verdicts, facts):
        return None  # most rounds
    kept = [i for i, verdict in enumerate(verdicts) if verdict.keep]
    markers: list[tuple[str, str]] = []
    top: int | None = None
    for position in range(len(kept) - 1, -1, -1):
        block = blocks[kept[position]]
        marker = facts.of(_teaser_marker, block)
        if marker is not None:
            markers.append(marker)
            top = position
        elif not facts.of(_is_teaser_title, block):
            break
    if top is None or not _is_marked_run(markers):
        return None
    if top > 0 and facts.of(_is_teaser_title, blocks[kept[top - 1]]):
        top -= 1  # the first summary's headline
    start = kept[top]
    return start if any(facts.each(prose, blocks[:start])) else None


def mark_trailing_headlines(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a list of related headlines, or of teasers, printed after the article without a
    heading.

    A teaser run is a certain removal, not limited by the removal budget: its summaries are
    as long as the article's paragraphs, often longer than a short story (the budget would
    keep them all), and the markers that end them are evidence no article paragraph gives
    three times over, down to the document's end. A run of headlines stays ambiguous.
    """
    teasers = _teaser_run_start(blocks, verdicts, facts)
    if teasers is not None:
        teaser = Verdict(
            keep=False,
            rule=NAME,
            reason="one of a run of teasers (headlines and summaries cut short or ending "
            "with a 'more' link) after the last body paragraph",
            family=FAMILY,
            certain=True,
        )
        remove_kept_from(verdicts, teasers, teaser)
    run = _trailing_run(blocks, verdicts, facts)
    if run is None:
        return
    related = Verdict(
        keep=False,
        rule=NAME,
        reason="one of a run of headline-like lines after the last body paragraph "
        "(a related-articles list)",
        family=FAMILY,
    )
    start, stop = run
    remove_kept_from(verdicts, start, related, stop)
