"""Safeguarding rules: a child asked to keep secrets."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import SECRETS

RULES: tuple[Rule, ...] = (
    rule(SECRETS, any_of(
        r"\bkeep(?:s|ing)? (?:it |this |that |them |things |everything |a |our |the |it a |it "
        r"our )*(?:a |our |special |little )*secrets?\b",
        r"\bour (?:little |special )?secret\b",
        r"\b(?:do not|never|must not) tell (?:my|anyone|mum|dad)\b",
        r"\b(?:told|tells|said|says|asked|asks) (?:me|him|her|them) (?:not to|to not|never to) "
        r"(?:tell|say)\b|\b(?:told|tells|telling) (?:me|him|her|them) to keep (?:quiet|it quiet|"
        r"quiet about it)\b",
        r"\bnot to tell (?:his|her|your|my|their) (?:parents|mum|dad|family|teacher)\b|"
        r"\bif (?:i|you|he|she) (?:tell|tells|told) (?:anyone|anybody)\b|\bif (?:i|you) (?:tell|"
        r"told)(?= ?[.!?;,)]| ?$)"),
          unless_after=r" (?:that|until|till|for now|about the|from the (?:press|parents|"
                       r"families)|(?:in|during|at) (?:assembly|class|lessons?|the library|"
                       r"church|the cinema|the meeting|exams?|the test))\b"),

    # nobody else to know; a threat if the child speaks ("if i say anything to my social worker
    # shell send me back")
    rule(SECRETS, any_of(
        r"\bnot for (?:anyone|anybody|everyone|other people) (?:else )?to know\b|\b(?:nobody|no "
        r"one) (?:else )?(?:is allowed to|can|must|should|is meant to) know\b",
        r"\bif (?:i|you|he|she) (?:say|says|said|tell|tells|told|speak|speaks|talk|talks|"
        r"mention\w*|grass\w*) (?:\w+ ){0,6}(?:(?:she|he|they|i|we) (?:will|would|is going to|are "
        r"going to|gonna)|shell|hell|theyll) (?:send (?:me|him|her|you) (?:back|away)|put (?:me|"
        r"him|her|you) in care|hurt|kill|beat|batter|smack|hit|punish|get (?:me|him|her|you))\b"),
          unless_sentence=r"\b(?:surprise|present|presents|birthday|christmas|party|ending|"
                          r"spoiler\w*|council|school|la|panel|tribunal)\b"),

    # --- Emotional abuse ----------------------------------------------------------------------
    # not to tell, lifts and money from adult men, hands at clothes, walking in on a bath
    rule(SECRETS, r"\b(?:says|said|told|tells|tell|asks|asked) (?:him |her |me |them )?(?:not to|"
                   r"to not|never to|do not|dont|not) tell (?:me|mum|dad|anyone|anybody|any one|"
                   r"no one|nobody|(?:his|her|my|their) (?:mum|dad|mam|parents|teacher|carer)|"
                   r"the teachers?|school|the police)\b",
          unless_sentence=r"\b(?:surprise|present|presents|birthday|christmas|party|ending|"
                          r"spoiler\w*)\b"),
)
