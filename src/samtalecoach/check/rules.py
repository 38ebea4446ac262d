"""The form of an utterance and the flags teachers care about, by rules.

Danish word order carries most of the form: a question that starts with an
hv-word (or an invitation such as "Fortæl …") is open, one that starts with
the finite verb is closed, and an option offered in question form ("Kunne det
være en idé at …?", "… eller …?") is helping. A subordinate clause in front
("Når du tænker tilbage, hvad …?") is skipped to reach the main clause. English
works the same way with its own words. An utterance with no question in it is
a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from samtalecoach.core.model import Lang


class UtteranceForm(StrEnum):
    """What an utterance is: the three question forms of the banks, or no question."""

    OPEN = "open"
    CLOSED = "closed"
    HELPING = "helping"
    STATEMENT = "statement"


class Flag(StrEnum):
    """Things a teacher points out in a question."""

    STACKED = "stacked"
    WHY = "why"
    LEADING = "leading"
    LONG_LEAD_IN = "long_lead_in"
    FACT_CHECK = "fact_check"


#: A lead-in longer than this many words before the question sentence is flagged.
LONG_LEAD_IN_WORDS = 20

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")

HV_WORDS = {
    Lang.DA: {"hvad", "hvordan", "hvilken", "hvilket", "hvilke", "hvem", "hvor", "hvornår", "hvorfor",
              "hvorledes", "hvorhen", "hvortil", "hvorfra", "hvorvidt"},
    Lang.EN: {"what", "what's", "how", "how's", "which", "who", "who's", "where", "where's", "when", "why",
              "whose", "who'd", "how'd", "what'd", "where'd"},
}
#: Words that begin an invitation to tell, open although it is not an hv-question.
INVITE_FIRST = {
    Lang.DA: {"fortæl", "beskriv", "forklar", "uddyb", "sig", "prøv", "giv"},
    Lang.EN: {"tell", "describe", "explain", "say", "talk", "walk", "try", "give", "share"},
}
INVITE_PHRASES = {
    Lang.DA: re.compile(
        r"^(kan|vil|kunne|ville|gider|må) (du|i) (prøve at |godt |lige |måske )*"
        r"(fortælle|beskrive|forklare|uddybe|sige (lidt|noget|mere)|sætte ord på"
        r"|give (mig )?(et|nogle) (eksempl|billede)|komme i tanke om|sige med (dine )?egne ord)"
        r"|\b(jeg|vi) (vil|ville|kunne) (gerne|rigtig gerne|godt) (\w+ ){0,3}(høre|vide),? (hvad|hvordan|hvilke)"
        r"|\btænke mig at høre,? (hvad|hvordan|hvilke)"
        r"|^(jeg|vi) (vil|ville) (gerne|rigtig gerne|godt) (høre|vide)|^jeg er (nysgerrig|spændt)"
        r"|^må jeg høre|^(lad os|lad mig) høre|^prøv at"),
    Lang.EN: re.compile(
        r"^(can|could|would|will) you (please |perhaps |maybe |just )*"
        r"(tell|describe|explain|say (a bit|more|something)|talk|walk me|give me (an|some) example)"
        r"|\bi'?d (like|love) to (hear|know),? (what|how|which)"
        r"|^i'?d (like|love) to (hear|know)|^i'm (curious|wondering)|^i wonder|^let's hear|^try to"),
}
#: An option offered as a question.
HELPING = {
    Lang.DA: re.compile(
        r"^(kunne|ville|vil) det (måske )?(være|give mening|hjælpe|gøre)"
        r"|^har du (nogensinde |måske )?(overvejet|tænkt på at|tænkt over at)"
        r"|^hvad (med|hvis|siger du til),? (at|om|hvis)|^hvad med at\b|^hvorfor ikke"
        r"|^hvad (siger|tænker) du (til|om),? at (vi|jeg)\b"
        r"|^har du (nogensinde |måske )?tænkt på,? (at|om)|^(kunne|ville) (en|et|nogle) \w+"
        r"|^vil du (gerne )?have,? at jeg\b|^skal (næste|den næste)\b"
        r"|^skal (vi|jeg)\b|^kan vi (ikke )?(aftale|tage|starte|prøve|lave|se)|^vil du (hellere|helst)"
        r"|^(må|kan|skal) jeg (foreslå|komme med|give dig et forslag)"
        r"|^kunne du overveje|^eller "
        r"|^(kunne|ville) det (tænkes|lette)|^kunne man (også )?(se|tænke)|^kunne du (tænke dig|prøve) at"),
    Lang.EN: re.compile(
        r"^(could|would|might) it (perhaps |maybe )?(be|make sense|help|feel)(?! (all right|ok|okay|alright) if)"
        r"|^(could|would|might) (a|an|some) \w+|^what would you say to"
        r"|^have you (ever |perhaps )?(considered|thought about|tried)|^how about|^why not"
        r"|^what about (we|us|trying|\w+ing)\b"
        r"|^shall (we|i)\b|^should (we|i)\b|^would you (rather|prefer|like me to|like to try)|^or "
        r"|^can we (agree|take|start|try|do|look)|^what if"
        r"|^(may|can) i (suggest|make a suggestion|offer)|^would it be an idea"),
}
#: "eller" between two offered options (not "eller hvad?" / "or something", which are tags).
OPTIONS = {
    Lang.DA: re.compile(r"\beller\b(?! (hvad|noget|andet|hvordan|ej|ikke|noget helt)\b)"),
    Lang.EN: re.compile(r"\bor\b(?! (what|something|anything|not|else|so)\b)"),
}
TAGS = {
    Lang.DA: re.compile(r",? *(ikke|vel|ikke også|ikk|eller hvad|ikke sandt|ik)\s*\?*$"),
    Lang.EN: re.compile(r",\s*(isn't it|aren't you|don't you|didn't you|haven't you|have you|wasn't it|right|"
                        r"won't you|can't you|isn't that right|is it|do you|did you|is that right|ok|okay)\s*\?*$"),
}
LEADING = {
    Lang.DA: re.compile(
        r"\b(er|var|ville|kunne|skulle|har|bliver) (det|du|I|han|hun|de) (så |nu |egentlig |ikke )*ikke\b"
        r"|\b(synes|tror|mener|føler|syntes|troede) du (så |nu |egentlig )*ikke\b|\bvel\b|\bikke også\b"
        r"|\bikke sandt\b|\bdu er (vel )?enig\b|\bikke rigtigt\?|, ikke\?"),
    Lang.EN: re.compile(
        r"^(isn't|aren't|wasn't|weren't|don't|doesn't|didn't|wouldn't|couldn't|shouldn't|haven't|hasn't|won't)"
        r"\b|, (isn't|aren't|don't|didn't|haven't|have|won't|can't|wasn't|is|do|did) (it|you|that|they|he|she)\?"
        r"|\bsurely\b|\bwouldn't you agree\b|\bdon't you think\b|, right\?"),
}
WHY = {
    Lang.DA: re.compile(r"\bhvorfor\b(?! ikke bare)|\bhvordan kan det (være|være sådan)\b"),
    Lang.EN: re.compile(r"\bwhy\b(?! not\b)|\bhow come\b"),
}
#: Words that make a 'when' question an exception or a feeling question, open at heart.
NOT_FACT = re.compile(r"\b(ikke|anderledes|bedre|bedst|godt|sjovt|rart|haft det|havde det|følte|følt|mærkede|mindst|"
                      r"mest|værst|n't|not|different|better|best|good|felt|feel|calm|calmer|least|most|worst|"
                      r"skala|scale)\b|\b[01] (til|to) 10\b")
#: An hv-question that only checks one fact: closed by function.
FACT = {
    Lang.DA: re.compile(
        r"^(hvor (gammel|gamle|mange|meget|længe|tit|ofte|lang tid|langt|stor|store)"
        r"|hvornår\b"
        r"|hvilken (dato|dag|klasse|måned|uge|tid|skole|læge|adresse|kommune)|hvilket (år|nummer|klokkeslæt)"
        r"|hvad (hedder|er klokken|koster|er din adresse|tid|dag|dato|år)|hvem er (din|jeres|hans|hendes)"
        r"|hvilket sprog"
        r"|hvor (bor|går|arbejder|er|sover|skal) (du|han|hun|i|de|børnene|\w+en|\w+ene)\b"
        r"(?! (henne )?(i dit|i jeres) liv))"),
    Lang.EN: re.compile(
        r"^(how (old|many|much|long|often)|when\b|what time|which (day|date|"
        r"school|month|week|year|class|doctor|gp)|what (date|day|year|is your address|is the name|'s the name|"
        r"school)|what's the (name|date|time)|where do (you|they|he|she) (live|work)|what's your address"
        r"|which language|who is your|who's your)"),
}
VERBS_FIRST_EN = {
    "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "can", "could", "will", "would",
    "shall", "should", "may", "might", "must", "isn't", "aren't", "don't", "doesn't", "didn't", "haven't",
    "hasn't", "won't", "wouldn't", "can't", "couldn't", "am",
}
#: Words that open a subordinate clause or an adverbial in front of the main clause.
SUBORDINATORS = {
    Lang.DA: {"når", "hvis", "selvom", "da", "fordi", "efter", "før", "mens", "nu", "inden", "siden", "som",
              "med", "i", "på", "om", "til", "for", "ud", "sådan", "okay", "ok", "godt", "ja", "nej", "altså",
              "tja", "jamen", "hm", "hmm", "nå", "sidst", "set", "ifølge", "tænk", "forestil", "selv", "også"},
    Lang.EN: {"when", "if", "although", "though", "because", "after", "before", "while", "now", "since",
              "as", "with", "in", "on", "so", "and", "but", "okay", "ok", "right", "well", "yes", "no",
              "looking", "thinking", "imagine", "last", "given", "once", "even", "apart", "besides"},
}


@dataclass(frozen=True, slots=True)
class Parsed:
    """An utterance cut into what the rules read."""

    text: str
    lead_in: str
    questions: tuple[str, ...]


def words(text: str) -> list[str]:
    """The lower-case words of ``text`` (apostrophes kept inside words)."""
    return _WORD.findall(text.replace("’", "'").lower())


#: Words that join a question to the one before ('Og hvordan …?'); skipped.
CONJUNCTIONS = {"og", "men", "så", "and", "but", "so"}
#: Finite verbs that open a Danish yes/no question (for text typed without '?').
DA_VERBS_FIRST = {
    "er", "har", "kan", "vil", "skal", "må", "bør", "gør", "tror", "synes", "ved", "føler", "kunne", "ville",
    "skulle", "havde", "var", "fik", "får", "tænker", "oplever", "mener", "kender", "drikker", "bruger",
    "sover", "spiser", "ryger", "tager", "går", "bor", "arbejder", "savner", "passer", "hjælper", "gik",
    "blev", "bliver", "kom", "kommer", "plejer", "nåede", "hører", "ser", "snakker", "snakkede", "forstår",
    "talte", "taler", "lyder", "giver", "gav", "føltes", "virker", "fungerer", "duer", "hjalp", "orker",
    "husker", "tænkte", "troede", "syntes", "vidste", "mente", "ønsker", "trænger", "mangler", "betyder",
}


def _near(word: str, known: set[str]) -> str:
    """``word``, or the known word it is a typo of (one letter missing, extra or wrong)."""
    if word in known or len(word) < 5:
        return word
    for candidate in known:
        if abs(len(candidate) - len(word)) <= 1 and len(candidate) >= 5 and _one_edit(word, candidate):
            return candidate
    return word


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _head(text: str, lang: Lang) -> str:
    """The first word of ``text`` that is not a joining word, typos of hv-words mended."""
    found = words(text)
    while len(found) > 1 and found[0] in CONJUNCTIONS:
        found = found[1:]
    return _near(found[0], HV_WORDS[lang]) if found else ""


def _is_verb(word: str, lang: Lang) -> bool:
    return word in (VERBS_FIRST_EN if lang is Lang.EN else DA_VERBS_FIRST)


def _looks_like_question(sentence: str, lang: Lang) -> bool:
    """A sentence without '?' that still asks: hv-word, invitation or verb first (also after a
    lead-in clause: 'okay så hvis jeg forstår dig, hvordan har det været')."""
    lowered = sentence.lower()
    for part in (lowered, re.split(r"[,;:]", lowered)[-1]):
        first = _head(part, lang)
        if first in HV_WORDS[lang] or first in INVITE_FIRST[lang] or HELPING[lang].search(part.strip()) \
                or _is_verb(first, lang):
            return True
    return False


def parse(text: str, lang: Lang) -> Parsed:
    """Cut ``text`` into the lead-in (sentences before the first question) and its question sentences."""
    flat = " ".join(text.split())
    sentences = [s.strip() for s in _SENTENCE.findall(flat) if s.strip(" .!?")]
    asked = [i for i, s in enumerate(sentences) if s.endswith("?")]
    if not asked:
        # Typed without '?': a sentence with no full stop may still ask, and an invitation
        # ('Fortæl lidt om …') asks with one.
        asked = [i for i, s in enumerate(sentences)
                 if (not s.endswith((".", "!")) and _looks_like_question(s, lang))
                 or _head(s, lang) in INVITE_FIRST[lang] or INVITE_PHRASES[lang].search(s.lower())]
    elif not sentences[-1].endswith(("?", ".", "!")) and _looks_like_question(sentences[-1], lang):
        asked.append(len(sentences) - 1)  # 'hvordan går det? hvad vil du snakke om'
    if not asked:
        return Parsed(flat, flat, ())
    lead = " ".join(sentences[: asked[0]])
    return Parsed(flat, lead, tuple(sentences[i] for i in asked))


def _main_clause(question: str, lang: Lang) -> str:
    """The part of the question where the main clause starts: after a lead-in clause
    ('Når du tænker på det, hvad …') or a name ('Mette, hvordan …')."""
    text = question.lower().strip(" ?")
    parts = [p.strip() for p in re.split(r"[,:;–—]| - ", text) if p.strip()]
    if len(parts) < 2:
        return text
    first_words = words(parts[0])
    if not first_words or _is_verb(first_words[0], lang) or first_words[0] in HV_WORDS[lang]:
        return text
    if first_words[0] in SUBORDINATORS[lang] or len(first_words) <= 2:
        for index in range(1, len(parts)):
            head = _head(parts[index], lang)
            if head in HV_WORDS[lang] or _is_verb(head, lang) or head in INVITE_FIRST[lang]:
                return ", ".join(parts[index:])
    return text


def question_form(question: str, lang: Lang) -> tuple[UtteranceForm, bool]:
    """The form of one question sentence, and whether it only checks one fact."""
    lowered = " ".join(question.lower().replace("’", "'").split())
    found = words(lowered)
    if len(found) > 1 and found[0] in CONJUNCTIONS and not (lang is Lang.DA and found[0] == "så"
                                                           and found[1] in ("du", "det")):
        lowered = lowered.split(" ", 1)[1]
    clause = _main_clause(lowered, lang)
    for candidate in (lowered, clause):
        if HELPING[lang].search(candidate):
            return UtteranceForm.HELPING, False
    first = _head(clause, lang)
    if first in HV_WORDS[lang]:
        fact = bool(FACT[lang].search(first + clause[clause.index(" "):] if " " in clause else first)) \
            and not NOT_FACT.search(lowered)
        return (UtteranceForm.CLOSED if fact else UtteranceForm.OPEN), fact
    if first in INVITE_FIRST[lang] or INVITE_PHRASES[lang].search(clause) or INVITE_PHRASES[lang].search(lowered):
        return UtteranceForm.OPEN, False
    if TAGS[lang].search(lowered):
        return UtteranceForm.CLOSED, False
    body = lowered.rstrip(" ?")
    option = OPTIONS[lang].search(body)
    # 'Kan du tale frit, eller er der nogen i nærheden?' asks about a fact twice; it offers no options.
    if option and not re.match(r" *(er|var|is|are|was|were|do|does|did)\b", body[option.end():]):
        return UtteranceForm.HELPING, False
    if re.search(r"^(kan|vil) du (sige|fortælle) (mig )?,? *(hvad|hvordan|hvilke)", clause) \
            or re.search(r"^(can|could) you (tell me|say) (what|how|which)", clause):
        return UtteranceForm.OPEN, False
    return UtteranceForm.CLOSED, False


@dataclass(frozen=True, slots=True)
class FormResult:
    """The form of a whole utterance, its flags, and the part to judge the kind by."""

    form: UtteranceForm
    flags: tuple[Flag, ...]
    question_text: str


def classify_form(text: str, lang: Lang) -> FormResult:
    """Form and flags of one utterance (a turn of the caseworker)."""
    parsed = parse(text, lang)
    if not parsed.questions:
        return FormResult(UtteranceForm.STATEMENT, (), parsed.text)
    # The last question is the one the citizen answers.
    form, fact = question_form(parsed.questions[-1], lang)
    flags: list[Flag] = []
    if sum(s.endswith("?") for s in parsed.questions) >= 2 or len(parsed.questions) >= 2:
        flags.append(Flag.STACKED)
    asked = " ".join(parsed.questions)
    lowered = asked.lower()
    if WHY[lang].search(lowered):
        flags.append(Flag.WHY)
    if LEADING[lang].search(lowered) or LEADING[lang].search(parsed.lead_in.lower()[-60:] + " " + lowered):
        flags.append(Flag.LEADING)
    if len(words(parsed.lead_in)) > LONG_LEAD_IN_WORDS:
        flags.append(Flag.LONG_LEAD_IN)
    if fact:
        flags.append(Flag.FACT_CHECK)
    return FormResult(form, tuple(dict.fromkeys(flags)), asked)


DA_MARKERS = {"og", "du", "det", "at", "har", "er", "hvad", "hvordan", "jeg", "vi", "ikke", "din", "dig",
              "til", "en", "et", "om", "på", "kan", "vil", "med", "for", "der", "så", "hvor", "fortæl"}
EN_MARKERS = {"and", "you", "the", "is", "what", "how", "have", "your", "to", "a", "of", "do", "it", "i",
              "we", "that", "can", "would", "with", "for", "are", "about", "tell", "did", "on"}


def detect_lang(text: str) -> Lang:
    """Danish or English, by common words and Danish letters; Danish when in doubt."""
    found = words(text)
    da = sum(w in DA_MARKERS for w in found) + 2 * sum(c in "æøå" for c in text.lower())
    en = sum(w in EN_MARKERS for w in found)
    return Lang.EN if en > da else Lang.DA
