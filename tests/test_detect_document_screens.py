"""Document screens of the caption and comment detectors (issue #8, speed23ascii).

Four per-line tests that read a line's text alone are answered once a document, on
`Facts.scope` (the blocks every round reads some of), by readers of lines kept by the
block's first input line (`Facts.of_scope`): a photographer's credit
(`captions._credit_shaped_lines`), a line that counts comments (`headed._comment_counts`),
a counted head's shape (`tail._head_shaped_lines`) and a line of glued controls
(`glued._glued_lines`). A round then walks its lines only when the document holds one such
line. The properties here compare each detector with its screen against the same detector
with the screens held shut (`Facts.of_scope` reading each round's own lines, as before the
screens), on every round of generated documents, the scope narrowed or not; the credit's
word-count screen against the pattern alone, on generated lines in every shipped language,
ASCII or not, with any whitespace; and the reader signature's character screen
(`recurring._signature_shape`) against the pattern alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch

from hypothesis import event, example, given, settings
from hypothesis import strategies as st

from corpusclean.detect import captions, comments, fields, identifiers, tagged
from corpusclean.detect.comments import glued, headed, recurring, tail
from corpusclean.detect.facts import Facts, RoundValue
from corpusclean.language import Language, load_language, load_thread_words, shipped_languages
from corpusclean.model import Block, Verdict
from corpusclean.normalize import normalize_lines
from corpusclean.segment import split_blocks
from strategies import case_variants, examples, paragraphs

#: Whitespace a line may hold between words: what `str.split` and the pattern's `\s` split
#: on alike, and characters next to them that neither does (U+200B, a zero-width space).
SPACES = (" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\x1c", "\x1f", "\x85", "\u200b")
#: Name words of a credit: initials, apostrophes, hyphens, accents, digits and underscores
#: (which the name may not open with), and a word of another script.
NAME_WORDS = ("Jane", "J.", "O'Neil", "Anne-Marie", "José", "Ōtani", "3D", "_x", "Müller", "李")
SEPARATORS = (",", "/", "|", "–", "—", "-", ":", ";", "a", "")


@st.composite
def credit_like_lines(draw: st.DrawFn) -> tuple[str, str]:
    """A language's code and a line near a photographer's credit in it: one to seven name
    words, a separator or not, a trade's word in any case, spaces of any kind anywhere."""
    code = draw(st.sampled_from(shipped_languages()))
    trades = load_language(code).photographer_words or ("photographer",)
    trade = draw(case_variants(draw(st.sampled_from(trades))))
    if draw(st.booleans()):  # a trade's word of two words, spaced otherwise
        trade = trade.replace(" ", draw(st.sampled_from(SPACES)))
    names = draw(st.lists(st.sampled_from(NAME_WORDS), min_size=1, max_size=7))
    space = st.sampled_from(("", *SPACES))
    name = "".join(word + draw(space) for word in names[:-1]) + names[-1]
    separator = draw(space) + draw(st.sampled_from(SEPARATORS)) + draw(space)
    line = name + separator + trade if draw(st.booleans()) else trade + separator + name
    return code, draw(space) + line + draw(space)


@given(
    st.one_of(
        credit_like_lines(),
        st.tuples(st.sampled_from(shipped_languages()), st.text()),
        st.tuples(
            st.sampled_from(shipped_languages()),
            st.lists(st.sampled_from((*NAME_WORDS, *SEPARATORS, *SPACES)), max_size=12).map(
                "".join
            ),
        ),
    )
)
@settings(max_examples=examples(600))
@example(("en", "Jane  J. O'Neil Anne-Marie José , staff photographer"))
@example(("en", "Jane J. O'Neil Anne-Marie José Müller , staff photographer"))
@example(("fr", "photographe de presse : Jane J. O'Neil Anne-Marie José"))
@example(("en", "\u2003Jane\x1cDoe\u00a0,\tPhotographer\x85"))
def test_the_word_count_screen_answers_as_the_credit_pattern(case: tuple[str, str]) -> None:
    # `captions._is_credit_shaped` answers a line of more words than a credit can hold
    # without the pattern: it must answer what the pattern answers on every line.
    code, text = case
    language = load_language(code)
    expected = language.photographer_credit.fullmatch(text.strip()) is not None
    assert captions._is_credit_shaped(text, language) == expected
    event(f"credit: {expected}")


def test_the_word_count_bound_is_reached() -> None:
    # The bound is tight: a credit of the most words a match can hold matches, so a bound
    # one lower would answer it wrongly (the property above fails then too).
    english = load_language("en")
    longest = "Jane J. O'Neil Anne-Marie Doe , contributing photographer"
    assert len(longest.split()) == english.photographer_credit_max_words
    assert captions._is_credit_shaped(longest, english)
    assert not captions._is_credit_shaped("Jane J. O'Neil Anne Marie Doe , photographer", english)


#: Lines the four screens look for, and lines near them, in several languages.
SCREENED_LINES = (
    "Jane Doe, Staff Photographer",
    "Fotograaf: Hayo Bethlehem",
    "Anna Huber, Fotografin",
    "Peter Maier, Maler",
    "Mayor Jane Doe (left) and Tom Roe open the new library",
    "Photo: A. Smith",
    "1 comment:",
    "2 Kommentare:",
    "1 commento:",
    "3 tips:",
    "harmony said...",
    "1. awwww! I love it",
    "2. so cute",
    "Comentarios: 1",
    "3 opmerkingen:",
    "2 Antworten auf „Spring“",
    "14 thoughts on “Spring”",
    "Spring",
    "Leave a Reply",
    "ReplyDelete",
    "RispondiEliminaMandi",
    "AntwortenErika Muster",
    "ShareThis plugin",
    "I love snow days! We had one too.",
)


#: Short threads and credits each screen opens for, as they end a post or stand in it.
SCENES = (
    ("1 comment:", "harmony said..."),
    ("2 comments:", "1. awwww! I love it", "2. so cute"),
    ("1 commento:", "Anonimo ha detto...", "Panna e cioccolato per me, che bella!"),
    ("Thank you for this burst of spring!", "RispondiEliminaMandi"),
    ("I love snow days! We had one too.", "ReplyDelete", "Me too!"),
    ("1 comment:", "I love snow days! We had one too."),
    ("Comentarios: 1", "Qué bonito!"),
    ("14 thoughts on “Spring”", "Lovely post!", "Leave a Reply"),
    ("Jane Doe, Staff Photographer",),
    ("Mayor Jane Doe (left) and Tom Roe open the new library", "Jane Doe, Staff Photographer"),
    ("Anna Huber, Fotografin", "Peter Maier, Maler"),
)


@st.composite
def screened_documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A language and a document: a post (a title sometimes, one to four paragraphs), the
    screened lines anywhere, and a short thread or a credit (`SCENES`) after it or in it."""
    # English half the time: the credits' trade words are each language's own.
    code = draw(st.sampled_from(("en", "en", "en", "en", "de", "it", "nl", "fr")))
    lines = draw(st.lists(paragraphs(min_sentences=2), min_size=1, max_size=4))
    if draw(st.booleans()):
        lines.insert(0, "Spring")
    extra = st.one_of(st.sampled_from(SCREENED_LINES), paragraphs(max_sentences=1))
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(0, len(lines))), draw(extra))
    for scene in draw(st.lists(st.sampled_from(SCENES), max_size=2)):
        at = len(lines) if draw(st.booleans()) else draw(st.integers(0, len(lines)))
        lines[at:at] = scene
    lines.extend(draw(st.lists(extra, max_size=2)))
    return code, lines


def _blocks(lines: list[str]) -> list[Block]:
    return split_blocks(normalize_lines("\n".join(lines)))


#: Each screen: its reader of lines.
SCREENS: tuple[RoundValue[Any], ...] = (
    captions._credit_shaped_lines,
    headed._comment_counts,
    tail._head_shaped_lines,
    glued._glued_lines,
)


@contextmanager
def screens_shut() -> Iterator[None]:
    """Every reader of lines reads the round's own lines, as the detectors did before the
    screens (each round tests its lines)."""

    def each_round(facts: Facts, reader: RoundValue[Any], blocks: Sequence[Block]) -> Any:
        return reader(blocks, facts)

    with patch.object(Facts, "of_scope", each_round):
        yield


def _answers(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> list[Any]:
    """What the screened detectors answer on one round."""
    marked = list(verdicts)
    captions.mark_captions_in_context(blocks, marked, facts)
    return [
        marked,
        tail.counted_head_start(blocks, verdicts, facts),
        headed.marked_comment_start(blocks, verdicts, facts),
        glued.glued_controls_start(blocks, facts),
    ]


_REMOVED = st.sampled_from(
    (
        Verdict(keep=False, rule="photo_credit", family="credits"),
        Verdict(keep=False, rule="comment_form", family="comments"),
        Verdict(keep=False, rule="share_row"),
    )
)


def _drawn_rounds(
    document: tuple[str, list[str]],
    narrowed: list[bool],
    rounds: list[list[bool]],
    marks: list[Verdict],
) -> tuple[Facts, Facts, list[Block], list[tuple[list[Block], list[Verdict]]]]:
    """Two `Facts` of one drawn document (one for the screened reading, one for the
    unscreened), the scope both read (sometimes narrowed first, as a page's classifier
    narrows it), and each round's blocks, some of the scope's, with the verdicts the rules may
    have given them: the draw both screen properties replay."""
    code, lines = document
    blocks = _blocks(lines)
    screened, unscreened = Facts(load_language(code), blocks), Facts(load_language(code), blocks)
    scope = [b for b, k in zip(blocks, narrowed + [True] * len(blocks), strict=False) if k]
    if scope and len(scope) < len(blocks):
        screened.narrow(scope)
        unscreened.narrow(scope)
        event("narrowed")
    scope = scope or blocks
    drawn = []
    for keep in [[True] * len(scope), *rounds]:
        some = [b for b, k in zip(scope, keep + [True] * len(scope), strict=False) if k]
        drawn.append((some, [*marks, *[Verdict(keep=True)] * len(some)][: len(some)]))
    return screened, unscreened, scope, drawn


@given(
    screened_documents(),
    st.lists(st.booleans(), max_size=40),
    st.lists(st.lists(st.booleans(), max_size=40), max_size=3),
    st.lists(st.one_of(st.just(Verdict(keep=True)), _REMOVED), max_size=6),
)
@settings(max_examples=examples(450))
def test_the_screened_detectors_answer_as_the_unscreened_on_every_round(
    document: tuple[str, list[str]],
    narrowed: list[bool],
    rounds: list[list[bool]],
    marks: list[Verdict],
) -> None:
    # Rounds share one `Facts` (the screens' answers, found on the first), as a run's do;
    # the scope is sometimes narrowed first (what a page's classifier kept), and each round
    # is some of the scope's blocks, with verdicts the rules may have given.
    screened, unscreened, scope, drawn = _drawn_rounds(document, narrowed, rounds, marks)
    fired: set[str] = set()
    for some, verdicts in drawn:
        answers = _answers(some, verdicts, screened)
        with screens_shut():
            assert answers == _answers(some, verdicts, unscreened)
        names = ("caption_context", "counted_head", "marked_comment", "glued_controls")
        fired |= {name for name, a in zip(names[1:], answers[1:], strict=True) if a is not None}
        fired |= {names[0]} if answers[0] != verdicts else set()
    for name in sorted(fired):
        event(f"fired: {name}")
    event(f"screens open: {sum(bool(screened.of_scope(reader, scope)) for reader in SCREENS)}")


def test_each_screen_is_taken_on_an_article_without_such_lines() -> None:
    # An article of prose only: every screen answers, and answers empty (so no round walks
    # its lines); the same article with a line of each kind opens every screen.
    article = [" ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)] * 3
    blocks = _blocks(article)
    facts = Facts(load_language("en"), blocks)
    for reader in SCREENS:
        answer = facts.of_scope(reader, blocks)
        assert answer == type(answer)(), reader.__name__
    lines = [*article, "Jane Doe, Staff Photographer", "1 comment:", "ReplyDelete"]
    blocks = _blocks(lines)
    facts = Facts(load_language("en"), blocks)
    for reader in SCREENS:
        assert facts.of_scope(reader, blocks[:1]), reader.__name__


def _shape_without_screen(block: Block, words: Language) -> str | None:
    """`recurring._signature_shape` as it read before its character screen: the pattern on
    every line of at most READER_SIGNATURE_MAX_WORDS words."""
    if block.words > recurring.READER_SIGNATURE_MAX_WORDS:
        return None
    match = words.reader_signature.fullmatch(block.text.strip())
    if match is None or recurring._names_a_role(match.group("name")):
        return None
    end = match.group("end")
    if match.group("number") is not None:
        return "numbered" if end not in ("...", "…") else "ellipsis"
    return "ellipsis" if end is not None and end != ":" else None


#: A signature's parts and their near misses: numbers in several scripts (Arabic-Indic,
#: full-width and superscript digits: `\d` takes the first two, `isdigit` all three), names
#: (one a role's, which is no reader), ends, spaces.
NUMBERS = ("", "", "1. ", "12.", "٣. ", "３. ", "² ", "1 ")
NAMES = ("kristie", "Andie Johnson", "Der Bürgermeister", "Maura @ Lilac Lane", "Colleen C.")
ENDS = ("", "...", "…", ":", " ...", ".", "!", "...!")


@st.composite
def signature_like_lines(draw: st.DrawFn) -> tuple[str, str]:
    """A language's code and a line shaped like a reader's signature in it, or nearly:
    a number or not, a name, a signature verb, an end, spaces of any kind around."""
    code = draw(st.sampled_from(("en", "de", "it", "fr", "es", "nl", "pt")))
    verbs = load_thread_words(code).signature_verbs
    space = st.sampled_from(("", " ", "  ", "\t", "\u00a0"))
    line = (
        draw(space)
        + draw(st.sampled_from(NUMBERS))
        + draw(st.sampled_from(NAMES))
        + draw(st.sampled_from((" ", "  ", "\u00a0", "")))
        + draw(st.sampled_from(verbs))
        + draw(st.sampled_from(ENDS))
        + draw(space)
    )
    return code, line


@given(
    st.one_of(
        signature_like_lines(),
        st.tuples(st.sampled_from(("en", "de", "it")), st.text()),
    )
)
@settings(max_examples=examples(600))
@example(("en", "kristie said..."))
@example(("en", "  2. Megan says:  "))
@example(("de", "٣. Klaus hat gesagt:"))
@example(("en", "Jo said… "))
def test_the_signature_screen_answers_as_the_pattern(case: tuple[str, str]) -> None:
    # `recurring._signature_shape` answers a line that neither opens with a digit nor ends
    # with an ellipsis without the pattern: it must answer what the pattern answers.
    code, text = case
    words = load_thread_words(code)
    block = Block(text, 0, 1)
    expected = _shape_without_screen(block, words)
    assert recurring._signature_shape(block, words) == expected
    event(f"shape: {expected}")


#: Thread ends that the readings after a removed head or form read (`form`), as the rules
#: leave them: a head and a form to be removed, a message, a head the rules do not know.
FORM_SCENES = (
    ("No comments:", "Post a Comment", "I love hearing from you!"),
    ("One Comment", "Leave a Reply", "Your email address will not be published."),
    ("Kommentare", "Ansicht der Kommentare: Linear | Verschachtelt", "Lars"),
    ("Leave a comment below if you try it!", "Happy weekend!"),
)

#: Verdicts a round's lines may carry when the comment detector reads them: kept, removed by
#: a rule of the comments family (the software's form, or a writer's own invitation, which
#: `tail._removed_as_thread` does not count), or by a rule of another family.
_ROUND_VERDICTS = st.sampled_from(
    (
        Verdict(keep=True),
        Verdict(keep=True),
        Verdict(keep=False, rule="comment_section", family="comments"),
        Verdict(keep=False, rule="comment_prompt", family="comments"),
        Verdict(keep=False, rule="share_row", family="social"),
    )
)


@st.composite
def rounds_after_a_form(draw: st.DrawFn) -> tuple[str, list[str], list[Verdict]]:
    """A language, a document (`screened_documents`, with a thread's end of `FORM_SCENES`
    after it half the time) and a verdict a line: kept mostly, the removed ones of any
    family, the scene's head and form lines often removed as the rules remove them."""
    code, lines = draw(screened_documents())
    scene: tuple[str, ...] = ()
    if draw(st.booleans()):
        scene = draw(st.sampled_from(FORM_SCENES))
        lines = [*lines, *scene]
    blocks = _blocks(lines)
    verdicts = draw(st.lists(_ROUND_VERDICTS, min_size=len(blocks), max_size=len(blocks)))
    if scene and draw(st.booleans()):  # the head and form removed, what follows kept
        form = Verdict(keep=False, rule="comment_section", family="comments")
        end = len(blocks) - draw(st.integers(1, 2))
        verdicts[end - 2 : end] = [form, form]
        verdicts[end:] = [Verdict(keep=True)] * (len(blocks) - end)
    return code, lines, verdicts


@given(rounds_after_a_form())
@settings(max_examples=examples(450))
@example(
    (
        "en",
        [
            "We drove to the coast on Sunday and the children ran along the beach all day.",
            "No comments:",
            "Post a Comment",
            "I love hearing from you!",
        ],
        [
            Verdict(keep=True),
            Verdict(keep=False, rule="comment_widget", family="comments"),
            Verdict(keep=False, rule="comment_widget", family="comments"),
            Verdict(keep=True),
        ],
    )
)
@example(
    (
        "de",
        [
            "Wir haben für unsere Root-Server eine Leistungsbeschreibung erstellt, die ab "
            "sofort wirksamer Bestandteil des Vertrages ist.",
            "Für alle anderen Produkte wird dies in Kürze folgen, danach werden die "
            "Bedingungen gekürzt.",
            "Kommentare",
            "Ansicht der Kommentare: Linear | Verschachtelt",
            "Lars",
        ],
        [
            Verdict(keep=True),
            Verdict(keep=True),
            Verdict(keep=False, rule="comment_section", family="comments"),
            Verdict(keep=True),
            Verdict(keep=True),
        ],
    )
)
def test_the_removed_lines_gate_answers_as_the_readings_ungated(
    case: tuple[str, list[str], list[Verdict]],
) -> None:
    # `mark_comment_thread` tries the readings of a removed head or form only in a round
    # where some line is removed by the comments family (`_thread_lines_removed`): with the
    # gate held open (every reading tried, as before it), it must mark the same lines.
    code, lines, verdicts = case
    blocks = _blocks(lines)
    gated, ungated = list(verdicts), list(verdicts)
    comments.mark_comment_thread(blocks, gated, Facts(load_language(code), blocks))
    with patch.object(comments, "_thread_lines_removed", lambda _verdicts: True):
        comments.mark_comment_thread(blocks, ungated, Facts(load_language(code), blocks))
    assert gated == ungated
    removed_by_reading = {
        v.reason.split("(")[1][:24] for v in gated if v.rule == comments.NAME and not v.keep
    }
    event(f"gate open: {comments._thread_lines_removed(verdicts)}")
    for reason in sorted(removed_by_reading):
        event(f"fired: {reason}")


def test_the_removed_lines_gate_is_taken_and_opened() -> None:
    # A round with no line of the comments family removed skips the three readings; one
    # removed form line opens them, and the blog's message under the form still goes.
    lines = [
        "We drove to the coast on Sunday and the children ran along the beach all day.",
        "No comments:",
        "Post a Comment",
        "I love hearing from you!",
    ]
    blocks = _blocks(lines)
    kept = [Verdict(keep=True)] * len(blocks)
    assert not comments._thread_lines_removed(kept)
    form = Verdict(keep=False, rule="comment_widget", family="comments")
    verdicts = [kept[0], form, form, kept[0]]
    assert comments._thread_lines_removed(verdicts)
    comments.mark_comment_thread(blocks, verdicts, Facts(load_language("en"), blocks))
    assert not verdicts[3].keep and verdicts[3].rule == comments.NAME


#: Lines the readers of `identifiers`, `tagged` and `fields` look for (speed28ascii), and
#: lines near them: image file names and date-stamped names, machine identifiers, a related
#: box's label with headline-and-tag pairs, a stripped stamp, empty labels, a line of fields,
#: a weather widget's line (which no reading takes since recall28's was taken out), and
#: their near misses (a model's name, a compound word, a timeline's
#: entry, a sub-heading's colon, an oven's temperature in a sentence).
SHAPED_LINES = (
    "DSC_0160",
    "• IMG_7036",
    "P1010234.JPG",
    "IMG-20210319-WA0012",
    "DSC-RX100",
    "2014-08-16 Weinglas",
    "2019-11-19",
    "narrow-browser-and-phone",
    "landscape-tablet-and-above",
    "facebook_url",
    "e-mail",
    "Posted , updated",
    "Monday, Tuesday:",
    "Concelho:",
    "Zutaten:",
    "Autor: Jane Doe | Datum: 3. Mai | Ort: Bonn",
    "Bedeckt 9 / 12° C Luftfeuchte: 75% |",
    "Bake at 180 °C for 40 minutes, until golden.",
    "Artigos relacionados",
    "Lesen Sie auch",
    "Mercadona abre supermercado em Leiria",
    "Retalho",
)

#: Runs a reading acts on, as they stand after a post or in it.
SHAPED_SCENES = (
    ("DSC_0160", "DSC_0163", "Spatenstichfeier 01", "DSC_0004"),
    ("narrow-browser-and-phone", "landscape-tablet-and-above", "facebook_url", "open-core"),
    (
        "Artigos relacionados",
        "Mercadona abre supermercado em Leiria",
        "Retalho",
        "MO reabre loja remodelada em Sintra",
        "Retalho",
        "Portfolio Vinhos com novo produtor espanhol",
        "Bebidas",
    ),
    ("Posted , updated",),
    ("Concelho:", "Freguesia:"),
    ("Autor: Jane Doe | Datum: 3. Mai | Ort: Bonn",),
    ("Bedeckt 9 / 12° C Luftfeuchte: 75% |",),
    ("2014-08-16 Weinglas",),
)


@st.composite
def shaped_documents(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A language and a document: a post of one to four paragraphs, `SHAPED_LINES`
    anywhere, and runs of `SHAPED_SCENES` before it, after it or in it."""
    code = draw(st.sampled_from(("en", "en", "de", "pt")))
    lines = draw(st.lists(paragraphs(min_sentences=2), min_size=1, max_size=4))
    for _ in range(draw(st.integers(0, 3))):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(SHAPED_LINES)))
    for scene in draw(st.lists(st.sampled_from(SHAPED_SCENES), max_size=3)):
        lines[draw(st.integers(0, len(lines))) : 0] = scene
    return code, lines


def _shaped_answers(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> list[Any]:
    """The verdicts of the three detectors with a reader of lines, each on its own copy."""
    answers = []
    for mark in (
        identifiers.mark_identifier_runs,
        tagged.mark_tagged_cards,
        fields.mark_field_lines,
    ):
        marked = list(verdicts)
        mark(blocks, marked, facts)
        answers.append(marked)
    return answers


_POST = (
    "It rained in Paris all day on Monday, and the river rose by a metre overnight. The "
    "mayor said the quays would stay shut."
)
#: A related box's label as a rule removes it (`tagged` makes its box certain).
_BOX_REMOVED = [
    Verdict(keep=True),
    Verdict(keep=True),
    Verdict(keep=False, rule="related_list", family="related"),
]

_SHAPED_REMOVED = st.sampled_from(
    (
        Verdict(keep=True),
        Verdict(keep=True),
        Verdict(keep=False, rule="related_list", family="related"),
        Verdict(keep=False, rule="share_row", family="social"),
    )
)


@given(
    shaped_documents(),
    st.lists(st.booleans(), max_size=40),
    st.lists(st.lists(st.booleans(), max_size=40), max_size=3),
    st.lists(_SHAPED_REMOVED, max_size=40),
)
@settings(max_examples=examples(450))
@example(("en", [_POST, _POST, *SHAPED_SCENES[1]]), [], [], [])
@example(("pt", [_POST, _POST, *SHAPED_SCENES[2]]), [], [[True, True, False]], _BOX_REMOVED)
@example(("de", [SHAPED_SCENES[5][0], _POST, _POST, "Posted , updated"]), [], [], [])
@example(("pt", [_POST, _POST, "Concelho:", "Freguesia:"]), [], [], [])
def test_the_shaped_line_readers_answer_as_each_rounds_lines(
    document: tuple[str, list[str]],
    narrowed: list[bool],
    rounds: list[list[bool]],
    marks: list[Verdict],
) -> None:
    # `identifiers._short_shaped_lines`, `tagged._label_lines` and `fields._scope_shapes`
    # read the scope once; with the readers held to each round's own lines (as the
    # detectors read before them), every round must get the same verdicts.
    screened, unscreened, _scope, drawn = _drawn_rounds(document, narrowed, rounds, marks)
    fired: set[str] = set()
    for some, verdicts in drawn:
        with screened.round(some):
            answers = _shaped_answers(some, verdicts, screened)
        with screens_shut(), unscreened.round(some):
            assert answers == _shaped_answers(some, verdicts, unscreened)
        names = ("identifiers", "tagged", "fields")
        fired |= {name for name, marked in zip(names, answers, strict=True) if marked != verdicts}
    for name in sorted(fired):
        event(f"fired: {name}")


def test_the_shaped_line_readers_are_taken_on_an_article_without_such_lines() -> None:
    # An article of prose only: each reader answers empty (no round walks its lines); with a
    # line of each kind, each answers it.
    article = [" ".join(["It rained in Paris all day on Monday, and the river rose."] * 3)] * 3
    blocks = _blocks(article)
    facts = Facts(load_language("en"), blocks)
    assert facts.of_scope(identifiers._short_shaped_lines, blocks) == (frozenset(),) * 3
    assert facts.of_scope(tagged._label_lines, blocks) == frozenset()
    assert facts.of_scope(fields._scope_shapes, blocks) == (frozenset(),) * 3
    lines = [
        *article,
        "DSC_0160",
        "2014-08-16 Weinglas",
        "facebook_url",
        "Lesen Sie auch",
        "Posted , updated",
        "Concelho:",
        "Bedeckt 9 / 12° C Luftfeuchte: 75% |",
        "Autor: Jane Doe | Datum: 3. Mai | Ort: Bonn",
    ]
    blocks = _blocks(lines)
    facts = Facts(load_language("en"), blocks)
    assert all(facts.of_scope(identifiers._short_shaped_lines, blocks))
    assert facts.of_scope(tagged._label_lines, blocks)
    shapes = facts.of_scope(fields._scope_shapes, blocks)
    assert shapes.empty_labels and shapes.stripped_stamps and shapes.field_lines
