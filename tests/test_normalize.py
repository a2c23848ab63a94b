"""Normalisation: encoding repair, spaces, invisible characters, NFC, sentence spacing, quotes."""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import Any

import ftfy
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from corpusclean import normalize_text
from corpusclean.normalize import (
    fix_missing_sentence_space,
    fixers,
    normalize_line,
    normalize_lines,
    screen,
    split_lines,
    straighten_quotes,
)
from corpusclean.normalize.gate import LONE_SURROGATE, fix_encoding
from strategies import documents, mojibake, paragraphs


def test_ftfy_non_idempotent_input_reaches_a_fixed_point() -> None:
    # One pass of ftfy.fix_text is not idempotent on this input; normalise must be.
    once = normalize_text("S\u221a\u00b5\r\u00e9")
    assert normalize_text(once) == once
    line = normalize_line("S\u221a\u00b5\u00e9")
    assert normalize_line(line) == line


@given(text=paragraphs())
def test_utf8_read_as_cp1252_or_latin1_is_repaired(text: str) -> None:
    text = text.replace("said", "caf\u00e9 said").replace(",", "\u2019s,")
    damaged = mojibake(text, "cp1252")
    # Bytes cp1252 leaves undefined (0x9D in U+201D) become U+FFFD: that text is lost.
    assume("\ufffd" not in damaged)
    assert normalize_text(damaged) == normalize_text(text)
    assert normalize_text(mojibake(text, "latin-1")) == normalize_text(text)


def test_html_entity_decoded_even_after_a_line_with_angle_bracket() -> None:
    text = "Prices rose <5% in May\nTom &amp; Jerry&#8217;s show"
    assert normalize_text(text) == "Prices rose <5% in May\nTom & Jerry\u2019s show"


@pytest.mark.parametrize(
    "space", ["\u00a0", "\u2009", "\u2002", "\u3000", "\u202f", "\t", "\t \u00a0"]
)
def test_unicode_spaces_and_tabs_become_one_space(space: str) -> None:
    assert normalize_line(f"{space}Prime{space}Minister{space}") == "Prime Minister"


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u00ad", "\u2060"])
def test_zero_width_characters_are_removed(invisible: str) -> None:
    assert normalize_line(f"Mala{invisible}ysia") == "Malaysia"


@pytest.mark.parametrize("joiner", ["\u200c", "\u200d"])
def test_zwj_and_zwnj_are_kept(joiner: str) -> None:
    line = f"\u0928\u094d{joiner}\u0928 and \U0001f469{joiner}\U0001f4bb"
    assert normalize_line(line) == line


@pytest.mark.parametrize("control", ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x0b", "\x0c"])
def test_control_characters_are_removed(control: str) -> None:
    assert control not in normalize_line(f"Kuala {control}Lumpur")


def test_line_breaks_inside_a_line_from_entities_become_spaces() -> None:
    # "&#10;" and the mojibake of U+2028 decode to line breaks; the line must stay one line.
    assert normalize_line("a &#10; b") == "a b"
    assert normalize_line("a \u00e2\u20ac\u00a8 b") == "a b"
    assert normalize_text("one &#8232; line") == "one line"


def test_result_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Caf\u00e9 cr\u00e8me")
    assert normalize_line(decomposed) == "Caf\u00e9 cr\u00e8me"


def test_lone_surrogates_become_replacement_characters() -> None:
    result = normalize_text("a\ud800b\nc\udfff")
    assert result == "a\ufffdb\nc\ufffd"
    result.encode("utf-8")


def test_line_count_and_endings_are_preserved() -> None:
    assert split_lines("a\r\nb\rc\u2028d\u2029e\nf") == ["a", "b", "c", "d", "e", "f"]
    assert normalize_text("a\r\n\r\nb") == "a\n\nb"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the investments.Prior to that", "the investments. Prior to that"),
        ("he said!The next day", "he said! The next day"),
        ("the U.S.Government", "the U.S.Government"),
        ("e.g.Malaysia", "e.g.Malaysia"),
        ("Dr.Mahathir", "Dr.Mahathir"),
        ("grew 2.5 per cent", "grew 2.5 per cent"),
        ("version v1.2 shipped", "version v1.2 shipped"),
        ("visit Alibaba.com today", "visit Alibaba.com today"),
        ("written in Node.js and ASP.NET", "written in Node.js and ASP.NET"),
        ("mail jane.Doe@example.com now", "mail jane.Doe@example.com now"),
        ("see www.thestar.Com.my", "see www.thestar.Com.my"),
    ],
)
def test_missing_sentence_space_is_restored_with_guards(text: str, expected: str) -> None:
    assert fix_missing_sentence_space(text) == expected
    assert normalize_line(text) == expected


def test_sentence_spacing_can_be_switched_off() -> None:
    assert normalize_text("investments.Prior", sentence_spacing=False) == "investments.Prior"


def test_typographic_quotes_kept_by_default_and_straightened_on_request() -> None:
    line = "\u201cWe see,\u201d he said, \u2018quietly\u2019"
    assert normalize_line(line) == line
    assert normalize_line(line, straighten=True) == "\"We see,\" he said, 'quietly'"
    assert straighten_quotes("\u00abNon\u00bb") == '"Non"'


def test_spelling_is_never_changed() -> None:
    line = "keen to use techonology to empower farmers, recieve aid"
    assert normalize_line(line) == line


def test_encoding_repair_can_be_switched_off() -> None:
    assert (
        normalize_text("Alibaba\u00e2\u20ac\u2122s", encoding=False) == "Alibaba\u00e2\u20ac\u2122s"
    )


def test_normalise_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="takes a str"):
        normalize_text(b"bytes")  # type: ignore[arg-type]


@given(text=documents, straighten=st.booleans(), spacing=st.booleans(), encoding=st.booleans())
def test_normalize_lines_equals_normalising_every_line(
    text: str, straighten: bool, spacing: bool, encoding: bool
) -> None:
    # normalize_lines skips the lines its scans find nothing in; it must be a pure speed-up.
    options = {"encoding": encoding, "straighten": straighten, "sentence_spacing": spacing}
    expected = [normalize_line(line, **options) for line in split_lines(text)]
    assert normalize_lines(text, **options) == expected


_STRAY_SPACES = st.lists(
    st.sampled_from(
        ["  ", " ", "   ", "word", "Word", "end.", "Next", "a.B", ".", "&", "\t", "'", "U.S."]
    ),
    max_size=12,
).map("".join)


@given(lines=st.lists(_STRAY_SPACES, max_size=6), straighten=st.booleans(), spacing=st.booleans())
def test_ascii_lines_with_stray_spaces_normalise_as_every_line_does(
    lines: list[str], straighten: bool, spacing: bool
) -> None:
    # The fast path for ASCII lines whose only fault is their spaces (runs, ends).
    text = "\n".join(lines)
    options = {"straighten": straighten, "sentence_spacing": spacing}
    expected = [normalize_line(line, **options) for line in split_lines(text)]
    assert normalize_lines(text, **options) == expected


def test_plain_ascii_lines_are_told_apart_without_the_pattern() -> None:
    # _is_plain answers an ASCII line with isprintable() and a test for "&": exact only if
    # the controls and "&" are the only ASCII characters outside the plain set.
    for straighten in (False, True):
        pattern = fixers._NOT_PLAIN_STRAIGHTEN if straighten else fixers._NOT_PLAIN
        for code in range(128):
            line = f"a{chr(code)}b"
            assert fixers._is_plain(line, pattern) == (pattern.search(line) is None), code


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)), st.booleans())
def test_plain_test_agrees_with_the_pattern_on_ascii_lines(line: str, straighten: bool) -> None:
    pattern = fixers._NOT_PLAIN_STRAIGHTEN if straighten else fixers._NOT_PLAIN
    assert fixers._is_plain(line, pattern) == (pattern.search(line) is None)


def _chars_of(item: tuple[Any, Any]) -> set[str] | None:
    """The characters one parsed pattern item can match, or None when that is open-ended."""
    op, arg = item
    name = str(op)
    if name == "LITERAL":
        return {chr(arg)}
    if name != "IN":
        return None
    chars: set[str] = set()
    for sub_op, sub_arg in arg:
        if str(sub_op) == "LITERAL":
            chars.add(chr(sub_arg))
        elif str(sub_op) == "RANGE":
            chars.update(chr(c) for c in range(sub_arg[0], sub_arg[1] + 1))
        else:  # a category (\\w, \\s) or a negation: open-ended
            return None
    return chars


def test_mojibake_evidence_covers_every_alternative_of_ftfys_detector() -> None:
    # needs_ftfy skips ftfy.badness.is_bad on a line with none of these characters; that is
    # exact only if every alternative of ftfy's pattern needs one of them. Checked against
    # the installed ftfy, so an ftfy release that changes its pattern fails here first.
    if sys.version_info >= (3, 11):
        import re._parser as sre_parse
    else:  # pragma: no cover - Python 3.10
        import sre_parse

    from ftfy.badness import BADNESS_RE

    from corpusclean.normalize.gate import _detector

    _search, _width, evidence = _detector()
    parsed = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert len(parsed) == 1 and str(parsed[0][0]) == "BRANCH"
    alternatives = parsed[0][1][1]
    assert len(alternatives) > 30
    for alternative in alternatives:
        covered = [
            chars
            for chars in map(_chars_of, alternative)
            if chars and all(evidence.fullmatch(c) for c in chars)
        ]
        assert covered, f"an alternative of ftfy's detector needs no evidence: {alternative}"


@pytest.mark.parametrize(
    "line", ["Москва — столица России.", "Le café était fermé.", "Ελλάδα και Κύπρος"]
)
def test_accented_greek_and_cyrillic_text_is_left_alone(line: str) -> None:
    assert normalize_line(line) == line


def test_lines_of_common_typography_skip_ftfy_and_its_false_alarms() -> None:
    # ftfy reads "€©" as MacRoman mojibake of "۩"; in a line of ASCII and the typography
    # news sites use that is a false alarm, and such lines never go through ftfy.
    import ftfy

    assert ftfy.fix_text("It costs €©") == "It costs ۩"
    assert normalize_line("It costs €©") == "It costs €©"


def test_every_character_ftfy_fixes_without_repairing_encoding_sends_a_line_to_ftfy() -> None:
    # needs_ftfy must know every character of ftfy's ligature, width and control tables,
    # or lines holding one would skip ftfy; checked against the installed ftfy.
    from ftfy import chardata

    from corpusclean.normalize import needs_ftfy

    tables = (chardata.LIGATURES, chardata.WIDTH_MAP, chardata.CONTROL_CHARS)
    missed = [hex(c) for table in tables for c in table if not needs_ftfy(f"a{chr(c)}b")]
    assert missed == []


def test_latin_ligatures_are_expanded_as_ftfy_does() -> None:
    assert normalize_line("\u0133s and \ufb01sh") == "ijs and fish"


# The fast path for control-character debris (`gate.fix_controls_and_surrogates`) against
# ftfy's whole loop: ASCII but "&", surrogates of both halves (pairs of them make astral
# characters: a plain one, a musical symbol NFC decomposes, a formatting control, a tag, the
# two halves of a composition), U+FFFD and astral characters themselves.
ASTRAL_SURROGATES = ["\ud834", "\udd5e", "\udd73", "\udb40", "\udc01", "\ud804", "\udc99"]
ASTRAL = ["\U0001d15e", "\U0001d173", "\U000e0001", "\U00011099", "\U000110ba", "\U0001f4a9"]
DEBRIS = [chr(c) for c in range(128) if chr(c) != "&"] + ["\ud800", "\udbff", "\udc00", "\udfff"]
DEBRIS += ["\ufffd", "\udcba", *ASTRAL_SURROGATES, *ASTRAL]


def ftfy_fixed_point(line: str, straighten: bool) -> str:
    """What `gate.fix_encoding` gave before its fast path: ftfy to a fixed point."""
    config = ftfy.TextFixerConfig(uncurl_quotes=straighten, fix_line_breaks=False, explain=False)
    for _ in range(4):
        fixed = ftfy.fix_text(line, config)
        if fixed == line:
            break
        line = fixed
    return LONE_SURROGATE.sub("\ufffd", line)


def test_debris_fast_path_equals_ftfy_on_every_pair_of_characters() -> None:
    for a in DEBRIS:
        for b in DEBRIS:
            for straighten in (False, True):
                assert fix_encoding(a + b, straighten) == ftfy_fixed_point(a + b, straighten)


@given(
    st.lists(
        st.one_of(st.sampled_from(DEBRIS), st.sampled_from(["\x1b[", "\x1b[3;1m", "31m", "\r"])),
        max_size=30,
    ),
    st.booleans(),
)
def test_debris_fast_path_equals_ftfy_on_generated_lines(
    parts: list[str], straighten: bool
) -> None:
    line = "".join(parts)
    assert fix_encoding(line, straighten) == ftfy_fixed_point(line, straighten)


def normalize_line_to_fixed_point(line: str, **options: bool) -> str:
    """`normalize_line` as it was: every pass repeated until one changes nothing."""
    flags = (options["encoding"], options["straighten"], options["sentence_spacing"])
    settled = None
    for _ in range(4):
        fixed, settled = fixers._normalize_once(line, *flags, settled)
        if fixed == line:
            break
        line = fixed
    return line


@given(
    st.lists(
        st.one_of(
            st.sampled_from(DEBRIS),
            st.sampled_from(["\x1b[", "\x1b[3;1m", "\r", "\t", "\u00a0", "  ", ". ", "ab.Cd"]),
            st.sampled_from(["\u2019", "\u00e9", "e\u0301", "\u00c3\u00a9", "&amp;", "\ufb01"]),
        ),
        max_size=30,
    ),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_a_settled_line_needs_no_confirming_pass(
    parts: list[str], encoding: bool, straighten: bool, sentence_spacing: bool
) -> None:
    # normalize_line stops as soon as a pass ends on a line `_settled` vouches for; that must
    # give what running passes until one changes nothing gives, on debris and around it.
    line = "".join(parts)
    options = {"encoding": encoding, "straighten": straighten, "sentence_spacing": sentence_spacing}
    assert normalize_line(line, **options) == normalize_line_to_fixed_point(line, **options)
    if fixers._settled(line, straighten, sentence_spacing):
        assert fixers._normalize_once(line, *options.values(), None)[0] == line


def test_a_repeated_line_is_normalised_like_its_first_copy() -> None:
    # normalize_lines normalises a line printed again once; every copy must come out alike.
    line = mojibake("Café “quoted” — naïve")
    text = "\n".join([line, "\ud800\x07ab", line, "plain", "\ud800\x07ab", line])
    assert normalize_lines(text) == [normalize_line(s) for s in split_lines(text)]


# Lines outside plain ASCII that `normalize_line` may or may not leave alone: letters of
# other scripts, typography, and each kind of character some step acts on.
_OUTSIDE_PLAIN_PARTS = [
    "Café",
    "naïve",
    "東京の",
    "Москва",
    "Ελλάδα",
    "“x”",
    "‘y’",
    "«z»",
    " ",
    "  ",
    "\u00a0",
    "\u3000",
    "\t",
    "e\u0301",
    "&amp;",
    "&#233;",
    "&eacute",
    ";",
    "&",
    "\ufb01",
    "\uff21",
    "\u00c3\u00a9",
    "Ã",
    "Â ",
    "â€™",
    "É",
    "À",
    "°",
    "€",
    "×²",
    "½",
    "£",
    "│",
    "\u200b",
    "\x85",
    "\ud800",
    "end.Next",
    "end. Next",
    "x.é",
    "naïve.Next",
    "!",
    "ok",
]


@given(
    st.lists(st.sampled_from(_OUTSIDE_PLAIN_PARTS), max_size=12),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_a_line_the_outside_plain_gate_passes_is_already_normal(
    parts: list[str], encoding: bool, straighten: bool, sentence_spacing: bool
) -> None:
    # normalize_lines passes over the lines `_unchanged_outside_plain` vouches for.
    line = "".join(parts)
    may_change = fixers._MAY_CHANGE_STRAIGHTEN_RE if straighten else fixers._MAY_CHANGE_RE
    options = {"encoding": encoding, "straighten": straighten, "sentence_spacing": sentence_spacing}
    if fixers._unchanged_outside_plain(line, may_change, sentence_spacing):
        assert normalize_line(line, **options) == line
    text = "\n".join([line, "plain", line.upper()])
    assert normalize_lines(text, **options) == [
        normalize_line(s, **options) for s in split_lines(text)
    ]


def test_the_outside_plain_gate_vouches_for_accented_and_cjk_lines() -> None:
    # The gate must pass real lines (else it only costs); and not a line with a stray space.
    for line in ["Le café est ouvert", "東京の天気は晴れ", "Москва — столица"]:
        assert fixers._unchanged_outside_plain(line, fixers._MAY_CHANGE_RE, True), line
    assert not fixers._unchanged_outside_plain("Café  ouvert", fixers._MAY_CHANGE_RE, True)
    assert not fixers._unchanged_outside_plain("Café&amp;", fixers._MAY_CHANGE_RE, True)
    assert fixers._unchanged_outside_plain("Café & bar", fixers._MAY_CHANGE_RE, True)
    assert not fixers._unchanged_outside_plain("café.Bar", fixers._MAY_CHANGE_RE, True)
    # Evidence of mojibake alone is no mojibake: "É" and "«" are French; "Ã©" is mojibake.
    assert fixers._unchanged_outside_plain("À Paris, « École »", fixers._MAY_CHANGE_RE, True)
    assert not fixers._unchanged_outside_plain("Le cafÃ© est", fixers._MAY_CHANGE_RE, True)


def test_the_may_change_class_is_the_union_of_its_parts() -> None:
    # Joined into one class, a part's leading "-" or "^" would change its meaning.
    from corpusclean.normalize import gate

    every = "".join(map(chr, range(0x110000)))
    parts = [
        r"[\x00-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\u180e]",
        r"[\t\n\u2028\u2029\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ud800-\udfff]",
        f"[{gate.LIGATURE_WIDTH_CONTROL}]",
    ]
    union = set().union(*(re.findall(part, every) for part in parts))
    assert set(fixers._MAY_CHANGE_RE.findall(every)) == union
    quotes = {"\u2018", "\u2019", "\u201c", "\u201d", "\u201e", "\u201a", "\u00ab", "\u00bb"}
    assert set(fixers._MAY_CHANGE_STRAIGHTEN_RE.findall(every)) == union | quotes


# The glue hint as first written: a word character, a stop, a closing quote or not, a word
# character. The shipped pattern opens with the stop (faster to find) and looks behind for
# the word character; a line holds a match of one exactly when it holds one of the other.
GLUE_HINT_AS_DEFINED = re.compile(r"\w[.!?][\"\u201d\u2019)]?\w")
GLUE_PIECES = st.sampled_from(
    ["a", "Z", "é", "Ж", "東", "5", "_", ".", "!", "?", '"', "\u201d", "\u2019", ")", " ", "-"]
)


@given(st.one_of(st.lists(GLUE_PIECES, max_size=12).map("".join), st.text(max_size=40)))
def test_the_glue_hint_finds_what_its_definition_finds(line: str) -> None:
    found = fixers._GLUE_HINT.search(line) is not None
    assert found == (GLUE_HINT_AS_DEFINED.search(line) is not None)
    assert fixers.fix_missing_sentence_space(line) == line or found


@pytest.mark.parametrize("indent", ["\u00a0", "\u00a0\u00a0", " \u00a0", "\u3000"])
def test_a_leading_space_does_not_change_what_ftfy_repairs(indent: str) -> None:
    # ftfy leaves "â€\ufffd" on a line that starts with a no-break space and repairs it on
    # the same line without one; the space is trimmed either way (thorough seed 14).
    line = "Government the the. \u00e2\u20ac\u0153Government the the,\u00e2\u20ac\ufffd she said."
    assert normalize_line(indent + line) == normalize_line(line)
    assert normalize_lines(indent + line) == [normalize_line(line)]


_SCREENED_PARTS = st.lists(
    st.sampled_from(
        [
            *(" ", "  ", "a", "Z", "A", ".", "!", "?", '"', "'", ")", "(", "&", "\t", "\x00"),
            *("\x7f", "\x1f", "\r", ",", "word", "U.S.", "end.Next", 'said."The', "x&y", "1:2"),
            # Outside ASCII: always a line to look at, whatever else it holds.
            *("é", "\u2019", "\u00a0", "\x85", "東", "\ud800", "\U0001f4a9"),
        ]
    ),
    max_size=10,
).map("".join)


@given(lines=st.lists(_SCREENED_PARTS, max_size=8), spacing=st.booleans())
def test_the_screen_finds_exactly_the_lines_not_already_normal_or_outside_ascii(
    lines: list[str], spacing: bool
) -> None:
    # normalize_lines reads only the lines the screen finds: it must find every line outside
    # ASCII and every ASCII line `_already_normal` does not pass (and, to cost nothing, no
    # other). Empty lines among the others: two line feeds are the spacing mark's pair too.
    lines = [line.replace("\n", "") for line in lines]
    expected = [
        index
        for index, line in enumerate(lines)
        if not (line.isascii() and fixers._already_normal(line, fixers._NOT_PLAIN, spacing))
    ]
    assert screen.lines_to_normalize(lines, spacing) == expected


@given(lines=st.lists(_SCREENED_PARTS, max_size=12), spacing=st.booleans())
@example(lines=["Café", "", " x", "end.Next", "\u2019ok", "ok"], spacing=True)
def test_the_mixed_screen_finds_what_the_screen_of_the_whole_text_finds(
    lines: list[str], spacing: bool
) -> None:
    # Issue #8 (normdup40): the ASCII lines screened apart, every other line read.
    lines = [line.replace("\n", "") for line in lines]
    assert screen.mixed_lines_to_normalize(lines, spacing) == screen.lines_to_normalize(
        lines, spacing
    )


@given(lines=st.lists(st.sampled_from(["", " ", "  ", "a", "a ", " a"]), max_size=12))
def test_the_screen_tells_empty_lines_from_stray_spaces(lines: list[str]) -> None:
    # The spacing mark is a space or a line feed twice: runs of empty lines, at either end
    # too, are no mark, and a space next to one is.
    expected = [
        index for index, line in enumerate(lines) if line.strip(" ") != line or "  " in line
    ]
    assert screen.lines_to_normalize(lines, True) == expected
