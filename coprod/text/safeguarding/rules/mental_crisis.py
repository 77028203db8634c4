"""Safeguarding rules: a mental health crisis."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import MENTAL_CRISIS

RULES: tuple[Rule, ...] = (
    rule(MENTAL_CRISIS, r"\bmental health crisis\b(?! team| line| service)|"
                         r"\bsectioned\b|\bin and out of (?:a&e|a and e|hospital)\b",
          # a service described: "the crisis team supports you through a mental health crisis"
          unless_before=r"\b(?:support|supports|supporting|help|helps|helping|see|sees|care for)"
                        r" (?:you|people|someone|anyone|children|young people|families) (?:through|"
                        r"during|in|with) (?:a|an)"),
    rule(MENTAL_CRISIS, any_of(
        # a child "living in hell"
        r"\b(?:he|she|son|daughter|child|boy|girl|\w+ year old) (?:is|was|has been|have been) "
        r"living (?:in )?(?:a )?(?:hell|living hell|nightmare)\b",
        # told to ring the police when a child is in meltdown or crisis
        r"\b(?:ring|call|phone)\w* (?:the )?police (?:\w+ ){0,3}(?:when|if|whenever) (?:he|she|"
        r"they)(?: is| are| gets| get| goes| go)? (?:in |into )?(?:a )?(?:meltdown|crisis|violent|"
        r"aggressive)\b")),
    # a young child who has stopped eating (not only a food: "stopped eating meat")
    rule(MENTAL_CRISIS,
          r"\b(?:he|she|son|daughter|child|boy|girl|\w+ year old) (?:has |had |have )?(?:\w+ )?"
          r"stopped eating\b(?! (?:\w+ )?(?:meat|vegetables|fruit|gluten|dairy|lunch|breakfast|"
          r"dinner|at school|in the canteen|school dinners|packed lunch|sweets|chocolate))",
          # with a sign of danger to the body: weight, centile, hospital, a feeding tube
          also=r"\b(?:centile|weight|weighs|hospital|tube|drinking|starv\w*|skin and bone|"
               r"dehydrat\w*)\b"),

    # --- Structural rules: who did what to whom, not one fixed phrase ------------------------
    # A person (he, they, a man, my step dad, staff...) + a harm verb + me/him/her or a body
    # part, with at most a few helper words between ("he always whacks me round the head").
)
