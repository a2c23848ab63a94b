"""A story's rows of record: short lines parted into fields, as a list of times or items is.

A short story's own list is often a column of records, each parted by a colon, a comma or
a bracket into a key and its value: "Item 4: Planning application, 42 Highett Street",
"Mercredi 20 h : Les Fantômes, VF", "Knocktopher, 10am", "L-trein Deinze-Kortrijk:
vervangen door bussen". The furniture printed under a story is not: a share row ("Share",
"Copy link", "Artikel teilen"), tags ("Grassroots rugby"), a footer's links ("Over ons",
"Adverteren") and most related headlines ("Fire crews called to blaze at Trostre
industrial estate") are words alone. `storylist` reads a run of such records as the
story's, as it reads a run of one repeated shape.

Alone, with no sentence closing the run and no colon announcing it, records must also hold
a number: the time, date, price or count a timetable, an agenda or a fact box gives
("Ballyhale, 11.30am", "Saving: 340,000 pounds a year"). A related list's headlines part
into fields too, with a kicker's colon or a comma ("Audi e-tron GT Concept First Drive:
Welcome to the future", "Gestern virtueller Datenraum, heute interoperable
Kundenlösung", two dev pages' related boxes under a label without a cue), but two in three
of them hold no number.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

__all__ = ["RECORDS_MIN_SHARE", "holds_records", "is_record", "last_record"]

_DIGIT = regex.compile(r"\d")

# A run is a column of records when at least RECORDS_MIN_SHARE of its lines are records: a
# list may hold a head over each group of rows ("Christmas Eve" over two churches' times,
# "Ingredientes"), one line in three when each head has two rows; a related list of
# headlines holds a kicker's colon now and then ("Footy: Eagles through to finals"), not
# on two lines in three.
RECORDS_MIN_SHARE = 2 / 3

# A mark that parts a line into fields: a colon or a comma followed by a space and more
# text, or an opening bracket after a word ("(H)", "(children's Mass)"). A comma inside a
# number ("€3,400", "52,4 %") parts nothing, nor does a colon inside a time ("20:30").
_FIELD_MARK = regex.compile(r"\w[)\]]?\s?[:,]\s+\S|\w\s+\(\S")


def is_record(line: str) -> bool:
    """Whether a line is parted into fields by a colon, a comma or a bracket inside it.

    >>> [is_record(s) for s in ("Item 6: Urgent business", "Ballyhale, 11.30am",
    ...                         "Sat 9 Aug: v Tumble (A), KO 3pm", "Mercredi 20 h : Les Fantômes")]
    [True, True, True, True]
    >>> [is_record(s) for s in ("Share", "Copy link", "Carol service raises €3,400 for hospice",
    ...                         "Tags:", "Christmas Eve", "Updated 20:30")]
    [False, False, False, False, False, False]
    """
    return _FIELD_MARK.search(line) is not None


def is_numbered_record(line: str) -> bool:
    """A record (`is_record`) with a number in it.

    >>> is_numbered_record("Knocktopher, 10am"), is_numbered_record("Ballyhale, Knocktopher")
    (True, False)
    """
    return _DIGIT.search(line) is not None and is_record(line)


def holds_records(lines: Sequence[str], rows: Sequence[int], numbered: bool = False) -> bool:
    """Whether at least RECORDS_MIN_SHARE of the ``rows`` are records (`is_record`), or
    records with a number when ``numbered``."""
    if not rows:
        return False
    test = is_numbered_record if numbered else is_record
    records = sum(1 for i in rows if test(lines[i]))
    return records >= RECORDS_MIN_SHARE * len(rows)


def last_record(lines: Sequence[str], rows: Sequence[int]) -> int | None:
    """The place in ``rows`` of the last record with a number, None when none is one: a
    column of such records ends with its last, and the short lines under it, right over the
    furniture's first cue, are its labels ("Share", "Copy link", "Deel dit artikel")."""
    for at in range(len(rows) - 1, -1, -1):
        if is_numbered_record(lines[rows[at]]):
            return at
    return None
