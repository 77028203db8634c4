"""Demo listening events: a year of them, past and coming up, with who came, what was heard (in
words that fit the speaker and the event's topic, never the same stock lines at every event)
and the actions agreed. Any area: places are named after its town."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlmodel import Session

from coprod.areas.models import Area
from coprod.events import services
from coprod.events.models import ActionStatus
from coprod.events.services import EventDetails
from coprod.voice.demo_voices import DemoVoices
from coprod.voice.parsing import local_today

# Places in the area's main town ({town}, {pc}: the area's first word and its postcode letters).
PLACES = {
    "library": "{town} Central Library, Market Street, {pc}1 2AB (step-free entrance on Mill "
               "Lane)",
    "family_hub": "Hillside Family Hub, 4 Orchard Road, {pc}3 7QP (free parking)",
    "town_hall": "{town} Town Hall, Committee Room 2, Civic Square, {pc}1 1AA",
    "college": "{town} College, Student Hub, Bridge Street, {pc}2 5DD",
    "special_school": "Brookfield School, Hall, Brook Lane, {pc}4 8HT",
}
ONLINE = "https://meet.{slug}.example/send-forum"

# (days from today, title, type, place, start, end, adjustments, partners, what it was about)
EVENTS = [
    (-350, "DCO drop-in: health and your child's plan", "drop_in", "family_hub", 10, 12,
     ["quiet_space", "childcare"], "Designated clinical officer, Parent carer forum", "health"),
    (-322, "Parent carer forum: EHCP timeliness", "forum_meeting", "town_hall", 18, 20,
     ["easy_read", "transport"], "Parent carer forum, SEN team", "ehcp"),
    (-290, "Coffee morning for dads and male carers", "coffee_morning", "family_hub", 9, 11,
     ["childcare"], "Parent carer forum", "general"),
    (-262, "Young people's focus group: moving on to college", "focus_group", "college",
     13, 15, ["quiet_space", "easy_read", "transport"], "{town} College, Youth service",
     "adulthood"),
    (-230, "Online session: transport to school", "online_session", None, 19, 20,
     ["bsl_interpreter"], "Home to school transport team, Parent carer forum", "transport"),
    (-198, "Brookfield School visit: pupils' voice", "school_or_college_visit",
     "special_school", 10, 12, ["easy_read", "quiet_space"], "Brookfield School", "school"),
    (-170, "Short breaks consultation", "consultation_event", "library", 10, 13,
     ["bsl_interpreter", "childcare", "easy_read"], "Short breaks team, Parent carer forum",
     "short_breaks"),
    (-140, "CAMHS waiting times: listening session", "drop_in", "family_hub", 17, 19,
     ["quiet_space"], "CAMHS, Integrated Care Board, Parent carer forum", "health"),
    (-112, "Coffee morning: preparing for adulthood", "coffee_morning", "library", 10, 12,
     ["childcare", "other"], "Preparing for adulthood team", "adulthood"),
    (-84, "Parent carer forum: the new SEND strategy", "forum_meeting", "town_hall", 18, 20,
     ["easy_read", "bsl_interpreter"], "Parent carer forum, SEND partnership board",
     "information"),
    (-56, "Young people's voice: what makes a good review", "focus_group", "college", 13, 15,
     ["easy_read", "quiet_space"], "Youth service, SEN team", "ehcp"),
    (-28, "Online drop-in for working parents", "online_session", None, 20, 21,
     [], "SENDIASS, Parent carer forum", "caseworker"),
    (-9, "DCO drop-in: therapies and equipment", "drop_in", "family_hub", 10, 12,
     ["quiet_space", "childcare", "transport"], "Designated clinical officer", "health"),
    (12, "Coffee morning: the Local Offer website", "coffee_morning", "library", 10, 12,
     ["childcare", "easy_read"], "Local Offer team, Parent carer forum", "information"),
    (26, "Parent carer forum: annual reviews", "forum_meeting", "town_hall", 18, 20,
     ["bsl_interpreter", "transport"], "Parent carer forum, SEN team", "ehcp"),
    (41, "Young people's takeover day", "consultation_event", "college", 11, 15,
     ["easy_read", "quiet_space", "transport"], "Youth service, {town} College", "general"),
    (63, "Online session: short breaks review results", "online_session", None, 19, 20,
     ["bsl_interpreter"], "Short breaks team", "short_breaks"),
]
ACTIONS = [
    ("Publish average EHCP timescales each month on the Local Offer", "SEN team"),
    ("Add a plain words glossary to every EHCP letter", "SEN team"),
    ("Share CAMHS waiting times and what support is available while waiting", "ICB"),
    ("Hold a quiet college open day for young people with SEND", "{town} College"),
    ("Tell families who their named caseworker is, with a direct phone number", "SEN team"),
    ("Report back on the short breaks consultation at the next forum meeting", "Short breaks"),
]
COUNT_COLUMNS = ("young_people_count", "children_count", "parent_carers_count",
                 "practitioners_count", "others_count")


def _attendance(rng: random.Random, event_type: str) -> dict[str, int]:
    young = event_type in ("focus_group", "school_or_college_visit")
    counts = {"young_people_count": rng.randint(6, 14) if young else rng.randint(0, 3),
              "children_count": rng.randint(3, 9) if event_type == "school_or_college_visit"
              else rng.randint(0, 2),
              "parent_carers_count": rng.randint(0, 3) if young else rng.randint(6, 32),
              "practitioners_count": rng.randint(2, 7), "others_count": rng.randint(0, 2)}
    return counts


@dataclass(frozen=True)
class Town:
    """The area's town, to name its places: "Northvale", postcodes "NV" (the first letters of
    North-vale), and its address "northvale"."""

    name: str
    postcode: str
    slug: str

    @classmethod
    def of(cls, area: Area) -> Town:
        name = area.name.split()[0]  # "Northvale SEND Local Area Partnership"
        return cls(name, (name[:1] + name[5:6]).upper() or "XX", area.slug)

    def words(self, text: str) -> str:
        """Fill {town}, {pc} and {slug} in a demo text."""
        return text.format(town=self.name, pc=self.postcode.upper(), slug=self.slug)

    def renamed(self, text: str) -> str:
        """A demo text written for Northvale, in this town."""
        return text.replace("Northvale", self.name)


def _details(row: tuple, today: date, rng: random.Random, town: Town,
             feedback_slug: str) -> EventDetails:
    days, title, kind, place, start, end, adjustments, partners, _topic = row
    past = days < 0
    return EventDetails(
        title=title, event_type=kind, held_on=today + timedelta(days=days),
        starts_at=time(start), ends_at=time(end),
        place=town.words(PLACES[place]) if place else "",
        online_link="" if place else town.words(ONLINE),
        partners=town.words(partners), facilitators=rng.choice(
            ["Tom Okafor", "Jo Hughes and Tom Okafor", "Priya Shah"]),
        adjustments=adjustments,
        adjustments_other="Interpreters for other languages on request"
        if "other" in adjustments else "",
        notes="Room booked; tea and biscuits." if not past else "Good turnout. Notes typed up.",
        feedback_survey_slug=feedback_slug if past else None,
        **(_attendance(rng, kind) if past else dict.fromkeys(COUNT_COLUMNS, 0)))


def _heard(voices: DemoVoices, rng: random.Random, kind: str,
           topic: str) -> dict[str, list[str]]:
    """What each group said at an event, about what the event was about (and now and then
    about the event itself): young people and children at theirs, parents and practitioners
    at the others."""
    groups = ["young_person", "child"] if kind in ("focus_group", "school_or_college_visit") \
        else ["parent_carer", "practitioner"]
    return {group: [voices.say(group, topic if rng.random() < 0.8 else "event")
                    for _n in range(rng.randint(2, 5) if group in ("parent_carer",
                                                                    "young_person")
                                    else rng.randint(1, 2))]
            for group in groups}


def seed(session: Session, area: Area, seed_value: int = 2026, slug_prefix: str = "") -> int:
    """A year of listening events in the area, with what was heard at the past ones; past ones
    name the area's demo feedback survey (its slug takes the prefix the area's surveys do)."""
    rng, today, town = random.Random(seed_value), local_today(), Town.of(area)
    voices = DemoVoices(rng)
    for row in EVENTS:
        event = services.create_event(session, area.id, _details(
            row, today, rng, town, f"{slug_prefix}event-feedback"))
        if event.held_on >= today:
            continue
        for group, lines in _heard(voices, rng, event.event_type, row[-1]).items():
            services.add_heard(session, event, "\n".join(lines), group)
        for text, owner in rng.sample(ACTIONS, rng.randint(0, 2)):
            action = services.add_action(session, event, text, town.words(owner),
                                         event.held_on + timedelta(days=60))
            if action.due_on and action.due_on < today:  # older actions have moved on
                services.set_action_status(session, action, ActionStatus.DONE)
            elif event.held_on < today - timedelta(days=30):
                services.set_action_status(session, action, ActionStatus.DOING)
    return len(EVENTS)
