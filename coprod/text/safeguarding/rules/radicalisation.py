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

    # --- Missing from home or education ----------------------------------------------------
)
