"""Normalising and tokenising family feedback once, so every later step shares the work."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from typing import TypeVar

import simplemma

_V = TypeVar("_V")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                         "\u2013": "-", "\u2014": "-", "\u00a0": " "})
# A run of spaces becomes one plain space; a lone plain space is left as it is, so the search
# replaces only what changes (most comments have no other run).
_SPACE = re.compile(r"[\t\f\v\u2000-\u200b\u3000][ \t\f\v\u2000-\u200b\u3000]*|"
                    r" [ \t\f\v\u2000-\u200b\u3000]+")
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
    "ive": ("i", "have"), "weve": ("we", "have"), "youve": ("you", "have"),
    "theyve": ("they", "have"), "theyre": ("they", "are"),
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
    "mum's": ("mum",), "dad's": ("dad",), "tho": ("though",), "altho": ("although",),
    "psych": ("psychologist",), "psychs": ("psychologist",), "ed": ("educational",),
    "wot": ("what",), "wen": ("when",), "wiv": ("with",), "jus": ("just",), "n": ("and",),
    "nothin": ("nothing",), "alot": ("a", "lot"),
    # misspellings of safeguarding words, so the rules read them (ids sg2-*)
    "touchd": ("touched",), "tuched": ("touched",), "tuch": ("touch",), "touchin": ("touching",),
    "hurtin": ("hurting",), "cuttin": ("cutting",), "sucidal": ("suicidal",),
    "suicidle": ("suicidal",), "sucidle": ("suicidal",), "suicdal": ("suicidal",),
    "selfharm": ("self", "harm"), "selfharming": ("self", "harming"), "sum1": ("someone",),
    "some1": ("someone",), "ppl": ("people",), "nite": ("night",), "sayin": ("saying",),
    "hav": ("have",), "hurted": ("hurt",), "beated": ("beat",), "hitted": ("hit",),
    "touchs": ("touches",), "killd": ("killed",), "suiside": ("suicide",), "sucide": ("suicide",),
    "suicde": ("suicide",), "suisidal": ("suicidal",), "selfharmed": ("self", "harmed"),
    "razer": ("razor",), "pedo": ("paedophile",), "peado": ("paedophile",),
    "paedo": ("paedophile",), "punchd": ("punched",), "kickd": ("kicked",), "slapd": ("slapped",),
    "chokd": ("choked",), "grabd": ("grabbed",), "scaired": ("scared",),
    "frightend": ("frightened",), "abuseing": ("abusing",), "sexualy": ("sexually",),
    "hurtting": ("hurting",), "bruses": ("bruises",), "brused": ("bruised",),
    "hungery": ("hungry",), "starvin": ("starving",),
}
# Emoji carry much of the feeling in short answers and texts from young people; each becomes
# a word whose polarity the lexicon already knows. Only the tokens change: the redacted text
# people read keeps the emoji as written.
_EMOJI = str.maketrans({
    **dict.fromkeys("\u2764\U0001f495\U0001f496\U0001f497\U0001f499\U0001f49a\U0001f49b"
                    "\U0001f49c\U0001f9e1\U0001f970\U0001f60d", " love "),
    **dict.fromkeys("\U0001f600\U0001f603\U0001f604\U0001f601\U0001f642\U0001f60a\u263a"
                    "\U0001f44d\U0001f44f\U0001f64c\U0001f389\u2b50\U0001f31f", " happy "),
    **dict.fromkeys("\U0001f64f", " grateful "),
    **dict.fromkeys("\U0001f622\U0001f62d\U0001f61e\U0001f614\u2639\U0001f641\U0001f61f"
                    "\U0001f625\U0001f494\U0001f44e", " sad "),
    **dict.fromkeys("\U0001f621\U0001f620\U0001f92c\U0001f624\U0001f644", " angry "),
    **dict.fromkeys("\U0001f62b\U0001f629\U0001f62a\U0001f971", " exhausted "),
})
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
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():  # the quotes and spaces replaced are none of them ASCII
        text = text.translate(_QUOTES)
    text = text.strip()
    if "\n" in text:
        text = _NEWLINES.sub("\n", text)
    return _SPACE.sub(" ", text)


def _split_contraction(word: str) -> tuple[str, ...]:
    """Split "didn't" into ("did", "not") so negation is seen however it is typed."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for tail, expansion in _CONTRACTION_TAILS.items():
        if word.endswith(tail) and len(word) > len(tail):
            return (word[: -len(tail)], *expansion)
    return (word,)


class _PerWord(dict[str, _V]):
    """word -> what `work` gives for it, worked out on first sight of the word (the same words
    come back in every comment) and read with one dictionary lookup after that; forgotten all
    at once when `size` words are held."""

    def __init__(self, work: Callable[[str], _V], size: int) -> None:
        super().__init__()
        self.work, self.size = work, size

    def __missing__(self, word: str) -> _V:
        if len(self) >= self.size:
            self.clear()
        value = self[word] = self.work(word)
        return value


def canonical(word: str) -> tuple[str, ...]:
    """Map one lower-case surface word to the words it stands for."""
    if word in SPELLINGS:
        return SPELLINGS[word]
    if "'" in word:
        parts = _split_contraction(word)
        return tuple(p for w in parts for p in SPELLINGS.get(w, (w,)))
    return (word,)


def lemma(word: str) -> str:
    """Lemmatise one lower-case word offline, fixing simplemma's known slips."""
    if word in _LEMMA_FIXES:
        return _LEMMA_FIXES[word]
    if not word.isalpha() or len(word) < 3:
        return word
    return simplemma.lemmatize(word, "en")


_CANONICAL = _PerWord(canonical, 65536)
_LEMMAS = _PerWord(lemma, 131072)


def tokenise(text: str) -> tuple[str, ...]:
    """Lower-case word and clause-break tokens, with text-speak and contractions expanded."""
    text = text.lower()
    if not text.isascii():  # every emoji replaced is outside ASCII
        text = text.translate(_EMOJI)
    return tuple(chain.from_iterable(map(_CANONICAL.__getitem__, _TOKEN.findall(text))))


def make_doc(text: str) -> Doc:
    """Tokenise and lemmatise once; themes, sentiment and phrases all read the result."""
    tokens = tokenise(text)
    return Doc(text=text, tokens=tokens, lemmas=tuple(map(_LEMMAS.__getitem__, tokens)))


def phrase_lemmas(phrase: str) -> tuple[str, ...]:
    """Lemmas of a codebook phrase, made exactly as a comment's are so that they match."""
    return make_doc(normalise(phrase)).lemmas
