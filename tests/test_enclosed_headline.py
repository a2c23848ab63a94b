"""The story's headline printed between two share bars stays (issue #12, precision34).

A news template may print its share bar above and below the headline ("Share on facebook" ×4
/ the headline / "Share on facebook" ×4, labels7a's Swiss paper): the headline is then a line
between two removals of the social family, which `enclosed_block` takes as a line of the bar.
A headline at the page's head (nothing kept above it) whose words the story's first paragraph
says again is the story's own, whatever surrounds it. The pages are written for the test.

What must still go: a short line no rule knows inside a share bar or a sign-up box, a
headline-shaped line between two bars that the story does not name (another story's link), and
a line of the bar below the story (a paragraph is kept above it).
"""

from __future__ import annotations

import corpusclean

SHARE_BAR = {
    "en": ["Share on Facebook", "Share on Twitter", "Share on LinkedIn", "Share on WhatsApp"],
    "de": ["Share on facebook", "Share on twitter", "Share on linkedin", "Share on print"],
}
HEADLINE = {
    "en": "Village hall becomes the county's yodelling capital",
    "de": "Schwarzenburg wird zur Jodler-Metropole",
}
STORY = {
    "en": [
        "This weekend the village hall becomes the county's yodelling capital: the organisers "
        "expect some three thousand singers and twice as many visitors at the festival.",
        "Work on the tents and the stages has been going on for weeks, and the volunteers say "
        "everything will be ready by Friday evening.",
        "The competitions in yodelling, alphorn and flag throwing start on Saturday morning.",
    ],
    "de": [
        "Am Wochenende wird das Dorf Schwarzenburg vorübergehend zur Jodler-Hauptstadt: Zum "
        "Kantonalen Jodlerfest erwarten die Veranstalter rund dreitausend Sängerinnen und Sänger.",
        "Derzeit laufen die Vorbereitungen im Dorf auf Hochtouren: Es wird eifrig gebaut, vor "
        "allem die Festzelte und die Bühnen sind im Entstehen.",
        "Die Wettvorträge in Jodeln, Alphornblasen und Fahnenschwingen beginnen am Samstag.",
    ],
}


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


def clean(lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines))


def test_the_headline_between_two_share_bars_stays() -> None:
    for code in ("en", "de"):
        bar = SHARE_BAR[code]
        article = clean([*bar, HEADLINE[code], *bar, *STORY[code]])
        assert HEADLINE[code] not in removed_by(article, "enclosed_block"), code
        assert HEADLINE[code] in (article.title, *article.paragraphs), code
        # The bars themselves still go.
        assert set(bar) <= {removal.text for removal in article.removed}, code


def test_a_headline_the_story_does_not_name_still_goes() -> None:
    other = "Storm closes the harbour for a whole week"
    bar = SHARE_BAR["en"]
    article = clean([*bar, other, *bar, *STORY["en"]])
    assert removed_by(article, "enclosed_block") == [other]


def test_a_short_line_inside_a_share_bar_still_goes() -> None:
    bar = SHARE_BAR["en"]
    article = clean([HEADLINE["en"], *STORY["en"], bar[0], bar[1], "Like us", bar[2], bar[3]])
    assert removed_by(article, "enclosed_block") == ["Like us"]


def test_a_headline_shaped_line_in_a_bar_under_the_story_still_goes() -> None:
    # Below a kept paragraph the line is not at the page's head: a related story's link.
    bar = SHARE_BAR["en"]
    line = "Village hall yodelling capital tickets on sale"
    article = clean([HEADLINE["en"], *STORY["en"], *bar[:2], line, *bar[2:]])
    assert removed_by(article, "enclosed_block") == [line]
