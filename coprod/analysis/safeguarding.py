"""Spotting possible safeguarding disclosures so a person with that role reads them first.

Policy: any talk of a child or young person harming themselves, wanting to die, being hurt,
abused, neglected or unsafe is flagged, present or past tense ("she self-harmed last year").
A parent's figure of speech ("this process is killing me", "I could have killed the
caseworker", "fighting for support") is not, and nor is self-harm named as a service or topic
("the self-harm support group", "self-harm awareness training"). Recall matters more than
precision: a person reads every flag.

A parent or carer in crisis is flagged too ("I can't cope anymore", "we're at breaking point",
"I don't know how much longer I can do this", "I can't go on"): a carer at the end of what they
can bear is a risk to themselves and to the children they care for, and the safeguarding lead
is the person who can get help to them that day. The speaker must be I or we, and the clause
must end there: "I can't cope with the paperwork" or "the school can't cope with him" is
frustration with a task or a service, and is not flagged (a flag hides the comment from
everyone else, so false alarms cost the family's voice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OBJ = r"(?:me|us|him|her|them|my (?:\w+ )?\w+|our \w+)"
_SELF = r"(?:him|her|my|them|your|one)sel(?:f|ves)"
_FAMILY = r"(?:partner|husband|wife|ex|boyfriend|girlfriend|dad|father|step ?dad|mum|mother|" \
          r"step ?mum|brother|uncle|grandad)"
_SERVICE_AFTER = re.compile(
    r"^ ?(?:support|group|training|awareness|service|services|team|pathway|policy|policies|"
    r"course|leaflet|session|workshop|strategy|prevention|champion|question|screening|lead|"
    r"and suicide prevention|resources)\b")
_SERVICE_BEFORE = re.compile(
    r"\b(?:question|questions|training|awareness|policy|course|leaflet|session|work) "
    r"(?:on|about|in) $")
_SPEAKER_BEFORE = re.compile(
    r"\b(?:i|we) (?:could|would|wanted to|want to|felt like|nearly|almost|was going to|"
    r"am going to|will|might)(?: have| of)?(?: just)? $")
_FIGURES = re.compile(
    r"\b(?:is|was|are|were|be|been) (?:literally )?killing (?:me|us)\b|"
    r"\bnearly killed (?:me|us)\b|\bdying inside\b|\b(?:sick|bored|worried) to death\b|"
    r"\bdying to\b|\bdie of (?:shame|embarrassment)\b|\bkill for\b")


@dataclass(frozen=True, slots=True)
class Rule:
    """One disclosure pattern and the reason shown to the safeguarding lead."""

    reason: str
    pattern: re.Pattern[str]
    service_words_cancel: bool = False
    speaker_cancel: bool = True
    needs: tuple[str, ...] = ()  # substrings one of which any match holds: a cheap gate


def _rule(reason: str, pattern: str, service_words_cancel: bool = False,
          speaker_cancel: bool = True, needs: tuple[str, ...] = ()) -> Rule:
    """Compile a rule over lower-case, space-joined tokens."""
    return Rule(reason, re.compile(pattern), service_words_cancel, speaker_cancel, needs)


# The clause ends after the parent's words: no task or service follows as their object.
_ENDS = r"(?= ?[.!?;,)]| ?$| (?:and|but|so|or|i|we|because|any ?more|at all|now|like this|" \
        r"with (?:it all|life|anything|everything))\b)"
_ME = r"\b(?:i|we)(?: \w+){0,2}"


RULES: tuple[Rule, ...] = (
    _rule("suicidal thoughts", r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?) (?:to|he could|she "
          r"could|i could) (?:die|be dead|not be here|not be alive|disappear for ever)\b"),
    _rule("suicidal thoughts", rf"\bkill(?:s|ed|ing)? {_SELF}\b|\bsuicid\w*", True),
    _rule("suicidal thoughts", r"\b(?:end|ending|ended|take|taking|took) (?:his|her|my|their) "
          r"(?:own )?life\b|\boverdos\w*|\bbetter off dead\b|\bligature\w*|"
          r"\bnot want to (?:live|be alive|be here any ?more|wake up)\b"),
    _rule("suicidal thoughts", r"\bwish(?:es|ed)? (?:he|she|i|they) (?:was|were|had) (?:never "
          r"(?:been )?born|dead)\b|\bhates? (?:himself|herself|myself|themselves)\b"),
    _rule("self-harm", r"\bself ?(?:harm\w*|injur\w*)", True),
    _rule("self-harm", rf"\b(?:cut|cuts|cutting|hurt|hurts|hurting|burn|burns|burning|burnt|"
          rf"harm|harms|harming|harmed|scratch\w*|bite|bites|biting|bit) {_SELF}\b"),
    _rule("physical harm", rf"\b(?:hits|hit|hitting|beats|beat|beating|beaten|punch\w*|kick"
          rf"(?:s|ed|ing)?|slap\w*|chok\w*|strangl\w*|throttl\w*|grabbed|dragged|shoved|"
          rf"pinned|restrained|thrown|threw) {_OBJ}\b|\bthrow(?:s|ing)? (?:things|stuff|"
          r"objects|chairs|plates)? ?at (?:me|us|him|her|them|my \w+)\b"),
    _rule("physical harm", r"\b(?:gets?|got|getting|been|being|was|is|were) (?:hit|punched|"
          r"kicked|beaten|slapped|hurt|attacked|bitten|pushed) by\b|\bbruis\w*|"
          r"\bphysical(?:ly)? restrain\w*"),
    _rule("physical harm", rf"\bpush(?:ed|es|ing)? {_OBJ} (?:off|over|down|into|against|onto)\b|"
          r"\b(?:black eye|cut lip|split lip|fat lip)s?\b"),
    _rule("domestic abuse", r"\bdomestic (?:abuse|violence)\b", True),
    _rule("domestic abuse", rf"\b{_FAMILY} (?:is|was|has been|gets|got|can be|becomes) "
          r"(?:violent|abusive|aggressive)\b|\b(?:scared|afraid|frightened|terrified) of "
          rf"(?:him|her|my {_FAMILY})\b|\bviolent (?:partner|husband|ex|dad|father)\b"),
    _rule("sexual abuse", r"\bsexual(?:ly)? (?:abuse\w*|assault\w*|touch\w*)|\brape[ds]?\b|"
          r"\b(?:touched|touching|touches) (?:me|him|her) (?:inappropriately|down there)\b|"
          r"\binappropriate(?:ly)? touch\w*|\bgroom(?:ed|ing)\b"),
    _rule("abuse", r"\b(?:was|been|being|is|are|were|gets) (?:abused|neglected)\b"),
    _rule("neglect", r"\bno food\b|\b(?:not|never) (?:being |been )?fed\b|\bgo(?:es)? without "
          r"(?:food|meals|eating)\b|\block(?:s|ed|ing)? (?:me|him|her|them) (?:in|out)\b|"
          r"\blocked in (?:my|his|her|their|a|the) room\b|\bleft (?:alone|on (?:his|her|their) "
          r"own) (?:at home|all day|all night|overnight|for hours|for days)\b|"
          r"\bgo(?:es|ing)? (?:to bed |to school )?hungry\b|\bskip(?:s|ping|ped)? meals\b"),
    _rule("feels unsafe", r"\bnot safe (?:at home|with)\b|\b(?:do|does|did) not feel safe\b|"
          r"\b(?:feel|feels|felt) unsafe\b|\bunsafe at home\b|\b(?:scared|afraid|frightened) "
          r"to go home\b|\bran away from home\b|\bdo not tell (?:my|anyone|mum|dad)\b"),
    _rule("mental health crisis", r"\bmental health crisis\b(?! team| line| service)|"
          r"\bsectioned\b|\bin and out of (?:a&e|a and e|hospital)\b"),
    _rule("parent or carer in crisis",
          rf"{_ME} (?:can not|could not|am not|are not|was not|not) cop(?:e|ing)(?: any ?more| any "
          rf"longer| much longer)?{_ENDS}|{_ME} (?:at|reached|reach|hit|near|past) (?:my |our |the "
          rf"|a )?breaking point\b|\bnot know how (?:much )?long(?:er)? (?:i|we) can (?:do this|go "
          rf"on|carry on|keep (?:going|this up)|take (?:it|this|any ?more)|cope|manage|hold on)\b|"
          rf"{_ME} (?:can not|could not) (?:go on|carry on|keep going|do this|take (?:it|this|"
          rf"much|any) ?(?:more|any ?more)?){_ENDS}|\b(?:can not|not) see (?:a|any) way out\b|"
          rf"\b(?:i|we|family)(?: \w+){{0,2}} falling apart\b", speaker_cancel=False,
          needs=(" cop", "breaking point", " long", " go on", " carry on", " keep going",
                 " do this", " take ", " way out", "falling apart")),
)


# The theme a disclosure is about, so a flagged comment is counted where it belongs once the
# safeguarding lead returns it: self-harm is mental health, a family in danger is social care.
REASON_THEMES = {"suicidal thoughts": "mental_health", "self-harm": "mental_health",
                 "mental health crisis": "mental_health", "domestic abuse": "social_care",
                 "neglect": "social_care", "feels unsafe": "social_care", "abuse": "social_care",
                 "sexual abuse": "social_care", "parent or carer in crisis": "social_care"}

# One pass over the text finds whether any rule could apply; most comments stop here.
# A rule with a gate is tried only when the text holds one of its substrings.
_ANY = re.compile("|".join(f"(?:{rule.pattern.pattern})" for rule in RULES if not rule.needs))
_GATED = tuple(rule for rule in RULES if rule.needs)


@dataclass(frozen=True, slots=True)
class SafeguardingResult:
    """Whether a comment needs a safeguarding lead to read it, and why."""

    flagged: bool
    reasons: tuple[str, ...]


def _cancelled(rule: Rule, text: str, match: re.Match[str]) -> bool:
    """True when the match is a service name or the speaker's own figure of speech."""
    if rule.service_words_cancel and (
            _SERVICE_AFTER.match(text[match.end():match.end() + 40])
            or _SERVICE_BEFORE.search(text[max(0, match.start() - 30):match.start()])):
        return True
    return rule.speaker_cancel and bool(
        _SPEAKER_BEFORE.search(text[max(0, match.start() - 40):match.start()]))


def check(tokens: tuple[str, ...] | list[str]) -> SafeguardingResult:
    """Flag possible disclosures in a tokenised comment (see text.tokenise)."""
    text = _FIGURES.sub(" ", " ".join(tokens))
    reasons: list[str] = []
    gated = [rule for rule in _GATED if any(part in text for part in rule.needs)]
    if not gated and not _ANY.search(text):
        return SafeguardingResult(False, ())
    for rule in RULES:
        if rule.reason in reasons or (rule.needs and rule not in gated):
            continue
        if any(not _cancelled(rule, text, m) for m in rule.pattern.finditer(text)):
            reasons.append(rule.reason)
    return SafeguardingResult(bool(reasons), tuple(reasons))
