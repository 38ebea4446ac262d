"""The kind of a question by a small learned model: multinomial naive Bayes over words,
word pairs, the question's opening words and four-letter pieces of words, with weights shipped as JSON.

Inference is plain Python: the score of a kind is its prior plus the weights of the
features found; the confidence is the softmax of the scores. Training
(:func:`train`) is plain Python too, so the shipped weights can be checked by
retraining (``bench/check/train.py``).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from samtalecoach.check.rules import words
from samtalecoach.core.model import Kind
from samtalecoach.core.paths import data_dir

#: Additive smoothing of the word counts.
ALPHA = 0.1
#: Features seen fewer times than this in training are left out of the shipped weights.
MIN_COUNT = 1
#: Decimals kept in the shipped weights (smaller file, same decisions).
DECIMALS = 4
#: Naive Bayes scores are overconfident; the confidence is softmax(score / TEMPERATURE), with
#: TEMPERATURE chosen by cross-validation on the training data (mean confidence ≈ accuracy).
TEMPERATURE = 8.0
SCHEMA = "samtale.check.kind-model/1"


def features(text: str) -> list[str]:
    """The features of a question: its words, neighbouring word pairs, its first two words, and
    the four-letter pieces of its words (Danish compounds and typos share them)."""
    found = words(text)
    feats = [f"w:{w}" for w in found]
    for word in found:
        marked = f"<{word}>"
        feats += [f"c:{marked[i:i + 4]}" for i in range(max(1, len(marked) - 3))]
    feats += [f"b:{a}_{b}" for a, b in zip(found, found[1:], strict=False)]
    if found:
        feats.append(f"f:{found[0]}")
        feats.append(f"f2:{'_'.join(found[:2])}")
    return feats


@dataclass(frozen=True, slots=True)
class KindModel:
    """Learned weights: a prior per kind and, per feature, a log-probability per kind."""

    kinds: tuple[Kind, ...]
    priors: tuple[float, ...]
    weights: dict[str, list[float]]

    def scores(self, text: str) -> list[float]:
        """The log-score of each kind (in ``kinds`` order)."""
        totals = list(self.priors)
        for feat in features(text):
            row = self.weights.get(feat)
            if row is not None:
                for index, value in enumerate(row):
                    totals[index] += value
        return totals

    def predict(self, text: str) -> tuple[Kind, dict[Kind, float]]:
        """The likeliest kind and the confidence of every kind (summing to 1)."""
        scores = [s / TEMPERATURE for s in self.scores(text)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        confidence = {kind: e / total for kind, e in zip(self.kinds, exps, strict=True)}
        best = max(self.kinds, key=lambda k: confidence[k])
        return best, confidence

    def to_json(self) -> str:
        """The weights as the JSON file that is shipped (stable: sorted, rounded)."""
        document = {
            "schema": SCHEMA,
            "kinds": [k.value for k in self.kinds],
            "priors": self.priors,
            "weights": dict(sorted(self.weights.items())),
        }
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def train(examples: Iterable[tuple[str, Kind]]) -> KindModel:
    """Multinomial naive Bayes from (question text, kind) pairs; deterministic."""
    kinds = tuple(Kind)
    per_kind: dict[Kind, Counter[str]] = {k: Counter() for k in kinds}
    docs: Counter[Kind] = Counter()
    for text, kind in examples:
        per_kind[kind].update(features(text))
        docs[kind] += 1
    overall: Counter[str] = Counter()
    for counter in per_kind.values():
        overall.update(counter)
    vocab = sorted(f for f, n in overall.items() if n >= MIN_COUNT)
    size = len(vocab)
    n_docs = sum(docs.values())
    priors = tuple(round(math.log((docs[k] + 1) / (n_docs + len(kinds))), DECIMALS) for k in kinds)
    denominators = {k: sum(per_kind[k][f] for f in vocab) + ALPHA * size for k in kinds}
    weights = {
        f: [round(math.log((per_kind[k][f] + ALPHA) / denominators[k]), DECIMALS) for k in kinds]
        for f in vocab
    }
    # Only differences between kinds decide; centring each row keeps features seen in no
    # kind from pulling every score down, and the file smaller.
    for f, row in weights.items():
        mean = sum(row) / len(row)
        weights[f] = [round(v - mean, DECIMALS) for v in row]
    return KindModel(kinds, priors, weights)


def model_path() -> Path:
    """Where the shipped weights live."""
    return data_dir() / "check" / "kind_model.json"


def parse_model(text: str) -> KindModel:
    """The model from the shipped JSON."""
    document = json.loads(text)
    kinds = tuple(Kind(k) for k in document["kinds"])
    return KindModel(kinds, tuple(document["priors"]), document["weights"])


@cache
def shipped_model() -> KindModel:
    """The shipped model, read once per run."""
    return parse_model(model_path().read_text(encoding="utf-8"))
