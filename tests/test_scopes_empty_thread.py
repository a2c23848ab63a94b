"""A comment heading that counts zero comments (`detect.restscope.announces_empty_thread`).

An extractor can print a story's comment widget ("Commentaires (0)", "You must be logged in
to comment") above the story itself, under the site's teasers: a rest-scoped comment heading
there took the whole story. A thread counted as empty holds no reader's line, so with a
paragraph under it only the heading goes. Still taken: the same heading at a page's end over
furniture with no paragraph, and a heading that counts comments over the readers' thread.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from detector_runs import kept_and_removed

# Per language: two teasers of the site's other stories (a headline and its first sentence),
# the comment widget's zero-count heading and its login line, then the story: headline and
# two paragraphs.
PAGES = {
    "fr": [
        "Le conseil municipal vote le budget – L'édito de la rédaction",
        "Le budget de la commune a été adopté jeudi soir après trois heures de débats entre la "
        "majorité et les élus de l'opposition.",
        "Commentaires (0)",
        "Vous devez être connecté à votre compte pour pouvoir commenter cet article.",
        "Le club de football fête ses cinquante ans",
        "Le club de football du village a fêté samedi ses cinquante ans en présence de plusieurs "
        "anciens joueurs et du maire de la commune.",
        "Les bénévoles avaient préparé un repas pour plus de deux cents personnes, et la soirée "
        "s'est terminée tard dans la nuit.",
    ],
    "en": [
        "Council sets next year's budget",
        "The district council agreed its budget on Thursday evening after three hours of debate "
        "between the leaders of the two largest groups.",
        "Comments (0)",
        "You must be logged in to post a comment.",
        "Football club celebrates fifty years",
        "The village football club celebrated its fiftieth anniversary on Saturday with former "
        "players, their families and the mayor of the town.",
        "Volunteers had cooked a meal for more than two hundred guests, and the evening went on "
        "until well after midnight.",
    ],
    "de": [
        "Gemeinderat beschließt den Haushalt",
        "Der Gemeinderat hat am Donnerstagabend nach dreistündiger Debatte den Haushalt für das "
        "kommende Jahr mit großer Mehrheit beschlossen.",
        "0 Kommentare",
        "Sie müssen angemeldet sein, um einen Kommentar zu schreiben.",
        "Fußballverein feiert fünfzigsten Geburtstag",
        "Der Fußballverein des Dorfes hat am Samstag sein fünfzigjähriges Bestehen mit früheren "
        "Spielern, ihren Familien und dem Bürgermeister gefeiert.",
        "Die Ehrenamtlichen hatten ein Essen für mehr als zweihundert Gäste vorbereitet, und der "
        "Abend dauerte bis weit nach Mitternacht.",
    ],
}
# The zero-count heading and the story under it start at this line of each page.
HEADING = 2
STORY = 4


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_story_under_a_zero_count_heading_stays(language: str) -> None:
    page = PAGES[language]
    kept, removed = kept_and_removed(page, language)
    for line in page[STORY:]:
        assert line in kept
    assert page[HEADING] in removed


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_counted_heading_over_paragraphs_still_takes_them(language: str) -> None:
    # The same page with a count: the paragraphs under it are the readers' thread, as before.
    page = PAGES[language]
    counted = page[HEADING].replace("0", "3")
    lines = [*page[STORY:], *page[:HEADING], counted, *page[HEADING + 1 : STORY]]
    lines += [page[STORY + 1], page[STORY + 2]]
    _kept, removed = kept_and_removed(lines, language)
    assert counted in removed
    assert lines[-1] in removed and lines[-2] in removed


FOOTER = ["Impressum", "Datenschutz", "Kontakt", "© 2024 Heimatverein"]


def test_a_zero_count_heading_over_furniture_still_takes_the_rest() -> None:
    # No paragraph under the heading: what follows is the page's footer, taken as before.
    page = PAGES["de"]
    lines = [*page[STORY:], page[HEADING], page[HEADING + 1], *FOOTER]
    kept, removed = kept_and_removed(lines, "de")
    assert kept == page[STORY:]
    for line in FOOTER:
        assert line in removed
