"""`samtale check` domain: form rules, flags, the kind model and its shipped weights."""

from __future__ import annotations

from pathlib import Path

import pytest

from samtalecoach.check.analyse import analyse, clean_utterance
from samtalecoach.check.kind_model import features, model_path, parse_model, train
from samtalecoach.check.labelled import load_labelled
from samtalecoach.check.rules import Flag, UtteranceForm, classify_form, detect_lang
from samtalecoach.check.source import decode
from samtalecoach.check.training import train_shipped_model
from samtalecoach.core.errors import DataError, UsageError
from samtalecoach.core.model import Kind, Lang

from ..conftest import ROOT

FORMS = [
    ("Hvordan har du det med at skulle tilbage?", Lang.DA, UtteranceForm.OPEN),
    ("Fortæl lidt om, hvordan en god dag ser ud.", Lang.DA, UtteranceForm.OPEN),
    ("Kan du fortælle mig om din praktik?", Lang.DA, UtteranceForm.OPEN),
    ("Når du ser tilbage på det sidste år, hvad er du så stolt af?", Lang.DA, UtteranceForm.OPEN),
    ("Har du søgt nogle job siden sidst?", Lang.DA, UtteranceForm.CLOSED),
    ("Det gik godt i praktikken, ikke?", Lang.DA, UtteranceForm.CLOSED),
    ("Hvor gammel er din søn?", Lang.DA, UtteranceForm.CLOSED),
    ("Kunne det være en idé at tale med din læge?", Lang.DA, UtteranceForm.HELPING),
    ("Vil du hellere starte med gælden eller med boligen?", Lang.DA, UtteranceForm.HELPING),
    ("Har du overvejet at tage en uddannelse?", Lang.DA, UtteranceForm.HELPING),
    ("Så du har været sygemeldt i otte uger.", Lang.DA, UtteranceForm.STATEMENT),
    ("Du har ret til at klage over afgørelsen.", Lang.DA, UtteranceForm.STATEMENT),
    ("hvordn gik det med lægen i går", Lang.DA, UtteranceForm.OPEN),
    ("What would a good week look like for you?", Lang.EN, UtteranceForm.OPEN),
    ("Tell me about your week.", Lang.EN, UtteranceForm.OPEN),
    ("Did you go to the appointment?", Lang.EN, UtteranceForm.CLOSED),
    ("How old is your daughter?", Lang.EN, UtteranceForm.CLOSED),
    ("How about we book a follow-up now?", Lang.EN, UtteranceForm.HELPING),
    ("You have the right to appeal.", Lang.EN, UtteranceForm.STATEMENT),
]


@pytest.mark.parametrize(("text", "lang", "form"), FORMS)
def test_form_by_rules(text: str, lang: Lang, form: UtteranceForm) -> None:
    assert classify_form(text, lang).form is form


@pytest.mark.parametrize(("text", "flag"), [
    ("Hvordan går det? Og hvad med søvnen?", Flag.STACKED),
    ("Hvorfor mødte du ikke op?", Flag.WHY),
    ("Er det ikke, fordi du er bange?", Flag.LEADING),
    ("Hvornår startede du i praktikken?", Flag.FACT_CHECK),
    ("Du har fortalt mig, at du har haft det svært i flere måneder, at du ikke sover, og at din "
     "læge har sagt, at du skal tage det roligt, men at du gerne vil i gang. Hvad tænker du selv?",
     Flag.LONG_LEAD_IN),
])
def test_flags(text: str, flag: Flag) -> None:
    assert flag in classify_form(text, Lang.DA).flags


def test_one_question_with_two_clauses_is_not_stacked() -> None:
    assert classify_form("Hvordan går det, og hvad fylder mest?", Lang.DA).flags == ()


def test_language_is_detected() -> None:
    assert detect_lang("What did you do at the weekend?") is Lang.EN
    assert detect_lang("Hvad lavede du i weekenden?") is Lang.DA
    assert detect_lang("???") is Lang.DA


def test_the_model_learns_and_predicts(tmp_path: Path) -> None:
    model = train([("hvad er dit mål", Kind.DEVELOPING), ("hvad skal der ske nu", Kind.ACTION_CLARIFYING),
                   ("hvad er dit mål med livet", Kind.DEVELOPING), ("hvornår gør du det", Kind.ACTION_CLARIFYING)])
    kind, confidence = model.predict("hvad er målet")
    assert kind is Kind.DEVELOPING
    assert abs(sum(confidence.values()) - 1) < 1e-9 and confidence[kind] > 0.5
    assert parse_model(model.to_json()) == model


def test_features_include_words_pairs_and_pieces() -> None:
    found = features("Hvad nu?")
    assert {"w:hvad", "b:hvad_nu", "f:hvad", "c:<hva"} <= set(found)


def test_shipped_weights_are_what_training_gives() -> None:
    assert model_path().read_text(encoding="utf-8") == train_shipped_model().to_json()


def test_the_evaluation_set_is_not_in_the_training_data() -> None:
    train_texts = {u.text.lower() for u in load_labelled(ROOT / "data" / "check" / "utterances.yaml")}
    held_out = {u.text.lower() for u in load_labelled(ROOT / "bench" / "check" / "eval.yaml")}
    assert len(held_out) >= 300 and train_texts & held_out == set()


def test_labelled_files_are_checked_with_lines(tmp_path: Path) -> None:
    bad = tmp_path / "u.yaml"
    bad.write_text("utterances:\n  - text: Hej\n    lang: da\n    form: maybe\n    kind: none\n    flags: []\n",
                   encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_labelled(bad)
    assert caught.value.problems[0].line == 4


def test_analyse_gives_kind_feedback_and_suggestions(bundled: object) -> None:
    from samtalecoach.core.model import Banks

    assert isinstance(bundled, Banks)
    result = analyse("Har du søgt nogle job siden sidst?", Lang.DA, bundled)
    assert result.form is UtteranceForm.CLOSED and result.kind is Kind.CASE_CLARIFYING
    assert result.feedback[0].key == "check.fb.closed"
    assert 1 <= len(result.suggestions) <= 3
    assert all(q.kind is Kind.CASE_CLARIFYING for q in result.suggestions)
    statement = analyse("Du får svar i næste uge.", Lang.DA)
    assert statement.kind is None and statement.confidence == 0 and statement.suggestions == ()


@pytest.mark.parametrize(("text", "key"), [
    ("", "error.check_empty"), ("  ?!… ", "error.check_no_words"), ("ord " * 2500, "error.check_too_long"),
    ("Mit nummer er 010190-1234", "error.cpr"),
])
def test_bad_utterances_are_refused(text: str, key: str) -> None:
    with pytest.raises(UsageError) as caught:
        clean_utterance(text, "x")
    assert caught.value.key == key
    assert "1234" not in str(caught.value.params)


@pytest.mark.parametrize("data", [b"abc\x00def", b"\xff\xfe\xfa", b"ok\x1b[31m"])
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(UsageError) as caught:
        decode(data, "f.txt")
    assert caught.value.key == "error.check_binary"


@pytest.mark.parametrize(("text", "form"), [
    ("Kunne det tænkes, at du er mere træt end doven?", UtteranceForm.HELPING),
    ("Hvad med at vi tager det næste gang?", UtteranceForm.HELPING),
    ("Hvad med weekenderne, hvordan går de?", UtteranceForm.OPEN),
    ("Hvornår mødes vi igen?", UtteranceForm.CLOSED),
    ("Hvornår er uroen mindst?", UtteranceForm.OPEN),
    ("Fra 0 til 10, hvor meget fylder det i dag?", UtteranceForm.OPEN),
    ("Jeg vil gerne starte med at høre, hvad du selv tænker om det.", UtteranceForm.OPEN),
])
def test_form_by_function_not_first_word(text: str, form: UtteranceForm) -> None:
    assert classify_form(text, Lang.DA).form is form


def test_evaluation_counts_and_metrics() -> None:
    from samtalecoach.check.evaluate import Scores, evaluate, report
    from samtalecoach.check.labelled import Labelled

    scores = Scores(("a", "b"), ("a", "a", "b", "b"), ("a", "b", "b", "b"))
    assert scores.accuracy == 0.75
    precision, recall, f1, support = scores.precision_recall("b")
    assert (precision, recall, support) == (2 / 3, 1.0, 2) and abs(f1 - 0.8) < 1e-9
    items = [Labelled("Hvordan går det?", Lang.DA, UtteranceForm.OPEN, Kind.CASE_CLARIFYING, (), 1),
             Labelled("Du får svar i morgen.", Lang.DA, UtteranceForm.OPEN, Kind.CASE_CLARIFYING, (), 2)]
    result = evaluate(items)
    assert result.form.accuracy == 0.5 and result.statement_called_open == 0.0
    assert "form accuracy          50.0%" in report(result, "t")
