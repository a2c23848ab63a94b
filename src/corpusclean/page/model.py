"""Pure-Python inference for the two-stage page-mode line model shipped as JSON weights.

Stage 1 scores each line from its own features (the prior); stage 2 rescores it from its
own features plus the stage-1 scores of its neighbourhood (the context pass). Weights are
trained by scripts/train_page_model.py; inference needs no numerical library.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import chain
from types import ModuleType
from typing import Any

from ..text import tokens
from .context import CONTEXT_NAMES, context_columns, context_features
from .features import (
    FEATURE_NAMES,
    LineFactsCache,
    feature_rows,
    is_marker,
)
from .floats import left_sum


@lru_cache(maxsize=1)
def _vector_path() -> ModuleType | None:
    """`page.vector` when NumPy is installed, else None; imported on the first scoring, not
    with this module: NumPy and the vector path cost about 85 ms of a process's start
    (issue #8), which a process that scores no page (article mode, auto mode on text that
    is no page) never needs. Cached: the answer is the installation's, fixed for a process."""
    try:
        from . import vector
    except ImportError:  # NumPy is optional: the pure-Python loops give the same floats
        return None
    return vector


class LinearLayer:
    """One logistic-regression layer: weights already divided by the training std."""

    __slots__ = ("bias", "weights")

    def __init__(self, weights: Sequence[float], bias: float) -> None:
        self.weights = tuple(float(w) for w in weights)
        self.bias = float(bias)

    def score(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """Return the log-odds of each row; rows must match the weight length."""
        w, b = self.weights, self.bias
        if any(len(row) != len(w) for row in rows):
            raise ValueError(f"a feature row must hold {len(w)} values, like the weights")
        # The products are summed in feature order, as in training: the same floats.
        return [b + left_sum(map(operator.mul, w, row)) for row in rows]

    def score_joined(
        self, rows: Sequence[Sequence[float]], more: Sequence[Sequence[float]]
    ) -> list[float]:
        """The log-odds of each row followed by the matching row of ``more``.

        The same floats as `score` on the joined rows, which are never built: the context
        layers read a line's own features and its context features this way.
        """
        w, b = self.weights, self.bias
        if rows and len(rows[0]) + len(more[0]) != len(w):
            raise ValueError(f"a feature row must hold {len(w)} values, like the weights")
        mul = operator.mul
        return [b + left_sum(map(mul, w, chain(a, c))) for a, c in zip(rows, more, strict=True)]


class PageModel:
    """The shipped model: a prior layer, one or more context layers, and a threshold."""

    __slots__ = ("_arrays", "layers", "threshold")

    def __init__(self, layers: Sequence[LinearLayer], threshold: float) -> None:
        if len(layers) < 2:
            raise ValueError("a page model needs a prior layer and a context layer")
        self.layers, self.threshold = tuple(layers), threshold
        self._arrays: list[tuple[Any, float]] | None = None

    def arrays(self) -> list[tuple[Any, float]]:
        """The layers as (NumPy weights, bias), for `page.vector`; made on first use."""
        if self._arrays is None:
            import numpy as np

            self._arrays = [(np.array(x.weights), x.bias) for x in self.layers]
        return self._arrays

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PageModel:
        """Build a model from the JSON layout the training script writes.

        Why check names: a feature list that drifted from the weights would silently score
        garbage, so a mismatch fails loudly at load time instead.
        """
        if tuple(data["features"]) != FEATURE_NAMES or tuple(data["context"]) != CONTEXT_NAMES:
            raise ValueError("page model was trained on a different feature layout")
        layers = [LinearLayer(x["weights"], x["bias"]) for x in data["layers"]]
        widths = [len(FEATURE_NAMES)] + [len(FEATURE_NAMES) + len(CONTEXT_NAMES)] * len(layers)
        if any(len(x.weights) != n for x, n in zip(layers, widths, strict=False)):
            raise ValueError("page model weights do not match the feature count")
        return cls(layers, float(data["threshold"]))


@lru_cache(maxsize=1)
def load_model() -> PageModel:
    """Load the packaged weights once per process."""
    path = (
        resources.files("corpusclean").joinpath("page").joinpath("data").joinpath("page_model.json")
    )
    return PageModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def prior_features(lines: Sequence[str], cache: LineFactsCache | None = None) -> list[list[float]]:
    """Context-free feature rows for non-blank lines (callers drop blanks first).

    ``cache`` holds the lines' own facts from earlier passes over the same document.
    """
    cache = cache if cache is not None else LineFactsCache()
    return feature_rows(lines, cache.facts_of(lines))


def context_rows(
    prior_rows: Sequence[Sequence[float]],
    prior: Sequence[float],
    lines: Sequence[str],
    n_tokens: Sequence[int] | None = None,
) -> list[list[float]]:
    """Concatenate each line's own features with its neighbourhood features.

    ``n_tokens`` are the lines' token counts, if the caller has them.
    """
    markers = [is_marker(row) for row in prior_rows]
    if n_tokens is None:
        n_tokens = [len(tokens(s)) for s in lines]
    ctx = context_features(prior, n_tokens, markers)
    return [[*a, *b] for a, b in zip(prior_rows, ctx, strict=True)]


def score_lines(
    lines: Sequence[str], model: PageModel, cache: LineFactsCache | None = None
) -> tuple[list[float], list[float]]:
    """Return (prior scores, final context scores) for non-blank lines, both as log-odds.

    Each context layer re-reads the previous layer's scores of the neighbourhood (stacking),
    which lets evidence travel further than one window without a sequence decoder.
    """
    cache = cache if cache is not None else LineFactsCache()
    key = tuple(lines)
    last = cache.last_scores
    # The scores are a function of the lines and the model alone: the page and rule rounds
    # of a document often ask again for the lines a fixed point settled on (when the rules
    # removed none of them), and get the same lists without a second scoring.
    if last is not None and last[0] is model and last[1] == key:
        return list(last[2]), list(last[3])
    vector = _vector_path()
    if vector is not None and lines:
        found = vector.score_lines(lines, model.arrays(), cache)
    else:
        found = score_lines_python(lines, model, cache)
    prior, final = found
    cache.last_scores = (model, key, prior, final)
    return list(prior), list(final)


def score_lines_python(
    lines: Sequence[str], model: PageModel, cache: LineFactsCache
) -> tuple[list[float], list[float]]:
    """`score_lines` in pure Python, one row at a time (the path without NumPy)."""
    facts = cache.facts_of(lines)
    rows = feature_rows(lines, facts)
    n_tokens = [f.n_tokens for f in facts]
    markers = [f.marker for f in facts]  # the same as is_marker of the rows
    prior = model.layers[0].score(rows)
    scores = prior
    for layer in model.layers[1:]:
        context = list(zip(*context_columns(scores, n_tokens, markers), strict=True))
        scores = layer.score_joined(rows, context)
    return prior, scores
