"""Repeated blocks inside one document: a title printed twice, paragraphs pasted again.

Repair, don't reject: the first copy stays, later copies are reported. Blocks are compared
on a key that ignores case, spacing, punctuation and quote style, so near-identical repeats
match; digits count, so blocks that differ only in a number (scores, prices, dates) are
different blocks. A short block (a one-word line, a refrain) is removed only as part of a run
of repeated paragraphs, or when its copy follows it directly, never just because it repeats.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TypeVar

import attrs

from ..model import Block
from ..text import (
    CLOSERS,
    ELLIPSES,
    HEADLINE_MAX_WORDS,
    count_inner_sentence_ends,
    ends_like_sentence,
    is_footnote,
    is_prose,
    key_words,
    label_key,
    looks_like_headline,
)

__all__ = [
    "DUPLICATE_ADJACENT",
    "DUPLICATE_PARAGRAPH",
    "DUPLICATE_REFLOWED",
    "DUPLICATE_RUN",
    "DUPLICATE_TEASER",
    "DUPLICATE_TITLE",
    "MAX_PASTED_COPIES",
    "Duplicate",
    "KeyCache",
    "comparison_keys",
    "cut_quotation",
    "embed_fallback_text",
    "find_closing_teaser_copies",
    "find_cut_title_copies",
    "find_duplicates",
    "find_embed_fallback_copies",
    "find_excerpt_box_copies",
    "find_footnoted_copies",
    "find_joined_pair_copies",
    "find_labelled_caption_copies",
    "find_page_break_copies",
    "find_question_heading_copies",
    "find_quote_box_copies",
    "find_reflowed_copy",
    "find_revised_copies",
    "find_teaser_copies",
    "find_titled_copies",
    "find_unaccented_copies",
    "find_unkeyed_copies",
    "headlines_in_title_tag",
    "is_one_word_revised",
    "labelled_text",
    "quote_box_quotation",
    "speaker_box_quotation",
    "twin_candidates",
]

#: The names of this module's removals, and their family (see `detect.registry`).
DUPLICATE_TITLE = "duplicate_title"
DUPLICATE_PARAGRAPH = "duplicate_paragraph"
DUPLICATE_RUN = "duplicate_run"
DUPLICATE_ADJACENT = "duplicate_adjacent"
DUPLICATE_REFLOWED = "duplicate_reflowed"
DUPLICATE_TEASER = "duplicate_teaser"
FAMILY = "duplicates"

#: A block seen more often than this is recurring content, never removed as a repeat.
MAX_PASTED_COPIES = 2
# The article printed again from its first paragraph on, in the same order, for this many
# blocks, of which this many are whole paragraphs (`find_duplicates`'s ``min_words``), is the
# body pasted again, even where some of its blocks recur in the article itself (an
# interview's standing question, a name over each answer), which `MAX_PASTED_COPIES`
# otherwise keeps. From the first paragraph only: a meal plan prints the same 28 blocks (7
# paragraphs) under two plans' headings, further down.
PASTED_RUN_MIN_BLOCKS = 4
PASTED_RUN_MIN_PARAGRAPHS = 2
# The article printed again with other breaks (its paragraphs joined, hard-wrapped, a sentence
# a line: another extraction of the same page) shares no block with its first printing, so no
# key finds it. A later block that starts as the article's first block or paragraph does, in
# its first this many characters (or is, whole, that block's start, of at least the lesser
# number: a short first sentence set on its own line), may start such a copy; the words are
# then compared. The lesser number holds a dateline ("BAAR, SWITZERLAND").
REFLOWED_PROBE_CHARS = 40
REFLOWED_MIN_START_CHARS = 12
# At most this many such blocks are compared, each once: a document printing its first
# paragraph's start many times (a refrain, an attack) stays linear.
REFLOWED_MAX_STARTS = 2
# ... among at most this many blocks that share the start's first characters, looked at in
# turn (a document printing them on every line stays linear: one search a block looked at).
REFLOWED_MAX_HITS = 8
# A copy from another extraction leaves out what the first printing holds between
# paragraphs: a block of at most this many words (a caption, "Advertisement", a sub-heading).
REFLOWED_SKIP_MAX_WORDS = 8
# The copy may hold a short block of its own (`REFLOWED_SKIP_MAX_WORDS`) that the first
# printing lacks: the other extraction set an ad's label inside a paragraph, splitting it.
# One at a time: two such blocks in a row are something else than a label (a list, a
# section of its own), and the copy ends there.
REFLOWED_COPY_SKIPS_IN_A_ROW = 1
# A page's description printed above the story is the start of its paragraph again: cut
# short ("... for a second..."), or its first sentence. Looked for among the first blocks
# (the description stands between the headline and the story), next to its paragraph or
# with one block (a byline, a caption) between them, when it holds this many words: a short
# paragraph that opens the next one's words ("He said no." / "He said no to ...") is the
# story's own.
TEASER_WINDOW = 6
TEASER_GAP = 2
TEASER_MIN_WORDS = 8
# The block between may not be a paragraph (`text.is_prose`, `_lead_between`): a line under
# the headline that opens the story's second paragraph, the lead between them, is a standfirst
# quoting it, the article's own (blind7 half 13: 22 of 60 such went as teasers). An image's
# caption that is the lead with a credit (`CAPTION_CREDIT_MAX_WORDS`) still goes over one.
# A teaser may end in its link's words after whole sentences of the paragraph ("... geeinigt.
# mehr", "... on Tuesday. Read more"): at most this many words that end no sentence. A
# paragraph's own words never dangle after its last full stop, so the words before them are
# then the paragraph's start, and the teaser its copy. Two: "Read more", "weiter lesen".
TEASER_LINK_MAX_WORDS = 2
# Right under the title, above a lead that opens with a dateline, a description of whole
# sentences holds at most this many (a page's description is a sentence or two, "... for a
# second day. It may reopen on Thursday."). Without a dateline it must be one sentence: a
# lead of several sentences may be printed again with something glued on (a caption with
# its credit), and then the lead, not the caption, is the story's printing.
TEASER_MAX_SENTENCES = 3
# A page's description is printed at its end too (a meta description, a share card's text),
# cut at a word with an ellipsis ("Heavy rain closed the coast road on Tuesday for a..."):
# among the last `CLOSING_TEASER_WINDOW` blocks, a block of `TEASER_MIN_WORDS` words or more
# that ends with an ellipsis and is, without it, the start of an earlier, longer block,
# character for character, is that block's copy and goes (blind7 half 13: 27 of 60 such
# descriptions stayed). Cut short, it ends no sentence of the story: a story that ends on
# its opening words trails off with an ellipsis over eight words or more only by design, and
# that risk is accepted.
CLOSING_TEASER_WINDOW = 3
# The lead under a description may open with a dateline the description lacks ("Hannover. ",
# "BERLIN (dpa) - ", "WASHINGTON — "): the description is then the lead after it. A dateline
# is at most this many words and characters, each word capitalised, a number or bracketed
# (no short sentence: "Es regnete. "), and ends in a stop or a dash or colon and a space;
# the lead, with its dateline, is the article's printing and stays.
DATELINE_MAX_WORDS = 5
# An image's caption may print the lead again with a credit glued on ("<lead> (Photo: Jane
# Doe/Reuters)"): the caption is the copy, the lead, right under the headline, is the story's.
# A credit is a bracket holding a label of at most `COLON_LABEL_MAX_WORDS` words, a colon and
# at most this many words; a bracketed sentence after the lead ("(It reopened on Friday.)")
# is no credit, and that block stays the paragraph the lead is a teaser of, as before.
CAPTION_CREDIT_MAX_WORDS = 6
DATELINE_MAX_CHARS = 40
_DATELINE_ENDS = (". ", " - ", " – ", " — ", ": ")
# A line ending like this leads into the next one: a verse's repeated line ("And miles to go
# before I sleep, / And miles to go before I sleep.") is a continuation, not a stutter.
_CONTINUES = (",", ";", ":", "-", "–", "—")
# A line starting so is a table cell as extractors render tables ("| Nelson | 9"): two equal
# cells in a row are data (a region and its town of one name), not a stutter.
_TABLE_CELL = "|"
# A stutter has two words or more: a one-word line printed twice in a row is as often a
# table's two equal cells with the "|" between them removed ("new | new"), and whether a
# separator stood between two lines cannot be seen again once it is gone, so telling them
# apart by the gap would make cleaning the clean text remove what the first pass kept.
STUTTER_MIN_WORDS = 2
# A run of two or three sentences printed twice in a row is a slider's slides: a carousel
# clones its last slide before the first and its first after the last, so two pull quotes
# print as A B A B. Writers repeat a line for effect, but not two or three in the same order
# right after them; a chorus printed twice does, so each line must end a sentence and lead
# into nothing (`_is_stutter`: "Oh, the river runs," stays), and a third printing in a row
# keeps them all (a chant), unless they are paragraphs. Longer runs are pastes
# (`PASTED_RUN_MIN_BLOCKS`).
STUTTERED_RUN_MAX_BLOCKS = 3
# A table of contents repeats the article's sub-headings by design: a "title" that is the
# first of this many blocks in a row, each printed again further down in the same order,
# each copy over a paragraph (`text.is_prose`: its section's text), is its first entry, and
# its later copy is the first section's heading, which stays. A page pasted twice prints its
# header's lines again next to each other, and a menu printed again in a footer has no
# paragraph under its items: neither is taken for one.
CONTENTS_MIN_ENTRIES = 3
# A quotation set as a block of its own, printed twice word for word and mark for mark, apart
# and alone, is quoted twice: a speech's refrain, a chant, a slogan the report comes back to.
# A paste of it comes with its neighbours (a run) or beside it (a stutter), and a pull quote
# re-set from a paragraph gains the marks the paragraph lacks. Its risk, accepted: a quote box
# that repeats a paragraph which is itself a bare quotation stays. Opening and closing marks
# of German, French, English, Spanish and Italian text, in either direction. Whole: no mark
# inside (a paragraph that quotes, says who spoke and quotes again is reporting, and a paste
# of it is a paste), and a line, of at most `QUOTED_REFRAIN_MAX_WORDS` words: a refrain is
# sung or chanted, a longer quotation printed twice is a paragraph pasted.
_OPENING_QUOTES = '„‚“‘"«»‹›'
_CLOSING_QUOTES = '“‘”’"»«›‹'
# (Inside, only double marks count: a single one is as often an apostrophe, "l’État".)
_INNER_QUOTE_MARKS = frozenset('„“”"«»')
QUOTED_REFRAIN_MAX_WORDS = 24
# A speech's refrain without marks is a slogan and its line ("Wir schaffen das." / "Wir lassen
# niemanden zurück, nicht in der Stadt und nicht auf dem Land."): two one-sentence lines, one
# of them short (under ``min_words``), printed twice apart, character for character, inside
# the story both times. A paste of two blocks is a paste of the page's paragraphs: both whole
# paragraphs, or set at the story's start or end (a teaser above a paywall, a box below it),
# or with the blocks around it copied too (a longer run). So exactly two blocks, each of at
# most `QUOTED_REFRAIN_MAX_WORDS` words, neither printing the document's first or last
# blocks, at least `REFRAIN_PAIR_MIN_GAP` blocks between the printings. Its risk, accepted
# (precision first): a pasted one-sentence paragraph with a short sentence beside it, both
# times inside the story, stays.
REFRAIN_PAIR_MIN_GAP = 1
# A question set as a line of its own and asked again further down, each time before a
# different block, is the story's own device: a post that quotes a tweet twice to set two
# replies under it, an interview that comes back to the question it opened with. A paste
# comes with its neighbours (a run) and a stutter beside itself; this one is alone, apart, and
# answered by something else each time. One sentence ending in "?", of at most
# `QUOTED_REFRAIN_MAX_WORDS` words, told both times: the blocks either side end a sentence or
# introduce it with a colon, none cut short with an ellipsis. A headline printed again in a
# related list or a menu sits among headlines and labels, which end in neither. Its risk,
# accepted (precision first): a pull quote that re-sets a one-line question paragraph stays.
QUESTION_ASKED_AGAIN_MIN_GAP = 2
# A summary's bullets above the story ("Das Wichtigste in Kürze", "Key points", "At a glance")
# print the story's sentences again, word for word. When the first printing is a bulleted
# line and the later one a paragraph of the body (no bullet, ending like a sentence), the
# bullet is the copy: it goes, and the paragraph, which holds the story's order, stays. A
# bullet is one of these marks and a space ("• ", "- "): a list item as extractors keep it.
_BULLET_MARKS = frozenset("•◦▪‣·●■►*-–")
# A numbered list of steps (a recipe's "Passo 2" / "Passo 4", an instruction's "Step 3:", "Schritt
# 5", "2.") may give one instruction word for word under two of its labels: both are the article's
# (a reader cooking loses a step). A paste repeats the label with the line, or no label at all;
# here each printing sits right under a step label, the two labels differ only in their number,
# and the later one is numbered higher (one list counts up; a list of headlines printed again, "4"
# above a line and "1" above it further down, is a second list, a paste). A step label is a line
# of at most `STEP_LABEL_MAX_WORDS` words: letters-only words, then a number of at most
# `STEP_NUMBER_MAX_DIGITS` digits, with a ".", ":" or ")" after it or not. Its risk, accepted
# (precision first): a paragraph pasted under two numbered items of a listicle stays.
STEP_LABEL_MAX_WORDS = 3
STEP_NUMBER_MAX_DIGITS = 2
# A timeline ("Chronik", "Cronología") may give two of its entries the same words: the same
# thing happened again ("März 2019" / "Die Fahrer streiken drei Tage lang ..." and "Oktober
# 2024" / the same sentence). Both are the article's: a reader of the timeline loses an event.
# Here each printing sits right under a date label, a line of at most `DATE_LABEL_MAX_WORDS`
# words holding a year (`_YEAR`, 1800 to 2099), and the two labels name different years. A
# paste repeats its label with the line or none; a live blog's entry posted again when updated
# has a time over it, not a year, and one day's years agree. Its risk, accepted (precision
# first): a paragraph pasted under two dated entries of an archive list stays.
DATE_LABEL_MAX_WORDS = 4
_YEAR = re.compile(r"(?<!\d)(?:18|19|20)\d\d(?!\d)")
# A listing's sections may each end with the same practical line (two venues' "Eintritt frei,
# geöffnet täglich von 10 bis 18 Uhr.", two products' "Available from March."): the line is
# the section's, and a reader of either section loses it when one printing goes (blind7 half
# 14: all 16 documents lost it). Each printing ends its own section: under its own heading
# (`_heads_section`, the nearest one above, at most `SECTION_LINE_MAX_DEPTH` blocks up, with
# at least one block between), as many blocks below it in both sections, the two headings
# different, the first printing right above a heading (its section ends there), and the
# blocks right above the two printings different. The line is a sentence of at most
# `SECTION_LINE_MAX_WORDS` words, no headline (`text.looks_like_headline`). A paste repeats
# the paragraph with its neighbours (a run) or without a heading of its own; a standfirst
# again under a byline has no block between; a related list's headline is a headline; a
# lead-in ends with a colon. Its risk, accepted (precision first): a short paragraph pasted
# at the end of two sections of the same shape stays.
SECTION_LINE_MAX_WORDS = 24
SECTION_LINE_MAX_DEPTH = 3
SECTION_HEADING_MAX_WORDS = 8
# A quote box re-sets a sentence of the story in quotation marks and signs it after a dash
# ("“The plan is dead.” — Jane Roe, spokeswoman"): the sentence is the story's, printed in a
# paragraph too, so the box is its copy and goes, whichever comes first. A box is a quotation
# whole (an opening mark first, a closing mark before the dash), at least `TEASER_MIN_WORDS`
# words inside, and after the last dash a signature of at most `QUOTE_SIGNATURE_MAX_WORDS`
# words starting with a capital; its quotation must stand character for character inside
# another block that is no such box, and there as the story's own words, not inside
# quotation marks: a box signing words the story quotes too ("As Gaiman put it, “...”" and
# "“...” — Neil Gaiman") is kept by the Scrapinghub gold's annotators (one gold text), as
# an epigraph is. Its risk, accepted: the signature's words go with the box, and a reader of
# a story that never names the speaker loses the name.
QUOTE_SIGNATURE_MAX_WORDS = 8
_SIGNATURE_DASHES = (" — ", " – ", " - ")
# Two more ways a quote box re-sets the story's words (blind7 half 14: each stayed, 0 of 16
# and 0 of 6). The speaker first, behind a colon ("Wethouder Jan de Vries: ‘Volgens het
# akkoord ...’"): a name of at most `QUOTE_SIGNATURE_MAX_WORDS` words starting with a capital,
# with no sentence end in it, then a whole quotation of at least `TEASER_MIN_WORDS` words,
# judged as a signed box is. And a pull quote with its middle cut out ("„Nach Angaben aus
# Koalitionskreisen soll … im Bundestag verabschiedet werden.“"): one ellipsis inside a
# whole quotation, at least `CUT_QUOTE_MIN_WORDS` words on each side and `TEASER_MIN_WORDS`
# in all, the words before it standing in another block as the story's own
# (`_says_unquoted`) and the words after it further on in that block. The headline is never
# such a box ("Mayor: ‘...’" headlines quote the story). Its risk, accepted: a block that is
# only a quotation elided or introduced by a name, of words the story also says unquoted,
# goes.
CUT_QUOTE_MIN_WORDS = 3
_CUT_MARKS = (" … ", " ... ", " […] ", " (…) ", " [...] ")
# An embedded post (a tweet) prints its text as the embed shows it and again as the embed's
# fallback line, the text with its links and a signature: "<text> pic.twitter.com/... —
# Brookfield City Council (@BrookfieldCity) December 2, 2026" (blind7 half 14: all 60 stayed).
# The fallback line goes when, without its trailing links (`_EMBED_LINK_STARTS`) and its
# signature (after the last dash, a name starting with a capital, of at most
# `QUOTE_SIGNATURE_MAX_WORDS` words, and an "(@handle)"), it is another block's whole
# text of at least `TEASER_MIN_WORDS` words; the embed's text stays. A post quoted only once
# has no other block with its words and stays.
_EMBED_LINK_STARTS = ("pic.twitter.com/", "https://t.co/", "http://t.co/", "https://", "http://")
# A feed or a search snippet prints the story again in ASCII: no accents, no "ñ", no "¿¡"
# ("Bogota amplia el racionamiento ..."; blind7 half 14: 0.038 of such copies went, the keys
# keep "á" and "a" apart). A block of ASCII text whose key is that of an earlier block with
# letters outside ASCII, read without its accents (`_without_accents`), is that block's copy:
# a whole paragraph (``min_words`` words or more) alone, a shorter block when the block beside
# it is a copy of the block beside its first printing, on the same side (a headline above a
# copied lead). Two paragraphs that differ only in accents are one paragraph: no writer sets
# "está" and "esta" in otherwise equal paragraphs. Only blocks with as many words
# (`Block.words`) as some accented block are read again, so a document without such a pair
# costs one ASCII test a block.
_UNACCENTED_DROPS = str.maketrans({"¿": None, "¡": None})
# A block with accents to drop holds a Latin letter outside ASCII (Latin-1 Supplement to Latin
# Extended-B, less × and ÷) or one of the dropped marks: curly quotes and dashes alone, which
# most non-ASCII lines of English news hold, change no key, and are not read again.
_LATIN_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f¿¡]")
# A print version or a reader view appended below the story sets footnote markers in its
# paragraphs ("... in March.[1] The ...": blind6 half 12, 0.639 of such copies went: a
# marker's digits change the key). A block holding a marker (`_FOOTNOTE_MARKER`, "[" one to
# three digits "]" right after a word) whose text without its markers is an earlier block's
# whole text is that block's copy: a whole paragraph (``min_words`` words or more) alone, a
# shorter block when the block beside it prints the block beside its first printing, on the
# same side (`_beside_printed_paragraph`). The footnotes' own lines
# open with their marker and are no paragraph's copy; a story that cites its sources prints
# each paragraph once.
_FOOTNOTE_MARKER = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")
# A paragraph printed twice in a row, the second time with one word spelled otherwise (two
# letters swapped, one letter changed, added or dropped: "sydnicats" / "syndicats"), is one
# paragraph saved twice by a CMS: the later printing is the revision and stays, the earlier
# goes. A paragraph (`REVISED_MIN_WORDS` words or more) and one word of at least
# `REVISED_WORD_MIN_LETTERS` letters, letters only (a number changed is news: a score, a
# price), differing in more than case. Writers do not set one paragraph twice in a row with a
# letter changed; a poem's or a chant's near-repeats are short lines.
REVISED_MIN_WORDS = 12
REVISED_WORD_MIN_LETTERS = 4
_WORD_EDGES = "\"'„“”‘’«»‹›.,;:!?()[]"
# A bulleted list printed twice in a row, item for item (a page's mobile and desktop
# templates both extracted), is one list: the second printing goes. At least
# `LIST_TWICE_MIN_ITEMS` items, all different (two items printed alternately, "A B A B", are a
# chant's or a slider's, which `_mark_stuttered_runs` judges), each a `_is_stutter` of its
# twin, and nothing but the two printings in the run of bulleted lines: a third printing, or
# one list with a further item, is no list printed twice.
LIST_TWICE_MIN_ITEMS = 3
# Image captions set inside the story are printed again one after another after its last
# paragraph (a gallery's list, a slideshow's text): `CAPTION_LIST_MIN_ITEMS` blocks or more in
# a row after the last paragraph (`text.is_prose`), each the only other printing of a block
# of the story that is no paragraph and has a paragraph beside it, those printings apart (no
# two in a row: a list printed twice is `LIST_TWICE_MIN_ITEMS`'s) and in the same order. The
# run goes, the captions stay where the story has them (blind7 half 13: all 120 such copies
# stayed, each under ``min_words``, and their first printings no run). A recipe's ingredients
# in its steps, a list's items printed again and a refrain's lines stand in a row where they
# are first printed, and a line printed three times is recurring: each stays.
CAPTION_LIST_MIN_ITEMS = 2
# A paste from a reader view or a Markdown export prints the story's links as "[words](address)"
# (blind7 half 13: the Markdown copy's linked paragraph stayed, 6 of 78 copies). The key of
# such a block holds the address's words, so it matches no block of the first printing. A
# block with a link next to a copy, whose words without the addresses (`_MARKDOWN_LINK`: its
# words kept, the address dropped) are those of the block next to that copy's first
# printing, on the same side, is a copy of it too. A link's words are the story's; only
# the address is the export's.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*\)")
_WORD = re.compile(r"[^\W_]+")

# A page's title tag is the headline with the site's name around it ("Storm hits coast | The
# Daily Post", "VIDEO: Storm hits coast"); extracted text often holds it beside the headline.
# The name sits behind one of these separators, spaced as title tags space them.
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ", " » ")
# ...or before the headline, also behind a colon ("VIDEO: ...", "Opinion: ...").
_SITE_PREFIX_SEPARATORS = (*_SITE_SEPARATORS, ": ")
# A breadcrumb trail ends in the page's headline ("Home › World › Storm hits coast"): sites
# print it above the story or in the footer. Its steps are names (`_looks_like_site_name`)
# behind these separators, at most `BREADCRUMB_MAX_STEPS` of them (a site's sections rarely
# nest deeper); the headline after the last one is then a title tag's headline.
_BREADCRUMB_SEPARATORS = (" › ", " > ", " » ")
BREADCRUMB_MAX_STEPS = 4
#: A site's name or a label beside a headline has at most this many words ("The Times of
#: India", "Example News"); a longer remainder is a sentence, and the line is its own.
SITE_NAME_MAX_WORDS = 5
# A title tag may name a section and the site ("... | Politics | The Daily Post").
_SITE_NAME_MAX_PARTS = 2
# The most characters names and separators add to a headline: generous, only a screen.
_SITE_NAME_MAX_CHARS = _SITE_NAME_MAX_PARTS * (SITE_NAME_MAX_WORDS * 16 + 4)
# The longest title tag: a headline's 22 words (`text.looks_like_headline`) of 9 letters on
# average, far more than headlines have, and the names.
_TITLE_TAG_MAX_CHARS = HEADLINE_MAX_WORDS * 10 + _SITE_NAME_MAX_CHARS
#: A label before a colon ("Titre original : ...", "Původní název: ...", "Original title:
#: ...") may be a noun and its adjective in lower case, of at most this many words, the
#: first capitalised: a translated story names its original's headline so. It is read only
#: before the colon, and the rest must be the headline whole, near it or at the end; a
#: sentence that ends in the headline has more words before it. (A name and a verb, "Merkel
#: sagte: <headline>", reads as a label too: a line that is the headline again.)
COLON_LABEL_MAX_WORDS = 2
#: The headline part must have this many words: "Home | Example News" beside "Home" is a
#: menu, not a copy of a headline.
TITLED_COPY_MIN_WORDS = 3
#: A copy of the headline cut short with an ellipsis (a share box's or a card's description:
#: "Storm hits the…" under the byline) keeps at least this many of its first words: the
#: same floor as a title tag's headline, since two words ("Storm hits…") open many lines.
CUT_TITLE_MIN_WORDS = TITLED_COPY_MIN_WORDS
#: A title tag stands within this many blocks of the headline, above or below it (a byline or
#: a date between them), or among this many last blocks (a page's footer repeats it).
TITLE_TAG_WINDOW = 3
# Lower-case words a site's name may hold between capitalised ones ("The Times of India",
# "Corriere della Sera", "Frankfurter Allgemeine"): connectors, never the name's ends.
_CONNECTOR_WORDS = (
    "of the and for on in & de du des la le les di del della dei der die das van von y e et und"
)
_NAME_CONNECTORS = frozenset(_CONNECTOR_WORDS.split())


@attrs.frozen(slots=True)
class Duplicate:
    """A block that repeats an earlier one: which rule found it and which block it repeats."""

    rule: str
    original: int

    def reason(self, original_line: int) -> str:
        """Why its removal is right, in words; ``original_line`` is the 1-based input line of
        the block it repeats."""
        if self.rule == DUPLICATE_REFLOWED:
            return f"repeats the article from input line {original_line} with other breaks"
        return f"repeats the block at input line {original_line}"


def _opens_contents(blocks: Sequence[Block], keys: Sequence[str], title: int) -> bool:
    """Whether the ``title`` block opens a table of contents (`CONTENTS_MIN_ENTRIES`).

    One forward scan: linear in the number of blocks.

    >>> texts = ["Why", "How", "When", "Why", "How", "When"]
    >>> story = "The river rose by a metre overnight and closed the road again."
    >>> sections = [Block(t, i, i + 1) for i, t in enumerate(
    ...     [*texts[:3], texts[3], story, texts[4], story + " Twice.", texts[5], "So " + story])]
    >>> _opens_contents(sections, comparison_keys(sections), 0)
    True
    >>> menus = [Block(t, i, i + 1) for i, t in enumerate([*texts, story])]
    >>> _opens_contents(menus, comparison_keys(menus), 0)
    False
    """
    entries = range(title, title + CONTENTS_MIN_ENTRIES)
    if entries.stop > len(keys) or not all(keys[entry] for entry in entries):
        return False
    copy = entries.stop
    for entry in entries:
        while copy < len(keys) and keys[copy] != keys[entry]:
            copy += 1
        under = copy + 1
        if under >= len(blocks) or not is_prose(blocks[under].text, blocks[under].words):
            return False
        copy = under + 1
    return True


def _mark_title_copies(
    blocks: Sequence[Block], keys: Sequence[str], title: int | None, found: dict[int, Duplicate]
) -> None:
    if title is None or not keys[title] or _opens_contents(blocks, keys, title):
        return
    kept = _headline_over_banner(blocks, keys, title)
    for index, key in enumerate(keys):
        if index != kept and key == keys[title]:
            found[index] = Duplicate(DUPLICATE_TITLE, kept)


def _headline_over_banner(blocks: Sequence[Block], keys: Sequence[str], title: int) -> int:
    """The printing of the title to keep: the title, or, when the title is a banner in
    capitals, its first later printing that is not (see `_in_capitals`).

    A page's banner prints the headline in capitals above the story's own headline in
    title or sentence case, the same words: the capitals are the copy, the headline in the
    story's case is the article's. As many printings go as before; only which one stays.

    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["STORM HITS COAST", "By Jane Roe", "Storm Hits Coast", "Rain fell all night."])]
    >>> _headline_over_banner(bs, comparison_keys(bs), 0)
    2
    """
    if not _in_capitals(blocks[title].text):
        return title
    return next(
        (
            index
            for index in range(title + 1, len(keys))
            if keys[index] == keys[title] and not _in_capitals(blocks[index].text)
        ),
        title,
    )


def _in_capitals(text: str) -> bool:
    """Whether a line's letters are all capitals (and it has some).

    >>> _in_capitals("STORM HITS COAST, 3 DEAD"), _in_capitals("Storm Hits Coast")
    (True, False)
    >>> _in_capitals("2024")
    False
    """
    return text.isupper()


def _looks_like_site_name(text: str) -> bool:
    """Whether a remainder beside a headline is a site's name or a label: a few words, each
    capitalised, a number or a domain, connectors only between them ("The Times of India",
    "nytimes.com", "VIDEO"); "a dazzling tale" is the headline's own words.

    >>> [_looks_like_site_name(t) for t in ["The Times of India", "BBC News", "a dazzling tale"]]
    [True, True, False]
    """
    words = text.split()
    if not 1 <= len(words) <= SITE_NAME_MAX_WORDS or text.endswith(("?", "!")):
        return False
    if words[0] in _NAME_CONNECTORS or words[-1] in _NAME_CONNECTORS:
        return False  # lower-case at an end: a phrase ("and more"), not a name ("Le Monde")
    return all(
        word[0].isupper() or word[0].isdigit() or "." in word.strip(".") or word in _NAME_CONNECTORS
        for word in words
    )


def _looks_like_colon_label(text: str) -> bool:
    """Whether the text before a colon is a label of `COLON_LABEL_MAX_WORDS` words or fewer,
    the first capitalised, all letters.

    >>> [_looks_like_colon_label(t) for t in ["Titre original ", "Título original", "He said"]]
    [True, True, True]
    >>> [_looks_like_colon_label(t) for t in ["the river", "Top 10", "In a word, he"]]
    [False, False, False]
    """
    words = text.split()
    return (
        1 <= len(words) <= COLON_LABEL_MAX_WORDS
        and words[0][0].isupper()
        and all(word.isalpha() for word in words)
    )


def headlines_in_title_tag(text: str) -> tuple[str, ...]:
    """What may be the headline inside a title tag's text: the text without a site's name
    after it (one or two names: a section and the site), or without one before it.

    Both readings are kept, since either side may be the site ("The Daily Post | Storm Hits
    Coast"); the caller compares them with the headline it has. A label before a colon may
    hold a word in lower case (`COLON_LABEL_MAX_WORDS`: "Titre original : Storm hits coast").

    >>> headlines_in_title_tag("Storm hits coast | Politics | The Daily Post")
    ('Storm hits coast | Politics', 'Storm hits coast')
    >>> headlines_in_title_tag("VIDEO: Storm hits coast")
    ('Storm hits coast',)
    >>> headlines_in_title_tag("Storm hits coast - a dazzling tale")
    ()
    """
    found: list[str] = []
    rest = text
    for _ in range(_SITE_NAME_MAX_PARTS):
        cut, separator = max((rest.rfind(s), s) for s in _SITE_SEPARATORS)
        if cut <= 0 or not _looks_like_site_name(rest[cut + len(separator) :]):
            break
        rest = rest[:cut]
        found.append(rest)
    for separator in _SITE_PREFIX_SEPARATORS:
        cut = text.find(separator)
        if cut > 0 and (
            _looks_like_site_name(text[:cut])
            or (separator == ": " and _looks_like_colon_label(text[:cut]))
        ):
            found.append(text[cut + len(separator) :])
            break
    found.extend(_headline_after_breadcrumb(text))
    return tuple(found)


def _headline_after_breadcrumb(text: str) -> tuple[str, ...]:
    """The last step of a breadcrumb trail whose other steps are names (see
    `_BREADCRUMB_SEPARATORS`); nothing when the text is no such trail.

    >>> _headline_after_breadcrumb("Home › World › Storm hits coast")
    ('Storm hits coast',)
    >>> _headline_after_breadcrumb("Prices rose > wages fell › as expected")
    ()
    """
    for separator in _BREADCRUMB_SEPARATORS:
        steps = text.split(separator, BREADCRUMB_MAX_STEPS)
        if 1 < len(steps) <= BREADCRUMB_MAX_STEPS and all(
            _looks_like_site_name(step) for step in steps[:-1]
        ):
            return (steps[-1],)
    return ()


def _has_separator(text: str) -> bool:
    """Whether a site's name can stand in the text: most lines hold no separator."""
    return any(separator in text for separator in _SITE_PREFIX_SEPARATORS) or any(
        separator in text for separator in _BREADCRUMB_SEPARATORS
    )


def _headline_keys_in_title_tag(text: str) -> set[str]:
    """The keys of `headlines_in_title_tag`, of `TITLED_COPY_MIN_WORDS` words or more."""
    keys = {label_key(headline) for headline in headlines_in_title_tag(text)}
    return {key for key in keys if key.count(" ") + 1 >= TITLED_COPY_MIN_WORDS}


def find_titled_copies(blocks: Sequence[Block], title: int | None) -> dict[int, Duplicate]:
    """Copies of the headline with the site's name around them: the page's title tag.

    With a ``title``, a block that is the title with a site's name before or after it is
    its copy ("Storm hits coast | The Daily Post", "VIDEO: Storm hits coast"), when it stands
    within `TITLE_TAG_WINDOW` blocks after the title or among as many last blocks. A first
    block that is a title tag is itself the copy of the plain headline within
    `TITLE_TAG_WINDOW` blocks below it: the headline stays, the site's name goes. At most
    seven blocks are read, each screened by its length and a separator before any key is made.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["Storm hits the coast", "Rain fell.", "Storm hits the coast - The Daily Post"])]
    >>> find_titled_copies(blocks, title=0)
    {2: Duplicate(rule='duplicate_title', original=0)}
    """
    found: dict[int, Duplicate] = {}
    if not blocks:
        return found
    if title is not None:
        text = blocks[title].text
        key = label_key(text)
        words = key.split(" ")
        if len(words) >= TITLED_COPY_MIN_WORDS:
            # Screens, cheapest first, that every title tag of this headline passes: a site's
            # name adds a separator and a letter at least and a few words at most, and the
            # headline's first and last words are in it.
            shortest, longest = len(text) + 3, len(text) + _SITE_NAME_MAX_CHARS
            first, last = words[0], words[-1]
            # A title tag stands near the headline or at the page's end (its footer).
            near = range(title + 1, min(len(blocks), title + 1 + TITLE_TAG_WINDOW))
            end = range(max(near.stop, len(blocks) - TITLE_TAG_WINDOW), len(blocks))
            for index in (*near, *end):
                other = blocks[index].text
                if (
                    shortest <= len(other) <= longest
                    and _has_separator(other)
                    and first in (folded := other.casefold())
                    and last in folded
                    and key in _headline_keys_in_title_tag(other)
                ):
                    found[index] = Duplicate(DUPLICATE_TITLE, title)
    opening = blocks[0].text
    if (
        0 in found
        or len(opening) > _TITLE_TAG_MAX_CHARS
        or opening.endswith(".")  # a sentence, as a dateline's paragraph ends: no title tag
        or not _has_separator(opening)
    ):
        return found
    keys = _headline_keys_in_title_tag(opening)
    for index in range(1, min(len(blocks), TITLE_TAG_WINDOW + 1)) if keys else ():
        if label_key(blocks[index].text) in keys:
            found[0] = Duplicate(DUPLICATE_TITLE, index)
            break
    return found


def find_cut_title_copies(blocks: Sequence[Block], title: int | None) -> dict[int, Duplicate]:
    """Copies of the document's title cut short at a word and ended with an ellipsis, within
    `TITLE_TAG_WINDOW` blocks under it.

    The block must be nothing but the title's first `CUT_TITLE_MIN_WORDS` words or more and
    the ellipsis: a line of the story that opens with the headline's words goes on after
    them, or closes a quotation after the ellipsis ("“Storm hits the…” she said"), and stays.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["Storm hits the coast overnight", "By Jane Roe", "Storm hits the…", "Rain fell."])]
    >>> find_cut_title_copies(blocks, title=0)
    {2: Duplicate(rule='duplicate_title', original=0)}
    """
    found: dict[int, Duplicate] = {}
    if title is None:
        return found
    for index in range(title + 1, min(len(blocks), title + 1 + TITLE_TAG_WINDOW)):
        text = blocks[index].text
        # Most documents have no line ending with an ellipsis there: the screen comes first.
        if not text.endswith(ELLIPSES) or len(text) >= len(blocks[title].text):
            continue
        headline = blocks[title].text.casefold()
        start = _without_ellipsis(text).casefold()
        # Cut at a word: the title goes on with a space and a word. A title that itself ends
        # with an ellipsis after those words (a title tag of a headline that ends with one)
        # is not the longer text.
        rest = headline[len(start) :] if headline.startswith(start) else ""
        if rest[:1] == " " and rest[1:2].isalnum() and len(start.split()) >= CUT_TITLE_MIN_WORDS:
            found[index] = Duplicate(DUPLICATE_TITLE, title)
    return found


def _without_ellipsis(text: str) -> str:
    """A line cut short, without its ellipsis and the dots or spaces before it: the start of
    the text it was cut from."""
    return text.rstrip(".… ")


def _teaser_window(blocks: Sequence[Block], title: int | None) -> tuple[range, int]:
    """Where a teaser may stand (the first `TEASER_WINDOW` blocks under the title, each with
    one below it in the window) and the window's end."""
    first = 0 if title is None else title + 1
    last = min(len(blocks), first + TEASER_WINDOW)
    return range(first, last - 1), last


def find_teaser_copies(blocks: Sequence[Block], title: int | None) -> dict[int, Duplicate]:
    """Blocks among the first `TEASER_WINDOW` that are the start of a block at most
    `TEASER_GAP` blocks below them, character for character: cut short and ending in an
    ellipsis, or, right under the title, its first sentence; or whole sentences of it
    followed by a link's words (`TEASER_LINK_MAX_WORDS`: "... am Freitag. mehr"). Each is a
    copy of the paragraph it starts, which stays, whatever their order of printing: its words
    are all in it, but for a link's.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Storm hits coast",
    ...     "Heavy rain closed the coast road on Tuesday for a second...",
    ...     "Heavy rain closed the coast road on Tuesday for a second day. It may reopen."])]
    >>> find_teaser_copies(blocks, title=0)
    {1: Duplicate(rule='duplicate_teaser', original=2)}
    """
    found: dict[int, Duplicate] = {}
    starts, last = _teaser_window(blocks, title)
    for index in starts:
        block = blocks[index]
        if block.words < TEASER_MIN_WORDS:
            continue
        text = block.text
        cut = text.endswith(ELLIPSES)
        start = _without_ellipsis(text) if cut else text
        if not cut and (linked := _without_link_words(text)) is not None:
            _mark_linked_teaser(blocks, index, last, text, linked, found)
            continue
        # Whole, a description is one sentence right under the headline: a story's short
        # paragraph may open the next one's words anywhere else ("The road is closed." /
        # "The road is closed. It may reopen on Thursday.").
        if not cut and not (
            index == starts.start and title is not None and ends_like_sentence(text)
        ):
            continue
        # (an abbreviation, "Gov. Kristi Noem", reads as a sentence's end too)
        sentences = 1 + count_inner_sentence_ends(text)
        below = _paragraph_teased(blocks, _within_teaser_gap(index, last), start, cut, sentences)
        if below is not None and not cut and _is_credited_copy(blocks[below].text, text):
            found[below] = Duplicate(DUPLICATE_PARAGRAPH, index)  # a caption: the lead stays
        elif below is not None and not _lead_between(blocks, index, below):
            found[index] = Duplicate(DUPLICATE_TEASER, below)
    return found


def _is_credited_copy(other: str, start: str) -> bool:
    """Whether ``other`` is ``start`` with only a bracketed credit after it: an image's
    caption that repeats the lead, "(Photo: Jane Doe/Reuters)" glued on (see
    `CAPTION_CREDIT_MAX_WORDS`).

    >>> lead = "Heavy rain closed the coast road on Tuesday."
    >>> _is_credited_copy(f"{lead} (Photo: Jane Doe/Reuters)", lead)
    True
    >>> _is_credited_copy(f"{lead} (It reopened on Friday.)", lead)
    False
    """
    credit = other[len(start) :].strip()
    label, colon, name = credit[1:-1].partition(":")
    return (
        other.startswith(start)
        and credit.startswith("(")
        and credit.endswith(")")
        and bool(colon)
        and 0 < len(label.split()) <= COLON_LABEL_MAX_WORDS
        and 0 < len(name.split()) <= CAPTION_CREDIT_MAX_WORDS
    )


def _paragraph_teased(
    blocks: Sequence[Block], below: range, start: str, cut: bool, sentences: int
) -> int | None:
    """The index of the first block in ``below`` that a teaser (``start``, cut short or
    whole, of ``sentences`` sentences) is the start of; None when there is none.

    Cut short, the paragraph goes on anywhere; whole, it goes on after a space, and the
    teaser is one sentence. After a dateline the paragraph may end there too (the lead is
    the description, dated) and the teaser may hold up to `TEASER_MAX_SENTENCES`: the
    dateline marks the paragraph as the story's own printing.
    """
    for index in below:
        other = blocks[index].text
        dated = _after_dateline(other, start)
        if (
            (sentences == 1 or cut)
            and len(other) > len(start)
            and other.startswith(start)
            and (cut or other[len(start)] == " ")
        ):
            return index
        if (
            dated is not None
            and (cut or sentences <= TEASER_MAX_SENTENCES)
            and (cut or dated[len(start) : len(start) + 1] in ("", " "))
        ):
            return index
    return None


def _after_dateline(paragraph: str, start: str) -> str | None:
    """The paragraph from ``start`` on, when a dateline alone comes before it
    (`DATELINE_MAX_WORDS`, `_DATELINE_ENDS`); else None. Looks only at the paragraph's first
    `DATELINE_MAX_CHARS` characters and the start's length.

    >>> _after_dateline("Hannover. Das Land kauft die Klinik.", "Das Land kauft")
    'Das Land kauft die Klinik.'
    >>> _after_dateline("BERLIN (dpa) - Das Land kauft.", "Das Land kauft.")
    'Das Land kauft.'
    >>> _after_dateline("Das Land kauft.", "Das Land kauft."), _after_dateline("wir. Das", "Das")
    (None, None)
    >>> _after_dateline("Es regnete. Das Land kauft.", "Das Land kauft.") is None
    True
    """
    at = paragraph.find(start, 1, DATELINE_MAX_CHARS + len(start))
    head = paragraph[:at]
    words = head.rstrip(" .:-–—").split()
    if (
        at < 1
        or not start
        or not words
        or not head.endswith(_DATELINE_ENDS)
        or len(head.split()) > DATELINE_MAX_WORDS
        # a place, a date, an agency: capitalised words, numbers and brackets; a short
        # sentence before the description ("Es regnete stark. ") has lower-case words
        or not all(word[0].isupper() or word[0].isdigit() or word[0] == "(" for word in words)
    ):
        return None
    return paragraph[at:]


def _within_teaser_gap(index: int, last: int) -> range:
    """The blocks a teaser at ``index`` may copy: at most `TEASER_GAP` below it, before
    ``last``."""
    return range(index + 1, min(last, index + 1 + TEASER_GAP))


def _lead_between(blocks: Sequence[Block], index: int, below: int) -> bool:
    """Whether a paragraph (`text.is_prose`) stands between a teaser at ``index`` and the
    block it starts at ``below``: the line is then a standfirst quoting the story's second
    paragraph, no description of it (see `TEASER_GAP`).

    >>> lead = "Heavy rain closed the coast road between the two villages on Tuesday night."
    >>> texts = ["Rain fell.", lead, "Rain fell. It may stop."]
    >>> _lead_between([Block(t, i, i + 1) for i, t in enumerate(texts)], 0, 2)
    True
    """
    return any(is_prose(blocks[i].text, blocks[i].words) for i in range(index + 1, below))


def _without_link_words(text: str) -> str | None:
    """The sentences before a teaser's link words (`TEASER_LINK_MAX_WORDS`), or None when
    the text ends a sentence or no sentence ends among its last words.

    >>> _without_link_words("Die Bahn streikt am Freitag. mehr")
    'Die Bahn streikt am Freitag.'
    >>> _without_link_words("Die Bahn streikt am Freitag."), _without_link_words("Ma in KL")
    (None, None)
    """
    if ends_like_sentence(text):
        return None
    parts = text.rsplit(" ", TEASER_LINK_MAX_WORDS)
    for tail in range(1, len(parts)):
        head = " ".join(parts[:-tail])
        if ends_like_sentence(head):
            return head
    return None


def _mark_linked_teaser(
    blocks: Sequence[Block],
    index: int,
    last: int,
    text: str,
    sentences: str,
    found: dict[int, Duplicate],
) -> None:
    """Mark the block a teaser with a link (``sentences``, then link words) when a paragraph
    at most `TEASER_GAP` blocks below is those sentences, whole or going on after a space,
    without the link's words: a paragraph that goes on with them is one the block opens
    ("Gov. Noem" read as a sentence and a name), which the rules above judge."""
    for below in _within_teaser_gap(index, last):
        other = blocks[below].text
        if (
            other.startswith(sentences)
            and other[len(sentences) : len(sentences) + 1] in ("", " ")
            and not other.startswith(text)
        ):
            found[index] = Duplicate(DUPLICATE_TEASER, below)
            return


def find_unkeyed_copies(
    blocks: Sequence[Block], title: int | None, min_words: int = 12
) -> dict[int, Duplicate]:
    """The copies found without comparison keys: the title tag (`find_titled_copies`), the
    title cut short (`find_cut_title_copies`), a page's description above the story
    (`find_teaser_copies`), quote boxes, embeds' fallback lines and the story again without
    accents (`find_unaccented_copies`, blocks of ``min_words`` words or more alone), a
    caption printing the lead after a label (`find_labelled_caption_copies`), a FAQ's
    question again as its answer's start (`find_question_heading_copies`) and a table's
    header row again after a page break (`find_page_break_copies`). Two blocks printed again
    on one line (`find_joined_pair_copies`) are looked for by the caller, on an article's
    text only, as the article printed again with other breaks is."""
    return _unkeyed_copies(blocks, title, min_words, _joined(blocks))


def _joined(blocks: Sequence[Block]) -> str:
    """The blocks' texts, one a line: what the finders' document-level preconditions search
    (`_unkeyed_copies`), one C-level search of a character each instead of a test a block."""
    return "\n".join([block.text for block in blocks])


def _unkeyed_copies(
    blocks: Sequence[Block], title: int | None, min_words: int, text: str
) -> dict[int, Duplicate]:
    """`find_unkeyed_copies`, ``text`` the blocks' texts joined (`_joined`).

    Pure speed: three finders read every block in Python and find nothing in most documents,
    so each runs only when a character it needs stands somewhere in ``text`` (issue #8: the
    three were about 7 of the 19 ms a pass of the ASCII corpus spent here). The same copies
    are found: an embed's fallback line holds "(@" (`find_embed_fallback_copies` reads only
    such blocks), a footnote marker and a Markdown link hold "]" (`find_footnoted_copies`
    reads only blocks with one), and an accented block is no ASCII text
    (`find_unaccented_copies` finds nothing without one). None of these characters is the
    line feed that joins the texts, so ``text`` holds one exactly when some block does.

    Two of the four newest finders are gated so too (issue #8: the four cost about a third
    of this function, and find something in almost no document): a FAQ's questions
    (`_may_hold_question_pairs`), and a table's header printed again, a block holding "|"
    and the cell separator (`_TABLE_CELL_SEPARATOR`, no line feed in it) equal to another
    block, so that two lines of ``text`` are equal (`_has_repeated_line`). A search for one
    character is tried first: it costs a tenth of a search for " | ", whose last character,
    the space, is everywhere.
    """
    found = find_titled_copies(blocks, title)
    found.update(find_cut_title_copies(blocks, title))
    finds = [
        find_teaser_copies(blocks, title),
        find_closing_teaser_copies(blocks),
        find_quote_box_copies(blocks),
        find_excerpt_box_copies(blocks, title),
    ]
    if "@" in text:
        finds.append(find_embed_fallback_copies(blocks))
    if not text.isascii():
        finds.append(find_unaccented_copies(blocks, min_words))
    if "]" in text:
        finds.append(find_footnoted_copies(blocks, min_words))
    finds.append(find_revised_copies(blocks))
    finds.append(find_labelled_caption_copies(blocks, title))
    if _may_hold_question_pairs(text):
        finds.append(find_question_heading_copies(blocks, title))
    if "|" in text and _TABLE_CELL_SEPARATOR in text and _has_repeated_line(text):
        finds.append(find_page_break_copies(blocks))
    for copies in finds:
        for index, duplicate in copies.items():
            found.setdefault(index, duplicate)
    return found


def _may_hold_question_pairs(text: str) -> bool:
    """Whether ``text``, blocks joined (`_joined`), may hold `QUESTION_HEADING_MIN_PAIRS`
    questions that `find_question_heading_copies` marks; when not, it marks none.

    A marked question is a block ending in "?" with a block after it that starts with the
    question and a space: two question marks, the question's last character and one in the
    next block that is not that block's last, so no two marked questions share one. Looked
    for with one-character searches, a fast C loop (the first stops at the first "?"): on the
    dev full pages a search for "?" and a line feed, or a count of them, costs more than the
    finder's test of each block.

    >>> faq = "Who pays?\\nWho pays? Homes.\\nWhen?\\nWhen? Now."
    >>> _may_hold_question_pairs(faq), _may_hold_question_pairs("Why?\\nWhy? Because.")
    (True, False)
    """
    return "?" in text and text.count("?") >= 2 * QUESTION_HEADING_MIN_PAIRS


def _has_repeated_line(text: str) -> bool:
    """Whether two lines of ``text`` are equal: always when two of the blocks joined into it
    are (`_joined`), a line feed inside a block or not, since equal blocks split into equal
    lines. Two C calls, where comparing blocks is a Python test a block.

    >>> _has_repeated_line("A | B\\nx\\nA | B"), _has_repeated_line("A | B\\nA | C")
    (True, False)
    """
    lines = text.split("\n")
    return len(set(lines)) < len(lines)


def find_closing_teaser_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Blocks among the last `CLOSING_TEASER_WINDOW` that are an earlier block's start cut
    short with an ellipsis: a page's description printed again at its end, the copy.

    Linear: most documents' last blocks end with no ellipsis; one start test a block for the
    few that do.

    >>> texts = ["Storm hits coast", "Heavy rain closed the coast road on Tuesday for a second"
    ...     " day.", "It may reopen on Thursday.", "Heavy rain closed the coast road on Tuesday..."]
    >>> find_closing_teaser_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {3: Duplicate(rule='duplicate_teaser', original=1)}
    """
    found: dict[int, Duplicate] = {}
    for index in range(max(1, len(blocks) - CLOSING_TEASER_WINDOW), len(blocks)):
        block = blocks[index]
        if block.words < TEASER_MIN_WORDS or not block.text.endswith(ELLIPSES):
            continue
        start = _without_ellipsis(block.text)
        original = next(
            (
                other
                for other in range(index)
                if len(blocks[other].text) > len(start) and blocks[other].text.startswith(start)
            ),
            None,
        )
        if original is not None:
            found[index] = Duplicate(DUPLICATE_TEASER, original)
    return found


def quote_box_quotation(text: str) -> str | None:
    """The quotation of a quote box signed after a dash, or None when the line is no such box
    (see `QUOTE_SIGNATURE_MAX_WORDS`).

    >>> quote_box_quotation("“The show opens to the public on Friday.” — Jane Roe, spokeswoman")
    'The show opens to the public on Friday.'
    >>> quote_box_quotation("“Too short.” — Jane Roe"), quote_box_quotation("He left — for good.")
    (None, None)
    """
    text = text.strip()
    for dash in _SIGNATURE_DASHES:
        quote, found, signature = text.rpartition(dash)
        if found:
            break
    else:
        return None
    inner = _quoted(quote)
    if inner is None or not _may_name_speaker(signature) or len(inner.split()) < TEASER_MIN_WORDS:
        return None
    return inner


def _quoted(text: str) -> str | None:
    """The words between a text's opening and closing quotation marks, or None when it is not
    opened and closed by them."""
    if text[:1] not in _OPENING_QUOTES or text[-1:] not in _CLOSING_QUOTES:
        return None
    return text[1:-1].strip()


def _may_name_speaker(text: str) -> bool:
    """Whether a quote box's signature or lead-in can name its speaker: one to
    `QUOTE_SIGNATURE_MAX_WORDS` words, capitalised."""
    return 0 < len(text.split()) <= QUOTE_SIGNATURE_MAX_WORDS and text[:1].isupper()


def find_quote_box_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Quote boxes whose quotation stands inside another block: copies of that block, which
    stays (see `QUOTE_SIGNATURE_MAX_WORDS`).

    One substring search of the document per box; boxes are few, and most lines fail the
    first test (a quotation mark first).

    >>> said = "The repairs to the coast road will take weeks."
    >>> texts = ["Storm hits coast", f"{said} Roads stay shut.", f"“{said}” — Jane Roe, engineer"]
    >>> find_quote_box_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {2: Duplicate(rule='duplicate_paragraph', original=1)}
    """
    boxes = {
        index: quotation
        for index, block in enumerate(blocks)
        if block.text.lstrip()[:1] in _OPENING_QUOTES
        and (quotation := quote_box_quotation(block.text)) is not None
    }
    found: dict[int, Duplicate] = {}
    for index, quotation in boxes.items():
        for other, block in enumerate(blocks):
            if other not in boxes and _says_unquoted(block.text, quotation):
                found[index] = Duplicate(DUPLICATE_PARAGRAPH, other)
                break
    return found


def speaker_box_quotation(text: str) -> str | None:
    """The quotation of a quote box with its speaker before a colon, or None when the line is
    no such box (see `CUT_QUOTE_MIN_WORDS`).

    >>> speaker_box_quotation("Wethouder De Vries: ‘De brug gaat in mei weer open voor fietsers.’")
    'De brug gaat in mei weer open voor fietsers.'
    >>> speaker_box_quotation("He said: ‘Too short.’"), speaker_box_quotation("Note: it rained.")
    (None, None)
    """
    speaker, colon, quote = text.strip().partition(": ")
    inner = _quoted(quote)
    if (
        not colon
        or not _may_name_speaker(speaker)
        or ends_like_sentence(speaker)
        or count_inner_sentence_ends(speaker) > 0
        or inner is None
        or len(inner.split()) < TEASER_MIN_WORDS
    ):
        return None
    return inner


def cut_quotation(text: str) -> tuple[str, str] | None:
    """The words before and after the one ellipsis of a quotation cut in the middle, or None
    when the line is no such quotation (see `CUT_QUOTE_MIN_WORDS`).

    >>> cut_quotation("„Nach Angaben aus Koalitionskreisen soll … im Bundestag fallen.“")
    ('Nach Angaben aus Koalitionskreisen soll', 'im Bundestag fallen.')
    >>> cut_quotation("„Wir bleiben … hier.“"), cut_quotation("Er sagte … und ging nach Hause.")
    (None, None)
    """
    inner = _quoted(text.strip())
    if inner is None:
        return None
    parts = [inner.split(mark) for mark in _CUT_MARKS if mark in inner]
    if len(parts) != 1 or len(parts[0]) != 2:
        return None
    head, tail = (part.strip() for part in parts[0])
    head_words, tail_words = len(head.split()), len(tail.split())
    if (
        min(head_words, tail_words) < CUT_QUOTE_MIN_WORDS
        or head_words + tail_words < TEASER_MIN_WORDS
    ):
        return None
    return head, tail


def find_excerpt_box_copies(blocks: Sequence[Block], title: int | None) -> dict[int, Duplicate]:
    """Quote boxes with the speaker before a colon, and pull quotes cut in the middle, whose
    words stand in another block: copies of that block, which stays (see
    `CUT_QUOTE_MIN_WORDS`).

    One substring search of the document per box; most lines are no box.

    >>> said = "The repairs to the coast road will take weeks, not days."
    >>> texts = ["Storm hits coast", f"{said} Roads stay shut.",
    ...          "“The repairs to the coast … weeks, not days.”", f"Jane Roe, engineer: “{said}”"]
    >>> found = find_excerpt_box_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 0)
    >>> sorted((index, copy.original) for index, copy in found.items())
    [(2, 1), (3, 1)]
    """
    found: dict[int, Duplicate] = {}
    for index, block in enumerate(blocks):
        if index == title or block.text.rstrip()[-1:] not in _CLOSING_QUOTES:
            continue
        quotation = speaker_box_quotation(block.text)
        cut = cut_quotation(block.text) if quotation is None else (quotation, "")
        if cut is None:
            continue
        for other, source in enumerate(blocks):
            if other != index and _says_in_order(source.text, cut):
                found[index] = Duplicate(DUPLICATE_PARAGRAPH, other)
                break
    return found


def embed_fallback_text(text: str) -> str | None:
    """The post's text in an embed's fallback line, without its links and its signature, or
    None when the line is no such fallback (see `_EMBED_LINK_STARTS`).

    >>> embed_fallback_text("The bridge stays shut until Friday. pic.twitter.com/x7Qp — "
    ...     "Brookfield Council (@Brookfield) December 2, 2026")
    'The bridge stays shut until Friday.'
    >>> embed_fallback_text("He left — for good (@home) today."), embed_fallback_text("No dash.")
    (None, None)
    """
    for dash in _SIGNATURE_DASHES:
        post, found, signature = text.strip().rpartition(dash)
        if found:
            break
    else:
        return None
    at = signature.find(" (@")
    end = signature.find(")", at)
    handle = signature[at + 3 : end]
    if (
        at <= 0
        or not signature[:1].isupper()
        or len(signature[:at].split()) > QUOTE_SIGNATURE_MAX_WORDS
        or not handle.replace("_", "").isalnum()
    ):
        return None
    words = post.split()
    while words and words[-1].startswith(_EMBED_LINK_STARTS):
        words.pop()
    return " ".join(words) if words else None


def find_embed_fallback_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Fallback lines of embedded posts whose text is another block's whole text: copies of
    that block, which stays (see `_EMBED_LINK_STARTS`).

    Linear: one substring test a block; for a document with a line holding "(@", one
    dictionary of the blocks' texts and one look-up a such line.

    >>> post = "The Mill Street bridge will stay closed until Friday, engineers said."
    >>> texts = ["Bridge shut", "City Council (@City)", post,
    ...          f"{post} pic.twitter.com/x7Qp — City Council (@City) December 2, 2026"]
    >>> find_embed_fallback_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {3: Duplicate(rule='duplicate_paragraph', original=2)}
    """
    embeds = [index for index, block in enumerate(blocks) if "(@" in block.text]
    if not embeds:
        return {}  # most documents: no dictionary of texts to build
    where: dict[str, int] = {}
    for index, block in enumerate(blocks):
        where.setdefault(" ".join(block.text.split()), index)
    found: dict[int, Duplicate] = {}
    for index in embeds:
        post = embed_fallback_text(blocks[index].text)
        original = where.get(post) if post and len(post.split()) >= TEASER_MIN_WORDS else None
        if original is not None and original != index:
            found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
    return found


def _says_in_order(text: str, parts: tuple[str, str]) -> bool:
    """Whether ``text`` holds the first part outside quotation marks (`_says_unquoted`) and
    the second part after it (an empty second part is always there)."""
    head, tail = parts
    at = text.find(head)
    return _says_unquoted(text, head) and text.find(tail, at + len(head)) >= 0


def _says_unquoted(text: str, words: str) -> bool:
    """Whether ``text`` holds ``words`` outside quotation marks: not right after an opening
    mark (see `QUOTE_SIGNATURE_MAX_WORDS`).

    >>> said = "It rained."
    >>> _says_unquoted(f"He left. {said}", said), _says_unquoted(f"He said: “{said}”", said)
    (True, False)
    """
    at = text.find(words)
    return at == 0 or (at > 0 and text[at - 1] not in _OPENING_QUOTES)


def find_revised_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Paragraphs printed again right below with one word spelled otherwise: the earlier
    printing is the copy of the later, its revision (see `REVISED_MIN_WORDS`).

    Linear: a length test for each two blocks in a row, a word comparison for the few alike.

    >>> first = "Les sydnicats agricoles ont accueilli l'annonce avec prudence, estimant que"
    >>> texts = [f"{first} les montants restaient trop bas.", ""]
    >>> texts[1] = texts[0].replace("sydnicats", "syndicats")
    >>> find_revised_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {0: Duplicate(rule='duplicate_adjacent', original=1)}
    """
    found: dict[int, Duplicate] = {}
    for index in range(1, len(blocks)):
        first, later = blocks[index - 1], blocks[index]
        if (
            abs(len(first.text) - len(later.text)) <= 1
            and min(first.words, later.words) >= REVISED_MIN_WORDS
            and index - 1 not in found
            and is_one_word_revised(first.text, later.text)
        ):
            found[index - 1] = Duplicate(DUPLICATE_ADJACENT, index)
    return found


def is_one_word_revised(first: str, later: str) -> bool:
    """Whether two texts differ in exactly one word, by one letter's edit (see
    `REVISED_MIN_WORDS`).

    >>> is_one_word_revised("The council voted on Tuesday.", "The council votde on Tuesday.")
    True
    >>> is_one_word_revised("The score was 1:0 at half time.", "The score was 1:1 at half time.")
    False
    >>> is_one_word_revised("It was a long night.", "It was a long light.")
    True
    """
    words, others = first.split(), later.split()
    if len(words) != len(others):
        return False
    changed = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    if len(changed) != 1:
        return False
    word, other = changed[0]
    core, other_core = word.strip(_WORD_EDGES), other.strip(_WORD_EDGES)
    return (
        word.replace(core, "", 1) == other.replace(other_core, "", 1)
        and core.isalpha()
        and other_core.isalpha()
        and min(len(core), len(other_core)) >= REVISED_WORD_MIN_LETTERS
        and core.casefold() != other_core.casefold()
        and _one_edit_apart(core, other_core)
    )


def _one_edit_apart(word: str, other: str) -> bool:
    """Whether one letter changed, added, dropped, or two neighbours swapped, makes one word
    the other.

    >>> _one_edit_apart("syndicats", "sydnicats"), _one_edit_apart("Maier", "Meier")
    (True, True)
    >>> _one_edit_apart("Regeln", "Regel"), _one_edit_apart("ebenso", "ebenfalls")
    (True, False)
    """
    if len(word) < len(other):
        word, other = other, word
    head = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), None)
    if head is None:
        return len(word) - len(other) == 1
    if len(word) != len(other):
        return len(word) - len(other) == 1 and word[head + 1 :] == other[head:]
    swapped = word[head : head + 2] == other[head : head + 2][::-1]
    return word[head + 1 :] == other[head + 1 :] or (
        swapped and word[head + 2 :] == other[head + 2 :]
    )


def _copies(keys: Sequence[str], copies: Mapping[str, int] | None) -> dict[str, int]:
    """How often each key occurs: in these blocks, or in the whole document when that is more.

    Rounds remove blocks, but a block printed three times in the input stays recurring
    content (a meal plan's "Meal 1") after some copies of its neighbours are gone.
    """
    counts = dict(Counter(keys))
    if copies:
        for key, count in counts.items():
            counts[key] = max(count, copies.get(key, 0))
    return counts


def _follows_recurring(keys: Sequence[str], index: int, counts: Mapping[str, int]) -> bool:
    """Whether the block comes right after a recurring one: an entry of repeated structure.

    A meal plan prints "Meal 1" / "Eat every 2-3 hours" for each day and the same meal under
    it on two days; a body pasted twice repeats among blocks printed twice, not under a
    heading printed on every day.
    """
    return index > 0 and counts.get(keys[index - 1], 0) > MAX_PASTED_COPIES


def _mark_repeats(
    blocks: Sequence[Block],
    keys: Sequence[str],
    min_words: int,
    found: dict[int, Duplicate],
    counts: Mapping[str, int],
) -> None:
    first_seen: dict[str, int] = {}
    for index, key in enumerate(keys):
        # A block printed three times or more is a recurring element (a refrain, an
        # interview's standing question, a table's row label), not a paste error.
        if not key or index in found or counts[key] > MAX_PASTED_COPIES:
            continue
        original = first_seen.setdefault(key, index)
        if original == index or _follows_recurring(keys, index, counts):
            continue
        # A reference list cites one source in several footnotes, each its own entry
        # (Wikipedia prints "^ Bogue, Mike (2017) ..." for each); a paste repeats the story.
        if is_footnote(blocks[index].text):
            continue
        previous = found.get(index - 1)
        in_run = previous is not None and previous.original == original - 1
        if original in found and found[original].original == index:
            continue  # its first printing goes as its copy already: a summary's bullet
        if original not in found and _is_summary_bullet(blocks, original, index):
            _mark_summary_bullet(blocks, keys, (original, index), min_words, found)
            continue
        if (
            not in_run
            and original not in found
            and blocks[original].words >= min_words
            and _is_pull_quote_of(blocks[original].text, blocks[index].text)
        ):
            found[original] = Duplicate(DUPLICATE_PARAGRAPH, index)
            continue
        if not in_run and _is_refrain_pair(blocks, keys, (original, index), min_words):
            continue
        if in_run or _opens_run(keys, index, original):
            pass  # a run's copy, whatever its first block is
        elif (
            _is_quoted_again(blocks[original].text, blocks[index].text, index - original)
            or _is_question_asked_again(blocks, keys, (original, index))
            or _is_step_given_again(blocks, (original, index))
            or _is_entry_at_two_dates(blocks, (original, index))
            or _is_line_per_section(blocks, keys, (original, index))
        ):
            continue
        if blocks[index].words >= min_words:
            found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
        elif in_run:
            found[index] = Duplicate(DUPLICATE_RUN, original)


def _is_bulleted(text: str) -> bool:
    """Whether a line is a bulleted list item (`_BULLET_MARKS`).

    >>> _is_bulleted("• Das Bad öffnet am Samstag."), _is_bulleted("-5 Grad in der Nacht.")
    (True, False)
    """
    return len(text) > 2 and text[0] in _BULLET_MARKS and text[1] == " "


def _is_summary_bullet(blocks: Sequence[Block], original: int, index: int) -> bool:
    """Whether the first printing, at ``original``, is a bulleted line and its later one, at
    ``index``, a paragraph of the body: a summary's bullet, the copy (`_BULLET_MARKS`).

    A list printed twice, bullets and all, is no summary: the later printing must have no
    bullet. Nor is a label: the paragraph must end like a sentence.
    """
    first, later = blocks[original].text.lstrip(), blocks[index].text.lstrip()
    return _is_bulleted(first) and not _is_bulleted(later) and ends_like_sentence(later)


def _is_pull_quote_of(first: str, later: str) -> bool:
    """Whether ``first`` is ``later`` inside one added pair of quotation marks: a pull quote
    re-set from the paragraph (`_OPENING_QUOTES`, `_CLOSING_QUOTES`).

    A pull quote gains the marks the paragraph lacks (“<paragraph>”, or ““...”” round a
    paragraph that is itself a quotation). Printed first (in the middle of the story, the
    paragraph further down), it is the copy: it goes, and the paragraph stays where the
    story has it. `_mark_repeats` asks only for a whole paragraph (``min_words`` words or
    more), character for character inside exactly one added pair; a quotation printed twice
    alike is `_is_quoted_again`'s. As many printings are kept as before; only which one
    stays changes.

    >>> paragraph = "The council will vote on the plan in March, the mayor said."
    >>> _is_pull_quote_of(f"“{paragraph}”", paragraph), _is_pull_quote_of(paragraph, paragraph)
    (True, False)
    >>> _is_pull_quote_of(f"““{paragraph}””", f"“{paragraph}”")
    True
    """
    first, later = first.strip(), later.strip()
    return (
        len(first) == len(later) + 2
        and first[0] in _OPENING_QUOTES
        and first[-1] in _CLOSING_QUOTES
        and first[1:-1] == later
    )


def _mark_summary_bullet(
    blocks: Sequence[Block],
    keys: Sequence[str],
    pair: tuple[int, int],
    min_words: int,
    found: dict[int, Duplicate],
) -> None:
    """Mark a summary's bullet as the copy of the body's paragraph it repeats.

    As for any copy, a short one goes only as part of a run: the next bullet repeats the
    next paragraph too, or the bullet before went as the paragraph's before.
    """
    bullet, paragraph = pair
    before = found.get(bullet - 1)
    in_run = before is not None and before.original == paragraph - 1
    if blocks[bullet].words >= min_words:
        found[bullet] = Duplicate(DUPLICATE_PARAGRAPH, paragraph)
    elif in_run or _opens_run(keys, paragraph, bullet):
        found[bullet] = Duplicate(DUPLICATE_RUN, paragraph)


def _mark_card_teasers(
    blocks: Sequence[Block], found: dict[int, Duplicate], title: int | None, min_words: int
) -> None:
    """Mark the teaser under a copy of the headline below the story: a teaser list ("Mehr
    zum Thema") holding this story's card, its headline and the lead's first sentences.

    The block must be whole sentences that start the lead paragraph, character for
    character, and shorter than it, with `TEASER_MIN_WORDS` words: what a card prints. A
    paragraph that opens with the lead's words and goes on otherwise is no start of it.
    Linear: one comparison per headline copy.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Storm hits coast",
    ...     "Heavy rain closed the coast road on Tuesday. It may reopen on Thursday.",
    ...     "The county said repairs would take weeks.", "Storm hits coast",
    ...     "Heavy rain closed the coast road on Tuesday."])]
    >>> found = {3: Duplicate(DUPLICATE_TITLE, 0)}
    >>> _mark_card_teasers(blocks, found, 0, 5); found[4]
    Duplicate(rule='duplicate_teaser', original=1)
    """
    lead = _lead_paragraph(blocks, title, min_words)
    if title is None or lead is None:
        return
    lead_text = blocks[lead].text
    for index, duplicate in list(found.items()):
        under = index + 1
        if duplicate.rule != DUPLICATE_TITLE or index < lead or under >= len(blocks):
            continue
        card = blocks[under]
        if (
            under not in found
            and card.words >= TEASER_MIN_WORDS
            and ends_like_sentence(card.text)
            and len(lead_text) > len(card.text)
            and lead_text.startswith(card.text)
            and lead_text[len(card.text)] == " "
        ):
            found[under] = Duplicate(DUPLICATE_TEASER, lead)


def _opens_run(keys: Sequence[str], index: int, original: int) -> bool:
    """Whether the copy at ``index`` goes on as its first printing does, a block more."""
    after, twin = index + 1, original + 1
    return after < len(keys) and twin < index and bool(keys[after]) and keys[after] == keys[twin]


def _is_quoted_again(first: str, second: str, distance: int) -> bool:
    """Whether two printings of a block, ``distance`` blocks apart, are one quotation quoted
    twice (see `_OPENING_QUOTES`): the same text, marks and all, a quotation whole, apart.

    >>> line = "„Diese Stadt gehört allen, die hier leben.“"
    >>> _is_quoted_again(line, line, 3), _is_quoted_again(line.strip("„“"), line, 3)
    (True, False)
    >>> reported = "„Wir bleiben“, sagte sie. „Hier ist unser Zuhause.“"
    >>> _is_quoted_again(reported, reported, 3)
    False
    """
    text = first.strip()
    return (
        distance > 1
        and text == second.strip()
        and text[:1] in _OPENING_QUOTES
        and text[-1:] in _CLOSING_QUOTES
        and len(text.split()) <= QUOTED_REFRAIN_MAX_WORDS
        and _INNER_QUOTE_MARKS.isdisjoint(text[1:-1])
    )


def _is_question_asked_again(
    blocks: Sequence[Block], keys: Sequence[str], pair: tuple[int, int]
) -> bool:
    """Whether the blocks at ``pair`` print one question twice, apart, each time before a
    different block (see `QUESTION_ASKED_AGAIN_MIN_GAP`).

    >>> texts = ["She asked:", "Why did the council vote now?", "The budget was due.", "It was.",
    ...          "He asked too:", "Why did the council vote now?", "Nobody could say."]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_question_asked_again(bs, comparison_keys(bs), (1, 5))
    True
    >>> bs[6] = Block("The budget was due.", 6, 7)
    >>> _is_question_asked_again(bs, comparison_keys(bs), (1, 5))
    False
    """
    first, later = pair
    text = blocks[later].text.strip()
    return (
        later - first >= QUESTION_ASKED_AGAIN_MIN_GAP
        and later + 1 < len(blocks)
        and first >= 1
        and keys[first + 1] != keys[later + 1]
        and text.endswith("?")
        and _is_refrain_line(blocks[later])
        and all(_tells(blocks[i].text) for p in pair for i in (p - 1, p + 1))
    )


def step_label(text: str) -> tuple[str, str] | None:
    """The words and the number of a list's step label ("Passo 4" -> ("passo", "4")), or
    None when the line is no step label (see `STEP_LABEL_MAX_WORDS`).

    >>> step_label("Passo 4"), step_label("Step 12:"), step_label("3."), step_label("Step two")
    (('passo', '4'), ('step', '12'), ('', '3'), None)
    >>> step_label("Covid 19 cases rise"), step_label("Seite 123")
    (None, None)
    """
    words = text.split()
    if not words or len(words) > STEP_LABEL_MAX_WORDS:
        return None
    number = words[-1].rstrip(".:)")
    if not (number.isdecimal() and len(number) <= STEP_NUMBER_MAX_DIGITS):
        return None
    if not all(word.isalpha() for word in words[:-1]):
        return None
    return " ".join(words[:-1]).casefold(), number


def _is_step_given_again(blocks: Sequence[Block], pair: tuple[int, int]) -> bool:
    """Whether the two printings at ``pair`` are the bodies of two steps of one numbered list:
    each right under a `step_label`, the labels' words alike, the later one's number higher.

    Constant time: the block above each printing.

    >>> texts = ["Passo 2", "Mexa bem e deixe descansar.", "Passo 3", "Junte a farinha.",
    ...          "Passo 4", "Mexa bem e deixe descansar."]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_step_given_again(bs, (1, 5))
    True
    >>> bs[4] = Block("Passo 2", 4, 5)  # the label pasted with its step
    >>> _is_step_given_again(bs, (1, 5))
    False
    """
    first, later = _labels_above(blocks, pair, step_label)
    return (
        first is not None
        and later is not None
        and first[0] == later[0]
        and int(first[1]) < int(later[1])
    )


def date_label_year(text: str) -> str | None:
    """The year a timeline's date label names ("März 2019" -> "2019"), or None when the line
    is no date label: more than `DATE_LABEL_MAX_WORDS` words, or no year or two (`_YEAR`).

    >>> date_label_year("März 2019"), date_label_year("12 October 2024:"), date_label_year("1998")
    ('2019', '2024', '1998')
    >>> date_label_year("16:05 (actualizado)"), date_label_year("2019 bis 2024")
    (None, None)
    >>> date_label_year("Die Fahrer streiken seit dem Jahr 2019 immer wieder.") is None
    True
    """
    if len(text.split()) > DATE_LABEL_MAX_WORDS:
        return None
    years = _YEAR.findall(text)
    return years[0] if len(years) == 1 else None


def _is_entry_at_two_dates(blocks: Sequence[Block], pair: tuple[int, int]) -> bool:
    """Whether the two printings at ``pair`` are two entries of a timeline: each right under
    a `date_label_year` label, the years different (see `DATE_LABEL_MAX_WORDS`).

    Constant time: the block above each printing.

    >>> strike = "Die Fahrer streiken drei Tage lang."
    >>> texts = ["März 2019", strike, "Juli 2021", "Die Stadt übernimmt.", "Oktober 2024", strike]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_entry_at_two_dates(bs, (1, 5))
    True
    >>> bs[4] = Block("März 2019", 4, 5)  # the label pasted with its entry
    >>> _is_entry_at_two_dates(bs, (1, 5))
    False
    """
    first, later = _labels_above(blocks, pair, date_label_year)
    return first is not None and later is not None and first != later


_Label = TypeVar("_Label")


def _labels_above(
    blocks: Sequence[Block], pair: tuple[int, int], label: Callable[[str], _Label | None]
) -> tuple[_Label | None, _Label | None]:
    """What ``label`` reads in the block right above each printing of ``pair`` (None above
    the first block)."""
    first, later = (label(blocks[i - 1].text) if i > 0 else None for i in pair)
    return first, later


def _heads_section(text: str) -> bool:
    """Whether a block may head a section of a listing: a capitalised line of at most
    `SECTION_HEADING_MAX_WORDS` words that ends no sentence and leads into nothing.

    >>> _heads_section("Heimatmuseum Oberwerth"), _heads_section("Sternwarte am Kahlenberg")
    (True, True)
    >>> _heads_section("Eintritt frei."), _heads_section("Opening hours:"), _heads_section("and")
    (False, False, False)
    """
    text = text.strip()
    return (
        0 < len(text.split()) <= SECTION_HEADING_MAX_WORDS
        and text[:1].isupper()
        and not ends_like_sentence(text)
        and not text.endswith(_CONTINUES)
    )


def _section_heading_above(blocks: Sequence[Block], index: int) -> int | None:
    """The index of the heading of the section the block at ``index`` ends, or None: the
    nearest `_heads_section` block above, with one to `SECTION_LINE_MAX_DEPTH` blocks between
    it and ``index``, none of them a heading."""
    for above in range(index - 1, max(index - SECTION_LINE_MAX_DEPTH - 2, -1), -1):
        if _heads_section(blocks[above].text):
            return above if above < index - 1 else None
    return None


def _is_line_per_section(
    blocks: Sequence[Block], keys: Sequence[str], pair: tuple[int, int]
) -> bool:
    """Whether the two printings at ``pair`` are one short line ending two sections of a
    listing, each under its own heading (see `SECTION_LINE_MAX_WORDS`).

    Constant time: at most `SECTION_LINE_MAX_DEPTH` + 1 blocks above each printing.

    >>> info = "Eintritt frei, geöffnet täglich von 10 bis 18 Uhr."
    >>> texts = ["Museen im Kreis", "Heimatmuseum Oberwerth", "Spielzeug aus drei Jahrhunderten.",
    ...          info, "Sternwarte am Kahlenberg", "Ein großes Teleskop für den Mond.", info]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_line_per_section(bs, comparison_keys(bs), (3, 6))
    True
    >>> bs[4] = Block("Heimatmuseum Oberwerth", 4, 5)  # the section pasted with its heading
    >>> _is_line_per_section(bs, comparison_keys(bs), (3, 6))
    False
    """
    first, later = pair
    first_heading, later_heading = (_section_heading_above(blocks, i) for i in pair)
    line = blocks[later].text
    return (
        first_heading is not None
        and later_heading is not None
        and first_heading > 0  # the first block is the page's title, no listing's section
        and first - first_heading == later - later_heading
        and first < later_heading
        and _heads_section(blocks[first + 1].text)
        and keys[first_heading] != keys[later_heading]
        and keys[first - 1] != keys[later - 1]
        and max(blocks[i].words for i in pair) <= SECTION_LINE_MAX_WORDS
        and ends_like_sentence(line)
        and not looks_like_headline(line)
    )


def _tells(text: str) -> bool:
    """Whether a block beside a question is told text: it ends a sentence or a colon opens
    what follows, and it is not a teaser cut short with an ellipsis.

    >>> _tells("She had had enough:"), _tells("Nifty forms Doji pattern, likely if index...")
    (True, False)
    """
    end = text.rstrip()
    return (ends_like_sentence(end) or end.endswith(":")) and not end.endswith(("...", "…"))


def _is_refrain_pair(
    blocks: Sequence[Block], keys: Sequence[str], pair: tuple[int, int], min_words: int
) -> bool:
    """Whether the block at ``pair``'s second index and the one beside it are a refrain of two
    lines printed twice, apart, inside the story (see `REFRAIN_PAIR_MIN_GAP`); ``pair`` holds
    the indices of the block's first and second printing.

    Constant time: the two printings, a block beside each and the blocks around them.

    >>> story = [f"Paragraph {n} of the report, long enough to be a paragraph." for n in "ABCD"]
    >>> refrain = ["Wir schaffen das.", "Wir lassen niemanden zurück, nicht hier und nicht dort."]
    >>> texts = [story[0], *refrain, story[1], story[2], *refrain, story[3]]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _is_refrain_pair(bs, comparison_keys(bs), (2, 6), 12)
    True
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts[:-1])]  # the second at the end
    >>> _is_refrain_pair(bs, comparison_keys(bs), (2, 6), 12)
    False
    """
    original, index = pair
    for step in (-1, 1):
        first = (original, original + step)
        second = (index, index + step)
        before, after = min(second) - 1, max(second) + 1
        if (
            min(second) - max(first) - 1 >= REFRAIN_PAIR_MIN_GAP
            and min(first) > 0
            and after < len(keys)
            and keys[first[1]]
            and keys[first[1]] == keys[second[1]]
            # exactly two blocks: the blocks around the second printing copy none around
            # the first
            and keys[before] != keys[min(first) - 1]
            and keys[after] != keys[max(first) + 1]
            and all(
                blocks[a].text.strip() == blocks[a + index - original].text.strip() for a in first
            )
            and min(blocks[i].words for i in first) < min_words
            and all(_is_refrain_line(blocks[i]) for i in first)
        ):
            return True
    return False


def _is_refrain_line(block: Block) -> bool:
    """Whether a block may be a refrain's line: one sentence of at most
    `QUOTED_REFRAIN_MAX_WORDS` words."""
    return (
        block.words <= QUOTED_REFRAIN_MAX_WORDS
        and ends_like_sentence(block.text)
        and count_inner_sentence_ends(block.text) == 0
    )


def _lead_paragraph(blocks: Sequence[Block], title: int | None, min_words: int) -> int | None:
    """The index of the article's first paragraph: the first whole paragraph (``min_words``
    words or more) that is not the title."""
    return next(
        (i for i, block in enumerate(blocks) if block.words >= min_words and i != title), None
    )


def find_reflowed_copy(
    blocks: Sequence[Block], title: int | None, min_words: int
) -> dict[int, Duplicate]:
    """The article printed again from its first paragraph on with other breaks: each of the
    copy's blocks, and the block where its first word was first printed.

    A later block that starts as the article's first block (after the title) or its first
    paragraph (`_lead_paragraph`) does starts a copy when the words of the blocks from there
    on are the words of the article from that block on, in order, block after block, over
    `PASTED_RUN_MIN_PARAGRAPHS` whole paragraphs at least, and one block of it at least is
    not a block of the first printing (a copy block for block is `find_duplicates`' case).
    Short blocks of the first printing (`REFLOWED_SKIP_MAX_WORDS`) may be left out of the
    copy. The copy ends at the first block whose words differ. A block printed three times
    or more is recurring content, which has no copy.

    Linear: for each of the two starting blocks, two tests a block, then at most
    `REFLOWED_MAX_STARTS` comparisons, each reading the article and the copy once.

    >>> texts = ["Storm hits coast", "Rain fell on the town all night, and the river rose.",
    ...     "By morning the bridge was closed and the school too.",
    ...     "Rain fell on the town all night, and the river rose. By morning the bridge",
    ...     "was closed and the school too."]
    >>> sorted(find_reflowed_copy([Block(t, i, i + 1) for i, t in enumerate(texts)], 0, 8))
    [3, 4]
    """
    lead = _lead_paragraph(blocks, title, min_words)
    if lead is None:
        return {}
    # The copy may start at the article's first block (a dateline, a short first line set
    # apart, now joined to the paragraph under it) or at its first paragraph (the short
    # blocks above it left out).
    opening = 1 if title == 0 else 0
    # Each block's first characters: a start holds the source's (one C search a start).
    heads = [block.text[:REFLOWED_MIN_START_CHARS] for block in blocks]
    for source in dict.fromkeys((opening, lead)):
        for start in _copy_starts(blocks, heads, source):
            copy = _reflowed_from(blocks, source, start, min_words)
            if copy:
                return copy
    return {}


def _copy_starts(blocks: Sequence[Block], heads: list[str], source: int) -> list[int]:
    """The blocks after ``source``'s next one that start as it does (see
    `REFLOWED_PROBE_CHARS`): at most `REFLOWED_MAX_STARTS` of them, none when it is printed
    three times or more (recurring content, a refrain). ``heads`` are the blocks' first
    `REFLOWED_MIN_START_CHARS` characters."""
    first = blocks[source].text
    key, probe = heads[source], first[:REFLOWED_PROBE_CHARS]
    if len(key) < REFLOWED_MIN_START_CHARS:
        return []
    starts: list[int] = []
    index = source + 1
    for _ in range(REFLOWED_MAX_HITS):
        try:
            index = heads.index(key, index + 1)
        except ValueError:
            break
        text = blocks[index].text
        if text.startswith(probe) or probe.startswith(text):
            starts.append(index)
            if len(starts) == REFLOWED_MAX_STARTS:
                break
    if starts and sum(block.text == first for block in blocks) > MAX_PASTED_COPIES:
        return []
    return starts


class _FirstPrinting:
    """The words of ``blocks[source:start]`` in order, read a block at a time as a comparison
    needs them: most starts differ within a block or two, and the article is not read."""

    def __init__(self, blocks: Sequence[Block], source: int, start: int) -> None:
        self.blocks, self.source, self.start = blocks, source, start
        self.words: list[str] = []
        self.owner: list[int] = []  # the block each word is in
        self.begins = [0]  # where the words of block ``source + k`` begin; then where they end
        self.read = source  # the next block to read

    def has(self, count: int) -> bool:
        """Whether the first printing holds ``count`` words, reading blocks as needed."""
        while len(self.words) < count and self.read < self.start:
            found = key_words(self.blocks[self.read].text)
            self.words += found
            self.owner += [self.read] * len(found)
            self.begins.append(len(self.words))
            self.read += 1
        return len(self.words) >= count

    def span(self, block: int) -> tuple[int, int]:
        """Where a block's words begin and end (a block already read)."""
        return self.begins[block - self.source], self.begins[block - self.source + 1]


def _reflowed_from(
    blocks: Sequence[Block], source: int, start: int, min_words: int
) -> dict[int, Duplicate]:
    """The copy of ``blocks[source:start]`` that starts at ``start`` (see `find_reflowed_copy`);
    empty when it covers fewer than `PASTED_RUN_MIN_PARAGRAPHS` whole paragraphs."""
    printing = _FirstPrinting(blocks, source, start)
    words = printing.words
    short = min(REFLOWED_SKIP_MAX_WORDS, min_words - 1)  # never a whole paragraph
    at, copy, reflowed = 0, {}, False
    passed = start - 1  # the last short block of the copy's own passed over, if any
    for index in range(start, len(blocks)):
        found = key_words(blocks[index].text)
        if not found:
            break
        end = at + len(found)
        if printing.has(end) and words[at:end] == found:  # most blocks: none left out
            first = at
        else:
            span = _skipping_short_blocks(printing, found, at, short)
            if span is None:
                if _passes_over(blocks[index], index, passed, short):
                    passed = index
                    continue
                break
            (first, end), reflowed = span, True
        origin = printing.owner[first]
        copy[index] = Duplicate(DUPLICATE_REFLOWED, origin)
        # A block that is not one block of the first printing, word for word.
        reflowed |= printing.span(origin) != (first, end)
        at = end
    if not reflowed:
        return {}  # a copy block for block: the keys find it (`find_duplicates`)
    whole = sum(
        1
        for index in range(source, printing.read)
        if blocks[index].words >= min_words and printing.span(index)[1] <= at
    )
    return copy if whole >= PASTED_RUN_MIN_PARAGRAPHS else {}


def _passes_over(block: Block, index: int, passed: int, short: int) -> bool:
    """Whether a copy's block its first printing lacks may be passed over: a short one (an
    ad's label set inside a paragraph, "Advertisement" / "Anzeige", by the other extraction),
    not right after another (`REFLOWED_COPY_SKIPS_IN_A_ROW`). It stays where it is: the copy
    only goes on if the next block continues the first printing's words, and the block is
    left to the rules."""
    return block.words <= short and index - passed > REFLOWED_COPY_SKIPS_IN_A_ROW


def _skipping_short_blocks(
    printing: _FirstPrinting, found: Sequence[str], at: int, short: int
) -> tuple[int, int] | None:
    """Where the first printing's words from ``at`` on hold ``found`` (its first word's
    position, and the position after its last) with short blocks (of ``short`` words at
    most) left out where they start; None if they do not. Word by word, so a block left out
    may fall inside the copy's block."""
    first = None
    words, owner = printing.words, printing.owner
    for word in found:
        while printing.has(at + 1) and words[at] != word:
            skipped = owner[at]
            begin, end = printing.span(skipped)
            if begin != at or printing.blocks[skipped].words > short:
                return None
            at = end
        if not printing.has(at + 1):
            return None
        if first is None:
            first = at
        at += 1
    return (at, at) if first is None else (first, at)


def _mark_pasted_runs(
    blocks: Sequence[Block],
    keys: Sequence[str],
    min_words: int,
    found: dict[int, Duplicate],
    title: int | None,
) -> None:
    """Mark every block of the article printed again from its first paragraph on (the
    first after the ``title`` block, when there is one) as a copy of its first printing,
    recurring blocks within it too: a window of `PASTED_RUN_MIN_BLOCKS` consecutive blocks
    that holds the first paragraph and `PASTED_RUN_MIN_PARAGRAPHS` paragraphs, printed again
    in the same order, and from there as long as both printings go on alike.

    Linear: the few windows that hold the first paragraph are looked up by their first key.
    A window that overlaps its first printing is a refrain printed in a row, not a paste.
    Stand-in keys (`comparison_keys`) are unique, so windows with them never match.
    """
    width = PASTED_RUN_MIN_BLOCKS
    lead = _lead_paragraph(blocks, title, min_words)
    if lead is None:
        return
    sources = {
        tuple(keys[start : start + width]): start
        for start in range(min(lead, len(keys) - width), max(lead - width, -1), -1)
    }
    heads = {window[0] for window in sources}
    copied: dict[int, int] = {}  # each block of a pasted run, and its first printing
    for start in range(lead + 1, len(keys) - width + 1):
        if keys[start] not in heads:
            continue
        window = tuple(keys[start : start + width])
        earlier = sources.get(window)
        if earlier is None or earlier + width > start or not all(window):
            continue
        run = range(start, start + width)
        if sum(blocks[i].words >= min_words for i in run) < PASTED_RUN_MIN_PARAGRAPHS:
            continue
        for offset, index in enumerate(run):
            copied.setdefault(index, earlier + offset)
    # A paste goes on past its windows of paragraphs, through the short blocks it copies too
    # (a name, "Photo:"), as long as both printings go on alike, and never over its source.
    for index, original in sorted(copied.items()):
        while (
            index + 1 < len(keys)
            and original + 1 < index
            and index + 1 not in copied
            and keys[index + 1]
            and keys[index + 1] == keys[original + 1]
        ):
            index, original = index + 1, original + 1
            copied[index] = original
    for index, original in copied.items():
        if original not in copied and _is_summary_bullet(blocks, original, index):
            found.setdefault(original, Duplicate(DUPLICATE_RUN, index))  # the bullet is the copy
        else:
            found.setdefault(index, Duplicate(DUPLICATE_RUN, original))


def _mark_adjacent_copies(
    blocks: Sequence[Block],
    keys: Sequence[str],
    found: dict[int, Duplicate],
    counts: Mapping[str, int],
    min_words: int,
) -> None:
    """A block whose copy directly follows it is printed twice, whatever its length.

    Extraction stutters (a heading or a one-line caption printed twice in a row, often with
    junk between them that an earlier stage removed) leave such pairs; writers almost never
    set the same line twice in a row. The pair must be the key's only copies (three in a row
    is a refrain), hold a letter (a table's repeated "0" is data), be no table cells, use the
    same case (an echo in capitals is emphasis: "Lots of changes / LOTS of changes"), be no
    footnotes (two citing one source), and the first must not lead into the second, and they
    must have `STUTTER_MIN_WORDS` words. A paragraph stuttered is one whatever copies it has
    elsewhere (`_is_stuttered_paragraph`).
    """
    for index in range(1, len(keys)):
        key, before = keys[index], index - 1
        if index in found or before in found or key != keys[before] or not key:
            continue
        pair = (blocks[before].text, blocks[index].text)
        recurring = counts[key] > MAX_PASTED_COPIES
        if recurring and not _is_stuttered_paragraph(blocks, keys, index, min_words):
            continue
        if _is_stutter(*pair) and _is_summary_bullet(blocks, before, index):
            found[before] = Duplicate(DUPLICATE_ADJACENT, index)  # the bullet is the copy
        elif _is_stutter(*pair):
            found[index] = Duplicate(DUPLICATE_ADJACENT, before)


def _mark_stuttered_runs(
    blocks: Sequence[Block], keys: Sequence[str], found: dict[int, Duplicate], min_words: int
) -> None:
    """Mark the second printing of a run of sentences printed twice in a row (see
    `STUTTERED_RUN_MAX_BLOCKS`). A run of paragraphs (``min_words`` words each) is one even
    when a third printing goes on beside it: a pull quote that is a whole paragraph of the
    story beside its slides; a chant's lines are short. Linear: a few key comparisons a block.
    """
    for width in range(2, STUTTERED_RUN_MAX_BLOCKS + 1):
        for start in range(len(keys) - 2 * width + 1):
            if keys[start] != keys[start + width]:
                continue  # most blocks: no run starts here, and nothing is sliced
            run = keys[start : start + width]
            copy = range(start + width, start + 2 * width)
            if (
                run != keys[start + width : start + 2 * width]
                or len(set(run)) < width  # "A A A A": a line, which `_is_stutter` judges
                or not all(run)
                or any(index in found for index in range(start, start + 2 * width))
                or not all(_is_stuttered_sentence(blocks, index, width) for index in copy)
                or (
                    _repeats_on(keys, start, width)
                    and any(blocks[index].words < min_words for index in copy)
                )
            ):
                continue
            for index in copy:
                found[index] = Duplicate(DUPLICATE_ADJACENT, index - width)


def _repeats_on(keys: Sequence[str], start: int, width: int) -> bool:
    """Whether the run printed twice from ``start`` goes on repeating for a block more on
    either side: a third printing in a row, whole or begun (a chant: "A B A B A B")."""
    end = start + 2 * width
    return (start > 0 and keys[start - 1] == keys[start + width - 1]) or (
        end < len(keys) and keys[end] == keys[start]
    )


def _is_stuttered_sentence(blocks: Sequence[Block], index: int, width: int) -> bool:
    """Whether a block of a run printed twice is a sentence printed again, line for line."""
    first, second = blocks[index - width].text, blocks[index].text
    return ends_like_sentence(first) and _is_stutter(first, second)


def _is_stuttered_paragraph(
    blocks: Sequence[Block], keys: Sequence[str], index: int, min_words: int
) -> bool:
    """Whether a block printed right after its twin is a paragraph stuttered, though its
    text stands a third time elsewhere.

    A standfirst printed above and below the byline that is also a paragraph of the story
    has three copies, which makes it recurring (`MAX_PASTED_COPIES`): a guard written for
    refrains, standing questions and row labels, which are short. A paragraph (``min_words``
    words or more, ending like a sentence) set twice in a row is none of them. Three in a
    row stays, as for a refrain: neither neighbour may be a third copy.
    """
    block, key = blocks[index], keys[index]
    return (
        block.words >= min_words
        and ends_like_sentence(block.text)
        and (index + 1 == len(keys) or keys[index + 1] != key)
        and (index < 2 or keys[index - 2] != key)
    )


def _is_stutter(first: str, second: str) -> bool:
    """Whether two lines with one key are one line printed twice (see `_mark_adjacent_copies`)."""
    if first.endswith(_CONTINUES) or first.startswith(_TABLE_CELL) or is_footnote(first):
        return False  # a lead-in, a table's cells, two footnotes citing one source
    if _asks(first) != _asks(second):
        return False  # an answer echoed as a question, or a question answered by its words
    words = _WORD.findall(first)
    return (
        len(words) >= STUTTER_MIN_WORDS
        and words == _WORD.findall(second)
        and not all(word.isdigit() for word in words)
    )


# Closing quotation marks and brackets after a line's last sign, with French » (a question
# closed « … ? ») and spaces (French puts one before "?" and "»"), which a sentence's end
# (`text.ends_like_sentence`) does not skip.
_QUESTION_CLOSERS = CLOSERS + " \t»"


def _asks(line: str) -> bool:
    """Whether a line ends with a question mark (before closing quotes or brackets).

    The comparison key drops punctuation, so "… une heure." and "… une heure ?" are one key;
    printed one under the other they are an interviewer echoing an answer, not a stutter
    (blind6 half 12: all ten such lines were lost before this test).
    """
    return line.rstrip(_QUESTION_CLOSERS).endswith(("?", "？"))


def _extend_runs_backwards(
    keys: Sequence[str], found: dict[int, Duplicate], counts: Mapping[str, int]
) -> None:
    """A short block just before a repeated run is part of the run when its twin is too."""
    for index in range(len(keys) - 2, 0, -1):
        following = found.get(index + 1)
        if index in found or following is None or following.rule == DUPLICATE_TITLE:
            continue
        twin = following.original - 1
        if counts.get(keys[index], 0) > MAX_PASTED_COPIES:
            continue  # recurring content, as in `_mark_repeats`
        if 0 <= twin < index and keys[index] and keys[twin] == keys[index] and twin not in found:
            found[index] = Duplicate(DUPLICATE_RUN, twin)


# Bytes tables for `_ascii_signatures`: lower-case, and drop every ASCII byte that is neither
# a letter nor a digit (what `label_key`'s words are made of), but the line feed between blocks.
_ASCII_LOWER = bytes.maketrans(bytes(range(65, 91)), bytes(range(97, 123)))
_ASCII_NOT_KEY = bytes(b for b in range(128) if not chr(b).isalnum() and b != 10)

#: What `comparison_keys` keeps per block of a document, by its first input line: its
#: `label_key`, once needed.
KeyCache = dict[int, str]


def twin_candidates(blocks: Sequence[Block]) -> frozenset[int]:
    """The first input lines of the blocks whose letters another block may share.

    A block is screened by a signature that blocks with equal keys share: the letter counts,
    or on an all-ASCII document its letters and digits (`_ascii_signatures`). Only blocks
    with a shared signature can have the same key as another, among these blocks or among any
    subset of them (what a later round of the same document keeps), so the others need no
    key; when there are none, the document holds no duplicate at all.

    >>> texts = ["Same words.", "Other", "same WORDS"]
    >>> sorted(twin_candidates([Block(t, i, i + 1) for i, t in enumerate(texts)]))
    [0, 2]
    """
    signatures: Sequence[Hashable] | None = _ascii_signatures(blocks)
    if signatures is None:
        # Blocks with equal keys hold the same letters, so they share these counts too.
        # Counted inline, not by a call per block: this runs on every block of every document.
        folded = [block.text.casefold() for block in blocks]
        signatures = [(f.count("e"), f.count("a"), f.count("o"), f.count("n")) for f in folded]
    if len(set(signatures)) == len(signatures):  # no two blocks share one (most documents)
        return frozenset()
    shared = Counter(signatures)
    return frozenset(b.start for b, s in zip(blocks, signatures, strict=True) if shared[s] > 1)


def _ascii_signatures(blocks: Sequence[Block]) -> list[bytes] | None:
    """Each block's letters and digits, lower-cased and run together, when every block is
    ASCII; None otherwise.

    Equal keys are equal runs of letters and digits (`label_key` casefolds, which on ASCII
    is lower-casing), so blocks with equal keys have equal signatures. Found for the whole
    document in three C calls (a block holds no line feed, so the signatures split apart
    again), where the letter counts cost four calls a block: on plain ASCII news about half
    the time (11.2 ms → 5.2 ms a pass of the ASCII speed corpus).
    """
    joined = "\n".join([block.text for block in blocks])
    if not joined.isascii():
        return None
    signatures = joined.encode("ascii").translate(_ASCII_LOWER, _ASCII_NOT_KEY).split(b"\n")
    # A block made by hand may hold a line feed; the pipeline's never do.
    return signatures if len(signatures) == len(blocks) else None


def comparison_keys(
    blocks: Sequence[Block], cache: KeyCache | None = None, candidates: frozenset[int] | None = None
) -> list[str]:
    """Keys that compare as `label_key` does, computed only where a twin is possible.

    A block whose letter counts no other block shares can equal no other block, so it gets
    a stand-in key of its own instead of its `label_key` (which costs several times more).
    ``cache`` keeps what was computed by a block's first input line, across the rounds of
    one document; ``candidates`` are the document's `twin_candidates`, when known, and
    then the blocks must be some of that document's blocks.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Same words.", "Other", "same WORDS"])]
    >>> comparison_keys(blocks)
    ['same words', '\\x001', 'same words']
    """
    cache = {} if cache is None else cache
    if candidates is None:
        candidates = twin_candidates(blocks)
    keys = []
    for index, block in enumerate(blocks):
        if block.start not in candidates:
            # No word character is a NUL, so no real key equals a stand-in.
            keys.append(f"\0{index}")
            continue
        key = cache.get(block.start)
        if key is None:
            key = cache[block.start] = label_key(block.text)
        keys.append(key)
    return keys


def find_duplicates(
    blocks: Sequence[Block],
    title: int | None = None,
    min_words: int = 12,
    keys: Sequence[str] | None = None,
    copies: Mapping[str, int] | None = None,
) -> dict[int, Duplicate]:
    """Map the index of every repeated block to the `Duplicate` that explains it.

    ``title`` is the index of the title block, if any: any later copy of it goes, whatever
    its length, and so does a block directly followed by its only copy. ``keys`` are the
    blocks' comparison keys, when the caller has them already; ``copies``, how often each
    key occurs in the whole input document.
    Linear in the number of blocks.

    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(
    ...     ["Jack Ma in KL", "Jack Ma in KL", "He opened an office in Kuala Lumpur today.",
    ...      "Yes", "He opened an office in Kuala Lumpur today!", "Yes"])]
    >>> sorted((i, d.rule) for i, d in find_duplicates(blocks, title=0, min_words=5).items())
    [(1, 'duplicate_title'), (4, 'duplicate_paragraph'), (5, 'duplicate_run')]
    """
    keys = comparison_keys(blocks) if keys is None else keys
    text = _joined(blocks)
    found = _unkeyed_copies(blocks, title, min_words, text)
    _mark_title_copies(blocks, keys, title, found)
    _mark_card_teasers(blocks, found, title, min_words)
    counts = _copies(keys, copies)
    if any(count > 1 for count in counts.values()):
        _mark_pasted_runs(blocks, keys, min_words, found, title)
    _mark_repeats(blocks, keys, min_words, found, counts)
    _extend_runs_backwards(keys, found, counts)
    _mark_adjacent_copies(blocks, keys, found, counts, min_words)
    _mark_stuttered_runs(blocks, keys, found, min_words)
    _mark_list_printed_twice(blocks, keys, found)
    _mark_caption_list(blocks, keys, found, counts)
    if "]" in text:  # a Markdown link's "](" (see `_unkeyed_copies`)
        _mark_linked_copies(blocks, found)
    return found


def without_markdown_links(text: str) -> str:
    """The text with each Markdown link "[words](address)" read as its words (see
    `_MARKDOWN_LINK`).

    >>> without_markdown_links("[O governo](https://example.com/a) anunciou um programa.")
    'O governo anunciou um programa.'
    >>> without_markdown_links("A list [1] and (a note) stay.")
    'A list [1] and (a note) stay.'
    """
    return _MARKDOWN_LINK.sub(r"\1", text)


def _mark_linked_copies(blocks: Sequence[Block], found: dict[int, Duplicate]) -> None:
    """Mark a block holding a Markdown link next to a copy when, read without the link's
    address, it is the block beside that copy's first printing (see `_MARKDOWN_LINK`).
    Linear: a substring test a block; a comparison for the few blocks with a link.

    >>> story = ["Rain fell on the town all night.", "The river rose by a metre."]
    >>> linked = "[Rain fell](https://example.com/rain) on the town all night."
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate([*story, linked, story[1]])]
    >>> found = {3: Duplicate(DUPLICATE_PARAGRAPH, 1)}
    >>> _mark_linked_copies(bs, found); found[2]
    Duplicate(rule='duplicate_run', original=0)
    """
    for index, block in enumerate(blocks):
        if index in found or "](" not in block.text:
            continue
        words = label_key(without_markdown_links(block.text))
        for step in (1, -1):
            copy = found.get(index + step)
            if copy is None or copy.rule == DUPLICATE_TITLE:
                continue
            twin = copy.original - step
            if 0 <= twin < index and twin not in found and label_key(blocks[twin].text) == words:
                found[index] = Duplicate(DUPLICATE_RUN, twin)
                break


def _without_accents(text: str) -> str:
    """The text without its combining accents and Spanish opening marks (see
    `_UNACCENTED_DROPS`).

    >>> _without_accents("¿Qué pasó en Bogotá? La señora respondió.")
    'Que paso en Bogota? La senora respondio.'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_UNACCENTED_DROPS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _unaccented_firsts(blocks: Sequence[Block], sizes: set[int]) -> dict[str, int]:
    """The first block with letters outside ASCII for each key read without accents, among
    the blocks whose word counts are in ``sizes``."""
    firsts: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if block.words in sizes and _LATIN_ACCENTED.search(block.text) is not None:
            key = label_key(_without_accents(block.text))
            if key and key != label_key(block.text):
                firsts.setdefault(key, index)
    return firsts


def _unaccented_sizes(blocks: Sequence[Block]) -> set[int]:
    """The word counts (`Block.words`) of both an ASCII block and a block with accents to
    drop (`_LATIN_ACCENTED`): the only blocks `find_unaccented_copies` reads again.

    The accents are looked for only in blocks of an ASCII block's size (issue #8): most lines
    of news in curly quotes are no ASCII, and a paragraph's size is rarely an ASCII line's, so
    the search of every such line (about 4 ms a pass of the ordinary corpus) mostly reads
    blocks whose size could not count. The set is the same: a size in both sets.

    >>> texts = ["Bogotá raciona el agua", "Bogota raciona el agua", "Está lloviendo hoy"]
    >>> sorted(_unaccented_sizes([Block(t, i, i + 1) for i, t in enumerate(texts)]))
    [4]
    """
    ascii_sizes = {b.words for b in blocks if b.text.isascii()}
    return {
        b.words
        for b in blocks
        if b.words in ascii_sizes
        and not b.text.isascii()
        and _LATIN_ACCENTED.search(b.text) is not None
    }


def find_unaccented_copies(blocks: Sequence[Block], min_words: int) -> dict[int, Duplicate]:
    """The ASCII blocks that print an earlier accented block again without its accents (see
    `_UNACCENTED_DROPS`).

    >>> texts = ["Bogotá raciona el agua", "Bogotá amplía el racionamiento de agua a toda la"
    ...          " ciudad desde el lunes, anunció la alcaldía.", "Bogota raciona el agua",
    ...          "Bogota amplia el racionamiento de agua a toda la ciudad desde el lunes,"
    ...          " anuncio la alcaldia."]
    >>> found = find_unaccented_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 12)
    >>> sorted((index, copy.rule, copy.original) for index, copy in found.items())
    [(2, 'duplicate_run', 0), (3, 'duplicate_paragraph', 1)]
    """
    sizes = _unaccented_sizes(blocks)
    if not sizes:
        return {}
    firsts = _unaccented_firsts(blocks, sizes)
    found: dict[int, Duplicate] = {}
    for index, block in enumerate(blocks):
        if block.words in sizes and block.text.isascii():
            original = firsts.get(label_key(block.text))
            if original is None or original >= index:
                continue
            if block.words >= min_words:
                found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
            elif _beside_printed_paragraph(blocks, (original, index), min_words):
                found[index] = Duplicate(DUPLICATE_RUN, original)
    return found


def find_footnoted_copies(blocks: Sequence[Block], min_words: int) -> dict[int, Duplicate]:
    """Blocks with footnote markers whose text without them is an earlier block's: copies of
    it (see `_FOOTNOTE_MARKER`).

    Linear: a substring test a block, one dictionary of texts when a marker is found.

    >>> said = "Sales rose by a fifth last year, the most since the company was founded."
    >>> texts = ["Sales up", said, "Print version", said.replace("year,", "year,[1]")]
    >>> find_footnoted_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 12)
    {3: Duplicate(rule='duplicate_paragraph', original=1)}
    """
    marked = {
        index: text
        for index, block in enumerate(blocks)
        if "]" in block.text and (text := _FOOTNOTE_MARKER.sub("", block.text)) != block.text
    }
    if not marked:
        return {}
    where: dict[str, int] = {}
    for index, block in enumerate(blocks):
        where.setdefault(" ".join(block.text.split()), index)
    found: dict[int, Duplicate] = {}
    for index, text in marked.items():
        original = where.get(" ".join(text.split()))
        if original is None or original >= index:
            continue
        if blocks[index].words >= min_words:
            found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
        elif _beside_printed_paragraph(blocks, (original, index), min_words):
            found[index] = Duplicate(DUPLICATE_RUN, original)
    return found


def _print_key(text: str) -> str:
    """The `label_key` of a text without its accents and footnote markers."""
    return label_key(_without_accents(_FOOTNOTE_MARKER.sub("", text)))


def _beside_printed_paragraph(
    blocks: Sequence[Block], pair: tuple[int, int], min_words: int
) -> bool:
    """Whether a block beside the later printing at ``pair`` is a whole paragraph that prints
    the block beside the first printing, on the same side, as it is or without its accents
    and footnote markers (`_print_key`)."""
    original, index = pair
    for step in (-1, 1):
        first, later = original + step, index + step
        if (
            0 <= first < len(blocks)
            and first != index
            and later < len(blocks)
            and blocks[later].words >= min_words
            and _print_key(blocks[first].text) == _print_key(blocks[later].text)
        ):
            return True
    return False


def _mark_caption_list(
    blocks: Sequence[Block],
    keys: Sequence[str],
    found: dict[int, Duplicate],
    counts: Mapping[str, int],
) -> None:
    """Mark the captions printed again as a list after the story's last paragraph (see
    `CAPTION_LIST_MIN_ITEMS`). Linear: one pass for the last paragraph, one over the blocks
    before it for the first printings, one over the blocks after it.

    >>> story = [f"Part {n} of the report, which is long enough to be a paragraph." for n in "ABC"]
    >>> captions = ["Residents fill sandbags on Tuesday.", "The council during the vote."]
    >>> texts = [story[0], captions[0], story[1], captions[1], story[2], *captions]
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> found = {}
    >>> _mark_caption_list(bs, comparison_keys(bs), found, {k: 2 for k in comparison_keys(bs)})
    >>> sorted(found)
    [5, 6]
    """
    if not any(key and counts.get(key) == 2 for key in keys):
        return  # no block printed twice: no caption printed again (most documents)
    prose = [is_prose(block.text, block.words) for block in blocks]
    last = next((i for i in range(len(blocks) - 1, -1, -1) if prose[i]), None)
    if last is None:
        return
    first_seen: dict[str, int] = {}
    for index in range(last):
        if keys[index] and counts.get(keys[index]) == 2:
            first_seen.setdefault(keys[index], index)
    run: list[int] = []
    for index in range(last + 1, len(blocks) + 1):
        twin = first_seen.get(keys[index], -1) if index < len(blocks) else -1
        if (
            twin >= 0
            and index not in found
            and twin not in found
            and not prose[twin]
            and ((twin > 0 and prose[twin - 1]) or prose[twin + 1])
            and (not run or twin > first_seen[keys[run[-1]]] + 1)
        ):
            run.append(index)
            continue
        if len(run) >= CAPTION_LIST_MIN_ITEMS:
            for item in run:
                found[item] = Duplicate(DUPLICATE_RUN, first_seen[keys[item]])
        run = []


def _mark_list_printed_twice(
    blocks: Sequence[Block], keys: Sequence[str], found: dict[int, Duplicate]
) -> None:
    """Mark the second printing of a bulleted list printed twice in a row, item for item
    (see `LIST_TWICE_MIN_ITEMS`). Linear: each run of bulleted lines is read once.

    >>> items = ["• The vote is in spring", "• The council must agree", "• The state pays most"]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(["Intro.", *items, *items, "End."])]
    >>> found = {}
    >>> _mark_list_printed_twice(blocks, comparison_keys(blocks), found); sorted(found)
    [4, 5, 6]
    """
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and _is_bulleted(blocks[end].text.lstrip()):
            end += 1
        width, odd = divmod(end - index, 2)
        if (
            not odd
            and width >= LIST_TWICE_MIN_ITEMS
            and len({keys[i] for i in range(index, index + width)}) == width
            and all(
                keys[i] and keys[i] == keys[i + width] and i not in found and i + width not in found
                for i in range(index, index + width)
            )
            and all(
                _is_stutter(blocks[i].text, blocks[i + width].text)
                for i in range(index, index + width)
            )
        ):
            for i in range(index + width, end):
                found[i] = Duplicate(DUPLICATE_ADJACENT, i - width)
        index = max(end, index + 1)


# A caption printed over the lead with a label before it ("Image caption, <the lead's first
# sentence>", "Bildunterschrift: <...>"): a label of at most `COLON_LABEL_MAX_WORDS` words, no
# digit, the first capitalised, then ", " or ": ", then, opening with no lower-case letter
# (a sentence going on after "On Tuesday, " does), whole sentences a paragraph at most
# `TEASER_GAP` blocks below opens with (or that paragraph whole), of `TEASER_MIN_WORDS` words
# or more, among the first `TEASER_WINDOW` blocks and with no paragraph between them
# (`_lead_between`). The labelled line is the copy, the paragraph stays (blind8 half 15: 28
# of 60 such captions, those over the rules' 30 words, stayed). A story's own line that opens
# with two words and a comma and then says the next paragraph's first sentence again loses
# only those two words.
_CAPTION_LABEL_ENDS = (", ", ": ")


def labelled_text(text: str) -> str | None:
    """The text after a short label (see `_CAPTION_LABEL_ENDS`), or None when it has none.

    >>> labelled_text("Image caption, Heavy rain closed the coast road on Tuesday.")
    'Heavy rain closed the coast road on Tuesday.'
    >>> labelled_text("On Tuesday, heavy rain closed the road."), labelled_text("No label")
    (None, None)
    """
    # A label's words are letters, so its end is the text's first comma or colon: found by
    # one-character searches, where a search for ", " or ": " stops at every space. A label
    # of more words than `COLON_LABEL_MAX_WORDS` is no label, however many more it has.
    comma = text.find(",")
    colon = text.find(":", 0, comma if comma >= 0 else len(text))
    at = colon if colon >= 0 else comma
    if at <= 0 or text[at : at + 2] not in _CAPTION_LABEL_ENDS:
        return None
    label = text[:at].split(None, COLON_LABEL_MAX_WORDS)
    if (
        len(label) > COLON_LABEL_MAX_WORDS
        or not label[0][:1].isupper()
        or not all(word.isalpha() for word in label)
    ):
        return None
    rest = text[at + 2 :].strip()
    # A sentence going on after its opening words goes on in lower case; a caption's text
    # starts as a sentence (or with a bracket, a quotation mark, a digit).
    return rest if rest and not rest[0].islower() else None


def find_labelled_caption_copies(
    blocks: Sequence[Block], title: int | None
) -> dict[int, Duplicate]:
    """Blocks among the first `TEASER_WINDOW` that are a label and then the start of a
    paragraph just below, in whole sentences, or that paragraph whole: a caption printing
    the lead again, the copy (see `_CAPTION_LABEL_ENDS`).

    Linear: one label test a block of the window, one start test a block below it.

    >>> lead = "Heavy rain closed the coast road on Tuesday for a second day."
    >>> texts = ["Storm hits coast", f"Image caption, {lead}", f"{lead} It may reopen."]
    >>> find_labelled_caption_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 0)
    {1: Duplicate(rule='duplicate_teaser', original=2)}
    """
    found: dict[int, Duplicate] = {}
    starts, last = _teaser_window(blocks, title)
    for index in starts:
        block = blocks[index]
        if block.words < TEASER_MIN_WORDS:
            continue
        rest = labelled_text(block.text)
        if rest is None or len(rest.split()) < TEASER_MIN_WORDS:
            continue
        for below in _within_teaser_gap(index, last):
            other = blocks[below].text
            opens = (
                other.startswith(rest)
                and other[len(rest) : len(rest) + 1] == " "
                and ends_like_sentence(rest)
            )
            if (opens or other == rest) and not _lead_between(blocks, index, below):
                found[index] = Duplicate(DUPLICATE_TEASER, below)
                break
    return found


# Two blocks printed again joined on one line after them ("question? answer", a FAQ's markup
# printed as text; a heading and its paragraph; two paragraphs another extraction joined):
# a later block of at least `JOINED_MIN_WORDS` words that is, space for space, an earlier
# block, a space and the block right after it is their copy and goes (blind8 half 15: a FAQ
# printed again a pair a line stayed on all 17 pages). Each part has `REFLOWED_MIN_START_CHARS`
# characters or more, so that one-word lines ("Ja", "Nein") never join into a match. A story
# line that says two of its earlier lines again, word for word, in order and nothing else, is
# taken for their copy: a poem's couplet printed as one line under it goes, and that risk is
# accepted (its lines stay). Not on a page's text (`DocumentRun.remove_duplicates`): there
# the pair may be a teaser the page classifier drops, and the joined line the only printing.
JOINED_MIN_WORDS = TEASER_MIN_WORDS


def find_joined_pair_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Blocks that are two earlier blocks in a row joined by a space: their copy (see
    `JOINED_MIN_WORDS`).

    Linear: earlier blocks are looked up by their first `REFLOWED_MIN_START_CHARS`
    characters, and a block is tested against at most two of them; a document whose blocks
    all start differently is left after one set of those starts.

    >>> texts = ["Why now?", "Wann gilt die neue Regelung?", "Ab dem 1. Januar für alle.",
    ...     "The story goes on here.", "Wann gilt die neue Regelung? Ab dem 1. Januar für alle."]
    >>> find_joined_pair_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {4: Duplicate(rule='duplicate_reflowed', original=1)}
    """
    heads = [block.text[:REFLOWED_MIN_START_CHARS] for block in blocks]
    if len(set(heads)) == len(heads):  # no two blocks start alike: no pair printed again
        return {}
    # A block whose start no other block shares neither is a copy (it starts as the pair's
    # first block) nor is looked up as a pair's first block (by the start of a later block),
    # so only blocks that share a start are read: two in five documents of the speed corpus
    # have two blocks that do, and those are about a fifth of their blocks.
    shared = Counter(heads)
    found: dict[int, Duplicate] = {}
    starts: dict[str, list[int]] = {}
    for index in [index for index, head in enumerate(heads) if shared[head] > 1]:
        block = blocks[index]
        text = block.text
        head = heads[index]
        if block.words >= JOINED_MIN_WORDS:
            for first in starts.get(head, ())[:REFLOWED_MAX_STARTS]:
                if first + 1 < index and _joins(blocks[first].text, blocks[first + 1].text, text):
                    found[index] = Duplicate(DUPLICATE_REFLOWED, first)
                    break
        if len(text) >= REFLOWED_MIN_START_CHARS:
            starts.setdefault(head, []).append(index)
    return found


def _joins(first: str, second: str, text: str) -> bool:
    """Whether ``text`` is ``first``, a space and ``second``, each of at least
    `REFLOWED_MIN_START_CHARS` characters."""
    return (
        len(second) >= REFLOWED_MIN_START_CHARS
        and len(text) == len(first) + 1 + len(second)
        and text.startswith(first)
        and text[len(first)] == " "
        and text.endswith(second)
    )


# A FAQ whose answers open with their question again ("Wer ist betroffen?" over "Wer ist
# betroffen? Vor allem Haushalte ..."): a question of at least `QUESTION_HEADING_MIN_WORDS`
# words right above a block that starts with it and a space is that block's copy, the block
# stays (blind6 half 12: every such heading stayed). A question only: a sub-heading that
# opens its paragraph's first sentence ("Die Lage" / "Die Lage ist ernst.") is no copy, and
# the headline is never one. An interview answer that repeats the question first keeps its
# words; only the interviewer's line goes, which says nothing the answer does not. A FAQ
# has several: at least `QUESTION_HEADING_MIN_PAIRS` such pairs in the document, else each
# stays (one short question over its paragraph is too short to tell from a paragraph of its
# own, as `TEASER_MIN_WORDS` says for a first sentence; tests/test_dedupe_teaser.py).
QUESTION_HEADING_MIN_WORDS = 3
QUESTION_HEADING_MIN_PAIRS = 2


def find_question_heading_copies(
    blocks: Sequence[Block], title: int | None
) -> dict[int, Duplicate]:
    """Questions right above a block that opens with them, when a document has two or more:
    copies of its start (see `QUESTION_HEADING_MIN_WORDS`). Linear: one start test a block
    ending in a question mark.

    >>> texts = ["Rules change", "Who is affected?", "Who is affected? Homes in the old town.",
    ...     "When does it start?", "When does it start? On the first of March."]
    >>> sorted(find_question_heading_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 0))
    [1, 3]
    """
    found: dict[int, Duplicate] = {}
    asked = [index for index, block in enumerate(blocks) if block.text.endswith("?")]
    for index in asked:
        text = blocks[index].text
        if (
            index != title
            and index + 1 < len(blocks)
            and blocks[index].words >= QUESTION_HEADING_MIN_WORDS
            and blocks[index + 1].text.startswith(text + " ")
        ):
            found[index] = Duplicate(DUPLICATE_TEASER, index + 1)
    return found if len(found) >= QUESTION_HEADING_MIN_PAIRS else {}


# A table split by a page break prints its header row again, often with the last row before
# the break (a PDF's or a print view's extraction): inside one run of table rows (" | "
# between cells, as many cells each), a row equal to the run's first row, when that row is a
# header (a letter in every cell), is its copy, and so is the row right after it when it
# equals the row right above it (blind6 half 12: both copies stayed on all 10 pages). Other
# equal rows of a table stay: two days with the same hours, two matches with the same score.
_TABLE_CELL_SEPARATOR = " | "


def find_page_break_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """A table's header row printed again inside it, and the row printed again after that
    header (see `_TABLE_CELL_SEPARATOR`). Linear: one substring test a document, each row
    read once when a cell separator is found.

    >>> rows = ["Town | In 2020 | In 2025", "Lescun | 183 | 176", "Accous | 458 | 471"]
    >>> texts = ["Intro.", *rows[:2], rows[0], *rows[1:], "End."]
    >>> find_page_break_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {3: Duplicate(rule='duplicate_run', original=1), 4: Duplicate(rule='duplicate_run', original=2)}
    """
    found: dict[int, Duplicate] = {}
    if _TABLE_CELL_SEPARATOR not in "\n".join([block.text for block in blocks]):
        return found
    start = 0
    while start < len(blocks):
        cells = blocks[start].text.count(_TABLE_CELL_SEPARATOR)
        end = start + 1
        while (
            end < len(blocks) and cells and blocks[end].text.count(_TABLE_CELL_SEPARATOR) == cells
        ):
            end += 1
        if end - start > 2 and _is_header_row(blocks[start].text):
            _mark_header_again(blocks, start, end, found)
        start = end
    return found


def _is_header_row(text: str) -> bool:
    """Whether every cell of a table row holds a letter: a header, no row of figures."""
    return all(any(c.isalpha() for c in cell) for cell in text.split(_TABLE_CELL_SEPARATOR))


def _mark_header_again(
    blocks: Sequence[Block], start: int, end: int, found: dict[int, Duplicate]
) -> None:
    """Mark the header of the table at ``start``..``end`` printed again inside it, and the
    row after that printing when it is the row above it."""
    header = blocks[start].text
    for index in range(start + 2, end):
        if blocks[index].text != header:
            continue
        found[index] = Duplicate(DUPLICATE_RUN, start)
        after = index + 1
        if after < end and blocks[after].text == blocks[index - 1].text:
            found[after] = Duplicate(DUPLICATE_RUN, index - 1)
