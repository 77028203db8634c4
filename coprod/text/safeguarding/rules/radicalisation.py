"""Safeguarding rules: radicalisation."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import RADICALISATION

RULES: tuple[Rule, ...] = (
    rule(RADICALISATION, any_of(
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
    # round 7 (held-out set 1, sgh-*, scored before and now a development set): praise for a
    # mass shooter, "a plan like that", "doing something" at a place of worship, a group of
    # people "wiped out"
    rule(RADICALISATION, any_of(
        r"\b(?:prais\w*|idoli[sz]\w*|admir\w*|obsessed with|hero worship\w*) (?:a |the |this |that "
        r")?(?:(?:mass|school) (?:shooter|shooting|shootings|murderer|killer)s?|massacre|"
        r"(?:suicide )?bomber)\b",
        r"\b(?:a |the )?plan like (?:that|his|theirs)\b(?=.*\b(?:shoot\w*|attack\w*|bomb\w*|"
        r"kill\w*|last day|school)\b)",
        r"\b(?:doing|do|did) something (?:at|to) the (?:mosque|synagogue|church|temple|gurdwara)"
        r"\b",
        r"\b(?:races?|religions?|people|they|them) (?:should|need to|must|deserve to|ought to) "
        r"(?:all )?(?:be )?(?:wiped out|exterminated|gassed|killed off)\b"),
          # "talks about doing something" is speech, not a talk (so not service words)
          unless_sentence=r"\b(?:training|course|workshop|lessons?|assembly|awareness|"
                          r"curriculum|history|documentary)\b"),
    # round 10 (session 15), from the radicalisation misses of the learn sets: execution or
    # shooting videos and forums, shooters glorified or ranked, how to make a weapon
    rule(RADICALISATION, any_of(
        r"\b(?:execution|executions|beheading|beheadings|mass shooting|school shooting|terror "
        r"attack) (?:videos?|clips?|footage|forums?|sites?|channels?)\b",
        r"\b(?:glorif\w*|ranking of|ranks) (?:\w+ ){0,2}(?:shooters?|shootings?|killers?|"
        r"bombers?|attackers?)\b",
        r"\bhow to make (?:a |an )?(?:weapon|bomb|gun|explosives?|pipe bomb|things go bang)\b"),
          service_words_cancel=True,
          unless_sentence=r"\b(?:training|course|workshop|lessons?|assembly|awareness|"
                          r"curriculum|history|documentary)\b"),

    # round 11 (session 16), from the radicalisation misses of the learn sets: told he is a
    # soldier or chosen, the family called traitors or unbelievers, attack videos, loyalty to
    # prove, a device or a bomb, killing a group of people, "the war", incel forums, a mass
    # shooter. Each needs the comment to speak of a group, the internet or violence (not "a
    # little soldier after his operation", nor "the school is the problem"), and is not a
    # lesson, a training course or the news.
    rule(RADICALISATION, any_of(
        r"\b(?:says|say|said|tell|tells|told|calls|call|called|calling) (?:me|him|her|us|them)? ?"
        r"(?:i am |im |he is |hes |he |she is |she |you are |we are )?(?:a |their |his |the )?"
        r"(?:soldier|soldiers|warrior|warriors|chosen one|chosen)\b",
        r"\b(?:family|families|parents|mum|dad|mam) (?:are|is) (?:all )?(?:traitors|unbelievers|"
        r"infidels|unclean|the enemy|enemies)\b|\b(?:my|his|her|your|our) family (?:are|is) part "
        r"of the problem\b|\b(?:because )?(?:she is|he is|mum is) (?:unclean|an unbeliever|a "
        r"traitor|an infidel)\b",
        r"\b(?:videos?|vids?|clips?|footage) of (?:attacks|terror attacks|men with guns|people "
        r"being (?:killed|shot|beheaded)|shootings|massacres)\b(?! (?:in|on|from) (?:fortnite|"
        r"minecraft|roblox|a game|the game|games|call of duty|gta)\b)|\battack videos?\b",
        r"\bprove (?:my |his |her |your )?loyalty\b|\btest of loyalty\b|\bprove (?:i am|he is|"
        r"she is|you are) serious\b|\b(?:wants?|wanted|told|asks?|asked) (?:me|him|her) to prove "
        r"(?:myself|himself|herself|yourself)\b",
        r"\b(?:bomb|bombs) ?making\b|\bmak(?:e|es|ing) (?:a |an )?(?:bomb|bombs|device|"
        r"explosives?)\b|\bfertili[sz]er (?:quantities|amounts)\b|\bwhat (?:you|we|i) can make "
        r"(?:from|with|out of) fertili[sz]er\b",
        r"\b(?:kill\w*|violence against|get rid of) (?:all )?(?:the )?(?:non believers|"
        r"unbelievers|infidels|foreigners|migrants|immigrants)\b",
        r"\b(?:start|for|ready for) the (?:war|race war|holy war|uprising)\b|\bworld needs a "
        r"reset\b|\b(?:are not|aren t|arent) (?:even )?human\b",
        r"\bincels?\b|\bmass (?:shooter|shooters)\b"),
          also=r"\b(?:online|internet|discord|telegram|server|forums?|group|groups|chat|chats|"
               r"videos?|vids|men|guys?|bloke|older|brothers|war|fight\w*|enemies|traitors|"
               r"attacks?|weapons?|kill\w*|mosque|church|synagogue|list|plan|gym|meetings?|"
               r"leaflets?|preacher|shooter|bomb\w*)\b",
          also_in_comment=True,
          unless_sentence=r"\b(?:training|course|workshop|lessons?|assembly|awareness|"
                          r"curriculum|history|documentary|news|film|game|games)\b"),
    # Round 12: recruitment in a few words ("being recruited on telegram, they tell him to hate
    # his own family", "says i should be a martyr and sends me bomb stuff", "drew plans of the
    # mosque, talks of 'doing an attack'")
    rule(RADICALISATION, any_of(
        r"\bbomb (?:stuff|making|instructions|recipes?|videos?|plans|parts)\b|\bhow to (?:make|"
        r"build) (?:a )?bombs?\b",
        r"\b(?:doing|do|carry out|carrying out|planning|plan|plans) an attack\b",
        r"\b(?:tell|tells|told|telling) (?:him|her|me|them) to hate (?:(?:his|her|their|my|your) "
        r"(?:own )?(?:family|parents|mum|dad|country)|(?:all )?(?:muslims|jews|christians|"
        r"immigrants|black people|white people|women|gay people|foreigners))\b")),
    rule(RADICALISATION, r"\b(?:recruited|recruiting|recruit) (?:on|by|into|online|through|him|"
                         r"her|me)\b",
         also=r"\b(?:extrem\w*|hate|martyr|attack|far right|jihad|telegram|race war)\b",
         also_in_comment=True),
    rule(RADICALISATION, r"\b(?:drew|drawing|drawn|draws|found|making|made|has|had) "
                         r"(?:\w+ )?plans? of (?:the|a) (?:mosque|church|synagogue|temple|"
                         r"gurdwara)\b",
         also=r"\b(?:attack|bomb|hate|kill|blow|extrem\w*)\b", also_in_comment=True),
    rule(RADICALISATION, r"\b(?:martyr|martyrdom|jihad|race war|holy war)\b",
         also=r"\b(?:group chat|online|videos?|telegram|discord|bomb|attack|jihad|kill|die)\b"),
)
