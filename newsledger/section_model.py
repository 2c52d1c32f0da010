"""A learned second opinion on each body paragraph's section type.

The rules of :mod:`newsledger.sections` type every paragraph first. This model, a
multinomial logistic regression over features of the paragraph and of what the rules
made of it and of its neighbours (:func:`newsledger.sections.paragraph_features`), then
retypes a body paragraph when it is confident (probability at least the model's
``threshold``) of another type. The rules know the page's structure (headings, live
entries, captions); the model has seen how thousands of annotated paragraphs that the
rules typed one way were really typed, in outlet styles the rules were not written for.

The weights are data (``data/section_model.json``), written by :func:`train` from gold
files (``newsledger train-sections``, ``make section-model``); the file records which
gold folders it learned from, so that a split kept for measuring stays out of it.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).parent / "data" / "section_model.json"
# Another model file, or "none" for the rules alone (to compare, or to try a model
# trained on your own gold).
MODEL_ENV = "NEWSLEDGER_SECTION_MODEL"
# The class of a paragraph that is in no gold section (a heading the rules took for a
# paragraph, a line outside the article): the model may say so, and then it keeps the
# rules' type.
NONE = "none"


@dataclass(frozen=True)
class SectionModel:
    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    threshold: float

    def probabilities(self, features: Iterable[str]) -> list[float]:
        z = list(self.bias)
        for f in set(features):
            w = self.weights.get(f)
            if w is not None:
                z = [a + b for a, b in zip(z, w, strict=True)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def retype(self, features: Iterable[str], current: str) -> str:
        """The model's type when it is sure of it, else ``current``."""
        p = self.probabilities(features)
        best = max(range(len(p)), key=p.__getitem__)
        label = self.classes[best]
        if label == NONE or p[best] < self.threshold:
            return current
        return label


def dump_model(data: dict) -> str:
    """The model as JSON text, one feature's weights per line (diffs stay readable)."""
    weights = data["weights"]
    rest = {k: v for k, v in data.items() if k != "weights"}
    lines = [f"  {json.dumps(k)}: {json.dumps(v)}," for k, v in sorted(rest.items())]
    lines.append('  "weights": {')
    items = sorted(weights.items())
    lines += [
        f"    {json.dumps(f)}: {json.dumps(w)}{',' if n < len(items) - 1 else ''}"
        for n, (f, w) in enumerate(items)
    ]
    return "{\n" + "\n".join(lines) + "\n  }\n}\n"


def model_from_json(data: dict) -> SectionModel:
    return SectionModel(
        classes=tuple(data["classes"]),
        weights={f: tuple(w) for f, w in data["weights"].items()},
        bias=tuple(data["bias"]),
        threshold=float(data["threshold"]),
    )


def load_model() -> SectionModel | None:
    """The model :data:`MODEL_ENV` names, else the shipped one; None for "none" or
    where the shipped file is absent (the rules alone then type)."""
    chosen = os.environ.get(MODEL_ENV, "").strip()
    if chosen.lower() == "none":
        return None
    if chosen:
        return _read(Path(chosen), required=True)
    return _read(MODEL_PATH, required=False)


@lru_cache(maxsize=4)
def _read(path: Path, required: bool) -> SectionModel | None:
    if not path.is_file():
        if required:
            raise FileNotFoundError(f"{MODEL_ENV}={path}: no such model file")
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))


def examples_from_gold(pairs: Sequence[tuple[Path, Path]]) -> list[tuple[list[str], str]]:
    """(features, gold type) for every body paragraph of each (gold file, article
    file) pair; a paragraph in no gold section is :data:`NONE`."""
    from newsledger.evaluate import gold_line_types, load_gold
    from newsledger.parse import parse_article
    from newsledger.sections import paragraph_features
    from newsledger.text import decode_bytes, normalize_text

    examples: list[tuple[list[str], str]] = []
    for gold_path, article_path in pairs:
        gold = load_gold(gold_path)
        text = normalize_text(decode_bytes(article_path.read_bytes()).text)
        parsed = parse_article(text)
        typed = gold_line_types(gold)
        date = parsed.head.published_date
        for para, features in paragraph_features(text, parsed.paragraphs, date):
            examples.append((features, typed.get(para.line, NONE)))
    return examples


def train(
    examples: Sequence[tuple[list[str], str]],
    *,
    classes: Sequence[str],
    min_count: int = 3,
    l2: float = 1e-3,
    iterations: int = 600,
    rate: float = 2.0,
    threshold: float = 0.7,
) -> dict:
    """Fit the weights by full-batch gradient descent on the L2-penalised log loss and
    return the model as JSON-ready data. A feature seen fewer than ``min_count`` times
    gets no weight: it would only memorise its paragraphs."""
    import numpy as np

    counts = Counter(f for features, _ in examples for f in set(features))
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: k for k, f in enumerate(vocab)}
    bias = len(vocab)
    # The design matrix is binary and sparse (a paragraph has tens of features out of
    # thousands): each row is kept as the columns it holds, the bias column included,
    # and the products with it are sums over those columns. As a dense matrix the
    # 600 iterations took 20 s.
    held = [sorted({index[f] for f in features if f in index} | {bias}) for features, _ in examples]
    cols = np.fromiter((c for row in held for c in row), dtype=np.intp)
    rows = np.repeat(np.arange(len(held)), [len(row) for row in held])
    starts = np.concatenate(([0], np.cumsum([len(row) for row in held])[:-1]))
    by_col = np.argsort(cols, kind="stable")
    rows_by_col = rows[by_col]
    col_ids, col_starts = np.unique(cols[by_col], return_index=True)
    y = np.eye(len(classes))[[list(classes).index(label) for _, label in examples]]
    w = np.zeros((bias + 1, len(classes)))
    penalty = np.ones((bias + 1, 1))
    penalty[-1] = 0.0  # the bias is not penalised
    grad = np.zeros_like(w)
    for _ in range(iterations):
        z = np.add.reduceat(w[cols], starts, axis=0)  # x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad[:] = 0.0
        grad[col_ids] = np.add.reduceat((p - y)[rows_by_col], col_starts, axis=0)  # x.T @ (p - y)
        w -= rate * (grad / len(examples) + l2 * penalty * w)
    # Four decimals keep the file small and its diffs readable; a weight that rounds
    # to zero everywhere says nothing.
    weights = {
        f: [round(float(v), 4) for v in w[k]]
        for f, k in index.items()
        if any(round(float(v), 4) for v in w[k])
    }
    return {
        "classes": list(classes),
        "threshold": threshold,
        "bias": [round(float(v), 4) for v in w[-1]],
        "weights": weights,
    }
