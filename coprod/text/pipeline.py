"""One call that analyses a comment: redaction, safeguarding, themes, sentiment and phrases."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coprod.text.codebook import Codebook, load_default_codebook
from coprod.text.phrases import key_phrases
from coprod.text.redaction import redact
from coprod.text.safeguarding import REASON_THEMES, SafeguardingResult, check
from coprod.text.sentiment import score_sentiment
from coprod.text.themes import code_themes
from coprod.text.tokens import make_doc, normalise


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


def analyse(text: str, codebook: Codebook | None = None) -> Analysis:
    """Analyse one free-text comment offline with the area's codebook (default if None)."""
    codebook = codebook or load_default_codebook()
    redacted = redact(normalise(text))
    doc = make_doc(redacted)
    flag = check(doc.tokens)
    themes = _with_disclosure_themes(code_themes(doc, codebook), flag, codebook)
    feeling = score_sentiment(doc, codebook, disclosure=flag.flagged, about_services=bool(themes))
    return Analysis(
        redacted_text=redacted,
        safeguarding=flag.flagged,
        safeguarding_reasons=flag.reasons,
        themes=themes,
        sentiment=feeling.label,
        polarity=feeling.polarity,
        phrases=tuple(key_phrases(doc)),
    )
