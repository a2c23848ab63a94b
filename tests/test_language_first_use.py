"""`Language`'s patterns are compiled on their first use (`language._CompiledOnFirstUse`):
building a language compiles none, the first use compiles the same pattern the eager build
did and puts it in the field, and reading a field costs a plain slot read (the class has no
``__getattr__``)."""

from __future__ import annotations

import copy
import pickle
import re
from unittest.mock import patch

import attrs
import pytest

from corpusclean import language as language_module
from corpusclean.language import (
    Language,
    load_language,
    load_profile_words,
    load_related_words,
    load_thread_words,
    shipped_languages,
    word_lists,
)

_PATTERN_BUILDERS = language_module._PATTERN_BUILDERS
_CompiledOnFirstUse = language_module._CompiledOnFirstUse


def _fresh_languages() -> list[Language]:
    """A new `Language` (no pattern used yet) for every shipped language and every merged
    set of word lists."""
    merged = [load_thread_words("en"), load_related_words(), load_profile_words()]
    return [
        *(Language(code, **word_lists(code)) for code in shipped_languages()),
        *(attrs.evolve(language) for language in merged),
        Language("xx"),
    ]


def test_every_pattern_field_has_its_builder() -> None:
    annotated = {f.name for f in attrs.fields(Language) if f.type == "re.Pattern[str]"}
    assert annotated == set(_PATTERN_BUILDERS)
    assert len(_PATTERN_BUILDERS) == 29


def test_building_a_language_compiles_no_pattern() -> None:
    words = word_lists("de")
    with patch.object(re, "compile", side_effect=AssertionError("compiled at build")):
        german = Language("de", **words)
    assert all(type(getattr(german, name)) is _CompiledOnFirstUse for name in _PATTERN_BUILDERS)


@pytest.mark.parametrize("language", _fresh_languages(), ids=lambda language: language.code)
def test_a_pattern_compiled_on_first_use_is_the_eager_builds(language: Language) -> None:
    for name, build in _PATTERN_BUILDERS.items():
        expected = build(language)  # the pattern as the eager build made it
        found = getattr(language, name).pattern  # the first use
        assert found == expected.pattern, name
        compiled = getattr(language, name)
        assert type(compiled) is re.Pattern, name  # the field now holds the pattern itself
        assert (compiled.pattern, compiled.flags) == (expected.pattern, expected.flags), name


def test_a_kept_stand_in_serves_the_compiled_pattern() -> None:
    english = Language("en", **word_lists("en"))
    kept = english.greeting  # read before its first use
    assert type(kept) is _CompiledOnFirstUse
    assert kept.fullmatch("Hi Milan,") is not None
    assert english.greeting is kept.compiled()  # the field holds the pattern now
    assert kept.fullmatch("Thanks!") is not None and kept.search("The river") is None
    assert repr(kept) == repr(english.greeting)


def test_pickling_a_language_compiles_nothing_and_keeps_its_patterns() -> None:
    english = Language("en", **word_lists("en"))
    copied = pickle.loads(pickle.dumps(english))
    assert type(english.comment_control) is _CompiledOnFirstUse
    assert copied == english
    assert copied.comment_control.fullmatch("Like · Reply") is not None
    assert type(copied.comment_control) is re.Pattern


def test_a_dunder_name_is_not_looked_for_in_the_pattern() -> None:
    stand_in = Language("en", **word_lists("en")).age
    with pytest.raises(AttributeError):
        stand_in.__wrapped__  # noqa: B018
    assert stand_in._pattern is None  # nothing compiled


def test_a_language_s_attributes_are_read_without_a_getattr_hook() -> None:
    # What keeps a field's read a specialised slot read in CPython (a class ``__getattr__``,
    # as a cached property on a slotted attrs class adds, sends every read the slow way).
    assert not hasattr(Language, "__getattr__")
    assert Language.__getattribute__ is object.__getattribute__
    assert load_language("en").code == "en"


def test_a_stand_in_is_a_pattern_to_isinstance_before_its_first_use() -> None:
    # The field's annotation holds for `isinstance` at every read, and asking compiles
    # nothing; `type()` alone names the stand-in.
    english = Language("en", **word_lists("en"))
    for name in _PATTERN_BUILDERS:
        stand_in = getattr(english, name)
        assert type(stand_in) is _CompiledOnFirstUse, name
        assert isinstance(stand_in, re.Pattern), name
        assert stand_in._pattern is None, name  # still not compiled
    assert isinstance(english.greeting, re.Pattern | str)
    english.greeting.search("Hi")
    assert isinstance(english.greeting, re.Pattern) and type(english.greeting) is re.Pattern


def test_a_kept_stand_in_pickles_and_copies_as_its_pattern_s_stand_in() -> None:
    english = Language("en", **word_lists("en"))
    kept = english.comment_control
    for copied in (pickle.loads(pickle.dumps(kept)), copy.copy(kept), copy.deepcopy(kept)):
        assert type(copied) is _CompiledOnFirstUse
        assert copied.fullmatch("Like · Reply") is not None
    assert kept._pattern is None  # the copies compiled their own
