"""Safeguarding rules: medical neglect (a child's medicine, feeds, aids or appointments withheld).

The kind the rules missed most on the blind sets learnt from (38 of the 39 medical neglect
disclosures of sets 4a-4f missed; 20 with these rules, which were written from those misses and
3a-3e's, no false alarm added there; on held-out set 2, not read, the rules found 2 more), told
calmly: "rescue meds not collected since March", "his dad won't give his inhaler", "was not
brought to the last two appointments". Each part names who withholds or what was not done, so a
service's delay ("the hospital cancelled again", "the pharmacy ran out") and a family's own
choice with the doctor stay calm.
"""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import ADULT_AT_HOME, NEGLECT

# What a child needs for their health, as families and practitioners name it.
_NEEDED = (r"(?:(?:rescue |epilepsy |seizure |anti seizure |asthma |adhd |reflux |evening |"
           r"morning |lunchtime |daily )?(?:medication|medicine|medicines|meds|tablets|pills)|"
           r"insulin(?: pens?)?|inhalers?|(?:tube |overnight |lunchtime |evening |weekend |night )?"
           r"feeds?|creams?|growth hormone|hearing aids?|glasses|splints)")
# An adult at home, as a child or a practitioner names them; with "he", "she" or "they" too
# where the verb is one a child does not do to themselves ("he won't give her the inhaler").
_ADULT = rf"(?:{ADULT_AT_HOME}|parents?|home|family|carers?)"
_AT_HOME = rf"(?:{_ADULT}|he|she|they)"

# Help offered and not taken up: letters unanswered, appointments cancelled or missed
_UNANSWERED = (r"\b(?:letters?|not brought|cancel\w*|unused|unopened|can not be bothered|no reply|"
               r"did not attend|dna|missed)\b")

RULES: tuple[Rule, ...] = (
    rule(NEGLECT, any_of(
        # withheld by someone at home: "his dad won't give his inhaler", "mum doesn't give her
        # the inhaler or her tablets", "stopped his daily tablets"
        rf"\b{_AT_HOME} (?:\w+ ){{0,2}}(?:will not|does not|do not|did not|would not|never|"
        r"refuses? to|refused to|stopped|has stopped|keeps forgetting to|forgets to) (?:give|"
        r"giving|get|getting|do|doing|collect|collecting|send|sending|replace|replacing|"
        rf"bother getting) (?:\w+ ){{0,3}}{_NEEDED}\b",
        # appointments nobody takes a child to, or a parent keeps cancelling
        r"\b(?:nobody|no one) (?:ever )?(?:took|takes|has taken|had taken|would take|will take) "
        r"(?:me|him|her|them) to (?:\w+ ){0,2}(?:appointments?|dentist|dentists|doctors?|gp|"
        r"hospital|clinic|physio|audiology)\b",
        rf"\b(?:{ADULT_AT_HOME}|parents?) (?:\w+ )?(?:keeps cancelling|keep cancelling|cancels "
        r"every|(?:has|have|had) cancelled (?:every|all|two|three|four|five|several)|cancelled "
        r"(?:every|all)|stopped taking (?:him|her|them|me) to) (?:\w+ ){0,3}(?:appointments?|"
        r"visits?|hospital|clinic|physio|ot|dentist|gp|audiology|wheelchair service|review)\b"),
        speaker_cancel=False),
    # appointments a child is not brought to, in the NHS's own words, again and again ("WNB x4
    # epilepsy clinic", "third 'was not brought' this year"); not the words in a policy or a
    # training session, nor one appointment rebooked
    rule(NEGLECT, r"\b(?:was|were|been|is|are) not brought\b(?! (?:in|up|back|home|out|round|"
                   r"over|along|forward))|\bwnb\b",
          also=r"\b(?:x ?[2-9]|twice|again|third|fourth|fifth|repeated\w*|several|two|three|four|"
               r"five|six|\d+ times|every|all|last)\b",
          unless_sentence=r"\b(?:policy|procedure|session|training|instead of|not as|rather than|"
                          r"reminder|recorded as|induction)\b",
          speaker_cancel=False),
    # not done: "rescue meds not collected since March", "his overnight feed not given",
    # "insulin is not being collected from the pharmacy", "weekend feeds are not given"; not a
    # service's delay ("new hearing aids not given out yet: audiology has a backlog")
    rule(NEGLECT, any_of(
        rf"\b{_NEEDED} (?:\w+ ){{0,3}}(?:(?:has|have|had|is|are|was|were) )?(?:not|never) "
        r"(?:been |being )?(?:given|collected|sent in|picked up|done)\b(?! (?:out|yet)\b)",
        r"\b(?:repeat )?prescriptions? (?:has |have |had )?(?:not|never) (?:been )?(?:collected|"
        r"picked up)\b(?! yet\b)"),
          unless_sentence=r"\b(?:backlog|waiting list|out of stock|shortage|supplier|suppliers|"
                          r"on order)\b",
          speaker_cancel=False),
    # stopped, skipped or hidden at home: "he skips the evening meds", "his dad hides my
    # grandson's inhaler"; not a change the doctor made or a young person's own choice
    rule(NEGLECT, rf"\b{_ADULT} (?:\w+ ){{0,2}}(?:has |have |had )?(?:stopped|skips?|skipped|"
                   r"skipping|hides?|hid|hiding|withholds?|withheld|sells?|sold|selling) "
                   rf"(?:\w+ ){{0,3}}{_NEEDED}\b",
          unless_sentence=r"\b(?:consultant|doctor|gp|paediatrician|psychiatrist|nurse|"
                          r"prescriber|side effects?|weaned|wean\w*|trial|agreed|advised)\b",
          speaker_cancel=False),
    # run out, and someone at home will not get more: "my epilepsy tablets ran out 2 weeks ago
    # and mum cant be bothered getting more", "my insulin keeps running out and my stepdad says
    # I'm doing it for attention" (a pharmacy's shortage stays calm)
    rule(NEGLECT, rf"\b{_NEEDED} (?:\w+ ){{0,2}}(?:ran|run|running|runs) out\b",
          also=r"\b(?:can not be bothered|not bothered|will not (?:get|buy|pay)|refus\w*|"
               r"no money for|never (?:got|gets|replaced)|not had time|does not believe|"
               r"for attention|faking)\b",
          speaker_cancel=False),
    # round 10 (session 15), from the medical neglect misses of the learn sets: a child in
    # pain from an abscess or decay while letters and appointments go unanswered; sent to a
    # short break without what they need, again and again; missed appointments as nobody took
    # the child
    rule(NEGLECT, any_of(
        r"\b(?:abscess\w*|untreated (?:tooth )?decay|rotten teeth|teeth (?:\w+ )?(?:decaying|"
        r"rotting))\b(?=.*" + _UNANSWERED + r")",
        _UNANSWERED + r".*\b(?:abscess\w*|untreated (?:tooth )?decay|rotten teeth|teeth "
        r"(?:\w+ )?(?:decaying|rotting))\b"),
          unless_sentence=r"\b(?:dentist was|dentists were)\b",
          speaker_cancel=False),
    rule(NEGLECT, any_of(
        r"\b(?:no|without (?:his|her|any)) " + _NEEDED + r" (?:\w+ ){0,3}(?:again|for the (?:\w+ )?"
        r"(?:time|stay|weekend|visit) running|(?:the )?(?:\w+ )?(?:weekend|stay|visit|time) "
        r"running)\b",
        r"\b(?:because|as) (?:nobody|no one|no body) (?:took|takes|would take|brought|brings|"
        r"would bring) (?:me|him|her|them)\b"),
          unless_sentence=r"\b(?:backlog|waiting list|out of stock|shortage|supplier|suppliers|"
                          r"on order)\b",
          speaker_cancel=False),
    # Round 12: a parent who will not take a child for care or give their medicine ("tooth
    # rotting for months, mum wont take me dentist", "Ex won't give him his inhaler or ADHD meds
    # on weekends", "her insulin keeps running out at her dad's")
    rule(NEGLECT, rf"\b{ADULT_AT_HOME} (?:will not|refuses to|refused to|never) (?:take|takes) "
                  rf"(?:me|him|her|them|us) (?:to )?(?:the )?(?:dentist|doctor|doctors|gp|"
                  rf"hospital|a and e|appointments?|optician|hospital appointments?)\b",
         unless_sentence=r"\b(?:far|miles|an hour|parking|bus|buses|taxi|transport|car|drive|"
                         r"driving|afford|petrol|work|shifts)\b"),
    rule(NEGLECT, any_of(
        rf"\b(?:{ADULT_AT_HOME}|ex|my ex) (?:will not|refuses to|refused to|does not|did not|"
        rf"never|forgets to) (?:give|gives|let (?:him|her|them) have) (?:him|her|them|me) (?:his|"
        rf"her|their|my) (?:meds|medication|medicine|inhalers?|insulin|tablets|epipen|epi pen|"
        rf"seizure meds|seizure medication|adhd meds)\b(?! back| on time)",
        r"\b(?:tooth|teeth) (?:\w+ ){0,2}(?:rotten|rotting|black) for (?:months|weeks|ages|a "
        r"year)\b",
        rf"\b(?:insulin|meds|medication|inhalers?|epipen|tablets|medicine) (?:\w+ ){{0,2}}running "
        rf"out at (?:his|her|their|my) {ADULT_AT_HOME}\b")),
)
