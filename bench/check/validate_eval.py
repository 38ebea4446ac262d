"""Validate bench/check/eval.yaml: keys, allowed values, kind=none iff statement,
no duplicate texts, the minimum counts; print the counts and a few consistency
warnings (question marks vs `stacked`, words before the question vs
`long_lead_in`). Usage: python3 bench/check/validate_eval.py [FILE]"""
import collections
import re
import sys
from pathlib import Path

import yaml

FORMS = {"open", "closed", "helping", "statement"}
KINDS = {"framing", "case_clarifying", "developing", "action_clarifying", "none"}
FLAGS = {"stacked", "why", "leading", "long_lead_in", "fact_check"}
FIELDS = {"job_centre", "family", "disability", "psychiatry", "addiction", "youth", "housing"}
SITUATIONS = {"sick_leave", "mental_health", "addiction", "long_term_unemployment", "youth_education",
              "family_children", "debt", "housing", "disability", "domestic_violence", "crisis_grief",
              "language_culture", "loneliness", None}
KEYS = {"text", "lang", "form", "kind", "flags", "field", "situation"}
WHY = re.compile(r"\b(hvorfor|why|how come)\b|hvordan kan det være", re.I)

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("eval.yaml"))
data = yaml.safe_load(path.read_text(encoding="utf-8"))
us = data["utterances"]
errors, warnings = [], []
for i, u in enumerate(us):
    where = f"#{i} {u.get('text', '')[:60]!r}"
    if set(u) != KEYS:
        errors.append(f"{where}: keys {sorted(set(u) ^ KEYS)}")
        continue
    if not isinstance(u["text"], str) or not u["text"].strip():
        errors.append(f"{where}: empty text")
    if u["lang"] not in {"da", "en"}:
        errors.append(f"{where}: lang {u['lang']}")
    if u["form"] not in FORMS:
        errors.append(f"{where}: form {u['form']}")
    if u["kind"] not in KINDS:
        errors.append(f"{where}: kind {u['kind']}")
    if (u["kind"] == "none") != (u["form"] == "statement"):
        errors.append(f"{where}: kind none iff statement")
    if not isinstance(u["flags"], list) or set(u["flags"]) - FLAGS or len(set(u["flags"])) != len(u["flags"]):
        errors.append(f"{where}: flags {u['flags']}")
    if u["field"] not in FIELDS:
        errors.append(f"{where}: field {u['field']}")
    if u["situation"] not in SITUATIONS:
        errors.append(f"{where}: situation {u['situation']}")
    fl, t = set(u["flags"]), u["text"]
    if u["form"] == "statement" and fl:
        errors.append(f"{where}: a statement carries no flags")
    if "fact_check" in fl and u["form"] != "closed":
        errors.append(f"{where}: fact_check but not closed")
    if "why" in fl and not WHY.search(t):
        warnings.append(f"{where}: why flag without a why-word")
    if WHY.search(t) and "why" not in fl:
        warnings.append(f"{where}: why-word, no why flag (check: success question or embedded?)")
    nq = t.count("?")
    if nq > 1 and "stacked" not in fl:
        errors.append(f"{where}: {nq} question marks but not stacked")
    if "stacked" in fl and nq < 2:
        warnings.append(f"{where}: stacked with {nq} question mark(s) (one sentence or unpunctuated)")
    if u["form"] == "statement" and nq:
        warnings.append(f"{where}: statement with a question mark (rhetorical?)")
    if u["form"] != "statement" and nq:
        # words before the sentence that holds the first question
        head = t[: t.index("?")]
        cut = max(head.rfind(". "), head.rfind(": "), head.rfind("! "))
        before = len(head[: cut + 1].split()) if cut >= 0 else 0
        if "long_lead_in" in fl and before < 21:
            warnings.append(f"{where}: long_lead_in but only {before} words before the question sentence")
        if "long_lead_in" not in fl and before > 16:
            warnings.append(f"{where}: {before} words before the question sentence, no long_lead_in")
texts = collections.Counter(u["text"].strip().lower() for u in us)
errors += [f"duplicate text: {t!r}" for t, n in texts.items() if n > 1]

C = collections.Counter
da = [u for u in us if u["lang"] == "da"]
en = [u for u in us if u["lang"] == "en"]
dq = [u for u in da if u["form"] != "statement"]
need = [("da", len(da), 330), ("en", len(en), 70)]
need += [(f"da form {f}", sum(u["form"] == f for u in da), n)
         for f, n in (("open", 90), ("closed", 70), ("helping", 50), ("statement", 70))]
need += [(f"da kind {k}", sum(u["kind"] == k for u in dq), 45)
         for k in ("framing", "case_clarifying", "developing", "action_clarifying")]
need += [(f"field {f}", sum(u["field"] == f for u in us), 8) for f in sorted(FIELDS)]
need += [(f"situation {s}", sum(u["situation"] == s for u in us), 8) for s in sorted(SITUATIONS - {None})]
errors += [f"too few: {what} = {n} < {m}" for what, n, m in need if n < m]

for lang, xs in (("da", da), ("en", en), ("all", us)):
    print(f"== {lang}: {len(xs)} utterances")
    for key in ("form", "kind", "field", "situation"):
        c = C(str(u[key]) for u in xs)
        print(f"  {key:9}", ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    c = C(f for u in xs for f in u["flags"])
    print("  flags    ", ", ".join(f"{k} {v}" for k, v in sorted(c.items())))
    print(f"  share with flags: {sum(bool(u['flags']) for u in xs) / len(xs):.1%}")
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
