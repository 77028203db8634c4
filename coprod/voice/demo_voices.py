"""What demo people say, made from templates so that no stock line repeats across unrelated
events and survey answers: each speaker's voice (a young person in the first person about
themselves, a parent carer about "my son" or "my daughter", a practitioner in a calm
professional register, a child in a few short words) and each topic has its own lines, with
slots filled at random (a child, a number of weeks, a school), good news and bad.

Seeded by the caller's random, so the same seed gives the same demo."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

GOOD, BAD = "good", "bad"
# Parents speak of one child; pronouns follow the child ("my son ... his plan").
CHILDREN = (("my son", "he", "his", "him"), ("my daughter", "she", "her", "her"),
            ("our son", "he", "his", "him"), ("our daughter", "she", "her", "her"),
            ("my youngest", "he", "his", "him"), ("my eldest", "she", "her", "her"))
# Other family members and carers speak as parents do, of the child they look after.
OTHER_CHILDREN = (("my grandson", "he", "his", "him"), ("my granddaughter", "she", "her", "her"),
                  ("my foster son", "he", "his", "him"),
                  ("my foster daughter", "she", "her", "her"), ("my nephew", "he", "his", "him"))
FILLS = {
    "school": ("Oakfield Primary", "Riverside Academy", "Brookfield School", "St Anne's",
               "the high school", "Hillside Juniors", "the academy"),
    "worker": ("the SENCO", "the caseworker", "the OT", "the speech therapist",
               "the school nurse", "the educational psychologist"),
    "weeks": tuple(str(n) for n in range(3, 19)),
    "months": tuple(str(n) for n in range(4, 21)),
    "hours": ("1", "2", "3", "4", "6"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "subject": ("maths", "English", "science", "art", "PE", "cooking"),
    "job": ("in a garage", "with animals", "in a cafe", "in a shop", "with computers",
            "in a nursery", "as a mechanic"),
}

# group -> topic -> (good lines, bad lines). "general" is used when a topic has no lines.
LINES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "parent_carer": {
        "ehcp": ((
            "{Child}'s plan finally describes {him} properly, {worker} wrote it with us.",
            "The draft plan came in {weeks} weeks and it actually sounds like {child}.",
            "Our annual review for {child} was on time and {he} led part of it.",
        ), (
            "We waited {months} months for {child}'s EHCP. The 20 weeks means nothing.",
            "{Child}'s plan says {he} gets 1:1 support but {he} has not had it since {day}.",
            "The annual review paperwork for {child} came the night before the meeting.",
            "Section F of {child}'s plan is so vague it could be about any child.",
            "{Child}'s annual review was cancelled twice and nobody said why.",
        )),
        "health": ((
            "{Worker} saw {child} within {weeks} weeks and the advice was brilliant.",
            "The DCO drop-in was the first time anyone explained what health can fund.",
            "The equipment for {child} came quickly and {he} uses it every day.",
        ), (
            "CAMHS told us {months} months for {child}. {He} needs help now.",
            "{Child}'s speech therapy stopped when {he} moved school. {His} needs did not.",
            "We have waited {months} months for an autism assessment for {child}.",
            "Therapy is in {child}'s plan but the NHS say they have no staff. Who is "
            "responsible?",
        )),
        "transport": ((
            "Transport have been great, {child} has the same driver every day now.",
            "The new route means {child} gets to {school} calm instead of upset.",
        ), (
            "The taxi did not turn up for {child} on {day} and nobody rang me.",
            "Transport changed {child}'s driver without telling us and {he} was in meltdown.",
            "{Child} spends {hours} hours a day in a taxi. That is too long for {him}.",
        )),
        "short_breaks": ((
            "Short breaks on Saturdays give {child} friends and give us a rest.",
            "The short breaks club knows {child} so well, {he} runs in the door.",
        ), (
            "We were offered {hours} hours of short breaks a month for {child}. That is not a "
            "break.",
            "The short breaks club is full and {child} has been on the list for {months} "
            "months.",
            "Please do not cut short breaks. They are the only thing keeping us going.",
        )),
        "school": ((
            "{Worker} at {school} listens and rings me back about {child}.",
            "{Child} is happy to go to {school} now, the TA really understands {him}.",
            "The quiet room at {school} means {child} can stay in lessons.",
        ), (
            "{Child} has been on a part time timetable at {school} for {months} months.",
            "{School} keeps sending {child} home early. {He} is being excluded without the "
            "word.",
            "{Child} masks at {school} so they say there is no problem. At home it is "
            "different.",
            "{Worker} at {school} has half a day a week for hundreds of children.",
        )),
        "information": ((
            "SENDIASS came to the meeting with me and explained {child}'s rights.",
            "The new letters are much easier to read, thank you.",
        ), (
            "The Local Offer website is impossible to use, the links are broken.",
            "Nobody told us about personal budgets for {child} until another parent did.",
            "Every letter is full of initials. I had to look up what an EP is.",
            "I have told {child}'s story to so many professionals. Why is it not written "
            "down once?",
        )),
        "adulthood": ((
            "The preparing for adulthood meeting asked {child} what {he} wants. At last.",
            "College are keeping us updated and {child} is settling in well.",
        ), (
            "Nobody can tell us what happens to {child}'s plan after {he} turns 19.",
            "College said they could meet {child}'s needs then dropped {him} after {weeks} "
            "weeks.",
            "Moving to adult services is frightening, {child} will lose the nurse {he} knows.",
        )),
        "caseworker": ((
            "Our new caseworker rings back the same day, what a difference.",
            "The caseworker came to meet {child} before writing anything.",
        ), (
            "Our caseworker changed {n} times this year. Each one had to read the file again.",
            "I have left voicemails for the caseworker every {day} for {weeks} weeks.",
            "The caseworker has never met {child}. Please ask {him}, not just us.",
        )),
        "event": ((
            "Good session, I felt listened to for once.",
            "Thank you for the childcare, I could not have come otherwise.",
            "Meeting other parents of children like {child} helped more than anything.",
        ), (
            "Please hold it after school, I could not come until {child} was collected.",
            "Send the papers before, I had no time to read them on the day.",
            "Tell us what happened since last time before asking again.",
            "There was nobody from health and most of our questions were about CAMHS.",
        )),
        "general": ((
            "Being asked what I think about {child}'s support made me feel it matters.",
            "The forum coffee mornings are the one place I do not have to explain myself.",
        ), (
            "I feel like I have to fight for everything for {child}. I am exhausted.",
            "Communication. Nobody tells you anything about {child} unless you chase.",
            "Ask the child. Nobody has ever asked {child} what {he} thinks.",
        )),
    },
    "young_person": {
        "ehcp": ((
            "I went to my own review and they listened to what I said.",
            "My plan has my own words in it now.",
        ), (
            "I want to be in my own review, not just sign it after.",
            "Sometimes the words in my plan are not how I would say it.",
            "I have a plan but I do not know what is in it.",
            "Everyone talked about me in my review like I was not there.",
        )),
        "health": ((
            "The nurse at college explains things to me, not my mum.",
            "I got to see someone at CAMHS in {weeks} weeks and it helped.",
        ), (
            "I waited {months} months for CAMHS and then it was only on the phone.",
            "The doctor still treats me like a kid.",
            "I am scared of moving to adult services. I will lose my nurse.",
        )),
        "transport": ((
            "Travel training was the best thing, I can get the bus on my own now.",
        ), (
            "My bus to college takes {hours} hours each way.",
            "The bus is always late and I get anxious.",
        )),
        "school": ((
            "The quiet room at school helps me when it gets too loud.",
            "My TA is the best, she gets me.",
            "I like {subject} because the teacher explains it twice.",
        ), (
            "I do not want to be taken out of {subject} all the time, everyone stares.",
            "Teachers should learn about autism before they shout.",
            "I have changed school {n} times and I am tired of starting again.",
            "The lunch hall is too loud so I eat in the toilets.",
        )),
        "adulthood": ((
            "My supported internship is really good, I want to stay on.",
            "I want to live on my own one day and I am learning to cook.",
            "College helped me get work experience {job}.",
        ), (
            "I want a job {job} but nobody at school talks about jobs.",
            "I worry about money and bills and nobody explains it.",
            "I do not know what happens to my plan when I am 19.",
            "I get lonely at weekends, there are no clubs for people like me.",
            "Nobody asked me what I want, they just talk to my mum.",
        )),
        "caseworker": ((
            "My caseworker helped me get transport to college.",
            "Mine listens and writes things down so I remember.",
        ), (
            "Call me back when you say you will. I waited {weeks} weeks.",
            "Talk to me, not just my mum.",
            "Text me, do not ring. I do not like the phone.",
            "Use easy words. The letters are too long for me.",
            "I have had {n} different caseworkers this year.",
        )),
        "event": ((
            "I liked today because we could draw our answers.",
            "Good that there was a quiet room, I used it twice.",
            "I liked being asked and I want to come again.",
        ), (
            "More young people please, it was mostly adults.",
            "It went on too long and I got tired.",
            "Tell us what you did with what we said last time.",
        )),
        "general": ((
            "I felt listened to this time.",
        ), (
            "I want people to ask me, not my mum.",
            "Please make the forms easy read.",
        )),
    },
    "child": {
        "school": (("I like my teacher, she is kind.", "I like the sensory room.",
                    "I like {subject}."),
                   ("Playtime is too noisy.", "Reading is hard and people laugh.",
                    "I want a quiet place to eat my lunch.")),
        "short_breaks": (("I like the Saturday club, we go swimming.",), ()),
        "event": (("I liked drawing my answers.", "I liked the stickers."),
                  ("It was too long.",)),
        "general": (("I want more time outside.", "The taxi man is nice."), ()),
    },
    "practitioner": {
        "ehcp": ((
            "Joint planning with families has made our plans more specific.",
            "Plans written after meeting the child lead to clearly better outcomes.",
        ), (
            "Advice requests arrive with a {weeks} week deadline and our list is longer.",
            "Annual review changes are not reaching the plans, some are years out of date.",
            "Clearer thresholds for requesting an assessment would help schools.",
            "Outcomes in plans are rarely specific enough to measure progress against.",
            "We have {n} plans waiting for health advice this term.",
            "Annual reviews for {n} of our pupils are overdue because of staffing.",
        )),
        "health": ((
            "The DCO drop-ins have helped our staff understand what health can provide.",
        ), (
            "Health advice often arrives late, so plans are issued without it.",
            "Therapy caseloads mean schools receive a report rather than therapy.",
            "Requests would be quicker if they came with the right consent forms.",
            "The wait for a speech and language assessment is now about {months} months.",
            "We are supporting {n} families on the CAMHS waiting list with no advice to give.",
        )),
        "transport": ((
            "The transport team's new contact line has helped us sort problems the same day.",
        ), (
            "Transport decisions are made without asking the school about the child's needs.",
            "Pupils arriving after a {hours} hour journey are not ready to learn.",
        )),
        "school": ((
            "Outreach from the special school made a real difference to one of our pupils.",
            "The graduated response toolkit is helpful, thank you.",
        ), (
            "Most of our SENCO time goes on paperwork rather than on children.",
            "Early years settings need more support with inclusion funding.",
            "Parents come to us in crisis because they cannot reach the SEN team.",
            "We have {n} pupils on part time timetables and not enough support to change that.",
            "Training for teaching assistants on autism would help us keep pupils in class.",
        )),
        "adulthood": ((), (
            "Post 16 options for young people with complex needs are limited locally.",
            "Transition planning starts too late, often in Year 11.",
        )),
        "information": ((
            "The new Local Offer pages are easier to point families to.",
        ), (
            "A named contact in the SEN team for each school would save a lot of time.",
            "Families often hear about their rights from us first, not from the letters.",
        )),
        "event": ((
            "A useful session, the small groups worked well.",
            "Joint training with the forum was the best development we have had this year.",
        ), (
            "More notice of the date would let more staff attend.",
        )),
        "general": ((
            "We would welcome more joint work with the parent carer forum.",
            "Co-production with families has changed how we run meetings.",
        ), (
            "We could do more with clearer guidance on who does what.",
            "Caseloads have risen by about a third this year.",
        )),
        "caseworker": ((
            "Caseworkers who come to reviews make the plans much better.",
        ), (
            "Schools rarely know who the caseworker is for a pupil.",
            "When a caseworker leaves, their families can wait {weeks} weeks for a new one.",
        )),
    },
}
# What a speaker may add after a line, in the same mood.
TAILS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "parent_carer": ((" Thank you.", " Please keep it.", " It has made a real difference.",
                      " More of this please."),
                     (" I am exhausted.", " Nobody rings back.", " We are at breaking point.",
                      " Please sort it out.", " It should not be this hard.",
                      " I have complained twice.")),
    "young_person": ((" That was good.", " Thanks.", " More of that please."),
                     (" It is not fair.", " It makes me anxious.", " Please listen.")),
    "practitioner": ((" We would like to build on this.", " Families have noticed too.",
                      " It is worth sharing with other settings."),
                     (" We would welcome a conversation about this.",
                      " It affects several families we support.",
                      " We have raised it through the usual route.",
                      " It is the most common concern we hear.")),
}
# How a speaker may start, before a line (its first letter then made small).
OPENERS: dict[str, tuple[str, ...]] = {
    "parent_carer": ("Honestly, ", "To be honest ", "As a mum, ", "As a dad, ", "For us, ",
                     "Speaking as a parent, "),
    "young_person": ("Honestly ", "For me ", "tbh ", "Basically ", "Personally "),
    "practitioner": ("As a SENCO, ", "In our setting, ", "From a health perspective, ",
                     "In my experience, ", "Speaking for our team, ", "As a teacher, ",
                     "From the early years side, "),
}
# Lines starting with one of these words can follow an opener ("Honestly, my son..."); an
# imperative cannot ("Honestly, call me back" reads oddly).
SUBJECTS = frozenset({"I", "My", "Our", "The", "We", "College", "Nobody", "Every", "Most",
                      "Plans", "Health", "Therapy", "Transport", "Short", "Transition",
                      "Annual", "Outcomes", "Advice", "Schools", "Parents", "Early", "Post",
                      "Joint", "Outreach", "Mine", "Travel", "Sometimes", "Teachers"})
STOCK_REPEATS = 2  # a line may come up again this many times at most


@dataclass
class DemoVoices:
    """Draws lines that fit the speaker and the topic, filled at random and never the same
    line more than STOCK_REPEATS times."""

    rng: random.Random
    said: dict[str, int] = field(default_factory=dict)

    def say(self, group: str, topic: str, mood: str | None = None) -> str:
        """One thing a person of this group says about this topic ("good" or "bad" news, or
        either)."""
        text = ""
        for _attempt in range(40):
            text = self._draw(group, topic, mood)
            if self.said.get(text, 0) < STOCK_REPEATS - 1 or _attempt > 30:
                break
        self.said[text] = self.said.get(text, 0) + 1
        return text

    def _draw(self, group: str, topic: str, mood: str | None) -> str:
        topics = LINES.get(group) or LINES["parent_carer"]
        good, bad = topics.get(topic) or topics["general"]
        if not good and not bad:
            good, bad = topics["general"]
        wanted = mood or (GOOD if self.rng.random() < 0.3 else BAD)
        lines = (good if wanted == GOOD else bad) or good or bad
        if wanted == GOOD and not good:
            wanted = BAD
        if wanted == BAD and not bad:
            wanted = GOOD
        children = CHILDREN if group in LINES else OTHER_CHILDREN
        text = _filled(self.rng.choice(lines), self.rng, children)
        openers = OPENERS.get(group)
        if openers and text.split(" ", 1)[0] in SUBJECTS and self.rng.random() < 0.4:
            text = self.rng.choice(openers) + _small_first(text)
        tails = TAILS.get(group if group in LINES else "parent_carer")
        if tails and self.rng.random() < 0.45:
            text += self.rng.choice(tails[0] if wanted == GOOD else tails[1])
        if group in ("young_person", "child") and self.rng.random() < 0.3:
            text = _typed_fast(text)
        return text


def _filled(template: str, rng: random.Random,
            children: tuple[tuple[str, str, str, str], ...]) -> str:
    child, he, his, him = rng.choice(children)
    fills = {key: rng.choice(values) for key, values in FILLS.items()}
    fills.update(child=child, he=he, his=his, him=him, n=str(rng.randint(2, 5)))
    fills.update({key.capitalize(): _capital(value) for key, value in list(fills.items())})
    return template.format(**fills)


def _small_first(text: str) -> str:
    """A line's first letter made small after an opener, unless it starts a name ("I", "CAMHS",
    "SENDIASS", "Travel")."""
    first = text.split(" ", 1)[0]
    if first == "I" or first.isupper() or first in ("SENDIASS", "CAMHS", "DCO"):
        return text
    return text[:1].lower() + text[1:]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _typed_fast(text: str) -> str:
    """As many young people type on a phone: no capital, no full stop, no apostrophes."""
    text = text.rstrip(".").replace("'", "")
    return text[:1].lower() + text[1:] if not text.startswith("I ") else text
