"""The blind probes' reader (`benchmarks/precision_probe.py`) counts what the probe says."""

from __future__ import annotations

from pathlib import Path

from script_modules import load_script

# The probe script imports its sibling `real_pages`, which load_script registers by name.
load_script(Path("benchmarks/real_pages.py"))
PROBE = load_script(Path("benchmarks/precision_probe.py"))


def test_junk_lines_are_placed_after_their_content_line_in_order() -> None:
    doc = {
        "lines": ["Title", "First paragraph.", "Second paragraph."],
        "junk": [{"after": 0, "line": "Share"}, {"after": 0, "line": "Tweet"}],
    }
    lines, junk = PROBE.with_junk(doc)
    assert lines == ["Title", "Share", "Tweet", "First paragraph.", "Second paragraph."]
    assert junk == {1, 2}


def test_a_junk_copy_of_a_content_line_marks_the_copy_only() -> None:
    # A duplicate probe: the lead printed again below the byline is junk, the lead is not.
    doc = {
        "lines": ["The council met on Monday.", "By Jane Doe", "More text."],
        "junk": [{"after": 1, "line": "The council met on Monday."}],
    }
    lines, junk = PROBE.with_junk(doc)
    assert lines == [
        "The council met on Monday.",
        "By Jane Doe",
        "The council met on Monday.",
        "More text.",
    ]
    assert junk == {2}
