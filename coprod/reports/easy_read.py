"""A report's easy-read summary for children and young people: what they themselves told us
(their own comments, not everyone's), a figure or two, and what was done about it.

Short sentences, plain words, numbers as digits, a picture beside each: the same picture for
the same thing everywhere (coprod/surveys/definition/symbols.yaml), and a picture of its own for
each theme. A figure from 1 to the threshold reads "fewer than 5", like every report figure.
Plain data in, plain data out: `coprod.reports.services` gathers the figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod.common import small_numbers

# The default codebook's themes (shared/design/themes.yaml) and the picture for each. A theme an
# area adds has the star.
THEME_SYMBOLS = {
    "communication": "letter", "ehcp": "plan", "assessment_waits": "clock",
    "school_inclusion": "school", "specialist_provision": "place", "health_therapies": "doctor",
    "mental_health": "heart", "social_care": "family", "adulthood": "work",
    "voice_coproduction": "listen", "workforce": "worker", "transport": "bus",
    "funding": "money", "disputes": "thumbs_down", "early_help": "help",
    "leisure_friendships": "friends",
}
OTHER_THEME = "star"
EXAMPLES = 3


@dataclass(frozen=True)
class YoungVoices:
    """What children and young people told us in a report's period."""

    comments: int
    responses: int
    themes: list[tuple[str, str]] = field(default_factory=list)  # (theme id, easy-read name)


@dataclass(frozen=True)
class Done:
    """The "you said, we did" items done in the period, and the easy-read words of a few."""

    count: int
    examples: list[str] = field(default_factory=list)


def _line(symbol: str, text: str) -> dict:
    return {"symbol": symbol, "text": text}


def _how_many(count: int, threshold: int) -> str:
    return str(small_numbers.words(small_numbers.one(count, threshold), threshold))


def told(voices: YoungVoices, threshold: int) -> list[dict]:
    """'What you told us': how many things they said and surveys they answered, and the
    things they talked about most."""
    lines = [_line("speech", f"You told us {_how_many(voices.comments, threshold)} things."
                   if voices.comments else "You told us what you think.")]
    if voices.responses:
        answered = f"{_how_many(voices.responses, threshold)} of you answered a survey."
        lines.append(_line("write", answered[0].upper() + answered[1:]))
    for theme_id, words in voices.themes:
        lines.append(_line(THEME_SYMBOLS.get(theme_id, OTHER_THEME),
                           f"You talked about: {words.lower()}."))
    return lines


def doing(done: Done) -> list[dict]:
    """'What we are doing': what happens to what they said, and what was done."""
    lines = [_line("eyes", "We read what you told us."),
             _line("people", "We tell the people in charge.")]
    if done.count:
        lines.append(_line("tick", f"We have done {done.count} things people asked for."
                           if done.count > 1 else "We have done 1 thing people asked for."))
        lines += [_line("tick", f"We did this:\n{words}") for words in done.examples[:EXAMPLES]]
        lines.append(_line("letter", "We will tell you what we change next."))
    else:
        lines.append(_line("letter", "We will tell you what we change."))
    return lines


def summary(voices: YoungVoices, done: Done, threshold: int) -> dict:
    """The summary as a report keeps it: lines of words, each with its picture."""
    return {"told": told(voices, threshold), "doing": doing(done)}
