"""The interface text catalogue: every string a user reads that is not content data.

Each entry is ``key: (Danish, English)``. Content (questions, situations, ...)
carries its own translations in ``data/``. The functions that use it live in
``i18n``.
"""

from __future__ import annotations

from samtalecoach.core.messages_roleplay import ROLEPLAY
from samtalecoach.core.model import ConversationType, Form, Intensity, Kind, Moment, Phase

LABELS: dict[object, tuple[str, str]] = {
    Kind.FRAMING: ("Rammesættende", "Framing"),
    Kind.CASE_CLARIFYING: ("Sagsafklarende", "Case-clarifying"),
    Kind.DEVELOPING: ("Udviklende", "Developing"),
    Kind.ACTION_CLARIFYING: ("Handlingsafklarende", "Action-clarifying"),
    Phase.START: ("start", "start"),
    Phase.MIDDLE: ("midte", "middle"),
    Phase.END: ("slut", "end"),
    ConversationType.ADVISORY_AUTHORITY: ("Myndighedssamtale", "Authority conversation"),
    ConversationType.ADVISORY_DECISION: ("Beslutningen er truffet", "Decision already made"),
    ConversationType.ADVISORY_EXPERT: ("Behov for ekspertviden", "Expert knowledge needed"),
    ConversationType.ADVISORY_HELPER: ("Rådgiver handler", "Caseworker takes action"),
    ConversationType.COACHING: ("Coachende", "Coaching"),
    ConversationType.CO_CREATIVE: ("Samskabende", "Co-creative"),
    Form.OPEN: ("åbent", "open"),
    Form.CLOSED: ("lukket", "closed"),
    Form.HELPING: ("hjælpende", "helping"),
    Intensity.GENTLE: ("nænsom", "gentle"),
    Intensity.MODERATE: ("moderat", "moderate"),
    Intensity.STRONG: ("kraftig", "strong"),
    Moment.BEFORE: ("før", "before"),
    Moment.DURING: ("under", "during"),
    Moment.AFTER: ("efter", "after"),
}

MESSAGES: dict[str, tuple[str, str]] = {
    "app.help": (
        "samtale: samtalecoach til socialt arbejde. Forbered og øv hjælpende samtaler "
        "med borgere: samtaletyper, faser og gode åbne spørgsmål.",
        "samtale: a conversation coach for social work. Prepare and practise helping "
        "conversations with citizens: conversation types, phases and good open questions.",
    ),
    "app.version": ("Vis versionen og afslut.", "Show the version and exit."),
    "questions.help": (
        "Find spørgsmål i spørgsmålsbankerne. Filtrene kan kombineres.\n\n"
        "Eksempler:\n\n"
        "  samtale questions --kind developing --situation stress\n\n"
        "  samtale questions --search praktik --format plain\n\n"
        "  samtale questions -k framing -p start --random 5 --seed 1",
        "Find questions in the question banks. Filters combine.\n\n"
        "Examples:\n\n"
        "  samtale questions --kind developing --situation stress\n\n"
        "  samtale questions --search internship --lang en --format plain\n\n"
        "  samtale questions -k framing -p start --random 5 --seed 1",
    ),
    "situations.help": (
        "Vis livssituationerne med omsorgsnoter til rådgiveren.\n\n"
        "Eksempel:\n\n  samtale situations --format plain",
        "List the life situations with care notes for the caseworker.\n\n"
        "Example:\n\n  samtale situations --lang en --format plain",
    ),
    "banks.help": ("Arbejd med spørgsmålsbankerne.", "Work with the question banks."),
    "banks.check.help": (
        "Valider bankerne og vis dækningen (type, fase, samtaletype, situation). "
        "Afslutter med kode 1 ved fejl.\n\n"
        "Eksempel:\n\n  samtale banks check ./mine-spørgsmål",
        "Validate the banks and show their coverage (kind, phase, conversation type, "
        "situation). Exits with code 1 on errors.\n\n"
        "Example:\n\n  samtale banks check ./my-questions",
    ),
    "opt.kind": ("Spørgsmålstype (kan gentages): {choices}.", "Question kind (repeatable): {choices}."),
    "opt.phase": ("Fase (kan gentages): {choices}.", "Phase (repeatable): {choices}."),
    "opt.type": (
        "Samtaletype (kan gentages): {choices}.",
        "Conversation type (repeatable): {choices}.",
    ),
    "opt.situation": (
        "Livssituation: id, alias eller navn, fx stress, gæld, bolig (kan gentages). "
        "Generelle spørgsmål kommer med, efter de særlige.",
        "Life situation: id, alias or name, e.g. stress, debt (repeatable). "
        "General questions are included after the specific ones.",
    ),
    "opt.specific": (
        "Kun spørgsmål, der er skrevet til den valgte situation.",
        "Only questions written for the chosen situation.",
    ),
    "opt.form": ("Form (kan gentages): {choices}.", "Form (repeatable): {choices}."),
    "opt.intensity": (
        "Intensitet/forstyrrelse (kan gentages): {choices}.",
        "Intensity/disturbance (repeatable): {choices}.",
    ),
    "opt.search": (
        "Søg i teksten; store/små bogstaver, accenter og ae/oe/aa er ligegyldige, og små stavefejl tilgives.",
        "Search the text; case, accents and ae/oe/aa do not matter, and small typos are forgiven.",
    ),
    "opt.random": (
        "Vis N tilfældige spørgsmål blandt fundene.",
        "Show N random questions among the matches.",
    ),
    "opt.seed": ("Frø til --random, så udvalget kan gentages.", "Seed for --random, for a repeatable pick."),
    "opt.lang": (
        "Sprog: da eller en (også SAMTALE_LANG).",
        "Language: da or en (also SAMTALE_LANG).",
    ),
    "opt.format": (
        "Format: table (farver, grupperet), plain (skærmlæser og rør), markdown, json. "
        "Standard: table i en terminal, ellers plain.",
        "Format: table (colour, grouped), plain (screen readers and pipes), markdown, json. "
        "Default: table in a terminal, plain otherwise.",
    ),
    "opt.bank_dir": (
        "Ekstra mappe med egne banker (kan gentages; også SAMTALE_BANKS).",
        "Extra directory with your own banks (repeatable; also SAMTALE_BANKS).",
    ),
    "arg.check_dirs": (
        "Mapper med egne banker, der tjekkes sammen med de indbyggede.",
        "Directories with your own banks, checked together with the bundled ones.",
    ),
    "kind.heading": ("{label} spørgsmål", "{label} questions"),
    "col.id": ("ID", "ID"),
    "col.question": ("Spørgsmål", "Question"),
    "col.phases": ("Fase\nintensitet", "Phase\nintensity"),
    "col.kind": ("Spørgsmålstype", "Kind"),
    "col.count": ("Antal", "Count"),
    "col.total": ("I alt", "Total"),
    "col.type": ("Samtaletype", "Conversation type"),
    "col.situation": ("Situation", "Situation"),
    "col.kinds": ("Typer", "Kinds"),
    "mark.specific": ("særligt til situationen", "written for the situation"),
    "group.specific": ("Særligt til situationen", "Written for the situation"),
    "group.general": ("Generelle spørgsmål", "General questions"),
    "no_match": ("Ingen spørgsmål passer til: {what}.", "No questions match: {what}."),
    "no_match.hint": (
        "Tip: fjern et filter, prøv et kortere søgeord, eller se typerne med 'samtale questions --help'.",
        "Hint: drop a filter, try a shorter search word, or see the choices with 'samtale questions --help'.",
    ),
    "situations.title": ("Livssituationer", "Life situations"),
    "situations.aliases": ("Søgeord", "Also found as"),
    "situations.questions": ("{n} spørgsmål skrevet til situationen", "{n} questions written for it"),
    "check.ok": (
        "Alt i orden: {questions} spørgsmål, {situations} situationer, "
        "{reflections} refleksionsspørgsmål i {files} filer.",
        "All good: {questions} questions, {situations} situations, "
        "{reflections} reflection questions in {files} files.",
    ),
    "check.failed": ("{n} fejl i bankerne.", "{n} problems in the banks."),
    "check.by_kind_phase": ("Spørgsmålstype × fase", "Kind × phase"),
    "check.by_type": ("Pr. samtaletype", "Per conversation type"),
    "check.by_situation": ("Pr. situation", "Per situation"),
    "error.prefix": ("fejl", "error"),
    "error.lang": (
        "ukendt sprog '{value}' i {where} (brug da eller en)",
        "unknown language '{value}' in {where} (use da or en)",
    ),
    "error.bank_dir": (
        "{where}: '{path}' er ikke en mappe. Angiv en mappe med .yaml-filer.",
        "{where}: '{path}' is not a directory. Give a directory of .yaml files.",
    ),
    "answers.situation": (
        "ukendt situation '{value}'. Kendte: {known}. Se dem alle med 'samtale situations'.",
        "unknown situation '{value}'. Known: {known}. See them all with 'samtale situations'.",
    ),
    "error.situation": (
        "--situation: ukendt situation '{value}'. Kendte: {known}. Se dem alle med 'samtale situations'.",
        "--situation: unknown situation '{value}'. Known: {known}. See them all with 'samtale situations'.",
    ),
    "error.random": (
        "--random: angiv et antal spørgsmål, 1 eller flere.",
        "--random: give a number of questions, 1 or more.",
    ),
    "error.choice": (
        "{flag}: ukendt værdi '{value}' (forventede {choices})",
        "{flag}: unknown value '{value}' (expected {choices})",
    ),
    "error.format": (
        "--format: ukendt format '{value}' (forventede {choices})",
        "--format: unknown format '{value}' (expected {choices})",
    ),
    "error.missing_fact": (
        "mangler svar på '{fact}' ({question}): angiv yes eller no",
        "missing an answer for '{fact}' ({question}): give yes or no",
    ),
    "error.answers": (
        "svarfil {where}: {message}",
        "answers file {where}: {message}",
    ),
    "answers.not_bool": ("'{value}' er hverken ja eller nej", "'{value}' is not yes or no"),
    "answers.unknown": ("ukendt {noun} '{value}' (tilladt: {allowed})",
                        "unknown {noun} '{value}' (allowed: {allowed})"),
    "answers.topic_mapping": ("skal have en titel og fakta (nøgle: værdi)", "must be a mapping of a title and facts"),
    "answers.mapping": ("skal have felter (nøgle: værdi); se 'samtale plan --help'",
                        "must be a mapping (see 'samtale plan --help')"),
    "answers.topics_list": ("skal være en liste af emner", "must be a list of topics"),
    "answers.topics_or_facts": ("giv enten 'topics' eller fakta øverst i filen, ikke begge dele",
                                "give either 'topics' or the facts at top level, not both"),
    "answers.picks_mapping": ("skal give hver plads (start, topic1.step1, ..., end) en liste",
                              "must map slot keys (start, topic1.step1, ..., end) to lists"),
    "answers.picks_list": ("skal være en liste af spørgsmåls-id'er eller {{own: tekst}}",
                           "must be a list of question IDs or {{own: text}}"),
    "answers.pick_item": ("'{value}' er hverken et spørgsmåls-id eller {{own: tekst}}",
                          "'{value}' is neither a question id nor {{own: text}}"),
    "answers.keywords": ("skal være en liste af ord, fx [gæld, budget]",
                         "must be a list of words, e.g. [debt, budget]"),
    "answers.unknown_question": ("ukendt spørgsmåls-id '{value}'", "unknown question id '{value}'"),
    "error.answers_file": (
        "kan ikke læse svarfilen '{path}': {reason}",
        "cannot read the answers file '{path}': {reason}",
    ),
    "plan.title": ("Samtaleplan", "Conversation plan"),
    "plan.date": ("Dato", "Date"),
    "plan.situation": ("Situation", "Situation"),
    "plan.intensity": ("Forstyrrelse hun kan tage i dag", "Disturbance she can take today"),
    "plan.none": ("ingen særlig", "none in particular"),
    "plan.process": ("Forløb", "Process"),
    "plan.followup": ("Opfølgning fra sidst", "Follow-up from last time"),
    "plan.topics": ("Emner og samtaletyper", "Topics and conversation types"),
    "plan.why": ("Hvorfor", "Why"),
    "plan.note": ("Husk", "Remember"),
    "plan.suggest": ("Overvej også et emne: «{title}» {where}. {why}",
                     "Consider another topic too: '{title}' {where}. {why}"),
    "plan.suggest.before": ("før dette emne", "before this topic"),
    "plan.suggest.after": ("efter dette emne", "after this topic"),
    "tree.goto": ("spørgsmål {number}", "question {number}"),
    "tree.checks": ("Når typen er fundet, spørger planen også (for de nævnte typer):",
                    "Once the type is found, the plan also asks (for the types named):"),
    "plan.override": (
        "Du valgte {chosen}; træet anbefalede {recommended}.",
        "You chose {chosen}; the tree recommended {recommended}.",
    ),
    "plan.recommended": ("Træets anbefaling var {type}: {rationale}", "The tree recommended {type}: {rationale}"),
    "plan.say": ("Sig det åbent", "Say it openly"),
    "plan.transition": ("Overgang til næste emne", "Switching to the next topic"),
    "plan.reflection": ("Refleksion til dig", "Reflection for you"),
    "plan.alliance": ("Borgeralliancen", "The citizen alliance"),
    "plan.notes": ("Noter", "Notes"),
    "plan.topic": ("Emne {n}", "Topic {n}"),
    "plan.no_questions": ("(ingen spørgsmål valgt)", "(no questions chosen)"),
    "plan.own": ("eget spørgsmål", "own question"),
    "phase.start": ("Start", "Start"),
    "phase.middle": ("Midte", "Middle"),
    "phase.end": ("Slut", "End"),
    "answer.yes": ("ja", "yes"),
    "answer.no": ("nej", "no"),
    "error.cpr": (
        "{field}: teksten ligner et CPR-nummer. Skriv aldrig CPR-numre eller fulde navne "
        "her; brug et emne eller et pseudonym.",
        "{field}: the text looks like a CPR number. Never write CPR numbers or full names "
        "here; use a topic or a pseudonym.",
    ),
    "error.data_dir": (
        "datamappen {path} kan ikke bruges ({reason}). Vælg en anden med --data-dir eller SAMTALE_HOME.",
        "the data directory {path} cannot be used ({reason}). Choose another with --data-dir or SAMTALE_HOME.",
    ),
    "error.store_symlink": (
        "{path} er et symbolsk link. Databasen følger ikke links; flyt linket, eller brug --data-dir.",
        "{path} is a symbolic link. The database does not follow links; move the link, or use --data-dir.",
    ),
    "error.store_not_file": (
        "{path} er ikke en almindelig fil (fx en mappe). Flyt den, eller brug --data-dir.",
        "{path} is not a regular file (a directory, say). Move it, or use --data-dir.",
    ),
    "error.write": (
        "{path} kan ikke skrives ({reason}). Intet er skrevet; vælg et andet sted.",
        "{path} cannot be written ({reason}). Nothing was written; choose another place.",
    ),
    "error.write_dir": (
        "{path} er en mappe. Giv et filnavn, fx {path}/plan.md.",
        "{path} is a folder. Give a file name, e.g. {path}/plan.md.",
    ),
    "error.write_no_folder": (
        "mappen {folder} findes ikke, så {path} kan ikke skrives. Opret mappen først, eller vælg en anden.",
        "the folder {folder} does not exist, so {path} cannot be written. Create the folder first, or choose "
        "another.",
    ),
    "reason.access": ("ingen adgang", "no access"),
    "reason.full": ("disken er fuld", "the disk is full"),
    "reason.read_only": ("skrivebeskyttet", "read-only"),
    "reason.not_dir": ("en del af stien er ikke en mappe", "part of the path is not a folder"),
    "reason.is_dir": ("det er en mappe", "it is a folder"),
    "reason.missing": ("findes ikke", "does not exist"),
    "reason.long_name": ("navnet er for langt", "the name is too long"),
    "reason.link": ("for mange symbolske links", "too many symbolic links"),
    "reason.exists": ("findes allerede", "already exists"),
    "reason.other": ("fejlkode {code}", "error code {code}"),
    "error.store_row": (
        "forløbet '{label}' har en gemt værdi, som samtale ikke kan læse (en samtaletype eller en dato); er "
        "databasen ændret uden om "
        "samtale? Eksportér de andre forløb, og slet dette, eller ret værdien.",
        "the process '{label}' holds a stored value samtale cannot read (a conversation type or a date); was "
        "the database changed "
        "outside samtale? Export the other processes, and delete this one, or correct the value.",
    ),
    "reason.a_file": ("det er en fil, ikke en mappe", "it is a file, not a folder"),
    "error.write_draft": (
        "{problem}\nDine svar er gemt som kladde i {draft}\nLav planen igen med:\n    {command} --output ANDEN-FIL",
        "{problem}\nYour answers are saved as a draft in {draft}\nMake the plan again with:\n    {command} --output "
        "OTHER-FILE",
    ),
    "error.cpr_write": (
        "{where}: det, der skulle skrives, indeholder noget, der ligner et CPR-nummer, så intet er skrevet. "
        "Find og ret teksten (et emne, en note, et spørgsmål i en egen bank), og prøv igen.",
        "{where}: what was to be written holds something that looks like a CPR number, so nothing was "
        "written. Find and correct the text (a topic, a note, a question in your own bank), and try again.",
    ),
    "prompt.back": ("← Tilbage", "← Back"),
    "prompt.situation": (
        "Hvilken livssituation er hun i?",
        "Which life situation is she in?",
    ),
    "prompt.no_situation": ("Ingen særlig situation", "No particular situation"),
    "prompt.citizen": ("Hvordan skal planen omtale borgeren?", "How should the plan refer to the citizen?"),
    "prompt.citizen.hun": ("hun", "she"),
    "prompt.citizen.han": ("han", "he"),
    "prompt.citizen.borgeren": ("borgeren", "the citizen"),
    "opt.citizen_form": (
        "Hvordan borgeren omtales i teksterne: hun, han eller borgeren (standard: hun).",
        "How texts refer to the citizen: hun (she), han (he) or borgeren (the citizen); default hun.",
    ),
    "prompt.intensity": (
        "Hvor stor en forstyrrelse kan hun tage i dag?",
        "How big a disturbance can she take today?",
    ),
    "prompt.intensity.gentle": ("hun er presset; hold det nænsomt", "she is under strain; keep it gentle"),
    "prompt.intensity.moderate": ("hun kan tage nye vinkler", "she can take new angles"),
    "prompt.intensity.strong": (
        "alliancen er stærk; der er plads til udfordring",
        "the alliance is strong; there is room for challenge",
    ),
    "prompt.title": (
        "Emne {n}: hvad handler det om? (kort, uden navne)",
        "Topic {n}: what is it about? (short, no names)",
    ),
    "prompt.title_field": ("emnets titel", "topic title"),
    "prompt.keywords": (
        "Nøgleord til emnet, hvis du vil (fx gæld, budget; Enter springer over)",
        "Keywords for the topic, if you like (e.g. debt, budget; Enter skips)",
    ),
    "prompt.title.back": ("skriv < for at gå tilbage", "type < to go back"),
    "prompt.type": ("Hvilken samtaletype vil du bruge?", "Which conversation type will you use?"),
    "prompt.use_recommendation": ("Brug anbefalingen: {type}", "Use the recommendation: {type}"),
    "prompt.use_other": ("Vælg i stedet: {type}", "Choose instead: {type}"),
    "prompt.more_topics": ("Flere emner i samtalen?", "More topics in the conversation?"),
    "prompt.more_topics.no": ("Nej, videre til spørgsmålene", "No, on to the questions"),
    "prompt.more_topics.yes": ("Ja, tilføj et emne", "Yes, add a topic"),
    "prompt.yes_no": ("({keys})", "({keys})"),
    "prompt.yes_no.back": ("({keys}, < går tilbage)", "({keys}, < goes back)"),
    "prompt.suggest.before": ("Tilføj emnet «{title}» før emne {n}?", "Add the topic '{title}' before topic {n}?"),
    "prompt.suggest.after": ("Tilføj emnet «{title}» efter emne {n}?", "Add the topic '{title}' after topic {n}?"),
    "prompt.select.help": ("(piletasterne flytter, Enter vælger)", "(arrow keys move, Enter chooses)"),
    "prompt.picks": ("Vælg spørgsmål", "Choose questions"),
    "prompt.picks.help": (
        "(mellemrumstasten vælger, Enter fortsætter)",
        "(space selects, enter goes on)",
    ),
    "prompt.picks.more": ("+ Vis flere forslag", "+ Show more suggestions"),
    "prompt.picks.own": ("✎ Tilføj mit eget spørgsmål", "✎ Add my own question"),
    "prompt.own": ("Dit eget spørgsmål", "Your own question"),
    "prompt.order": (
        "Rækkefølge: skriv numrene, fx 2 1 3 (Enter beholder den)",
        "Order: type the numbers, e.g. 2 1 3 (enter keeps it)",
    ),
    "prompt.order.invalid": (
        "Skriv hvert tal fra 1 til {n} én gang, eller tryk Enter",
        "Type each number from 1 to {n} once, or press enter",
    ),
    "opt.done": (
        "Et åbent punkt fra en tidligere samtale, der nu er klaret, med sin kode fra 'process show', fx a3 "
        "(kan gentages).",
        "An open item from an earlier conversation that is now done, by its code from 'process show', e.g. a3 "
        "(repeatable).",
    ),
    "opt.process_situation": (
        "Borgerens livssituation (id, alias eller navn); planer for forløbet bruger den.",
        "The citizen's life situation (id, alias or name); plans for the process use it.",
    ),
    "error.done_code": (
        "--done: '{code}' er ikke et åbent punkt i forløbet. Se koderne med 'samtale process show'.",
        "--done: '{code}' is not an open item of the process. See the codes with 'samtale process show'.",
    ),
    "process.done_on": ("klaret {date}", "done {date}"),
    "process.follow_up": ("Følg op", "Follow up"),
    "process.check.caseworker": ("Dit alliancetjek", "Your alliance check"),
    "process.check.citizen": ("Borgerens tjek", "The citizen's check"),
    "process.plans": ("Planer", "Plans"),
    "process.plan_of": ("Plan fra {date}", "Plan of {date}"),
    "process.label": ("Forløb", "Process"),
    "process.last": ("Seneste samtale", "Last conversation"),
    "log.done": ("Hvilke åbne punkter fra tidligere er nu klaret?", "Which open items from before are now done?"),
    "prompt.select.keys": ("(tal eller piletaster, Enter vælger)", "(numbers or arrow keys, Enter chooses)"),
    "prompt.text.back": ("(< går tilbage)", "(< goes back)"),
    "prompt.picks.keys": ("mellemrum vælger, Enter går videre", "space ticks, Enter goes on"),
    "prompt.picks.more_key": ("+ flere forslag", "+ more suggestions"),
    "prompt.picks.own_key": ("n nyt eget spørgsmål", "n new question of your own"),
    "prompt.picks.back_key": ("< tilbage", "< back"),
    "prompt.picks.chosen": ("{n} valgt", "{n} chosen"),
    "prompt.other_path": (
        "Gem i en anden fil (tom = gem ikke; dine svar gemmes som kladde):",
        "Save to another file (empty = do not save; your answers are kept as a draft):",
    ),
    "prompt.overwrite": ("{path} findes allerede. Overskriv?", "{path} already exists. Overwrite?"),
    "plan.help": (
        "Forbered en samtale: beslutningstræet vælger samtaletype for hvert emne, og du "
        "vælger spørgsmål fase for fase. Planen vises og kan gemmes som Markdown, JSON "
        "eller HTML. Skriv aldrig navne eller CPR-numre; brug korte emner.\n\n"
        "Eksempler:\n\n"
        "  samtale plan --output plan.md\n\n"
        "  samtale plan --example\n\n"
        "  samtale plan --answers svar.yaml --no-input --output plan.html\n\n"
        "  samtale plan --show-tree",
        "Prepare a conversation: the decision tree picks a conversation type for each "
        "topic, and you pick questions phase by phase. The plan is shown and can be saved "
        "as Markdown, JSON or HTML. Never write names or CPR numbers; use short topics.\n\n"
        "Examples:\n\n"
        "  samtale plan --lang en --output plan.md\n\n"
        "  samtale plan --example --lang en\n\n"
        "  samtale plan --answers answers.yaml --no-input --output plan.html\n\n"
        "  samtale plan --show-tree --lang en",
    ),
    "opt.answers": (
        "Svarfil (YAML/JSON) med emner og fakta; uden --no-input spørges kun om det, der mangler.",
        "Answers file (YAML/JSON) with topics and facts; without --no-input only what is missing is asked.",
    ),
    "opt.no_input": (
        "Stil ingen spørgsmål; alt skal stå i --answers.",
        "Ask nothing; everything must be in --answers.",
    ),
    "opt.output": (
        "Gem planen i en fil: .md, .json, .html eller .docx (skrives sikkert; overskriver ikke uden --force).",
        "Save the plan to a file: .md, .json, .html or .docx (written safely; never overwrites without --force).",
    ),
    "opt.force": ("Overskriv en eksisterende fil.", "Overwrite an existing file."),
    "opt.example": (
        "Vis en hel plan bygget af et indbygget eksempel.",
        "Show a whole plan built from a bundled example.",
    ),
    "opt.show_tree": ("Tegn beslutningstræet og afslut.", "Draw the decision tree and exit."),
    "opt.plan_format": (
        "Hvad der vises på skærmen: table (standard), markdown eller json.",
        "What is shown on screen: table (default), markdown or json.",
    ),
    "opt.plan_situation": (
        "Livssituation, fx stress, gæld, bolig.",
        "Life situation, e.g. stress, debt, housing.",
    ),
    "opt.plan_intensity": (
        "Hvor stor en forstyrrelse hun kan tage i dag: gentle, moderate eller strong.",
        "How big a disturbance she can take today: gentle, moderate or strong.",
    ),
    "error.no_tty": (
        "samtale plan stiller spørgsmål, men her er ingen terminal. Brug "
        "--answers FIL --no-input (se 'samtale plan --help'), eller prøv --example.",
        "samtale plan asks questions, but there is no terminal here. Use "
        "--answers FILE --no-input (see 'samtale plan --help'), or try --example.",
    ),
    "error.no_topics": (
        "--no-input: svarfilen har ingen emner. Angiv fakta øverst eller en liste under 'topics'.",
        "--no-input: the answers file has no topics. Give the facts at top level or a list under 'topics'.",
    ),
    "error.missing_facts": (
        "--no-input: svarfilen mangler svar (ja/nej) på: {missing}. Tilføj dem, eller kør uden --no-input "
        "for at blive spurgt.",
        "--no-input: the answers file lacks answers (yes/no) for: {missing}. Add them, or run without "
        "--no-input to be asked.",
    ),
    "error.output_suffix": (
        "--output: ukendt filtype '{suffix}' (brug .md, .json, .html eller .docx)",
        "--output: unknown file type '{suffix}' (use .md, .json, .html or .docx)",
    ),
    "error.exists": (
        "{path} findes allerede; brug --force for at overskrive den.",
        "{path} already exists; use --force to overwrite it.",
    ),
    "draft.saved": (
        "Afbrudt. Dine svar er gemt som kladde i {path}\nFortsæt med:\n    {command}",
        "Interrupted. Your answers are saved as a draft in {path}\nGo on with:\n    {command}",
    ),
    "draft.kept": (
        "Afbrudt. Kladden {path} er som før.\nFortsæt med:\n    {command}",
        "Interrupted. The draft {path} is as it was.\nGo on with:\n    {command}",
    ),
    "draft.nothing": ("Afbrudt. Intet var besvaret, så der er ingen kladde.",
                      "Interrupted. Nothing was answered, so there is no draft."),
    "error.exists_draft": (
        "{path} findes allerede og er ikke overskrevet. Dine svar er gemt som kladde i {draft}\n"
        "Lav planen igen med:\n    {command} --output ANDEN-FIL",
        "{path} already exists and was not overwritten. Your answers are saved as a draft in {draft}\n"
        "Make the plan again with:\n    {command} --output OTHER-FILE",
    ),
    "plan.resumed": ("Allerede besvaret", "Already answered"),
    "plan.resumed.picks": ("spørgsmål valgt til {n} dele af samtalen",
                           "questions chosen for {n} parts of the conversation"),
    "plan.resumed.back": ("Med < eller ← Tilbage kan du gå tilbage og ændre dem.",
                          "With < or ← Back you can go back and change them."),
    "plan.drafts.none": ("Ingen kladder.", "No drafts."),
    "plan.drafts.title": (
        "Kladder (de slettes efter {days} dage; fortsæt med samtale plan --answers FIL):",
        "Drafts (removed after {days} days; go on with samtale plan --answers FILE):",
    ),
    "opt.drafts": ("Vis dine gemte kladder og afslut.", "List your saved drafts and exit."),
    "plan.written": ("Planen er gemt i {path}", "The plan is saved in {path}"),
    "error.store_foreign": (
        "{path} er ikke en database fra samtale. Den røres ikke. Flyt den, eller brug --data-dir.",
        "{path} is not a samtale database. It is left untouched. Move it, or use --data-dir.",
    ),
    "error.store_damaged": (
        "databasen {path} kan ikke bruges ({reason}). Den røres ikke; tag en kopi, før du gør noget.",
        "the database {path} cannot be used ({reason}). It is left untouched; copy it before "
        "you do anything.",
    ),
    "error.store_write": (
        "kunne ikke skrive til databasen {path} ({reason}). Intet, der var gemt før, er tabt; prøv igen.",
        "could not write to the database {path} ({reason}). Nothing saved before is lost; try again.",
    ),
    "error.store_newer": (
        "databasen {path} er lavet af en nyere samtale (skema {version}). Opdater samtale.",
        "the database {path} was made by a newer samtale (schema {version}). Update samtale.",
    ),
    "error.label": (
        "ugyldig betegnelse '{label}': brug et pseudonym på højst 40 tegn med bogstaver, tal, "
        "'-', '_' eller '.', uden mellemrum, fx forløb-a eller B-17. Aldrig navne eller CPR-numre.",
        "invalid label '{label}': use a pseudonym of at most 40 characters with letters, digits, "
        "'-', '_' or '.', no spaces, e.g. process-a or B-17. Never names or CPR numbers.",
    ),
    "error.goal_missing": (
        "--goal: angiv det overordnede mål, fx 'ordinær beskæftigelse'.",
        "--goal: give the overall goal, e.g. 'ordinary employment'.",
    ),
    "error.process_exists": (
        "forløbet '{label}' findes allerede; vælg en anden betegnelse.",
        "the process '{label}' already exists; choose another label.",
    ),
    "error.process_unknown": (
        "intet forløb hedder '{label}'. Kendte forløb: {known}",
        "no process is called '{label}'. Known processes: {known}",
    ),
    "dimension.goals": ("mål", "goals"),
    "dimension.tasks": ("opgaver", "tasks"),
    "dimension.bond": ("relation", "bond"),
    "dimension.overall": ("samlet", "overall"),
    "error.score": (
        "{dimension}: '{value}' er ikke et tal fra 0 til 10",
        "{dimension}: '{value}' is not a number from 0 to 10",
    ),
    "error.scores_format": (
        "{flag}: '{value}' skal være mål=N,opgaver=N,relation=N,samlet=N eller fire tal (0-10)",
        "{flag}: '{value}' must be goals=N,tasks=N,bond=N,overall=N or four numbers (0-10)",
    ),
    "error.topic_format": (
        "--topic: '{value}' skal være TITEL=TYPE, fx 'Praktik=co_creative' (typer: {choices})",
        "--topic: '{value}' must be TITLE=TYPE, e.g. 'Internship=co_creative' (types: {choices})",
    ),
    "error.agreed_format": (
        "--agreed: '{value}' skal være HVAD|HVEM|HVORNÅR (HVEM og HVORNÅR kan udelades)",
        "--agreed: '{value}' must be WHAT|WHO|WHEN (WHO and WHEN may be left out)",
    ),
    "error.date": (
        "--date: '{value}' er ikke en dato (ÅÅÅÅ-MM-DD)",
        "--date: '{value}' is not a date (YYYY-MM-DD)",
    ),
    "error.delete_what": (
        "angiv en betegnelse eller --all",
        "give a label or --all",
    ),
    "error.no_topics_logged": (
        "--topic: angiv mindst ét emne med den samtaletype, I brugte, fx --topic 'Praktik=co_creative'",
        "--topic: give at least one topic with the type you used, e.g. --topic 'Internship=co_creative'",
    ),
    "error.confirm_no_tty": (
        "der skal bekræftes, men her er ingen terminal. Brug --yes, hvis du er sikker.",
        "this needs a confirmation, but there is no terminal here. Use --yes if you are sure.",
    ),
    "log.date": ("Dato for samtalen (ÅÅÅÅ-MM-DD)", "Date of the conversation (YYYY-MM-DD)"),
    "log.type_used": (
        "Hvilken samtaletype brugte du til '{title}'?",
        "Which type did you use for '{title}'?",
    ),
    "log.more_topics": ("Var der flere emner?", "Were there more topics?"),
    "log.topic": ("Emne (kort, uden navne)", "Topic (short, no names)"),
    "log.agreed": ("Hvad blev aftalt? (tom = ikke mere)", "What was agreed? (empty = nothing more)"),
    "log.who": ("  Hvem gør det?", "  Who does it?"),
    "log.when": ("  Hvornår?", "  When?"),
    "log.follow_up": (
        "Hvad vil du følge op på næste gang? (tom = ikke mere)",
        "What will you follow up next time? (empty = nothing more)",
    ),
    "log.note": (
        "En kort note (ingen navne eller CPR-numre; tom = ingen)",
        "A short note (no names or CPR numbers; empty = none)",
    ),
    "log.citizen": (
        "Har borgeren selv vurderet samarbejdet (0-10)?",
        "Has the citizen rated the cooperation herself (0-10)?",
    ),
    "log.citizen_prefix": ("Borgerens svar: ", "The citizen's answer: "),
    "error.no_tty_practice": (
        "samtale practice er en øvelse i terminalen, men her er ingen terminal. Se din fremgang med --stats.",
        "samtale practice is a drill in the terminal, but there is no terminal here. "
        "See your progress with --stats.",
    ),
    "process.help": (
        "Følg en borger over flere samtaler: mål og delmål, aftaler, opfølgning og "
        "borgeralliancen. Alt gemmes kun lokalt. Brug en pseudonym betegnelse, aldrig navne "
        "eller CPR-numre.",
        "Follow a citizen over several conversations: goal and sub-goal, agreements, "
        "follow-up and the citizen alliance. Everything is stored locally only. Use a "
        "pseudonymous label, never names or CPR numbers.",
    ),
    "process.new.help": (
        "Opret et forløb.\n\nEksempel:\n\n  samtale process new forløb-a --goal 'Ordinær "
        "beskæftigelse' --subgoal 'Praktik i en butik'",
        "Create a process.\n\nExample:\n\n  samtale process new process-a --goal 'Ordinary "
        "employment' --subgoal 'Internship in a shop'",
    ),
    "process.list.help": (
        "Vis alle forløb.\n\nEksempel:\n\n  samtale process list",
        "List all processes.\n\nExample:\n\n  samtale process list",
    ),
    "process.show.help": (
        "Vis et forløb: tidslinje, alliancen over tid, åbne opfølgninger og advarsler.\n\n"
        "Eksempel:\n\n  samtale process show forløb-a",
        "Show a process: timeline, the alliance over time, open follow-ups and warnings.\n\n"
        "Example:\n\n  samtale process show process-a",
    ),
    "process.log.help": (
        "Registrér en samtale: dato, emner og samtaletyper, aftaler, opfølgning, note og "
        "alliancetjek (0-10).\n\nEksempel:\n\n  samtale process log forløb-a --topic "
        "'Praktik=co_creative' --agreed 'Ringe til butikken|borgeren|fredag' --follow-up "
        "'Hvordan gik første dag' --alliance 7,6,8,7",
        "Record a conversation: date, topics and conversation types, agreements, follow-up, "
        "note and alliance check (0-10).\n\nExample:\n\n  samtale process log process-a "
        "--topic 'Internship=co_creative' --agreed 'Call the shop|citizen|Friday' --follow-up "
        "'How the first day went' --alliance 7,6,8,7",
    ),
    "process.export.help": (
        "Eksportér alt, hvad der er gemt om et forløb (retten til indsigt).\n\n"
        "Eksempel:\n\n  samtale process export forløb-a --format markdown",
        "Export everything stored about a process (the right of access).\n\n"
        "Example:\n\n  samtale process export process-a --format markdown",
    ),
    "process.delete.help": (
        "Slet et forløb (eller --all) for altid; databasen komprimeres bagefter.\n\n"
        "Eksempel:\n\n  samtale process delete forløb-a",
        "Delete a process (or --all) for good; the database is compacted afterwards.\n\n"
        "Example:\n\n  samtale process delete process-a",
    ),
    "opt.data_dir": (
        "Mappe til dine data (også SAMTALE_HOME).",
        "Directory for your data (also SAMTALE_HOME).",
    ),
    "opt.goal": ("Det overordnede mål.", "The overall goal."),
    "opt.subgoal": ("Det nuværende delmål.", "The current sub-goal."),
    "opt.date": (
        "Samtalens dato, ÅÅÅÅ-MM-DD (standard: i dag).",
        "The conversation's date, YYYY-MM-DD (default: today).",
    ),
    "opt.topic": (
        "Emne og brugt samtaletype: TITEL=TYPE (kan gentages).",
        "Topic and type used: TITLE=TYPE (repeatable).",
    ),
    "opt.agreed": ("Aftale: HVAD|HVEM|HVORNÅR (kan gentages).", "Agreement: WHAT|WHO|WHEN (repeatable)."),
    "opt.follow_up": ("Følg op på næste gang (kan gentages).", "To follow up next time (repeatable)."),
    "opt.note": ("En kort note (ingen navne eller CPR-numre).", "A short note (no names or CPR numbers)."),
    "opt.alliance": (
        "Dit alliancetjek: mål=N,opgaver=N,relation=N,samlet=N eller fire tal 0-10.",
        "Your alliance check: goals=N,tasks=N,bond=N,overall=N or four numbers 0-10.",
    ),
    "opt.citizen": ("Borgerens egen vurdering, samme form.", "The citizen's own rating, same form."),
    "opt.all": ("Alle forløb.", "All processes."),
    "opt.all_conversations": (
        "Vis alle samtaler i tidslinjen (ellers de seneste 25 i en terminal).",
        "Show every conversation in the timeline (else the latest 25 in a terminal).",
    ),
    "process.earlier": (
        "… og {n} tidligere samtaler. Se dem alle med 'samtale process show {label} --all' eller "
        "--format plain.",
        "… and {n} earlier conversations. See them all with 'samtale process show {label} --all' or "
        "--format plain.",
    ),
    "opt.yes": ("Spørg ikke først.", "Do not ask first."),
    "opt.process": (
        "Knyt planen til et forløb: vis mål og delmål, og start med opfølgning på sidste aftaler.",
        "Attach the plan to a process: show goal and sub-goal, and start with follow-up on "
        "the last agreements.",
    ),
    "process.log_cancelled": (
        "Afbrudt: intet er gemt. Du kan også registrere med flag, se 'samtale process log --help'.",
        "Interrupted: nothing was stored. You can also record with flags, see 'samtale process log --help'.",
    ),
    "process.created": ("Forløbet '{label}' er oprettet.", "The process '{label}' is created."),
    "process.logged": ("Samtalen er registreret i '{label}'.", "The conversation is recorded in '{label}'."),
    "process.deleted": (
        "{n} forløb er slettet, og databasen er komprimeret.",
        "Processes deleted: {n}. The database is compacted.",
    ),
    "process.confirm_delete": (
        "Slet '{label}' og alt om det for altid?",
        "Delete '{label}' and everything about it for good?",
    ),
    "process.confirm_delete_all": ("Slet ALLE {n} forløb for altid?", "Delete ALL {n} processes for good?"),
    "process.cancelled": ("Intet er slettet.", "Nothing was deleted."),
    "process.none": (
        "Ingen forløb endnu. Opret et med 'samtale process new'.",
        "No processes yet. Create one with 'samtale process new'.",
    ),
    "process.goal": ("Mål", "Goal"),
    "process.subgoal": ("Delmål", "Sub-goal"),
    "process.conversations": ("Samtaler", "Conversations"),
    "process.timeline": ("Tidslinje", "Timeline"),
    "process.alliance": (
        "Alliancen over tid (dit tjek; borgerens i parentes)",
        "The alliance over time (your check; the citizen's in brackets)",
    ),
    "process.followups": ("Følg op næste gang", "Follow up next time"),
    "plan.alliance_warning": ("Alliancen sidst", "The alliance last time"),
    "process.flags": ("Advarsler og forslag", "Warnings and suggestions"),
    "process.no_flags": (
        "Ingen advarsler: alliancen ser stabil ud.",
        "No warnings: the alliance looks steady.",
    ),
    "process.flag.drop": (
        "{name} faldt fra {previous} til {current}.",
        "{name} dropped from {previous} to {current}.",
    ),
    "process.flag.low": ("{name} er {current}, under {low}.", "{name} is {current}, below {low}."),
    "process.flag.her_low": (
        "Hendes eget tjek: {name} {current}, under {low}.",
        "Her own check: {name} {current}, below {low}.",
    ),
    "process.flag.gap": (
        "I ser {name} forskelligt: du giver {previous}, hun giver {current}. Spørg hende, hvad der skal til.",
        "You see {name} differently: you give {previous}, she gives {current}. Ask her what it would take.",
    ),
    "process.question.agreed": (
        "Sidst aftalte vi: {item}. Hvordan er det gået?",
        "Last time we agreed: {item}. How has it gone?",
    ),
    "process.question.mine": (
        "Sidst lovede jeg: {item}. Fortæl hende, hvad der er kommet ud af det.",
        "Last time I promised: {item}. Tell her what has come of it.",
    ),
    "process.question.follow_up": (
        "Sidst ville vi følge op på: {item}. Hvordan står det til nu?",
        "Last time we meant to follow up on: {item}. How are things now?",
    ),
    "process.no_conversations": ("Ingen samtaler registreret endnu.", "No conversations recorded yet."),
    "process.agreed": ("Aftalt", "Agreed"),
    "process.note": ("Note", "Note"),
    "drill.kinds": ("Spørgsmålstyper", "Question kinds"),
    "drill.types": ("Samtaletyper", "Conversation types"),
    "drill.phases": ("Faser", "Phases"),
    "drill.forms": ("Spørgsmålsformer", "Question forms"),
    "drill.disturbance": ("Tilpas forstyrrelse", "Appropriate disturbance"),
    "drill.process": ("Samtaleforløb", "Processes"),
    "drill.rewrite": ("Omskriv til åbent", "Rewrite as open"),
    "about.rewrite": ("dine egne replikker fra rollespil, sagt igen som åbne spørgsmål",
                      "your own lines from role-plays, said again as open questions"),
    "drill.prompt.rewrite": (
        "Sig det igen som ét åbent spørgsmål (uden hvorfor og uden at lede hende):",
        "Say it again as one open question (no why, and without leading her):",
    ),
    "practice.rewrite_wrong": (
        "Ikke helt: det er endnu ikke ét åbent spørgsmål uden hvorfor, uden flere spørgsmål på én gang og "
        "uden at lede.",
        "Not quite: it is not yet one open question without why, without several questions at once and "
        "without leading.",
    ),
    "about.kinds": ("hvilken slags åbent spørgsmål er det?", "which kind of open question is it?"),
    "about.types": ("hvilken samtaletype passer til sagen?", "which conversation type fits the case?"),
    "about.phases": ("hvor i samtalen hører spørgsmålet hjemme?", "where in the conversation does it belong?"),
    "about.forms": ("åbent, lukket eller hjælpende?", "open, closed or helping?"),
    "about.disturbance": ("hvilket opfølgende spørgsmål forstyrrer tilpas?",
                          "which follow-up question disturbs appropriately?"),
    "about.process": ("én sag over flere samtaler: typen for hver",
                      "one case over several conversations: the type of each"),
    "about.all": ("lidt af det hele", "a bit of everything"),
    "practice.keys": (
        "Vælg med tal eller piletaster og Enter. Ctrl-C stopper når som helst; dine svar gemmes løbende.",
        "Choose with numbers or the arrow keys and Enter. Ctrl-C stops at any time; your answers are saved as you go.",
    ),
    "drill.kind.framing": (
        "Rammesættende spørgsmål sætter formål, dagsorden og ramme, eller beder om lov til et emne.",
        "Framing questions set the purpose, agenda and frame, or ask consent to a topic.",
    ),
    "drill.kind.case_clarifying": (
        "Sagsafklarende spørgsmål samler fakta og hendes egen oplevelse.",
        "Case-clarifying questions gather facts and her own experience.",
    ),
    "drill.kind.developing": (
        "Udviklende spørgsmål åbner nye perspektiver: undtagelser, forskelle, andres blik, "
        "skalaer, tidligere succeser, fremtiden.",
        "Developing questions open new perspectives: exceptions, differences, other people's "
        "view, scales, earlier successes, the future.",
    ),
    "drill.kind.action_clarifying": (
        "Handlingsafklarende spørgsmål gør indsigt til næste skridt: hvad, hvem, hvornår.",
        "Action-clarifying questions turn insight into next steps: what, who, when.",
    ),
    "drill.phase.start": (
        "Start: velkomst, formål, ramme og hvad der er vigtigst for hende i dag.",
        "Start: welcome, purpose, frame and what matters most to her today.",
    ),
    "drill.phase.middle": (
        "Midte: først sagsafklarende, så udviklende spørgsmål; uddyb med hendes egne ord.",
        "Middle: case-clarifying first, then developing questions; deepen with her own words.",
    ),
    "drill.phase.end": (
        "Slut: opsummering, næste skridt, opfølgning og feedback på samtalen.",
        "End: summary, next steps, follow-up and feedback on the conversation.",
    ),
    "drill.form.open": (
        "Åbent: hun kan svare med sine egne ord; typisk med et spørgeord som hvad eller "
        "hvordan, eller 'Kan du fortælle ...'.",
        "Open: she can answer in her own words; in Danish typically an hv-word or "
        "'Kan du fortælle ...'.",
    ),
    "drill.form.closed": (
        "Lukket: ja/nej eller et faktum; godt til at tjekke, men det åbner ikke.",
        "Closed: yes/no or a fact; good for checking, but it does not open up.",
    ),
    "drill.form.helping": (
        "Hjælpende: et forslag eller en mulighed i spørgsmålsform.",
        "Helping: a suggestion or an option in question form.",
    ),
    "drill.prompt.kinds": ("Hvilken slags spørgsmål er det?", "What kind of question is it?"),
    "drill.prompt.phases": ("Hvor i samtalen hører det hjemme?", "Where in the conversation does it belong?"),
    "drill.prompt.forms": (
        "Er spørgsmålet åbent, lukket eller hjælpende?",
        "Is the question open, closed or helping?",
    ),
    "drill.prompt.types": (
        "Hvilken samtaletype passer til den kommende samtale?",
        "Which conversation type fits the coming conversation?",
    ),
    "drill.prompt.disturbance": (
        "Hvilket opfølgende spørgsmål er en tilpas forstyrrelse?",
        "Which follow-up question is an appropriate disturbance?",
    ),
    "drill.better_open": ("Et åbent spørgsmål i stedet:", "An open question instead:"),
    "drill.topic_of": ("Emne {n} af {of}: {title}", "Topic {n} of {of}: {title}"),
    "drill.step_of": (
        "{title} · samtale {n} af {of} · mål: {goal}",
        "{title} · conversation {n} of {of} · goal: {goal}",
    ),
    "verdict.too_small": ("For lille", "Too small"),
    "verdict.appropriate": ("Tilpas", "Appropriate"),
    "verdict.too_big": ("For stor", "Too big"),
    "practice.help": (
        "Øv modellen i terminalen: spørgsmålstyper, samtaletyper, faser, former, tilpas "
        "forstyrrelse og samtaleforløb. Fejl kommer hurtigere igen (Leitner-kasser).\n\n"
        "Eksempler:\n\n  samtale practice\n\n  samtale practice types --count 5\n\n"
        "  samtale practice --stats",
        "Practise the model in the terminal: question kinds, conversation types, phases, "
        "forms, appropriate disturbance and processes. Mistakes come back sooner (Leitner "
        "boxes).\n\nExamples:\n\n  samtale practice --lang en\n\n"
        "  samtale practice types --count 5\n\n  samtale practice --stats",
    ),
    "opt.drill": ("Øvelse: {choices} (uden: en menu).", "Drill: {choices} (none: a menu)."),
    "opt.count": ("Antal opgaver i runden.", "Number of tasks in the round."),
    "opt.practice_seed": ("Frø, så runden kan gentages.", "Seed, for a repeatable round."),
    "opt.stats": ("Vis din fremgang pr. øvelse og afslut.", "Show your progress per drill and exit."),
    "opt.reset": ("Slet al din fremgang (spørger først).", "Delete all your progress (asks first)."),
    "practice.menu": ("Hvad vil du øve?", "What would you like to practise?"),
    "practice.all": ("Det hele, blandet", "Everything, mixed"),
    "practice.right": ("✓ Rigtigt.", "✓ Right."),
    "practice.wrong": ("✗ Ikke helt. Rigtigt svar: {answer}", "✗ Not quite. Right answer: {answer}"),
    "practice.you_chose": ("Du valgte {answer}:", "You chose {answer}:"),
    "practice.why": ("Derfor:", "Why:"),
    "practice.score": ("Resultat", "Score"),
    "practice.revisit": (
        "Kig på dem igen (de kommer snart tilbage):",
        "Look at these again (they come back soon):",
    ),
    "practice.interrupted": ("Afbrudt. {n} svar er gemt.", "Interrupted. {n} answers saved."),
    "practice.nothing": ("Ingen opgaver til denne øvelse.", "No tasks for this drill."),
    "practice.stats.title": ("Din fremgang", "Your progress"),
    "practice.stats.answers": ("Svar", "Answers"),
    "practice.stats.right": ("Rigtige", "Right"),
    "practice.stats.seen": ("Set", "Seen"),
    "practice.stats.mastered": ("Mestret", "Mastered"),
    "practice.stats.due": ("Gentag nu", "Due"),
    "practice.stats.rounds": ("Runder", "Rounds"),
    "practice.stats.none": (
        "Ingen svar endnu. Start med 'samtale practice'.",
        "No answers yet. Start with 'samtale practice'.",
    ),
    "practice.reset.confirm": ("Slet al din fremgang for altid?", "Delete all your progress for good?"),
    "practice.reset.done": ("{n} svar og rollespil er slettet, og al fremgang med dem.",
                            "{n} answers and role-plays deleted, with all progress."),
    "practice.roleplays": ("Dine rollespil", "Your role-plays"),
    "practice.roleplay_row": (
        "{played}  {title}: alliance {start} → {end}, betroelser {reached}/{total}, åbne spørgsmål {open} %",
        "{played}  {title}: alliance {start} → {end}, disclosures {reached}/{total}, open questions {open}%",
    ),
    "practice.roleplay_trend": ("Alliancen ved slut, de seneste gange: {spark}",
                                "The alliance at the end, latest sessions: {spark}"),
    "interrupted": ("Afbrudt.", "Interrupted."),
    # Typer's and Click's own words (cli/localize.py).
    "click.usage": ("Brug:", "Usage:"),
    "click.options_metavar": ("[TILVALG]", "[OPTIONS]"),
    "click.commands_metavar": ("KOMMANDO [ARGUMENTER]...", "COMMAND [ARGS]..."),
    "click.arguments": ("Argumenter", "Arguments"),
    "click.options": ("Tilvalg", "Options"),
    "click.commands": ("Kommandoer", "Commands"),
    "click.help_option": ("Vis denne hjælp og afslut.", "Show this help and exit."),
    "click.required": ("skal angives", "required"),
    # Typer fills in the values of these itself: the braces are kept for it.
    "click.default": ("standard: {{default}}", "default: {{default}}"),
    "click.envvar": ("miljøvariabel: {{var}}", "environment variable: {{var}}"),
    "click.deprecated": ("(udfases) ", "(deprecated) "),
    "click.dynamic": ("(beregnes)", "(dynamic)"),
    "click.aborted": ("Afbrudt.", "Aborted."),
    "click.try": ("Se [blue]'{{command_path}} {{help_option}}'[/] for hjælp.",
                  "Try [blue]'{{command_path}} {{help_option}}'[/] for help."),
    "click.missing_command": ("Der mangler en kommando.", "A command is missing."),
    "click.no_command": ("Der er ingen kommando, der hedder {{name!r}}.", "There is no command {{name!r}}."),
    "click.no_option": ("ukendt tilvalg: {option}", "no such option: {option}"),
    "click.did_you_mean": ("(mente du {options}?)", "(did you mean {options}?)"),
    "click.missing": ("{param} mangler", "{param} is missing"),
    "click.bad_value": ("ugyldig værdi for {param}", "invalid value for {param}"),
    "click.bad_option": ("{option} er brugt forkert", "{option} is used wrongly"),
    "click.extra": ("for mange argumenter: {values}", "unexpected extra arguments: {values}"),
    "click.usage_error": ("forkert brug: {message}", "wrong usage: {message}"),
    "click.see_help": ("Se '{command} --help'.", "See '{command} --help'."),
    "meta.text": ("TEKST", "TEXT"),
    "meta.code": ("KODE", "CODE"),
    "meta.date": ("DATO", "DATE"),
    "meta.dir": ("MAPPE", "FOLDER"),
    "meta.file": ("FIL", "FILE"),
    "meta.form": ("FORM", "FORM"),
    "meta.kind": ("SLAGS", "KIND"),
    "meta.label": ("BETEGNELSE", "LABEL"),
    "meta.level": ("NIVEAU", "LEVEL"),
    "meta.phase": ("FASE", "PHASE"),
    "meta.scores": ("POINT", "SCORES"),
    "meta.title_type": ("TITEL=TYPE", "TITLE=TYPE"),
    "meta.agreement": ("HVAD|HVEM|HVORNÅR", "WHAT|WHO|WHEN"),
    "meta.drill": ("ØVELSE", "DRILL"),
    "meta.number": ("TAL", "N"),
    "meta.path": ("STI", "PATH"),
    # --- check (issue 11) ---
    "check.help": (
        "Hvad slags spørgsmål stillede du? Se formen (åbent, lukket, hjælpende eller en udsagnssætning), "
        "typen efter modellen, hvad der kan gøres bedre, og op til tre bedre spørgsmål fra bankerne. "
        "Læser én ytring, en fil med én ytring pr. linje eller standardinput. Med --transcript laves "
        "en opsummering af et rollespil.\n\n"
        "Eksempler:\n\n"
        "  samtale check \"Har du søgt nogle job siden sidst?\"\n\n"
        "  samtale check --file mine-spørgsmål.txt --format json\n\n"
        "  samtale check --transcript rollespil.txt --format markdown",
        "What kind of question did you ask? See its form (open, closed, helping or a statement), its "
        "kind in the model, what could be better, and up to three better questions from the banks. "
        "Reads one utterance, a file with one utterance per line, or standard input. With --transcript, "
        "it sums up a role-play.\n\n"
        "Examples:\n\n"
        "  samtale check \"Have you applied for any jobs since last time?\" --lang en\n\n"
        "  samtale check --file my-questions.txt --format json\n\n"
        "  samtale check --transcript role-play.txt --format markdown",
    ),
    "check.arg.text": ("Det, du sagde eller vil sige (en ytring).", "What you said or mean to say (one utterance)."),
    "check.opt.file": ("Læs ytringer fra en fil, én pr. linje.", "Read utterances from a file, one per line."),
    "check.opt.lang": (
        "Sproget i ytringen og i svaret: da eller en. Uden: svaret på dansk (eller SAMTALE_LANG), "
        "og ytringens sprog gættes.",
        "The language of the utterance and of the answer: da or en. Without it: the answer in Danish "
        "(or SAMTALE_LANG), and the utterance's language is guessed.",
    ),
    "check.opt.format": (
        "Format: table (farver), plain (skærmlæser og rør), json; med --transcript også markdown.",
        "Format: table (colour), plain (screen readers and pipes), json; with --transcript also markdown.",
    ),
    "check.opt.situation": (
        "Livssituation (id, alias eller navn), så de foreslåede spørgsmål passer til den.",
        "Life situation (id, alias or name), so that the suggested questions fit it.",
    ),
    "check.opt.transcript": (
        "Opsummer et rollespil: en tekstfil, hvor hver replik starter med R: (rådgiver) eller B: (borger).",
        "Sum up a role-play: a text file in which each turn starts with R: (caseworker) or B: (citizen).",
    ),
    "check.opt.caseworker_label": (
        "Mærket for rådgiverens replikker i udskriften, fx Rådgiver.",
        "The label of the caseworker's turns in the transcript, e.g. CW.",
    ),
    "check.form.open": ("Åbent spørgsmål", "Open question"),
    "check.form.closed": ("Lukket spørgsmål (ja/nej)", "Closed question (yes/no)"),
    "check.form.helping": ("Hjælpende spørgsmål (et forslag)", "Helping question (a suggestion)"),
    "check.form.statement": ("Udsagn (intet spørgsmål)", "Statement (no question)"),
    "check.kind.framing": ("rammesættende", "framing"),
    "check.kind.case_clarifying": ("sagsafklarende", "case-clarifying"),
    "check.kind.developing": ("udviklende", "developing"),
    "check.kind.action_clarifying": ("handlingsafklarende", "action-clarifying"),
    "check.flag.stacked": ("flere spørgsmål", "stacked"),
    "check.flag.why": ("hvorfor", "why"),
    "check.flag.leading": ("ledende", "leading"),
    "check.flag.long_lead_in": ("lang indledning", "long lead-in"),
    "check.flag.fact_check": ("tjekker et faktum", "checks a fact"),
    "check.fb.open": (
        "Borgeren kan svare med sine egne ord.",
        "The citizen can answer in her own words.",
    ),
    "check.fb.closed": (
        "Det kan besvares med ja eller nej. Godt til at få noget bekræftet; vil du høre borgerens "
        "egne ord, så begynd med hvad, hvordan eller hvilke.",
        "It can be answered with yes or no. Good for confirming something; to hear the citizen's own "
        "words, begin with what, how or which.",
    ),
    "check.fb.fact_check": (
        "Det begynder med et spørgeord, men tjekker kun ét faktum, så det virker som et lukket spørgsmål.",
        "It begins with a question word but only checks one fact, so it works as a closed question.",
    ),
    "check.fb.helping": (
        "Du tilbyder en idé eller nogle valg. Spørg gerne først efter borgerens egne ideer, så dit "
        "forslag ikke tager pladsen fra hendes.",
        "You offer an idea or a choice. Ask for the citizen's own ideas first, so that your suggestion "
        "does not take the place of hers.",
    ),
    "check.fb.statement": (
        "Det er information, et råd, en opsummering eller en spejling. Slut gerne med et åbent "
        "spørgsmål, der giver ordet tilbage til borgeren.",
        "It is information, advice, a summary or a mirroring. End with an open question that gives "
        "the word back to the citizen.",
    ),
    "check.fb.kind.framing": (
        "Rammesættende: det handler om formål, dagsorden og samarbejde og hører mest hjemme i starten.",
        "Framing: it is about purpose, agenda and cooperation, and belongs mostly at the start.",
    ),
    "check.fb.kind.case_clarifying": (
        "Sagsafklarende: det samler viden om borgerens situation og sag.",
        "Case-clarifying: it gathers what is known about the citizen's situation and case.",
    ),
    "check.fb.kind.developing": (
        "Udviklende: det inviterer borgeren til at tænke nyt og se egne muligheder; mest i midten.",
        "Developing: it invites the citizen to think anew and see her own options; mostly in the middle.",
    ),
    "check.fb.kind.action_clarifying": (
        "Handlingsafklarende: det gør de næste skridt konkrete og hører mest hjemme mod slutningen.",
        "Action-clarifying: it makes the next steps concrete, and belongs mostly towards the end.",
    ),
    "check.fb.unsure": ("Typen er usikker ({pct} %).", "The kind is uncertain ({pct}%)."),
    "check.fb.stacked": (
        "Flere spørgsmål på én gang: borgeren svarer kun på ét af dem. Stil ét ad gangen.",
        "Several questions at once: the citizen answers only one of them. Ask one at a time.",
    ),
    "check.fb.why": (
        "Et hvorfor-spørgsmål kan høres som et krav om at forsvare sig. Prøv \"Hvad fik dig til …\" "
        "eller \"Hvordan hænger det sammen …\".",
        "A why-question can be heard as a demand to justify oneself. Try \"What made you …\" or "
        "\"How does it fit together …\".",
    ),
    "check.fb.leading": (
        "Spørgsmålet lægger svaret i munden på borgeren. Spørg åbent, og lad hende selv sige, hvad hun mener.",
        "The question puts the answer in the citizen's mouth. Ask openly, and let her say what she thinks.",
    ),
    "check.fb.long_lead_in": (
        "En lang indledning, før spørgsmålet kommer. Gør den kort, så spørgsmålet står tydeligt.",
        "A long lead-in before the question comes. Keep it short, so that the question stands out.",
    ),
    "check.try": ("Prøv fx:", "Try for example:"),
    "check.flags": ("Bemærk: {flags}", "Note: {flags}"),
    "check.confidence": ("{pct} % sikker", "{pct}% sure"),
    "error.check_empty": (
        "der er ingen tekst at tjekke. Skriv en ytring i anførselstegn, eller brug --file.",
        "there is no text to check. Write an utterance in quotes, or use --file.",
    ),
    "error.check_no_words": (
        "'{value}' har ingen ord at tjekke.",
        "'{value}' has no words to check.",
    ),
    "error.check_too_long": (
        "ytringen er {n} tegn lang; en replik kan højst være {limit} tegn. Del den op i flere linjer.",
        "the utterance is {n} characters long; a turn can be at most {limit} characters. Split it "
        "into several lines.",
    ),
    "error.check_input": (
        "skriv enten en ytring, --file eller --transcript, ikke flere af dem.",
        "give either an utterance, --file or --transcript, not more than one of them.",
    ),
    "error.check_file": ("kan ikke læse {path}: {reason}", "cannot read {path}: {reason}"),
    "error.check_binary": ("{path} er ikke en tekstfil", "{path} is not a text file"),
    "error.check_no_input": (
        "der er intet at tjekke. Skriv en ytring: samtale check \"Hvad har du brug for?\"",
        "there is nothing to check. Write an utterance: samtale check \"What do you need?\"",
    ),
    "check.where.text": ("ytringen", "the utterance"),
    "check.where.line": ("linje {n}", "line {n}"),
    "check.where.transcript": ("udskriften", "the transcript"),
    "check.where.turn": ("replik {n}", "turn {n}"),
    "error.transcript_no_labels": (
        "udskriften har ingen replikker. Start hver replik med et mærke, fx '{label}: Hvad har du med i dag?' "
        "og 'B: …'.",
        "the transcript has no turns. Start each turn with a label, e.g. '{label}: What have you brought "
        "today?' and 'B: …'.",
    ),
    "error.transcript_no_caseworker": (
        "ingen replikker har rådgiverens mærke '{label}' (fundet: {labels}). Brug --caseworker-label.",
        "no turn has the caseworker's label '{label}' (found: {labels}). Use --caseworker-label.",
    ),
    "error.transcript_args": (
        "--transcript kan ikke bruges sammen med en ytring eller --file.",
        "--transcript cannot be used together with an utterance or --file.",
    ),
    "transcript.title": (
        "Rollespillet: {turns} replikker, heraf {mine} fra rådgiveren",
        "The role-play: {turns} turns, {mine} of them by the caseworker",
    ),
    "transcript.forms": ("Rådgiverens replikker", "The caseworker's turns"),
    "transcript.form_count": ("{label}: {n} ({pct} %)", "{label}: {n} ({pct}%)"),
    "transcript.closed_run": (
        "Længste række af lukkede spørgsmål i træk: {n}",
        "Longest run of closed questions in a row: {n}",
    ),
    "transcript.talk": ("Rådgiverens andel af ordene: {pct} %", "The caseworker's share of the words: {pct}%"),
    "transcript.thirds": (
        "Typer pr. tredjedel (modellen venter rammesættende i starten, udviklende i midten og "
        "handlingsafklarende til sidst)",
        "Kinds per third (the model expects framing at the start, developing in the middle and "
        "action-clarifying at the end)",
    ),
    "transcript.third": ("{mark} {phase}: {kinds} (ventet: {expected})",
                         "{mark} {phase}: {kinds} (expected: {expected})"),
    "transcript.none": ("ingen spørgsmål", "no questions"),
    "transcript.advice": (
        "Råd før hendes eget syn: i replik {n} kom et forslag eller et råd, før du havde spurgt åbent "
        "til, hvad hun selv tænker.",
        "Advice before her own view: turn {n} gave a suggestion or advice before you had asked openly "
        "what she herself thinks.",
    ),
    "transcript.rework": ("Replikker at arbejde videre med ({n})", "Turns to rework ({n})"),
    "transcript.turn": ("Replik {n}: {text}", "Turn {n}: {text}"),
    "transcript.better": ("Bedre: {text}", "Better: {text}"),
    # --- journal note and docx (issue 13) ---
    "note.field.purpose": ("Formål", "Purpose"),
    "note.field.present": ("Andre deltagere", "Others present"),
    "note.field.account": ("Borgerens egen beretning", "The citizen's own account"),
    "note.field.assessments": ("Eksterne vurderinger", "External assessments"),
    "note.date": ("Dato", "Date"),
    "log.purpose": ("Formålet med samtalen (tom = spring over)", "The purpose of the conversation (empty = skip)"),
    "log.present": (
        "Hvem var ellers med? Skriv roller, ikke navne, fx tolk eller arbejdsgiver (tom = spring over)",
        "Who else took part? Write roles, not names, e.g. interpreter or employer (empty = skip)",
    ),
    "log.account": (
        "Borgerens egen beretning og syn på sagen, gerne med hendes egne ord (tom = spring over)",
        "The citizen's own account and view of the case, in her own words where you can (empty = skip)",
    ),
    "log.assessments": (
        "Faglige vurderinger udefra, som blev nævnt, fx fra lægen eller psykiatrien (tom = spring over)",
        "Professional assessments from outside that were mentioned, e.g. from the doctor (empty = skip)",
    ),
    "opt.purpose": ("Formålet med samtalen (til journalnotatet).",
                    "The purpose of the conversation (for the journal note)."),
    "opt.present": (
        "Hvem der ellers var med, som roller og aldrig navne, fx 'tolk, arbejdsgiver'.",
        "Who else took part, as roles and never names, e.g. 'interpreter, employer'.",
    ),
    "opt.account": (
        "Borgerens egen beretning og syn på sagen, gerne med hendes egne ord.",
        "The citizen's own account and view of the case, in her own words where you can.",
    ),
    "opt.assessment": (
        "Faglige vurderinger udefra, som blev nævnt i samtalen, fx lægens.",
        "Professional assessments from outside that were mentioned, e.g. the doctor's.",
    ),
    "note.title": ("Journalnotat (udkast)", "Journal note (draft)"),
    "note.process": ("Forløb", "Process"),
    "note.date_value": ("{date} (samtale {n} af {of})", "{date} (conversation {n} of {of})"),
    "note.participants": ("Deltagere", "Taking part"),
    "note.participants_value": ("borgeren ({label}) og rådgiveren", "the citizen ({label}) and the caseworker"),
    "note.roles": ("Rådgiverens rolle", "The caseworker's role"),
    "note.role.authority": ("myndighed", "authority"),
    "note.role.expert": ("ekspert", "expert"),
    "note.role.helper": ("hjælper", "helper"),
    "note.role.motivator": ("motiverende", "motivator"),
    "note.role.process_owner": ("procesansvarlig", "process owner"),
    "note.types": ("Emner og samtaletyper", "Topics and conversation types"),
    "note.type_line": ("{title}: {type}. Begrundelse: {reason}", "{title}: {type}. Reason: {reason}"),
    "note.agreements": ("Aftaler", "Agreements"),
    "note.agreement": ("{what} (hvem: {who}; hvornår: {when})", "{what} (who: {who}; when: {when})"),
    "note.followups": ("Opfølgning", "Follow-up"),
    "note.done_here": ("Klaret siden sidst", "Done since last time"),
    "note.alliance": ("Alliancetjek", "Alliance check"),
    "note.own_note": ("Rådgiverens note", "The caseworker's note"),
    "note.before_filing": ("Før notatet journaliseres", "Before the note is filed"),
    "note.draft_warning": (
        "Dette er et udkast fra samtale. Læs det igennem, udfyld alt, der står i [udfyld: …], ret det til, "
        "og journalisér det efter din organisations regler. Skriv aldrig CPR-numre eller andre navne end "
        "dem, sagen kræver.",
        "This is a draft from samtale. Read it through, fill in everything marked [fill in: …], correct it, "
        "and file it under your organisation's rules. Never write CPR numbers, or names beyond those the "
        "case needs.",
    ),
    "note.gap": ("[udfyld: {what}]", "[fill in: {what}]"),
    "note.gap.roles": ("din rolle i samtalen", "your role in the conversation"),
    "note.gap.present": ("andre, der var med, som roller, eller «ingen»", "others who took part, as roles, or 'none'"),
    "note.gap.purpose": ("samtalens formål", "the purpose of the conversation"),
    "note.gap.reason": ("hvorfor denne samtaletype", "why this conversation type"),
    "note.gap.topics": ("emner og samtaletyper", "topics and conversation types"),
    "note.gap.account": (
        "borgerens egen beretning og syn på sagen, gerne med hendes egne ord",
        "the citizen's own account and view of the case, in her own words where you can",
    ),
    "note.gap.assessments": (
        "faglige vurderinger udefra, der blev nævnt, eller «ingen»",
        "professional assessments from outside that were mentioned, or 'none'",
    ),
    "note.gap.agreements": ("aftaler (hvad, hvem, hvornår), eller «ingen»", "agreements (what, who, when), or 'none'"),
    "note.gap.followups": ("hvad der skal følges op, eller «intet»", "what to follow up, or 'nothing'"),
    "note.gap.who": ("hvem", "who"),
    "note.gap.when": ("hvornår", "when"),
    "error.note_no_conversations": (
        "forløbet '{label}' har ingen samtaler endnu. Registrér en med 'samtale process log {label}'.",
        "the process '{label}' has no conversations yet. Record one with 'samtale process log {label}'.",
    ),
    "error.note_conversation": (
        "--conversation: forløbet har ingen samtale {value}; vælg et tal fra 1 til {n} (1 er den første).",
        "--conversation: the process has no conversation {value}; choose a number from 1 to {n} (1 is the first).",
    ),
    "opt.conversation": (
        "Hvilken samtale: 1 er den første (standard: den seneste).",
        "Which conversation: 1 is the first (default: the latest).",
    ),
    "docx.flag_legend": (
        "{mark} ved et tal: en advarsel fra det seneste tjek (se Advarsler og forslag).",
        "{mark} beside a score: a warning from the latest check (see Warnings and suggestions).",
    ),
    "docx.written": ("Gemt i {path}", "Saved in {path}"),
    "docx.process_title": ("Forløb {label}", "Process {label}"),
    "docx.note_title": ("Journalnotat (udkast) {label} {date}", "Journal note (draft) {label} {date}"),
    "opt.doc_output": (
        "Gem i en fil: .md, .txt, .json eller .docx (Word); filtypen vælger formatet. Overskriver ikke uden --force.",
        "Save to a file: .md, .txt, .json or .docx (Word); the suffix chooses the format. Never overwrites "
        "without --force.",
    ),
    "opt.template": (
        "En Word-skabelon (.docx) fra din organisation med pladsholderen {{{{samtale.indhold}}}} (se README.md).",
        "A Word template (.docx) of your organisation with the placeholder {{{{samtale.content}}}} (see README).",
    ),
    "opt.export_format": ("json | markdown | plain | docx (standard: json)",
                          "json | markdown | plain | docx (default: json)"),
    "opt.note_format": ("plain | markdown | json | docx (standard: plain)",
                        "plain | markdown | json | docx (default: plain)"),
    "error.output_suffix_for": (
        "--output: filtypen '{suffix}' passer ikke her (brug {choices})",
        "--output: the file type '{suffix}' does not fit here (use {choices})",
    ),
    "error.format_suffix": (
        "--format {value} passer ikke til filtypen i --output {path}; udelad --format, eller ret filnavnet.",
        "--format {value} does not match the file type of --output {path}; leave out --format, or change the name.",
    ),
    "error.docx_stdout": (
        "et Word-dokument kan ikke vises i terminalen; gem det med --output FIL.docx.",
        "a Word document cannot be shown in the terminal; save it with --output FILE.docx.",
    ),
    "error.template_needs_docx": (
        "--template bruges kun til Word-filer: angiv også --output FIL.docx.",
        "--template is for Word files only: give --output FILE.docx too.",
    ),
    "error.template_missing": (
        "--template: {path} findes ikke, eller det er ikke en fil.",
        "--template: {path} does not exist, or it is not a file.",
    ),
    "error.template_not_docx": (
        "--template: {path} er ikke et Word-dokument (.docx). Gem skabelonen som .docx i Word og prøv igen.",
        "--template: {path} is not a Word document (.docx). Save the template as .docx in Word and try again.",
    ),
    "error.template_placeholder": (
        "--template: {path} har ingen pladsholder til indholdet. Skriv {placeholder} alene i et afsnit, "
        "der hvor indholdet skal stå (se Word-skabeloner i README.md).",
        "--template: {path} has no placeholder for the content. Write {placeholder} alone in a paragraph "
        "where the content should go (see README, Word templates).",
    ),
    "process.note.help": (
        "Lav et udkast til et journalnotat om én samtale, efter notatpligten. Det, loggen ikke har, "
        "er markeret som huller, du skal udfylde.\n\nEksempler:\n\n  samtale process note forløb-a\n\n"
        "  samtale process note forløb-a --conversation 2 --output notat.docx",
        "Draft a journal note of one conversation, following the duty to take notes. What the log "
        "lacks is marked as gaps for you to fill in.\n\nExamples:\n\n  samtale process note process-a\n\n"
        "  samtale process note process-a --conversation 2 --output note.docx",
    ),
}


# Problems in data files (banks, tree, guide, practice cases): "file:line: item: what".
PROBLEMS: dict[str, tuple[str, str]] = {
    "error.data": ("{n} fejl i datafilerne.", "{n} problems in the data files."),
    "item": ("{noun} '{id}'", "{noun} '{id}'"),
    "item.number": ("{noun} nr. {index}", "{noun} #{index}"),
    "noun.announcement": ("meddelelse", "announcement"),
    "noun.guide": ("planguide", "plan guide"),
    "noun.tree": ("beslutningstræ", "decision tree"),
    "noun.fact": ("faktum", "fact"),
    "noun.family": ("familie", "family"),
    "noun.field": ("felt", "field"),
    "noun.language": ("sprog", "language"),
    "noun.node": ("knude", "node"),
    "noun.outcome": ("udfald", "outcome"),
    "noun.section": ("afsnit", "section"),
    "noun.situation": ("situation", "situation"),
    "noun.type": ("samtaletype", "conversation type"),
    "noun.key": ("nøgle", "key"),
    "noun.citizen": ("omtale af borgeren", "way of referring to the citizen"),
    "noun.check": ("opfølgende spørgsmål", "check"),
    "noun.requirement": ("forudsætning", "requirement"),
    "noun.place": ("placering", "place"),
    "noun.kind": ("spørgsmålstype", "kind"),
    "noun.form": ("form", "form"),
    "noun.intensity": ("intensitet", "intensity"),
    "noun.moment": ("tidspunkt", "moment"),
    "noun.theme": ("tema", "theme"),
    "noun.verdict": ("vurdering", "verdict"),
    "noun.field_of_work": ("arbejdsområde", "field of work"),
    "noun.phase": ("fase", "phase"),
    "noun.dimension": ("alliancedimension", "alliance dimension"),
    "noun.question": ("spørgsmål", "question"),
    "noun.reflection": ("refleksionsspørgsmål", "reflection question"),
    "noun.vignette": ("case", "vignette"),
    "noun.disturbance_item": ("forstyrrelsesopgave", "disturbance item"),
    "noun.process_case": ("forløbscase", "process case"),
    "value.bool": ("ja/nej", "yes/no"),
    "value.number": ("et tal", "a number"),
    "value.list": ("en liste", "a list"),
    "value.mapping": ("felter (nøgle: værdi)", "a mapping"),
    "value.none": ("ingenting", "nothing"),
    "value.other": ("en anden værdi", "another value"),
    "p.unknown_one_of": ("ukendt {noun} {value} (forventet en af: {choices})",
                         "unknown {noun} {value} (expected one of: {choices})"),
    "p.unknown": ("ukendt {noun} {value} (forventet: {choices})", "unknown {noun} {value} (expected {choices})"),
    "p.missing_field": ("feltet '{key}' mangler", "missing field '{key}'"),
    "p.empty_text": ("feltet '{key}' er tomt (forventet tekster på da og en)",
                     "field '{key}' is empty (expected da and en texts)"),
    "p.not_texts": ("feltet '{key}' skal give tekster pr. sprog, fx {{da: ..., en: ...}}",
                    "field '{key}' must map languages to text, e.g. {{da: ..., en: ...}}"),
    "p.field": ("feltet '{key}'", "field '{key}'"),
    "p.field_entry": ("feltet '{key}' punkt {index}", "field '{key}' entry {index}"),
    "p.in": ("{what}: {problem}", "{what}: {problem}"),
    "p.no_translation": ("oversættelsen '{lang}' mangler", "missing translation '{lang}'"),
    "p.lang_not_text": ("'{lang}' skal være tekst, ikke {got}", "'{lang}' must be text, got {got}"),
    "p.lang_empty": ("teksten på '{lang}' er tom", "'{lang}' text is empty"),
    "p.list_of": ("feltet '{key}' skal være en liste med mindst én {shape}",
                  "field '{key}' must list at least one {shape}"),
    "p.entries_must_be": ("hvert punkt i '{key}' skal være {shape}", "every entry of '{key}' must be {shape}"),
    "p.sub": ("{key}", "{key}"),
    "p.text_list": ("feltet '{key}' skal være en ikke-tom liste af {{da: ..., en: ...}}-tekster",
                    "field '{key}' must be a non-empty list of {{da: ..., en: ...}} texts"),
    "p.text_entry": ("feltet '{key}' punkt {index} skal være {{da: ..., en: ...}}",
                     "field '{key}' entry {index} must be {{da: ..., en: ...}}"),
    "p.twice": ("{noun} {value} står der to gange", "{noun} {value} is listed twice"),
    "p.not_list": ("feltet '{key}' skal være en liste, fx [a, b], ikke {got}",
                   "field '{key}' must be a list, e.g. [a, b], got {got}"),
    "p.list_empty": ("feltet '{key}' må ikke være tomt", "field '{key}' must not be empty"),
    "p.list_holds": ("feltet '{key}' indeholder {value}; der skal stå tekst",
                     "field '{key}' holds {value}; expected text"),
    "p.not_id": ("feltet '{key}' skal være et id som 'earlier_success', ikke {value}",
                 "field '{key}' must be an id like 'earlier_success', got {value}"),
    "p.nonempty_list": ("'{key}' skal være en ikke-tom liste", "'{key}' must be a non-empty list"),
    "p.entries_mappings": ("hvert punkt i '{key}' skal have felter (nøgle: værdi)",
                           "every entry of '{key}' must be a mapping of fields"),
    "p.bad_id": ("ugyldigt id {value} (brug små bogstaver, tal, '-', '_' eller '.')",
                 "invalid id {value} (expected lowercase letters, digits, '-', '_' or '.')"),
    "p.duplicate_id": ("id'et findes allerede (første gang i {first})", "duplicate id (first defined at {first})"),
    "p.empty_file": ("filen er tom", "the file is empty"),
    "p.expected_top": ("forventede felterne: {keys}", "expected a mapping with: {keys}"),
    "p.section_list": ("afsnittet '{key}' skal være en liste", "section '{key}' must be a list"),
    "p.question_mark": ("teksten på '{lang}' skal slutte med '?'", "the '{lang}' text must end with '?'"),
    "p.alias_taken": ("navnet '{alias}' er allerede et alias for situationen '{other}'",
                      "alias '{alias}' is already used by situation '{other}'"),
    "p.must_map": ("'{key}' skal have felterne: {choices}", "'{key}' must map {choices}"),
    "p.not_mapping": ("'{key}' skal have felter (nøgle: værdi)", "'{key}' must be a mapping"),
    "p.missing_for": ("{what} '{key}' mangler", "missing the {what} '{key}'"),
    "p.tree_start": ("'start' skal navngive den første knude, ikke {value}",
                     "'start' must name the first node, got {value}"),
    "p.tree_answers": ("feltet 'answers' skal give yes og no hver {{next: ...}} eller {{outcome: ...}}",
                       "field 'answers' must map yes and no to {{next: ...}} or {{outcome: ...}}"),
    "p.tree_yes_no": ("svarene skal være præcis yes og no, ikke {got}",
                      "answers must be exactly yes and no, got {got}"),
    "p.tree_branch": ("svaret '{answer}' skal være {{next: <knude>}} eller {{outcome: <udfald>}}",
                      "answer '{answer}' must be {{next: <node>}} or {{outcome: <outcome>}}"),
    "p.why_not_own": ("why_not nævner udfaldets egen samtaletype", "why_not names the outcome's own type"),
    "p.announcements": ("'announcements' skal give hver samtaletype en tekst {{da, en}}",
                        "'announcements' must map every conversation type to {{da, en}}"),
    "p.tree_leads": ("svaret '{answer}' fører til ukendt {noun} '{value}'",
                     "answer '{answer}' leads to unknown {noun} '{value}'"),
    "p.tree_same_type": ("begge svar fører til samme samtaletype; spørg om noget andet, eller gør det til et "
                         "opfølgende spørgsmål (checks)",
                         "both answers lead to the same conversation type; ask something else, or make it a check"),
    "p.check_effect": ("skal sige, hvad ja eller nej tilføjer (note eller forslag)",
                       "must say what yes or no adds (a note or a suggestion)"),
    "p.check_unused": ("intet udfald bruger det", "no outcome uses it"),
    "p.title_placeholder": ("teksten skal indeholde {{}} (det næste emnes titel) på begge sprog",
                            "the text must hold {{}} (the next topic's title) in both languages"),
    "p.tree_cycle": ("træet går i ring: {cycle}", "the tree has a cycle: {cycle}"),
    "p.unreachable": ("kan ikke nås fra '{start}'", "cannot be reached from '{start}'"),
    "p.tree_no_outcome": ("intet udfald, der kan nås, giver '{type}'", "no reachable outcome for '{type}'"),
    "p.tree_no_fact": ("træet spørger aldrig om faktum '{fact}'", "the tree never asks about the fact '{fact}'"),
    "p.facts": ("feltet 'facts' skal give faktaene ja eller nej", "field 'facts' must map facts to yes or no"),
    "p.fact_value": ("faktum '{key}' skal være ja eller nej, ikke {value}",
                     "fact '{key}' must be yes or no, got {value}"),
    "p.verdicts": ("skal have præcis én mulighed af hver vurdering: {choices}",
                   "needs exactly one option of each verdict: {choices}"),
    "p.not_utf8": ("ikke UTF-8-tekst ({reason})", "not UTF-8 text ({reason})"),
    "p.unreadable": ("filen kan ikke læses: {reason}", "cannot read the file: {reason}"),
    "answers.not_text": ("skal være en tekst, ikke en liste eller nøgler med værdier",
                         "must be a text, not a list or a mapping"),
    "p.too_large": ("filen er større end {limit} MB", "the file is larger than {limit} MB"),
    "yaml.invalid": ("ikke gyldig YAML: {what}", "not valid YAML: {what}"),
    "yaml.other": ("{what}", "{what}"),
    "yaml.one_document": ("der må kun være ét YAML-dokument pr. fil", "only one YAML document is allowed per file"),
    "yaml.tag": ("mærket '{tag}' er ikke tilladt her", "tag '{tag}' is not allowed here"),
    "yaml.alias": ("ukendt alias '{anchor}'", "unknown alias '{anchor}'"),
    "yaml.structure": ("uventet YAML-struktur", "unexpected YAML structure"),
    "yaml.expansion": (
        "aliasserne (*navn) ville gøre dokumentet mange gange større end filen; skriv værdierne ud",
        "the aliases (*name) would make the document many times larger than the file; write the values out",
    ),
    "yaml.key_not_text": ("en nøgle skal være en tekst, ikke en liste eller nøgler med værdier",
                          "a key must be a text, not a list or a mapping"),
    "yaml.bad_scalar": ("'{value}' kan ikke læses som {tag}", "'{value}' cannot be read as {tag}"),
    "yaml.cpr": (
        "teksten ligner et CPR-nummer. Skriv aldrig CPR-numre eller fulde navne i filen.",
        "the text looks like a CPR number. Never write CPR numbers or full names in the file.",
    ),
    "yaml.nested": ("for dybt indlejret", "nested too deeply"),
    "yaml.duplicate_key": ("nøglen '{key}' står to gange samme sted",
                           "key '{key}' appears twice in the same mapping"),
    "yaml.mapping_values": ("et kolon står et sted, hvor det ikke må (mangler der anførselstegn?)",
                            "mapping values are not allowed here (missing quotes?)"),
    "yaml.expected_colon": ("der mangler et ':'", "could not find expected ':'"),
    "yaml.bad_character": ("et tegn, som ikke kan indlede en værdi (sæt teksten i anførselstegn)",
                           "a character that cannot start a value (put the text in quotes)"),
    "yaml.expected_key": ("der mangler en nøgle, eller indrykningen er forkert",
                          "did not find expected key (check the indentation)"),
    "yaml.expected_dash": ("der mangler et '-' i listen", "did not find expected '-' indicator"),
    "yaml.unexpected_end": ("filen slutter midt i en værdi", "found unexpected end of stream"),
    "yaml.unknown_alias": ("ukendt alias", "found undefined alias"),
    "yaml.tab": ("et tabulatortegn i indrykningen (brug mellemrum)", "a tab character in the indentation (use spaces)"),
    "yaml.escape": ("et ukendt tegn efter \\ i en tekst i anførselstegn", "found unknown escape character"),
    "yaml.sequence_here": ("et listepunkt står et sted, hvor det ikke må", "a list entry is not allowed here"),
    "yaml.expected_node": ("der mangler en værdi", "did not find expected node content"),
    "yaml.duplicate_anchor": ("det samme anker står to gange", "found duplicate anchor"),
}
MESSAGES.update(PROBLEMS)
MESSAGES.update(ROLEPLAY)
