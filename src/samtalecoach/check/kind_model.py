"""The kind of a question by a small learned model: multinomial naive Bayes over words,
word pairs, the question's opening words and four-letter pieces of words, with weights shipped as JSON.

Inference is plain Python: the score of a kind is its prior plus the weights of the
features found; the confidence is the softmax of the scores. Training
(:func:`train`) is plain Python too, so the shipped weights can be checked by
retraining (``bench/check/train.py``).
"""

from __future__ import annotations

import base64
import json
import math
import sys
from array import array
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
#: Decimals kept in the priors.
DECIMALS = 4
#: Weights are shipped as whole thousandths in 16 bits (base64 in the JSON): reading
#: 75,000 floats from JSON takes longer than the rest of the start-up.
SCALE = 1000
LIMIT = 32767
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
    """Learned weights: a prior per kind and, per feature, a log-probability per kind
    (centred, in thousandths: ``values[row * len(kinds) + kind]``)."""

    kinds: tuple[Kind, ...]
    priors: tuple[float, ...]
    rows: dict[str, int]
    values: array[int]

    def scores(self, text: str) -> list[float]:
        """The log-score of each kind (in ``kinds`` order)."""
        width = len(self.kinds)
        totals = [0] * width
        for feat in features(text):
            row = self.rows.get(feat)
            if row is not None:
                start = row * width
                for index in range(width):
                    totals[index] += self.values[start + index]
        return [prior + total / SCALE for prior, total in zip(self.priors, totals, strict=True)]

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
        data = array("h", self.values)
        if sys.byteorder != "little":
            data.byteswap()
        document = {
            "schema": SCHEMA,
            "kinds": [k.value for k in self.kinds],
            "priors": self.priors,
            "scale": SCALE,
            "features": sorted(self.rows, key=self.rows.__getitem__),
            "weights_int16_le": base64.b64encode(data.tobytes()).decode("ascii"),
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
    values = array("h")
    for f in vocab:
        row = [math.log((per_kind[k][f] + ALPHA) / denominators[k]) for k in kinds]
        # Only differences between kinds decide; centring each row keeps the numbers small.
        mean = sum(row) / len(row)
        values.extend(max(-LIMIT, min(LIMIT, round((v - mean) * SCALE))) for v in row)
    return KindModel(kinds, priors, {f: i for i, f in enumerate(vocab)}, values)


def model_path() -> Path:
    """Where the shipped weights live."""
    return data_dir() / "check" / "kind_model.json"


def parse_model(text: str) -> KindModel:
    """The model from the shipped JSON."""
    document = json.loads(text)
    kinds = tuple(Kind(k) for k in document["kinds"])
    values = array("h")
    values.frombytes(base64.b64decode(document["weights_int16_le"]))
    if sys.byteorder != "little":
        values.byteswap()
    rows = {feature: index for index, feature in enumerate(document["features"])}
    return KindModel(kinds, tuple(document["priors"]), rows, values)


@cache
def shipped_model() -> KindModel:
    """The shipped model, read once per run."""
    return parse_model(model_path().read_text(encoding="utf-8"))
