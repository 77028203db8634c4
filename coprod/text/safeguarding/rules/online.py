"""Safeguarding rules: online sexual abuse or grooming."""

from __future__ import annotations

from coprod.text.safeguarding.rule import Rule, any_of, rule
from coprod.text.safeguarding.vocabulary import ONLINE, SCHOOL_STAFF

RULES: tuple[Rule, ...] = (
    rule(ONLINE, any_of(
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
        r"photos|pics)) (?:if|unless|to (?:everyone|my|your|his|her))\b",
        # sextortion said any way: "he'll post her photos everywhere unless she pays him"
        r"\b(?:share|shares|post|posts|send|sends|show|shows|leak|leaks|put|puts)\w* (?:\w+ ){0,2}"
        r"(?:pictures|photos|pics|videos|nudes|images) (?:\w+ ){0,3}(?:if|unless) (?:i|she|he|you|"
        r"they) (?:do not|does not|did not|will not|pay|pays|send|sends)\b")),
    rule(ONLINE, any_of(
        # someone met online, in a game or a chat ...
        r"\bonline\b|\bon (?:a|an|the|his|her|my) (?:game|games|app|phone|tablet|ipad|xbox|"
        r"playstation)\b|\bon (?:fortnite|roblox|minecraft|discord|snapchat|snap|insta|"
        r"instagram|tiktok|whatsapp|facebook|youtube|the internet|xbox|playstation)\b|"
        r"\bgroup chat\b|\bchat room\b|\bdms\b|\b(?:direct|private) messag\w*|"
        r"\b(?:from|off|met on|met through|on) (?:the )?(?:internet|an app|snapchat|tiktok|"
        r"instagram|insta|discord|twitch|kik|omegle|telegram)\b"),
          # ... who sends or asks for pictures, wants to meet, or wants it kept secret
          also=r"\b(?:sends?|sent|sending|asks?|asked|asking|wants?|wanted|share\w*|post\w*)"
               r"(?: me| him| her| them)?(?: to send| for| me| him| her)? (?:pictures|photos|pics|"
               r"videos|selfies|images)\b|\bsecret\b|\bmeet (?:up|him|her|them|me)\b|"
               r"\bundress\w*|\bclothes off\b|\bnaked\b|\bboyfriend\b|\bgirlfriend\b|"
               r"\b(?:sent|sends|gave|gives|send) (?:me|him|her) (?:money|gifts?|presents)\b|"
               r"\bcome to (?:his|her|their) (?:house|flat|home|place)\b|\b(?:video|film|photo\w*) "
               r"(?:himself|herself|yourself|myself|themselves)\b|\bin the (?:bath|shower)\b|"
               r"\bmature for (?:her|his|your) age\b|\b(?:men|a man|adults?|hotel\w*)\b|"
               r"\b(?:my|your) (?:top|shirt|bra|pants|trousers|knickers|t shirt) off\b|\bturned "
               r"out to be (?:\d+|an? (?:adult|man|older|grown)|older|in (?:his|her) \w+)\b",
          unless_before=r"\b(?:form|forms|application|meeting|meetings|training|course)(?: \w+)?",
          # "a local online service", "online counselling": a service, not a contact
          unless_after=r" (?:service|services|support|counselling|counsellor|therapy|safety|"
                       r"course|training|learning|lessons?|forms?|portal)\b"),

    # --- Secrets --------------------------------------------------------------------------
    rule(ONLINE, r"\b(?:messag\w*|text\w*|snap\w*|dms|dmed|dming|call\w*|ring\w*|facetim\w*) "
                  r"(?:me|him|her|them) (?:\w+ ){0,2}(?:late at night|at night|in the night|"
                  r"at \d+ ?am|every night|at midnight)\b",
          also=r"\b(?:coach|teacher|tutor|man|older|stranger|leader|staff|instructor|uncle|"
               r"driver|adult|(?:he|she) is (?:1[89]|[2-9]\d))\b"),
    # round 10 (session 15), from the grooming misses of the learn sets: photos asked for with
    # clothes off or in a swimsuit, gifts or game money for showing or meeting, a meeting kept
    # from a parent
    rule(ONLINE, any_of(
        r"\b(?:selfies?|photos?|pics?|pictures?|videos?) (?:of (?:her|him|you|me) )?(?:without|"
        r"with no) (?:your |her |his |my |a )?(?:top|clothes|shirt|t shirt|underwear|pants|bra|"
        r"knickers)\b",
        r"\b(?:ask\w*|wants?|wanted|told|begg\w*|pressur\w*) (?:\w+ ){0,3}(?:selfies?|photos?|pics?"
        r"|"
        r"pictures?|videos?) (?:of (?:her|him|you|me) )?in (?:her|his|your|my) (?:new )?(?:swimsuit"
        r"|"
        r"swim suit|swimming costume|costume|bikini)\b",
        r"\b(?:gives?|gave|giving|pays?|paid|buys?|bought|bye|sends?|sent|posts?|posted|offer\w*) "
        r"(?:\w+ ){0,3}(?:phone credit|credit|vbucks|v bucks|robux|vouchers?|gift cards?|money|"
        r"cash|vapes?|presents?|gifts?|stuff) (?:\w+ ){0,3}(?:to|if|for) (?:\w+ ){0,2}(?:show (?:hi"
        r"m|"
        r"her|them|me)|send (?:\w+ )?(?:pics|photos|pictures|selfies|nudes|videos)|meet (?:up|him|"
        r"her|them|me))\b",
        r"\bmeet (?:\w+ ){0,5}without (?:my |your |her |his |their )?(?:mum|mom|dad|parents|"
        r"carers?|nan|foster carers?) (?:knowing|finding out)\b"),
          service_words_cancel=True),

    # round 11 (session 16): a member of staff messaging a pupil as a favourite, with kisses, a
    # secret, lifts home or pictures (not a teacher texting a parent late with news of the day)
    rule(ONLINE, rf"\b{SCHOOL_STAFF} (?:\w+ ){{0,6}}(?:messag\w*|text\w*|snapchat\w*|dms?|dm\w*|"
                  rf"adds?|added) (?:[\w,]+ ){{0,8}}(?:night night|kisses|favourite|shirt off|"
                  rf"not to tell|our secret|lifts? home)\b"),

    # round 11 (session 16), from the online-grooming misses of the learn sets. Pictures in
    # pyjamas or underwear, a top off on camera, "do things on camera", chats to be deleted,
    # "share the ones I sent unless I send more" (not the epilepsy nurse's video of a night
    # seizure, nor a parent telling a child to delete a bully's messages)
    rule(ONLINE, any_of(
        r"\b(?:ask\w*|wants?|wanted|told|begg\w*|pressur\w*) (?:\w+ ){0,4}(?:selfies?|photos?|"
        r"pics?|pictures?|videos?|vids?) (?:of (?:her|him|you|me) )?in (?:her|his|your|my|their) "
        r"(?:pjs|pyjamas|pajamas|underwear|pants|knickers|nightie|nightwear)\b",
        r"\b(?:take|takes|took|taking) (?:her|his|your|my) (?:top|shirt|clothes|pants) off (?:on|"
        r"for|in front of) (?:the )?(?:camera|cam|video|webcam|call)\b|\b(?:call|video|cam|camera|"
        r"pics?|photos?|pictures?|selfies?) (?:\w+ ){0,2}without (?:her|his|your|my) (?:top|shirt|"
        r"clothes) on\b",
        # (not "my son is mature for 12": someone telling the child so)
        r"\b(?:says|said|tells|told|saying|calls) (?:me |him |her )?(?:i am |im |she is |he is |"
        r"you are )?(?:really |so |very )?mature for (?:a )?(?:1[0-6]|eleven|twelve|thirteen|"
        r"fourteen|fifteen)\b",
        r"\b(?:ask\w*|wants?|wanted|told|tells|make\w*|made|pressur\w*|get\w*|got) (?:\w+ ){0,2}"
        r"(?:to )?(?:do|doing) (?:things|stuff|something) on (?:camera|cam|video|webcam)\b|\bgo on "
        r"(?:cam|camera) with (?:him|her|them)\b|\b(?:camera|cam) on (?:in|when (?:he is|she is|i "
        r"am) in) the (?:bath|bathroom|shower)\b|\bvideo call (?:\w+ ){0,3}(?:in (?:my|her|his) "
        r"bedroom|with the (?:door shut|light off)|on (?:her|his|my) own late at night)\b",
        r"\b(?:share|post|send|show|leak|put) (?:the ones|mine|them|my \w+|the pictures|the "
        r"photos|the pics)(?: \w+){0,3} (?:if|unless) (?:i|he|she|you) (?:do not|does not|will "
        r"not) (?:send|do) (?:more|another|any more)\b",
        r"\b(?:told|tells|telling|asks?|asked|asking|makes?|made|gets?|got) (?:\w+ ){0,2}(?:to )?"
        r"delete (?:the|their|our|his|her|all the|all their) (?:chats?|messages?|texts?|dms?)\b"),
          unless_before=r"\b(?:i|we|you|police|school|the school|teacher|mum|dad)(?: have| had| "
                        r"then| just| always)?",
          unless_sentence=r"\b(?:seizures?|fits?|nurse|doctor|consultant|paediatrician|epilepsy|"
                          r"sleep study|newsletter|bully\w*|block\w*)\b"),
    # someone met online who asks which room a child sleeps in or which bus they catch, or
    # arranges to meet them at the station (not a travel trainer, nor nan meeting the train)
    rule(ONLINE, any_of(
        r"\b(?:asks?|asked|asking|wants? to know) (?:\w+ ){0,2}(?:what|which) (?:room (?:she|he|i|"
        r"my \w+)|bus (?:he|she|i)|bedroom|nights? (?:mum|dad|my mum|her mum|his mum))\b|\bif "
        r"(?:my|her|his) (?:mum|mom|dad|parents) (?:checks?|looks? at|reads?) (?:my|her|his) "
        r"(?:phone|messages|tablet)\b",
        r"\b(?:wants?|arranged|arranging|going|planning|asked) (?:\w+ ){0,2}(?:to )?(?:(?:meet|"
        r"collect|pick up) (?:him|her|me|them)|pick (?:him|her|me|them) up) (?:\w+ )?(?:at|off|"
        r"from|outside) (?:the |my |her |his )?(?:station|train|bus station|retail park|school "
        r"gate|shopping centre|town)\b"),
          also=r"\b(?:online|internet|game|games|gaming|discord|roblox|minecraft|fortnite|snap|"
               r"snapchat|tiktok|insta|instagram|server|headset|app|chat|chats|messag\w*|dms?|xbox|"
               r"console|tablet|ipad|youtuber?|met (?:him|her|them) on)\b",
          also_in_comment=True),
    # Round 12: grooming in a few words ("asking her to film herself in the bath", "asking
    # what she's wearing, saying delete them", "video calling a grown man on discord at 3am",
    # "grown man messaging my 11yo", "he sent me robux, now wants to meet at the park")
    rule(ONLINE, any_of(
        r"\b(?:asking|asked|asks|ask|told|tells|wants?|wanted|getting|gets?|got|makes?|made|"
        r"begging|pressur\w*) (?:her |him |me |them )?(?:to )?(?:film|video|record|photograph) "
        r"(?:herself|himself|yourself|myself|themselves) (?:in "
        r"the (?:bath|shower)|naked|undressed|in (?:her|his|your|my) (?:underwear|pants|bra))\b",
        r"\b(?:grown|adult) (?:man|men|woman|bloke|guy|blokes|guys) (?:\w+ ){0,3}"
        r"(?:messaging|messages|messaged|texting|texts|texted|video call\w*|calling|calls|"
        r"chatting|snapchat\w*|dm\w*)\b",
        r"\b(?:video calling|messaging|chatting (?:to|with)|talking to|texting|facetiming) (?:a|"
        r"an|some) (?:grown|adult|older) (?:man|men|woman|bloke|guy)\b")),
    rule(ONLINE, r"\b(?:asking|asks|asked|ask) (?:her |him |me |them )?what (?:she|he|i|you|"
                 r"they)(?: is| am| are| was)? wearing\b",
         also=r"\b(?:delete\w*|secret|do not tell|bed|bath|shower|boy|man|older|stranger|"
              r"snapchat|dm\w*)\b",
         also_in_comment=True),
    rule(ONLINE, r"\b(?:sent|sends|gave|gives|bought|buys|buying|sending) (?:me|him|her) "
                 r"(?:robux|vbucks|v bucks|gift cards?|skins|game credit|steam cards?|gems)\b",
         also=r"\b(?:meet|pics|photos|secret|delete|do not tell|wants|asked|asks|video|camera)\b",
         also_in_comment=True,
         unless_before=r"\b(?:grandad|grandpa|grandma|nan|nanny|gran|granny|mum|dad|uncle|aunt|"
                       r"auntie|brother|sister|cousin|parents|we|i)"),
    rule(ONLINE, r"\bwants? to meet (?:up|me|him|her|at|in)\b",
         also=r"\b(?:robux|vbucks|gift cards?|sent me|met (?:him|her) on|secret|do not tell|"
              r"alone|on (?:my|his|her) own|older|grown|snapchat|discord)\b", also_in_comment=True),
)
