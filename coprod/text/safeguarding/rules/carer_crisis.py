"""Safeguarding rules: a parent or carer in crisis."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import CARER_CRISIS, ENDS, ME

RULES: tuple[Rule, ...] = (
    # a parent who says they are not safe with the children, or has thoughts they cannot say
    # ("I'm not safe to be left with the children at the moment, I'm having thoughts I can't
    # say out loud")
    rule(CARER_CRISIS, r"\b(?:i am|i|we are|he is|she is) not safe (?:to be )?(?:left )?(?:alone )?"
                        r"(?:with|around|near) (?:the|my|our|his|her) (?:children|kids|baby|son|"
                        r"daughter|boys|girls)\b|\bthoughts (?:i|he|she) (?:can not|could not|do "
                        r"not want to|dare not|am scared to) (?:say|tell|share|speak)\b|\b(?:scary|"
                        r"dark|intrusive|bad|horrible) thoughts about (?:hurting|harming|"
                        r"killing)\b",
          speaker_cancel=False),
    rule(CARER_CRISIS,
          rf"{ME} (?:can not|could not|am not|are not|was not|not) cop(?:e|ing)(?: any ?more| any "
          rf"longer| much longer)?{ENDS}|{ME} (?:at|reached|reach|hit|near|past) (?:my |our |the "
          rf"|a )?breaking point\b|\bnot know how (?:much )?long(?:er)? (?:i|we) can (?:do this|go "
          rf"on|carry on|keep (?:going|this up)|take (?:it|this|any ?more)|cope|manage|hold on)\b|"
          rf"{ME} (?:can not|could not) (?:go on|carry on|keep going|do this|take (?:it|this|"
          rf"much|any) ?(?:more|any ?more)?){ENDS}|\b(?:can not|not) see (?:a|any) way out\b|"
          rf"\b(?:i|we|family)(?: \w+){{0,2}} falling apart\b|"
          rf"\b(?:can not|do not|can no longer) see how (?:i|we) (?:can |could |are going to |"
          rf"will )?(?:keep going|carry on|go on|cope|survive|get through (?:this|another))\b",
          speaker_cancel=False,
          # A young person imagining another school: "if I went to a mainstream school I would
          # not cope" is about the school, not a crisis now.
          unless_before=r"\bif (?:i|we) (?:went|moved|had gone|had to go|was sent|were sent) "
                        r"to (?:a |an |the )?(?:\w+ ){0,3}(?:school|college|class|unit|nursery)"
                        r"(?: ,)?|"
                        # what kept it from happening: "respite stopped our family falling apart"
                        r"\b(?:stop|stops|stopped|stopping|keep|keeps|kept|keeping|prevent\w*|"
                        r"saved|save|saving)(?: (?:us|me|our|my|the))?",
          needs=(" cop", "breaking point", " long", " go on", " carry on", " keep going",
                 " do this", " take ", " way out", "falling apart", "see how")),
    # round 7 (held-out set 1, sgh-*, scored before and now a development set): a parent
    # frightened of what they might do, who "understands those mothers you read about", who
    # cannot do it any more
    rule(CARER_CRISIS, any_of(
        r"\b(?:frightened|scared|afraid|terrified) (?:of )?what (?:i|we) (?:might|could|will|would|"
        r"am going to|may) do\b(?! (?:wrong|next|now|about|instead)\b| (?:to|at|in|with|about|"
        r"for|if|when|once|after|on) (?:the|them|that|this|him|her|they|he|she|it|we|i)\b)",
        r"\bunderstand (?:those|the|how|why) (?:\w+ ){0,2}(?:mothers|mums|mams|parents|fathers|"
        r"dads) (?:\w+ ){0,3}(?:read about|in the (?:news|papers?)|on the news)\b",
        r"\b(?:(?:i|we) (?:\w+ ){0,4}(?:can not|could not|can no longer)|(?:do not|not) (?:think|"
        r"know if|sure) (?:i|we) can(?: still)?) keep (?:my|the|our|them|him|her)(?: (?:kids|"
        r"children|son|daughter|boys|girls|baby|family))? safe\b",
        r"\b(?:i|we)(?: \w+){0,2} (?:can not|could not) do (?:it|this|any of it|any of this) any ?"
        r"(?:more|longer)\b(?! so\b| because (?:the|they|school|he|she)\b)",
        r"(?:^|[.!?] )can not (?:do this|go on|carry on|cope|take (?:it|this))(?: any ?more| any "
        r"longer)? ?(?:[.!?]|$)"),
          speaker_cancel=False),
    # round 8 (session 12): no longer safe alone with the child; a child to be left at an office
    rule(CARER_CRISIS, any_of(
        r"\b(?:no longer|not) safe to be (?:left )?alone with (?:my|our|him|her|them)\b",
        r"\b(?:i will|i am going to|going to) leave (?:him|her|them) (?:at|on|outside) (?:your|"
        r"their|the) (?:office|doorstep|door|steps)\b"),
          speaker_cancel=False),
    # round 9 (session 13): a parent who no longer trusts themselves with knives, tablets or
    # the children ("not because of him, because of me")
    rule(CARER_CRISIS, r"\bnot trust (?:myself|herself|himself) (?:with|around|near) (?:the |my "
         r"|his |her )?(?:knives|knife|tablets|pills|meds|them|him|her|children|kids|son|"
         r"daughter|boys|girls)\b", speaker_cancel=False),
    # round 10 (session 15), from the parent crisis misses of the learn sets: asleep or drunk
    # when meant to be watching the children, a child dropped again and again
    rule(CARER_CRISIS, any_of(
        r"\b(?:passed out|blacked out|fell asleep|nodded off|dozed off|drunk) (?:\w+ ){0,4}(?:meant"
        r"|"
        r"supposed) to be (?:watching|looking after|minding|caring for|supervising)\b",
        r"\bi (?:\w+ ){0,2}(?:nodded off|fell asleep|dozed off|passed out|blacked out)\b(?=.*\b"
        r"(?:woke (?:up )?to find|window|roof|road|front door|out of the house|cooker|bath)\b)",
        r"\bi (?:\w+ ){0,2}(?:dropped|have dropped|nearly dropped) (?:him|her|them|my \w+) (?:twice"
        r"|"
        r"again|three times|\w+ times|on(?:to)? the (?:floor|stairs|bathroom|pavement))\b",
        r"\b(?:i am|i have been|i have started|i started|i) drinking (?:(?:most|every) (?:night|"
        r"nights|day)|(?:far )?too much|(?:just |only )?to (?:get through|cope|sleep|numb|block|"
        r"forget|switch off))\b"),
          speaker_cancel=False),
    # Round 12: a carer who has started to harm or leave the child, or to drink to cope ("I
    # shook her tonight, she needs moving before I do worse", "nearly walked out and left
    # him", "drinking every night to cope. kids found me passed out", "scared what I'll do to
    # her")
    rule(CARER_CRISIS, any_of(
        r"\bbefore i (?:do (?:something )?worse|hurt (?:her|him|them)|do something (?:i regret|"
        r"worse|stupid)|really hurt (?:her|him|them))(?= ?[.!?,;]| ?$)",
        r"\b(?:nearly|almost|about to|going to|wanted to|want to|could have) (?:just )?(?:walk"
        r"(?:ed)? out|leave|left|drive off|drove off|gone out) and (?:leave|left) (?:him|her|"
        r"them)\b",
        r"\b(?:found|find|finds) (?:me|mum|dad|mam|my (?:mum|dad|partner|husband|wife|mam)) "
        r"(?:passed out|unconscious|drunk|off (?:my|his|her) face|out of it|out cold)\b",
        r"\bdrink\w* (?:(?:every|most|each) (?:night|day|evening)|all day|heavily|a lot|more|"
        r"again|wine|vodka|alcohol|gin|beer|cider)(?: \w+){0,2} to cope\b",
        r"\b(?:scared|afraid|frightened|worried|terrified) (?:of )?what (?:i|ill|i will|i would|"
        r"i might|i could|i am going to) (?:\w+ )?do to (?:her|him|them)\b")),
    rule(CARER_CRISIS, r"\bi (?:shook|slapped|smacked|hit|lashed out at|whacked|hurt) (?:her|him|"
                       r"them|my (?:son|daughter|child|grandson|granddaughter|boy|girl|foster "
                       r"\w+))\b(?! back)",
         also=r"\b(?:tonight|today|last night|not coping|can not cope|breaking|lost it|snapped|"
              r"need help|moving|worse|ashamed)\b"),
)
