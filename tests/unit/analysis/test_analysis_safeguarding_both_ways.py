"""Safeguarding is safe in both directions: each false alarm found in the labelled sets is
cancelled narrowly, and the disclosure written next to it still flags. One table, a row a form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod.text.pipeline import analyse

DATA = Path(__file__).resolve().parents[2] / "data"
SETS = [*sorted(DATA.glob("theming_*.jsonl")), DATA / "corpus" / "train.jsonl",
        DATA / "corpus" / "dev.jsonl"]

# (not a disclosure, the disclosure beside it)
BOTH_WAYS = [
    # names called by other children are bullying; an adult calling a child names is abuse
    ("The kids at school called me thick.", "Her stepdad calls her stupid and worthless."),
    # a young person's own recovery; drugs on a child are a sign of exploitation
    ("It's helped me get off the weed too.", "He has weed on him and won't say where he got it."),
    # imagining another school; a carer at the end of what they can bear
    ("If I went to a mainstream school I wouldn't cope and I wouldn't make many friends.",
     "If I'm honest, I can't cope anymore."),
    # a service's threshold said of anyone; said of a child
    ("It feels like unless you're suicidal nobody will see you.",
     "Unless he is suicidal they will not see him, and he is."),
    ("To get their needs met they have to be seen to be failing badly, or close to suicide.",
     "My daughter is close to suicide and nobody will see her."),
    # a service's question answered no; answered yes
    ("They ask if she's suicidal. And I said, well no, she's seven.",
     "They asked if she was suicidal and I said yes."),
    # a figure of speech; self-injury
    ("Scratching my head for an answer tbh.", "I was scratching my head until it bled."),
    # families hit hardest by a change; a child hit by an adult
    ("Families moving to adult services are hit hardest.",
     "He was hit hard in the face by his stepdad."),
    # excluded from schools; thrown against a wall
    ("I was seven and I'd already been thrown out of two schools.",
     "He was thrown against the wall by a member of staff."),
]

# Disclosures batch B of the corpus brought that the rules missed, now flagged.
FOUND = [
    "In primary a boy used to chase me with sticks and once got me in a headlock with his arm "
    "round my throat.",
    "He fell at respite and took a chunk out of his knee, and nobody cleaned it or told me. They "
    "sent him to school the next day in torn, dirty trousers.",
]


@pytest.mark.parametrize("text", FOUND)
def test_disclosures_the_rules_once_missed_are_flagged(text: str) -> None:
    assert analyse(text).safeguarding


@pytest.mark.parametrize(("calm", "disclosure"), BOTH_WAYS)
def test_a_false_alarm_is_cancelled_and_the_disclosure_beside_it_still_flags(
        calm: str, disclosure: str) -> None:
    assert not analyse(calm).safeguarding
    assert analyse(disclosure).safeguarding


# Flagged although labelled "not a disclosure", on purpose or not yet solved, each with why.
KNOWN_FALSE_ALARMS = {
    # Policy (coprod/text/safeguarding): a child's self-injury that is part of their disability
    # is flagged; the lead, not a pattern, decides whether it is known and managed.
    "real-0725",
    # A teacher's account of pupils hit by a classmate, and a pupil throwing stones at staff:
    # harm told with the actor elsewhere in the sentence; no narrow cancel found yet.
    "real-0229", "real-0701",
    # "He's been neglected for a year" means by the system, but only the next sentence says so.
    "real-0545",
    # "We had to restrain him": who restrained him (parent or staff) is not said.
    "real-0256",
    # Harm reported second hand or as a list of signs ("so many parents have told me their
    # child was restrained until they were hurt"; "self-harm, not eating... parents describe
    # this"), a young person not feeling safe at CAMHS, and "you throw things at me" (bullying
    # with no injury): flagged, the lead decides; narrower rules not written yet.
    "real-1071", "real-1422", "real-1907", "real-1664",
}


@pytest.mark.parametrize("path", SETS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_false_alarm_in_any_labelled_set_beyond_the_known_ones(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    alarms = {r["id"] for r in rows if analyse(r["text"]).safeguarding and not r["safeguarding"]}
    assert alarms - KNOWN_FALSE_ALARMS == set()
