r"""Date shapes defined once: the pattern parts the readers of a date are built from.

A part is a pattern's source, not a compiled pattern: each reader puts around it what it
needs of the text beside the date (a word boundary, no digit, the line's start) and compiles
it on its own engine. The readers:

* `Language.month_date`: a day and a month name of the document's language, anywhere in a
  line (`MONTH_DAY`, `DAY_MONTH`);
* `detect.comments.stamps`: whether a line holds a date, or is a stamp and nothing else, with
  a month name of any shipped language and a year (`MONTH_DAY`, `DAY_MONTH`), or numeric
  (`ISO_DATE`, and its own day-first form, which also reads slashes and two-digit years: it
  asks whether there is a date, never which);
* `detect.teaserrecords`: which date a line holds, to tell whether records run newest first
  (`ISO_DATE`, `DAY_FIRST_DATE`).

The rules' date patterns are data in their rule files (`rules/data/dates.toml` for those that
read no word); the page classifier's time feature (`page.features`) is its own, as the weights
were fit on it.

>>> import re
>>> re.fullmatch(ISO_DATE, "2022-04-25") is not None, re.search(DAY_FIRST_DATE, "3/7/2022")
(True, None)
>>> re.search(MONTH_DAY.format(months="march|mar") + r"\b", "On mar. 4th, 2019") is not None
True
"""

from __future__ import annotations

__all__ = ["DAY_FIRST_DATE", "DAY_MONTH", "ISO_DATE", "MONTH_DAY"]

#: A date year first with dashes ("2022-04-25"): ISO 8601's, read alike in every country.
#: No groups: a reader that wants the numbers reads the digits of the match.
ISO_DATE = r"\d{4}-\d{2}-\d{2}"

#: A date day first with dots or dashes and its four-digit year ("25.04.2022", "01-06-2019").
#: A date with slashes is not this shape: "3/7/2022" is March or July by the site's country,
#: so it tells no order.
DAY_FIRST_DATE = r"\d{1,2}[.-]\d{1,2}[.-]\d{4}"

#: A month name and its day ("March 11th", "Mar. 4", "marzo 15"), as a `str.format` template
#: whose ``{months}`` is an alternation of month names (hence the doubled braces). A reader
#: adds its end: a word boundary, or a year after a comma.
MONTH_DAY = r"\b(?:{months})\.?\s+\d{{1,2}}\w{{0,2}}"

#: A day and its month name ("4. November", "16 mars", and with "de" or "di" between: "28 de
#: marzo"), as `MONTH_DAY`'s template.
DAY_MONTH = r"\b\d{{1,2}}\.?\s+(?:d[ei]\s+)?(?:{months})"
