"""Front-stage readings that skip work (issue #8, front38): each answers as what it skips.

- `gate.is_bad_near_evidence`: ftfy's mojibake detector searched only in windows around the
  characters each of its matches holds. Exact when the detector's pattern has a bounded
  width and no anchor but ``^`` and no lookaround (checked on the installed ftfy's parse),
  and compared with `ftfy.badness.is_bad` on generated lines made of the characters its
  categories name, on damaged article lines and on lines of any characters.
- `fixers._unchanged_outside_plain` asks the same detector, so a line with evidence but no
  mojibake skips `normalize_line`: tests/test_normalize.py checks what it vouches for.
"""

from __future__ import annotations

import re
import sys

from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad
from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.normalize import gate
from strategies import any_text, article_lines, damaged, mojibake

if sys.version_info >= (3, 11):
    import re._parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_parse


def _category_chars() -> list[str]:
    """Every character ftfy's mojibake categories name (their ranges spelled out)."""
    chars: set[str] = set()
    for spec in MOJIBAKE_CATEGORIES.values():
        for part in re.findall(r".-.|.", spec, re.DOTALL):
            first, last = (part[0], part[2]) if len(part) == 3 else (part, part)
            chars.update(map(chr, range(ord(first), ord(last) + 1)))
    return sorted(chars)


# The categories' characters, the letters and spaces its alternatives pair them with, and the
# multi-character sequences some alternatives spell out (Windows-1251, MacRoman...).
_MOJIBAKE_ALPHABET = [
    *_category_chars(),
    *"aeAZ .,?!\t",
    *("ГўВЂВ", "вЂ", "β€", "ā€", "ØÙ", "‚Ä", "Ã ", "Â "),
]
mojibake_like = st.lists(st.sampled_from(_MOJIBAKE_ALPHABET), max_size=24).map("".join)


def _ops(parsed: sre_parse.SubPattern) -> set[str]:
    """Every opcode of a parsed pattern, nested ones included, an anchor (AT) with its kind."""
    found: set[str] = set()
    for op, arg in parsed:
        found.add(f"AT {arg}" if str(op) == "AT" else str(op))
        stack = [arg]
        while stack:
            item = stack.pop()
            if isinstance(item, sre_parse.SubPattern):
                found |= _ops(item)
            elif isinstance(item, (list, tuple)):
                stack.extend(item)
    return found


def test_ftfys_detector_is_bounded_and_anchored_at_the_start_alone() -> None:
    # The window argument: a match spans at most the detector's width (`gate._detector`)
    # characters, and searching a window with pos/endpos finds a match exactly where the
    # whole line has one inside it.
    # That needs no lookaround, no backreference and no anchor but "^" (which matches at
    # the line's real start only, with pos or without).
    parsed = sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert parsed.getwidth()[1] == gate._detector()[1] < 20
    ops = _ops(parsed)
    assert not ops & {"ASSERT", "ASSERT_NOT", "GROUPREF", "GROUPREF_EXISTS"}
    assert {op for op in ops if op.startswith("AT")} == {"AT AT_BEGINNING"}


@given(mojibake_like)
@example("^Ã ")
@example("Ã ")
@example("aÃ ")
@example("x" * 10 + "ГўВЂВ" + "ea")
@example("Ø1Ø1")
def test_is_bad_near_evidence_is_ftfys_is_bad(line: str) -> None:
    assert gate.is_bad_near_evidence(line) is is_bad(line)


@given(st.one_of(any_text, article_lines().map("\n".join)))
def test_is_bad_near_evidence_is_ftfys_is_bad_on_any_text(text: str) -> None:
    for line in (text, mojibake(text), *text.split("\n")):
        assert gate.is_bad_near_evidence(line) is is_bad(line)


@given(st.data())
def test_is_bad_near_evidence_on_damaged_lines(data: st.DataObject) -> None:
    line = data.draw(st.sampled_from(["Le café était fermé « hier ».", "Straße – Größe 5 €"]))
    line = data.draw(damaged(line))
    assert gate.is_bad_near_evidence(line) is is_bad(line)
