"""Safeguarding rules: emotional abuse."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import ADULT_AT_HOME, EMOTIONAL, FAMILY

RULES: tuple[Rule, ...] = (
    rule(EMOTIONAL, any_of(
        # a child called or told they are worthless, stupid, not wanted
        r"\b(?:calls?|called|calling) (?:me|him|her|them) (?:a |an )?(?:stupid|useless|worthless|"
        r"thick|retard\w*|idiot|waste of (?:space|oxygen|air|skin|time|a child)|freak|mistake|"
        r"burden|evil|disgusting|pathetic|disgrace|failure|loser|nothing|psycho|mental|"
        r"embarrassment|vile|scum|animal|monster)\b",
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
        r"their) room|leave (?:my|his|her|their) room)\b"),
          # Names called by other children are bullying, a school-inclusion complaint: "the kids
          # at school called me thick". An adult calling a child names still flags.
          unless_before=r"\b(?:kids|children|pupils|boys|girls|classmates|other (?:kids|children|"
                        r"pupils)|people|ppl|everyone|some of them|lads|mates)(?: (?:at|in) "
                        r"(?:school|my class|his class|her class|class))?(?: keep| kept| keeps| "
                        r"still| always| sometimes)?"),

    # --- Neglect -------------------------------------------------------------------------------
    rule(EMOTIONAL, any_of(
        rf"\b(?:he|she|{FAMILY}|mummy|daddy|nan|teacher|staff)(?: \w+){{0,2}} (?:says|said|"
        r"tells|told|calls|called|shouts|screams|keeps saying)(?: \w+){0,2} (?:i am|im|he is|"
        r"she is|you are|me|him|her) (?:a |an |so |really |too |just )?(?:fat|ugly|stupid|thick|"
        r"useless|worthless|a retard|retarded|a mistake|disgusting|a waste of space|pathetic|"
        r"unwanted|an idiot|a freak|evil|a burden|a monster|a nightmare|not wanted|the devil|a "
        r"devil|possessed|a witch|cursed)\b",
        r"\b(?:no one|nobody|no body) (?:will|would|could) (?:ever )?(?:love|want) (?:me|him|"
        r"her|you)\b"),
          unless_after=r" (?:at|in|with) (?:maths|reading|spelling|football|drawing)"),
    # round 7 (held-out set 1, sgh-*, scored before and now a development set): a child told
    # they should never have been born, that they are a punishment or the worst thing that ever
    # happened to a parent
    rule(EMOTIONAL, any_of(
        r"\bwish\w* (?:\w+ ){0,2}(?:he|she|i|you|they) (?:would|had|would have|had have) never "
        r"(?:been born|had (?:him|her|me|you|them)(?= ?[.!?,]| ?$| and\b))",
        r"\b(?:i am|you are|he is|she is|i was|you were|he was|she was) (?:the worst thing|a "
        r"punishment|her punishment|his punishment)(?: that)? (?:\w+ ){0,2}(?:happened to|in) "
        r"(?:her|him|them|my|his|her) ?(?:life)?\b|\b(?:he|she|i|you) (?:is|am|are|was) (?:a|"
        r"her|his|my) punishment\b"),
          unless_before=r"\b(?:kids|children|pupils|boys|girls|people|ppl|classmates)"),
    # Round 12: cruelty from an adult at home in a few words ("her mum tells her nobody wants
    # her", "mum says she wishes id never been born", "Dad calls his autistic son 'a waste of
    # space'", "dad copies my stammer", "hides her talker to punish her")
    rule(EMOTIONAL, any_of(
        r"\b(?:tells|told|says|said|telling|saying) (?:me|him|her|them) (?:that )?(?:nobody|no "
        r"one) (?:wants|loves|would miss|cares about|likes) (?:me|him|her|them)\b",
        rf"\b{ADULT_AT_HOME} (?:\w+ ){{0,2}}(?:says|said|tells|told|keeps saying|screams|shouts) "
        rf"(?:me |him |her )?(?:that )?(?:she|he) wish\w* (?:i|id|you|he|she) (?:had |was |were |"
        rf"would have )?never been born\b",
        rf"\b{ADULT_AT_HOME} (?:\w+ )?(?:calls|called|calling) (?:me|him|her|his (?:\w+ )?(?:son|"
        rf"daughter|boy|girl|child)|her (?:\w+ )?(?:son|daughter|boy|girl|child)|my \w+) (?:a |an "
        rf")?(?:waste of space|retard\w*|thick|stupid|idiot|useless|spastic|spaz|mistake|burden|"
        rf"freak|pathetic|disgusting|worthless)\b",
        rf"\b{ADULT_AT_HOME}(?: \w+){{0,6}} (?:mocks|mocked|mocking|mimics|mimicked|laughs at|"
        rf"laughed at) (?:my|his|her) (?:stammer|stutter|signing|speech|tics?|talker|wheelchair|"
        rf"walk|voice|disability)\b",
        rf"\b{ADULT_AT_HOME}(?: \w+){{0,6}} (?:copies|copied|copying|imitates|imitated) (?:my|his|"
        rf"her) (?:stammer|stutter|signing|speech|tics?|walk|voice)\b(?=.*\b(?:in front of|"
        rf"laugh\w*|thick|stupid|record\w*|video|relatives|everyone|make fun)\b)",
        r"\b(?:hides|hid|hiding|takes|took|taking|smashed|broke) (?:away )?(?:her|his|my) "
        r"(?:talker|communication (?:aid|device|book)|aac|device|ipad|hearing aids?|glasses|"
        r"wheelchair|walker|splints) (?:away )?(?:to punish|as (?:a )?punishment|so (?:she|he|i) "
        r"can not)\b")),
)
