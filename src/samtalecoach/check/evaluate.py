"""Measuring ``samtale check`` against a labelled set: accuracy, per-class precision and
recall, macro-F1, confusion matrices, and how often a statement is called open."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from samtalecoach.check.analyse import analyse
from samtalecoach.check.labelled import Labelled
from samtalecoach.check.rules import Flag, UtteranceForm
from samtalecoach.core.model import Kind

FORM_LABELS = tuple(f.value for f in UtteranceForm)
KIND_LABELS = (*(k.value for k in Kind), "none")


@dataclass(frozen=True, slots=True)
class Scores:
    """How one labelling (form or kind) went: gold and predicted labels side by side."""

    labels: tuple[str, ...]
    gold: tuple[str, ...]
    predicted: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        """Share of items labelled right."""
        return sum(g == p for g, p in zip(self.gold, self.predicted, strict=True)) / max(len(self.gold), 1)

    def confusion(self) -> Counter[tuple[str, str]]:
        """(gold, predicted) -> count."""
        return Counter(zip(self.gold, self.predicted, strict=True))

    def precision_recall(self, label: str) -> tuple[float, float, float, int]:
        """Precision, recall, F1 and support of ``label``."""
        pairs = self.confusion()
        true = pairs[(label, label)]
        predicted = sum(n for (_, p), n in pairs.items() if p == label)
        support = sum(n for (g, _), n in pairs.items() if g == label)
        precision = true / predicted if predicted else 0.0
        recall = true / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, support

    @property
    def macro_f1(self) -> float:
        """The mean F1 over the labels that occur in the gold labels."""
        present = [label for label in self.labels if label in self.gold]
        return sum(self.precision_recall(label)[2] for label in present) / max(len(present), 1)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Form, kind (all items; and questions only) and flags, measured on one labelled set."""

    size: int
    form: Scores
    kind: Scores
    question_kind: Scores
    flags: dict[str, tuple[int, int, int]]

    @property
    def statement_called_open(self) -> float:
        """Share of gold statements that were called open questions."""
        pairs = self.form.confusion()
        statements = sum(n for (g, _), n in pairs.items() if g == "statement")
        return pairs[("statement", "open")] / statements if statements else 0.0


def evaluate(items: Sequence[Labelled]) -> Evaluation:
    """Run the analyser (with the language as labelled) on every item and compare."""
    gold_form, got_form, gold_kind, got_kind = [], [], [], []
    flag_counts: dict[str, list[int]] = {flag.value: [0, 0, 0] for flag in Flag}
    for item in items:
        result = analyse(item.text, item.lang)
        gold_form.append(item.form.value)
        got_form.append(result.form.value)
        gold_kind.append(item.kind.value if item.kind else "none")
        got_kind.append(result.kind.value if result.kind else "none")
        for flag in Flag:
            gold, got = flag in item.flags, flag in result.flags
            # true positives, false positives, false negatives
            flag_counts[flag.value][0] += gold and got
            flag_counts[flag.value][1] += got and not gold
            flag_counts[flag.value][2] += gold and not got
    questions = [i for i, g in enumerate(gold_kind) if g != "none"]
    return Evaluation(
        len(items),
        Scores(FORM_LABELS, tuple(gold_form), tuple(got_form)),
        Scores(KIND_LABELS, tuple(gold_kind), tuple(got_kind)),
        Scores(KIND_LABELS, tuple(gold_kind[i] for i in questions), tuple(got_kind[i] for i in questions)),
        {name: (c[0], c[1], c[2]) for name, c in flag_counts.items()},
    )


def _matrix(scores: Scores) -> list[str]:
    pairs = scores.confusion()
    labels = [label for label in scores.labels if label in scores.gold or label in scores.predicted]
    corner = "gold \\ predicted"
    width = max(len(corner), *(len(label) for label in labels)) + 1
    lines = [corner.ljust(width) + " ".join(label[:9].rjust(9) for label in labels)]
    for gold in labels:
        lines.append(gold.ljust(width) + " ".join(str(pairs[(gold, p)]).rjust(9) for p in labels))
    return lines


def _per_class(scores: Scores) -> list[str]:
    lines = [f"{'label':<20}{'precision':>10}{'recall':>8}{'F1':>7}{'n':>6}"]
    for label in scores.labels:
        if label in scores.gold or label in scores.predicted:
            precision, recall, f1, support = scores.precision_recall(label)
            lines.append(f"{label:<20}{precision:>10.1%}{recall:>8.1%}{f1:>7.2f}{support:>6}")
    return lines


def report(result: Evaluation, title: str) -> str:
    """The evaluation as a plain-text report (Markdown-friendly: fenced tables)."""
    lines = [
        f"{title}: {result.size} utterances",
        f"form accuracy          {result.form.accuracy:.1%}  (macro-F1 {result.form.macro_f1:.3f})",
        f"kind accuracy (all)    {result.kind.accuracy:.1%}  (macro-F1 {result.kind.macro_f1:.3f})",
        f"kind accuracy (questions only) {result.question_kind.accuracy:.1%}  "
        f"(macro-F1 {result.question_kind.macro_f1:.3f})",
        f"statement called open  {result.statement_called_open:.1%}",
        "", "form per class", *_per_class(result.form),
        "", "form confusion", *_matrix(result.form),
        "", "kind per class (all)", *_per_class(result.kind),
        "", "kind confusion (all)", *_matrix(result.kind),
        "", f"{'flag':<14}{'precision':>10}{'recall':>8}",
    ]
    for name, (tp, fp, fn) in result.flags.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        lines.append(f"{name:<14}{precision:>10.1%}{recall:>8.1%}")
    return "\n".join(lines) + "\n"
