"""`Article` and `Removal`: frozen values that validate, render and round-trip."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Article, Removal, model
from corpusclean.model import Block, removal_of_block

texts = st.text(st.characters(codec="utf-8"), max_size=40)


@st.composite
def removals(draw: st.DrawFn) -> Removal:
    start = draw(st.integers(0, 1000))
    return Removal(
        draw(texts), start, draw(st.integers(start + 1, start + 50)), draw(texts), draw(texts)
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=8,
)
articles = st.builds(
    Article,
    id=st.none() | texts,
    title=st.none() | texts,
    paragraphs=st.lists(texts, max_size=5),
    source=st.none() | texts,
    metadata=st.dictionaries(texts, json_values, max_size=3),
    removed=st.lists(removals(), max_size=4),
    flags=st.lists(texts, max_size=3),
)


@given(article=articles)
def test_article_round_trips_through_dict_and_json(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    assert article.to_dict()["text"] == article.text


def test_article_is_frozen_and_converts_sequences() -> None:
    article = Article(paragraphs=["a", "b"], flags=["x"])
    assert article.paragraphs == ("a", "b") and article.flags == ("x",)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.title = "new"  # type: ignore[misc]


def test_paragraphs_must_not_be_a_single_str() -> None:
    with pytest.raises(TypeError, match="single str"):
        Article(paragraphs="one paragraph")  # type: ignore[arg-type]


def test_render_and_text() -> None:
    article = Article(title="Headline", paragraphs=("One.", "Two."))
    assert article.render() == "Headline\n\nOne.\n\nTwo."
    assert article.text == "One.\n\nTwo."
    assert Article(paragraphs=("Only.",)).render() == "Only."


@pytest.mark.parametrize(("start", "end"), [(3, 3), (4, 2), (-1, 2)])
def test_removal_span_is_validated(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="0 <= start < end"):
        Removal("x", start, end, "rule", "reason")


def test_removal_fields_are_type_checked() -> None:
    with pytest.raises(TypeError):
        Removal("x", "1", 2, "rule", "reason")  # type: ignore[arg-type]


# Any field values, plain or not: ints that are bools, str subclasses, bad spans, non-strings.
class _Text(str):
    pass


fields = st.one_of(texts, texts.map(_Text), st.integers(-2, 3), st.booleans(), st.none())


def _built(make: object, *args: object) -> tuple[str, object]:
    try:
        return "ok", make(*args)  # type: ignore[operator]
    except (TypeError, ValueError) as error:
        return type(error).__name__, str(error)


@given(fields, fields, fields, fields, fields)
def test_the_pipelines_removal_of_a_block_is_what_removal_of_block_builds(
    text: object, start: object, end: object, rule: object, reason: object
) -> None:
    block = Block(text, start, end) if isinstance(text, str) else None
    if block is None:
        return
    # The same value, or the same error, as the validated constructor.
    trusted = _built(removal_of_block, block, rule, reason)
    assert trusted == _built(Removal.of_block, block, rule, reason)
    if trusted[0] == "ok":
        made = trusted[1]
        assert isinstance(made, Removal) and attrs.asdict(made) == attrs.asdict(
            Removal.of_block(block, rule, reason)  # type: ignore[arg-type]
        )
        assert hash(made) == hash(Removal.of_block(block, rule, reason))  # type: ignore[arg-type]


@given(
    st.one_of(
        removals(), st.builds(Removal, texts.map(_Text), st.just(0), st.just(1), texts, texts)
    )
)
def test_a_removals_dict_is_attrs_asdict_keys_in_order(removal: Removal) -> None:
    # `Removal.to_dict` spells out what ``attrs.asdict`` gave (the first-written reading):
    # the same keys in the fields' order, the very same values.
    made, reference = removal.to_dict(), attrs.asdict(removal)
    assert list(made) == list(reference) == [field.name for field in attrs.fields(Removal)]
    assert all(made[key] is reference[key] for key in reference)


_texts = st.text(max_size=20)
_removals = st.builds(
    lambda text, start, length, rule: Removal(text, start, start + length, rule, "why"),
    _texts,
    st.integers(0, 50),
    st.integers(1, 3),
    _texts,
)


@given(
    st.one_of(st.none(), _texts),
    st.one_of(st.none(), _texts),
    st.lists(_texts, max_size=4),
    st.one_of(st.none(), _texts),
    st.dictionaries(_texts, st.one_of(st.integers(), _texts), max_size=3),
    st.lists(_removals, max_size=3),
    st.lists(_texts, max_size=2),
    st.booleans(),
)
def test_an_assembled_article_is_the_article_of_its_values(
    id: str | None,
    title: str | None,
    paragraphs: list[str],
    source: str | None,
    metadata: dict[str, object],
    removed: list[Removal],
    flags: list[str],
    as_tuples: bool,
) -> None:
    # title40: `assembled_article` sets the slots of values in their converted form; any
    # other form goes through `Article`'s converters. The two are equal in every field.
    fields = (tuple(paragraphs), tuple(removed), tuple(flags)) if as_tuples else None
    paras, gone, marks = fields or (paragraphs, removed, flags)
    made = model.assembled_article(id, title, paras, source, dict(metadata), gone, marks)  # type: ignore[arg-type]
    reference = Article(id, title, paragraphs, source, dict(metadata), removed, flags)
    assert made == reference
    assert attrs.astuple(made, recurse=False) == attrs.astuple(reference, recurse=False)
    assert made.to_dict() == reference.to_dict()
    assert Article.from_dict(made.to_dict()) == made
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.title = "changed"  # type: ignore[misc]


def test_assembled_article_sets_every_field_and_article_checks_nothing_it_skips() -> None:
    # `model.assembled_article` sets `Article`'s slots by name, skipping its __init__: that is
    # exact only while the class has these fields, in this order, no validator and no
    # post-init hook, and converters that give converted values back. A field or a check
    # added to `Article` must fail here, not be skipped silently by the pipeline's assembly.
    fields = attrs.fields(Article)
    assert [field.name for field in fields] == [
        "id",
        "title",
        "paragraphs",
        "source",
        "metadata",
        "removed",
        "flags",
    ]
    assert all(field.validator is None for field in fields)
    assert not hasattr(Article, "__attrs_post_init__")
    assert not hasattr(Article, "__attrs_pre_init__")
    assert len(model._SET_ARTICLE) == len(fields)
