"""Demo listening events: a year of them, past and coming up, with who came, what was heard and
the actions agreed."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from sqlmodel import Session

from coprod.areas.models import Area
from coprod.events import services
from coprod.events.models import ActionStatus
from coprod.events.services import EventDetails
from coprod.voice.parsing import local_today

LIBRARY = "Northvale Central Library, Market Street, NV1 2AB (step-free entrance on Mill Lane)"
FAMILY_HUB = "Hillside Family Hub, 4 Orchard Road, NV3 7QP (free parking)"
TOWN_HALL = "Northvale Town Hall, Committee Room 2, Civic Square, NV1 1AA"
COLLEGE = "Northvale College, Student Hub, Bridge Street, NV2 5DD"
SPECIAL_SCHOOL = "Brookfield School, Hall, Brook Lane, NV4 8HT"
ONLINE = "https://meet.northvale.example/send-forum"

# (days from today, title, type, place, online, start, end, adjustments, partners)
EVENTS = [
    (-350, "DCO drop-in: health and your child's plan", "drop_in", FAMILY_HUB, "", 10, 12,
     ["quiet_space", "childcare"], "Designated clinical officer, Parent carer forum"),
    (-322, "Parent carer forum: EHCP timeliness", "forum_meeting", TOWN_HALL, "", 18, 20,
     ["easy_read", "transport"], "Parent carer forum, SEN team"),
    (-290, "Coffee morning for dads and male carers", "coffee_morning", FAMILY_HUB, "", 9, 11,
     ["childcare"], "Parent carer forum"),
    (-262, "Young people's focus group: moving on to college", "focus_group", COLLEGE, "",
     13, 15, ["quiet_space", "easy_read", "transport"], "Northvale College, Youth service"),
    (-230, "Online session: transport to school", "online_session", "", ONLINE, 19, 20,
     ["bsl_interpreter"], "Home to school transport team, Parent carer forum"),
    (-198, "Brookfield School visit: pupils' voice", "school_or_college_visit", SPECIAL_SCHOOL,
     "", 10, 12, ["easy_read", "quiet_space"], "Brookfield School"),
    (-170, "Short breaks consultation", "consultation_event", LIBRARY, "", 10, 13,
     ["bsl_interpreter", "childcare", "easy_read"], "Short breaks team, Parent carer forum"),
    (-140, "CAMHS waiting times: listening session", "drop_in", FAMILY_HUB, "", 17, 19,
     ["quiet_space"], "CAMHS, Integrated Care Board, Parent carer forum"),
    (-112, "Coffee morning: preparing for adulthood", "coffee_morning", LIBRARY, "", 10, 12,
     ["childcare", "other"], "Preparing for adulthood team"),
    (-84, "Parent carer forum: the new SEND strategy", "forum_meeting", TOWN_HALL, "", 18, 20,
     ["easy_read", "bsl_interpreter"], "Parent carer forum, SEND partnership board"),
    (-56, "Young people's voice: what makes a good review", "focus_group", COLLEGE, "", 13, 15,
     ["easy_read", "quiet_space"], "Youth service, SEN team"),
    (-28, "Online drop-in for working parents", "online_session", "", ONLINE, 20, 21,
     [], "SENDIASS, Parent carer forum"),
    (-9, "DCO drop-in: therapies and equipment", "drop_in", FAMILY_HUB, "", 10, 12,
     ["quiet_space", "childcare", "transport"], "Designated clinical officer"),
    (12, "Coffee morning: the Local Offer website", "coffee_morning", LIBRARY, "", 10, 12,
     ["childcare", "easy_read"], "Local Offer team, Parent carer forum"),
    (26, "Parent carer forum: annual reviews", "forum_meeting", TOWN_HALL, "", 18, 20,
     ["bsl_interpreter", "transport"], "Parent carer forum, SEN team"),
    (41, "Young people's takeover day", "consultation_event", COLLEGE, "", 11, 15,
     ["easy_read", "quiet_space", "transport"], "Youth service, Northvale College"),
    (63, "Online session: short breaks review results", "online_session", "", ONLINE, 19, 20,
     ["bsl_interpreter"], "Short breaks team"),
]
HEARD = {
    "parent_carer": [
        "The 20 week timescale is never met and nobody tells you why.",
        "I want to be able to ring one person who knows my child.",
        "The drop-in was the first time a health person explained what they can fund.",
        "Our paediatrician appointment was cancelled twice, we waited 9 months.",
        "Transport have been great this term, same driver every day.",
        "Short breaks give my other children time with me too.",
        "I didnt know about SENDIASS until today. Why is this not in the letter?",
        "Please stop sending letters full of initials. What is an EP?",
        "Our SENCO is fighting for us but the school has no money.",
        "Being asked what I think today made me feel like it matters.",
        "We need more special school places near home, 45 minutes in a taxi each way is too far.",
        "The equipment service was quick, the OT was brilliant.",
    ],
    "young_person": [
        "I want to be in my own review not just sign it after.",
        "College open days are too busy, can there be a quiet one?",
        "I want help to get a job, not just more courses.",
        "Travel training gave me my freedom.",
        "Sometimes the words in my plan are not how I would say it.",
        "I liked today because we could draw our answers.",
    ],
    "practitioner": [
        "Health advice would be on time if requests came with the right consent forms.",
        "Schools need a named contact in the SEN team.",
        "The forum's training on co-production changed how we run our reviews.",
    ],
    "child": [
        "I like the sensory room.",
        "I want more time outside.",
    ],
}
ACTIONS = [
    ("Publish average EHCP timescales each month on the Local Offer", "SEN team"),
    ("Add a plain words glossary to every EHCP letter", "SEN team"),
    ("Share CAMHS waiting times and what support is available while waiting", "ICB"),
    ("Hold a quiet college open day for young people with SEND", "Northvale College"),
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


def _details(row: tuple, today: date, rng: random.Random) -> EventDetails:
    days, title, kind, place, online, start, end, adjustments, partners = row
    past = days < 0
    return EventDetails(
        title=title, event_type=kind, held_on=today + timedelta(days=days),
        starts_at=time(start), ends_at=time(end), place=place, online_link=online,
        partners=partners, facilitators=rng.choice(["Tom Okafor", "Jo Hughes and Tom Okafor",
                                                    "Priya Shah"]),
        adjustments=adjustments,
        adjustments_other="Interpreters for other languages on request"
        if "other" in adjustments else "",
        notes="Room booked; tea and biscuits." if not past else "Good turnout. Notes typed up.",
        feedback_survey_slug="event-feedback" if past else None,
        **(_attendance(rng, kind) if past else dict.fromkeys(COUNT_COLUMNS, 0)))


def _heard(rng: random.Random, kind: str) -> dict[str, list[str]]:
    groups = ["young_person", "child"] if kind in ("focus_group", "school_or_college_visit") \
        else ["parent_carer", "practitioner"]
    return {group: rng.sample(HEARD[group], min(len(HEARD[group]), rng.randint(2, 5)))
            for group in groups}


def seed(session: Session, area: Area, seed_value: int = 2026) -> int:
    """A year of listening events in the area, with what was heard at the past ones."""
    rng, today = random.Random(seed_value), local_today()
    for row in EVENTS:
        event = services.create_event(session, area.id, _details(row, today, rng))
        if event.held_on >= today:
            continue
        for group, lines in _heard(rng, event.event_type).items():
            services.add_heard(session, event, "\n".join(lines), group)
        for text, owner in rng.sample(ACTIONS, rng.randint(0, 2)):
            action = services.add_action(session, event, text, owner,
                                         event.held_on + timedelta(days=60))
            if action.due_on and action.due_on < today:  # older actions have moved on
                services.set_action_status(session, action, ActionStatus.DONE)
            elif event.held_on < today - timedelta(days=30):
                services.set_action_status(session, action, ActionStatus.DOING)
    return len(EVENTS)
