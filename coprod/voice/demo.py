"""Demo comments from the channels other than surveys and events: emails, calls, letters, posts,
complaints and compliments, over the past year, in families' own words (spelling kept)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from sqlmodel import Session, col, select

from coprod.areas.models import Area, Membership, Role
from coprod.voice import services
from coprod.voice.demo_voices import DemoVoices
from coprod.voice.models import Comment
from coprod.voice.parsing import NewComment, local_today

PARENT = [
    "We applied for an EHCP in January and it is now October. The 20 weeks means nothing.",
    "Still waiting for the draft plan. Nobody answers the phone at the SEN team.",
    "The EHCP arrived but section F is so vague it could be about any child.",
    "My son has been out of school since Easter because they cant meet his needs. "
    "Nobody seems to be in charge.",
    "CAMHS said the wait is 18 months. My daughter is self harming now, not in 18 months.",
    "We were told to go to the GP, the GP sent us to CAMHS, CAMHS sent us back to school. "
    "Round and round.",
    "The taxi to school didnt turn up three days this week and no one rang me.",
    "Transport changed the driver again without telling us. He was in meltdown before 8am.",
    "Short breaks are the only thing keeping our family going. Please dont cut them.",
    "We were offered 2 hours of short breaks a month. That is not a break.",
    "The SENCO at Oakfield is amazing, she actually listens and rings me back.",
    "Our SENCO has 600 children and half a day a week. She tries but its impossible.",
    "I have told my sons story to 11 different professionals this year. Why isnt it written "
    "down once?",
    "Tell my story once would be nice. Instead every meeting starts from scratch.",
    "Annual review was cancelled twice and then held without the school nurse.",
    "The annual review paperwork came the night before. How are we meant to prepare?",
    "We had to go to tribunal to get the placement. We won but it took a year of our lives.",
    "The local offer website is impossible to find anything on, links are broken.",
    "SENDIASS were brilliant, they came to the meeting with me and I felt less alone.",
    "Finally felt listened to at the last panel. Thank you to the caseworker.",
    "My daughter is autistic and masks at school so they say there is no problem. At home "
    "its a different child.",
    "Speech and language therapy stopped when she turned 11. Her needs didnt stop.",
    "Im a dad and every letter is addressed to her mum. We both have parental "
    "responsibility.",
    "English is not my first language and the letters are very hard to understand.",
    "Can someone please call me back about the plan for Tyler, my number is 07700 900461.",
    "Please email me on sarah.k@example.com, I have asked three times about the transfer "
    "review.",
    "The caseworker changed four times in a year. Each one had to read the file again.",
    "Part time timetable for over a year now. I cant work because I am always on call.",
    "Exclusions are happening because his needs arent met. Its not bad behaviour.",
    "We are on the waiting list for an ADHD assessment for 3 years now.",
    "The OT assessment was really thorough and the equipment came quickly. Good service.",
    "Respite at Willow House has been life changing for us. The staff know him so well.",
    "Preparing for adulthood meeting was the first time anyone asked my son what HE wants.",
    "College said they could meet need then dropped him after 6 weeks.",
    "Nobody told us about personal budgets until another parent mentioned it.",
    "I feel like I have to fight for everything. I am exhausted.",
    "The forum coffee mornings are the only place I dont have to explain myself.",
    "Mrs Patel the SENCO went above and beyond to get him a place on the nurture group.",
    "Why does the panel decide without meeting my child?",
    "We moved from another county and the plan took 5 months to be transfered.",
    "The sensory room at the new school is great and he comes home calmer.",
    "Health visitor spotted his needs early and we got help quickly. Thank you.",
    "Waiting times for the wheelchair service are shocking, he has outgrown his chair.",
    "After school clubs wont take him without 1:1 support and theres no funding for it.",
    "Letters use so many abbreviations. What is a DSCO?",
]
YOUNG_PERSON = [
    "I want people to ask me not my mum.",
    "My college is good but the bus takes 2 hours each way.",
    "I dont like meetings where everyone talks about me like Im not there.",
    "I want to get a job in a garage. Nobody at school talks about jobs.",
    "The quiet room at school helps me when it gets too loud.",
    "I waited ages to see someone at CAMHS and then it was only on the phone.",
    "My TA is the best, she gets me.",
    "I want to live on my own one day and learn to cook.",
    "Teachers should know about autism before they shout.",
    "I liked the youth club, I made 2 friends there.",
    "I had to change school 3 times, I am tired of starting again.",
    "Please make the forms easy read.",
    "I dont want to be taken out of lessons all the time, everyone stares.",
    "The mentor at college helped me apply for my course. That was good.",
    "I felt listened to at my review this time.",
    "I want to go to college with my friends not a different one miles away.",
    "Its hard to make friends when you are at a different school to everyone on your road.",
    "Travel training was really good, I can get the bus by myself now.",
]
CHILD = [
    "I like my teacher because she is kind.",
    "Playtime is too noisy.",
    "I like going to the short breaks club on Saturdays, we do swimming.",
    "I want a quiet place to eat my lunch.",
    "The taxi man is nice.",
    "Reading is hard and people laugh.",
]
PRACTITIONER = [
    "As a SENCO I spend most of my time on paperwork for EHCP requests, not with children.",
    "Advice requests for EHC needs assessments come with a 6 week deadline and our waiting "
    "list is longer than that.",
    "Health advice often arrives late so plans are issued without it.",
    "We need clearer thresholds for requesting an assessment, schools are guessing.",
    "The new graduated response toolkit is really helpful, thank you.",
    "Transport decisions are made without talking to the school about the child's needs.",
    "Early years settings need more support with funding for inclusion.",
    "Joint training with the forum was the best CPD I have had this year.",
    "Outreach from the special school made a real difference to one of our pupils.",
    "Annual reviews are not being updated after we send them in, plans are years out of date.",
    "Parents are coming to us in crisis because they can't get through to the SEN team.",
    "Speech and language therapy caseloads mean we only get a report, not therapy.",
    "The DCO drop-ins have helped us understand what health can and cannot provide.",
    "Post 16 options for young people with complex needs are very limited locally.",
    "We could do more if the plan outcomes were actually SMART.",
]
OTHER = [
    "I am a grandparent and I look after my grandson 3 days a week. Nobody includes us.",
    "As a foster carer I was not invited to the annual review.",
    "Childminder here. I had no idea how to get help for a 2 year old with possible needs.",
]
# (group, bank, how_given weights, share of comments)
VOICES = [("parent_carer", PARENT, (90, 8, 2), 0.55), ("young_person", YOUNG_PERSON,
          (55, 35, 10), 0.2), ("child", CHILD, (20, 50, 30), 0.05),
          ("practitioner", PRACTITIONER, (100, 0, 0), 0.17), ("other", OTHER, (90, 5, 5), 0.03)]
CHANNELS = (("email", 30), ("phone", 20), ("letter", 6), ("social_media", 16),
            ("complaint", 14), ("compliment", 8), ("other", 6))
HOW = ("alone", "with_help", "on_behalf")
COMMENTS = 150


TOPICS = ("ehcp", "health", "transport", "short_breaks", "school", "information", "adulthood",
          "caseworker", "general")


class _Voices:
    """Each group's written lines once, in a shuffled order; after that, lines made from the
    group's templates (demo_voices), so nobody says a stock line twice word for word."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.queues: dict[str, list[str]] = {}
        self.made = DemoVoices(rng)

    def next_text(self, group: str, bank: list[str]) -> str:
        if group not in self.queues:
            self.queues[group] = self.rng.sample(bank, len(bank))
        if self.queues[group]:
            return self.queues[group].pop()
        return self.made.say(group, self.rng.choice(TOPICS))


def _comment(rng: random.Random, voices: _Voices, today) -> NewComment:
    group, bank, how_weights, _share = rng.choices(VOICES, weights=[v[3] for v in VOICES])[0]
    channel = rng.choices([c for c, _w in CHANNELS], weights=[w for _c, w in CHANNELS])[0]
    how_given = rng.choices(HOW, weights=how_weights)[0]
    return NewComment(voices.next_text(group, bank), group, channel,
                      today - timedelta(days=rng.randint(0, 364)), how_given)


def seed(session: Session, area: Area, seed_value: int = 2026) -> int:
    """About 150 comments from the channels other than surveys and events, over a year."""
    rng, today = random.Random(seed_value), local_today()
    voices = _Voices(rng)
    comments = [_comment(rng, voices, today) for _n in range(COMMENTS)]
    # Whether each person agreed their words can be shared: a random of its own, so asking
    # left every comment's words, group and date as they were.
    asked = random.Random(f"{seed_value}-share-words")
    comments = [replace(c, share_consent=asked.random() < 0.5) for c in comments]
    return services.add_comments(session, area.id, comments,
                                 created_by_id=_officer(session, area)).saved


def _officer(session: Session, area: Area) -> int | None:
    """The area's first officer: they typed in the demo's emails and calls, and approve."""
    return session.exec(select(Membership.user_id).where(
        Membership.area_id == area.id, Membership.role == Role.OFFICER.value)
        .order_by(Membership.id)).first()


QUOTE_EVERY = 3  # an officer approves every third quotable comment, newest first
QUOTE_LENGTH = 40


def approve_quotes(session: Session, area: Area) -> int:
    """An officer approves some comments for public pages (only from people who agreed their
    words can be shared, never a flagged one or one from a small group), so reports and
    public pages have quotes to show. Returns how many. Run after the comments are analysed."""
    officer = _officer(session, area)
    if officer is None:
        return 0
    query = services.comments_query(area.id).where(col(Comment.share_consent).is_(True))
    quotable = [c for c in session.exec(query).all()
                if len(c.display_text) >= QUOTE_LENGTH
                and services.why_not_publishable(session, c) is None]
    chosen = quotable[::QUOTE_EVERY]
    for comment in chosen:
        services.approve_for_publication(session, comment, officer)
    return len(chosen)
