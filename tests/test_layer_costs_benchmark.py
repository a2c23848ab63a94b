"""`benchmarks/layer_costs.py`: each row turns off one more layer than the row above it, the
Config of each row turns its layers off, and the table's layer column is the difference of
the rows (no timing is asserted)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import layer_costs

from corpusclean import Cleaner, Config

STORY = (
    "It rained in Paris all day on Monday, and the river rose by a metre overnight, so the "
    "city closed two bridges and asked people to stay at home."
)
DOCUMENT = "\n\n".join(["Storm closes bridges", STORY, "Share this on Facebook", STORY])


def _rules_removed(fields: dict[str, object]) -> set[str]:
    article = Cleaner(Config(**fields)).clean(DOCUMENT)  # type: ignore[arg-type]
    return {removal.rule for removal in article.removed}


def test_each_row_turns_off_one_more_layer_and_keeps_those_above_it_off() -> None:
    rows = layer_costs.layer_configs()
    assert [layer for layer, _ in rows] == [None, *(name for name, _ in layer_costs.LAYERS)]
    assert rows[0][1] == {}
    for (_, above), (_, below), (_, fields) in zip(
        rows, rows[1:], layer_costs.LAYERS, strict=False
    ):
        assert below == {**above, **fields}
    assert layer_costs.layer_configs("page")[-1][1]["mode"] == "page"


def test_the_rows_turn_their_layers_off() -> None:
    removed = [_rules_removed(fields) for _, fields in layer_costs.layer_configs()]
    assert removed[0] == removed[1] == {"share_call", "duplicate_paragraph"}  # rules, no detector
    assert removed[2] == {"duplicate_paragraph"}  # no rules: the share call stays
    assert removed[3] == removed[4] == set()  # no duplicates removed either


def test_the_layer_column_is_what_the_row_turned_off_cost() -> None:
    rows = [
        layer_costs.Row("ftfy.fix_text", None, 0.2),
        layer_costs.Row("everything on", None, 0.4),
        layer_costs.Row("- evidence detectors", "evidence detectors", 0.25),
        layer_costs.Row("- rules", "rules", 0.125),
    ]
    table = layer_costs.format_rows("ascii", rows).splitlines()
    assert table[1].split()[-2:] == ["0.200", "1.00"]  # ftfy: no layer
    assert table[2].split()[-2:] == ["0.400", "0.50"]
    assert table[3].split()[-3:] == ["0.250", "0.80", "0.150"]
    assert table[4].split()[-3:] == ["0.125", "1.60", "0.125"]


def test_the_benchmark_runs_on_a_small_corpus(tmp_path: Path, capsys: object) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"text": "Caf\\u00e9 news.\\n\\nShare this"}\n', encoding="utf-8")
    assert layer_costs.main([str(corpus), "--repeat", "3", "--corpora", "ascii"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "- language identification" in out and "ftfy.fix_text" in out
