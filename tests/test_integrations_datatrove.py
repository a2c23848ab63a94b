"""The datatrove step in a real datatrove pipeline: its local executor, JSONL reader and
writers, on real files. Skipped without the ``datatrove`` extra, except in CI."""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path
from typing import Any

from corpus_files import SEEDS, need
from corpusclean import Cleaner, Config

need("datatrove")
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from corpusclean.integrations.datatrove import CorpuscleanFilter  # noqa: E402


def _read(folder: Path) -> list[dict[str, Any]]:
    records = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
        records.extend(json.loads(line) for line in lines)
    return records


def test_a_datatrove_pipeline_cleans_in_place_and_excludes_what_cleans_to_nothing(
    tmp_path: Path,
) -> None:
    texts = {f"s{n}": path.read_text(encoding="utf-8") for n, path in enumerate(SEEDS[:6])}
    texts["junk"] = "Share this article\nFollow us on Twitter"
    texts["blank"] = "   \n"
    source = tmp_path / "in"
    source.mkdir()
    for part, names in enumerate((list(texts)[:4], list(texts)[4:])):
        lines = [json.dumps({"id": name, "text": texts[name], "title": "kept"}) for name in names]
        (source / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = Config(removal_budget=0.5)
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            CorpuscleanFilter(config, exclusion_writer=JsonlWriter(str(tmp_path / "excluded"))),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    cleaner = Cleaner(config)
    kept = {record["id"]: record for record in _read(tmp_path / "out")}
    assert set(kept) == {name for name in texts if name.startswith("s")}
    for name, record in kept.items():
        article = cleaner.clean(texts[name], id=name)
        assert record["text"] == article.render()
        metadata = record["metadata"]
        assert metadata["title"] == "kept"  # the reader's own metadata stays
        assert metadata["corpusclean_title"] == article.title
        assert metadata["corpusclean_removed"] == [r.to_dict() for r in article.removed]
        assert metadata["corpusclean_flags"] == list(article.flags)
    excluded = {record["id"]: record for record in _read(tmp_path / "excluded")}
    assert {name: r["metadata"]["filter_reason"] for name, r in excluded.items()} == {
        "junk": "emptied",
        "blank": "empty",
    }
    assert excluded["junk"]["text"] == texts["junk"]  # dropped with its original text
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "corpusclean" in s["name"])
    assert step["stats"]["dropped"] == 2 and step["stats"]["forwarded"] == len(kept)


def test_the_step_pickles_without_its_cleaner() -> None:
    step = CorpuscleanFilter(Config(removal_budget=0.2))
    assert step.cleaner.config.removal_budget == 0.2
    again = pickle.loads(pickle.dumps(step))
    assert again._cleaner is None and again.config == step.config
