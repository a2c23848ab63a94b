"""Danish, Swedish, Norwegian (Bokmål), Finnish, Polish and Czech: told apart by their own
stoplists, and cleaned with the language-independent detectors and the platform strings only
(no rule file ships for them): never with another language's news rules or English's."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.language import detect_language, stopword_lists
from corpusclean.normalize import normalize_lines
from corpusclean.rules import builtin_languages, load_builtin_rules, load_shared_rules

#: Real-looking running text of each language, written for these tests.
PROSE = {
    "da": (
        "Regeringen vil ikke sige, hvornår den nye plan bliver præsenteret. Det er for "
        "tidligt at sige noget om det, siger ministeren til avisen. Hun forventer, at der "
        "kommer en aftale med partierne efter sommerferien, men hvis forhandlingerne trækker "
        "ud, kan det også blive senere."
    ),
    "sv": (
        "Regeringen vill inte säga när den nya planen ska presenteras. Det är för tidigt att "
        "säga något om det, säger ministern till tidningen. Hon räknar med att det blir en "
        "överenskommelse med partierna efter sommaren, men om förhandlingarna drar ut på "
        "tiden kan det också bli senare."
    ),
    "nb": (
        "Regjeringen vil ikke si når den nye planen blir lagt fram. Det er for tidlig å si "
        "noe om det, sier statsråden til avisen. Hun regner med at det blir en avtale med "
        "partiene etter sommerferien, men hvis forhandlingene trekker ut, kan det også bli "
        "senere."
    ),
    "fi": (
        "Hallitus ei kerro, milloin uusi suunnitelma esitellään. On liian aikaista sanoa "
        "siitä mitään, ministeri sanoo lehdelle. Hän odottaa, että puolueiden kanssa "
        "syntyy sopimus kesän jälkeen, mutta jos neuvottelut venyvät, se voi olla myös "
        "myöhemmin. Tämä ei ole ensimmäinen kerta, kun aikataulu muuttuu."
    ),
    "pl": (
        "Rząd nie chce powiedzieć, kiedy nowy plan zostanie przedstawiony. Jest za wcześnie, "
        "aby o tym mówić, powiedział minister w rozmowie z gazetą. Spodziewa się, że po "
        "wakacjach dojdzie do porozumienia z partiami, ale jeśli rozmowy się przedłużą, może "
        "to być także później."
    ),
    "cs": (
        "Vláda nechce říct, kdy bude nový plán představen. Je příliš brzy o tom mluvit, "
        "řekl ministr v rozhovoru pro noviny. Očekává, že po prázdninách dojde k dohodě se "
        "stranami, ale pokud se jednání protáhnou, může to být také později. Podle něj je "
        "to však jen otázka času."
    ),
}

NEW_LANGUAGES = tuple(PROSE)
#: The languages with a rule file of their own before these stoplists were added.
RULED_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_each_new_language_is_named_by_the_vote(code: str) -> None:
    assert detect_language(PROSE[code]) == code


def test_a_danish_page_is_not_detected_as_dutch() -> None:
    page = "\n".join(
        [
            "Forside",
            "Nyheder",
            "Sport",
            PROSE["da"],
            "Kommunen har endnu ikke besluttet, om den gamle skole skal rives ned eller "
            "bygges om til boliger, og borgerne er delt i to lejre.",
            "Del artiklen",
        ]
    )
    assert detect_language(page) == "da"


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_a_language_without_a_rule_file_gets_the_date_and_shared_rules_only(code: str) -> None:
    # No language's news rules: the date rules (a year and a clock time, no word) and the
    # shape and platform rules every language gets.
    assert code not in builtin_languages()
    expected = {"timestamp_line", "timestamp_pair_line"} | {r.name for r in load_shared_rules()}
    assert {rule.name for rule in load_builtin_rules(code)} == expected
    assert load_builtin_rules(code)[-len(load_shared_rules()) :] == load_shared_rules()
    cleaner = Cleaner(Config(language="auto"))
    lines = normalize_lines(PROSE[code])
    assert cleaner.language_of(lines) == (code, code)
    assert {rule.name for rule in cleaner.rules_for(code).rules} == expected


def test_a_swedish_share_line_is_not_taken_by_the_dutch_or_german_rules() -> None:
    # "Delen" is a Dutch share button; in Swedish "Delen ..." is "the part ...": a line of
    # the story. Before the Swedish stoplist the page was cleaned with another language's
    # rules (or English's); now only the platform rules run on it.
    line = "Delen"
    dutch = Cleaner(Config(language="nl")).clean(PROSE["sv"] + "\n" + line)
    assert line not in dutch.paragraphs  # the Dutch rules take it
    page = PROSE["sv"] + "\n" + line + "\n" + PROSE["sv"].replace("Regeringen", "Partiet")
    article = Cleaner(Config(language="auto")).clean(page)
    assert article.metadata["detected_language"] == "sv"
    assert line in article.paragraphs


@given(st.text(max_size=400))
def test_detection_never_raises(text: str) -> None:
    assert detect_language(text) in (None, *stopword_lists(), "ja", "zh")


def _text_of(code: str, picks: list[int], fillers: list[str]) -> str:
    words = sorted(word for word in stopword_lists()[code] if word.islower())
    mixed = [words[i % len(words)] for i in picks]
    # There are at least as many fillers as picks: each function word gets one after it.
    return " ".join(w for pair in zip(mixed, fillers, strict=False) for w in pair)


@given(
    code=st.sampled_from(RULED_LANGUAGES),
    picks=st.lists(st.integers(0, 10_000), min_size=20, max_size=120),
    fillers=st.lists(st.sampled_from(["xqz", "blorf", "Tnuk", "12", "vrml"]), min_size=120),
)
def test_a_ruled_language_text_is_never_named_as_a_new_language(
    code: str, picks: list[int], fillers: list[str]
) -> None:
    # Text of one language's function words (and words of no list): that language holds
    # every token any list holds, so no new list can out-vote it; a tie is no vote.
    assert detect_language(_text_of(code, picks, fillers)) in (code, None)


#: A Czech story long enough that a heading under it comes late in the document.
_CZECH_STORY = [
    "Vláda schválila nový plán",
    PROSE["cs"],
    "Ministr uvedl, že plán bude stát zhruba dvě miliardy korun a že peníze půjdou "
    "především do menších obcí, kde chybějí školy a lékaři.",
    "Opozice plán kritizuje a tvrdí, že vláda nemá na jeho financování dost peněz a že "
    "rozpočet na příští rok s ním vůbec nepočítá.",
]
#: A news site's footer menu under the story, one of its items the word of a comment heading.
_CZECH_FOOTER = ["Zprávy", "Sport", "Komentáře", "Kultura", "Ekonomika", "Kontakty", "Redakce"]


def _cleaned(lines: list[str]) -> tuple[str, ...]:
    return Cleaner(Config(language="auto")).clean("\n".join(lines)).paragraphs


def test_a_menu_item_comment_heading_does_not_take_the_page_under_it() -> None:
    kept = _cleaned([*_CZECH_STORY, *_CZECH_FOOTER])
    assert "Komentáře" not in kept  # the item's own line still goes
    assert "Kultura" in kept and "Redakce" in kept  # what follows is no thread: it stays


@pytest.mark.parametrize("menu", [["Kommentarer", "Kultur", "Sport"], ["Komentarze", "Kultura"]])
def test_a_menu_item_in_danish_or_polish_does_not_take_the_page_under_it(menu: list[str]) -> None:
    kept = _cleaned([*_CZECH_STORY, *menu, "Kontakt"])
    assert menu[1] in kept and "Kontakt" in kept


def test_a_counted_comment_heading_still_takes_the_thread() -> None:
    thread = ["5 komentářů", "Jan Novák", "To je skandál, vláda nemá peníze ani na nemocnice."]
    kept = _cleaned([*_CZECH_STORY, *thread])
    assert not set(thread) & set(kept)


def test_a_bare_comment_heading_over_a_thread_still_takes_it() -> None:
    thread = [
        "Komentáře",
        "Napsat komentář k Jan Novák Zrušit odpověď na komentář",
        "Jan Novák",
        "To je skandál, vláda nemá peníze ani na nemocnice.",
    ]
    kept = _cleaned([*_CZECH_STORY, *thread])
    assert not set(thread) & set(kept)
