"""Safeguarding rules: an injury with no clear explanation."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import BODY, INJURY, VIOLENT

RULES: tuple[Rule, ...] = (
    rule(INJURY, any_of(
        r"\bbruis\w*|\bblack and blue\b",
        r"\b(?:black eye|cut lip|split lip|fat lip|carpet burn|cigarette burn|"
        r"finger ?mark|hand ?mark|hand ?print|belt mark|bite mark|grip mark)s?\b",
        rf"\b(?:marks|burns?|scalds?|cuts|scratches|bite marks?|welts?) (?:on|all over|all up|up|"
        rf"round|around) (?:his|her|my|their) (?:upper |lower |inner |left |right |little |"
        rf"whole |back of (?:his|her|my) )?{BODY}\b",
        r"\b(?:burn|burns|bruise|bruises|mark|marks) (?:\w+ ){0,3}the shape of (?:it|an? \w+|the "
        r"\w+)\b|\bshaped like (?:a|an|the) (?:iron|lighter|hand|belt|buckle|cigarette|fingers?|"
        r"shoe|foot|hob|spoon)\b",
        r"\b(?:finger|hand|belt|buckle|slap|grip|rope|strap|fingertip|thumb) (?:shaped |like |"
        r"sized )?(?:marks?|prints?|bruis\w*|welts?|imprints?)\b",
        r"\b(?:broke|broken|fractured|dislocated) (?:my|his|her|their) (?:arm|leg|wrist|ribs?|nose|"
        r"jaw|fingers?|collarbone|skull)\b",
        r"\b(?:told|tells|made) (?:me|him|her|them) (?:to )?say (?:i|he|she|they) (?:fell|tripped|"
        r"did it|walked into)\b",
        rf"\b{VIOLENT} (?:my|his|her) (?:arm|arms|wrist|wrists|leg|legs|neck|face|head|hair|"
        rf"back|ear|ears|nose)\b(?=.*\b(?:told (?:me|him|her)|said (?:i|he|she) (?:fell|must)|"
        rf"do not tell|if (?:i|he|she) (?:tell|told))\b)",
        r"\b(?:cut|split|busted|burst|smashed) (?:his|her|my|their) (?:head|lip|face|eye|nose) "
        r"open\b",
        r"\b(?:come|comes|came|coming) (?:back |home |out )(?:from (?:the |school |nursery )?"
        r"\w+ )?(?:hurt|injured|with (?:a |an |his |her )?(?:\w+ )?(?:injur\w*|marks|cuts|"
        r"scratches|burns|bite|bites|grazes|bleeding))\b",
        r"\bkeeps? (?:getting|coming home|coming back) (?:hurt|injured)\b"),
          unless_after=r" (?:easily|from (?:walking into|bumping into|banging into|knocking into|"
                       r"falling|tripping|(?:her|his|their|the|a) (?:seizures?|fits?|falls?|"
                       r"splints?|brace|wheelchair|dyspraxia)))\b", accident_cancels=True),
    # Structural, any verb: what was done left a physical sign ("squeezed my wrist so tight it
    # went purple", "grabbed him so hard it left marks"); an injury nobody will explain ("came
    # back with a swollen lip and nobody could tell me how")
    # (one alternative a sign, so each is woken only by its own rarer words)
    rule(INJURY, any_of(*(rf"\b(?:and|till|until|til|so hard|so tight|so much|that) (?:it |that "
                          rf"it |they |there )?{sign}\b" for sign in (
                              r"bled", r"left (?:a |some |red |big |little )?(?:marks?|bruises?|"
                              r"scratches|welts?)", r"went (?:red|purple|blue|black)",
                              r"(?:i|he|she) (?:could not|can not|could hardly) breathe"))),
          also=r"\b(?:he|she|they|dad|mum|step ?dad|step ?mum|uncle|brother|staff|teacher|boy|"
               r"boys|man|carer|someone|somebody|partner|boyfriend)\b",
          accident_cancels=True, distress_cancels=True,
          unless_sentence=r"\b(?:eczema|itch\w*|rash|nose ?bleeds?|laugh\w*|cough\w*|asthma|"
                          r"crying|cried|tantrum|meltdown|tooth|teeth|dentist|blood test|bloods|"
                          r"injection|jab|cannula)\b"),
    rule(INJURY, r"\b(?:(?:nobody|no one) (?:could|can|would|will)|(?:nobody|no one|they|staff|"
                  r"the school|school|nursery|respite|the home|the unit|the centre) (?:could not|"
                  r"can not|would not|will not|did not|does not|do not|never|were not able to|was "
                  r"not able to)) (?:tell|explain|say) (?:me |us )?(?:how|what happened|why|"
                  r"where)\b",
          also=r"\b(?:bruis\w*|marks?|burns?|burnt|bite|bitten|injur\w*|graze\w*|swollen|black "
               r"eye|broken|fractur\w*|limp\w*|bleed\w*|bled|lump|scratches|scratched|cut lip|"
               r"split lip|black and blue|sore)\b"),
    # rushed to hospital after something was done to the child ("another child pushed him round
    # the playground in it, it tipped, and he was rushed to hospital"); not a seizure alone
    rule(INJURY, r"\b(?:was|were|been|got|being|is) rushed (?:in)?to (?:hospital|a&e|a and e)\b",
          also=r"\b(?:push\w*|shov\w*|tipped|tips|tip\w* over|dropped|knocked|thrown|threw|hit|"
               r"kicked|attacked|left|nobody|no one|staff|another (?:child|pupil|boy|girl))\b"),

    # Corpus batch F (session 18): a crisis told by its aftermath ("pulled the glass out of the
    # frame with his bare hands. Blood everywhere, ambulance, police."); a nosebleed or a fall
    # with blood everywhere is not.
    rule(INJURY, r"\bblood (?:everywhere|all over (?:the|his|her|my|him|me))\b",
          also=r"\b(?:ambulance|police|stitches|a&e|a and e|glass|knife|blade)\b",
          accident_cancels=True,
          unless_sentence=r"\b(?:nose ?bleeds?|nose|tooth|teeth|dentist|fell|fall|tripped|bike|"
                          r"scooter|trampoline|football|rugby|period)\b"),

    # --- Sexual abuse -----------------------------------------------------------------------
    # Round 12: marks in the shape of what made them ("loop marks on back")
    rule(INJURY, r"\b(?:loop|cord|cable|wire|flex) (?:shaped )?(?:marks?|welts?|bruis\w*)\b"),
)
