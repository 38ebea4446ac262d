"""What the shipped kind model is trained on: the bundled banks and the training utterances."""

from __future__ import annotations

from samtalecoach.check.kind_model import KindModel, train
from samtalecoach.check.labelled import load_labelled
from samtalecoach.check.rules import classify_form
from samtalecoach.content.banks import load_banks
from samtalecoach.core.model import Kind
from samtalecoach.core.paths import bundled_bank_files, data_dir


def training_pairs() -> list[tuple[str, Kind]]:
    """(question, kind) pairs: every bank question in both languages, then every question of
    data/check/utterances.yaml (statements have no kind and are left out)."""
    banks = load_banks(bundled_bank_files())
    pairs = [(q.text.da, q.kind) for q in banks.questions] + [(q.text.en, q.kind) for q in banks.questions]
    for item in load_labelled(data_dir() / "check" / "utterances.yaml"):
        if item.kind is not None:
            pairs.append((classify_form(item.text, item.lang).question_text, item.kind))
    return pairs


def train_shipped_model() -> KindModel:
    """The model as shipped in data/check/kind_model.json."""
    return train(training_pairs())
