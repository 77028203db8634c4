"""Normalising and tokenising family feedback once, so every later step shares the work."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import simplemma

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACE = re.compile(r"[ \t\f\v\u2000-\u200b\u3000]+")
_NEWLINES = re.compile(r"\s*\n\s*")
# A word (letters/digits of any script, inner apostrophes, & as in A&E), a redaction marker
# or a punctuation mark that ends a clause.
_TOKEN = re.compile(r"\[[a-z ]+\]|[^\W_]+(?:['&][^\W_]+)*|[.!?;:,()]")

CLAUSE_BREAKS = frozenset({".", "!", "?", ";", ":", ",", "(", ")"})
SENTENCE_BREAKS = frozenset({".", "!", "?", ";"})
NEGATORS = frozenset({"not", "no", "never", "nobody", "nothing", "none", "neither", "nor",
                      "without", "noone", "cannot"})

# Text-speak, contractions written without apostrophes, and the misspellings families make.
SPELLINGS: dict[str, tuple[str, ...]] = {
    "u": ("you",), "ur": ("your",), "r": ("are",), "pls": ("please",), "plz": ("please",),
    "thx": ("thanks",), "ty": ("thank", "you"), "tbh": ("to", "be", "honest"),
    "idk": ("i", "do", "not", "know"), "no1": ("nobody",), "noone": ("nobody",),
    "dont": ("do", "not"), "cant": ("can", "not"), "wont": ("will", "not"),
    "didnt": ("did", "not"), "doesnt": ("does", "not"), "isnt": ("is", "not"),
    "wasnt": ("was", "not"), "havent": ("have", "not"), "hasnt": ("has", "not"),
    "arent": ("are", "not"), "couldnt": ("could", "not"), "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"), "werent": ("were", "not"), "aint": ("is", "not"),
    "hadnt": ("had", "not"), "cannot": ("can", "not"), "im": ("i", "am"),
    "ive": ("i", "have"), "theyre": ("they", "are"),
    "youre": ("you", "are"), "thats": ("that", "is"), "whats": ("what", "is"),
    "shes": ("she", "is"), "hes": ("he", "is"), "theres": ("there", "is"),
    "b4": ("before",), "cos": ("because",), "coz": ("because",), "bc": ("because",),
    "gonna": ("going", "to"), "wanna": ("want", "to"), "gotta": ("have", "to"),
    "wiating": ("waiting",), "waitin": ("waiting",), "wating": ("waiting",),
    "transprot": ("transport",), "trasnport": ("transport",), "reveiw": ("review",),
    "diffrent": ("different",), "appt": ("appointment",), "appts": ("appointments",),
    "paed": ("paediatrician",), "paeds": ("paediatrician",), "pead": ("paediatrician",),
    "peadiatrician": ("paediatrician",), "pediatrician": ("paediatrician",),
    "yr": ("year",), "yrs": ("years",), "mths": ("months",), "wks": ("weeks",),
    "msg": ("message",), "recieve": ("receive",), "recieved": ("received",),
    "definately": ("definitely",), "goverment": ("government",), "skool": ("school",),
    "sendco": ("senco",), "ehcps": ("ehcp",), "ehcps's": ("ehcp",), "ehcp's": ("ehcp",),
    "echp": ("ehcp",), "ehpc": ("ehcp",), "camhs's": ("camhs",), "tas": ("ta",),
    "ta's": ("ta",), "sencos": ("senco",), "dr": ("doctor",), "convo": ("conversation",),
    "mum's": ("mum",), "dad's": ("dad",),
}
_CONTRACTION_TAILS = {"n't": ("not",), "'m": ("am",), "'re": ("are",), "'ve": ("have",),
                      "'ll": ("will",), "'d": ("would",), "'s": ()}
_IRREGULAR = {"can't": ("can", "not"), "won't": ("will", "not"), "shan't": ("shall", "not"),
              "ain't": ("is", "not")}
# simplemma gets a few common English forms wrong ("went" -> "wend", "worst" -> "wrong").
_LEMMA_FIXES = {"went": "go", "gone": "go", "felt": "feel", "given": "give", "found": "find",
                "worst": "bad", "worse": "bad", "best": "good", "better": "good",
                "data": "data", "media": "media", "kids": "kid", "left": "leave",
                "thought": "think", "meeting": "meeting", "meetings": "meeting", "ta": "ta",
                "tas": "ta", "staff": "staff", "funding": "funding", "nobody": "nobody",
                "paediatric": "paediatric", "ehcp": "ehcp", "camhs": "camhs", "senco": "senco"}


@dataclass(frozen=True, slots=True)
class Doc:
    """The tokens and lemmas of one comment, computed once and shared by every analyser."""

    text: str
    tokens: tuple[str, ...]
    lemmas: tuple[str, ...]


def normalise(text: str) -> str:
    """Tidy unicode and whitespace so that the same words always look the same."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _NEWLINES.sub("\n", text.strip())
    return _SPACE.sub(" ", text)


def _split_contraction(word: str) -> tuple[str, ...]:
    """Split "didn't" into ("did", "not") so negation is seen however it is typed."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for tail, expansion in _CONTRACTION_TAILS.items():
        if word.endswith(tail) and len(word) > len(tail):
            return (word[: -len(tail)], *expansion)
    return (word,)


@lru_cache(maxsize=65536)
def canonical(word: str) -> tuple[str, ...]:
    """Map one lower-case surface word to the words it stands for."""
    if word in SPELLINGS:
        return SPELLINGS[word]
    if "'" in word:
        parts = _split_contraction(word)
        return tuple(p for w in parts for p in SPELLINGS.get(w, (w,)))
    return (word,)


@lru_cache(maxsize=131072)
def lemma(word: str) -> str:
    """Lemmatise one lower-case word offline, fixing simplemma's known slips."""
    if word in _LEMMA_FIXES:
        return _LEMMA_FIXES[word]
    if not word.isalpha() or len(word) < 3:
        return word
    return simplemma.lemmatize(word, "en")


def tokenise(text: str) -> tuple[str, ...]:
    """Lower-case word and clause-break tokens, with text-speak and contractions expanded."""
    out: list[str] = []
    for raw in _TOKEN.findall(text.lower()):
        out.extend(canonical(raw))
    return tuple(out)


def make_doc(text: str) -> Doc:
    """Tokenise and lemmatise once; themes, sentiment and phrases all read the result."""
    tokens = tokenise(text)
    return Doc(text=text, tokens=tokens, lemmas=tuple(lemma(t) for t in tokens))


def phrase_lemmas(phrase: str) -> tuple[str, ...]:
    """Lemmas of a codebook phrase, made exactly as a comment's are so that they match."""
    return make_doc(normalise(phrase)).lemmas
