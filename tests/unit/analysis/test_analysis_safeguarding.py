"""Possible disclosures reach the safeguarding lead; parents' figures of speech do not."""

from __future__ import annotations

import pytest

from coprod.text.pipeline import analyse
from tests.unit.analysis.rules_only import flagged_by_rules


@pytest.mark.parametrize(
    "text",
    [
        "my step dad hits me when mum is at work",
        "He told me he wants to die and doesn't see the point.",
        "I am not safe at home. please dont tell my mum",
        "My daughter has started cutting herself.",
        "She self-harmed last year and it has started again.",
        "my 10 year old keeps saying he wants to kill himself",
        "My ex partner is violent and the children have seen him hit me.",
        "There is no food in the house most weeks.",
        "my dad locks me in my room for a long time",
        "He took an overdose in the summer.",
        "A member of staff grabbed my son by the neck.",
        "mum's boyfriend shouts and throws things at us and my brother is scared",
    ],
)
def test_disclosures_are_flagged_with_a_reason(text: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert result.safeguarding_reasons


@pytest.mark.parametrize(
    "text",
    [
        "This process is killing me.",
        "Honestly I could have killed the caseworker when she lost the paperwork.",
        "Fighting for support has become a full time job.",
        "The self-harm support group was great, she has made friends there.",
        "All staff have completed self-harm awareness training this term.",
        "The EHCP process nearly killed me.",
        "I'm dying inside every time another refusal arrives.",
        "I wanted to strangle the person on the phone.",
        "I'm sick to death of filling in surveys.",
        "Referrals now include a question on domestic abuse so we can signpost families.",
        "CAMHS crisis team were amazing when she was at her lowest.",
    ],
)
def test_figures_of_speech_and_service_names_are_not_flagged(text: str) -> None:
    assert flagged_by_rules(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "I can't cope anymore. Three kids, no sleep, no respite.",
        "I'm at breaking point.",
        "We're at breaking point as a family and nobody is helping.",
        "Honestly I dont know how much longer I can do this.",
        "I felt like I couldn't cope and nobody came.",
        "I just can't do this anymore",
        "I honestly can't see a way out.",
    ],
)
def test_a_parent_in_crisis_reaches_the_safeguarding_lead(text: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert result.safeguarding_reasons == ("parent or carer in crisis",)


@pytest.mark.parametrize(
    "text",
    [
        "I can't cope with the paperwork for the annual review.",
        "i cant cope with the school run anymore, its 2 hours a day",
        "The school can't cope with him.",
        "The service is at breaking point.",
        "I dont know how much longer we can wait for the assessment.",
        "I would not cope without her, she is a lifeline.",
        "I'm at the end of my tether with the council.",
    ],
)
def test_frustration_with_a_task_or_a_service_is_not_a_crisis_flag(text: str) -> None:
    assert flagged_by_rules(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "He says he hates himself and wishes he was never born. He's 8.",
        "He told me a boy pushed him off the climbing frame on purpose.",
        "She came home with a black eye and the school said she fell.",
        "Kids go to bed hungry most nights now.",
    ],
)
def test_more_ways_children_are_at_risk_are_flagged(text: str) -> None:
    assert analyse(text).safeguarding is True


def test_a_hungry_child_on_medication_is_not_neglect() -> None:
    assert flagged_by_rules("He is always hungry on his new medication.") is False


# --- Every category of harm in Working Together / KCSIE, in varied voices -------------------
# Each case names the reason the safeguarding lead should see.

@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # physical abuse, in a young person's simple words and a parent's report
        ("Dad hurts me. I do not like it at home.", "physical abuse or violence"),
        ("She hits me when no one is looking. She is my carer.", "physical abuse or violence"),
        ("my mums boyfrend slaps me wen im naughty", "physical abuse or violence"),
        ("My son said his step-dad used a belt on him.", "physical abuse or violence"),
        ("i get smacked with a wooden spoon for wetting the bed", "physical abuse or violence"),
        ("dad puts his hands round my neck when he is cross", "physical abuse or violence"),
        ("they pushed my head in the toilet and flushed it", "physical abuse or violence"),
        ("He's 8 and his dad shakes him when he won't stop crying", "physical abuse or violence"),
        # injuries nobody has explained
        ("He keeps coming home from the unit hurt and nobody will tell me how.",
         "injury with no clear explanation"),
        ("He has burns on his arms and said he did it himself but I don't believe him",
         "injury with no clear explanation"),
        ("Dad broke my arm and told the hospital I fell down the stairs",
         "injury with no clear explanation"),
        # sexual abuse, including a parent passing on what a child said
        ("the man next door touches my private parts", "sexual abuse"),
        ("My son told the teacher his uncle touches him and nothing was done", "sexual abuse"),
        ("My daughter said her step-dad comes into her room at night and she doesn't like what "
         "he does to her.", "sexual abuse"),
        ("She told me her cousin makes her do things she doesn't like and says it's their "
         "special game.", "sexual abuse"),
        ("my brother's friend made me touch his thing", "sexual abuse"),
        ("She's 13 and pregnant and won't say who the father is", "sexual abuse"),
        # online sexual abuse and grooming
        ("someone i met on a game sends me pictures", "online sexual abuse or grooming"),
        ("An older boy keeps asking me to send photos of me with no clothes on.",
         "online sexual abuse or grooming"),
        ("a man on Instagram wants me to send him a photo in my bra",
         "online sexual abuse or grooming"),
        ("This lad on xbox keeps telling my son to video himself in the bath",
         "online sexual abuse or grooming"),
        # secrets
        ("he asked me to keep it a secret from my mum", "asked to keep secrets"),
        ("the taxi driver touched his leg and told him to keep quiet", "asked to keep secrets"),
        # emotional abuse
        ("my dad calls me stupid and useless every day", "emotional abuse"),
        ("Her dad screams at her and tells her she is worthless.", "emotional abuse"),
        ("my dad said he will put me in care if i dont shut up", "emotional abuse"),
        # neglect
        ("i am always hungry at home and mum sleeps all day", "neglect"),
        ("My friend comes to school dirty and says they have no heating at home", "neglect"),
        ("They leave me by myself at night when they go out. I am 9.", "neglect"),
        ("we dont have any food in the fridge and the kids havent eaten since yesterday",
         "neglect"),
        ("honestly I've started drinking in the mornings and the kids are fending for "
         "themselves", "neglect"),
        # domestic abuse
        ("My husband has become really aggressive and the kids are frightened of him.",
         "domestic abuse"),
        ("My partner controls all the money and won't let me see my family", "domestic abuse"),
        ("My partner pinned me against the wall in front of our son", "domestic abuse"),
        # threats and weapons, including bullying with threats
        ("some kids in my year said they will stab me after school",
         "threats of violence or a weapon"),
        ("my step dad says he will break my legs if i tell", "threats of violence or a weapon"),
        ("My son has started carrying a knife", "threats of violence or a weapon"),
        ("I'm scared my husband will kill me", "threats of violence or a weapon"),
        # self-harm, the child's
        ("sumtimes i cut my arms when im sad", "self-harm"),
        ("She keeps scratching her arms until they bleed", "self-harm"),
        ("He bangs his head on the wall until it bleeds when he is upset.", "self-harm"),
        ("I sometimes want to hurt myself when things get too much", "self-harm"),
        ("My daughter has started cutting again.", "self-harm"),
        ("She is making herself sick after every meal", "self-harm"),
        # suicidal thoughts, the child's or the parent's
        ("i dont want to be here anymore", "suicidal thoughts"),
        ("i wanna die", "suicidal thoughts"),
        ("Some nights I think about taking all my tablets and being done with it.",
         "suicidal thoughts"),
        ("I keep thinking it would be easier for everyone if I wasn't around.",
         "suicidal thoughts"),
        ("My 12 year old told me she wants to jump in front of a train.", "suicidal thoughts"),
        ("Mum says she wants to go to sleep and not wake up.", "suicidal thoughts"),
        ("Honestly if it wasn't for my kids I wouldn't still be here", "suicidal thoughts"),
        ("i have been saving up my tablets", "suicidal thoughts"),
        # exploitation and county lines
        ("My son keeps coming back with new trainers and cash. Older lads pick him up in a car.",
         "child exploitation or county lines"),
        ("older boys make me carry packages to other towns", "child exploitation or county lines"),
        ("She's 14 and he buys her vapes and alcohol", "child exploitation or county lines"),
        ("He's 13 and keeps getting into cars with men we don't know",
         "child exploitation or county lines"),
        # radicalisation
        ("He watches extremist videos and says violence is the only way.", "radicalisation"),
        ("A man online told my brother the country needs a race war.", "radicalisation"),
        ("He says all Jews are evil", "radicalisation"),
        # missing from home or education
        ("My daughter has run away three times this month.", "missing from home or education"),
        ("My son keeps going missing for days.", "missing from home or education"),
        ("One of our pupils has not been seen since March and the family don't answer the door.",
         "missing from home or education"),
        # afraid to go home
        ("I am scared at home", "afraid to go home or feels unsafe"),
        ("i dont want to go home becuase of what happens there",
         "afraid to go home or feels unsafe"),
        ("please dont send me home", "afraid to go home or feels unsafe"),
        # restraint and seclusion at school
        ("Staff held him face down on the floor.", "restraint or seclusion"),
        ("They shut him in a little room on his own when he kicks off.",
         "restraint or seclusion"),
        ("My son was left in the quiet room with the door wedged shut for an hour",
         "restraint or seclusion"),
    ],
)
def test_each_category_of_harm_is_flagged_with_its_reason(text: str, reason: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert reason in result.safeguarding_reasons


@pytest.mark.parametrize(
    "text",
    [
        # figures of speech
        "Honestly the EHCP process is killing me, 40 weeks and counting.",
        "I could kill for a decent EHCP that actually names a school.",
        "Forms, forms and more forms. I want to die of boredom.",
        "i hate maths it kills me lol",
        "I was killing time in the waiting room for two hours.",
        "I feel like I'm banging my head against a brick wall with this council",
        "The EHCP was a knife in the back after all those meetings",
        "The panel beat us down until we accepted a mainstream place",
        # hurt feelings, targets, balls, cuts to services
        "He was hurt that nobody listened to him at his own review.",
        "She finally hit her reading targets thanks to the one to one sessions.",
        "Support from the SENCO has been hit and miss this year.",
        "The funding cuts have hit families like ours the hardest.",
        "The council keeps cutting services and calling it transformation.",
        "My daughter is brilliant at cutting and sticking.",
        "my brother hits the ball really far at cricket club",
        "She was bruised emotionally by the whole experience at that school",
        # restraint, secrets and pictures in ordinary senses
        "The school restrains its budget so tightly there isn't a TA left.",
        "The school's restraint log shows no incidents since September, which is great.",
        "We've trained all staff in de-escalation so that we restrain pupils far less often.",
        "He was restrained by the seatbelt guard in the taxi which is agreed in his plan",
        "The OT sends me pictures of the exercises so we can practise at home.",
        "They asked us to keep it a secret that the new resource base was opening.",
        "Re-theming must not touch them.",
        "He doesn't like being touched so haircuts are a nightmare",
        # the same words about school, services and ordinary family life
        "I felt abused by the system, the way they treated us at panel was disgusting.",
        "The worst part is being left alone to fight the council on your own.",
        "No heating in the portacabin all winter, the kids wear coats in lessons.",
        "He's a bottomless pit, always hungry after swimming club!",
        "She used to be scared of going to school but the new teacher has changed everything.",
        "I am scared of the fire alarm at school. It is too loud.",
        "He ran off in the supermarket once so now we use a special buggy.",
        "He goes missing in his own world when he is tired, the OT says it's sensory",
        "He gets called names at school because of his autism.",
        "The autism team's workshop on self-injurious behaviour was really useful.",
        "He got his black belt in judo last month.",
        "He bites his nails down to nothing before every annual review.",
        "He bruises easily because of his condition so PE staff are careful",
        "Her dad drinks a lot of coffee when he's on nights, we're both shattered",
        "He threw himself into the drama club and he's thriving",
        "Our house is freezing because the boiler broke but the landlord is fixing it",
        # a disabled child's meltdown, framed as a need
        "My son hits me when he can't communicate what he wants, we need a speech therapist",
        "A child in his class bit him during a meltdown, the school told me straight away",
        "He gets so frustrated he punches the wall, the OT has given us strategies",
    ],
)
def test_the_same_words_used_innocently_are_not_flagged(text: str) -> None:
    assert flagged_by_rules(text) is False


def test_an_accident_the_family_was_told_about_is_not_flagged() -> None:
    text = ("He got hurt in PE when he fell off the benches, the school phoned me straight away "
            "and filled in an accident form.")
    assert flagged_by_rules(text) is False


def test_an_injury_with_a_disputed_account_is_flagged() -> None:
    text = "She came home with a black eye and the school said she fell."
    assert "injury with no clear explanation" in analyse(text).safeguarding_reasons


def test_restraint_at_school_is_counted_under_school_inclusion() -> None:
    result = analyse("They shut him in a cupboard on his own at school.")
    assert result.safeguarding and "school_inclusion" in result.theme_ids


# --- Structural rules: a person + a harm verb + a victim; first person + a wish to end it ----
# Written as new phrasings (probe 1), not copies of the phrase lists above.

@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # a person + a harm verb the phrase lists lacked + me or a body part
        ("mum's new fella whacks me round the head when hes had a drink",
         "physical abuse or violence"),
        ("my big brother stamps on me and laughs", "physical abuse or violence"),
        ("he squeezes my neck when im slow getting dressed", "physical abuse or violence"),
        ("Teacher squeezed my arm really hard and it went purple", "physical abuse or violence"),
        ("my step mum pours cold water on me in the night", "physical abuse or violence"),
        ("the lads at the bus stop spat on him", "physical abuse or violence"),
        ("two staff lay on top of him in the corridor until he went quiet",
         "physical abuse or violence"),
        # touching where underwear goes, forced himself on, made to undress
        ("he touched me where my swimming costume goes", "sexual abuse"),
        ("my uncle puts his hand in my pants when we watch tv", "sexual abuse"),
        ("my sisters boyfriend forced himself on me", "sexual abuse"),
        ("My son said an older boy made him suck his thing in the toilets", "sexual abuse"),
        ("the taxi man kisses him on the lips every morning", "sexual abuse"),
        ("the boys at the park made me take my top off and filmed it", "sexual abuse"),
        # first person or child + a wish or plan to end it
        ("I hate my life and I want it to end", "suicidal thoughts"),
        ("I feel like ending it tbh, nobody would even notice", "suicidal thoughts"),
        ("i want to stop being alive", "suicidal thoughts"),
        ("sometimes i think my family would be happier if i was gone", "suicidal thoughts"),
        ("I don't see the point in carrying on, I have written letters for the kids",
         "suicidal thoughts"),
        # punished by hunger or the cold
        ("dad makes me sleep in the shed when im bad", "neglect"),
        ("they dont give me any tea when im naughty", "neglect"),
        # fear of going to a parent's, hiding when a parent comes home
        ("Im frightened to go back to my dads at the weekend",
         "afraid to go home or feels unsafe"),
        ("She hides under her bed when her dad comes home from the pub",
         "afraid to go home or feels unsafe"),
    ],
)
def test_structural_rules_catch_new_phrasings(text: str, reason: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert reason in result.safeguarding_reasons


@pytest.mark.parametrize(
    "text",
    [
        "He hates being touched on his head so haircuts are awful",
        "The teacher forced him to sit through assembly even though the noise hurts his ears",
        "I hate the EHCP process and I just want it to end",
        "the bus driver grabbed his bag for him when he dropped it, so kind",
        "My son kicks the ball against the wall for hours, it calms him down",
        "The PE teacher pushed him to try out for the football team and he loved it",
        "He was so touched by how kind the staff were at his review",
        "the dentist hurt him a bit but he was really brave",
        "I'm scared the council will cut his hours at the review",
        "we were frightened of losing the placement after the new head came",
        "i dont want the summer holidays to end",
        "He gets so cross he throws his shoes, we are working on it with the nurse",
        "Staff film him doing his physio so we can copy it at home",
        "I feel like ending the tribunal and just taking what they offered",
        "my dad makes me do my homework before tea which is annoying",
        "my brother always beats me at chess",
        "The nurse made him take his top off for the ECG",
        "We need to buy him new pants, he has grown out of his underwear",
        "My son squeezes my hand when he is anxious in the waiting room",
    ],
)
def test_structural_rules_leave_ordinary_words_alone(text: str) -> None:
    assert flagged_by_rules(text) is False


# --- Round 2 (probe 2): misspellings, a household adult who acts, grooming with lifts -------

@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("i wish i was ded", "suicidal thoughts"),
        ("I keep thinking the kids would be better off with someone else", "suicidal thoughts"),
        ("wen i am bad mum puts me in the cupbord under the stairs", "neglect"),
        ("he says im fat and ugly and no one will ever love me", "emotional abuse"),
        ("He said the man at football gives him money and says not to tell me",
         "asked to keep secrets"),
        ("A man keeps waiting outside school for my daughter and giving her lifts, he is 25",
         "child exploitation or county lines"),
        ("A lad in year 10 tried to pull my daughter's skirt up in the lunch queue",
         "sexual abuse"),
        ("nan's boyfriend keeps coming in the bathroom when im in the bath", "sexual abuse"),
        ("Im scared of wat dad will do when he gets out of prison",
         "afraid to go home or feels unsafe"),
        ("my son says he doesnt want to wake up tomorrow", "suicidal thoughts"),
    ],
)
def test_round_two_phrasings_are_flagged(text: str, reason: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert reason in result.safeguarding_reasons


@pytest.mark.parametrize(
    "text",
    [
        "he doesnt want to wake up early for school, what teenager does",
        "i wish i was better at reading",
        "I would be better off doing the paperwork myself than waiting for the caseworker",
        "Im scared of what will happen when he leaves school with no plan",
        "The man at football gives him so much time, he has really come on",
        "We keep the tablets locked away now he is older, the pharmacist suggested it",
        "The respite carers give him his tea and put him to bed, it is a lifeline",
        "the psychologist wants to end his therapy sessions in March and we are worried",
        "The other kids say he is stupid and it upsets him",
        "I come in the bathroom when he is in the bath to help him wash his hair",
        "He is 25 now and the council says his plan will end",
        "The taxi driver gives him a lift every day and he loves the chat",
    ],
)
def test_round_two_hard_negatives_are_not_flagged(text: str) -> None:
    assert flagged_by_rules(text) is False


# --- Round 3 (probe 3): burden and pointless life, punishments, a pet hurt to frighten -------

@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("she keeps saying her life is pointless and she'd rather be dead", "suicidal thoughts"),
        ("I feel like I'm a burden on everyone and they'd be relieved if I died",
         "suicidal thoughts"),
        ("i jus want to dissapear forever", "suicidal thoughts"),
        ("I've been thinking about driving off the road", "suicidal thoughts"),
        ("dad throws the plates at mum and she cries all nite", "physical abuse or violence"),
        ("the carer at the respite place rough handles him", "physical abuse or violence"),
        ("my stepdad punishes me by making me stand in the corner all night", "neglect"),
        ("I have to wait outside till they get home at night, I'm 8", "neglect"),
        ("me mum dont wake up in the morning and i get my sister ready for school", "neglect"),
        ("my mum's friend sleeps in my bed and does stuff i dont like", "sexual abuse"),
        ("her swimming coach messages her late at night", "online sexual abuse or grooming"),
        ("Mum's partner hurt our dog on purpose to scare us", "threats of violence or a weapon"),
    ],
)
def test_round_three_phrasings_are_flagged(text: str, reason: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert reason in result.safeguarding_reasons


@pytest.mark.parametrize(
    "text",
    [
        "she says the homework is pointless and she would rather be playing outside",
        "my daughter feels like a burden to her teachers when she asks for help",
        "I want to disappear when I have to read out loud in class",
        "We have been thinking about driving to the coast for a short break",
        "the teacher made him stand in the corridor for talking",
        "My son has to wait outside the school gate until 8:45, it is freezing",
        "Our dog was hurt by a car last month and the kids were upset",
        "The coach messages the parents group every week with updates",
        "he shares a bed with his brother because the flat is small",
        "I sleep in his bed when he has seizures so I can watch him",
        "I feel relieved now the tribunal is over",
    ],
)
def test_round_three_hard_negatives_are_not_flagged(text: str) -> None:
    assert flagged_by_rules(text) is False
