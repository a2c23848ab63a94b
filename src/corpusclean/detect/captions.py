"""The caption detectors: a caption beside a photo credit that carries no credit word.

``caption_context`` (`mark_captions_in_context`) runs first. It removes a photographer's
credit by the trade's word ("Jane Doe, Photographer"), then a caption by its shape and its
context together: the line names people by their place in the photo ("Jane Doe (left)")
**and** it stands right beside a photo credit or an image's file name. The context is the
precision guard: the same line inside the running text, with no image beside it, stays.
A caption that merely runs on without a stop is not taken: a headline has that shape and
often stands over its photo's credit (captions21 half A: "CDU-Politiker fordern
Ferienangebote ..." over "Hubert Hüppe. Foto: ..."), and so does a dateline's lead or a
sub-heading between two photos.

``caption_fragment`` (`mark_caption_fragments`): a caption cut off at a comma, or printed
again without its credit, beside a photo credit. No body paragraph ends with a comma, and a
credit line is where captions are printed.

A **maker's credit by the picture's kind** ("Desenho de Matilde Assunção", "Foto von Max
Muster"; `Language.credit_by`), a line of its own whose name is written as a name, goes when
the page prints it again (a credit under each of several pictures; general28's half A printed
one three times) or when it stands beside another credit. Alone in the running text it stays:
an art review's line "Desenho de Almada Negreiros" over its paragraph names the work.

A credit is any removal of the ``credits`` family, by a rule or a detector, so a new credit
rule in a rule file is seen here without a code change; an image's file name
(`identifiers.FILE_NAME`) stands where a photo is too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..language import Language
from ..model import Block, Verdict
from ..text import opens_in_lower_case
from .facts import Facts
from .identifiers import FILE_NAME
from .listscope import LIST_TEASER_MAX_WORDS

__all__ = ["mark_caption_fragments", "mark_captions_in_context", "written_as_name"]

NAME = "caption_fragment"
#: The name of `mark_captions_in_context`'s removals.
CONTEXT_NAME = "caption_context"
# A caption beside a credit is at most this many words: a photo's caption is one to three
# sentences; a story's paragraph beside a photo is longer more often than not.
CAPTION_MAX_WORDS = 45
# A photographer's credit beside a line this short with a comma is one of a list of people
# with their trade ("Anna Huber, Fotografin" over "Peter Maier, Maler"): the list stays.
PERSON_LINE_MAX_WORDS = 6
#: The family whose removals count as photo credits.
CREDITS = "credits"
# A bare copy of a caption (`_is_bare_copy`) is at least this many words long.
BARE_COPY_MIN_WORDS = 4
# A verse line has at most this many words ("For the mill has gone and the pit has gone," is
# 10); a story's paragraph beside a gallery's cut caption is longer (`_is_stanza_line`).
VERSE_LINE_MAX_WORDS = 10
# A credit by the picture's kind (`_is_credit_by`) holds at most this many words: the kind,
# its word for "by" (two words at most) and a name of up to five (`CREDIT_NAME_MAX_WORDS`).
CREDIT_BY_MAX_WORDS = 8
# A word of a name in lower case is a particle ("de", "da", "von", "van", "di", "del", "y")
# when it is at most this long; any longer lower-case word makes the line a phrase.
NAME_PARTICLE_MAX_LETTERS = 3
# A credit in brackets whose label is followed by a space alone ("(Foto Jørn Kildall)") names
# a person, a first name and a last at least: one word there is a product's or a mode's name
# as often ("(Photo Edition)"); after a colon one word is a credit ("(Foto: Privat)").
NAME_MIN_WORDS = 2
# A picture's placeholder (`Language.picture_placeholder`) is at most this many words
# ("[fehlendes Bild]" is two, "Foto:" one); a screen before the pattern.
PLACEHOLDER_MAX_WORDS = 3
# The picture agencies that write their names in lower case, whose credit is no name by its
# shape (`_is_labelled_credit`): language-free, as every agency's name is ("Foto: dpa").
AGENCIES_IN_LOWER_CASE = frozenset({"dpa", "ddp", "imago", "istock", "picture alliance"})


def mark_captions_in_context(
    blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts
) -> None:
    """Remove a photographer's credit (a line of its shape, `_is_credit_shaped`, not in a
    list of people with their trades, `_in_person_list`), then a line of a caption's shape
    (`_caption_shape`) right beside a photo credit or an image's file name.

    A credit is where a photo stands, and the photo's caption beside it; the same shape
    inside the running text, with no credit beside it, stays.
    """
    language = facts.language
    shaped = facts.of_scope(_credit_shaped_lines, blocks)
    if shaped:  # most documents: no line of a credit's shape, and nothing to walk
        for index, block in enumerate(blocks):
            if block.start not in shaped or not verdicts[index].keep:
                continue
            if not _in_person_list(blocks, index):
                verdicts[index] = Verdict(
                    keep=False,
                    rule=CONTEXT_NAME,
                    reason="a photographer's credit: a name and the trade's word",
                    family=CREDITS,
                )
    _mark_labelled_credits(blocks, verdicts, facts)
    _mark_picture_placeholders(blocks, verdicts, facts)
    _mark_credits_by(blocks, verdicts, facts)
    image = _image_context(verdicts)
    if image is None:  # most documents: no photo, so no caption beside one
        return
    printed: Counter[str] | None = None
    for index, block in enumerate(blocks):
        if not verdicts[index].keep or block.words > CAPTION_MAX_WORDS:
            continue
        reason = _caption_shape(blocks, index, image, language)
        if reason is None:
            continue
        # A line printed again elsewhere is the page's own (a refrain, a slide's title).
        printed = printed or Counter(b.text for b in facts.whole or blocks)
        if printed[block.text] > 1:
            continue
        verdicts[index] = Verdict(keep=False, rule=CONTEXT_NAME, reason=reason, family=CREDITS)


def _mark_labelled_credits(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a labelled photo credit (`_is_labelled_credit`), alone or after its caption."""
    labelled = facts.of_scope(_labelled_credit_lines, blocks)
    if labelled:  # most documents: no such line, or no credit words in their language
        _remove_kept_lines(
            blocks,
            verdicts,
            labelled,
            "a photo credit: the credit's label and its owner's names or agency",
        )


def _remove_kept_lines(
    blocks: Sequence[Block],
    verdicts: list[Verdict],
    starts: frozenset[int],
    reason: str,
    first: int = 0,
) -> None:
    """Remove, as a credit of `CONTEXT_NAME`, each kept block from index ``first`` on whose
    first input line is in ``starts`` (a line reader's answer)."""
    for index in range(first, len(blocks)):
        if blocks[index].start in starts and verdicts[index].keep:
            verdicts[index] = Verdict(keep=False, rule=CONTEXT_NAME, reason=reason, family=CREDITS)


def _labelled_credit_lines(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """The first input lines of those of ``blocks`` that are a labelled photo credit
    (`_is_labelled_credit`): a reader of lines (`Facts.of_scope`), read once a document."""
    language = facts.language
    if not language.credit_words:  # a language not named: no label to read
        return frozenset()
    return frozenset(
        b.start
        for b in blocks
        if b.words <= CAPTION_MAX_WORDS
        and language.may_hold_credit_label(b.text)  # a screen: most lines hold no label
        and _is_labelled_credit(b.text, language)
    )


def _is_labelled_credit(text: str, language: Language) -> bool:
    """Whether a line is whole a labelled photo credit (`Language.credit_label`), alone or
    after its caption's stop or bar, its owner written as names or agencies
    (`written_as_name`) on each side of a comma or slash.

    Evidence a reader needs no language for: a credit's label, a colon and names. A line
    about a photo ("Fotografie ukazuje ...") has no colon after its word; a label over a
    phrase ("Foto: z archivu rodiny") has a lower-case word longer than a particle.

    >>> from corpusclean.language import load_language
    >>> cs = load_language("cs")
    >>> _is_labelled_credit("Foto: Jan Novák, ČTK", cs)
    True
    >>> _is_labelled_credit("Declan Rice po vítězství. | Foto: Reuters", cs)
    True
    >>> _is_labelled_credit("Foto: z archivu rodiny", cs), _is_labelled_credit("Foto", cs)
    (False, False)
    >>> da = load_language("da")
    >>> _is_labelled_credit("Bageriet i Hovedgård (Foto Jørn Kildall)", da)
    True
    >>> _is_labelled_credit("Bageriet (Foto Hovedgård)", da)
    False
    """
    found = language.credit_label.fullmatch(text.strip())
    if found is None:
        return False
    owner = found.group("owner") or found.group("bracketed")
    if owner is None:  # a label alone in its brackets: "(Symbolfoto)"
        return True
    separator = found.group("bracket_sep")
    if separator is not None and separator.isspace() and len(owner.split()) < NAME_MIN_WORDS:
        return False  # "(Photo Edition)": a product's or a mode's name, not a person's
    if separator is not None and not _is_one_word(found.group("bracket_label")):
        return False  # "(Texto y fotos: Carlos Valdemar)": the story's own byline
    parts = owner.replace("/", ",").split(",")
    return all(
        written_as_name(part.split()) or part.strip().casefold() in AGENCIES_IN_LOWER_CASE
        for part in parts
    )


def _mark_picture_placeholders(
    blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts
) -> None:
    """Remove a picture's placeholder (`_placeholder_lines`) that is not the first line: a
    one-word title over the story is the page's heading."""
    found = facts.of_scope(_placeholder_lines, blocks)
    if found:  # most documents: no such line
        reason = "a picture's stand-in: its word alone where the page's picture was"
        _remove_kept_lines(blocks, verdicts, found, reason, first=1)


def _placeholder_lines(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """The first input lines of those of ``blocks`` that are a picture's placeholder
    (`Language.picture_placeholder`): a reader of lines (`Facts.of_scope`), read once a
    document."""
    placeholder = facts.language.picture_placeholder
    return frozenset(
        b.start
        for b in blocks
        if b.words <= PLACEHOLDER_MAX_WORDS and placeholder.fullmatch(b.text.strip()) is not None
    )


def _is_one_word(label: str) -> bool:
    """Whether a credit's label is one word: in brackets at a story's end, a label of more
    words names the story's writer too ("(Texto y fotos: X)", "(Text/Fotos: X)"), the
    story's byline, which the labelled sets count as the story's (labels7b).

    >>> _is_one_word("Foto's"), _is_one_word("Texto y fotos"), _is_one_word("Text/Fotos")
    (True, False, False)
    """
    return len(label.replace("/", " ").split()) == 1


def written_as_name(words: Sequence[str]) -> bool:
    """Whether words are written as a name: every word capitalised but a short particle
    ("de", "von", "van"), the first and the last capitalised.

    >>> written_as_name(["Anna", "von", "Berg"]), written_as_name(["Anna", "unter", "Peter"])
    (True, False)
    """
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(
            w[:1].isupper() or (w.isalpha() and len(w) <= NAME_PARTICLE_MAX_LETTERS) for w in words
        )
    )


def _mark_credits_by(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a credit by the picture's kind (`_is_credit_by`) that the page prints twice or
    more, or that stands beside a removed credit or file name; never the first line.
    """
    shaped = facts.of_scope(_credit_by_lines, blocks)
    if not shaped:  # most documents: no such line
        return
    printed = Counter(b.text for b in facts.whole or blocks)
    for index, block in enumerate(blocks):
        if index == 0 or block.start not in shaped or not verdicts[index].keep:
            continue
        beside = any(
            0 <= n < len(blocks) and _is_image_context(verdicts[n]) for n in (index - 1, index + 1)
        )
        if printed[block.text] > 1 or beside:
            verdicts[index] = Verdict(
                keep=False,
                rule=CONTEXT_NAME,
                reason="a picture's credit by its kind and its maker's name, printed again "
                "or beside another credit",
                family=CREDITS,
            )


def _credit_by_lines(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """The first input lines of those of ``blocks`` that are a credit by the picture's kind
    (`_is_credit_by`): a reader of lines (`Facts.of_scope`), read once a document."""
    language = facts.language
    return frozenset(
        b.start
        for b in blocks
        if b.words <= CREDIT_BY_MAX_WORDS and _is_credit_by(b.text, language)
    )


def _is_credit_by(text: str, language: Language) -> bool:
    """Whether a line is whole a credit by the picture's kind (`Language.credit_by`) whose
    name is written as a name: every word capitalised but a short particle, the first and
    the last capitalised.

    >>> from corpusclean.language import load_language
    >>> pt = load_language("pt")
    >>> _is_credit_by("Desenho de Matilde Assunção", pt)
    True
    >>> _is_credit_by("Desenho de uma criança", pt), _is_credit_by("Foto de Lisboa à noite", pt)
    (False, False)
    """
    found = language.credit_by.fullmatch(text.strip())
    if found is None:
        return False
    return written_as_name(found.group("name").split())


def _image_context(verdicts: Sequence[Verdict]) -> list[bool] | None:
    """Whether each verdict removed a photo's credit or an image's file name
    (`_is_image_context`); None when none did (most rounds), found from the removed verdicts
    alone (issue #8: a test a verdict, every round, where most verdicts keep their line).

    >>> from corpusclean.model import KEEP
    >>> credit = Verdict(keep=False, rule=CONTEXT_NAME, family=CREDITS)
    >>> _image_context([KEEP, credit]), _image_context([KEEP, Verdict(keep=False, rule="x")])
    ([False, True], None)
    """
    removed = [verdict for verdict in verdicts if not verdict.keep]
    if not any(map(_is_image_context, removed)):
        return None
    return [_is_image_context(verdict) for verdict in verdicts]


def _is_image_context(verdict: Verdict) -> bool:
    """Whether a verdict removed a photo's credit or an image's file name: a photo is there."""
    return not verdict.keep and (verdict.family == CREDITS or verdict.rule == FILE_NAME)


def _in_person_list(blocks: Sequence[Block], index: int) -> bool:
    """Whether a neighbour of the line at ``index`` is a short line with a comma: a line of
    a credit's shape there is one of a list of people with their trades, not a credit.

    >>> credit = [Block("Story text here.", 0, 0), Block("Chastity Brunner, Photographer", 1, 1)]
    >>> _in_person_list(credit, 1)
    False
    >>> jury = [Block("Anna Huber, Fotografin", 0, 0), Block("Peter Maier, Maler", 1, 1)]
    >>> _in_person_list(jury, 0)
    True
    """
    return any(
        0 <= n < len(blocks) and blocks[n].words <= PERSON_LINE_MAX_WORDS and "," in blocks[n].text
        for n in (index - 1, index + 1)
    )


def _is_credit_shaped(text: str, language: Language) -> bool:
    """Whether a line, stripped, is whole a photographer's credit
    (`Language.photographer_credit`), its neighbours aside.

    A line of more words than such a match can hold (`Language.
    photographer_credit_max_words`) is answered without the pattern: most lines of an
    article are, where the pattern's failed match costs about a microsecond a line.

    >>> from corpusclean.language import load_language
    >>> en = load_language("en")
    >>> _is_credit_shaped(" J. Doe / Staff Photographer", en), _is_credit_shaped("Her father", en)
    (True, False)
    >>> _is_credit_shaped("Chastity Brunner, Photographer", en)
    True
    >>> _is_credit_shaped("Anna Huber, Fotografin", load_language("de"))
    True
    """
    stripped = text.strip()
    most = language.photographer_credit_max_words
    if len(stripped.split(None, most)) > most:
        return False
    return language.photographer_credit.fullmatch(stripped) is not None


def _credit_shaped_lines(blocks: Sequence[Block], facts: Facts) -> frozenset[int]:
    """The first input lines of those of ``blocks`` shaped as a photographer's credit
    (`_is_credit_shaped`).

    A reader of lines (`Facts.of_scope`): read once a document. The 362 documents of the
    ASCII speed corpus hold no such line, and their rounds then test none of their 12,962
    lines (issue #8).
    """
    language = facts.language
    # A screen: most documents hold no trade's word anywhere, and no line is then read.
    if not language.may_hold_photographer_word("\n".join([b.text for b in blocks])):
        return frozenset()
    return frozenset(b.start for b in blocks if _is_credit_shaped(b.text, language))


def _caption_shape(
    blocks: Sequence[Block], index: int, image: Sequence[bool], language: Language
) -> str | None:
    """Why a line beside a photo's credit or file name is its caption, or None.

    The shape: people named by their place in the photo (`Language.photo_position`), with
    a credit or a file name on either side.

    >>> from corpusclean.language import load_language
    >>> lines = [Block("Mayor Jane Doe (left) and Tom Roe open the new library", 0, 0),
    ...     Block("Photo: A. Smith", 1, 1)]
    >>> _caption_shape(lines, 0, [False, True], load_language("en")) is not None
    True
    >>> _caption_shape(lines, 0, [False, False], load_language("en")) is None
    True
    """
    text = blocks[index].text.strip()
    above, below = (0 <= n < len(blocks) and image[n] for n in (index - 1, index + 1))
    if not (above or below):
        return None
    if language.photo_position.search(text):
        return "people named by their place in the photo ('(left)'), beside its credit"
    return None


def mark_caption_fragments(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a caption cut off at a comma, or a caption's bare copy (`_is_bare_copy`), that
    sits right next to a removed photo credit.

    No body paragraph ends with a comma, and a credit line is where captions are printed.
    """
    credit = [not v.keep and v.family == CREDITS for v in verdicts]
    if not any(credit):  # most documents: no credit, so no caption beside one
        return
    printed: Counter[str] | None = None  # how often each text is printed, counted when needed
    for index, block in enumerate(blocks):
        if not verdicts[index].keep or block.words > LIST_TEASER_MAX_WORDS:
            continue
        beside = [n for n in (index - 1, index + 1) if 0 <= n < len(blocks) and credit[n]]
        if beside and block.text.endswith(","):
            if _is_verse_line(blocks, index, credit):
                continue
            reason = "a line ending in a comma beside a photo credit (a caption)"
        elif any(_is_bare_copy(block, blocks[n]) for n in beside):
            reason = "a caption printed again, bare, beside its copy with the credit"
        else:
            continue
        # A line printed again elsewhere is the page's own: a gallery slide's title over its
        # caption and under it, a poem's or song's refrain (precision19), not a caption.
        printed = printed or Counter(b.text for b in facts.whole or blocks)
        if printed[block.text] > 1:
            continue
        verdicts[index] = Verdict(keep=False, rule=NAME, reason=reason, family=CREDITS)


def _is_verse_line(blocks: Sequence[Block], index: int, credit: Sequence[bool]) -> bool:
    """Whether a line ending in a comma goes on in the nearest line beside it that is no
    credit, in lower case: a verse ("Und wenn der Abend kommt, ganz still," over "fließt er,
    wohin er will."), whose sentence a cut caption never continues (precision19).

    >>> lines = [Block("Der Fluss kennt jeden Stein,", 0, 0), Block("er trägt das Laub.", 1, 1)]
    >>> _is_verse_line(lines, 0, [False, False])
    True
    >>> _is_verse_line(lines[:1] + [Block("Die Wehr rückte aus.", 1, 1)], 0, [False, False])
    False
    """
    for step in (-1, 1):
        n = index + step
        while 0 <= n < len(blocks) and credit[n]:  # the credit may stand between the lines
            n += step
        if 0 <= n < len(blocks) and opens_in_lower_case(blocks[n].text):
            return True
        if _is_stanza_line(blocks, n, step, credit):
            return True
    return False


def _is_stanza_line(blocks: Sequence[Block], n: int, step: int, credit: Sequence[bool]) -> bool:
    """Whether the neighbour ``n`` of a comma line (found going ``step``) is a verse line of a
    stanza: a line of at most VERSE_LINE_MAX_WORDS words ending in a comma, and the line after
    it in that direction as short, neither a credit. German verse opens its lines with capital
    nouns ("Das Wasser springt aus Stein und Erz," over "Kinder lachen, Tauben fliegen," /
    "Sonne wärmt das alte Herz,"), English verse with a capital on every line (precision20);
    a gallery's captions cut at a comma each stand beside a credit, so no two are in a row.

    >>> verse = [Block("Kinder lachen, Tauben fliegen,", 0, 0), Block("Sonne wärmt.", 1, 1)]
    >>> _is_stanza_line(verse, 0, 1, [False, False]), _is_stanza_line(verse, 0, 1, [False, True])
    (True, False)
    """
    if not (0 <= n < len(blocks) and blocks[n].text.endswith(",")):
        return False
    return all(
        0 <= m < len(blocks) and not credit[m] and blocks[m].words <= VERSE_LINE_MAX_WORDS
        for m in (n, n + step)
    )


def _is_bare_copy(block: Block, captioned: Block) -> bool:
    """Whether a line is the caption a removed credit line opens with, printed again
    without its credit ("... des nations 2025." over "... des nations 2025.NAME/AGENCY").

    Templates print the caption twice, once as the image's text and once with the credit
    glued to it; a line of the story is never the whole head of a caption beside it. At
    least BARE_COPY_MIN_WORDS words, so a one-word line that happens to open the caption
    ("Feuerwehr" over "Feuerwehr im Einsatz. Foto: dpa") stays.

    >>> credited = Block("Die Wehr im Einsatz. Foto: A", 1, 1)
    >>> _is_bare_copy(Block("Die Wehr im Einsatz.", 0, 0), credited)
    True
    >>> _is_bare_copy(Block("Die Wehr", 0, 0), credited)
    False
    """
    return (
        block.words >= BARE_COPY_MIN_WORDS
        and len(captioned.text) > len(block.text)
        and captioned.text.startswith(block.text)
    )
