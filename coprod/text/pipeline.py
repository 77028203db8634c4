"""One call that analyses a comment: redaction, safeguarding, themes, sentiment and phrases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coprod.text.codebook import Codebook, load_default_codebook
from coprod.text.learned import (
    DISCLOSURE_WORDS,
    MARGIN,
    MIN_WORDS,
    Prediction,
    RuleReading,
    ThemeModel,
    shipped_model,
    word_count,
)
from coprod.text.phrases import key_phrases
from coprod.text.redaction import redact
from coprod.text.safeguarding import (
    REASON_THEMES,
    WORDED_LIKE_A_DISCLOSURE,
    SafeguardingResult,
    check,
)
from coprod.text.sentiment import Sentiment, score_sentiment
from coprod.text.themes import code_themes, excluded_theme_ids, own_cue_theme_ids
from coprod.text.tokens import Doc, make_doc, normalise


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the product shows about one comment; the original text is not kept."""

    redacted_text: str
    safeguarding: bool
    safeguarding_reasons: tuple[str, ...]
    themes: tuple[tuple[str, float], ...]
    sentiment: str
    polarity: float
    phrases: tuple[str, ...]

    @property
    def theme_ids(self) -> list[str]:
        """Theme ids, most confident first."""
        return [tid for tid, _ in self.themes]

    def to_record(self, comment_id: Any) -> dict[str, Any]:
        """The `coprod analyse` output line for this comment (the contract's exact fields)."""
        return {"id": comment_id, "themes": self.theme_ids, "sentiment": self.sentiment,
                "polarity": self.polarity, "safeguarding": self.safeguarding,
                "redacted_text": self.redacted_text, "phrases": list(self.phrases)}


def _with_disclosure_themes(themes: list[tuple[str, float]], flag: SafeguardingResult,
                            codebook: Codebook) -> tuple[tuple[str, float], ...]:
    """Add the theme each disclosure is about ("wishes he was never born" is mental health),
    at the codebook's threshold, when the area's codebook has that theme and the cues missed it."""
    have = {tid for tid, _ in themes}
    for reason in flag.reasons:
        tid = REASON_THEMES.get(reason)
        if tid and tid not in have and tid in codebook.ids:
            themes.append((tid, round(codebook.min_confidence, 3)))
            have.add(tid)
    return tuple(themes)


@dataclass(frozen=True, slots=True)
class RulesStage:
    """What the codebook rules found, before the learned layer looks: training reads it too."""

    redacted: str
    doc: Doc
    flag: SafeguardingResult
    themes: tuple[tuple[str, float], ...]
    feeling: Sentiment
    excluded: frozenset[str]  # themes the codebook's exclusion phrases rule out here
    area_named: frozenset[str]  # themes the area's own cue phrases name here
    words: int  # how many words (punctuation left out)

    @property
    def long_enough(self) -> bool:
        """MIN_WORDS or more: the model may judge its themes and sentiment."""
        return self.words >= MIN_WORDS

    @property
    def column_reads(self) -> bool:
        """DISCLOSURE_WORDS or more: the model's disclosure column may flag it."""
        return self.words >= DISCLOSURE_WORDS

    @property
    def flag_themes(self) -> set[str]:
        """Themes a disclosure is about: kept whatever the model says."""
        return {REASON_THEMES[r] for r in self.flag.reasons if r in REASON_THEMES}

    @property
    def kept_themes(self) -> set[str]:
        """Rule themes the model may not veto: what a disclosure is about, what the area's own
        cues name, and every rule theme of a comment too short for the model to judge."""
        if not self.long_enough:
            return {tid for tid, _ in self.themes}
        return self.flag_themes | self.area_named

    def reading(self) -> RuleReading:
        """The rules' evidence as the learned model reads it."""
        return RuleReading(dict(self.themes), self.feeling.positive, self.feeling.negative,
                           self.feeling.label, self.flag.flagged)


def by_rules(text: str, codebook: Codebook) -> RulesStage:
    """Redact, check for safeguarding, and theme and score the comment with the rules."""
    redacted = redact(normalise(text))
    doc = make_doc(redacted)
    flag = check(doc.tokens)
    themes = _with_disclosure_themes(code_themes(doc, codebook), flag, codebook)
    feeling = score_sentiment(doc, codebook, disclosure=flag.flagged, about_services=bool(themes))
    return RulesStage(redacted, doc, flag, themes, feeling, excluded_theme_ids(doc, codebook),
                      own_cue_theme_ids(doc, codebook), word_count(doc))


def _learned_themes(rules: RulesStage, guess: Prediction, model: ThemeModel,
                    codebook: Codebook) -> tuple[tuple[str, float], ...]:
    """The rules' themes, plus each theme the model is sure enough of; a rule theme the model
    all but rules out is dropped, unless it is one the model may not judge (kept_themes).
    Themes the model does not know (an area's own) keep the rules' word. A theme the rules
    found keeps the rules' confidence; one only the model found has the model's probability,
    often below the low-confidence mark, so people check it."""
    known = set(codebook.ids) - rules.excluded if rules.long_enough else set()
    kept = rules.kept_themes
    found = {tid: c for tid, c in rules.themes
             if guess.themes.get(tid, 1.0) >= model.veto or tid in kept}
    for tid, p in guess.themes.items():
        if tid in known and tid not in found and p >= model.thresholds[tid]:
            found[tid] = round(p, 3)
    order = codebook.position
    return tuple(sorted(found.items(), key=lambda x: (-x[1], order[x[0]])))


def _polarity(label: str, by_rules: float, guess: Prediction) -> float:
    """The rules' polarity (how strongly the words lean), unless it leans against the label
    (a weary complaint in calm words): then the model's positive minus negative."""
    if (label == "positive" and by_rules < 0) or (label == "negative" and by_rules > 0):
        return round(guess.sentiment["positive"] - guess.sentiment["negative"], 3)
    return by_rules


def analyse_with(text: str, codebook: Codebook, model: ThemeModel | None) -> Analysis:
    """Analyse one comment with the rules and, when there is one, the learned model."""
    rules = by_rules(text, codebook)
    themes, label, polarity = rules.themes, rules.feeling.label, rules.feeling.polarity
    flagged, reasons = rules.flag.flagged, rules.flag.reasons
    if model is not None:
        guess = model.predict(rules.doc, rules.reading())
        # The model may add a flag the rules missed (a new phrasing), never clear one; the
        # sentiment stays the rules' or the model's reading, as a false alarm should not turn
        # a comment negative.
        if (not flagged and guess.disclosure is not None and rules.column_reads
                and model.disclosure_cutoff is not None
                and guess.disclosure >= model.disclosure_cutoff):
            flagged, reasons = True, (WORDED_LIKE_A_DISCLOSURE,)
        themes = _learned_themes(rules, guess, model, codebook)
        feel = guess.sentiment
        likeliest = max(feel, key=feel.__getitem__)
        # A short answer ("Nothing to add", "see above") gives the model too little to go on:
        # it would fall back on the corpus's lean to complaint, so the rules' reading stands.
        if (feel[likeliest] >= model.trust and feel[likeliest] - feel[label] >= MARGIN
                and rules.long_enough):
            label = likeliest
        if rules.flag.flagged:
            label = "negative"
        polarity = _polarity(label, polarity, guess)
    return Analysis(
        redacted_text=rules.redacted,
        safeguarding=flagged,
        safeguarding_reasons=reasons,
        themes=themes,
        sentiment=label,
        polarity=polarity,
        phrases=tuple(key_phrases(rules.doc)),
    )


def analyse(text: str, codebook: Codebook | None = None) -> Analysis:
    """Analyse one free-text comment offline with the area's codebook (default if None) and
    the shipped learned model."""
    return analyse_with(text, codebook or load_default_codebook(), shipped_model())
