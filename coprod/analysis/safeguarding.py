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
those probes before, so new phrasings are still often missed (misspellings, euphemisms, harm
told as a story with no victim word). Each missed form found should become a group here and a
unit test; a person raising a flag by hand (flags.py) remains the backstop.

How: each category is a few pattern groups over the lower-case, space-joined tokens of the
comment (see text.tokenise: contractions and text-speak are already expanded, so "dont" is "do
not" and "wen" is "when"). A rule may also need a second cue in the same sentence (online and
pictures), and may be cancelled by what comes just before or after the match (a service word,
the speaker's own figure of speech, an accident, a child's meltdown). Each alternative is only
searched when the comment holds a word it needs (regex_gate), which keeps the check cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprod.analysis.regex_gate import required_starts, token_starts


def _any(*alternatives: str) -> tuple[str, ...]:
    """Alternative patterns for one rule; each is searched only when its words are present."""
    return alternatives


# --- Shared vocabulary -----------------------------------------------------------------------

# People in a child's life, as they are named in feedback ("step dad", "mums boyfrend").
_KIN = (r"(?:step ?)?(?:mum|mums|mam|mom|mummy|mother|dad|daddy|father|brother|sister|son|"
        r"daughter|child|children|kid|kids|boy|boys|girl|girls|baby|twins?|nan|nanny|gran|granny|"
        r"grandma|grandad|grandpa|uncle|aunt|auntie|cousin|partner|wife|husband|girlfriend|"
        r"boyfriend|boyfrend|friend|friends|carer|sibling|siblings)")
_FAMILY = (r"(?:partner|husband|wife|ex|boyfriend|boyfrend|girlfriend|dad|father|step ?dad|mum|"
           r"mother|step ?mum|brother|uncle|grandad|cousin|carer)")
# After "her", words that show it is the object ("hit her and") and not a possessive ("hit her
# reading targets", "hurt her feelings").
_AFTER_OBJECT = (r"(?= ?[.!?;,)]| ?$| (?:and|but|or|so|when|wen|while|with|in|on|at|by|into|out|"
                 r"onto|against|across|around|over|under|up|down|off|again|every|all|because|"
                 r"if|until|till|for|too|as|then|to|about|from|behind|after|before|whenever|"
                 r"no one|nobody|[a-z]+ly)\b)")
# A person harmed: me, him, her (as object), my son, the kids, my little brother, mum.
_VICTIM = (rf"(?:me|us|him|them|her{_AFTER_OBJECT}|(?:my|our|his|her|the) (?:little |big |baby |"
           rf"younger |older |eldest |youngest |twin |\w+ year old )?{_KIN}|{_KIN}(?= |$))(?!\w)")
_SELF = r"(?:him|her|my|them|your|one|our)sel(?:f|ves)|myslf|myslef|meself"
_BODY = (r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|tummy|body|face|head|"
         r"hand|hands|finger|fingers|hair|chest|neck|back|shoulder|shoulders|ribs|cheek|cheeks)")
_SENTENCE_BREAK = re.compile(r" [.!?;] ")

# --- What cancels a match ----------------------------------------------------------------------

_SERVICE_AFTER = re.compile(
    r"^ ?(?:support|group|training|awareness|service|services|team|pathway|policy|policies|"
    r"course|leaflet|session|workshop|strategy|prevention|champion|question|screening|lead|"
    r"and suicide prevention|resources|reduction|log|officer)\b")
_SERVICE_BEFORE = re.compile(
    r"\b(?:question|questions|training|awareness|policy|course|leaflet|session|sessions|work|"
    r"workshop|workshops|talk|talks|webinar|advice|information|guidance|help) "
    r"(?:on|about|in|for|around) (?:the |physical |using )?$")
_SPEAKER_BEFORE = re.compile(
    r"\b(?:i|we) (?:could|would|wanted to|want to|felt like|nearly|almost|was going to|"
    r"am going to|will|might)(?: have| of)?(?: just)? $")
# Figures of speech are blanked before any rule runs.
_FIGURES = re.compile(
    r"\b(?:is|was|are|were|be|been) (?:literally |slowly |honestly )?killing (?:me|us)\b|"
    r"\bnearly killed (?:me|us)\b|\bdying inside\b|\b(?:sick|bored|worried) to death\b|"
    r"\bdying to\b|\bdie of (?:shame|embarrassment|boredom|stress|laughter|laughing|cringe|"
    r"frustration|old age)\b|\bkill for\b|\bit kills me\b|\bkilling time\b|"
    r"\bkill(?:ed|ing)? (?:my|him|her)self laughing\b|\bdeath by a thousand\b|"
    r"\bbang\w* (?:my|our|his|her|their) heads? (?:against|on) a (?:brick )?wall\b|"
    r"\b(?:beat|beats|wore|wears|grind\w*|ground) (?:us|me) down\b|"
    r"\bbruised (?:emotionally|ego|feelings|pride)\b|\bstab\w* (?:us|me|him|her|them) in the "
    r"back\b|\bknife in the back\b")
# An injury the family was given an accident for, and no sign the account is disputed.
_ACCIDENT = re.compile(r"\b(?:fell|fall|falls|tripped|slipped|accident|pe|football|rugby|"
                       r"sport|sports|trampoline|skiing|climbing|riding|bike|cycling|scooter|"
                       r"skateboard\w*)\b")
# A child (the speaker's own, or a classmate) lashing out in a meltdown, framed as a need.
_CHILD_ACTS_BEFORE = re.compile(
    r"\b(?:my (?:son|daughter|child|boy|girl|\w+ year old)|(?:a|another|one|the other) (?:child|"
    r"boy|girl|pupil|kid)(?: in (?:his|her|my|the) class)?)(?: \w+){0,2} $")
# The same, when a structural rule's match begins with the child who acts.
_CHILD_ACTS_START = re.compile(
    r"(?:my (?:son|daughter|child|boy|girl|\w+ year old)|(?:a|another|one|the other) (?:child|"
    r"boy|girl|pupil|kid))\b")
_DISTRESS = re.compile(r"\b(?:meltdowns?|shutdowns?|can not communicate|could not communicate|"
                       r"overwhelmed|frustrated|frustration|sensory|dysregulated|distressed)\b")
_DISPUTED = re.compile(r"\b(?:(?:say|said|says|told) (?:\w+ ){0,3}(?:fell|tripped|slipped)|but|"
                       r"claim\w*|nobody|no one|not (?:say|tell|explain)|no explanation)\b")


@dataclass(frozen=True, slots=True)
class Rule:
    """One disclosure pattern and the reason shown to the safeguarding lead."""

    reason: str
    pattern: re.Pattern[str]  # all the alternatives in one, for reading and for tests
    # each alternative with the word starts its matches need (see regex_gate), or None
    parts: tuple[tuple[re.Pattern[str], frozenset[str] | None], ...]
    service_words_cancel: bool = False
    speaker_cancel: bool = True
    needs: tuple[str, ...] = ()  # substrings one of which any match holds: a cheap gate
    also: re.Pattern[str] | None = None  # a second cue needed in the same sentence
    unless_before: re.Pattern[str] | None = None  # searched just before the match
    unless_after: re.Pattern[str] | None = None  # matched just after the match
    unless_sentence: re.Pattern[str] | None = None  # anywhere in the sentence
    accident_cancels: bool = False  # an undisputed accident in the sentence cancels
    distress_cancels: bool = False  # a child's meltdown, framed as a need, cancels


def _rule(reason: str, pattern: str | tuple[str, ...], service_words_cancel: bool = False,
          speaker_cancel: bool = True, needs: tuple[str, ...] = (), also: str = "",
          unless_before: str = "", unless_after: str = "", unless_sentence: str = "",
          accident_cancels: bool = False, distress_cancels: bool = False) -> Rule:
    """Compile a rule over lower-case, space-joined tokens."""
    def optional(pattern: str, suffix: str = "") -> re.Pattern[str] | None:
        return re.compile(pattern + suffix) if pattern else None
    alternatives = (pattern,) if isinstance(pattern, str) else pattern
    parts = tuple((compiled, required_starts(compiled))
                  for compiled in map(re.compile, alternatives))
    whole = re.compile("|".join(f"(?:{a})" for a in alternatives))
    return Rule(reason, whole, parts, service_words_cancel, speaker_cancel, needs,
                optional(also), optional(unless_before, " $"), optional(unless_after),
                optional(unless_sentence), accident_cancels, distress_cancels)


# The clause ends after the parent's words: no task or service follows as their object.
_ENDS = r"(?= ?[.!?;,)]| ?$| (?:and|but|so|or|i|we|because|any ?more|at all|now|like this|" \
        r"with (?:it all|life|anything|everything))\b)"
_ME = r"\b(?:i|we)(?: \w+){0,2}"

# The reasons a safeguarding lead sees, one a category.
SUICIDAL = "suicidal thoughts"
SELF_HARM = "self-harm"
PHYSICAL = "physical abuse or violence"
INJURY = "injury with no clear explanation"
SEXUAL = "sexual abuse"
ONLINE = "online sexual abuse or grooming"
SECRETS = "asked to keep secrets"
EMOTIONAL = "emotional abuse"
NEGLECT = "neglect"
DOMESTIC = "domestic abuse"
THREATS = "threats of violence or a weapon"
EXPLOITATION = "child exploitation or county lines"
RADICALISATION = "radicalisation"
MISSING = "missing from home or education"
UNSAFE = "afraid to go home or feels unsafe"
RESTRAINT = "restraint or seclusion"
MENTAL_CRISIS = "mental health crisis"
CARER_CRISIS = "parent or carer in crisis"
ABUSE = "abuse"

_VIOLENT = (r"(?:hits|hit|hitting|beats|beat|beating|punch\w*|kick(?:s|ed|ing)?|slap\w*|smack\w*|"
            r"chok\w*|strangl\w*|throttl\w*|suffocat\w*|smother\w*|grabb?\w*|drag\w*|shov\w*|"
            r"pinned|restrained|thr[eo]w|thrown|bites|bit|burn|burn(?:s|t|ed)|pinch\w*|whip\w*|"
            r"scald\w*|shake|shak(?:es|ing)|shook|batter\w*|attack\w*|hurts|hurt|hurting|stab\w*|"
            r"tie|ties|tied)")
# The subject of the verb is a thing, an event or anyone at all, so the harm is a feeling
# ("it really hurt her", "the cuts hit us") or a sensory need ("when people touch him").
_NOT_A_PERSON_BEFORE = (
    r"\b(?:it|this|that|which|what|news|cuts|decision|comment|comments|words|rejection|"
    r"exclusion|reality|letter|bill|noise|light|lights|covid|lockdown|pandemic|diagnosis|"
    r"when people|if people|when anyone|if anyone|when someone|when you|dentist|doctor|nurse|"
    r"injection|jab|needle|vaccination|physio|splint|cast|brace|operation|surgery)(?: really|"
    r" just| also| truly)?")
_TOUCH_END = r"(?= ?[.!?;,)]| ?$| (?:and|when|wen|at night|in bed|under|there|all the time|" \
             r"every|but|so|again)\b)"

# Structural parts: a person who acts, a few helper words, a harm verb, a body part.
_ACTOR = (r"(?:he|she|they|someone|somebody|(?:a|the|an|this|that|some|two|three|these|those) "
          r"(?:\w+ )?(?:man|men|woman|women|boy|boys|girl|girls|lad|lads|kid|kids|staff|teacher|"
          r"adult|adults|bloke|guy|fella|person|people|driver|neighbour)|staff|teachers?|"
          rf"(?:my|his|her|their|our|mum|mums|dad|dads|sisters?|brothers?|nan|nans)(?: \w+)? "
          rf"(?:{_KIN}|fella|bloke|man|teacher|tutor|coach|driver|neighbour|lodger)|{_KIN})")
_HELPERS = (r"(?: (?:always|often|sometimes|keeps|kept|keep|has|have|had|just|then|would|used "
            r"to|does|did|also|really|even|still|started|starts|tried to|tries to|will|once|"
            r"twice|again|[a-z]+ly)){0,3}")
_HARM2 = (r"whack\w*|thump\w*|wallop\w*|clout\w*|bash\w*|stamp\w* on|stomp\w* on|headbutt\w*|"
          r"head butt\w*|elbow\w*|kneed|knees|pinch\w*|strangl\w*|chok\w*|kick\w*|punch\w*|"
          r"slap\w*|smack\w*|hits|hit|beats|beat|batter\w*|bites|bit|burn\w*|scald\w*|twat\w*|"
          r"lash\w* out at|boot\w*|trip\w* up|drown\w*|suffocat\w*|squash\w*")
# Beaten at a game, not beaten ("my brother always beats me at Mario Kart").
_GAME = (r"at (?:chess|cards|games?|mario|fifa|football|monopoly|uno|scrabble|pool|snooker|darts|"
         r"tennis|races?|racing|running|swimming|maths|spelling|everything|minecraft|fortnite|"
         r"roblox|board games|video games|[a-z]+ kart)\b|in (?:a |the )?(?:race|game|match|quiz)\b")
_HURT_BODY = (r"neck|throat|arm|arms|wrist|wrists|face|head|hair|ear|ears|chest|back|leg|legs|"
              r"stomach|tummy|ribs|nose|fingers?|bum|bottom")
_UNDERWEAR = (r"(?:swimming costume|swim suit|swimsuit|costume|pants|knickers|underwear|bra|"
              r"trunks|swimmers|nappy|pyjamas|nightie|boxers)(?: (?:goes|go|is|are|cover\w*))?")

RULES: tuple[Rule, ...] = (
    # --- Suicidal thoughts: the child's or the parent's --------------------------------------
    _rule(SUICIDAL, _any(
        # wanting to die, to be dead, not to be here or alive
        r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?) (?:to|he could|she could|i could) (?:die|"
        r"be dead|not be here|not be alive|disappear for ever|disappear forever)\b",
        r"\bnot want to (?:live|be alive|be here any ?more|be here any longer|wake up)\b"
        r"(?! (?:early|for|in time|on time|at|before|in the morning|so early))",
        r"\b(?:sleep|go to sleep|fall asleep) and (?:not|never) wake up\b|\bsleep for ?ever\b",
        r"\b(?:ways|how) to (?:die|kill (?:my|him|her|them)self|end it)\b",
        # wishing they had never been born, hating themselves
        r"\bwish(?:es|ed)? (?:he|she|i|they) (?:was|were|had) (?:never (?:been )?born|dead)\b",
        r"\bhates? (?:himself|herself|myself|themselves)\b"), speaker_cancel=False),
    _rule(SUICIDAL, _any(
        # named outright, or in the words young people use online
        rf"\bkill(?:s|ed|ing)? (?:{_SELF})\b", r"\bsuicid\w*", r"\bunaliv\w*", r"\bkms\b",
        rf"\bhang(?:s|ed|ing)? (?:{_SELF})\b"), service_words_cancel=True,
          speaker_cancel=False),
    _rule(SUICIDAL, _any(
        # the means: ending a life, an overdose, all the tablets, a bridge or a train
        r"\b(?:end|ending|ended|take|taking|took) (?:his|her|my|their) (?:own )?life\b",
        r"\bend(?:ing)? it all\b", r"\boverdos\w*", r"\bligature\w*",
        r"\b(?:take|taking|took|swallow\w*) (?:all|a load of|loads of|a bottle of|a handful of|"
        r"the whole (?:box|packet) of) (?:of )?(?:my |his |her |their |the |mum |dad )?(?:tablets|"
        r"pills|meds|medication|paracetamol|insulin|sleeping pills)\b",
        r"\b(?:jump|jumps|jumping|jumped|step|stepping|walk|walking|throw \w+) (?:off|in front "
        r"of|under|from|out of) (?:a|the) (?:bridge|train|car|bus|lorry|building|roof|cliff|"
        r"car park|window|motorway)\b",
        r"\bnoose\w*|\b(?:have|has|got|bought|keep|keeps|hid|hidden) a rope (?:in|under|for)\b",
        r"\bhow many (?:paracetamol|pills|tablets|of (?:my|his|her) (?:tablets|pills)) (?:it would "
        r"take|to take|would kill|would it take)\b",
        r"\b(?:saving|saved|stockpil\w*|hoard\w*|collect\w*) (?:up )?(?:my |his |her |their )?"
        r"(?:tablets|pills|meds|medication|paracetamol)\b",
        r"\btried to (?:jump|hang|drown|kill (?:him|her|my)self|end (?:it|his life|her life|my "
        r"life)|overdose|run in front)\b"), speaker_cancel=False),
    _rule(SUICIDAL, _any(
        # alive only for others, no point, not waking up, heaven, the sea, harm on purpose
        r"\bwould not still be (?:here|alive|around)\b|\bif (?:it (?:was|were) not|not) for "
        r"(?:\w+ ){1,4}(?:i|we) would not be (?:here|alive|around)\b",
        r"\b(?:not|never|no) (?:see )?(?:any|the) point (?:in|to|of) (?:anything|living|life|going"
        r" on|it all|being here)\b",
        r"\b(?:think\w*|thought|want\w*|wish\w*|hop\w*|pray\w*) (?:about |of |to )?(?:not|never) "
        r"wak(?:e|ing) up\b",
        r"\bwants? to (?:go to|be in|be with (?:\w+ ){1,2}in|see (?:\w+ ){1,2}in) heaven\b",
        r"\b(?:walk|swim|go|run|drive) (?:out )?into the (?:sea|river|water|lake|canal)\b",
        r"\b(?:do not|does not) care (?:what happens to (?:me|him|her)|if (?:i|he|she) "
        r"(?:live|lives|die|dies|wake|wakes))\b",
        r"\b(?:swallow\w*|ate|eating|drink\w*) (?:\w+ ){0,3}(?:bleach|batteries|glass|blades|"
        r"razors?)\b(?=.*\b(?:on purpose|to (?:die|hurt))\b)"),
          speaker_cancel=False,
          unless_after=r" (?:without (?:the|my|our|her|his) (?:support|help|team|school|carer|"
                       r"nurse|respite))"),
    _rule(SUICIDAL, _any(
        # life not worth living, everyone better off without them
        r"\bbetter off dead\b|\bbetter (?:off )?without (?:me|him|her)\b",
        r"\bdeserves? to (?:die|be dead|suffer|be hurt|be hungry|starve)\b|"
        r"\bstopped eating (?:completely|altogether|and drinking)\b",
        r"\b(?:easier|better) for (?:everyone|every one|them|my family|everybody) if (?:i|he|she)"
        r" (?:(?:was|were)(?: not)? (?:here|around|alive|gone|dead|born)|died|disappeared)\b",
        r"\b(?:nobody|no one) would (?:care|notice|miss me|miss him|miss her) if (?:i|he|she) "
        r"(?:was|were|died|disappeared)\b",
        r"\bno (?:point|reason) (?:in )?(?:living|being alive|going on|being here)\b",
        r"\bshould (?:not|never) be (?:alive|here|born)\b|\b(?:goodbye|suicide) (?:letter|note|"
        r"notes|message)\b",
        r"\b(?:drive|driving|drove|crash\w*) (?:the car |us |the kids )?(?:into|off) (?:a |the )?"
        r"(?:wall|tree|river|bridge|lorry|motorway|cliff|road)\b",
        r"\b(?:think|thinks|thinking|thought|talk|talks|talking|talked) (?:about|of) (?:dying|"
        r"ending (?:it|his life|her life|my life)|not being (?:here|alive|around)|being dead|"
        r"hurting (?:myself|himself|herself))\b"), speaker_cancel=False),

    # --- Self-harm ------------------------------------------------------------------------
    _rule(SELF_HARM, r"\bself ?(?:harm\w*|injur\w*)", service_words_cancel=True,
          speaker_cancel=False),
    _rule(SELF_HARM, _any(
        # hurting, cutting, burning, starving oneself
        rf"\b(?:cut|cuts|cutting|hurt|hurts|hurting|burn|burns|burning|burnt|harm|harms|"
        rf"harming|harmed|scratch\w*|bite|bites|biting|bit|punch\w*|starv\w*|hit\w*|bang\w*|slap\w*|"
        rf"smack\w*|kick\w*) (?:{_SELF})\b",
        # cutting or burning a part of the body, any tense ("i cut my arms")
        r"\b(?:cut|cuts|cutting|carv\w*|burn|burns|burning|burnt) (?:his|her|my|their) (?:own )?"
        r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|tummy|body)\b",
        # doing it over and over: banging, hitting, scratching, picking, pulling hair out
        rf"\b(?:bangs|banging|hits|hitting|punches|punching|bites|biting|slaps|slapping|"
        rf"scratches|scratching|picks|picking|pulls|pulling|claws|clawing|gouges|gouging) (?:at )?"
        rf"(?:his|her|my|their) (?:own )?{_BODY}\b",
        rf"\bmak(?:e|es|ing) (?:{_SELF}) sick\b",
        # hurting the body on purpose, to feel something, or in a named mood
        rf"\b(?:bite|bites|biting|bit|bang\w*|hit\w*|punch\w*|scratch\w*|pick\w*|pull\w*|"
        rf"slap\w*|claw\w*|cut\w*|burn\w*) (?:my|his|her|their) (?:own )?{_BODY}(?: \w+){{0,3}} "
        rf"(?:so (?:i|he|she) (?:can )?feel|to feel|on purpose|when (?:i am|he is|she is|i get|he "
        rf"gets|she gets) (?:sad|angry|upset|cross|anxious|stressed|overwhelmed|frustrated))",
        # "until it bleeds", "till it's raw"
        r"\b(?:until|till|til|so much|so hard) (?:it|they|he|she|i|(?:his|her|my|their) \w+) "
        r"(?:bleed\w*|bled|bruis\w*|"
        r"raw|is raw|are raw|goes raw|go raw)\b",
        # "she has started cutting (again)": cutting with nothing cut
        r"(?:\b(?:he|she|i|son|daughter|child|\w+ year old)|\[name\])(?: \w+){0,3} cutting"
        r"(?= ?[.!?;,)]| ?$| (?:again|herself|himself|myself|at night|in (?:her|his|my) room|"
        r"since|when|because|every|on (?:her|his|my))\b)"),
          speaker_cancel=False,
          unless_sentence=r"\b(?:eczema|itch\w*|rash|psoriasis|chicken ?pox|nose ?bleeds?|"
                          r"hairdresser\w*|haircut\w*|scissors)\b"),

    # --- Physical abuse and violence ----------------------------------------------------------
    _rule(PHYSICAL, _any(
        # beaten up, and a person hits, kicks, chokes, drags... a child or parent
        rf"\bbeat(?:s|en)? {_VICTIM} up\b|\bbeaten up\b",
        # hands round a neck, a head smashed or pushed into something, a wrist twisted
        r"\bhands? (?:round|around|on) (?:my|his|her|their|mum|mums) (?:\w+ )?(?:neck|throat)"
        r"\b",
        r"\b(?:smash\w*|slam\w*|push\w*|shov\w*|forc\w*) (?:my|his|her|their) (?:\w+ )?(?:head|"
        r"face) (?:in|into|on|against|under|down) (?:the |a )?(?:toilet|water|bath|table|wall|"
        r"floor|door|ground|sink)\b|\b(?:held|hold\w*) (?:my|his|her|their) head under\b",
        r"\b(?:twist\w*|bent|bend\w*|yank\w*|wrench\w*) (?:my|his|her|their) (?:(?:arm|arms)\b"
        r"(?! into| to \w)|(?:wrist|wrists|fingers?|neck|ear|ears)\b)",
        rf"\b(?:pull\w*|yank\w*|haul\w*) {_VICTIM} (?:along|across|by|down|up by|out of bed)\b",
        rf"\bset (?:fire to )?{_VICTIM} (?:on fire|alight)\b|\bset (?:me|him|her) on fire\b",
        rf"\bdrag\w* {_VICTIM} (?:out|along|across|down|up|by|off)\b",
        rf"\b{_VIOLENT} {_VICTIM}",
        # thrown at, pushed over, held down
        r"\b(?:throw|throws|throwing|threw|chuck\w*) (?:\w+ )?(?:\w+ )?at (?:me|us|him|her|them|"
        r"my \w+|mum|mam|mummy|dad|daddy|nan|(?:our|his|her) (?:mum|dad|mam|nan))\b",
        r"\b(?:gets?|got|getting|give\w*|gave) (?:me |him |her |them )?(?:a |the )?(?:slap|smack|"
        r"beating|good hiding|hiding(?! place)|kicking|whack|clip round the ear)\b",
        r"\b(?:pillow|bag) (?:on|over) (?:his|her|my|their) (?:face|mouth)\b|\bhand over my "
        r"mouth\b",
        r"\b(?:put|puts|landed|sent) (?:me|him|her|them|mum|my \w+) in hospital\b",
        r"\bflinch\w* when (?:\w+ ){0,4}(?:raises|lifts|raised|lifted|goes to lift) (?:his|her|a|"
        r"their) hand\b",
        rf"\bpush(?:ed|es|ing)? {_VICTIM} ?(?:off|over|down|into|against|onto|and|so|out of the "
        rf"way|$|[.,])",
        rf"\b(?:held|hold|holds|holding|pin|pins|sat on|sit on|sits on|lay on|lie on|lies on) "
        rf"{_VICTIM} ?(?:down|face down|on the floor|to the floor|on the ground|against)\b",
        r"\btried to (?:kill|strangle|choke|drown|stab|suffocate|smother|poison)\b",
        # with an implement
        r"\b(?:used|uses|with|using) (?:a|his|her|the) (?:belt|stick|slipper|cane|wooden spoon|"
        r"cable|lead) (?:on|to hit|to beat)\b",
        r"\b(?:hit\w*|smack\w*|beat\w*|whack\w*|whip\w*|slap\w*) (?:\w+ )?with (?:a|the|his|her|"
        r"their) (?:belt|stick|slipper|cane|wooden spoon|spoon|hairbrush|shoe|cable|lead|ruler)\b",
        # filmed being hit; hurt on purpose
        r"\b(?:film\w*|record\w*|video\w*) (?:me|him|her|them) (?:being|getting) (?:hit|beaten|"
        r"attacked|punched|kicked|slapped|hurt)\b"),
          unless_before=_NOT_A_PERSON_BEFORE,
          unless_after=r" (?:hard|for six|like a|a lifeline|a curve ?ball|under the bus|out of|"
                       r"out\b|off\b|up\b|through\b|to (?:tribunal|court|panel|mediation|"
                       r"meetings?)|(?:why|how|what|where|who)\b|for (?:his|her|"
                       r"the|a) (?:blood|bloods|injection|jab|test|scan|teeth|dental|haircut|"
                       r"cannula)|" + _GAME + ")",
          distress_cancels=True),
    _rule(PHYSICAL, _any(
        # hit or hurt by someone (not by a ball or a car)
        r"\b(?:gets?|got|getting|been|being|was|is|were|are) (?:hit|punched|kicked|beaten|"
        r"slapped|smacked|attacked|bitten|pushed|strangled|choked|burnt|burned|shaken|dragged|"
        r"grabbed|assaulted|battered|stabbed) by(?! (?:a|the) (?:car|ball|bus|door|swing|van|"
        r"bike|taxi)\b)",
        rf"\b(?:gets?|got|getting|been|being) hurt by\b|\bhurt by (?:a |an |another |the other "
        rf"|other |his |her |my |a member of )?(?:older |bigger )?(?:boy|girl|kid|child|pupil|"
        rf"pupils|man|woman|staff|teacher|{_KIN})\b",
        r"\b(?:was|were|been|being|gets|got|is) (?:assaulted|battered|stabbed)\b",
        r"\b(?:was|were|been|being|is|are) (?:dragged|thrown|punched|kicked|slapped|smacked|"
        r"strangled|choked|shaken|whipped|burnt|burned|scalded|tied up|beaten|hit(?! and miss\b)"
        r"(?! by (?:a|the) (?:ball|car|bus|door|swing|van|bike|taxi)\b))\b",
        r"\b(?:gets?|got|getting) (?:hit|smacked|slapped|beaten|kicked|punched|hurt) (?:at home|"
        r"a lot|every day|all the time|when)\b",
        rf"\b(?:sat|sit|sits|sitting|lay|lying|knelt|kneel|kneels|kneeling) on {_VICTIM}",
        r"\b(?:does|did|do|doing) (?:bad|nasty|horrible|rude|naughty|weird) things to (?:me|him|"
        r"her|them)\b"),
          unless_after=r" (?:through\b|to (?:tribunal|court|panel|mediation|meetings?)|in the "
                       r"(?:car|taxi|buggy|wheelchair))", accident_cancels=True,
          distress_cancels=True),

    # --- Injuries no one has explained ---------------------------------------------------------
    _rule(INJURY, _any(
        r"\bbruis\w*", r"\b(?:black eye|cut lip|split lip|fat lip|carpet burn|cigarette burn|"
        r"finger ?mark|hand ?mark|hand ?print|belt mark|bite mark|grip mark)s?\b",
        rf"\b(?:marks|burns?|scalds?|cuts|scratches|bite marks?|welts?) (?:on|all over|all up|up|"
        rf"round|around) (?:his|her|my|their) {_BODY}\b",
        r"\b(?:broke|broken|fractured|dislocated) (?:my|his|her|their) (?:arm|leg|wrist|ribs?|nose|"
        r"jaw|fingers?|collarbone|skull)\b",
        r"\b(?:told|tells|made) (?:me|him|her|them) (?:to )?say (?:i|he|she|they) (?:fell|tripped|"
        r"did it|walked into)\b",
        rf"\b{_VIOLENT} (?:my|his|her) (?:arm|arms|wrist|wrists|leg|legs|neck|face|head|hair|"
        rf"back|ear|ears|nose)\b(?=.*\b(?:told (?:me|him|her)|said (?:i|he|she) (?:fell|must)|"
        rf"do not tell|if (?:i|he|she) (?:tell|told))\b)",
        r"\b(?:cut|split|busted|burst|smashed) (?:his|her|my|their) (?:head|lip|face|eye|nose) "
        r"open\b",
        r"\b(?:come|comes|came|coming) (?:back |home |out )(?:from (?:the |school |nursery )?"
        r"\w+ )?(?:hurt|injured|with (?:a |an |his |her )?(?:\w+ )?(?:injur\w*|marks|cuts|"
        r"scratches|burns|bite|bites|grazes|bleeding))\b",
        r"\bkeeps? (?:getting|coming home|coming back) (?:hurt|injured)\b"),
          unless_after=r" easily\b", accident_cancels=True),

    # --- Sexual abuse -----------------------------------------------------------------------
    _rule(SEXUAL, _any(
        r"\bsexual(?:ly)? (?:abuse\w*|assault\w*|touch\w*|harass\w*)",
        r"\brape[ds]?\b|\braping\b|\bmolest\w*|\bpaedophile\w*",
        r"\binappropriate(?:ly)? touch\w*|\btouch(?:es|ed|ing)? (?:me|him|her|them) (?:"
        r"inappropriately|down there)\b",
        # the private parts, touched, shown or photographed
        r"\b(?:touch\w*|feel\w*|rub\w*|show\w*|play\w* with|lick\w*|kiss\w*|pictures? of|"
        r"photos? of) (?:me |him |her |them )?(?:on |in )?(?:my|his|her|their) (?:private|"
        r"privates|willy|penis|vagina|fanny|boobs|breasts)\b",
        r"\b(?:touch\w*|rub\w*|lick\w*|kiss\w*) (?:me |him |her |them )?(?:on |in )?(?:my|his|"
        r"her|their) (?:bottom|bum)\b",
        # made to do things they don't like; what he does to her; "our special game"
        r"\b(?:not|never) like (?:it )?(?:what|when) (?:he|she|they|\w+) (?:does|did|do|is doing|"
        r"was doing) (?:to|with) (?:me|him|her|them)\b",
        r"\b(?:make|makes|made|making|force\w*) (?:me|him|her|them) (?:do|touch|watch|look at|"
        r"take (?:my|his|her|their) clothes off|undress|get undressed|kiss) (?:things|stuff|rude|"
        r"sex\w*|bad things|him|her|them|it)\b",
        r"\b(?:our|their|a|his|her) (?:special|little|secret) game\b",
        r"\b(?:make|makes|made|making) (?:me|him|her|them) (?:sit on|get in|get into|lie on|"
        r"sleep in) (?:his|her|their) (?:lap|knee|bed)\b",
        r"\b(?:show\w*|sent|sends?|made (?:me|him|her) watch) (?:me |him |her |them )?(?:videos|"
        r"pictures|photos|films|clips) of (?:people )?(?:with no clothes|naked|having sex|doing "
        r"(?:sex|rude))\b|\bporn\w*",
        r"\b(?:pain|sore|hurts|hurting|bleed\w*) (?:in |on )?(?:my|his|her) (?:bottom|bum|privates|"
        r"private parts|down there|willy|vagina|fanny)\b(?=.*\b(?:uncle|dad|grandad|man|cousin|"
        r"brother|boyfriend|someone|it was)\b)",
        r"\b(?:grown up|adult|rude|dirty|sex|sexy) (?:films|videos|movies|programmes|games)\b",
        r"\b(?:comes?|came|coming|gets?|got|getting) (?:in|into) (?:the )?(?:shower|bath|bed) "
        r"with (?:me|him|her)\b",
        r"\b(?:kiss\w*|cuddl\w*|strok\w*|rub\w*) me\b(?=.*\b(?:not|never) like "
        r"it\b|.*\bfeel (?:funny|weird|strange|scared|uncomfortable)\b)",
        rf"\b(?:{_FAMILY}|man|men|lodger|neighbour|grandad|grandpa) (?:\w+ )?(?:comes?|came|"
        rf"gets?|got|getting|coming) (?:in|into) (?:her|his|my) bed\b",
        r"\b(?:touching|tickling|rude|naughty|kissing) games?\b",
        r"\b(?:made|make|makes|making|force\w*) (?:me|him|her|them) (?:to )?touch (?:his|her|"
        r"their) (?:thing|willy|penis|private\w*|bits|body|bum|bottom)\b",
        r"\bgives? (?:me|him|her|them) (?:sweets|sweeties|money|presents|gifts|vapes) if (?:i|he|"
        r"she|they|we) (?:go|come|sit|let|do|keep)\b",
        r"\b[2-9]\d year old (?:man|men|bloke|guy|lad)\b",
        r"\bsex (?:stuff|things|games)\b",
        r"\b(?:pictures|photos|videos|films?|filming|watch\w*) (?:of )?(?:me|him|her) "
        r"(?:when|while|in the) (?:i am |he is |she is )?(?:getting changed|changing|undress\w*|"
        r"bath|shower|naked|asleep in bed)\b",
        r"\btouch\w* (?:him|her|them)sel(?:f|ves)\b(?! (?:in|at) (?:class|school|public))",
        r"\bhands? (?:up|under|inside|down|in) (?:her|his|my) (?:skirt|dress|top|shirt|"
        r"pants|trousers|knickers|clothes|pyjamas)\b",
        r"\b(?:asked|asks|made|makes|told|tells) (?:me|him|her) to sit on (?:his|her) "
        r"(?:knee|lap)\b",
        r"\b(?:1[0-5]|twelve|thirteen|fourteen|fifteen) (?:and|year old|is|and is) (?:\w+ )?"
        r"pregnant\b|\bwill not say who the father is\b",
        r"\bsexuali[sz]ed\b|\b(?:knows?|knew) (?:\w+ )?(?:things )?about sex\b",
        r"\bgroom(?:ed|ing|s)?\b"),
          unless_before=r"\b(?:personal|self ?care and|dog|dogs|pony|horse|hair)(?: \w+)?",
          unless_after=r" (?:skills|and (?:dressing|hygiene|washing|personal care)|the "
                       r"(?:dog|horse|pony|ponies))\b"),
    # touched, and the clause ends there ("his uncle touches him and nothing was done"); not
    # when anyone at all is the toucher, which is a sensory need ("hates people touching him")
    _rule(SEXUAL, rf"\btouch(?:es|ed|ing)? (?:me|him|them|her{_AFTER_OBJECT}){_TOUCH_END}",
          unless_before=r"\b(?:people|anyone|anybody|someone|others|other people|you|staff|"
                        r"nobody|no one|like|likes|being|not|never)(?: to| \w+)?"),

    # --- Online sexual abuse and grooming ----------------------------------------------------
    _rule(ONLINE, _any(
        r"\bnudes\b|\bno clothes on\b|\bsexting\b|\bsextortion\b|\bwebcam\b",
        r"\b(?:naked|nude|indecent|sexual|explicit|rude|dirty) (?:pictures|photos|pics|images|"
        r"videos|selfies|messages|snaps)\b",
        r"\b(?:pictures|photos|pics|images|videos) of (?:me|him|her|them|myself|himself|herself)"
        r" (?:naked|with no clothes|in (?:my|his|her) (?:underwear|pants|bra))\b",
        r"\b(?:photo|photos|picture|pictures|pics|selfies?) (?:of (?:me|him|her) )?in (?:my|his|her"
        r"|their) (?:bra|underwear|pants|knickers|bikini|boxers)\b",
        r"\b(?:sending|sends|sent|send) (?:\w+ )?(?:pictures|photos|pics|selfies|videos) to "
        r"(?:a|an|some|this|that|the|older) (?:older )?(?:man|men|boy|guy|person|stranger|adult)\b",
        r"\b(?:videos|pictures|photos|pics) of (?:him|her|my|them)sel(?:f|ves) (?:undress\w*|naked|"
        r"in (?:the )?(?:bath|shower))\b",
        r"\b(?:share|post|send|show) (?:them|the (?:pictures|photos|pics|videos)|my (?:pictures|"
        r"photos|pics)) (?:if|unless|to (?:everyone|my|your|his|her))\b")),
    _rule(ONLINE, _any(
        # someone met online, in a game or a chat ...
        r"\bonline\b|\bon (?:a|an|the|his|her|my) (?:game|games|app|phone|tablet|ipad|xbox|"
        r"playstation)\b|\bon (?:fortnite|roblox|minecraft|discord|snapchat|snap|insta|"
        r"instagram|tiktok|whatsapp|facebook|youtube|the internet|xbox|playstation)\b|"
        r"\bgroup chat\b|\bchat room\b|\bdms\b|\b(?:direct|private) messag\w*"),
          # ... who sends or asks for pictures, wants to meet, or wants it kept secret
          also=r"\b(?:sends?|sent|sending|asks?|asked|asking|wants?|wanted|share\w*|post\w*)"
               r"(?: me| him| her| them)?(?: to send| for| me| him| her)? (?:pictures|photos|pics|"
               r"videos|selfies|images)\b|\bsecret\b|\bmeet (?:up|him|her|them|me)\b|"
               r"\bundress\w*|\bclothes off\b|\bnaked\b|\bboyfriend\b|\bgirlfriend\b|"
               r"\b(?:sent|sends|gave|gives|send) (?:me|him|her) (?:money|gifts?|presents)\b|"
               r"\bcome to (?:his|her|their) (?:house|flat|home|place)\b|\b(?:video|film|photo\w*) "
               r"(?:himself|herself|yourself|myself|themselves)\b|\bin the (?:bath|shower)\b|"
               r"\bmature for (?:her|his|your) age\b|\b(?:men|a man|adults?|hotel\w*)\b",
          unless_before=r"\b(?:form|forms|application|meeting|meetings|training|course)(?: \w+)?"),

    # --- Secrets --------------------------------------------------------------------------
    _rule(SECRETS, _any(
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
                       r"families))\b"),

    # --- Emotional abuse ----------------------------------------------------------------------
    _rule(EMOTIONAL, _any(
        # a child called or told they are worthless, stupid, not wanted
        r"\b(?:calls?|called|calling) (?:me|him|her|them) (?:a |an )?(?:stupid|useless|worthless|"
        r"thick|retard\w*|idiot|waste of space|freak|mistake|burden|evil|disgusting|pathetic)\b",
        r"\b(?:tells?|told|telling|says? to|said to|screams? at|screaming at|shouts? at|shouting "
        r"at|yells? at) (?:me|him|her|them) (?:that )?(?:(?:i|he|she|they|you) (?:am|is|are|was|"
        r"were) )?(?:a |an )?(?:stupid|useless|worthless|thick|retard\w*|idiot|waste of space|"
        r"freak|mistake|burden|evil|disgusting|pathetic|nothing|unwanted|not wanted)\b",
        r"\b(?:says?|said|tells?|told) (?:me |him |her )?(?:that )?(?:she|he|they) (?:hates?|"
        r"does not love|does not want|never wanted) (?:me|him|her)\b",
        # told to kill themselves
        r"\b(?:tell|tells|told|telling) (?:me|him|her|them) to (?:go (?:and )?die|kill|kys)\b",
        r"\bkys\b",
        r"\b(?:nobody|no one) (?:wants|loves|cares about) me\b",
        r"\b(?:put|send|sending) (?:me|him|her|them) (?:in|into) care\b",
        r"\b(?:not|never) (?:let|lets|allowed?) (?:me|him|her|them) (?:to )?(?:eat (?:with the "
        r"family|at all|anything|until)|have (?:food|dinner|tea|breakfast)|out of (?:my|his|her|"
        r"their) room|leave (?:my|his|her|their) room)\b")),

    # --- Neglect -------------------------------------------------------------------------------
    _rule(NEGLECT, _any(
        # no food, hungry at home, going without
        r"\bno food\b|\b(?:not|never) (?:being |been |get |gets |got |getting )?fed\b|"
        r"\bgo(?:es)? without (?:food|meals|eating)\b|\bskip(?:s|ping|ped)? meals\b|"
        r"\bnothing to eat\b",
        r"\b(?:not|never) (?:have|got|had) (?:any |enough )?food\b|\bnot enough food\b|"
        r"\b(?:not|never|nothing) (?:eaten|ate|had anything to eat) (?:properly )?(?:since|for|"
        r"all day|in)\b|"
        r"\b(?:no|not allowed|without|not allowed any) (?:food|dinner|tea|meals?|breakfast) (?:if|"
        r"when|as) (?:\w+ ){0,3}(?:bad|naughty|punish\w*)\b|"
        r"\b(?:not|never) (?:give|gives|gave) (?:me|him|her|us|them) (?:any )?(?:food|dinner|tea|"
        r"breakfast|meals)\b",
        r"\b(?:takes|taking|took|steals?|stealing|stole) food from (?:other|others|bins|lunch ?"
        r"boxes|school)\b|\bno coat in (?:winter|the snow|the cold)\b",
        r"\b(?:nobody|no one) (?:to|at home to|who will) (?:look after|feed|make (?:tea|dinner|"
        r"food|breakfast)|care for|wash)\b|\bnowhere (?:clean |safe |warm )?to (?:sleep|live|"
        r"stay)\b",
        r"\b(?:house|home|flat) is (?:full of|covered in) (?:rubbish|mould|dirt|dog mess|"
        r"cat mess|poo|flies|fleas|rats|mice)\b|\bsqualor\b",
        rf"\b(?:{_FAMILY}|parents) drinks? (?:every night|all day|all the time|too much|a lot|"
        rf"every day)\b(?! of\b)",
        r"\b(?:mum|dad|mam|step ?mum|step ?dad|they) locks? (?:the )?(?:fridge|food|cupboards?|"
        r"kitchen)\b|\b(?:house|home|flat) (?:smells|stinks) (?:of|like) (?:wee|urine|poo|dog)\b|"
        r"\bnever (?:any|enough) food\b|\b(?:mum|dad|mam|mummy|daddy) (?:does not|do not|never|"
        r"can not|will not) (?:get up|get out of bed|wake up)\b",
        r"\bmattress on the floor\b|\bno (?:sheets|bedding|blankets)\b|\b(?:flat|house|home) is "
        r"filthy\b|\bhead lice for (?:weeks|months)\b|\b(?:clothes|he|"
        r"she) (?:is |are )?always (?:filthy|dirty|smelly)\b",
        r"\b(?:look|looks|looking) after (?:my|his|her) (?:little |baby |younger )?(?:brothers?|"
        r"sisters?|siblings) (?:every night|all night|on (?:my|his|her) own|because (?:mum|dad)|"
        r"when (?:mum|dad))\b|\b(?:mum|dad|they) goes? out (?:every night|at night|and leaves?)\b",
        r"\bgo(?:es|ing)? (?:to bed |to school )?hungry\b|\bhungry (?:at home|at night|in the "
        r"morning)\b",
        r"\bcan not afford (?:food|to eat|to feed|heating|to heat|the heating|electric|gas|"
        r"nappies|clothes|shoes|a bed)\b",
        # arriving at school dirty, hungry, in the same clothes; sleeping in coats
        r"\b(?:come|comes|came|coming|arrive\w*|sent|turns? up|goes|go) (?:in |into |to )?"
        r"(?:school|nursery|college|class) (?:dirty|smelly|smelling|unwashed|hungry|in dirty "
        r"clothes|in the same clothes|with no (?:coat|lunch|breakfast|food)|without (?:breakfast|"
        r"a coat|lunch|food))\b",
        r"\bsame clothes for days\b|\bsleep\w* in (?:their|our|his|her|my) coats\b",
        # locked in or out, left alone at night or for hours
        r"\block(?:s|ed|ing)? (?:me|him|her|them) (?:in|out)\b|\blocked in (?:my|his|her|their|a|"
        r"the) room\b",
        r"\bleft on (?:my|his|her|their) own (?:a lot|all the time|every|most|at night)\b",
        r"\bfend(?:ing|s)? for (?:themselves|himself|herself|myself|ourselves)\b",
        r"\b(?:leave|leaves|left|leaving) (?:me|him|her|them|the kids|the baby|the children) in "
        r"the car (?:for hours|alone|on (?:his|her|their) own|while|when)\b",
        r"\bfound wandering\b|\bwander\w* (?:the streets|on (?:the|a) (?:main )?road)\b",
        r"\b(?:he|she|son|daughter|\w+ year old|ten|eleven|twelve|thirteen|\d+) (?:\w+ ){0,3}"
        r"(?:drinking|drunk|drinks) (?:vodka|alcohol|cider|beer|booze|spirits)\b",
        r"\bdrinking (?:in the mornings?|first thing|to get through|from the morning)\b|"
        r"\b(?:asleep|passed out|unconscious) on the (?:sofa|floor|settee)\b",
        r"\b(?:not|never) (?:change|changes|changed|changing) (?:her|his|the baby|the) "
        r"(?:nappy|nappies)\b|\bnappy rash for (?:weeks|months)\b",
        r"\bsofa surf\w*|\bsleeping rough\b|\bhomeless\b|\bliving in (?:a|our|the) car\b",
        r"\b(?:leave|leaves|left|leaving) (?:me|him|her|them|the kids|the children|(?:my|his|"
        r"her) (?:little |baby )?(?:brother|sister|brothers|sisters)) (?:alone|home alone|by "
        r"(?:myself|himself|herself|themselves|ourselves)|on (?:my|his|her|their|our) own)"
        r"(?= (?:at night|overnight|all day|all night|for hours|for days|when|while|in the "
        r"(?:house|car|flat)|at home))",
        r"\bleft (?:alone|on (?:his|her|their) own) (?:at home|all day|all night|overnight|for "
        r"hours|for days)\b|\bhome alone\b",
        # a parent too drunk, high or ill to care
        rf"\b(?:{_FAMILY}|parents) (?:is |gets |was |are )?(?:always |often |usually |really )?"
        rf"(?:drunk|wasted|off (?:his|her|their) face|on drugs|sleeps all day|stays in bed "
        rf"all day|passes out|passed out|high(?= ?[.!?;,]| ?$| (?:and|when|all|again)\b))")),
    # no heating, hot water or beds, at home (not in a school's portacabin)
    _rule(NEGLECT, r"\bno (?:heating|hot water|electric|electricity|gas|beds?)\b",
          also=r"\b(?:home|house|flat|bedsit|hostel|accommodation|at ours|we have|we have had|"
               r"they have|sleep\w*)\b"),

    # --- Domestic abuse ---------------------------------------------------------------------
    _rule(DOMESTIC, _any(
        r"\bdomestic (?:abuse|violence)\b|\bcoercive control\w*|\bcontrolling (?:partner|"
        r"husband|wife|ex|boyfriend|behaviour|relationship)\b|\bnon molestation\b|"
        r"\b(?:women|womens) refuge\b|\bin a refuge\b|\bfled (?:from )?(?:him|her|my ex|the "
        r"house)\b",
        rf"\b{_FAMILY} (?:is|was|has been|gets|got|can be|becomes|become|has become) (?:really |"
        r"very |so )?(?:violent|abusive|aggressive)\b",
        r"\bviolent (?:partner|husband|ex|dad|father|step ?dad|boyfriend)\b",
        rf"\b(?:scared|afraid|frightened|terrified) of (?:him{_AFTER_OBJECT}|her{_AFTER_OBJECT}|"
        rf"my {_FAMILY})",
        # violence by a partner, or towards the other parent
        rf"\b(?:partner|husband|wife|ex|boyfriend|girlfriend) (?:\w+ ){{0,2}}{_VIOLENT} me\b",
        r"\b(?:hits|hit|punch\w*|push\w*|shov\w*|kick\w*|beats|beat|chok\w*|strangl\w*|hurts|"
        r"hurt|slap\w*|threaten\w*|attack\w*) (?:my |our )?(?:mum|mam|mom|mummy|mother|wife|"
        r"partner|girlfriend|nan|nanny|gran)\b",
        r"\b(?:partner|husband|wife|ex|boyfriend|he|she) controls (?:all )?(?:of )?"
        r"(?:the |my |our )?money\b|\b(?:will not|does not|never) let me (?:see my (?:family|"
        r"friends|mum)|leave the house)\b",
        r"\b(?:children|kids|baby) (?:hear|heard|see|saw|witness\w*) (?:the )?(?:fights|fighting|"
        r"violence|abuse|him hit\w*)\b",
        r"\b(?:my )?ex (?:partner |husband |wife )?(?:still )?(?:turns up|comes round|follows|"
        r"stalk\w*|harass\w*|threaten\w*|hit\w*|will not leave (?:me|us) alone)\b"),
          service_words_cancel=True),
    # violence or threats in front of the children
    _rule(DOMESTIC, r"\bin front of (?:the|my|our) (?:children|kids|boys|girls|baby|son|daughter)"
                    r"\b",
          also=r"\b(?:hit\w*|threat\w*|violen\w*|abus\w*|attack\w*|punch\w*|push\w*|strangl\w*|"
               r"chok\w*|police)\b"),

    # --- Threats and weapons -----------------------------------------------------------------
    _rule(THREATS, _any(
        rf"(?:\b(?:will|would|is going to|are going to|going to|gonna)|\[name\]) (?:kill|hurt|stab|"
        rf"hit|beat|batter|smash|punch|kick|burn|shoot|rape|jump|strangle) {_VICTIM}",
        r"\b(?:will|would|is going to|going to|gonna) (?:break|snap|cut|slash|burn|smash) (?:my|"
        r"his|her|your|their) "
        r"(?:legs?|arms?|neck|fingers?|bones?|jaw|face)\b",
        r"\b(?:wants? to|keeps? saying (?:he|she) (?:will|is going to)|says (?:he|she) (?:will|is "
        rf"going to)) (?:stab|shoot|kill|bomb|strangle) (?:everyone|people|someone|them|him|her|"
        rf"(?:his|her|the|my|a) (?:teacher|teachers|boy|girl|kid|kids|man|woman|{_KIN}))\b",
        rf"\bthreat\w* {_VICTIM}(?! with\b)(?! to \w)",
        r"\bthreat\w* to (?:kill|hurt|stab|hit|beat|batter|smash|burn|shoot|rape|take (?:the|my)"
        r" (?:kids|children|baby))\b|\bdeath threats?\b",
        r"\b(?:held|hold\w*|put\w*|point\w*) (?:a|his|her) (?:knife|blade|gun|scissors) (?:to|at|"
        r"against) (?:my|his|her|their|mum|me|him)\b|\bhomemade (?:explosive|bomb|weapon)s?\b|"
        r"\bexplosives?\b|\bpipe bombs?\b",
        r"\b(?:carr\w*|brought|brings?|bringing|pull\w*|held|threaten\w*|found|hid\w*|hides|had)"
        r" (?:a |his |her |their |my )?(?:knife|knives|blade|machete|gun|weapon)\b(?! and fork)"),
          unless_after=r" with\b"),

    # --- Exploitation and county lines --------------------------------------------------------
    _rule(EXPLOITATION, _any(
        r"\bcounty lines?\b|\bcuckoo\w*|\btrap house\b|\bdrug debts?\b|\b(?:criminal|sexual)"
        r"(?:ly)? exploit\w*|\bexploited\b",
        r"\b(?:run|runs|running|deal|deals|dealing|sell|sells|selling|carry|carries|carrying|"
        r"hold|holds|holding|deliver\w*) (?:drugs|weed|packages|parcels|bags for)\b",
        r"\b(?:make|makes|made|making|force\w*|get|gets|got|getting) (?:me|him|her|them) (?:to )?"
        r"(?:carry|sell|deliver|hold|steal|hide|drop off|move|run) (?:\w+ )?(?:parcels|packages|"
        r"drugs|bags|stuff|things|for them)\b",
        r"\bdrop\w* off (?:parcels|packages|bags) for\b",
        r"\bdisappear\w* (?:overnight|for (?:days|hours|nights)|at night|all night)\b",
        r"\b(?:will not|not) tell (?:us|me) (?:who (?:she|he) is with|where (?:she|he) (?:goes|has "
        r"been|is going|was|sleeps|stays))\b",
        r"\b(?:come|comes|came|coming) (?:back|home) with (?:new|expensive|designer|loads of|"
        r"lots of|wads of|a new|cash|money)\b",
        r"\b(?:will not|does not|won't|not) (?:say|tell (?:us|me)) where (?:he|she) (?:got|gets) "
        r"(?:it|the money|them|the cash)\b",
        r"\b(?:into|in) (?:cars|a car|vans|a van) with (?:men|older|strangers|adults|people (?:we|"
        r"he|she) (?:do|does) not know)\b",
        r"\b(?:boyfriend|boyfrend|girlfriend|bloke|man|men) (?:who is|aged|of|is) (?:1[89]|"
        r"[2-9]\d)\b",
        r"\bbuys? (?:her|him|me|them) (?:vapes|drugs|alcohol|drink|booze|weed|cigarettes|fags|"
        r"phones?)\b",
        r"\b(?:in|joined|join|joining|part of|involved with|involved in) (?:a |the )?gangs?\b",
        r"\b(?:he|she|son|daughter) (?:\w+ ){0,2}owes? (?:them|him|people|someone|some \w+)\b"
        r"(?! (?:so much|everything|a lot|a favour|thanks))|\bin debt to (?:them|him|some)\b",
        r"\b(?:weed|cannabis|ketamine|cocaine|heroin|mdma)\b|\bdrugs on (?:him|her)\b|"
        r"\b(?:caught|found|stopped|arrested) with drugs\b|\bdrug deal\w*",
        r"\b(?:has|got|with|carries|carrying|found) (?:two|2|a second|an extra|a burner|burner) "
        r"phones?\b",
        r"\b(?:out|stays out|staying out|comes? home|coming home) (?:till|until|at) (?:\d+ ?am|"
        r"\d+ in the morning|the early hours|all hours)\b|\bstays? out all night\b",
        r"\bpolice in (?:another|a different) (?:county|town|city|area)\b|\b(?:arrested|stopped|"
        r"found|picked up) (?:\w+ ){0,4}(?:\d+ )?miles away\b",
        r"\busing (?:our|my|his|her|their) (?:flat|house|home) (?:to store|to sell|for)\b",
        r"\bwoke up (?:\w+ ){0,4}(?:stranger|strangers|man|men|older)\b|\bwith no memory of\b",
        r"\b(?:hotel|hotels|hotel rooms?) with (?:men|older|adults|a man|an older)\b"),
          service_words_cancel=True),
    # older people with cars, cash, gifts, drugs or parties
    _rule(EXPLOITATION, r"\bolder (?:lads|boys|men|man|guys|guy|kids|friends|boyfriend|"
                        r"girlfriend|people)\b",
          also=r"\b(?:car|cars|cash|money|gifts|presents|vapes|alcohol|drink|drugs|parties|"
               r"party|hotel|pick\w* (?:him|her|me) up|buy\w*|bought|carry)\b"),

    # --- Radicalisation -----------------------------------------------------------------------
    _rule(RADICALISATION, _any(
        r"\bextremis\w*|\bradicali[sz]\w*|\brace war\b|\bfar right\b|\bwhite (?:power|"
        r"supremac\w*)\b|\bjihad\w*|\bterroris\w*",
        r"\bfill\w* (?:his|her|their) heads? with (?:hate|hatred|extrem\w*|propaganda|conspirac"
        r"\w*)\b|\bswastika\w*|\bhitler was right\b|\bheil\b|"
        r"\bmanifesto\w*|\b(?:shooter|bomber|terrorist|attacker) (?:was|is) a (?:hero|legend)\b|"
        r"\b(?:immigrants|foreigners|muslims|jews|refugees|migrants|black people|gay people|"
        r"trans people) are (?:evil|vermin|the enemy|scum|animals|subhuman|invaders)\b|"
        r"\bviolence is the (?:only )?(?:way|answer)\b|\bmilitia\w*|\b(?:make|making|build|"
        r"building) (?:a )?bombs?\b",
        r"\b(?:immigrants|foreigners|muslims|jews|refugees|migrants|asylum seekers|black people|"
        r"white people|gay people|trans people|asians) (?:should|need to|must|deserve to) (?:all )?"
        r"(?:be )?(?:wiped out|killed|die|shot|gassed|exterminated|burned|bombed)\b",
        r"\b(?:fight|fight back against|attack|kill|hurt|get rid of|kick out|burn|bomb|shoot|"
        r"hate|hates) (?:all )?(?:the )?(?:immigrants|foreigners|muslims|jews|refugees|migrants|"
        r"asylum seekers|black people|white people|gay people|trans people|asians|women)\b",
        r"\bdeserves? (?:violence|to be (?:raped|killed|beaten|shot|attacked))\b"),
          service_words_cancel=True),

    # --- Missing from home or education ----------------------------------------------------
    _rule(MISSING, _any(
        r"(?:\b(?:he|she|i|son|daughter|child|kid|boy|girl)|\[name\]) (?:(?!it |they |the |his |"
        r"her |my |its |this |that )\w+ ){0,2}(?:go|goes|going|gone|went) missing\b"
        r"(?! in (?:his|her|their) (?:own )?(?:world|head|thoughts))",
        r"\breported (?:him |her |me |my \w+ )?missing\b|\bmissing from (?:home|care)\b",
        r"\b(?:run|ran|runs|running) away (?:from (?:his |her |my |the )?(?:foster )?(?:home|care|"
        r"placement|house|foster)|again|\w+ times|at night|overnight)\b",
        r"\b(?:keeps|kept|has|had|tried to|threatens? to|threatening to|been) (?:running|run|ran)"
        r" away\b(?! from (?!home|care|his|her|my|the|foster))",
        r"\bpolice (?:found|brought (?:him|her) (?:back|home)|picked (?:him|her) up|were looking"
        r"|searched)\b",
        r"\b(?:pupil|pupils|child|children|student|learner|he|she|boy|girl) (?:\w+ ){0,3}not "
        r"(?:been )?seen since\b",
        r"\b(?:nobody|no one) (?:knows|has seen|knew) where (?:he|she|they|the child) (?:is|was|"
        r"are|lives)\b",
        r"\b(?:family|parents|mum|dad|they) (?:do|does|did) not answer the door\b",
        r"\bnot (?:been )?seen (?:the (?:child|pupil|young person|family|boy|girl)) "
        r"(?:at \w+ (?:\w+ )?)?(?:for (?:weeks|months)|since)\b|\b(?:phone )?number is dead\b|"
        r"\b(?:not|never) heard from (?:him|her|them) (?:since|for)\b|\b(?:can not|could not) "
        r"(?:get hold of|contact|reach|find) the (?:family|parents)\b|"
        r"\bno forwarding address\b|\bnot (?:been )?seen by (?:anyone|anybody|any one)\b|"
        r"\b(?:council|school) (?:has|have) no address\b|"
        r"\b(?:moved|gone|taken|sent) (?:him |her |them )?abroad\b"),
          service_words_cancel=True),

    # --- Afraid to go home, unsafe ------------------------------------------------------------
    _rule(UNSAFE, _any(
        r"\bnot safe (?:at home|with)\b|\b(?:do|does|did) not feel safe\b|\b(?:feel|feels|felt)"
        r" unsafe\b|\bunsafe at home\b",
        r"\b(?:scared|afraid|frightened|terrified|worried) (?:at|of being at|to be at|of going|to"
        r" go|about going) home\b|\b(?:scared|afraid|frightened|terrified) in (?:my|our|the) "
        r"(?:house|home)\b",
        r"\bran away from home\b|\bmake it stop\b|\b(?:do not|never) (?:send|make) me (?:go )?"
        r"(?:back )?home\b",
        r"\b(?:scared|afraid|frightened|terrified) (?:\w+ ){0,6}(?:get|go|going|gets|goes) "
        r"(?:back )?home\b",
        # afraid of a person in or around the household ("her dad's friend who stays over")
        rf"\b(?:scared|afraid|frightened|terrified) of (?:his |her |my |their |the )?"
        rf"(?:(?:mum|mums|dad|dads|nan|nans) )?(?:{_FAMILY}|friend|friends|lodger|neighbour|man|"
        rf"men)\b",
        r"\b(?:do|does|did) not want to go (?:back )?home\b(?! (?:from|yet|at the end|after|"
        r"when it))",
        r"\b(?:worried|concerned|worries|concerns) about (?:home|things at home|what (?:is|was) "
        r"(?:going on|happening) at home|(?:him|her|them) at home)\b")),

    # --- Restraint and seclusion of a child -----------------------------------------------------
    _rule(RESTRAINT, _any(
        r"\bphysical(?:ly)? restrain\w*|\bprone restrain\w*|\b(?:was|were|been|being|is|gets|"
        r"got) restrained\b|\brestrain\w* (?:him|her|me|them|my \w+)\b",
        r"\b(?:held|holding|pinned|restrained|put|pushed|forced|sat on)(?: \w+){0,3} face down\b",
        r"\b(?:was|were|been|being|is|gets|got) (?:shut|locked) in (?:a|the|an) (?:\w+ )?"
        r"(?:room|cupboard|cubicle|box|booth|cell|office|toilet)\b",
        r"\b(?:shut|shuts|shutting|lock|locks|locked|locking) (?:me|him|her|them|my \w+) (?:in|"
        r"into) (?:a|the|an) (?:\w+ )?(?:room|cupboard|cubicle|box|booth|cell|office|toilet)\b",
        r"\b(?:put|puts|left|leave|leaves|kept) (?:me|him|her|them|my \w+) in (?:a |the |an )?"
        r"(?:\w+ )?(?:room|cupboard|cubicle|box|booth) (?:on (?:my|his|her|their) own|alone|by "
        r"(?:myself|himself|herself))\b",
        r"\bmade to (?:sit|stay|stand) in (?:wet|soiled|dirty) (?:trousers|clothes|pants)\b|"
        r"\b(?:seclusion|isolation) (?:room|booth|cupboard)\b|\b(?:door|doors) (?:was |were )?"
        r"(?:held|locked|kept|wedged|jammed|barricaded|blocked) shut\b|\bheld the door shut\b",
        r"\b(?:left|kept|put) in (?:the|a) (?:\w+ )?room (?:alone|on (?:his|her|their) own|"
        r"for (?:an hour|hours|\d+ (?:minutes|hours)))\b",
        r"\b(?:forced|made) to (?:eat|drink|lick|clean up|sit in) (?:his|her|their|my) (?:own )?"
        r"(?:vomit|sick|poo|wee|urine)\b",
        r"\b(?:held|restrain\w*|sat on|pinned|holding)\b(?: \w+)*? (?:could not|can not) "
        r"breathe\b"),
          service_words_cancel=True,
          unless_after=r" by (?:a|the|his|her) (?:seat ?belt|harness|belt|strap|straps|chair|"
                       r"buggy|wheelchair)",
          also=r"\b(?:him|her|me|them|he|she|his|son|daughter|child|boy|girl|pupil)\b|\[name\]"),

    # --- Abuse named outright, a mental health crisis ---------------------------------------
    _rule(ABUSE, r"\b(?:was|been|being|is|are|were|gets) (?:abused|neglected)\b|"
                 r"\babus(?:es|ed|ing) (?:me|him|her|them|my \w+)\b"),
    _rule(MENTAL_CRISIS, r"\bmental health crisis\b(?! team| line| service)|"
                         r"\bsectioned\b|\bin and out of (?:a&e|a and e|hospital)\b"),

    # --- Structural rules: who did what to whom, not one fixed phrase ------------------------
    # A person (he, they, a man, my step dad, staff...) + a harm verb + me/him/her or a body
    # part, with at most a few helper words between ("he always whacks me round the head").
    _rule(PHYSICAL, _any(
        rf"\b{_ACTOR}{_HELPERS} (?:{_HARM2}) (?:me|us|him|them|her{_AFTER_OBJECT})\b",
        rf"\b{_ACTOR}{_HELPERS} (?:{_HARM2}|squeez\w*|twist\w*|grab\w*|pull\w*|yank\w*) "
        rf"(?:my|his|her|their) (?:{_HURT_BODY})\b",
        rf"\b{_ACTOR}{_HELPERS} (?:pour\w*|tip\w*|throw\w*|threw|chuck\w*) (?:\w+ ){{1,3}}(?:on|"
        rf"over|at) (?:me|him|her|us|them)\b",
        rf"\b(?:spit\w*|spat) (?:on|at|in) (?:me|him|us|them|her{_AFTER_OBJECT}|(?:my|his|her|"
        rf"their) face)\b",
        rf"\b(?:lay|lie|lies|lying|laid|sat|sit|sits|sitting|knelt|kneel\w*|stood|stand\w*) on "
        rf"top of {_VICTIM}"),
          unless_before=_NOT_A_PERSON_BEFORE, unless_after=" (?:" + _GAME + ")",
          distress_cancels=True),
    # touched where a costume goes, a hand in the pants, forced himself on her
    _rule(SEXUAL, _any(
        r"\b(?:touch\w*|feel\w*|felt|rub\w*|strok\w*|grop\w*|fondl\w*|fiddl\w*|kiss\w*|lick\w*|"
        r"play\w* with) (?:me|him|her|us|them) (?:where|under|inside|between|down (?:my|his|her|"
        r"there|below)|on (?:the|my|his|her) (?:lips|mouth|bum|bottom|chest|boobs|bits|thighs?)|"
        r"in (?:my|his|her|the) (?:pants|knickers|bed|bits|private\w*))\b",
        rf"\b(?:where|under|inside|in|down|up) (?:my|his|her|their) {_UNDERWEAR}\b(?! (?:drawer|"
        rf"size|shop|aisle))",
        r"\bforc\w* (?:himself|herself|themselves|themself) (?:on|onto|upon|into)\b",
        r"\b(?:suck|sucks|sucked|sucking|lick|licks|licked|licking|touch|touches|touched|"
        r"touching|hold|play with|rub) (?:his|her|their|its) (?:thing|things|willy|penis|privates|"
        r"private|bits|dick|cock|boobs|balls|front bottom)\b",
        r"\b(?:made|makes|make|making|forc\w*|told|tells|tell|got|gets|get|dared) (?:me|him|her|"
        r"them|us) (?:to )?(?:take (?:my|his|her|their|our) (?:top|tops|clothes|pants|trousers|"
        r"knickers|bra|shirt|t shirt|dress|skirt|shorts|underwear) off|strip\w*|undress|get "
        r"(?:naked|undressed)|show (?:my|his|her|them|him|their) (?:body|bum|chest|boobs|"
        r"privates|private \w+|bits))\b",
        r"\b(?:film\w*|record\w*|video\w*|photo\w*|pictures? of|picture|snap\w*) (?:me|him|her|"
        r"them|us|it) (?:\w+ ){0,3}(?:naked|undressed|with no (?:clothes|top|pants)|in (?:the|"
        r"my|his|her) (?:bath|shower|pants|knickers|underwear|bra))\b"),
          speaker_cancel=False, unless_before=r"\b(?:i|we)(?: \w+)?",
          unless_sentence=r"\b(?:doctor|nurse|gp|hospital|ecg|scan|x ray|examin\w*|medical|"
                          r"physio|swimming lesson|changing room|getting changed|nappy|"
                          r"toileting|personal care|intimate care|laundry|washing)\b"),
    # wanting it all to end, happier if I was gone, no point carrying on
    _rule(SUICIDAL, _any(
        r"\b(?:i|he|she|we)(?: \w+){0,3} (?:want|wants|wanted|wanna|wish|wishes|wished|going|"
        r"gonna|try|tried|tries|thinking about|think about|thought about|feel like|felt like|"
        r"feels like|plan|plans|planning|ready) (?:to )?(?:end|ending|stop|stopping|finish|"
        r"finishing) (?:it|it all|everything|things|my life|his life|her life|myself|"
        r"being alive|living|existing|breathing)\b(?! (?:with|for|early|there|off|by|at|on|"
        r"and start|before))",
        r"\b(?:want|wants|wanted|wanna|wish|wishes|wished|need|needs) (?:it|it all|everything|"
        r"my life|his life|her life|life|the pain|this pain) to (?:end|stop|be over|go away)\b",
        r"\b(?:stop|stopped|stopping) (?:being alive|existing|living)\b|\b(?:not|never) "
        r"(?:want|wanna) (?:to )?(?:exist|be alive|live|be born)\b",
        r"\b(?:happier|better off|better|easier|fine|relieved|free)(?: \w+){0,3} if (?:i|he|she) "
        r"(?:(?:was|were|am|is|had) (?:gone|dead|not (?:here|around|alive)|never (?:been )?born)|"
        r"died|disappeared|never existed|killed (?:myself|himself|herself))\b",
        r"\b(?:not|never|no) (?:see )?(?:any|the|a) point (?:in |of )?(?:carrying on|going on|"
        r"trying any ?more|existing|waking up|being alive|any ?more|living|anything)\b"
        r"(?! with\b)",
        r"\b(?:written|wrote|writing|write|left) (?:a |my |some )?(?:letters?|notes?) (?:to|for) "
        r"(?:the kids|my kids|the children|my children|everyone|my family|my mum|mum|my son|"
        r"my daughter|my husband|my wife|my partner)\b(?=.*\b(?:point|end|goodbye|sorry|without "
        r"me|go on|carry on|carrying on|any ?more|gone|love (?:them|you))\b)"),
          speaker_cancel=False,
          also=r"\b(?:life|alive|living|die|died|dead|here|any ?more|nobody|no one|pain|gone|"
               r"point|existing|breathing|myself|himself|herself|it all|everything|letters?|"
               r"notes?|carrying on|going on|born|end it|ending it)\b"),
    _rule(SUICIDAL, r"\bhates? (?:my|his|her|their) (?:own )?life\b",
          also=r"\b(?:end|over|stop|die|dead|gone|not be here|alive|any ?more|kill|disappear|"
               r"point|hurt|cut|better off)\b", speaker_cancel=False),
    # punished by being shut out, starved, or sent to sleep in the cold
    _rule(NEGLECT, _any(
        r"\b(?:make|makes|made|making) (?:me|him|her|them|us) (?:sleep|stay|stand|sit|wait|live|"
        r"eat) (?:in|on|outside|out in) (?:the )?(?:shed|garden|garage|car|cold|floor|dark|rain|"
        r"cupboard|doorstep|street|snow)\b",
        rf"\b(?:they|he|she|mum|dad|mummy|daddy|carers?|parents|{_FAMILY})(?: \w+){{0,2}} "
        r"(?:not|never) (?:give|gives|gave|let|lets|feed|feeds|fed) (?:me|him|her|us|them) "
        r"(?:any |have |eat |my |his |her |their |a |no )?(?:food|tea|dinner|breakfast|lunch|"
        r"supper|eat|anything to eat|something to eat|meals?|drink|water)\b",
        r"\bstarv\w* (?:me|him|her|them|us)\b|\b(?:no|not (?:any|allowed)) (?:food|tea|dinner|"
        r"to eat) (?:as a punishment|when (?:i|he|she|we) (?:am|is|are|was|were) (?:naughty|bad|"
        r"rude))\b")),
    # afraid to go back to a parent's; hiding when a parent comes home
    _rule(UNSAFE, _any(
        rf"\b(?:scared|afraid|frightened|terrified|petrified|scard|scarred) (?:to|of) (?:go|"
        rf"going|goin|be|being|stay|staying|see|seeing|visit\w*|sleep\w*)(?: back)?(?: over)? "
        rf"(?:to |at |with )?(?:my |his |her |the |their )?(?:(?:mums|dads|nans|mum|dad|nan|"
        rf"grandad|grandads|gran|grans) (?:house|flat|home|place)|mums|dads|nans|grandads|home|"
        rf"house|{_FAMILY})\b",
        rf"\b(?:hide|hides|hid|hiding) (?:\w+ ){{0,3}}(?:under|in|behind) (?:my|his|her|the|"
        rf"their) (?:bed|wardrobe|cupboard|duvet|covers|room|sofa|bedroom) (?:when|whenever|"
        rf"wen|until|till|if|because) (?:\w+ ){{0,2}}(?:{_FAMILY}|daddy|mummy)\b")),

    # round 2: wishing to be dead however it is spelt, better off with someone else
    _rule(SUICIDAL, _any(
        r"\b(?:wish|wishes|wished|want|wants|wanna|wanted) (?:i|he|she|to) (?:was |were |wer |"
        r"woz |is |be )?(?:dead|ded|deed|dedd|gone for ever|gone forever|never born)\b",
        r"\bbetter off (?:with (?:someone|somebody|some one) else|with (?:another|a different) "
        r"(?:mum|dad|family|parent)|if i (?:left|went|was not|were not))\b"),
          speaker_cancel=False),
    # a carer or household adult who acts: puts a child in a cupboard, insults them daily
    _rule(NEGLECT, r"\b(?:puts?|putting|locks?|locked|locking|shuts?|shutting|keeps?|kept|"
                   r"sends?|sent) (?:me|him|her|them|us) (?:in|into|under) (?:the|a|my|his|her) "
                   r"(?:cupb\w*|cubb?ord|cupboard|shed|garage|cellar|basement|dark|loft|cage|"
                   r"kennel|bin)\b", unless_sentence=r"\b(?:hide and seek|game|playing)\b"),
    _rule(EMOTIONAL, _any(
        rf"\b(?:he|she|{_FAMILY}|mummy|daddy|nan|teacher|staff)(?: \w+){{0,2}} (?:says|said|"
        r"tells|told|calls|called|shouts|screams|keeps saying)(?: \w+){0,2} (?:i am|im|he is|"
        r"she is|you are|me|him|her) (?:a |an |so |really |too |just )?(?:fat|ugly|stupid|thick|"
        r"useless|worthless|a retard|retarded|a mistake|disgusting|a waste of space|pathetic|"
        r"unwanted|an idiot|a freak|evil|a burden|a monster|a nightmare|not wanted)\b",
        r"\b(?:no one|nobody|no body) (?:will|would|could) (?:ever )?(?:love|want) (?:me|him|"
        r"her|you)\b"),
          unless_after=r" (?:at|in|with) (?:maths|reading|spelling|football|drawing)"),
    # not to tell, lifts and money from adult men, hands at clothes, walking in on a bath
    _rule(SECRETS, r"\b(?:says|said|told|tells|tell|asks|asked) (?:him |her |me |them )?(?:not to|"
                   r"to not|never to|do not|dont|not) tell (?:me|mum|dad|anyone|anybody|any one|"
                   r"no one|nobody|(?:his|her|my|their) (?:mum|dad|mam|parents|teacher|carer)|"
                   r"the teachers?|school|the police)\b",
          unless_sentence=r"\b(?:surprise|present|presents|birthday|christmas|party|ending|"
                          r"spoiler\w*)\b"),
    _rule(EXPLOITATION, _any(
        r"\b(?:giv\w*|gave|offer\w*) (?:her|him|me|them) (?:lifts|a lift|rides|money|cash|gifts|"
        r"presents|phones?|vapes|alcohol|drink|weed)\b",
        r"\b(?:wait\w*|hang\w* around|hang\w* about) (?:outside|by|near) (?:the )?(?:school|"
        r"college|gates|our house|her house|his house)\b"),
          also=r"\b(?:a man|men|older|an adult|adults|stranger|strangers|(?:he|she) is (?:1[89]|"
               r"[2-9]\d)|aged (?:1[89]|[2-9]\d))\b"),
    _rule(SEXUAL, _any(
        r"\b(?:pull\w*|lift\w*|yank\w*|tug\w*) (?:\w+ ){0,3}(?:skirt|dress|knickers|bra|pants|"
        r"nightie) (?:up|down|off)\b",
        r"\btried to (?:touch|kiss|feel|grope|undress) (?:me|him|her|them)\b",
        r"\b(?:come|comes|coming|came|walks? in|walked in|keeps coming) (?:in|into)? ?(?:the |my |"
        r"his |her )?(?:bathroom|bedroom|room|shower|bed) when (?:i|he|she) (?:am |is |was )?"
        r"(?:in the bath|in the shower|getting changed|changing|undressed|naked|asleep|in bed)\b"),
          speaker_cancel=False, unless_before=r"\b(?:i|we)(?: \w+)?",
          unless_sentence=r"\b(?:help\w*|toilet\w*|personal care|intimate care|seizures?|"
                          r"epilep\w*|nappy|pads?|wash\w*|dressing|himself|herself|doctor|"
                          r"nurse)\b"),
    # scared of what a parent will do
    _rule(UNSAFE, rf"\b(?:scared|afraid|frightened|terrified|worried|petrified) (?:of |about )?"
                  rf"(?:what|wat|wot) (?:my |his |her |their )?(?:{_FAMILY}|mummy|daddy|he|she) "
                  r"(?:will|would|might|is going to|gonna|could) do\b"),

    # round 3: a burden everyone would be rid of, life pointless, rather be dead, gone for ever
    _rule(SUICIDAL, _any(
        r"\b(?:rather|sooner) be dead\b|\b(?:my|his|her|their) life is (?:pointless|not worth "
        r"living|worthless|meaningless|over)\b",
        r"\b(?:i am|im|i feel like i am|i feel like|feel like (?:i am|he is|she is)|he is|she "
        r"is) (?:a |such a |just a )?burden (?:on|to) (?:everyone|everybody|every one|my family|"
        r"the family|all of you|them all)\b",
        r"\b(?:disappear|dissapear|disapear|dissappear|dissapper|vanish)\w* (?:for ?ever|for good|"
        r"and never come back)\b"), speaker_cancel=False),
    # punished through the night, shut out of the home
    _rule(NEGLECT, _any(
        r"\b(?:mak\w*|made|forc\w*) (?:me|him|her|them|us) (?:stand|sit|kneel|stay|sleep|wait)\b"
        r"(?: \w+){0,5} (?:all night|for hours|overnight|all day|in the cold|till midnight)\b",
        r"\b(?:have|has|had) to (?:wait|stay|sit) outside (?:\w+ ){0,5}(?:home|at night|in the "
        r"dark)\b|\bnot allowed (?:a key|in the house|in the flat|to come in)\b")),
    # a household adult in a child's bed, doing what the child does not like
    _rule(SEXUAL, _any(
        r"\b(?:does|did|do|doing|done) (?:stuff|things|bad stuff|stuff to me|things to me|stuff "
        r"to (?:him|her)|things to (?:him|her)) (?:that )?(?:i|he|she) (?:do|does|did) not like\b",
        rf"\b(?:{_FAMILY}|friend|friends|uncle|lodger|man|lad|cousin|grandad|coach|teacher|"
        rf"carer|babysitter)(?: \w+){{0,2}} (?:sleeps|slept|gets|got|climbs|climbed|comes|came|"
        rf"lies|lay) (?:in|into) (?:my|his|her) bed\b",
        r"\b(?:tells?|told|says|said) (?:me|him|her) (?:i am|im|she is|he is|shes|hes) (?:so |"
        r"really )?(?:special|mature|beautiful|sexy|gorgeous|his girlfriend|his boyfriend|her "
        r"boyfriend)\b"),
          speaker_cancel=False, unless_before=r"\b(?:i|we)(?: \w+)?",
          unless_sentence=r"\b(?:seizures?|epilep\w*|nightmares?|poorly|ill|sick)\b",
          also=r"\b(?:friend|uncle|lodger|man|lad|cousin|grandad|coach|teacher|carer|"
               r"babysitter|boyfriend|step ?dad|dad|he|she|they|older|online|snap\w*|message\w*|"
               r"night)\b"),
    _rule(ONLINE, r"\b(?:messag\w*|text\w*|snap\w*|dms|dmed|dming|call\w*|ring\w*|facetim\w*) "
                  r"(?:me|him|her|them) (?:\w+ ){0,2}(?:late at night|at night|in the night|"
                  r"at \d+ ?am|every night|at midnight)\b",
          also=r"\b(?:coach|teacher|tutor|man|older|stranger|leader|staff|instructor|uncle|"
               r"driver|adult|(?:he|she) is (?:1[89]|[2-9]\d))\b"),
    # rough handling; hurting a pet to frighten the family
    _rule(PHYSICAL, r"\brough(?:ly)? ?handl\w*|\bmanhandl\w*|\b(?:is|was|are|were|been|gets) "
                    r"rough with (?:him|her|me|them|us)\b"),
    _rule(THREATS, r"\b(?:hurt\w*|kick\w*|kill\w*|hit\w*|drown\w*|strangl\w*|beat\w*|burn\w*|"
                   r"starv\w*) (?:my|our|his|her|the) (?:dog|cat|puppy|kitten|pet|pets|rabbit|"
                   r"hamster|guinea pig)\b",
          also=r"\b(?:purpose|scare|scared|frighten\w*|threat\w*|tell|if|punish\w*|make (?:me|"
               r"us|him|her))\b"),

    # --- A parent or carer in crisis ------------------------------------------------------------
    _rule(CARER_CRISIS,
          rf"{_ME} (?:can not|could not|am not|are not|was not|not) cop(?:e|ing)(?: any ?more| any "
          rf"longer| much longer)?{_ENDS}|{_ME} (?:at|reached|reach|hit|near|past) (?:my |our |the "
          rf"|a )?breaking point\b|\bnot know how (?:much )?long(?:er)? (?:i|we) can (?:do this|go "
          rf"on|carry on|keep (?:going|this up)|take (?:it|this|any ?more)|cope|manage|hold on)\b|"
          rf"{_ME} (?:can not|could not) (?:go on|carry on|keep going|do this|take (?:it|this|"
          rf"much|any) ?(?:more|any ?more)?){_ENDS}|\b(?:can not|not) see (?:a|any) way out\b|"
          rf"\b(?:i|we|family)(?: \w+){{0,2}} falling apart\b", speaker_cancel=False,
          needs=(" cop", "breaking point", " long", " go on", " carry on", " keep going",
                 " do this", " take ", " way out", "falling apart")),
)


# The theme a disclosure is about, so a flagged comment is counted where it belongs once the
# safeguarding lead returns it: self-harm is mental health, a family in danger is social care,
# restraint at school is school inclusion. Violence, injuries and threats may be at home or at
# school, so they add no theme.
REASON_THEMES = {SUICIDAL: "mental_health", SELF_HARM: "mental_health",
                 MENTAL_CRISIS: "mental_health", DOMESTIC: "social_care", NEGLECT: "social_care",
                 UNSAFE: "social_care", ABUSE: "social_care", SEXUAL: "social_care",
                 ONLINE: "social_care", SECRETS: "social_care", EMOTIONAL: "social_care",
                 EXPLOITATION: "social_care", MISSING: "social_care",
                 CARER_CRISIS: "social_care", RESTRAINT: "school_inclusion"}



# Which alternatives each word start can wake: a comment's token starts pick, in one pass of
# dictionary lookups, the few alternatives worth searching (see regex_gate).
_PARTS = tuple((rule, part, gate) for rule in RULES for part, gate in rule.parts)
_UNGATED = frozenset(i for i, (_, _, gate) in enumerate(_PARTS) if gate is None)
_BY_START: dict[str, frozenset[int]] = {}
for _index, (_, _, _gate) in enumerate(_PARTS):
    for _start in _gate or ():
        _BY_START[_start] = _BY_START.get(_start, frozenset()) | {_index}


@dataclass(frozen=True, slots=True)
class SafeguardingResult:
    """Whether a comment needs a safeguarding lead to read it, and why."""

    flagged: bool
    reasons: tuple[str, ...]


def _sentence(text: str, match: re.Match[str]) -> str:
    """The sentence a match sits in."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, match.start())), default=0)
    end = _SENTENCE_BREAK.search(text, match.end())
    return text[start:end.start() if end else len(text)]


def _cancelled(rule: Rule, text: str, match: re.Match[str]) -> bool:
    """True when the match is a service name, a figure of speech, an accident or lacks the
    second cue its rule needs."""
    before = text[max(0, match.start() - 40):match.start()]
    after = text[match.end():match.end() + 40]
    if rule.service_words_cancel and (
            _SERVICE_AFTER.match(after) or _SERVICE_BEFORE.search(before[-30:])):
        return True
    if rule.speaker_cancel and _SPEAKER_BEFORE.search(before):
        return True
    if rule.unless_before and rule.unless_before.search(before):
        return True
    if rule.unless_after and rule.unless_after.match(after):
        return True
    if rule.distress_cancels and (_CHILD_ACTS_BEFORE.search(before)
                                  or _CHILD_ACTS_START.match(match.group())) \
            and _DISTRESS.search(_sentence(text, match)):
        return True
    if rule.also or rule.unless_sentence or rule.accident_cancels:
        sentence = _sentence(text, match)
        if rule.also and not rule.also.search(sentence):
            return True
        if rule.unless_sentence and rule.unless_sentence.search(sentence):
            return True
        if rule.accident_cancels and _ACCIDENT.search(sentence) \
                and not _DISPUTED.search(sentence):
            return True
    return False


def check(tokens: tuple[str, ...] | list[str]) -> SafeguardingResult:
    """Flag possible disclosures in a tokenised comment (see text.tokenise)."""
    text = _FIGURES.sub(" ", " ".join(tokens))
    reasons: list[str] = []
    # Each alternative is searched only when a token of the text begins with one of the word
    # starts its matches need (read from the pattern, see regex_gate): most comments hold none,
    # and a dictionary lookup is far cheaper than a search tried at every word.
    live = _UNGATED.union(*(_BY_START[start] for start in token_starts(text) & _BY_START.keys()))
    for i in sorted(live):
        rule, part, _ = _PARTS[i]
        if rule.reason in reasons or (rule.needs and not any(n in text for n in rule.needs)):
            continue
        if any(not _cancelled(rule, text, m) for m in part.finditer(text)):
            reasons.append(rule.reason)
    return SafeguardingResult(bool(reasons), tuple(reasons))
