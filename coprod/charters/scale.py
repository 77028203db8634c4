"""The four-point scale every rating uses, and the Lundy model's four questions for young
people (Laura Lundy, Queen's University Belfast: Space, Voice, Audience, Influence)."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

SCORES = (4, 3, 2, 1)
STAFF_LABELS = {4: _l("Fully"), 3: _l("Mostly"), 2: _l("A little"), 1: _l("Not at all")}
EASY_READ_LABELS = {4: _l("Yes"), 3: _l("Mostly"), 2: _l("A little"), 1: _l("No")}
FACES = {4: "very_happy", 3: "happy", 2: "sad", 1: "very_sad"}
DONT_KNOW_SYMBOL = "not_sure"
DID_WELL = 2.5  # an average at or above this is "did well"; below it is not


@dataclass(frozen=True)
class Question:
    """One thing a person rates: a charter principle, or one of the Lundy questions."""

    key: str
    name: str
    easy_read_question: str
    easy_read_text: str
    symbol: str


LUNDY = (
    Question("lundy_space", "Space: a safe place to give a view",
             "Did you have a safe place to say what you think?", "", "house"),
    Question("lundy_voice", "Voice: help to give it",
             "Did you get the help you needed to say it?", "", "help"),
    Question("lundy_audience", "Audience: heard by people who decide",
             "Did the people who decide listen?", "", "listen"),
    Question("lundy_influence", "Influence: something changed",
             "Did anything change because of what you said?", "", "star"),
)
