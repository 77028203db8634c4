"""The safeguarding check: which rules a comment wakes, and what cancels a match."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprod.text.regex_gate import branch_start_sets, required_start_sets, word_starts
from coprod.text.safeguarding.rule import Rule
from coprod.text.safeguarding.rules import RULES

_SENTENCE_BREAK = re.compile(r" [.!?;] ")

# --- What cancels a match ----------------------------------------------------------------------

_SERVICE_AFTER = re.compile(
    r"^ ?(?:support|group|training|awareness|service|services|team|pathway|policy|policies|"
    r"course|leaflet|session|workshop|strategy|prevention|champion|question|screening|lead|"
    r"and suicide prevention|resources|reduction|log|officer)\b")
_SERVICE_BEFORE = re.compile(
    r"\b(?:question|questions|training|awareness|policy|course|leaflet|session|sessions|work|"
    r"workshop|workshops|talk|talks|webinar|advice|information|guidance|help) "
    r"(?:on|about|in|for|around) (?:the |physical |using )?$")
_SPEAKER_BEFORE = re.compile(
    r"\b(?:i|we) (?:could|would|wanted to|want to|felt like|nearly|almost|was going to|"
    r"am going to|will|might)(?: have| of)?(?: just)? $")
# Figures of speech are blanked before any rule runs.
_FIGURES = re.compile(
    r"\b(?:is|was|are|were|be|been) (?:literally |slowly |honestly )?killing (?:me|us)\b|"
    r"\bnearly killed (?:me|us)\b|\bdying inside\b|\b(?:sick|bored|worried) to death\b|"
    r"\bdying to\b|\bdie of (?:shame|embarrassment|boredom|stress|laughter|laughing|cringe|"
    r"frustration|old age)\b|\bkill for\b|\bit kills me\b|\bkilling time\b|"
    r"\bkill(?:ed|ing)? (?:my|him|her)self laughing\b|\bdeath by a thousand\b|"
    r"\bbang\w* (?:my|our|his|her|their) heads? (?:against|on) a (?:brick )?wall\b|"
    r"\b(?:beat|beats|wore|wears|grind\w*|ground) (?:us|me) down\b|"
    r"\bbruised (?:emotionally|ego|feelings|pride)\b|\bstab\w* (?:us|me|him|her|them) in the "
    r"back\b|\bknife in the back\b|"
    r"\bscratch\w* (?:my|our|their) heads?\b(?! (?:until|till|raw|so hard|and|to))|"
    r"\b(?:are|were|is|was|been|be|being|get|got|gets) hit (?:the )?hardest\b|"
    r"\bthrown out of (?:\w+ ){0,2}(?:schools?|college|class|nursery|clubs?)\b")
# Not a disclosure but a service's question answered "no", or its threshold said of no one in
# particular: "they ask if she's suicidal. And I said, well no"; "to get their needs met they
# have to be seen to be failing badly, or close to suicide". Blanked like a figure of speech;
# "they asked if she was suicidal and I said yes" still flags.
_NOT_SAID_OF_A_CHILD = re.compile(
    r"\b(?:ask|asks|asked|asking) (?:me |us )?(?:if|whether) (?:she|he|they|my \w+) (?:is |was |"
    r"are |were )?suicidal (?:[.,] )?(?:and )?(?:i|we) (?:said|say|told them|answered) (?:, )?"
    r"(?:well )?(?:, )?no\b|"
    r"\b(?:they|you|children|kids) have to be seen to be (?:[\w,]+ ){0,12}?(?:close to |near |"
    r"on the brink of )?suicid\w*")
# An injury the family was given an accident for, and no sign the account is disputed.
_ACCIDENT = re.compile(r"\b(?:fell|fall|falls|tripped|slipped|accident|pe|football|rugby|"
                       r"sport|sports|trampoline|skiing|climbing|riding|bike|cycling|scooter|"
                       r"skateboard\w*)\b")
# A child (the speaker's own, or a classmate) lashing out in a meltdown, framed as a need.
_CHILD_ACTS_BEFORE = re.compile(
    r"\b(?:my (?:son|daughter|child|boy|girl|\w+ year old)|(?:a|another|one|the other) (?:child|"
    r"boy|girl|pupil|kid)(?: in (?:his|her|my|the) class)?)(?: \w+){0,2} $")
# The same, when a structural rule's match begins with the child who acts.
_CHILD_ACTS_START = re.compile(
    r"(?:my (?:son|daughter|child|boy|girl|\w+ year old)|(?:a|another|one|the other) (?:child|"
    r"boy|girl|pupil|kid))\b")
_DISTRESS = re.compile(r"\b(?:meltdowns?|shutdowns?|can not communicate|could not communicate|"
                       r"overwhelmed|frustrated|frustration|sensory|dysregulated|distressed)\b")
_DISPUTED = re.compile(r"\b(?:(?:say|said|says|told) (?:\w+ ){0,3}(?:fell|tripped|slipped)|but|"
                       r"claim\w*|nobody|no one|not (?:say|tell|explain)|no explanation)\b")


# Which alternatives a comment wakes. Each alternative needs one word start from each of its
# sets (see regex_gate), and, when it is itself "a|b", every set of a or every set of b; each
# distinct set has a number, and each token seen maps, in one dictionary lookup, to the numbers
# of the sets it meets. An alternative is searched only when the comment meets all the sets of
# one of its ways to match: most comments meet none.
_GATED = tuple((rule, part, sets or ()) for rule in RULES for part, sets in rule.parts)
_PARTS = tuple((rule, part) for rule, part, _ in _GATED)
_SET_NUMBERS: dict[frozenset[str], int] = {}


def _numbers(sets: tuple[frozenset[str], ...]) -> frozenset[int]:
    """The numbers of these sets, numbering any new one."""
    return frozenset(_SET_NUMBERS.setdefault(s, len(_SET_NUMBERS)) for s in sets)


# for each alternative, the numbers of the sets each way it can match needs
_NEEDS = tuple(tuple(_numbers((*sets, *either)) for either in branch_start_sets(part) or [()])
               for _rule, part, sets in _GATED)
# The figures of speech are gated the same way (no sets: always searched); most comments hold
# none of their words.
_FIGURE_NEEDS = _numbers(required_start_sets(_FIGURES) or ())
_UNGATED = frozenset(i for i, (_rule, _part, sets) in enumerate(_GATED) if not sets)
_BY_FIRST: dict[int, frozenset[int]] = {}
for _index, (_rule, _part, _sets) in enumerate(_GATED):
    if _sets:
        _first = _SET_NUMBERS[_sets[0]]
        _BY_FIRST[_first] = _BY_FIRST.get(_first, frozenset()) | {_index}
_SETS_BY_START: dict[str, frozenset[int]] = {}
for _set, _number in _SET_NUMBERS.items():
    for _start in _set:
        _SETS_BY_START[_start] = _SETS_BY_START.get(_start, frozenset()) | {_number}
_TOKENS_KEPT = 65536


class _SetsMet(dict[str, frozenset[int]]):
    """token -> the numbers of the sets it meets, worked out on first sight of the token (the
    same words come back in every comment) and forgotten all at once when the table is full."""

    def __missing__(self, token: str) -> frozenset[int]:
        if len(self) >= _TOKENS_KEPT:
            self.clear()
        met = self[token] = frozenset().union(
            *(_SETS_BY_START[s] for s in word_starts(token) if s in _SETS_BY_START))
        return met


_SETS_MET = _SetsMet()


@dataclass(frozen=True, slots=True)
class SafeguardingResult:
    """Whether a comment needs a safeguarding lead to read it, and why."""

    flagged: bool
    reasons: tuple[str, ...]


def _sentence(text: str, match: re.Match[str]) -> str:
    """The sentence a match sits in."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_BREAK.search(text, match.end())
    return text[start:end.start() if end else len(text)]


def _cancelled(rule: Rule, text: str, match: re.Match[str]) -> bool:
    """True when the match is a service name, a figure of speech, an accident or lacks the
    second cue its rule needs."""
    before = text[max(0, match.start() - 40):match.start()]
    after = text[match.end():match.end() + 40]
    if rule.service_words_cancel and (
            _SERVICE_AFTER.match(after) or _SERVICE_BEFORE.search(before[-30:])):
        return True
    if rule.speaker_cancel and _SPEAKER_BEFORE.search(before):
        return True
    if rule.unless_before and rule.unless_before.search(before):
        return True
    if rule.unless_after and rule.unless_after.match(after):
        return True
    if rule.distress_cancels and (_CHILD_ACTS_BEFORE.search(before)
                                  or _CHILD_ACTS_START.match(match.group())) \
            and _DISTRESS.search(_sentence(text, match)):
        return True
    if rule.also or rule.unless_sentence or rule.accident_cancels:
        sentence = _sentence(text, match)
        if rule.also and not rule.also.search(sentence):
            return True
        if rule.unless_sentence and rule.unless_sentence.search(sentence):
            return True
        if rule.accident_cancels and _ACCIDENT.search(sentence) \
                and not _DISPUTED.search(sentence):
            return True
    return False


def check(tokens: tuple[str, ...] | list[str]) -> SafeguardingResult:
    """Flag possible disclosures in a tokenised comment (see tokens.tokenise)."""
    joined = " ".join(tokens)
    # Each alternative (and the figures of speech) is searched only when the comment's tokens
    # meet every set of word starts its matches need (read from the pattern, see regex_gate):
    # a dictionary lookup a token is far cheaper than a search tried at every word.
    met = frozenset().union(*map(_SETS_MET.__getitem__, joined.split()))
    text = _FIGURES.sub(" ", joined) if _FIGURE_NEEDS <= met else joined
    if "suicid" in text:
        text = _NOT_SAID_OF_A_CHILD.sub(" ", text)
    if text != joined:  # words were blanked: the starts are read again
        met = frozenset().union(*map(_SETS_MET.__getitem__, text.split()))
    reasons: list[str] = []
    live = _UNGATED.union(*(_BY_FIRST[n] for n in met & _BY_FIRST.keys()))
    for i in sorted(live):
        if not any(needs <= met for needs in _NEEDS[i]):
            continue
        rule, part = _PARTS[i]
        if rule.reason in reasons or (rule.needs and not any(n in text for n in rule.needs)):
            continue
        if any(not _cancelled(rule, text, m) for m in part.finditer(text)):
            reasons.append(rule.reason)
    return SafeguardingResult(bool(reasons), tuple(reasons))
