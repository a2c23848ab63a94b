"""The weather widget's readings: a line of temperatures and humidity outside the story.

Local papers and radio stations print a weather widget in their header or footer, and an
extractor keeps its text as a line a day: "Bedeckt 9 / 12° C Luftfeuchte: 75% |" (general31,
half A; recall28). What holds on any site and in any language is the shape, not the words:
a short line that is no sentence, holding a temperature in degrees Celsius or Fahrenheit and
a second reading beside it (another temperature, a percentage, a wind speed), standing
before the story's first paragraph or after its last.

False-positive risks and their guards: a weather report's own forecast ("Montag: 9 / 12 °C,
Regen 80 %") and a recipe's or a lab report's temperatures belong to a story that talks about
temperatures, so nothing goes when any line of the story (its prose paragraphs and what lies
between them) holds a degree sign; a sentence that mentions a temperature ends like one, or
runs longer than a reading; one reading alone ("Berlin 12°C") stays, since a headline or a
fact line may print one; an oven's "180 °C" has three digits, which no air temperature a
widget prints has; an ordinal's degree sign ("1° posto", "2° trimestre: +5%") carries no C or
F and no slash pair.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Block, Verdict
from ..text import ends_like_sentence
from .facts import Facts
from .scopes import body_bounds

__all__ = ["WEATHER", "mark_weather_readings"]

#: The name of a weather reading's removal.
WEATHER = "weather_reading"
FAMILY = "layout"

# An air temperature: one or two digits (an oven's 180 °C has three), a degree sign and the
# scale's letter ("12° C", "-3°C", "54 °F"), or a day's low and high with the sign after the
# high ("9 / 12°"). Not inside a longer number ("2024°"), nor an ordinal ("1° posto").
_TEMPERATURE = (
    r"(?<![\w.,])-?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]\b"
    r"|(?<![\w.,])-?\d{1,2}\s?°?\s?/\s?-?\d{1,2}\s?°"
)
# The second reading beside it: another temperature, a percentage (humidity, the chance of
# rain) or a wind speed.
_SECOND = r"\d\s?%|\d\s?(?:km/h|mph|m/s|kn|Bft)\b"
_READINGS = re.compile(f"(?:{_TEMPERATURE})|(?:{_SECOND})")
_TEMPERATURE_ONLY = re.compile(_TEMPERATURE)
# A reading is short: a condition, two temperatures, a label and a value ("Bedeckt 9 / 12° C
# Luftfeuchte: 75% |" is 8 words); a longer line is a sentence or a table's row of prose.
READING_MAX_WORDS = 12
# A reading has at least this many values: one temperature alone is a headline's or a fact's.
READINGS_MIN = 2


def is_weather_reading(text: str, words: int) -> bool:
    """Whether a line is a weather widget's reading: short, no sentence, a temperature and a
    second reading beside it.

    >>> is_weather_reading("Bedeckt 9 / 12° C Luftfeuchte: 75% |", 8)
    True
    >>> is_weather_reading("Berlin 12°C", 2), is_weather_reading("Backofen: 180 °C, 40 %", 4)
    (False, False)
    """
    if words > READING_MAX_WORDS or "°" not in text or ends_like_sentence(text):
        return False
    if _TEMPERATURE_ONLY.search(text) is None:
        return False
    return len(_READINGS.findall(text)) >= READINGS_MIN


def mark_weather_readings(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove every kept weather reading (`is_weather_reading`) before the story's first
    paragraph or after its last, unless the story itself holds a degree sign.

    Certain: a widget's reading outside a story that never speaks of degrees is no part of it.
    """
    if not any("°" in block.text for block in blocks):
        return  # most documents: no degree sign at all
    first_body, last_body = body_bounds(blocks, facts)
    if first_body > last_body:
        return  # no story to stand outside of: a page of readings is the reader's own
    if any("°" in block.text for block in blocks[first_body : last_body + 1]):
        return  # the story talks about temperatures: its readings are its own
    for index, block in enumerate(blocks):
        if first_body <= index <= last_body or not verdicts[index].keep:
            continue
        if is_weather_reading(block.text, block.words):
            verdicts[index] = Verdict(
                keep=False,
                rule=WEATHER,
                reason="a weather widget's reading (temperatures, humidity) outside the story",
                certain=True,
                family=FAMILY,
            )
