"""Safeguarding rules: physical abuse or violence."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import (
    ACTOR,
    ADULT_AT_HOME,
    AFTER_OBJECT,
    GAME,
    HARM2,
    HELPERS,
    HURT_BODY,
    KIN,
    NOT_A_PERSON_BEFORE,
    PHYSICAL,
    SCHOOL_STAFF,
    VICTIM,
    VIOLENT,
)

# How a member of staff handles a child in round 11's rule: dragged into or across something,
# grabbed by the face, a pupil slapped or pinned
_PUPIL = (r"(?:him|her|them|me|pupils?|children|kids|a (?:pupil|child|boy|girl)|the (?:boy|girl|"
          r"boys|girls|kids|children|pupils)|my \w+|our \w+ pupils|two of (?:our|the) \w+ "
          r"pupils|two of (?:them|the kids))")
_GRIPPED = (r"(?:face|arm|arms|wrist|wrists|neck|hair|ear|ears|throat|collar|hands?|legs?|"
            r"shoulders?)")
_HANDLES_A_CHILD = (
    rf"(?:dragg?ed|drags|dragging|yank\w*|shov\w*|push(?:es|ed|ing)|thr[oe]w\w*) {_PUPIL} "
    rf"(?:\w+ ){{0,3}}(?:into|against|down|across|along|off|out of|on to|onto|to the floor|by)\b|"
    rf"(?:grab\w*|pinch\w*|slap\w*|squeez\w*|twist\w*|pinn?\w*|kick\w*|smack\w*|flick\w*|"
    rf"shak(?:es|ing)|shook|dragg?ed|yank\w*) (?:\w+ ){{0,2}}(?:(?:his|her|their|my|the \w+) "
    rf"{_GRIPPED}|{_PUPIL} by (?:the )?(?:\w+ )?{_GRIPPED})|"
    rf"(?:slaps?|slapped|smack\w*|kick\w*|pinch\w*|pinn?ed|pins) {_PUPIL}")

RULES: tuple[Rule, ...] = (
    # held by the throat or neck, chased with a weapon ("got me in a headlock with his arm round
    # my throat", "a boy used to chase me with sticks")
    rule(PHYSICAL, any_of(
        r"\bheadlocks?\b|\b(?:arm|arms|hand|hands) (?:round|around) (?:my|his|her|their) "
        r"(?:throat|neck)\b",
        r"\bchas\w* (?:me|him|her|them) with (?:a |an )?(?:sticks?|knife|knives|bats?|stones|"
        r"bricks?|scissors|weapons?)\b")),
    rule(PHYSICAL, any_of(
        # beaten up, and a person hits, kicks, chokes, drags... a child or parent
        rf"\bbeat(?:s|en)? {VICTIM} up\b|\bbeaten up\b",
        # hands round a neck, a head smashed or pushed into something, a wrist twisted
        r"\bhands? (?:round|around|on) (?:my|his|her|their|mum|mums) (?:\w+ )?(?:neck|throat)"
        r"\b",
        r"\b(?:smash\w*|slam\w*|push\w*|shov\w*|forc\w*|held|hold\w*|dunk\w*) (?:my|his|her|"
        r"their) (?:\w+ )?(?:head|face) (?:in|into|on|against|under|down) (?:the |a )?(?:toilet|"
        r"water|bath|table|wall|floor|door|ground|sink|bowl|bucket)\b|\b(?:held|hold\w*) (?:my|"
        r"his|her|their) head under\b",
        r"\b(?:twist\w*|bent|bend\w*|yank\w*|wrench\w*) (?:my|his|her|their) (?:(?:arm|arms)\b"
        r"(?! into| to \w)|(?:wrist|wrists|fingers?|neck|ear|ears)\b)",
        rf"\b(?:pull\w*|yank\w*|haul\w*) {VICTIM} (?:along|across|by|down|up by|out of bed)\b",
        rf"\bset (?:fire to )?{VICTIM} (?:on fire|alight)\b|\bset (?:me|him|her) on fire\b",
        rf"\bdrag\w* {VICTIM} (?:out|along|across|down|up|by|off)\b",
        rf"\b{VIOLENT} {VICTIM}",
        # thrown at, pushed over, held down
        r"\b(?:throw|throws|throwing|threw|chuck\w*) (?:\w+ )?(?:\w+ )?at (?:me|us|him|her|them|"
        r"my \w+|mum|mam|mummy|dad|daddy|nan|(?:our|his|her) (?:mum|dad|mam|nan))\b",
        r"\b(?:gets?|got|getting|give\w*|gave) (?:me |him |her |them )?(?:a |the )?(?:slap|smack|"
        r"beating|good hiding|hiding(?! place)|kicking|whack|clip round the ear)\b",
        # punished with an implement: "i get the belt if i wet the bed"
        r"\b(?:gets?|got|getting|give\w*|gave|uses?|used|took|takes) (?:me |him |her |them |us )?"
        r"the (?:belt|slipper|cane|strap|wooden spoon)\b(?! (?:on (?:the|his|her|my) "
        r"(?:trousers|jeans|coat|chair|wheelchair)|buckle|loop))",
        r"\b(?:pillow|bag) (?:on|over) (?:his|her|my|their) (?:face|mouth)\b|\bhand over my "
        r"mouth\b",
        r"\b(?:put|puts|landed|sent) (?:me|him|her|them|mum|my \w+) in hospital\b",
        r"\bflinch\w* when (?:\w+ ){0,4}(?:raises|lifts|raised|lifted|goes to lift) (?:his|her|a|"
        r"their) hand\b",
        rf"\bpush(?:ed|es|ing)? {VICTIM} ?(?:off|over|down|into|against|onto|and|so|out of the "
        rf"way|$|[.,])",
        rf"\b(?:held|hold|holds|holding|pin|pins|sat on|sit on|sits on|lay on|lie on|lies on) "
        rf"{VICTIM} ?(?:down|face down|on the floor|to the floor|on the ground|against)\b",
        r"\btried to (?:kill|strangle|choke|drown|stab|suffocate|smother|poison)\b",
        # with an implement
        r"\b(?:used|uses|with|using) (?:a|his|her|the) (?:belt|stick|slipper|cane|wooden spoon|"
        r"cable|lead) (?:on|to hit|to beat)\b",
        r"\b(?:hit\w*|smack\w*|beat\w*|whack\w*|whip\w*|slap\w*) (?:\w+ )?with (?:a|the|his|her|"
        r"their) (?:belt|stick|slipper|cane|wooden spoon|spoon|hairbrush|shoe|cable|lead|ruler)\b",
        # filmed being hit; hurt on purpose
        r"\b(?:film\w*|record\w*|video\w*) (?:me|him|her|them) (?:being|getting) (?:hit|beaten|"
        r"attacked|punched|kicked|slapped|hurt)\b"),
          unless_before=NOT_A_PERSON_BEFORE,
          unless_after=r" (?:hard|for six|like a|a lifeline|a curve ?ball|under the bus|out of|"
                       r"out\b|off\b|up\b|through\b|to (?:tribunal|court|panel|mediation|"
                       r"meetings?)|(?:why|how|what|where|who)\b|"
                       # figures: "hitting us in the pocket", "pushed me into mediation",
                       # a child pulling a parent along to greet people or to an open day
                       r"in the (?:pocket|wallet|purse|bank balance)\b|(?:into )?(?:mediation|"
                       r"tribunal|court|a decision|a corner|signing|agreeing|accepting)\b|"
                       r"in and (?:had|said|showed|introduced|greeted)\b|to (?:an? |the )?"
                       r"(?:open days?|open evenings?|visits?)\b|for (?:his|her|"
                       r"the|a) (?:blood|bloods|injection|jab|test|scan|teeth|dental|haircut|"
                       r"cannula)|" + GAME + ")",
          distress_cancels=True),
    rule(PHYSICAL, any_of(
        # hit or hurt by someone (not by a ball or a car)
        r"\b(?:gets?|got|getting|been|being|was|is|were|are) (?:hit|punched|kicked|beaten|"
        r"slapped|smacked|attacked|bitten|pushed|strangled|choked|burnt|burned|shaken|dragged|"
        r"grabbed|assaulted|battered|stabbed) by(?! (?:a|the) (?:car|ball|bus|door|swing|van|"
        r"bike|taxi)\b)",
        rf"\b(?:gets?|got|getting|been|being) hurt by\b|\bhurt by (?:a |an |another |the other "
        rf"|other |his |her |my |a member of )?(?:older |bigger )?(?:boy|girl|kid|child|pupil|"
        rf"pupils|man|woman|staff|teacher|{KIN})\b",
        r"\b(?:was|were|been|being|gets|got|is) (?:assaulted|battered|stabbed)\b",
        # "another pupil on it assaulted him": said of someone else, not only "was assaulted"
        r"\bassaulted (?:me|him|her|them|my (?:son|daughter|child|boy|girl))\b",
        r"\b(?:was|were|been|being|is|are) (?:dragged|thrown|punched|kicked|slapped|smacked|"
        r"strangled|choked|shaken|whipped|burnt|burned|scalded|tied up|beaten|hit(?! and miss\b)"
        r"(?! by (?:a|the) (?:ball|car|bus|door|swing|van|bike|taxi)\b))\b",
        r"\b(?:gets?|got|getting) (?:hit|smacked|slapped|beaten|kicked|punched|hurt) (?:at home|"
        r"a lot|every day|all the time|when)\b",
        rf"\b(?:sat|sit|sits|sitting|lay|lying|knelt|kneel|kneels|kneeling) on {VICTIM}",
        r"\b(?:does|did|do|doing) (?:bad|nasty|horrible|rude|naughty|weird) things to (?:me|him|"
        r"her|them)\b"),
          unless_after=r" (?:through\b|to (?:tribunal|court|panel|mediation|meetings?)|in the "
                       r"(?:car|taxi|buggy|wheelchair)|(?:round|around|about) the (?:office|"
                       r"departments?|system|teams?|services?)\b|from pillar to post\b)",
          accident_cancels=True,
          distress_cancels=True),

    # --- Injuries no one has explained ---------------------------------------------------------
    rule(PHYSICAL, any_of(
        rf"\b{ACTOR}{HELPERS} (?:{HARM2}) (?:me|us|him|them|her{AFTER_OBJECT})\b",
        # (not "he hit his head on the door frame": his own head, an accident; a habit of hitting
        # his own head is self-harm)
        rf"\b(?!he(?: \w+){{1,4}} his\b)(?!she(?: \w+){{1,4}} her\b){ACTOR}{HELPERS} (?:{HARM2}|"
        rf"squeez\w*|twist\w*|grab\w*|pull\w*|yank\w*) (?:my|his|her|their) (?:{HURT_BODY})\b",
        rf"\b{ACTOR}{HELPERS} (?:pour\w*|tip\w*|throw\w*|threw|chuck\w*) (?:\w+ ){{1,3}}(?:on|"
        rf"over|at) (?:me|him|her|us|them)\b",
        rf"\b(?:spit\w*|spat) (?:on|at|in) (?:me|him|us|them|her{AFTER_OBJECT}|(?:my|his|her|"
        rf"their) face)\b",
        rf"\b(?:lay|lie|lies|lying|laid|sat|sit|sits|sitting|knelt|kneel\w*|stood|stand\w*) on "
        rf"top of {VICTIM}"),
          unless_before=NOT_A_PERSON_BEFORE, unless_after=" (?:" + GAME + ")",
          distress_cancels=True),
    # bullied physically, not only with words ("bullied all through school, both physically
    # and mentally"); bullying by name-calling alone is not flagged
    rule(PHYSICAL, any_of(
        r"\bbullied (?:[\w,]+ ){0,6}(?:both )?physically\b(?! (?:disabled|"
        r"exhausted|ill|sick|tired|unwell|able|fit|active))",
        r"\bphysical(?:ly)? bull(?:y|ied|ies|ying)\b(?! (?:policy|policies|training|awareness))",
        # the bullying "got physical" ("kids used my differences to bully me, and it got
        # physical as well as verbal")
        r"\bbull(?:y|ied|ies|ying) (?!polic)(?:(?:[\w,']+ ){0,8}(?:it|this|that|which) )?(?:got|"
        r"gets|turned|became|has become|had become|went) physical\b(?! (?:education|copies|copy|"
        r"activit\w*|health|therap\w*|disabilit\w*|needs|space|resources?|books?|forms?))")),
    # an arm, wrist or neck grabbed, squeezed or twisted, and it hurt or left marks ("my carer
    # shout at me and grab my arm it hurt"); a hand held to guide a child is not flagged
    rule(PHYSICAL, r"\b(?:grab\w*|squeez\w*|twist\w*|yank\w*|wrench\w*|dug|dig\w*) (?:into )?"
                    r"(?:my|his|her|their) (?:arm|arms|wrist|wrists|neck|throat|hair|ear|ears|"
                    r"face|jaw|shoulder|shoulders)\b",
          also=r"\b(?:hurt|hurts|hurting|hard|marks?|bruis\w*|red|cry|cried|crying|scream\w*|"
               r"pain|painful|sore|nails)\b", unless_before=NOT_A_PERSON_BEFORE,
          distress_cancels=True),
    # round 3 (sg2-212..): pushed to the floor or down the stairs however it is put, a knee on a
    # back or neck ("staff pushed me on floor and knee on my back")
    rule(PHYSICAL, any_of(
        r"\b(?:push\w*|shov\w*|kick\w*|thr[eo]w\w*|thrown|knock\w*|trip\w*) (?:me|him|her|them|"
        r"us) (?:on|onto|to) (?:the )?(?:floor|ground|wall|bed|table|concrete)\b",
        r"\b(?:gets?|got|getting|was|were|been|being|is|am|are) (?:pushed|shoved|kicked|thrown|"
        r"knocked|tripped) (?:\w+ ){0,2}(?:down the stairs|into (?:the )?(?:wall|road|lockers|"
        r"door|fence|radiator)|to the (?:floor|ground)|on(?:to)? the (?:floor|ground))\b",
        r"\b(?:knee|knees|kneel\w*|knelt|foot|feet|boot|elbow) (?:on|in|into) (?:my|his|her|their) "
        r"(?:back|neck|chest|throat|head|face|stomach)\b"),
          unless_before=NOT_A_PERSON_BEFORE, distress_cancels=True),
    # round 4 (sg2-294..): hurt where it does not show; kneeling on rice; an implement got out
    rule(PHYSICAL, any_of(
        r"\b(?:pinch\w*|hit\w*|kick\w*|punch\w*|hurt\w*|smack\w*|slap\w*|nip\w*|squeez\w*|"
        r"twist\w*|burn\w*|bruis\w*) (?:me|him|her|them|us) (?:\w+ ){0,2}where (?:it|they|the "
        r"marks|the bruises|nobody|no one|people|anyone|teachers) (?:does not|do not|can not|will "
        r"not|would not) (?:show|see|notice)\b",
        r"\b(?:make|makes|made|making) (?:me|him|her|us|them) (?:kneel|stand|sit) on (?:rice|salt|"
        r"peas|stones|gravel|dried \w+|lego|a radiator)\b",
        r"\b(?:gets?|got|getting|brings?|brought|takes?|took) (?:the |his |her )?(?:belt|slipper|"
        r"cane|strap|wooden spoon|stick) (?:out|off)\b(?=.*\b(?:if|when|we|i|naughty|loud|bad|"
        r"hit|smack\w*|whack\w*)\b)(?!.*\b(?:bak\w*|cook\w*|cake|recipe)\b)")),
    # round 5 (sg2-363..): held or lifted by the throat, hair or collar
    rule(PHYSICAL, r"\b(?:held|hold\w*|grab\w*|pick\w* up|picked up|lift\w*|pin\w*|pull\w*|drag\w*|"
                    r"yank\w*) (?:me|him|her|them|us) (?:up )?by (?:the|my|his|her|their) "
                    r"(?:throat|neck|hair|ears?|collar|scruff)\b", distress_cancels=True),
    # round 6 (sg2-413..): children made to fight ("my dad makes me fight my brother and films
    # it")
    rule(PHYSICAL, r"\b(?:make|makes|made|making) (?:me|him|her|them|us) (?:fight|hit|punch|hurt|"
                    r"slap|kick|bite) (?:my|his|her|each|the|other|our)\b"),
    # rough handling; hurting a pet to frighten the family
    rule(PHYSICAL, r"\brough(?:ly)? ?handl\w*|\bmanhandl\w*|\b(?:is|was|are|were|been|gets) "
                    r"rough with (?:him|her|me|them|us)\b"),
    # round 7 (held-out set 1, sgh-*, scored before and now a development set): thrown about,
    # grabbed round the throat, taken out on a child
    rule(PHYSICAL, any_of(
        r"\b(?:throws?|threw|throwing|thrown|chucks?|chucked|chucking|flings?|flung) (?:me|him|"
        r"her|them|us) (?:about|around|across the room|down the stairs|against)\b",
        r"\b(?:grab\w*|held|hold\w*|squeez\w*|got) (?:me|him|her|them|us|mum|(?:my|our|his|her) "
        r"\w+) (?:round|around|by) the (?:throat|neck)\b(?! (?:for|to give (?:me|him|her)) (?:a )?"
        r"(?:hug|cuddle)\b)"),
          unless_before=NOT_A_PERSON_BEFORE, distress_cancels=True),

    # round 11 (session 16), from the unsafe-at-school misses of the learn sets: a member of
    # staff who drags, grabs by the face, pinches, slaps or pins a pupil (not a hand caught to
    # stop a child running into the road, nor "pushed him to try out for the team")
    rule(PHYSICAL, rf"\b{SCHOOL_STAFF} (?:\w+ ){{0,4}}(?:{_HANDLES_A_CHILD})\b(?!(?: \w+){{0,6}} "
                    rf"(?:to stop|to keep|before|from (?:falling|running|going)|out of the way of|"
                    rf"away|when (?:he|she|they) (?:fell|was falling|slipped|"
                    rf"tripped)))"),
    # Round 12 (session 17, from the short messages of learn sets 7a and 7b): harm told in a
    # few words, the object or the outcome carrying it ("black eye off dad", "hit with the tv
    # remote", "kicked unconscious", "got my head smashed into a locker", "put a cigarette out
    # on his hand", "had her by the throat"); an adult at home who hits a child's head
    rule(PHYSICAL, any_of(
        rf"\b(?:black eyes?|bruises?|split lip|fat lip|burst lip|cut lip|belt marks?) (?:off|"
        rf"from|courtesy of) (?:my |his |her |their )?{ADULT_AT_HOME}(?= ?[.!?,;]| ?$| (?:and|"
        rf"again|last|when|at|on|told|because|cos|for)\b)",
        r"\b(?:put|puts|putting|stubbed) (?:a |his |her |their |the )?(?:cigarette|fag|ciggie|"
        r"cig|lighter)s? out on\b",
        r"\b(?:hit|hits|whacked|whacks|smacked|smacks|belted|battered|beaten|beat|beats|"
        r"thrashed) (?:me |him |her |them |us )?with (?:a|the|his|her|my|dads?|mums?) (?:belt|"
        r"remote|tv remote|slipper|shoe|wooden spoon|spoon|stick|cable|wire|lead|hanger|coat "
        r"hanger|hairbrush|ruler|plug|charger|phone charger|cane|broom|pan)\b",
        rf"\b(?:{ADULT_AT_HOME}|brother in law|sister in law|fella|new fella) (?:\w+ )?(?:smack|"
        rf"slap|hit|punch|whack|thump|clip|kick)\w* (?:her|my|me|him) (?:head|face|ear)\b",
        r"\b(?:kicked|beaten|punched|battered|choked|strangled|stamped on|smashed) "
        r"(?:\w+ ){0,3}(?:unconscious|out cold)\b",
        r"\b(?:choked|strangled|throttled|sat on|kicked|punched|beat|beaten) "
        r"(?:\w+ ){0,3}(?:till|until|til) (?:he|she|i|they) (?:passed out|blacked out|went blue|"
        r"could not breathe|could hardly breathe)\b",
        r"\b(?:got|had|getting|gets) (?:my|his|her|their) (?:head|face) (?:smashed|slammed|rammed|"
        r"bashed|shoved|pushed|kicked|stamped|banged) (?:in|into|against|on|onto)\b",
        r"\b(?:had|has|got|grabbed|holding|held|pinned|grabs) (?:her|him|me|mum|my mum|dad|us) "
        r"(?:up )?by the (?:throat|neck|hair)\b")),
)
