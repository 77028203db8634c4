"""Safeguarding rules: abuse named outright."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import ABUSE

RULES: tuple[Rule, ...] = (
    rule(ABUSE, r"\b(?:was|been|being|is|are|were|gets) (?:abused|neglected)\b|"
                 r"\babus(?:es|ed|ing) (?:me|him|her|them|my \w+)\b"),
    # female genital mutilation and forced marriage (Keeping Children Safe in Education), said
    # as families say them: "going to have 'the cutting' when she visits her grandmother",
    # "arranged for her to marry a cousin abroad, she's 16 and begging me to stop it"
    rule(ABUSE, any_of(
        r"\bfgm\b|\bfemale genital \w+|\b(?:a|her|my|the) cutting ceremony\b",
        r"\bthe cutting\b(?! (?:of|back|edge|room|board|out|down|tool|machine|list|in|up|"
        r"table|mat|garden))",
        r"\bforced (?:in)?to (?:marry|get married|be married)\b|\bforced marriage\b",
        # "sent 'back home' to be married if she keeps seeing her friends"
        r"\b(?:sent|send|take|taken|taking) (?:\w+ ){0,3}(?:abroad|back home|overseas|to "
        r"pakistan|to bangladesh|to india|to somalia|to afghanistan) (?:\w+ ){0,2}to (?:be "
        r"married|get married|marry)\b"),
          service_words_cancel=True,
          also=r"\b(?:she|her|girl|girls|daughter|niece|grandmother|gran|aunt|holiday|holidays|"
               r"abroad|summer|ceremony|back home|forced|begging|does not want|not want|scared|"
               r"stop it|1[0-7]|me)\b"),
    rule(ABUSE, r"\b(?:arranged|arranging|planning|plans|planned|promised) (?:\w+ ){0,3}for (?:her|"
                 r"him|me|my \w+) to (?:marry|get married|be married|be engaged)\b",
          also=r"\b(?:forced|begging|begged|does not want|did not want|not want|scared|stop it|"
               r"1[0-7]|cries|crying|run away|no choice|will not let)\b"),
)
