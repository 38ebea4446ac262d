"""The interface texts of ``samtale roleplay`` (``key: (Danish, English)``), merged into the
catalogue of ``core.messages``."""

from __future__ import annotations

ROLEPLAY: dict[str, tuple[str, str]] = {
    "rp.help": (
        "Øv en hel samtale med en virtuel borger, der svarer efter, hvordan du spørger, og få "
        "feedback bagefter.\n\n"
        "Eksempler:\n\n"
        "  samtale roleplay\n\n"
        "  samtale roleplay --list\n\n"
        "  samtale roleplay sick-leave-warehouse\n\n"
        "  samtale roleplay sick-leave-warehouse --script replikker.txt --format json\n\n"
        "  samtale roleplay check mine-scenarier/",
        "Practise a whole conversation with a virtual citizen who answers according to how you "
        "ask, and get feedback afterwards.\n\n"
        "Examples:\n\n"
        "  samtale roleplay --lang en\n\n"
        "  samtale roleplay --list --lang en\n\n"
        "  samtale roleplay sick-leave-warehouse --lang en\n\n"
        "  samtale roleplay sick-leave-warehouse --script lines.txt --format json\n\n"
        "  samtale roleplay check my-scenarios/",
    ),
    "rp.play.help": (
        "Spil et scenarie (uden ID: vælg i en menu). Skriv dine replikker; /hjælp foreslår "
        "spørgsmål, /fase går videre til næste fase, /slut afslutter. Ctrl-C afslutter også "
        "og viser feedback på det, du nåede.\n\n"
        "Eksempler:\n\n"
        "  samtale roleplay play sick-leave-warehouse --seed 1\n\n"
        "  samtale roleplay family-decision --exam --output feedback.md",
        "Play a scenario (without an ID: choose from a menu). Type your lines; /help suggests "
        "questions, /phase moves on to the next phase, /end ends. Ctrl-C ends too and shows "
        "feedback on what you did.\n\n"
        "Examples:\n\n"
        "  samtale roleplay play sick-leave-warehouse --seed 1 --lang en\n\n"
        "  samtale roleplay family-decision --exam --output feedback.md --lang en",
    ),
    "rp.check.help": (
        "Tjek scenarier til rollespil (til undervisere): skemaet, at hver betroelse kan nås, at "
        "borgeren ikke går i stå, og at hun har et svar på alt.\n\n"
        "Eksempler:\n\n"
        "  samtale roleplay check\n\n"
        "  samtale roleplay check mine-scenarier/ --graph",
        "Check role-play scenarios (for teachers): the schema, that every disclosure can be "
        "reached, that the citizen never gets stuck, and that she has a reply to everything.\n\n"
        "Examples:\n\n"
        "  samtale roleplay check --lang en\n\n"
        "  samtale roleplay check my-scenarios/ --graph --lang en",
    ),
    "rp.history.help": (
        "Vis dine gemte rollespil (med --format json: det hele, til eksport).\n\n"
        "Eksempel:\n\n  samtale roleplay history --format json > rollespil.json",
        "List your saved role-plays (with --format json: everything, for export).\n\n"
        "Example:\n\n  samtale roleplay history --format json --lang en > roleplays.json",
    ),
    "rp.arg.scenario": ("Scenariets id (se --list).", "The scenario's id (see --list)."),
    "rp.opt.list": ("Vis scenarierne og afslut.", "List the scenarios and exit."),
    "rp.opt.script": (
        "Spil rådgiverens replikker fra en fil: én pr. linje, /fase og /slut, # for kommentarer.",
        "Play the caseworker's lines from a file: one per line, /phase and /end, # for comments.",
    ),
    "rp.opt.format": (
        "Format for --list (table, plain, json) eller --script (json, markdown, plain).",
        "Format for --list (table, plain, json) or --script (json, markdown, plain).",
    ),
    "rp.opt.seed": ("Gør borgerens valg af svar gentageligt.", "Make the citizen's choice of replies repeatable."),
    "rp.opt.exam": (
        "Eksamen: ingen alliancemåler og ingen etiketter undervejs, kun feedback til sidst.",
        "Exam: no alliance meter and no labels on the way, only feedback at the end.",
    ),
    "rp.opt.output": (
        "Gem feedbacken i en fil: .md, .json, .html eller .docx.",
        "Save the feedback to a file: .md, .json, .html or .docx.",
    ),
    "rp.opt.no_save": (
        "Gem ikke sessionen i din øvelseshistorik.",
        "Do not keep the session in your practice history.",
    ),
    "rp.opt.scenario_dir": (
        "En mappe med dine egne scenarier (kan gentages; også SAMTALE_SCENARIOS).",
        "A folder with your own scenarios (repeatable; also SAMTALE_SCENARIOS).",
    ),
    "rp.opt.graph": (
        "Skriv scenariet som et flowdiagram i formatet 'Mermaid' over tilstande og betroelser.",
        "Print the scenario as a Mermaid diagram of states and disclosures.",
    ),
    "rp.opt.history_format": ("Format: table, plain eller json.", "Format: table, plain or json."),
    "rp.check.arg": (
        "Scenariefiler eller mapper (uden: de medfølgende).",
        "Scenario files or folders (none: the bundled ones).",
    ),
    "rp.menu": ("Hvilket scenarie vil du øve?", "Which scenario do you want to practise?"),
    "rp.difficulty": ("sværhed {n} af 3", "difficulty {n} of 3"),
    "rp.col.id": ("id", "id"),
    "rp.col.title": ("titel", "title"),
    "rp.col.field": ("område", "field"),
    "rp.col.types": ("samtaletype", "conversation type"),
    "rp.col.difficulty": ("sværhed", "difficulty"),
    "rp.field.job_centre": ("jobcenter", "job centre"),
    "rp.field.family": ("børn og familie", "children and families"),
    "rp.field.disability": ("handicap", "disability"),
    "rp.field.psychiatry": ("psykiatri", "psychiatry"),
    "rp.field.addiction": ("misbrug", "addiction"),
    "rp.field.youth": ("unge", "young people"),
    "rp.field.housing": ("bolig og gæld", "housing and debt"),
    "rp.third_party": ("Også til stede", "Also present"),
    "rp.citizen": ("Borgeren", "The citizen"),
    "rp.model_type": ("Modellens valg af samtaletype", "The model's conversation type"),
    "rp.keys": (
        "Skriv det, du vil sige, og tryk Enter. /hjælp foreslår spørgsmål, /fase går til næste fase, "
        "/slut afslutter og giver feedback (det gør Ctrl-C også).",
        "Type what you want to say and press Enter. /help suggests questions, /phase moves to the "
        "next phase, /end ends and gives feedback (so does Ctrl-C).",
    ),
    "rp.you": ("Du", "You"),
    "rp.status_phase": ("Fase: {phase}", "Phase: {phase}"),
    "rp.alliance": ("alliance", "alliance"),
    "rp.phase.start": ("start", "start"),
    "rp.phase.middle": ("midte", "middle"),
    "rp.phase.end": ("afslutning", "end"),
    "rp.phase_now": ("Samtalen er nu i fasen: {phase}.", "The conversation is now in the phase: {phase}."),
    "rp.phase_last": ("Samtalen er allerede i sidste fase ({phase}). Skriv /slut for at afslutte.",
                      "The conversation is already in its last phase ({phase}). Type /end to finish."),
    "rp.unknown_command": (
        "Ukendt kommando {value}. Brug /hjælp, /fase eller /slut.",
        "Unknown command {value}. Use /help, /phase or /end.",
    ),
    "rp.your_line": ("Din replik", "Your line"),
    "rp.thought": ("Efter replik {n}: {text}", "After line {n}: {text}"),
    "rp.script_line": ("{where}", "{where}"),
    "rp.hints": (
        "Spørgsmål, der passer til fasen og samtaletypen:",
        "Questions that fit the phase and the conversation type:",
    ),
    "rp.no_hints": ("Ingen forslag til denne fase.", "No suggestions for this phase."),
    "rp.interrupted": (
        "Afbrudt. Samtalen ({n} replikker) er gemt i din øvelseshistorik.",
        "Interrupted. The conversation ({n} lines) is kept in your practice history.",
    ),
    "rp.saved": ("Feedbacken er gemt i {path}.", "The feedback is saved in {path}."),
    "rp.form.open": ("åbent", "open"),
    "rp.form.closed": ("lukket", "closed"),
    "rp.form.helping": ("hjælpende", "helping"),
    "rp.form.statement": ("udsagn", "statement"),
    "rp.mirrored": ("spejler hendes ord", "mirrors her words"),
    "rp.verdict.too_small": ("for lille forstyrrelse", "too small a disturbance"),
    "rp.verdict.appropriate": ("tilpas forstyrrelse", "appropriate disturbance"),
    "rp.verdict.too_big": ("for stor forstyrrelse", "too big a disturbance"),
    "rp.dim.goals": ("mål", "goals"),
    "rp.dim.tasks": ("opgaver", "tasks"),
    "rp.dim.bond": ("relation", "bond"),
    "rp.dim.openness": ("åbenhed", "openness"),
    "rp.dim.tolerance": ("bæreevne", "tolerance"),
    "rp.none": ("ingen", "none"),
    "rp.missing": ("mangler: {kinds}", "missing: {kinds}"),
    "rp.debrief_title": ("Feedback: {title}", "Feedback: {title}"),
    "rp.h.type": ("Samtaletype efter modellen", "Conversation type by the model"),
    "rp.h.transcript": ("Udskrift", "Transcript"),
    "rp.h.counts": ("Tal", "Counts"),
    "rp.h.kinds": ("Spørgsmålstyper pr. fase", "Kinds of question per phase"),
    "rp.h.alliance": ("Alliancen undervejs", "The alliance over the conversation"),
    "rp.h.disclosures": (
        "Det, hun betroede dig, og det, hun holdt tilbage",
        "What she told you, and what she held back",
    ),
    "rp.h.best": ("Dine tre bedste replikker", "Your three best lines"),
    "rp.h.rework": ("Tre replikker at arbejde videre med", "Three lines to rework"),
    "rp.h.thoughts": ("Det, hun tænkte, men ikke sagde", "What she thought but did not say"),
    "rp.counts": (
        "åbne {open}, lukkede {closed}, hjælpende {helping}, udsagn {statements}",
        "open {open}, closed {closed}, helping {helping}, statements {statements}",
    ),
    "rp.closed_run": ("længste række lukkede spørgsmål: {n}", "longest run of closed questions: {n}"),
    "rp.talk_share": ("din andel af ordene: {pct} %", "your share of the words: {pct}%"),
    "rp.mirrored_n": ("replikker, der spejlede hendes ord: {n}", "lines that mirrored her words: {n}"),
    "rp.reached": ("✓ replik {n}: “{text}”", "✓ line {n}: “{text}”"),
    "rp.missed": (
        "✗ ikke nået. Det, der ville have åbnet det: {move}",
        "✗ not reached. What would have opened it: {move}",
    ),
    "rp.better": ("Prøv fx: “{text}”", "Try, for example: “{text}”"),
    "rp.concern": ("Det, hun bekymrede sig om: {text}", "What she worried about: {text}"),
    "rp.unaware": ("Det, hun ikke vidste: {text}", "What she did not know: {text}"),
    "rp.why.disclosure": (
        "et {kind} spørgsmål, der fik hende til at betro sig",
        "a {kind} question that made her open up",
    ),
    "rp.why.mirrored": ("et {kind} spørgsmål med hendes egne ord", "a {kind} question in her own words"),
    "rp.why.fits": (
        "et {kind} spørgsmål, der passede til fasen ({phase})",
        "a {kind} question that fitted the phase ({phase})",
    ),
    "rp.rework.advice": (
        "et råd, før hun var blevet spurgt om sit eget syn; spørg først med et {kind} spørgsmål",
        "advice before she was asked her own view; ask a {kind} question first",
    ),
    "rp.rework.advice_coaching": (
        "et råd i en coachende samtale, hvor hun selv har svaret; spørg hellere med et {kind} spørgsmål",
        "advice in a coaching conversation, where she holds the answer; ask a {kind} question instead",
    ),
    "rp.rework.too_big": (
        "for stor en forstyrrelse for hende lige nu; et mindre, {kind} spørgsmål",
        "too big a disturbance for her right now; a smaller, {kind} question",
    ),
    "rp.rework.mismatch": (
        "passede ikke til samtaletypen: fortæl først beslutningen, spørg så med et {kind} spørgsmål",
        "did not fit the conversation type: tell the decision first, then ask a {kind} question",
    ),
    "rp.rework.stacked": (
        "flere spørgsmål på én gang; stil ét {kind} spørgsmål",
        "several questions at once; ask one {kind} question",
    ),
    "rp.rework.why": (
        "et hvorfor-spørgsmål får hende til at forsvare sig; prøv et {kind} spørgsmål med hvad eller hvordan",
        "a why-question makes her defend herself; try a {kind} question with what or how",
    ),
    "rp.rework.leading": ("et ledende spørgsmål; spørg åbent ({kind})", "a leading question; ask openly ({kind})"),
    "rp.rework.too_small": (
        "samtalen gik i ring; et {kind} spørgsmål bringer den videre",
        "the conversation went round in circles; a {kind} question moves it on",
    ),
    "rp.rework.closed": ("et lukket spørgsmål; skriv det om til et åbent, {kind} spørgsmål",
                         "a closed question; rewrite it as an open, {kind} question"),
    "rp.rework.helping": (
        "et forslag, før I havde et fælles billede; spørg først med et {kind} spørgsmål",
        "a suggestion before you shared a picture; ask a {kind} question first",
    ),
    "rp.warning": ("advarsel", "warning"),
    "rp.move.phase": ("/fase", "/phase"),
    "rp.move.mirror": ("spejling", "mirroring"),
    "rp.move.closed": ("lukket", "closed"),
    "rp.move.helping": ("hjælpende", "helping"),
    "rp.move.statement": ("udsagn", "statement"),
    "rp.move.advice": ("råd", "advice"),
    "rp.lint.path": ("'{id}' nås på {n} replikker", "'{id}' is reached in {n} lines"),
    "rp.lint.good_end": (
        "en god afslutning (alt betroet, alliancen højere) nås på {n} replikker",
        "a good end (everything told, the alliance higher) is reached in {n} lines",
    ),
    "rp.lint.unreachable": (
        "betroelsen '{id}' ({where}) kan ikke nås på {turns} replikker med nogen række af træk",
        "the disclosure '{id}' ({where}) cannot be reached in {turns} lines by any sequence of moves",
    ),
    "rp.lint.no_good_end": (
        "ingen god afslutning inden for {turns} replikker: alliancen bliver ikke højere, end den begyndte",
        "no good end within {turns} lines: the alliance never ends higher than it began",
    ),
    "rp.lint.dead_end": (
        "blindgyde: efter {path} hjælper intet træk hende videre, heller ikke i næste fase",
        "dead end: after {path} no move helps her on, not in the next phase either",
    ),
    "rp.lint.no_reply": (
        "svaret '{key}' kan komme, men har ingen variant, der passer (giv en uden 'phase' og 'after')",
        "the reply '{key}' can come up but has no variant that fits (give one without phase and after)",
    ),
    "rp.lint.few_variants": (
        "svaret '{key}' har for få varianter ({n} af mindst {wanted}); flere gør et nyt forsøg til mere end en kopi",
        "the reply '{key}' has too few variants ({n} of at least {wanted}); more make a second run more than a copy",
    ),
    "rp.lint.no_think": (
        "svaret '{key}' siger ikke, hvad hun tænker ('think'); feedbacken mister en pointe",
        "the reply '{key}' does not say what she thinks ('think'); the feedback loses a point",
    ),
    "rp.lint.no_disclosures": ("scenariet har ingen betroelser", "the scenario has no disclosures"),
    "rp.check.ok": ("Scenarier i orden: {n}.", "Scenarios without problems: {n}."),
    "rp.check.failed": ("{n} af {total} scenarier har fejl.", "{n} of {total} scenarios have problems."),
    "rp.graph.begin": ("Start", "Start"),
    "rp.graph.turns": ("replikker", "lines"),
    "rp.graph.unreachable": ("kan ikke nås", "unreachable"),
    "rp.graph.good_end": ("God afslutning", "Good end"),
    "rp.history.none": ("Du har ingen gemte rollespil endnu.", "You have no saved role-plays yet."),
    "rp.history.row": (
        "{played}  {title}: alliance {start} → {end}, betroelser {reached}/{total}, {turns} replikker",
        "{played}  {title}: alliance {start} → {end}, disclosures {reached}/{total}, {turns} lines",
    ),
    "error.scenarios": ("{n} fejl i scenarierne.", "{n} problems in the scenarios."),
    "error.rp_unknown": (
        "ukendt scenarie '{value}' (findes: {choices}); se samtale roleplay --list",
        "unknown scenario '{value}' (there are: {choices}); see samtale roleplay --list",
    ),
    "error.rp_none": (
        "der er ingen scenarier; læg YAML-filer i mappen fra --scenario-dir",
        "there are no scenarios; put YAML files in the folder given with --scenario-dir",
    ),
    "error.rp_no_tty": (
        "rollespil kræver en terminal at skrive i. Uden terminal: brug --script FIL med én replik pr. linje.",
        "role-play needs a terminal to type in. Without one: use --script FILE, with one of your lines on each line.",
    ),
    "error.rp_script_id": (
        "--script kræver et scenarie: samtale roleplay ID --script FIL (scenarier: {choices})",
        "--script needs a scenario: samtale roleplay ID --script FILE (scenarios: {choices})",
    ),
    "error.rp_script_command": (
        "{where}: {value} kan ikke bruges i et manuskript (kun /fase og /slut)",
        "{where}: {value} cannot be used in a script (only /phase and /end)",
    ),
    "error.rp_script_empty": (
        "{where}: manuskriptet har ingen replikker (én pr. linje; # er kommentarer)",
        "{where}: the script has no lines to say (one per line; # starts a comment)",
    ),
    "error.rp_output": (
        "--output: kan ikke skrive '{value}' (vælg en af: {choices})",
        "--output: cannot write '{value}' (choose one of: {choices})",
    ),
    "noun.scenario": ("scenarie", "scenario"),
    "noun.disclosure": ("betroelse", "disclosure"),
    "noun.reply_key": ("svarnøgle", "reply key"),
    "p.scenario_dir_missing": (
        "mappen findes ikke (tjek --scenario-dir og SAMTALE_SCENARIOS)",
        "the folder does not exist (check --scenario-dir and SAMTALE_SCENARIOS)",
    ),
    "p.scenario_file_name": (
        "id '{value}' skal være det samme som filens navn ({name})",
        "id '{value}' must be the same as the file's name ({name})",
    ),
    "p.difficulty": ("'difficulty' skal være 1, 2 eller 3, ikke {value}",
                     "'difficulty' must be 1, 2 or 3, not {value}"),
    "p.mapping_of": ("feltet '{key}' skal have felterne: {keys}", "field '{key}' must be a mapping of: {keys}"),
    "p.pseudonym": (
        "'name' skal være ét fornavn (et pseudonym), ikke {value}",
        "'name' must be one first name (a pseudonym), not {value}",
    ),
    "p.levels": (
        "feltet '{key}' skal give niveauer 0-10 for: {dims}",
        "field '{key}' must give levels 0-10 for: {dims}",
    ),
    "p.level": (
        "{key} skal være et helt tal fra 0 til 10, ikke {value}",
        "{key} must be a whole number from 0 to 10, not {value}",
    ),
    "p.words": (
        "'{key}' skal være {{da: [...], en: [...]}} med korte ord eller vendinger på begge sprog",
        "'{key}' must be {{da: [...], en: [...]}} with short words or phrases in both languages",
    ),
    "p.decision_words": (
        "en samtale, hvor beslutningen er truffet, skal have 'decision_words': de ord, der fortæller "
        "beslutningen, {{da: [...], en: [...]}}",
        "a conversation where the decision is made needs 'decision_words': the words that tell the "
        "decision, {{da: [...], en: [...]}}",
    ),
    "p.no_fallback": (
        "'{key}' mangler en variant uden 'phase' og 'after' (den, hun siger, når intet andet passer)",
        "'{key}' needs a variant without 'phase' and 'after' (what she says when nothing else fits)",
    ),
}
