"""`corpusclean.integrations.hf` with a real `datasets.Dataset` (the ``hf`` extra)."""

from __future__ import annotations

from functools import partial

import pytest

from corpus_files import need, seed_records
from corpusclean import Cleaner

NAV = (
    "Home\nNews\nWorld\nBusiness\nSport\nWeather\nOpinion\nCulture\nTravel\nVideo\n"
    "Contact us\nAbout us\nLog in\nRegister\nSearch"
)
FOOTER = (
    "Privacy policy\nTerms of use\nCookie settings\nCareers\nAdvertise with us\nSitemap\n"
    "Follow us\nFacebook\nTwitter\nInstagram\nCopyright 2024 Example"
)
BODY = (
    "Alibaba Group executive chairman Jack Ma this week launched the company's first office "
    "in Southeast Asia, in Kuala Lumpur, officials said on Monday.\nThe office will serve "
    "merchants across the region, the company said in a statement."
)


def _rows() -> list[dict[str, str]]:
    """2,100 rows: the seed articles (no flags) until row 1,500, then pages (page-mode)."""
    rows = [{"id": r["id"], "text": r["text"]} for r in seed_records(1500)]
    rows += [{"id": f"p{i}", "text": f"{NAV}\n{BODY}\n{FOOTER}"} for i in range(600)]
    return rows


def test_clean_dataset_keeps_a_fixed_schema_past_the_first_write_batch() -> None:
    datasets = need("datasets")
    from corpusclean.integrations.hf import CLEAN_COLUMNS, clean_dataset

    dataset = datasets.Dataset.from_list(_rows())
    cleaned = clean_dataset(dataset, Cleaner(), num_proc=2)
    assert cleaned.column_names == ["id", "text", *CLEAN_COLUMNS]
    flags = cleaned["flags"]
    first_flagged = next(i for i, row_flags in enumerate(flags) if row_flags)
    assert first_flagged == 1500  # after the first 1,000-row write batch
    assert flags[-1] == ["page-mode"]
    expected = Cleaner().clean(dataset[1]["text"])
    assert cleaned[1]["clean_text"] == expected.render()
    assert cleaned[1]["removed"][0] == expected.removed[0].to_dict()
    assert cleaned[2000]["title"] is None


def test_clean_batch_with_map_and_a_bad_row() -> None:
    datasets = need("datasets")
    from corpusclean.integrations.hf import article_features, clean_batch

    dataset = datasets.Dataset.from_list([{"text": BODY}, {"text": None}])
    features = dataset.features.copy()
    features.update(article_features())
    with pytest.raises(TypeError, match="holds NoneType, not str; drop such rows first"):
        dataset.map(partial(clean_batch, cleaner=Cleaner()), batched=True, features=features)
