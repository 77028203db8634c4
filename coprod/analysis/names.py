"""Telling people's names from other capitalised words, without a named-entity model."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import simplemma
import yaml

FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "but", "from", "at", "in", "on",
                            "to", "of", "for", "with", "is", "was", "has", "had", "said",
                            "says", "who", "which", "that", "this", "it", "he", "she", "they",
                            "we", "i", "you", "if", "so", "as", "by", "not", "no", "yes"})
KIN = frozenset({"son", "daughter", "child", "boy", "girl", "grandson", "granddaughter",
                 "brother", "sister", "stepson", "stepdaughter", "nephew", "niece", "husband",
                 "wife", "partner", "twin", "twins", "kid", "sibling", "baby", "youngest",
                 "eldest", "oldest", "middle", "foster", "friend", "grandchild"})
OWNERS = frozenset({"my", "our", "her", "his", "their", "your"})
NAMING = frozenset({"called", "named", "calls", "call", "name's", "nicknamed"})
TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor",
                    "sir", "dame", "nurse", "cllr", "councillor"})
SIGN_OFFS = frozenset({"thanks", "thank", "regards", "wishes", "cheers", "from", "love",
                       "sincerely", "faithfully"})
ORG_WORDS = frozenset({"school", "college", "academy", "council", "hospital", "centre",
                       "center", "trust", "road", "street", "park", "service", "services",
                       "team", "forum", "group", "house", "primary", "secondary", "university",
                       "nursery", "clinic", "surgery", "church", "library", "county", "city",
                       "borough", "lane", "avenue", "way", "close", "unit", "base", "hub"})
# Capitalised words families use that are not people, whatever a dictionary says.
NOT_NAMES = frozenset("""
camhs senco sendco sendiass ofsted ehcp ehc salt slt pcf dco dsco semh adhd asd autism
autistic makaton portage pecs mencap barnardo's barnardos facebook whatsapp google youtube
instagram tiktok snapchat zoom teams covid nhs gp ot pa ta la sen send lego minecraft xbox
ipad playstation nintendo roblox asperger's aspergers down's tourette's dyslexia dyspraxia
dyscalculia pda christmas easter eid diwali ramadan hanukkah halloween english welsh scottish
irish british polish urdu punjabi arabic somali bengali gujarati romanian french spanish
maths gcse gcses btec sats a&e ehcps sencos camhs's mr mrs ms dr miss ok okay lol omg tbh
idk pls thx hi hello yes no dear sen's epilepsy dfe icb ccg lgsco sendist ombudsman
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mum dad nan nanna grandma grandad mummy daddy
i i'm i've i'd i'll iep snap pfa ap pru ehcna senna sena sencos apprenticeship tribunal
send's la's council's yr y7 y8 y9 y10 y11 ks1 ks2 ks3 ks4 eyfs sendco's tas ta's ssp
""".split())
_SENTENCE_END = re.compile(r"(?:^|[.!?\n:;\"(\[]\s*|\s-\s)$")


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped first-name list: (names, names that are also ordinary words)."""
    raw = resources.files("coprod.analysis").joinpath("first_names.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    ambiguous = frozenset(str(n).lower() for n in data["ambiguous"])
    names = frozenset(str(n).lower() for n in data["names"]) - ambiguous
    return names, ambiguous


@lru_cache(maxsize=65536)
def is_word(lower: str) -> bool:
    """True for ordinary English words and SEND vocabulary, which are never redacted."""
    base = lower[:-2] if lower.endswith("'s") else lower
    return base in NOT_NAMES or simplemma.is_known(base, "en")


def _base(word: str) -> str:
    """The word without a possessive 's, lower-cased."""
    lower = word.lower()
    return lower[:-2] if lower.endswith("'s") else lower


def _context_name(prev: list[str], word: str) -> bool:
    """A word right after "my son", "my daughter,", "called", "Mrs" is a name if it can be."""
    p1 = prev[0] if prev else ""
    p2 = prev[1] if len(prev) > 1 else ""
    lower = _base(word)
    if lower in NOT_NAMES:
        return False
    titled = word[0].isupper()
    kin = p1 in KIN and (p2 in OWNERS or p2 in KIN or p2.isdigit()) or \
        (p1 == "," and p2 in KIN)
    if kin or p1 in NAMING or (p1 == "is" and p2 == "name"):
        names, ambiguous = _names()
        return (titled and len(lower) > 1) or lower in names or lower in ambiguous or \
            not is_word(lower)
    return p1 in TITLES and titled


def _previous(text: str, words: list[re.Match[str]], k: int) -> list[str]:
    """The two words before word k, lower-cased, with a comma counted as a word."""
    prev: list[str] = []
    for j in range(k - 1, max(-1, k - 3), -1):
        if "," in text[words[j].end():words[j + 1].start()]:
            prev.append(",")
        prev.append(words[j].group(0).lower())
    return prev[:2]


def _sign_off(text: str, words: list[re.Match[str]], k: int) -> bool:
    """A capitalised word closing a comment after "Thanks," or "Regards"."""
    if k == 0 or not words[k].group(0)[0].isupper():
        return False
    rest = text[words[k].end():].strip(" .!,x\n")
    if rest and not (len(rest.split()) == 1 and rest[0].isupper()):
        return False
    return words[k - 1].group(0).lower() in SIGN_OFFS or (
        k > 1 and words[k - 2].group(0).lower() in SIGN_OFFS and words[k - 1].group(0)[0].isupper())


def _capital_name(text: str, words: list[re.Match[str]], k: int) -> bool:
    """A capitalised word that is a known first name, or unknown mid-sentence."""
    word = words[k].group(0)
    lower = _base(word)
    if not word[0].isupper() or word.isupper() or lower in NOT_NAMES or len(lower) < 2:
        return False
    names, ambiguous = _names()
    if lower in ambiguous:
        return False
    nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
    if nxt in ORG_WORDS:
        return False
    if lower in names:
        return True
    sentence_start = bool(_SENTENCE_END.search(text[:words[k].start()]))
    prev = words[k - 1].group(0).lower() if k else ""
    return not sentence_start and prev != "the" and not is_word(lower)


_CONTEXT = KIN | NAMING | TITLES | SIGN_OFFS | {"is"}


def could_be_name(words: list[re.Match[str]], k: int) -> bool:
    """A cheap first test: capitalised, a listed name, or right after a naming word."""
    word = words[k].group(0)
    if word[0].isupper():
        return True
    lower = word.lower()
    names, ambiguous = _names()
    if lower in names or lower in ambiguous:
        return True
    return k > 0 and words[k - 1].group(0).lower() in _CONTEXT


def is_name_token(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Decide whether word k of the text is (part of) a person's name."""
    word = words[k].group(0)
    if _context_name(_previous(text, words, k), word):
        return True
    if _capital_name(text, words, k) or _sign_off(text, words, k):
        return True
    lower = _base(word)
    names, _ = _names()
    return word.islower() and lower in names and not is_word(lower)
