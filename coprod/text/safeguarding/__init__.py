"""Spotting possible safeguarding disclosures so a person with that role reads them first.

Policy. Missing a disclosure is the worst failure this product can have; a false alarm costs a
trained person a minute (though it also hides a family's words from everyone else until they
have read it). So any talk of a child or young person being harmed, at risk of harm or harming
themselves is flagged, present or past tense ("she self-harmed last year"), whoever writes it:
the child in their own simple words ("he hurts me", "I am scared at home"), a parent passing on
what their child said ("my daughter said her step-dad..."), or a practitioner. The categories
follow Working Together to Safeguard Children and Keeping Children Safe in Education, and each
flag carries the category as its reason, in words a safeguarding lead uses:

- physical abuse or violence: a person hits, kicks, chokes, grabs, drags, holds down... a child
  or parent ("she hits me", "boys hold me down in the toilets"); marks from an implement;
- injury with no clear explanation: bruises, burns, marks, "keeps coming home hurt". An injury
  the family was given an accident for ("he got hurt in PE when he fell off the benches, the
  school phoned me") is not flagged; "the school said she fell" is (the account is contested);
- sexual abuse, online sexual abuse or grooming, and being asked to keep secrets ("touches my
  private parts", "makes her do things she doesn't like", "sends me pictures" from someone met
  online, "keep it a secret from my mum"); "the OT sends me pictures of the exercises" and "keep
  it a secret that the new base was opening" are not;
- emotional abuse: a child told they are worthless, stupid, not wanted;
- neglect: hungry at home, no food, heating or electric at home, arriving at school dirty or
  hungry, left alone at night, a parent too drunk or ill to care. "No heating in the portacabin"
  is a complaint about a school building and is not flagged;
- domestic abuse: violence, threats or control between adults at home, seen by the children;
- threats of violence or a weapon (including bullying with threats: "they will stab me");
- self-harm and suicidal thoughts, the child's or the parent's ("cutting", "scratching her arms
  until they bleed", "bangs his head on the wall until it bleeds", "take all my tablets", "I
  don't want to be here anymore", "easier for everyone if I wasn't around");
- child criminal or sexual exploitation and county lines (older people, cash, gifts, cars,
  carrying packages, a "boyfriend" who is an adult);
- radicalisation (extremist material, hatred of a group, "violence is the only way");
- abuse named outright, female genital mutilation ("going to have 'the cutting' when she visits
  her grandmother"), forced marriage, and a young person's money taken by a carer;
- missing from home or education (running away, going missing, a pupil nobody has seen);
- afraid to go home or feeling unsafe;
- restraint or seclusion at school: a named child restrained, held face down, shut in a room,
  and any injury from it. A school's restraint policy, log or training is not flagged;
- a parent or carer in crisis ("I can't cope anymore", "we're at breaking point", "I can't go
  on"): a carer at the end of what they can bear is a risk to themselves and to the children
  they care for. The speaker must be I or we and the clause must end there: "I can't cope with
  the paperwork" or "the school can't cope with him" is frustration with a task or a service.

Decided hard cases. Flagged: "he got hurt" with no account or a disputed one; a child's
self-injury that is part of their disability ("bangs his head on the wall until it bleeds",
"pulls her hair out"), because the lead, not the pattern, decides whether it is known and
managed; past self-harm; a parent who has hit their child. Not flagged: figures of speech ("the
process is killing me", "I could kill for a decent EHCP", "I want to die of boredom", "it kills
me", "killing time", "banging my head against a brick wall", "stabbed us in the back"); a
parent's own threat as a figure ("I could have killed the caseworker"); emotional hurt ("he was
hurt that nobody listened", "it really hurt her", "bruised emotionally"); hitting a target, a
ball or families ("hit her reading targets", "hit and miss", "the cuts hit us hard"); cutting
services, budgets, paper or hair; "restrains its budget"; "abused by the system"; "left alone to
fight the council"; self-harm, suicide, restraint or radicalisation named as a service, policy,
log or training; bullying with no injury, threat or weapon ("called names"), a school-inclusion
complaint; a disabled child's own meltdown framed as a need ("my son hits me when he can't
communicate", "a child in his class bit him during a meltdown, the school handled it"), and a
child punching walls or breaking things in distress; long absence from school the family knows
about (emotionally based school avoidance), unlike a child nobody has seen; an accident the
family was told about; a child who bruises easily; "doesn't like being touched" (a sensory
need); personal grooming as a skill; "mature for her age" outside an online contact.

Limits, measured honestly: these are phrase patterns. On comments written after each round of
tuning by someone who knew the rules, recall on new disclosures was 0.3-0.57. Structural rules
(a person + a harm verb + me/him/her or a body part; I/he/she + a wish or plan to end it; fear
of a parent or of going to their home) were then added in three rounds, each scored on a fresh
probe (tests/data/theming_probe_<n>.jsonl) before the change: recall 0.10, 0.57 and 0.40 on
those probes before. Six more rounds followed on an own development set written in the voices of
parents, young people (learning-disabled, misspelt, text-speak) and practitioners, each batch of
disclosures and near-misses written before the rules were run on it
(tests/data/theming_safeguarding_2.jsonl, sg2-*): recall on each fresh batch before that round's
changes was 0.52 (32/62), 0.33 (14/42), 0.23 (9/40), 0.31 (11/35), 0.24 (6/25, after a pass of
broader structures: a physical sign left, an injury nobody explains, fear when an adult comes
home) and 0.30 (6/20), with 5, 0, 3, 3, 0 and 0 false alarms on the batches' near-misses (65,
42, 42, 34, 25 and 20 of them); every miss and false alarm was then fixed by kind, and the false
alarms over train, dev and every theming set stayed at the 16 accepted ones. So a new phrasing
is still missed more often than caught: euphemism, a harm told as a story with no harm word, a
sign seen rather than said (a child who flinches, hides food, will not go home), and forms
nobody has written yet. On a held-out set written by someone who never saw the rules
(set 1), recall was 0.59 (47/80) before those six rounds and 0.64 (51/80) after, with 6 of 80
near-misses flagged both times. Round 7 then fitted the rules to set 1's 29 misses and 6 false
alarms (it became a development set, tests/data/safeguarding_dev/) after a second blind set had
been written (tests/data/safeguarding_locked/heldout_2.jsonl, scored only by bench/theming.py
--locked): on that set round 7 moved recall from 44/80 to 45/80, false alarms 11/80 both ways.
Rules fitted to one writer's phrasings barely carry to another's.

So the rules have a learned second net beside them: the model's disclosure column
(coprod/text/learned.py, trained by `coprod train-themes` on every comment labelled for
safeguarding, 1,906 disclosures as shipped, with the rules' own flag hidden). It flags a comment no
rule matched when it is worded like the disclosures people labelled, with its own reason ("worded
like a disclosure (no rule matched)", read last); it never clears a rule's flag. Fitted without set
1 and scored on it, with the rules as they were before set 1 was read, it took recall from 51/80 to
68/80, false alarms from 6/80 to 7/80; its cut-off let it flag one ordinary comment in 500 (one in
200 since session 12: see training.Settings). Learning also from five more blind sets of 100
disclosures (tests/data/safeguarding_learn/), it took set 2 from 45 to 57 of 80, false alarms 11 of
80 both ways; a third blind set written after all this (heldout_3) gave rules 44 of 76 and rules
with the column 58, false alarms 7 and 9 of 80. Six more blind sets (600 disclosures:
practitioners' case notes, disabled children, disclosures buried in long complaints, young people,
health and care settings, a forum's ordinary answers) scored 308 by the rules and 401 with the
column when first read; learnt from, the column took set 2 to 59 of 80 (false alarms 11) and set 3
to 60 of 76 (false alarms 8 of 80). Their commonest false alarm, a harm named as the topic of a
talk, course, leaflet or list ("the newsletter covers grooming, county lines and self harm"), is
cancelled in engine.py (27 fewer false alarms on sets 3a-4f, no disclosure lost there; set 2's
false alarms 11 -> 8 and set 3's 8 -> 5, recall unchanged). The kind they missed most, medical
neglect, has rules of its own (rules/medical.py: set 2 45 -> 47 of 80 by the rules, no false alarm
added). Learning also from three more blind sets (5a-5c, most of them practitioners' notes), rules
with the column find 61 of set 2's 80, 61 of set 3's 76 and, on a fourth blind set scored once at
the end (heldout_4), 54 of 79. Round 8 (a car in the garage with the engine running, a bridge stood
on, tablets counted out, fresh cuts) then found 35 more of the learnt-from sets' disclosures and
none of the held-out sets', with one more false alarm on set 3 (now 8, 6 and 9 of about 80 with the
column): kept, a miss being the worse failure. With the column's budget then raised to one ordinary
comment in 200 (chosen out of fold), rules with the column find 65 of set 2's 80, 62 of set 3's 76
and 62 of set 4's 79 (false alarms 8, 8 and 9). (An earlier try, with fewer labelled disclosures,
added none at a cut-off that kept false alarms near zero.) Each missed form found should still
become a group here and a unit test; a person raising a flag by hand (flags.py) remains the
backstop.

How: each category is a few pattern groups over the lower-case, space-joined tokens of the
comment (see tokens.tokenise: contractions and text-speak are already expanded, so "dont" is "do
not" and "wen" is "when"). A rule may also need a second cue in the same sentence (online and
pictures), and may be cancelled by what comes just before or after the match (a service word,
the speaker's own figure of speech, an accident, a child's meltdown). Each alternative is only
searched when the comment holds a word it needs (regex_gate), which keeps the check cheap.
"""

from __future__ import annotations

from coprod.text.safeguarding.engine import SafeguardingResult, check
from coprod.text.safeguarding.rules import RULES
from coprod.text.safeguarding.vocabulary import REASON_THEMES, WORDED_LIKE_A_DISCLOSURE

__all__ = ["REASON_THEMES", "RULES", "WORDED_LIKE_A_DISCLOSURE", "SafeguardingResult", "check"]
