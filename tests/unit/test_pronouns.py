"""How texts refer to the citizen: hun, han or borgeren, in Danish and English."""

from __future__ import annotations

import re
from datetime import date

import pytest

from samtalecoach.content.guide import load_guide
from samtalecoach.content.tree_loader import load_tree
from samtalecoach.core.model import Banks, Lang, Localized
from samtalecoach.core.pronouns import Citizen, citizen_named, refer, refer_all
from samtalecoach.plan.build import PlanItem, TopicRequest, build_plan
from samtalecoach.plan.export import plan_markdown
from samtalecoach.practice.drills import citizen_of

EXPERT = {"decision_made": False, "frame_in_place": True, "caseworker_must_act": False,
          "citizen_lacks_knowledge": True, "third_party": True}


@pytest.mark.parametrize(("citizen", "expected"), [
    (Citizen.HE, "Han ved det. Spørg ham om hans egne ord, før han svarer."),
    (Citizen.NEUTRAL, "Borgeren ved det. Spørg borgeren om borgerens egne ord, før borgeren svarer."),
    (Citizen.SHE, "Hun ved det. Spørg hende om hendes egne ord, før hun svarer."),
])
def test_danish(citizen: Citizen, expected: str) -> None:
    text = "Hun ved det. Spørg hende om hendes egne ord, før hun svarer."
    assert refer(text, Lang.DA, citizen) == expected
    assert refer("Hundens ejer", Lang.DA, citizen) == "Hundens ejer"  # whole words only


@pytest.mark.parametrize(("text", "he", "neutral"), [
    ("Ask her what she needs.", "Ask him what he needs.", "Ask the citizen what the citizen needs."),
    ("Use her own words, and let her find the answers herself.",
     "Use his own words, and let him find the answers himself.",
     "Use the citizen's own words, and let the citizen find the answers themselves."),
    ("Make room for her reaction; tell her.", "Make room for his reaction; tell him.",
     "Make room for the citizen's reaction; tell the citizen."),
    ("She decides on her behalf? No: on hers.", "He decides on his behalf? No: on his.",
     "The citizen decides on the citizen's behalf? No: on the citizen's."),
])
def test_english_her_is_object_or_possessive_by_what_follows(text: str, he: str, neutral: str) -> None:
    assert refer(text, Lang.EN, Citizen.HE) == he
    assert refer(text, Lang.EN, Citizen.NEUTRAL) == neutral


def test_names() -> None:
    assert citizen_named("Han") is Citizen.HE and citizen_named("the citizen") is Citizen.NEUTRAL
    assert citizen_named("hun") is Citizen.SHE and citizen_named("den") is None


def test_questions_and_own_words_are_not_rewritten() -> None:
    item = PlanItem(Localized("Hvad siger din datter, når hun kommer hjem?", "x"), "q1")
    own = PlanItem.typed("Hvordan har hun det?")
    assert refer_all((item, own), Citizen.HE) == (item, own)


def test_a_plan_about_a_man_says_han_everywhere_it_speaks_of_him(bundled: Banks) -> None:
    guide = load_guide()
    plan = build_plan(bundled, load_tree(), guide, [TopicRequest("Skolen", EXPERT)], today=date(2026, 11, 28),
                      citizen=Citizen.HE)
    markdown = plan_markdown(plan, Lang.DA)
    questions = {i.text.da for s in plan.sections for i in s.items}
    prose = "\n".join(line for line in markdown.splitlines() if not any(q in line for q in questions))
    assert re.search(r"\b(hun|hende|hendes)\b", prose, re.IGNORECASE) is None
    assert re.search(r"\b(han|ham|hans)\b", prose)
    english = "\n".join(line for line in plan_markdown(plan, Lang.EN).splitlines()
                        if not any(q in line for q in {i.text.en for s in plan.sections for i in s.items}))
    assert re.search(r"\b(she|her|hers|herself)\b", english, re.IGNORECASE) is None


def test_a_practice_case_about_a_man_is_told_as_han() -> None:
    assert citizen_of((Localized("En mand i 50'erne. Han er sygemeldt, og han vil gerne tilbage.", "x"),)) is Citizen.HE
    assert citizen_of((Localized("En kvinde. Hun er ny i kommunen.", "x"),)) is Citizen.SHE
    assert citizen_of((Localized("Et forældrepar. De er skuffede, og de håber på hjælp.", "x"),)) is Citizen.NEUTRAL
