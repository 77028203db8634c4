"""The words the safeguarding rules share: the reasons a lead sees, people, body parts and
harm verbs, as regular expression pieces over lower-case, space-joined tokens."""

from __future__ import annotations

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
# No rule matched, but the learned layer finds the comment worded like the disclosures people
# labelled (coprod/text/learned.py): the least certain reason, so it is read last.
WORDED_LIKE_A_DISCLOSURE = "worded like a disclosure (no rule matched)"

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

# --- Shared vocabulary -----------------------------------------------------------------------

# People in a child's life, as they are named in feedback ("step dad", "mums boyfrend").
KIN = (r"(?:step ?)?(?:mum|mums|mam|mom|mummy|mother|dad|daddy|father|brother|sister|son|"
        r"daughter|child|children|kid|kids|boy|boys|girl|girls|baby|twins?|nan|nanny|gran|granny|"
        r"grandma|grandad|grandpa|uncle|aunt|auntie|cousin|partner|wife|husband|girlfriend|"
        r"boyfriend|boyfrend|friend|friends|carer|sibling|siblings)")
# The adults a child lives with or visits, as a child names them ("my step dad", "mums
# boyfrend"); not a brother or sister, whose outbursts may be a disabled sibling's distress.
ADULT_AT_HOME = (r"(?:dad|daddy|father|step ?dad|stepfather|mum|mummy|mother|step ?mum|"
                  r"stepmother|(?:mums|dads) (?:boyfriend|boyfrend|girlfriend|partner|friend|mate)|"
                  r"partner|husband|boyfriend|uncle|grandad|nan|lodger)")
FAMILY = (r"(?:partner|husband|wife|ex|boyfriend|boyfrend|girlfriend|dad|father|step ?dad|mum|"
           r"mother|step ?mum|brother|uncle|grandad|cousin|carer)")
# After "her", words that show it is the object ("hit her and") and not a possessive ("hit her
# reading targets", "hurt her feelings").
AFTER_OBJECT = (r"(?= ?[.!?;,)]| ?$| (?:and|but|or|so|when|wen|while|with|in|on|at|by|into|out|"
                 r"onto|against|across|around|over|under|up|down|off|again|every|all|because|"
                 r"if|until|till|for|too|as|then|to|about|from|behind|after|before|whenever|"
                 r"no one|nobody|[a-z]+ly)\b)")
# A person harmed: me, him, her (as object), my son, the kids, my little brother, mum.
VICTIM = (rf"(?:me|us|him|them|her{AFTER_OBJECT}|(?:my|our|his|her|the) (?:little |big |baby |"
           rf"younger |older |eldest |youngest |twin |\w+ year old )?{KIN}|{KIN}(?= |$))(?!\w)")
SELF = r"(?:him|her|my|them|your|one|our)sel(?:f|ves)|myslf|myslef|meself"
BODY = (r"(?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|tummy|body|face|head|"
         r"hand|hands|finger|fingers|hair|chest|neck|back|shoulder|shoulders|ribs|cheek|cheeks)")

# The clause ends after the parent's words: no task or service follows as their object.
ENDS = r"(?= ?[.!?;,)]| ?$| (?:and|but|so|or|i|we|because|any ?more|at all|now|like this|" \
        r"with (?:it all|life|anything|everything))\b)"
ME = r"\b(?:i|we)(?: \w+){0,2}"

VIOLENT = (r"(?:hits|hit|hitting|beats|beat|beating|punch\w*|kick(?:s|ed|ing)?|slap\w*|smack\w*|"
            r"chok\w*|strangl\w*|throttl\w*|suffocat\w*|smother\w*|grabb?\w*|drag\w*|shov\w*|"
            r"pinned|restrained|thr[eo]w|thrown|bites|bit|burn|burn(?:s|t|ed)|pinch\w*|whip\w*|"
            r"scald\w*|shake|shak(?:es|ing)|shook|batter\w*|attack\w*|hurts|hurt|hurting|stab\w*|"
            r"tie|ties|tied)")
# The subject of the verb is a thing, an event or anyone at all, so the harm is a feeling
# ("it really hurt her", "the cuts hit us") or a sensory need ("when people touch him").
NOT_A_PERSON_BEFORE = (
    r"\b(?:it|this|that|which|what|news|cuts|decision|comment|comments|words|rejection|"
    r"exclusion|reality|letter|bill|noise|light|lights|covid|lockdown|pandemic|diagnosis|"
    r"when people|if people|when anyone|if anyone|when someone|when you|dentist|doctor|nurse|"
    r"injection|jab|needle|vaccination|physio|splint|cast|brace|operation|surgery|alarm|alarms|"
    r"fire drill|hand dryers?|sound|sounds|music|smell|anxiety|panic|depression|grief|stress|"
    r"exhaustion|tiredness|fear|loneliness|burnout|it all)(?: really| just| also| truly|"
    r" physically| actually| suddenly| finally)?")
TOUCH_END = r"(?= ?[.!?;,)]| ?$| (?:and|when|wen|at night|in bed|under|there|all the time|" \
             r"every|but|so|again)\b)"

# Structural parts: a person who acts, a few helper words, a harm verb, a body part.
ACTOR = (r"(?:he|she|they|someone|somebody|(?:a|the|an|this|that|some|two|three|these|those) "
          r"(?:\w+ )?(?:man|men|woman|women|boy|boys|girl|girls|lad|lads|kid|kids|staff|teacher|"
          r"adult|adults|bloke|guy|fella|person|people|driver|neighbour)|staff|teachers?|"
          rf"(?:my|his|her|their|our|mum|mums|dad|dads|sisters?|brothers?|nan|nans)(?: \w+)? "
          rf"(?:{KIN}|fella|bloke|man|teacher|tutor|coach|driver|neighbour|lodger)|{KIN})")
HELPERS = (r"(?: (?:always|often|sometimes|keeps|kept|keep|has|have|had|just|then|would|used "
            r"to|does|did|also|really|even|still|started|starts|tried to|tries to|will|once|"
            r"twice|again|[a-z]+ly)){0,3}")
HARM2 = (r"whack\w*|thump\w*|wallop\w*|clout\w*|bash\w*|stamp\w* on|stomp\w* on|headbutt\w*|"
          r"head butt\w*|elbow\w*|kneed|knees|pinch\w*|strangl\w*|chok\w*|kick\w*|punch\w*|"
          r"slap\w*|smack\w*|hits|hit|beats|beat|batter\w*|bites|bit|burn\w*|scald\w*|twat\w*|"
          r"lash\w* out at|boot\w*|trip\w* up|drown\w*|suffocat\w*|squash\w*")
# Beaten at a game, not beaten ("my brother always beats me at Mario Kart").
GAME = (r"at (?:chess|cards|games?|mario|fifa|football|monopoly|uno|scrabble|pool|snooker|darts|"
         r"tennis|races?|racing|running|swimming|maths|spelling|everything|minecraft|fortnite|"
         r"roblox|board games|video games|[a-z]+ kart)\b|in (?:a |the )?(?:race|game|match|quiz)\b")
HURT_BODY = (r"neck|throat|arm|arms|wrist|wrists|face|head|hair|ear|ears|chest|back|leg|legs|"
              r"stomach|tummy|ribs|nose|fingers?|bum|bottom")
UNDERWEAR = (r"(?:swimming costume|swim suit|swimsuit|costume|pants|knickers|underwear|bra|"
              r"trunks|swimmers|nappy|pyjamas|nightie|boxers)(?: (?:goes|go|is|are|cover\w*))?")

# Adults paid to look after a child at school, on transport or at a club (round 11)
SCHOOL_STAFF = (r"(?:ta|tas|teacher|teachers|teaching assistant|assistant|supervisor|supervisors|"
                r"dinner lady|lunch lady|members? of staff|staff member|staff|cover supervisor|"
                r"supply teacher|escort|driver|colleague|support worker|coach|instructor|head|"
                r"headteacher|deputy|senco|pe teacher|lsa|1 : 1|one to one)")
