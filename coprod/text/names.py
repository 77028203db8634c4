"""Telling people's names from other capitalised words, without a named-entity model."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import simplemma
import yaml

from coprod.text.tokens import SPELLINGS

FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "but", "from", "at", "in", "on",
                            "to", "of", "for", "with", "is", "was", "has", "had", "said",
                            "says", "who", "which", "that", "this", "it", "he", "she", "they",
                            "we", "i", "you", "if", "so", "as", "by", "not", "no", "yes"})
KIN = frozenset({"son", "daughter", "child", "boy", "girl", "grandson", "granddaughter",
                 "brother", "sister", "stepson", "stepdaughter", "nephew", "niece", "husband",
                 "wife", "partner", "twin", "twins", "kid", "sibling", "baby", "youngest",
                 "eldest", "oldest", "middle", "foster", "friend", "grandchild"})
OWNERS = frozenset({"my", "our", "her", "his", "their", "your"})
# simplemma does not know "her", so "calls her stupid" read as a name after "calls".
PRONOUNS = frozenset({"her", "him", "me", "them", "us", "you", "it", "his", "hers", "theirs",
                      "ours", "mine", "yours"})
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
kooth ipsea sossen childline samaritans cafcass mumsnet kidscape youngminds homestart widgit
classdojo dojo seesaw tapestry twinkl netflix fortnite pokemon peppa disney asda tesco aldi lidl
sainsbury's morrisons primark mcdonalds nandos jan feb mar apr jun jul aug sep sept oct nov dec
lockdown lockdowns brexit furlough iasis iass sendias cahms dla uber deliveroo
""".split())
# Ambiguous first names that are also capitalised as seasons, a faith or a brand ("this Summer",
# "a Christian family", "we have Sky"): only a naming context makes them names.
CAPITALISED_WORDS = frozenset({"summer", "autumn", "christian", "sky", "angel", "sunny"})
# Things families name that begin with a first name but are not people (games, programmes,
# places), by their first words: "Mario Kart", "Alder Hey", "Mr Men".
NOT_PEOPLE = frozenset(tuple(phrase.split()) for phrase in (
    "mario kart", "super mario", "thomas the tank", "alder hey", "mr men", "little miss",
    "peppa pig", "paw patrol", "sonic the hedgehog", "bob the builder", "hey duggee",
    "great ormond street", "ronald mcdonald", "teen titans"))
_NOT_PEOPLE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in NOT_PEOPLE:
    _NOT_PEOPLE_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
# Endings of English place names: "in Leicestershire", "Tameside", "near Harrogate" are places,
# not people. First names with these endings are in first_names.yaml, and are checked first.
PLACE_ENDINGS = ("shire", "side", "borough", "bury", "ford", "ham", "ton", "chester", "cester",
                 "caster", "pool", "mouth", "wick", "wich", "field", "gate", "land", "minster",
                 "stead", "worth")
PLACE_BEFORE = frozenset({"in", "near", "across", "around", "outside", "throughout", "within"})
MOVING = frozenset({"moved", "move", "moving", "came", "come", "relocated", "transferred",
                    "went", "drive", "drove", "travel", "travelled", "live", "lived"})
# What a person does next at the start of a sentence: "Kwabena has been excluded".
PERSON_VERBS = frozenset("""
has is was said says goes went needs needed started starts loves loved likes liked hates hated
can can't cannot does doesn't did didn't gets got wants wanted will won't keeps kept told asked
had would wouldn't should could couldn't struggles struggled finds found feels felt attends
attended refuses refused screams cries cried came comes turned turns used uses tried tries
""".split())
# Between a person and what they did at the start of a sentence: "Jo never called us back".
PERSON_ADVERBS = frozenset("""
never always just still also really only often sometimes finally then eventually already usually
""".split())
# Said of a person at the start of a sentence, and not ending -ed: "Efua rang", "Jo wrote".
PERSON_DID = frozenset("""
rang rings phoned emails spoke speaks wrote writes left leaves sent sends took takes gave gives
saw sees knew knows made makes
""".split())
# Words that carry a sentence on after "my son": "my son will", "my daughter may".
_GOES_ON = PERSON_VERBS | {"may", "might", "must", "shall", "rose"}
_SENTENCE_END = re.compile(r"(?:^|[.!?\n:;\"(\[]\s*|\s-\s)$")


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """The shipped first-name list: (names, names that are also ordinary words)."""
    raw = resources.files("coprod.text").joinpath("first_names.yaml").read_text("utf-8")
    data = yaml.safe_load(raw)
    ambiguous = frozenset(str(n).lower() for n in data["ambiguous"])
    names = frozenset(str(n).lower() for n in data["names"]) - ambiguous
    return names, ambiguous


@lru_cache(maxsize=1)
def _all_names() -> frozenset[str]:
    """Every listed first name, ambiguous ones included."""
    names, ambiguous = _names()
    return names | ambiguous


def listed_name(lower: str) -> bool:
    """In the shipped first-name list, ambiguous ones ("Ruby", "Grace") included."""
    return lower in _all_names()


@lru_cache(maxsize=65536)
def is_word(lower: str) -> bool:
    """True for ordinary English words and SEND vocabulary, which are never redacted."""
    base = lower[:-2] if lower.endswith("'s") else lower
    if base in PRONOUNS or base in NOT_NAMES or base in SPELLINGS or "'" in base or \
            simplemma.is_known(base, "en"):
        return True
    # simplemma does not know adverbs ("Finally", "Honestly"); names ending -ly are listed.
    return base.endswith("ly") and len(base) > 5 and not listed_name(base)


def _base(word: str) -> str:
    """The word without a possessive 's, lower-cased."""
    lower = word.lower()
    return lower[:-2] if lower.endswith("'s") else lower


def _context_name(prev: list[str], word: str) -> bool:
    """A word right after "my son", "my daughter,", "called", "Mrs" is a name if it can be."""
    p1 = prev[0] if prev else ""
    p2 = prev[1] if len(prev) > 1 else ""
    lower = _base(word)
    titled = word[0].isupper()
    names, ambiguous = _names()
    # "my daughter May" is a name, "in May" a month; "my son will" goes on to say something.
    if lower in NOT_NAMES and not (titled and lower in ambiguous):
        return False
    kin = p1 in KIN and (p2 in OWNERS or p2 in KIN or p2.isdigit()) or \
        (p1 == "," and p2 in KIN)
    named = p1 in NAMING or (p1 in ("her", "him", "them") and p2 in NAMING)  # "we call her Bee"
    if kin or named or (p1 == "is" and p2 == "name"):
        if titled:
            return len(lower) > 1
        return lower in names or not is_word(lower) or (
            lower in ambiguous and (named or lower not in _GOES_ON))
    return p1 in TITLES and titled


_BREAKS = frozenset(".!?\n")


def _previous(text: str, words: list[re.Match[str]], k: int) -> list[str]:
    """The two words before word k, lower-cased, with a comma counted as a word."""
    prev: list[str] = []
    for j in range(k - 1, max(-1, k - 3), -1):
        gap = text[words[j].end():words[j + 1].start()]
        abbreviated_title = gap.startswith(".") and words[j].group(0).lower() in TITLES
        if not _BREAKS.isdisjoint(gap) and not abbreviated_title:  # "Ms. Khan" goes on
            break
        if "," in gap:
            prev.append(",")
        prev.append(words[j].group(0).lower())
    return prev[:2]


def _sign_off(text: str, words: list[re.Match[str]], k: int) -> bool:
    """A capitalised word closing a comment after "Thanks," or "Regards"."""
    if k == 0 or not words[k].group(0)[0].isupper():
        return False
    before = words[k - 1].group(0)
    # After a sign-off word (or one and a capitalised word) only: the rest of the comment is
    # read last, since most words are not there.
    if not (before.lower() in SIGN_OFFS or (k > 1 and words[k - 2].group(0).lower() in SIGN_OFFS
                                            and before[0].isupper())):
        return False
    if before.lower() == "from" and (
            _base(words[k].group(0)) in NOT_NAMES or place_like(words, k)):
        return False  # "from January", "from Leicestershire"
    rest = text[words[k].end():].strip(" .!,x\n")
    return not rest or (len(rest.split()) == 1 and rest[0].isupper())


def place_like(words: list[re.Match[str]], k: int) -> bool:
    """An unknown capitalised word that reads as a place: its ending, or "in"/"moved to" before."""
    lower = _base(words[k].group(0))
    if lower.endswith(PLACE_ENDINGS) and len(lower) > 5:
        return True
    prev = words[k - 1].group(0).lower() if k else ""
    before = words[k - 2].group(0).lower() if k > 1 else ""
    return prev in PLACE_BEFORE or (prev in ("from", "to") and before in MOVING)


def _starts_sentence(text: str, start: int) -> bool:
    """Whether a sentence starts at `start`: _SENTENCE_END over the text before it, searched in
    the last 40 characters only (a break further back is followed by nothing but spaces, and
    only then is all of it searched), so a long comment is not read again for every word."""
    low = max(0, start - 40)
    if _SENTENCE_END.search(text, low, start):
        return True
    return low > 0 and text[low:start].isspace() and bool(_SENTENCE_END.search(text, 0, start))


def _capital_name(text: str, words: list[re.Match[str]], k: int) -> bool:
    """A capitalised word that is a known first name, or an unknown word used as a person's.

    Unknown mid-sentence words are names unless they read as places; at the start of a sentence
    an unknown word is a name only when what follows says it is a person ("Kwabena has been...",
    "Jo never called").
    Listed names that are also words ("Grace", "Jack") follow the same rule as unknown words.
    """
    word = words[k].group(0)
    lower = _base(word)
    if not word[0].isupper() or word.isupper() or lower in NOT_NAMES or len(lower) < 2:
        return False
    names, ambiguous = _names()
    if lower not in ambiguous and lower not in names and is_word(lower):
        return False  # an ordinary word ("The", "Still"), whatever comes next
    nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
    if nxt in ORG_WORDS:
        return False
    if lower in ambiguous:
        # "We saw Grace", "Jack has been", "Grace's teacher": used as a name. "Hope is all we
        # have" is redacted too: a lost word costs less than a child's name.
        if lower in CAPITALISED_WORDS:
            return False
    elif lower in names:
        return True
    elif place_like(words, k):
        return False
    if _starts_sentence(text, words[k].start()):
        return word.endswith("'s") or _does_as_a_person(nxt)
    return (words[k - 1].group(0).lower() if k else "") != "the"


def _does_as_a_person(nxt: str) -> bool:
    """Whether the word after a capitalised one that starts a sentence says it is a person
    ("Kwabena has been", "Jo never called", "Efua rang", "Ade phoned"): a person's verb, an
    adverb before one, or a past tense. A word lost to a brand name costs less than a name."""
    return nxt in PERSON_VERBS or nxt in PERSON_ADVERBS or nxt in PERSON_DID or (
        nxt.endswith("ed") and len(nxt) > 4 and is_word(nxt))


_CONTEXT = KIN | NAMING | TITLES | SIGN_OFFS | {"is"}


def lowered(surface: list[str]) -> list[str]:
    """Every word lower-cased, in one call: the words (ASCII letters, ' and -) hold no space."""
    return " ".join(surface).lower().split(" ")


def not_people(lower: list[str]) -> set[int]:
    """Indices of words inside a NOT_PEOPLE phrase, never redacted (from the lower-cased
    words)."""
    inside: set[int] = set()
    if _NOT_PEOPLE_BY_FIRST.keys().isdisjoint(lower):  # most comments name none
        return inside
    for k in [k for k, word in enumerate(lower) if word in _NOT_PEOPLE_BY_FIRST]:
        for phrase in _NOT_PEOPLE_BY_FIRST[lower[k]]:
            if tuple(lower[k:k + len(phrase)]) == phrase:
                inside.update(range(k, k + len(phrase)))
    return inside


def candidates(surface: list[str], lower: list[str]) -> list[int]:
    """Indices of the words worth a closer look: capitalised, a listed name, or right after a
    naming word (`lower`: the same words lower-cased). One pass over plain strings, since most
    words of a comment are none of these."""
    listed = _all_names()
    # (the word before each: one longer than the words, so not strict)
    before = ["", *lower]
    return [k for k, (word, low, prev) in enumerate(zip(surface, lower, before, strict=False))
            if word[0].isupper() or low in listed or prev in _CONTEXT]


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
