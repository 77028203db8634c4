"""Safeguarding rules: afraid to go home or feeling unsafe."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import ADULT_AT_HOME, FAMILY, SCHOOL_STAFF, UNSAFE

# Home reached by school transport: "scared of going home on the school bus because the older
# kids are so loud" is about the journey, not the home.
BY_TRANSPORT = r"(?! (?:on|in|by) (?:the |a )?(?:school )?(?:bus|taxi|minibus|coach|train|tram)\b)"

# A man at home and his temper, for round 11: "I don't want to be home when mum's boyfriend is
# drinking"
_MAN_AT_HOME = (r"(?:(?:my |his |her |the )?(?:step ?dad|stepfather|mums (?:boyfriend|partner|new "
                r"partner|friend|new friend|fella)|dads (?:girlfriend|new partner))|he)")
_MENACE = (r"(?:angry|cross|mad|shout\w*|drunk|drink\w*|on the cans|hits?|hitting|punch\w*|"
           r"hurts?|kicks?|throws?|smash\w*|scares?|waiting|(?:is|will be) there|is home|is in)")

RULES: tuple[Rule, ...] = (
    rule(UNSAFE, any_of(
        r"\bnot safe (?:at home|with)\b|\b(?:do|does|did) not feel safe\b"
        # (not a parent judging a service: "we don't feel safe leaving him with agency staff")
        r"(?! (?:leaving|sending|letting|putting) (?:him|her|them|my \w+) (?:with|to|at|on|in) "
        r"(?:agency|staff|carers|new|strangers|people|the (?:school|club|taxi|bus|respite|agency|"
        r"staff|carers|unit|ward)|school|respite|a (?:taxi|bus|club))\b)|\b(?:feel|feels|felt)"
        r" unsafe\b|\bunsafe at home\b",
        r"\b(?:scared|afraid|frightened|terrified|worried) (?:at|of being at|to be at|of going|to"
        r" go|about going) home\b" + BY_TRANSPORT + r"|\b(?:scared|afraid|frightened|terrified) in "
        r"(?:my|our|the) "
        r"(?:house|home)\b",
        r"\bran away from home\b|\bmake it stop\b|\b(?:do not|never) (?:send|make) me (?:go )?"
        r"(?:back )?home\b",
        r"\b(?:scared|afraid|frightened|terrified) (?:\w+ ){0,6}(?:get|go|going|gets|goes) "
        r"(?:back )?home\b" + BY_TRANSPORT,
        # afraid of a person in or around the household ("her dad's friend who stays over")
        rf"\b(?:scared|afraid|frightened|terrified) of (?:his |her |my |their |the )?"
        rf"(?:(?:mum|mums|dad|dads|nan|nans) )?(?:{FAMILY}|friend|friends|lodger|neighbour|man|"
        rf"men)\b",
        r"\b(?:do|does|did) not want to go (?:back )?home\b(?! (?:from|yet|at the end|after|"
        r"when it))",
        r"\b(?:worried|concerned|worries|concerns) about (?:home(?! to school| school| "
        r"education| visits?| tuition| learning)|things at home|what(?: is| was)? "
        r"(?:going on|happening) at home|(?:him|her|them) at home)\b")),

    # --- Restraint and seclusion of a child -----------------------------------------------------
    # afraid to go back to a parent's; hiding when a parent comes home
    rule(UNSAFE, any_of(
        rf"\b(?:scared|afraid|frightened|terrified|petrified|scard|scarred) (?:to|of) (?:go|"
        rf"going|goin|be|being|stay|staying|see|seeing|visit\w*|sleep\w*)(?: back)?(?: over)? "
        rf"(?:to |at |with )?(?:my |his |her |the |their )?(?:(?:mums|dads|nans|mum|dad|nan|"
        rf"grandad|grandads|gran|grans) (?:house|flat|home|place)|mums|dads|nans|grandads|home|"
        rf"house|{FAMILY})\b" + BY_TRANSPORT,
        rf"\b(?:hide|hides|hid|hiding) (?:\w+ ){{0,3}}(?:under|in|behind) (?:my|his|her|the|"
        rf"their) (?:bed|wardrobe|cupboard|duvet|covers|room|sofa|bedroom) (?:when|whenever|"
        rf"wen|until|till|if|because) (?:\w+ ){{0,2}}(?:{FAMILY}|daddy|mummy)\b")),

    # round 2: wishing to be dead however it is spelt, better off with someone else
    # home worse than the street, hiding with mum: "i'd rather live on the streets than stay at
    # home with him", "dad smashes stuff and mum hides in the bathroom with us"
    rule(UNSAFE, any_of(
        r"\brather (?:\w+ ){0,5}than (?:go|going|be|being|stay|staying|live|living|sleep\w*) "
        r"(?:back )?(?:at |to )?(?:home|(?:my |his |her )?(?:mums|dads|nans)|with (?:him|her|"
        r"them|my (?:dad|mum|step ?dad|step ?mum|mums \w+|brother|uncle)))\b(?! (?:from|schooling|"
        r"educat\w*|learning|tuition)\b)",
        r"\b(?:hide|hides|hid|hiding) (?:in|under|behind) (?:the|my|our|her|his) (?:\w+ )?"
        r"(?:bathroom|bedroom|room|wardrobe|cupboard|bed|stairs|toilet) (?:with (?:us|me|the "
        r"kids|the children|my \w+)|from (?:him|her|dad|mum|my \w+))\b"), speaker_cancel=False),
    # a child in terror before going to a parent's ("she has started screaming when it's time
    # to go to her dad's and last week she wet herself in the car on the way")
    rule(UNSAFE, r"\b(?:scream\w*|cries|crying|sobs?|sobbing|panic\w*|shak\w*|begs?|begging|"
                  r"wets? (?:her|him|my)self|wet (?:her|him|my)self|hid\w*|hides|refus\w*|"
                  r"clings?|clinging) (?:\w+ ){0,5}(?:go|going|goes|sent|taken|back) (?:back )?"
                  r"(?:to|round to) (?:her|his|their|my) (?:dad|mum|nan|grandad|father|mother|"
                  r"step ?dad|step ?mum)\b(?= ?[.,!?;]| ?$| and\b| at the weekend| every| for "
                  r"contact)"),
    # signs of fear of a person at home: flinching as he passes, a chair against the door at
    # night, refusing to be in the same room as him
    rule(UNSAFE, any_of(
        rf"\bflinch\w* (?:\w+ ){{0,4}}(?:when|whenever|every time|if|as|around|near|at) "
        rf"(?:(?:his|her|my|the) )?(?:{FAMILY}|stepfather|step father|stepmother|uncle|grandad|"
        rf"teacher|man|men|(?:mums|dads) (?:boyfriend|girlfriend|partner))\b",
        r"\b(?:chair|wardrobe|drawers|chest of drawers|bed|desk|bin) (?:against|under|behind|in "
        r"front of) (?:my|his|her|the) (?:bedroom )?door\b|\bbarricad\w*",
        rf"\b(?:will not|would not|does not want to|refuses to|can not|could not) (?:be|stay|sit|"
        rf"sleep|go) in the same (?:room|house|bed) as (?:him|her|(?:my|his|her) (?:{FAMILY}|"
        rf"stepfather|uncle|lodger)|(?:mums|dads) \w+|that man)\b"),
          speaker_cancel=False,
          unless_sentence=r"\b(?:meltdowns?|overwhelmed|sensory|noise|noises|loud|dog|dogs|cat|"
                          r"hoover|hand dryers?|play|game|fort|den)\b"),
    # round 4 (sg2-294..): the household silent for fear of a parent ("we have to be silent
    # when dad is home or he goes mental and breaks stuff")
    rule(UNSAFE, rf"\b(?:have|has|had) to (?:be )?(?:silent|quiet|tiptoe\w*|stay out of (?:his|her|"
                  rf"the) way|hide|keep out of (?:his|her|the) way) (?:\w+ ){{0,2}}(?:when|wen|"
                  rf"whenever|while|or) (?:\w+ ){{0,2}}(?:{FAMILY}|daddy|mummy|he|she) (?:is|gets|"
                  rf"comes|come|get) (?:home|in|back|drunk|angry|in a mood|mad|mental)\b"),
    # Structural: afraid when an adult at home comes in, drinks or loses their temper ("im
    # scared when my step dad gets home", "I hate it when mum's boyfriend has had a drink")
    rule(UNSAFE, r"\b(?:scared|afraid|frightened|terrified|petrified|scard|dread\w*|hate it|"
                  r"panic\w*|shak\w*|hide|hides|hid) (?:\w+ ){0,2}(?:when|wen|whenever|every time|"
                  rf"if) (?:my |our |her |his )?{ADULT_AT_HOME} (?:\w+ ){{0,2}}(?:comes? (?:home|"
                  r"back|in|round)|gets? (?:home|back|drunk|angry|mad|cross|in)|is (?:home|drunk|"
                  r"angry|in a mood)|drinks|has been drinking|has had a drink|had a drink|loses? "
                  r"(?:his|her) temper|kicks? off|goes mental|shouts?|starts? (?:drinking|"
                  r"shouting))\b"),
    # round 5 (sg2-363..): a parent who cannot keep a child safe; out of a window at night and
    # into cars
    rule(UNSAFE, any_of(
        r"\b(?:can not|could not|can no longer) keep (?:her|him|them|my \w+) safe\b",
        r"\bclimb\w* out (?:of )?(?:the|her|his|my) (?:bedroom )?window\b(?=.*\b(?:night|cars?|"
        r"men|older|meet\w*)\b)",
        r"\b(?:get\w*|got) (?:in|into) (?:cars|strangers cars|different cars|cars with)\b(?=.*\b(?:"
        r"night|men|older|strangers|window|late|unknown|not know)\b)|\b(?:night|window)\b(?=.*\b"
        r"(?:get\w*|got) (?:in|into) (?:cars|strangers cars|different cars)\b)")),
    # locking herself in, away from someone she is afraid of ("so frightened of him she would
    # lock herself in her bedroom"); a child shut in by others is restraint or neglect
    rule(UNSAFE, r"\block(?:s|ed|ing)? (?:herself|himself|myself|themselves) (?:in|away)\b",
          also=r"\b(?:scared|afraid|frightened|terrified|petrified|fear|hide|hiding|safe|away "
               r"from)\b"),
    # a child assessed or known to be at risk, or in danger (not "at risk of exclusion"), named
    # or not ("his family felt he was in physical danger")
    rule(UNSAFE, r"(?:\b(?:my|our|the|his|her|this) (?:\w+ )?(?:child|son|daughter|boy|girl|kid|"
                  r"baby)|\b(?:he|she)) (?:was|is|were|being|are) (?:at risk|in (?:physical |real "
                  r"|serious |immediate |grave )?danger)\b(?! of (?!(?:harm|"
                  r"abuse|significant harm|suicide|self|exploitation|being hurt|being harmed|"
                  r"neglect)\b))"),
    # scared of what a parent will do
    rule(UNSAFE, rf"\b(?:scared|afraid|frightened|terrified|worried|petrified) (?:of |about )?"
                  rf"(?:what|wat|wot) (?:my |his |her |their )?(?:{FAMILY}|mummy|daddy|he|she) "
                  r"(?:will|would|might|is going to|gonna|could) do\b"),

    # round 10 (session 15), from the afraid-to-go-home misses of the learn sets: home named as
    # scary, asking to sleep anywhere else, staying out so as not to go home
    rule(UNSAFE, any_of(
        # (not "hell": "home is hell at the moment, he isn't sleeping" is a parent worn out)
        r"\bhome is (?:really |so |very )?(?:scary|scarier|frightening|terrifying|not safe|"
        r"unsafe)\b",
        r"\b(?:rather|prefer to|can i|could i|let me|want to|wish i could) (?:just )?sleep "
        r"(?:at|in) (?:school|college|youth club|the club|the park|the unit|a bench|the streets|"
        r"the office|a friends|my friends|the police station)\b",
        r"\bso (?:that )?(?:i|we) (?:do not|did not|never|would not) have to (?:(?:go|be|get) "
        r"(?:back )?(?:home|in|indoors)\b(?! (?:to|for|at) )|(?:go|get) back(?= ?[.,!?;]| ?$| "
        r"there\b| to (?:the|that|his|her|their) (?:house|flat|place)\b))",
        r"\brather than go(?:ing)? (?:back )?in ?(?:[.,!?;]|$)",
        r"\b(?:can|could) (?:you|i) (?:go|be put|be sent) back into care\b",
        r"\b(?:do not|never|please do not) make me (?:get in|get on|go in|go on|go|walk|get) "
        r"(?:\w+ ){0,2}home\b"), speaker_cancel=False),

    # round 11 (session 16), from the afraid-to-go-home misses of the learn sets: staying out
    # until a man at home is asleep or out, begging not to be taken back, asking to sleep at
    # school, "not home, not home", a house named by its shouting, "safer anywhere else"
    rule(UNSAFE, any_of(
        rf"\bso (?:i am|i|he is|she is) (?:not|never) (?:home|in|there|back|indoors) (?:when|"
        rf"while|till|until|before) (?:my )?(?:dad|{_MAN_AT_HOME}) (?:(?:is|gets|comes) ?(?:in|"
        rf"home|back|there)?(?= ?[.,!?;]| ?$| from the pub| drunk| and)|"
        rf"(?:\w+ ){{0,3}}{_MENACE}\b)",
        r"\b(?:beg\w*|pleads?|pleaded|pleading) (?:\w+ ){0,4}(?:not to|to not) (?:make|send|take|"
        r"let) (?:\w+ ){0,2}(?:go |get |be )?(?:back )?(?:(?:to|round to|in to|into) (?:her|his|"
        r"their|my|the|that) (?:dad|daddy|mum|mummy|nan|father|mother|step ?dad|step ?mum|house|"
        r"flat|home)\b|home\b|in the (?:taxi|car|van) home\b)",
        r"\b(?:ask\w*|begs?|begged|begging) (?:\w+ ){0,3}(?:if|whether|to|can|could) (?:i |he |"
        r"she |they )?(?:could |can |might )?(?:stay|sleep|kip|stop) (?:at|in) (?:the |school |"
        r"our |my )?(?:base|school|college|centre|youth centre|club|sensory room|library|unit|"
        r"hall|office|classroom|here) (?:overnight|all night|tonight)\b",
        r"\bnot home ,? not home\b|\b(?:not|back to|go to|go back to|scared of|hates?|(?:do not|"
        r"does not) want) (?:\w+ ){0,2}the (?:shouty|shouting|scary|angry) house\b",
        r"\bsafer (?:anywhere|somewhere) else\b(?! than (?:\w+ ){0,2}(?:school|college|class|"
        r"unit|ward|hospital)\b)|\brather (?:\w+ ){0,3}(?:go to prison|be in "
        r"prison|be on the streets|live on the streets|sleep (?:rough|outside|on the streets|at "
        r"the bus station|in (?:a|the) park)) than (?:\w+ ){0,4}(?:home|house|flat|with (?:him|"
        r"her|my))\b",
        r"\b(?:sleep\w*|stay\w*|kip\w*) (?:at|round) (?:my |a )?(?:mates|friends|mate|friend)"
        r"(?: \w+){0,3} (?:cos|because|coz|as) of (?:what (?:is )?going on|whats going on|what "
        r"goes on) (?:at (?:mine|home|my (?:house|mums|dads|place))|there)\b",
        rf"\b(?:do not|never) (?:want|like) (?:to be|being|to go|going) (?:at home|home|in (?:my|"
        rf"the) (?:house|flat)|back) when (?:my )?{_MAN_AT_HOME} (?:\w+ ){{0,2}}{_MENACE}\b",
        # (not "I don't want to go home after club, I love it": a man at home and his temper
        # follow)
        rf"\b(?:do not|dont) want to go (?:back )?home after (?:club|school|college|youth club)"
        rf"\b(?= ?[.,;] (?:\w+ ){{0,3}}{_MAN_AT_HOME} (?:\w+ ){{0,4}}{_MENACE})"),
          speaker_cancel=False),
    # Round 12: home is not safe, in a few words ("wont go home. not safe", "scared of home",
    # "can i live at respite instead", "begs not to go back to his dad's", "her mums new fella
    # frightens her", "he'll be back from the pub by now", "stay at the library til it shuts so
    # i dont go back"); at school, a child out of sight, staff throwing chairs, strangers on site
    rule(UNSAFE, r"\b(?:will not|do not want to|can not|refuses? to|refused to|scared to|afraid "
                 r"to|too scared to) go (?:back )?home\b",
         also=r"\b(?:not safe|unsafe|scared|afraid|frightened|drunk|fella|boyfriend)\b",
         also_in_comment=True),
    rule(UNSAFE, any_of(
        r"\b(?:scared|afraid|frightened|terrified) of (?:home|being (?:at )?home|going back home|"
        r"my (?:step ?dad|dad|mum)|his (?:step ?dad|dad)|her (?:step ?dad|dad))\b",
        r"\b(?:(?:mums|dads|mum|dad) (?:new )?(?:boyfriend|partner|fella|girlfriend)|new fella|"
        r"fella|new partner|new boyfriend|step ?dad|stepfather) (?:\w+ )?(?:frightens|scares|"
        r"terrifies) (?:me|him|her|them|us)\b",
        r"\bso (?:i|he|she) (?:do not|does not|did not) (?:have to )?go (?:back|home)\b",
        r"\b(?:nobody|no one|staff did not|school did not) (?:noticed|realised|realized) (?:for|"
        r"until|till) (?:\d+|an?|over|about|nearly|almost|half an)? ?(?:mins|minutes|hours?|an "
        r"hour)\b",
        rf"\b(?:{SCHOOL_STAFF}) (?:who \w+ )?(?:throws|threw|throwing|chucks|chucked|kicks|"
        rf"kicked) (?:chairs|tables|things|stuff|books)\b")),
    rule(UNSAFE, r"\b(?:begs|begged|begging|pleads|pleaded|pleading|cries|cried|screams|screamed|"
                 r"sobbing|sobs) (?:me |us )?(?:not to (?:go|be sent|be taken) (?:back|home)|not "
                 r"to go to (?:his|her|my) \w+|to stay (?:longer|here|with (?:us|me)|at ours))\b",
         also=r"\b(?:frighten\w*|scared|afraid|shaking|terrified|drunk)\b", also_in_comment=True),
    rule(UNSAFE, r"\b(?:back from the pub|home from the pub|comes in drunk|come in drunk|home "
                 r"drunk)\b",
         also=r"\b(?:scared|afraid|refused|sobbing|crying|frightened|hide|hid|do not want|will "
              r"not)\b", also_in_comment=True),
    rule(UNSAFE, r"\b(?:random|strange|unknown) (?:man|men|adult|bloke|person|people|adults)\b",
         also=r"\b(?:onto (?:our|the) site|into (?:the )?school|in the playground|through the "
              r"gate|walking (?:in|onto|into))\b"),
)
