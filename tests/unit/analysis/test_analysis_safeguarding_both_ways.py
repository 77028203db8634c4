"""Safeguarding is safe in both directions: each false alarm found in the labelled sets is
cancelled narrowly, and the disclosure written next to it still flags. One table, a row a form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coprod.text.pipeline import analyse
from tests.unit.analysis.rules_only import flagged_by_rules

DATA = Path(__file__).resolve().parents[2] / "data"
SETS = [*sorted(DATA.glob("theming_*.jsonl")),
        *sorted((DATA / "safeguarding_dev").glob("*.jsonl")),  # held out until session 11
        DATA / "corpus" / "train.jsonl", DATA / "corpus" / "dev.jsonl"]

# (not a disclosure, the disclosure beside it)
BOTH_WAYS = [
    # names called by other children are bullying; an adult calling a child names is abuse
    ("The kids at school called me thick.", "Her stepdad calls her stupid and worthless."),
    # a young person's own recovery; drugs on a child are a sign of exploitation
    ("It's helped me get off the weed too.", "He has weed on him and won't say where he got it."),
    # imagining another school; a carer at the end of what they can bear
    ("If I went to a mainstream school I wouldn't cope and I wouldn't make many friends.",
     "If I'm honest, I can't cope anymore."),
    # a service's threshold said of anyone; said of a child
    ("It feels like unless you're suicidal nobody will see you.",
     "Unless he is suicidal they will not see him, and he is."),
    ("To get their needs met they have to be seen to be failing badly, or close to suicide.",
     "My daughter is close to suicide and nobody will see her."),
    # a service's question answered no; answered yes
    ("They ask if she's suicidal. And I said, well no, she's seven.",
     "They asked if she was suicidal and I said yes."),
    # a figure of speech; self-injury
    ("Scratching my head for an answer tbh.", "I was scratching my head until it bled."),
    # families hit hardest by a change; a child hit by an adult
    ("Families moving to adult services are hit hardest.",
     "He was hit hard in the face by his stepdad."),
    # excluded from schools; thrown against a wall
    ("I was seven and I'd already been thrown out of two schools.",
     "He was thrown against the wall by a member of staff."),
    # a bullying policy and PE; bullying that "got physical" (clarification 10 of the guide)
    ("The bullying policy was reviewed and it went physical education first in the timetable.",
     "Some kids used my differences as an excuse to bully me, and it got physical as well."),
    # batch C of the corpus: false alarms cancelled narrowly, the disclosure beside each
    # a figure of speech about money; a belt used on children
    ('They keep hitting us in the pocket with transport charges.',
     'They keep hitting us with a belt when we are naughty.'),
    # a case passed round an office; a child kicked by older boys
    ('My case was kicked round the office for months.',
     'He was kicked round the playground by older boys.'),
    # pushed into a process; pushed into a road
    ('The council tried to push me into mediation.',
     'The driver tried to push me into the road.'),
    # a child pulling a parent in to greet people; dragged by the hair
    ('She dragged me in and introduced me to everyone at her club.',
     'He dragged me out of bed by my hair.'),
    # a young person bringing parents to an open day; a child dragged
    ('I dragged my parents to an open day.',
     'He dragged her across the floor.'),
    # bullying with names only; bullying that was physical
    ('He was bullied at his last school, called names every day.',
     'He was bullied at his last school, physically and with names.'),
    # a general statistic, no one in particular; a child beside it
    ('Schools tell us they are seeing more self-harm than ever.',
     'Schools are seeing more self-harm and my daughter has started self-harming too.'),
    # a group reported on; one young person
    ('Some teenagers have started self-harming since the cuts.',
     'Since the cuts she has started self-harming.'),
    # an accident off a bike; hurt on purpose
    ('I hurt myself coming off my bike last summer.',
     'I hurt myself on purpose when it gets too much.'),
    # a service's threshold said of anyone; said of a child
    ('You should not have to be suicidal to get seen by CAMHS.',
     'My son is suicidal and CAMHS will not see him.'),
    # a threshold ("you only count if"); a young person now
    ('You only count if you are actually suicidal right now.',
     'She is actually suicidal right now and nobody will help.'),
    # a group reported on ("some even suicidal"); a child ("some days suicidal")
    ('Parents tell us the waits have left them exhausted, and some even suicidal.',
     'My daughter is exhausted, and some days suicidal.'),
    # "through my life" is a duration; a life to stop
    ('I was teased all through my life and I just wanted it to stop.',
     'I just want my life to stop.'),
    # a crisis service described; a child in crisis
    ('The crisis team helps people through a mental health crisis at home.',
     'My son is in a mental health crisis and nobody will help.'),
    # what kept a family together; a family falling apart
    ('Short breaks stopped our family falling apart.',
     'Our family is falling apart and I can not see a way out.'),
    # a parent going without so the children eat; children going without
    ('I skip meals so the children can eat, and my own health has suffered.',
     'The children skip meals at home because there is no money for food.'),
    # a young adult home after college ends; a six year old home alone
    ('Now college say there is nothing left, so he is home alone all day while we work.',
     'She is six and is left home alone all day while mum works.'),
    # an online service; someone met online
    ('A teacher referred her to an online counselling service.',
     'An adult she met online asked her to send pictures.'),
    # the speaker's figure; a child pulling out her hair
    ('I could pull out my hair over this council.',
     'She pulls out her own hair and eats it.'),
    # a hair bobble; pulling out and eating hair
    ('She pulled out her hair bobble and gave it to me.',
     'She pulls out her own hair and eats it.'),
    # a teenager's own room; locking herself away from a sibling she fears
    ('He locks himself in his room to play games all evening.',
     'She is so frightened of her brother that she locks herself in the bathroom.'),
    # at risk of exclusion; a child assessed at risk
    ('My son was at risk of exclusion in year 7.',
     'The assessment showed my son was at risk and nobody acted.'),
    # a seizure; rushed to hospital after a push
    ('She had a seizure at school and was rushed to hospital.',
     'A boy pushed her wheelchair over and she was rushed to hospital.'),
    # the police for a stolen bike; the police as the only answer to a child's meltdown
    ('The school rang the police when his bike was stolen.',
     'We were told to ring the police when she is in a meltdown.'),
    # a process called hell; a child living in hell
    ('The tribunal process has been a living hell.',
     'My son is living in hell at that school.'),
    # one food given up; a child who has stopped eating, weight falling
    ('He has stopped eating meat since the school trip.',
     'She has stopped eating and her weight is dropping fast.'),
    # not wanting to be at a meeting; not wanting to be here
    ('He kept saying he did not want to be here at the meeting.',
     'He keeps saying he does not want to be here.'),
    # in danger of falling behind; in danger because staff do not understand his seizures
    ('He is in danger of falling behind in maths this year.',
     'Staff do not understand her epilepsy and we feel she is in real danger at school.'),
    # hanging up a coat; trying to hang himself
    ('He tried to hang his coat up on the peg and missed.',
     'He tried to hang himself with his school tie last week.'),
    ('She tried to hang the washing out for me.',
     'Last year she tried to hang herself in her bedroom.'),
    # missing a book; missing from school and nobody noticed
    ('Nobody noticed she was missing her reading book until Friday.',
     'Nobody even noticed he was missing from school until the end of the day.'),
    # round 1 of tests/data/theming_safeguarding_2.jsonl (sg2-*): structural forms, each with
    # the ordinary complaint that shares its words
    # an implement as a punishment; a wheelchair's belt
    ("He needs the belt on his wheelchair done up tighter.", "I get the belt if I wet the bed."),
    # a head on a table; a head held in a sink
    ("He likes to put his head on the table when he is tired.",
     "The big boys hold my head in the sink."),
    # an arm taken to keep a child safe; an arm grabbed so it hurt
    ("The TA grabbed his arm to stop him running into the road.",
     "My carer shouts at me and grabbed my arm, it hurt."),
    # money owed for a trip; money demanded with a threat
    ("If I don't pay the money for the trip the school will chase me.",
     "If I don't bring money she will get her brother to sort me out."),
    # a pet played with; a pet hurt and "I'm next"
    ("Dad kicked the ball for the dog.", "Dad kicked the dog and said I'm next."),
    # a therapist's help; things done to a child at night
    ("The OT does things to help me with my hands.", "He does things to me at night."),
    # a physio's stretches; a hand on a child's leg
    ("The physio puts her hand on his leg to do the stretches.",
     "The taxi driver puts his hand on his leg every day and he doesn't like it."),
    # trains on a phone; rude videos
    ("He shows me videos of trains on his phone.",
     "The man next door shows her videos on his phone that are rude."),
    # a kind boyfriend; a handsy one
    ("Mum's new boyfriend is kind and takes us to the park.",
     "Mum's new boyfriend gets handsy when she's at work."),
    # never parking; never food
    ("There's never any parking at the hospital.", "There's never food in the house."),
    # lunch at school; no one feeding a child
    ("Nobody at school makes sure he eats his lunch.", "Nobody gives me dinner at the weekend."),
    # tea; drink until asleep
    ("Dad drinks his tea and falls asleep in front of the telly.",
     "Mum drinks till she falls asleep and I make my brother's tea."),
    # asleep on a journey; living in a car
    ("He sleeps in the car on long journeys.",
     "We have been sleeping in the car since we were evicted."),
    # calming down outside; punished outside till dark
    ("He has to sit in the garden to calm down after school.",
     "When I'm naughty I have to stand in the garden till it's dark."),
    # presents saved for; things nobody explains
    ("He saved up his pocket money for a new phone and trainers.",
     "He's got a new phone and trainers and won't say where from."),
    # an office visit; a stranger's house
    ("The man from the council said come to his office.",
     "A man at the bus stop followed me and said come to his house."),
    # a lift from grandad; vodka from a man
    ("Her grandad gives her a lift to college.",
     "She goes to a man's flat after school who gives her vodka."),
    # missing from lessons, known to school; missing at night
    ("She goes missing from lessons when her anxiety is high.", "She goes missing at night."),
    # a reading book not brought home; a child out all night
    ("He didn't come home from school with his reading book.",
     "She didn't come home last night and her phone is off."),
    # better off with a plan; better off without the parent
    ("He'd be better off if he just had a proper EHCP.",
     "The kids would be better off if I just wasn't here."),
    # a day out; leaving for good
    ("I thought about just driving off to the coast for the day.",
     "I thought about just driving off and never coming back."),
    # eating fast to play; starving to disappear
    ("He eats quickly so he can go and play.", "I stopped eating so I can disappear."),
    # a medicine taken; a medicine hoarded
    ("She takes melatonin every night to sleep.",
     "Some nights I think about taking all of my sertraline."),
    # cutting hair; cutting to feel
    ("I cut my own hair to save money.", "Sometimes I cut so I can feel something."),
    # a task; going on at all
    ("I can't see how we can get to the tribunal in time.",
     "I can't see how we can keep going."),
    # a door held open; a door held shut
    ("The TA held the door so he could get out of the hall first.",
     "They put me in the small room and held the door so I couldn't get out."),
    # a small group; a room alone
    ("The school keeps him in a small group for maths.",
     "The school keeps him in a room on his own all day."),
    # a service judged; home unsafe
    ("We don't feel safe leaving him with agency staff who don't know him.",
     "We don't feel safe at home with him."),
    # transport; home
    ("I'm worried about home to school transport next year.",
     "I'm worried about what's happening at home."),
    # school worse than home; home worse than the street
    ("I'd rather he stayed at home than go back to that school.",
     "I'd rather live on the streets than stay at home with him."),
    # hiding from a fire alarm; hiding from a parent
    ("He hides under the table when the fire alarm goes off.",
     "Mum hides in the bathroom with us when dad smashes things."),
    # a child's meltdown; an adult breaking things and the family hiding
    ("My son smashes things when he's overwhelmed.",
     "Dad smashes stuff and mum hides in the bathroom with us."),
    # an ex at reviews; an ex at the door
    ("My ex has been turning up to the annual reviews, which helps.",
     "My ex has been turning up at the school gates shouting."),
    # quiet in assembly; quiet about it
    ("The head teacher told him to keep quiet in assembly.", "He told her to keep quiet about it."),
    # a therapist's question answered no; answered yes
    ("The therapist asked whether he ever thinks about hurting himself and he said no, never.",
     "The therapist asked whether he ever thinks about hurting himself and he said yes."),
    # round 2 (sg2-128..211)
    # a parent at night for a seizure; an adult at night the child does not like
    ("She comes into my room at night when she has a seizure.",
     "When mum has had a drink she comes in my room at night and I don't like what she does."),
    # pointing to ask; pointing at a person with "hurt"
    ("He points at his dad when he wants his tablet.",
     "She signed 'hurt' and pointed at her uncle."),
    # walked in on a meeting; walked in on a child on purpose
    ("The head walked in on the meeting and sorted it out.",
     "My step brother walks in on me in the bath on purpose and laughs."),
    # a door open for seizures; a door open so an adult can watch
    ("He has to have baths with the door open because of his seizures.",
     "My step dad makes me take baths with the door open and stands there."),
    # waking up funny; waking up undressed
    ("He woke up with his pyjamas on back to front and laughed.",
     "I woke up at a party with my clothes off and don't remember."),
    # an accident; an injury nobody wrote down
    ("He fell off the trampoline and his leg is black and blue.",
     "His arm was black and blue when he came back and nobody wrote it down."),
    # a cupboard for cleaning things; a cupboard as punishment
    ("We keep the cleaning stuff in the cupboard under the stairs.",
     "I have to go in the dark cupboard under the stairs when I'm bad."),
    # a feeding plan; a carer who will not feed the children
    ("We don't feed him after six because of his reflux.",
     "My mum doesn't feed us when her boyfriend is round."),
    # a brand of nappy; the same nappy for days
    ("He has worn the same brand of nappy for years.",
     "She came in the same nappy three days running."),
    # a class pet; younger children overnight
    ("He was left in charge of the class hamster over half term.",
     "He gets left in charge of his little sisters overnight."),
    # a bus called a waste of time; a child called a waste of oxygen
    ("He calls the bus a waste of time.", "Dad calls me a waste of oxygen."),
    # forms; a child gone
    ("Nobody would even notice if the forms went missing.",
     "Nobody would even notice if I was gone."),
    # a dose asked about; a lethal dose looked up
    ("I asked how many tablets he should take for his pain.",
     "I looked up how many pills it takes."),
    # a harm named in a course's or leaflet's list of topics; a child's own needs, listed
    ("The carers centre leaflet lists help with stress, debt, suicidal feelings and respite.",
     "She has autism, anxiety, suicidal feelings and no help at all."),
    ("Our charity's workshop list: benefits, sleep, siblings, self harm and tribunals.",
     "He has ADHD, anxiety, self harm and no help with any of it."),
    ("Our youth club safeguarding policy covers grooming, Prevent, county lines and online harms.",
     "His plan lists autism, anxiety, self harm and sleep problems."),
    # a topic's training; the harm itself
    ("Dinner staff did the neglect and grooming training.",
     "The man from his gaming group has been grooming him and the police are involved."),
    ("Our online safety evening covered nudes, sexting and blackmail scams.",
     "He keeps asking her for nudes and says he will tell everyone."),
    # an injury explained, told openly and checked; the same account doubted, repeated, or
    # another person's doing
    ("He came home with a bruise on his shin, but school had already rung to say he slipped in "
     "PE and filled in an accident form.",
     "He came home with a bruise on his shin again; school rang to say he slipped in PE."),
    ("Bruise on her cheek noted at drop-off. Mum emailed that she fell off her scooter; she gives "
     "the same account. Logged.",
     "Bruise on her cheek noted at drop-off. Mum emailed that she fell off her scooter; the bruise "
     "is finger shaped. Logged."),
    ("The marks on his wrists are from his splints rubbing. Mentioning it so nobody worries.",
     "The marks on his wrists are from staff holding him down. Mentioning it so nobody worries."),
    ("He has a cut lip from falling off the swings; school phoned and logged it.",
     "He has a cut lip; two boys tip his chair back every day and today he fell out. School "
     "phoned and logged it."),
    # an explained fall, a shin; the same account, a bruise where falls rarely reach
    ("Bruise on his shin. Mum explained he fell off the trampoline and school logged it.",
     "Bruises on his back. Mum explained he fell off the trampoline and school logged it."),
    # a toddler's bump explained; a bruise on a baby not yet moving about, however explained
    ("Bruise on the forehead of a 2 year old; mum explained he bumped it on the table. Logged.",
     "Bruise on the forehead of a 3 month old; mum explained he bumped it on the cot. Logged."),
    # a prescription collected; tablets saved up, someone else's
    ("I collected his tablets from the pharmacy on Monday.",
     "He's saving his mum's tablets in a sock for when he's had enough."),
    ("Dad collects her meds from the chemist every week.",
     "She has been collecting up her pain tablets in a drawer."),
    # a dose asked about; a lethal dose of a named medicine looked up
    ("How many of his sertraline should he take a day?",
     "She looked up how many of her sertraline it would take."),
    # a dosette box; all the tablets lined up
    ("All his tablets are lined up in a dosette box for the week.",
     "I've got all the tablets lined up on the side."),
    # a razor for shaving; a razor hidden
    ("He keeps a razor in the bathroom now he has started shaving.",
     "I have a razor hidden under my mattress for when it gets bad."),
    # toy train tracks; the railway at night
    ("He loves building train tracks with his brother.",
     "I've been going on the train tracks at night to see what it feels like."),
    # a plan; a parent not around
    ("He'd be better off with a TA and me not having to chase them.",
     "He'd be better off in care and me not around at all."),
    # hope for a cast; hope to be gone
    ("The cast comes off next week and hopefully the pain will go.",
     "I don't eat all day so I get smaller and smaller and hopefully gone."),
    # eating little and tired; starving to shrink
    ("He doesn't eat much so he gets tired easily.",
     "I don't eat all day so I get smaller and smaller."),
    # a school bus; men in cars
    ("She gets picked up by the school bus at eight.",
     "She's been picked up by men in cars by the park."),
    # swimming; drink
    ("He comes home smelling of chlorine after swimming.", "She comes home smelling of drink."),
    # eczema; a stranger asking
    ("He plays on his tablet with his top off because of his eczema.",
     "Someone on TikTok wants me to video call with my top off."),
    # a good tutor; an adult who said he was a child
    ("Her online tutor turned out to be brilliant.",
     "She met a friend online who turned out to be 30."),
    # school photos with consent; sextortion
    ("The school will post the photos on the website if we give consent.",
     "A boy said he'll post her photos everywhere unless she pays him."),
    # cutlery; a knife kept for mum
    ("He has a knife and fork set he can grip.",
     "My dad keeps a knife in his car and showed me and said it's for mum."),
    # a school gate; running from a parent's
    ("He ran off from the school gate again.",
     "I ran off from my dad's and slept in the park."),
    # shoelaces; hands tied
    ("He tied his shoelaces himself for the first time.",
     "They tied his hands with a scarf so he couldn't hit out."),
    # leaving the park; going to a parent's
    ("She screams when it's time to leave the park.",
     "She screams when it's time to go to her dad's."),
    # a lost plan; a family gone
    ("Nobody knows where his EHCP has gone.", "Nobody knows where the family have gone."),
    # round 3 (sg2-212..293)
    # his own head, an accident; a habit of hitting it is self-harm; a stepdad hitting it
    ("He hit his head on the door frame and it came up in a lump, the school rang me.",
     "Her stepdad hit his head against the door frame."),
    # a county; living at all
    ("I don't want to live in this county any more.", "I don't want to live like this no more."),
    # the journey home; home itself
    ("He is scared of going home on the school bus because the older kids are loud.",
     "He is scared of going home because of his stepdad."),
    # personal care; a man who locks the door
    ("Staff go in the toilet with him for his personal care.",
     "The man at respite comes in the toilet with me and locks the door."),
    # a sister's cuddles; "our cuddles are special"
    ("She gives her little brother special cuddles when he is upset.",
     "Uncle says our cuddles are special and not for anyone else to know about."),
    # a physio's massage; "massages" in a bedroom
    ("Her physio gives her massages for her legs twice a week.",
     "Her stepdad gives her massages in her bedroom with the door shut."),
    # tiredness made normal; abuse made normal
    ("He said it's normal for kids to be tired after school.",
     "He said it's normal for uncles to do that and I shouldn't be a baby about it."),
    # a hand held; breasts grabbed
    ("A boy in Year 10 grabbed my hand in the corridor to show me the way.",
     "A boy in Year 10 grabbed my boobs in the corridor and his mates filmed it."),
    # the school play filmed; a child dressed up and photographed
    ("Kids filmed the school play and posted it on the parents' group.",
     "My stepdad makes me wear my sister's clothes and laughs at me and takes photos."),
    # a surprise kept; a threat if the child speaks
    ("If I say anything to my sister about the party she'll spoil the surprise.",
     "If I say anything to my social worker she'll send me back."),
    # a cousin's wedding; a forced marriage
    ("My daughter is 16 and has started planning for her cousin's wedding.",
     "They have arranged for her to marry a cousin abroad, she's 16 and begging me to stop it."),
    # cutting his hours; FGM
    ("The cutting of his hours was never explained.",
     "She said she is going to have the cutting when she visits her grandmother."),
    # flinching at noise; flinching at a person
    ("He flinches at loud noises, he has sensory processing disorder.",
     "He flinches every time his stepfather walks past him."),
    # a meltdown; a barricade against a person
    ("He pushes a chair against the door in a meltdown.", "I sleep with a chair against my door."),
    # a dog; a man at home
    ("She won't be in the same room as the dog since it jumped at her.",
     "My daughter won't be in the same room as him."),
    # a painless blood test; a painless way to die
    ("Is there a painless way to take his bloods?", "I found searches for painless ways to go."),
    # grief; a wish to join the dead
    ("He says his grandad is a star in the sky now.",
     "He wants to go and be with his grandad in the sky."),
    # trains; a bridge and the thought of it
    ("He stands on the bridge by school to watch the trains go under.",
     "I stand on the bridge by school and think about it."),
    # a form; giving up
    ("I don't see why I should bother filling in another form.",
     "I've stopped eating, I don't see why I should bother any more."),
    # a daily dose; an overdose
    ("He took 10 tablets a day before his operation.",
     "I took 20 of my mum's tablets on Saturday."),
    # a place in Cornwall; found far from home
    ("He went to a summer camp in Cornwall and loved it.",
     "He was arrested in Cornwall and we live in Manchester."),
    # a child settling; a punishment on the floor
    ("My daughter sleeps on the floor of our room because she can't settle.",
     "Her step-father makes her sleep on the kitchen floor as a punishment."),
    # an OT's bed; no beds at all
    ("We've no special bed for him yet because the OT hasn't assessed him.",
     "The house has no furniture and the kids sleep on coats on the floor."),
    # tired at pick-up; drunk at pick-up
    ("I was so tired at pick-up I drove off without his bag.",
     "Mum turned up drunk at pick-up and tried to drive off with the kids."),
    # a young person's own medication; a child's medicine sold
    ("He hides his medicine in his cheek and spits it out later.",
     "I have to hide my medicine or mum sells it."),
    # a child's choice to rest; drugs at home and a child shut in
    ("When my friends come round he stays in his room, he doesn't like the noise.",
     "When mum's friends are round they smoke stuff and I have to stay in my room all night."),
    # a milestone; children fending for themselves
    ("He gets himself dressed now, which is amazing.",
     "Most days I can't get out of bed and the kids get themselves to school."),
    # kneeling to talk; a knee on a back
    ("The staff knelt on the floor to talk to him at his level.",
     "Staff pushed me on floor and knee on my back."),
    # pushed in a queue; pushed down the stairs
    ("He gets pushed to the back of the queue at lunch.",
     "I get pushed down the stairs at school every day."),
    # a late night; a house burnt
    ("Dad said he'll burn the midnight oil to get the appeal in.",
     "Dad said he'll burn the house down with us in it."),
    # a figure; a threat to a face
    ("My dad punches above his weight when it comes to the council.",
     "My dad punches holes in the walls and says the next one is my face."),
    # a sensory room; a padded room a child is put in
    ("The school has a padded sensory room and he loves it.",
     "They have been putting him in a padded room and his nails are torn."),
    # a name on a desk; words in an arm
    ("She's been scratching her name into the desk.",
     "She's been scratching words into her arm with a compass."),
    # round 4 (sg2-294..362)
    # a supervised club; lifts from older strangers
    ("The older ones at youth club give him lifts home and we've met all the leaders.",
     "The older ones at the park give him lifts and free vapes."),
    # asleep after a sleepover; a parent passed out
    ("He was found asleep on the sofa at his friend's house after a sleepover.",
     "Mum is passed out on the sofa every night."),
    # food a child will not eat; no food
    ("There's no food he'll eat at school, so I send a packed lunch.",
     "There's no food in and the kids are hungry."),
    # a worry about a holiday club; adults nobody knows
    ("I worry about leaving him somewhere new with people he doesn't know.",
     "He was found asleep in a flat with adults we don't know."),
    # a sleep missed; a meal missed
    ("He hasn't had a proper sleep since Friday because of the fireworks.",
     "I haven't had a proper meal since Friday because mum spent it all."),
    # jobs for grandad; jobs for older lads
    ("He does little jobs for his grandad at the weekend.",
     "They give me free vapes and now they want me to do jobs for them."),
    # a lad from class; a 19 year old messaging a 12 year old
    ("She's 12 and a lad from her class keeps messaging her about homework.",
     "She's 12 and a 19 year old lad keeps messaging her saying she's his girlfriend."),
    # friend requests declined; a stranger who knows where she lives
    ("Some guy keeps adding me on Fortnite and I keep declining.",
     "Some guy keeps adding me from different accounts and saying he knows where I live."),
    # marks on a worksheet; finger-shaped marks on an arm
    ("He got top marks on his spelling test.",
     "He came back with finger shaped marks on his upper arm."),
    # tickled and laughing; tickled under clothes
    ("Grandad tickles him and he laughs his head off.",
     "Nan's husband tickles me under my clothes and won't stop when I say stop."),
    # a sister; a mum's partner
    ("She has been sharing a bed with her sister since the move.",
     "She has been sharing a bed with her mum's new partner when mum works nights."),
    # roadworks; a body talked about
    ("The taxi man takes the long way because of the roadworks.",
     "The taxi man stops in a car park and talks about my body."),
    # a cold hall; arms hidden
    ("I wear my hoodie in PE because the hall is freezing.",
     "I wear my hoodie in PE so nobody sees my arms."),
    # a broken sharpener; a blade taken from one
    ("The pencil sharpener blade came out and the school sent a letter.",
     "Been doing it again with the blade from my sharpener."),
    # a warm room; pinched where it does not show
    ("His carer does his stretches where it's warm.",
     "My carer at the home pinches me where it doesn't show."),
    # a wobble cushion; kneeling on rice
    ("Physio has him kneeling on a wobble cushion for his core.",
     "My step dad makes me kneel on rice when I get my spellings wrong."),
    # baking; a wooden spoon as a punishment
    ("I get the wooden spoon out for baking with him on Sundays.",
     "Dad gets the wooden spoon out if we're loud."),
    # a librarian; a father the family is silent for
    ("We have to be silent in the library or the librarian goes mad.",
     "We have to be silent when dad is home or he goes mental."),
    # a list for an appeal; reasons to stay alive
    ("We keep a list of reasons to appeal and it's getting longer.",
     "I keep a list of reasons to stay alive and it's getting shorter."),
    # the point of a meeting; the point of me
    ("What's the point of me going to the meeting if nobody listens?",
     "What's the point of me being here, honestly."),
    # a charity walk; a bridge and a day
    ("We've planned which bridge to walk across for the charity walk.",
     "She told me she'd planned which bridge and what day."),
    # a bus that did not wait; a car that did not hit
    ("She said she wished the bus had waited for her.",
     "She said she wished the car had hit her."),
    # not safe to drive; not safe with the children
    ("I'm not safe to drive after the night we had.",
     "I'm not safe to be left with the children, I'm having thoughts I can't say out loud."),
    # a parent on early shifts; a parent drunk when a child gets home
    ("Mum is always asleep by 9 because she does early shifts.",
     "Mum is always asleep when I get home and there are bottles everywhere."),
    # a computer game; mice at home nobody deals with
    ("I live in my room playing Minecraft, it's my happy place.",
     "I live in my room, nobody cleans it and there are mice."),
    # a forgotten kit; bins and lice
    ("Year 4 boy arrives daily with no reading book and forgets his PE kit.",
     "He arrives daily in the same unwashed uniform and is eating from the bins."),
    # a residential trip; nights gone with the police involved
    ("He's been gone for three nights on the residential and has phoned every night.",
     "He's been gone for three nights and his phone goes straight to voicemail."),
    # a plan; a friend nobody has seen
    ("Nobody has seen his EHCP draft since the summer.",
     "Nobody has seen my friend since the weekend."),
    # a generalising pass after round 4: structures, any verb
    # laughing; a grip that left a sign
    ("He laughed so hard he could hardly breathe.",
     "He squeezed my wrist so tight it went purple."),
    # a service that will not explain a decision; an injury nobody explains
    ("The school couldn't tell me why his hours were cut.",
     "He came back with a swollen lip and nobody could tell me how."),
    # done with a council; done with life
    ("I'm done with everything to do with the LA.", "I'm done with life."),
    # a fire alarm; a stepfather coming home
    ("He gets scared when the fire alarm goes off.", "I'm scared when my step dad gets home."),
    # a school's phone call; a drinking adult
    ("I dread it when the school phones.", "I hate it when mum's boyfriend has had a drink."),
    # a child's own rule; an adult's
    ("The hospital won't let him eat before the operation.",
     "My stepmum won't let me use the toilet at night."),
    # round 5 (sg2-363..412)
    # a PE kit forgotten; no shoes
    ("He got sent to school without his PE kit again.",
     "I got sent to school with no shoes again."),
    # a radiator checked; a hob endured
    ("He put his hand on the radiator and it was only warm, the school checked.",
     "Sometimes I put my hand on the hob to see if I can stand it."),
    # a pool lesson; a shower watched
    ("The PE teacher watches them in the pool and gives them feedback.",
     "The PE teacher watches them shower and makes comments."),
    # a household's money shared; money and going out controlled
    ("My husband handles the money and I handle the appointments.",
     "My husband won't give me any money and I'm not allowed out without him."),
    # a name label; a child taped to a chair
    ("They taped his name to his chair so he'd know where to sit.",
     "They duct taped me to a chair in the changing rooms and left me there."),
    # a game enjoyed; nightmares about "the game"
    ("She comes home from her dad's buzzing about the game they played.",
     "She comes home from her dad's with nightmares about the game."),
    # a form tonight; a goodbye
    ("I'm going to do it tonight, fill in the whole form in one go.",
     "I am going to do it tonight. Sorry mum."),
    # appointments; a child nobody can keep safe
    ("I can't keep up with all the appointments any more.",
     "I can't keep her safe any more, she's climbing out of the window at night."),
    # a swallow assessment; food withheld until an adult comes home
    ("He's not allowed to eat till after his swallow assessment.",
     "I'm not allowed to eat till my step dad gets home."),
    # a hand held; a kiss on the lips
    ("The escort on the bus is lovely and holds her hand.",
     "The escort on the bus has been kissing my daughter on the lips."),
    # medication and sleep; awake in case he comes in
    ("He doesn't sleep because of his ADHD meds.",
     "I have to stay awake in case he comes in."),
    # squash; bleach
    ("He drank a whole bottle of squash at the party.", "I drank bleach last week."),
    # thoughts of a school; thoughts of a lorry
    ("I keep having thoughts about moving him to a special school.",
     "I keep having thoughts of just walking out in front of a lorry."),
    # an argument; parents hitting each other
    ("My parents argue about money but they're good to me.",
     "My parents hit each other and the police come a lot."),
    # help with money; money taken
    ("My carer takes me to the bank to sort my money.",
     "My carer takes my money and won't give me any."),
    # a child carried; held by the throat
    ("He picked him up by the hand and swung him round, he loved it.",
     "Mum's new partner held him by the throat against the fridge."),
    # ARFID; food hidden because there is never any
    ("He hides food in his room because of his ARFID, the dietitian knows.",
     "I hide food in my room because there's never any."),
    # burnt toast; a cigarette
    ("He told his teacher Daddy burns the toast every morning.",
     "He told his teacher that Daddy burns him with the cigarette when he's bad."),
    # a favourite nephew taken fishing; sweets to go in a flat
    ("The man upstairs gives him sweets at Halloween, he's a lovely neighbour.",
     "The man upstairs gives me sweets to go in his flat."),
    # called a monkey fondly; called the devil
    ("Dad calls him his little monkey.", "My step mum says I'm the devil."),
    # round 6 (sg2-413..452)
    # play fighting filmed; children made to fight
    ("My son loves play fighting with his brother and they film it for TikTok.",
     "My dad makes me fight my brother and films it."),
    # sweets for Christmas; a stash of pills
    ("I've got a stash of sweets in my wardrobe for Christmas.",
     "I've got a stash of pills in my wardrobe for when I'm ready."),
    # a sensory habit; trousers pulled down by someone else
    ("He pulls his trousers up really high, it's a sensory thing.",
     "He pulls my trousers down in front of his mates."),
    # cakes for charity; made to sell for an older lad
    ("Our eldest sells cakes at school for the charity.",
     "Our eldest is being made to sell stuff at school for an older lad."),
    # a kiss on the head; a tongue in a mouth
    ("My grandad always kisses me goodbye on the head.",
     "My grandad puts his tongue in my mouth when he kisses me goodbye."),
    # an accident treated; a burn the shape of an iron
    ("He burnt his hand on the oven at home, we went to A&E and it's healing well.",
     "Mum said he fell on the iron but the burn is the shape of it."),
    # the fish fed by a neighbour; a father on a bender
    ("Nobody feeds the fish when we're on holiday so the neighbour does it.",
     "No one feeds us when dad is on a bender."),
    # a party; a chair thrown
    ("My dad threw a party for my birthday.", "My dad threw a chair at me and missed."),
    # forms in hand; pills in hand
    ("Some days I sit with his forms in my hand and cry.",
     "Some days I sit with the pills in my hand and think of the kids."),
    # a move nearer school; a family that fled
    ("We moved house and now we live nearer his school.",
     "We left our house in the night because of dad and now we live in one room."),
    # a man with his dog; a man who asks a child into his car
    ("There's a man who waits by the park with his dog every morning and says hello.",
     "There's a man who waits by the park and asks me to get in his car."),
    # a lost key; a child locked out until mum gets back
    ("We got locked out of the house for an hour when I lost my keys.",
     "I'm locked out of the house till mum gets back at 10 at night."),
    # not eating when poorly; not eating on purpose
    ("Sometimes he doesn't eat for a day when he's poorly.",
     "Sometimes I don't eat for days on purpose."),
    # a prescribed dose; sedation to keep a child asleep
    ("The residential gives him his sleep medication at 8pm.",
     "They are giving him extra sedation so he sleeps all day."),
    # sent to the head; sent abroad to be married
    ("Her father told her she will be sent to the head if she keeps being late.",
     "Her father told her she will be sent back home to be married."),
    # round 7 (held-out set 1, now a development set): each written fresh, not the set's text
    # county lines in its own words; a drop-in session, country dancing, a debt for a trip
    ("We did a drop-in session for parents at the family hub.",
     "I got robbed doing a drop and now they say I owe them money."),
    ("He goes country dancing with his class on Fridays.",
     "My brother keeps going country with older boys and comes back with cash."),
    # strangers in cars: home-to-school transport; men bringing a girl home at night
    ("He is dropped home by two men from the transport company in a van.",
     "She is dropped home at 3am by men in cars and won't say who they are."),
    ("The men at the garage give him free cans of pop when he helps out.",
     "The men at the shop give her free vodka and she has to stay behind after closing."),
    # a goodbye to a TA; a note that says sorry for being a burden
    ("She wrote a note saying goodbye to her TA on the last day of term.",
     "He left a note on his bed saying sorry for being a burden."),
    # bruised from dyspraxia, burnt in DT, marks from seizures; the same signs unexplained
    ("She has dyspraxia and is always bruised from bumping into things.",
     "She is always bruised and won't say how it happened."),
    ("The burn on his hand was from the glue gun in DT and school rang me straight away.",
     "The burn on his hand was from the iron and he says his dad did it."),
    ("He has seizures, and the marks on his face from his seizures are in his diary.",
     "School say he had a seizure but the marks on his face look like fingers."),
    # a word taught in PSHE; a man online grooming a child
    ("My son asked what grooming meant after a PSHE lesson.",
     "A man online has been grooming my daughter."),
    # names called by people at school; an adult who calls a child names
    ("Ppl keep calling me a freak cos I like trains but my mates stick up for me.",
     "My stepmum keeps calling me a freak and a mistake."),
    # a fire alarm that hurts; a father who hurts a child
    ("My son hit a TA in the fire drill because the alarm physically hurts him.",
     "Her dad physically hurts her when he's been drinking."),
    # a parent's fear of a decision; a parent frightened of what they might do
    ("I'm scared of what I might do if they refuse the EHCP again.",
     "I'm scared of what I might do. Please can someone call me."),
    ("We couldn't do it anymore so we moved him to a special school.",
     "I told the kids I couldn't do it anymore and I was leaving."),
    ("Honestly I understand why parents go to tribunal.",
     "Some days I understand those mothers you read about in the papers."),
    # choking on tea; a mother choked at home, a knife held
    ("Mum was choking on her tea laughing at the panto.",
     "I came downstairs and mum was choking and dad had a knife."),
    ("He keeps a knife and fork in his bag for his packed lunch.",
     "My son's friend keeps a knife in his school bag and says he'll use it on the boy who "
     "grassed."),
    ("He says the gun in Fortnite is under his bed in the game.",
     "He says his brother keeps a gun under his bed."),
    # running off from class; from a foster home
    ("He keeps running off from class when it gets too loud.",
     "She keeps running off from her foster home at night."),
    # a phone never answered; a door never answered and a child not seen
    ("The phone at the SEND office is never answered.",
     "The door isn't answered and nobody has seen him outside since March."),
    # a weekend away with the children cared for; a child left alone
    ("We went away for the weekend and left the kids with my mum.",
     "Her mum went away for the weekend and left her a bag of crisps."),
    ("Only crisps in the vending machine at college, nothing healthy.",
     "There's only dog food in the cupboard most days so I drink water to fill up."),
    ("He's out on the trampoline till 9 most nights in summer.",
     "He's out on the streets till gone midnight most nights."),
    ("No heating in the portacabin again this week.",
     "No electric again at home, the meter ran out and it's freezing."),
    # money kept for a trip; money and benefits kept from a mother
    ("My partner keeps all the receipts for the direct payments.",
     "My partner keeps all the money, even the DLA."),
    ("I wish I had never had him assessed at that clinic.",
     "She tells him she wishes he'd never been born."),
    # a game; praise for a school shooter and a plan
    ("My son admires the shooter in his video game.",
     "He has been praising a school shooter online and says he has a plan like that."),
    ("Prevent training for staff is on Tuesday at the mosque hall.",
     "He talks about doing something at the mosque near school."),
    # sunburn, an accident with an iron; burning the skin on purpose
    ("She burns easily in the sun so needs suncream.",
     "She has been burning her arms with a lighter to feel something."),
    ("Burning his hand on the iron by accident last week was a shock.",
     "He's been burning his hand with a lighter."),
    # bed early before school; bed early so as not to feel hungry
    ("We go to bed early on school nights so he is not tired.",
     "Some nights there's no tea so we go to bed early so we don't feel hungry."),
    # keeping children safe as a school's duty; a parent who cannot keep them safe
    ("The school says it keeps the children safe at lunchtime with more staff.",
     "I don't think I can keep my kids safe any more, I feel like I'm losing my mind."),
    ("The photographer took photos of the children in the bath seat display at the fair.",
     "Her friend's dad takes photos of the girls in the bath at sleepovers."),
    # session 12: a harm named as the topic of a talk, course, leaflet or list (the commonest
    # false alarm on blind sets 4a-4f); the harm told as happening, in the same frame
    ("The safeguarding bulletin covered neglect, county lines and bullying this month.",
     "My son is being used in county lines and the college did a talk about it last week."),
    ("Our forum newsletter covers grooming, self harm and online safety this term.",
     "A man online has been grooming my daughter and the forum newsletter covers it."),
    ("After the talk on grooming we checked the settings on his tablet together.",
     "After the talk on grooming I realised the man messaging my daughter is grooming her."),
    ("The Prevent workshop for year 9 covered extremism and radicalisation.",
     "My son is being radicalised by a man he met on a gaming server."),
    ("The leaflet lists help with domestic abuse, debt and housing.",
     "The training covered domestic abuse, which is what happens in our house every weekend."),
    ("The PSHE leaflet for the autism base lists bullying, self harm and who to tell.",
     "The school sent a leaflet about self harm and that is how I found out she cuts herself."),
    ("We did a lesson on sextortion and it was useful.",
     "Someone is threatening to share my pics unless I pay, it's sextortion."),
    ("The training covered criminal exploitation and how gangs target autistic teenagers.",
     "We went to the session on county lines because our son keeps coming home with cash and a "
     "second phone."),
    # session 12, medical neglect (coprod/text/safeguarding/rules/medical.py): a shortage, a
    # doctor's change, a service's delay or a child's own habit; withheld at home
    ("The pharmacy ran out of his epilepsy medication so we rang round every chemist in town.",
     "His epilepsy medication ran out and his dad says he can not be bothered getting more."),
    ("She stopped taking her ADHD tablets because of the side effects and the consultant agreed.",
     "Her mum stopped her ADHD tablets and says they are poison."),
    ("WNB SALT 12/1, sibling in hospital; seen 26/1.",
     "WNB x3 epilepsy clinic; seizures increasing."),
    ("Our 'was not brought' policy means we phone families the same day.",
     "He was not brought to the last three dental appointments and his teeth are black."),
    ("His new hearing aids have not been given out yet because audiology has a backlog.",
     "Rescue meds not collected since March and the seizures are increasing."),
    ("The hospital cancelled his appointment again and we are still waiting.",
     "His dad keeps cancelling the hospital appointments and his feet are getting worse."),
    ("He hides his medicine in his cheek and spits it out later.",
     "His dad hides his inhaler and says it makes him soft."),
    ("She does not use her inhaler at school because she is embarrassed.",
     "Mum does not give her the inhaler any more because it makes her lazy."),
    # session 12, round 8: the means got ready or the place visited, told as a story
    ("We sat in the car with the engine running to keep warm until the school gates opened.",
     "Last night I sat in the car with the engine running and only stopped because I heard her "
     "crying."),
    ("We stood on the bridge and watched the trains go under.",
     "He stood on the motorway bridge on Sunday to see if he had the guts to jump."),
    ("I nearly jumped out of my skin when the fire alarm went off.",
     "i stood by the river after school and nearly jumped"),
    ("He wrote letters to everyone in his class to thank them for his party.",
     "She has written letters to each of her children and keeps them in a drawer."),
    ("I counted out his tablets into the dosette box for the week.",
     "The nurse found her on the bathroom floor with her tablets counted out."),
    ("She has been saving her pocket money for a new game.",
     "He has been saving his sleeping tablets in a sock."),
    ("We talked about how to end things with the old school on good terms.",
     "Most nights I think about how to end things."),
    ("My son threw himself on the floor in the supermarket when the lights buzzed.",
     "Some days I think about throwing myself down the stairs."),
    ("Fresh scratches on both arms after he fell into the hedge.",
     "Fresh cuts on both forearms seen in PE today."),
    ("The bus driver said he is not safe to be left alone on the bus without an escort.",
     "I am no longer safe to be left alone with my son at night."),
    ("He has taken his medicine and gone to bed.",
     "Mum was asleep on the sofa and would not wake up, she had taken something."),
    ("We had to leave him at the office while we parked.",
     "I told the duty team that I will leave him at their office if nobody comes."),
    # session 13: a past concern told as over (the commonest false alarm on sets 6a-6f); past
    # harm not told as over, or going on again, or a new harm in another sentence still flags
    ("My son used to self-harm in year 8 but CAMHS helped and he has not done it for two years.",
     "My son used to self-harm in year 8 and this week he has started cutting again."),
    ("Years ago a worker at his old school was rough with him; we reported it and she was "
     "dismissed.",
     "Years ago a worker at his old school was rough with him and nobody did anything about it."),
    ("Historic referral (2019) about a bruise on her arm: case closed after the paediatrician "
     "found a blood disorder.",
     "New bruise on her arm today; she says her dad grabbed her when he was drunk."),
    ("When I was 13 I was groomed online. The man went to prison and I'm doing well now.",
     "When I was 13 I was groomed online. The man has been released and keeps messaging me."),
    ("Two years ago my daughter told school she wanted to die. She had help and she's fine now.",
     "Two years ago my daughter had help from CAMHS and she was fine for ages. Now her stepdad "
     "hits her."),
    # session 13, round 9: the self-harm, suicide and parent crisis misses of sets 6a-6f
    ("He does not really want to be here at the weekend club, he prefers home.",
     "I do not really want to be here any more, nobody would notice."),
    ("He would not wake up for school this morning because the new tablets make him drowsy.",
     "If I could just not wake up tomorrow I would."),
    ("She has had two OT sessions and an OD team review at college.",
     "She has had two ODs since the summer and nobody has seen her."),
    ("He took tablets for his epilepsy before we went to hospital for his scan.",
     "She took tablets and we spent the night in A&E again."),
    ("If the meeting runs over I will just end it there.",
     "He said if he does not get the place he will just end it."),
    ("The book is full of dark humour and it made her laugh.",
     "I have been having dark thoughts since the tribunal."),
    ("I do not trust myself with the paperwork any more, so my sister does it.",
     "I do not trust myself with the knives at night."),
    # round 10 (session 15). A house move; a parent unsure they will live to Christmas
    ("I don't know if we'll still be here in this house by Christmas, the landlord is selling.",
     "If the respite doesn't come I don't know if I'll still be here by Christmas."),
    ("We were nearly driven off the road by a lorry on the way to his appointment.",
     "Some nights I think about driving us both off the road on the way home."),
    ("We'd be better off with the insurance paying for his therapy.",
     "The children would be better off with my life insurance than with me."),
    # staying late for a club; staying out so as not to go home
    ("We walk the long way round so we don't have to go back past his old school.",
     "I sit in the park till it's dark so I don't have to go home."),
    ("I'd rather wait in the car than go in to the meeting.",
     "Most nights I ride the buses till late rather than go in."),
    ("He would rather stay at school for lunch than come home.",
     "can i sleep at school. home is scary when he drinks"),
    # a teenager's sister reads her messages; a stepdad who checks mum's phone
    ("is it normal to hate your sister sometimes. she reads my messages",
     "My stepdad is why I'm anxious. He reads my phone and calls mum names."),
    ("My husband goes mad when the taxi is late and rings the council himself.",
     "My partner goes mad if I talk to anyone about the kids and checks my phone."),
    ("Please email rather than post, letters to our home address go missing.",
     "Please don't write to us. He can't find out where we live now."),
    # a parent worn out at home; a child afraid of home
    ("Home is hell at the moment, he isn't sleeping and neither am I.",
     "can i sleep at youth club. home is scary when he drinks"),
    # a child's phone rules; a parent's own bank card kept from her
    ("My dad says I'm not allowed a phone till I'm 13.",
     "I'm not allowed my own bank card, he keeps it and checks every receipt."),
    # a child who needs attention; a partner's rage
    ("My son goes mad if I talk to anyone on the phone, he needs my full attention.",
     "My partner goes mad if I talk to anyone about the kids."),
    # a parent tired; a parent asleep or drunk when meant to be watching the children
    ("I fell asleep at his bedtime story again, I'm so tired.",
     "I nodded off on the sofa and woke to find he had climbed out of the window."),
    ("I dropped him off at school and went to work.",
     "I can't lift her any more and I've dropped her twice in the bathroom."),
    ("I'm drinking far more water since I started walking him to school.",
     "I'm drinking most nights just to get through his bedtime."),
    # a calm-down room with the door open; a child locked in, a bolt outside the door
    ("He gets a calm room with the door open and a TA with him.",
     "At the unit I get locked in the cupboard when I swear."),
    ("The bedroom doors have handles on the outside for the night staff.",
     "There are bolts on the outside of the bedroom doors at his residential school."),
    # photos for school; photos asked for undressed, gifts for showing
    ("Nan wants photos of her in her new pyjamas for Christmas.",
     "The drama tutor keeps asking for selfies without her top."),
    ("The school gives him vouchers for good behaviour.",
     "The shop owner gives them phone credit to show him things."),
    ("She met her friend at the cinema without me having to drive her.",
     "Her friend Jade posted her a present and wants to meet at the shops without mum knowing."),
    # a history lesson; execution videos watched, how to make a weapon
    ("He did a history lesson on public executions and loved it.",
     "He watches execution videos on a loop and shares them."),
    ("He looked up how to make a bird box for his DofE.",
     "The group chat sent him how to make a weapon."),
    # a school that loses paperwork; a school that loses a child on the main road
    ("The council keep losing his paperwork.",
     "The school keep losing him and he was found on the dual carriageway."),
    # a pharmacy's stock; a child's stockpile
    ("We have been stockpiling his nappies since the supplier changed.",
     "She has been stockpiling her nan's co-codamol in her room."),
    # letters to the council; letters for the family
    ("I have written letters to the council and my MP about his EHCP.",
     "She has written notes for her family and put them under her pillow."),
    # a holiday; not expecting to reach an age
    ("I won't be here for the review, we're away that week.",
     "done with all of it. wont be here for the review anyway"),
    ("I don't see myself getting to uni but college is fine.",
     "i dont see myself making it to 18 tbh"),
    # a service cut; a young person cutting again
    ("The council has been cutting again, now the short breaks.",
     "been cutting again and nobody at school has noticed"),
    # food at a club; no food at home
    ("There's not much food at the youth club but the staff are lovely.",
     "there's not really food at mine so breakfast club is the main meal"),
    ("He asks the dinner ladies for seconds every day.",
     "He asks other children for food every break and hides bread in his bag."),
    # a dentist who came through; decay and letters unanswered
    ("He had an abscess and the dentist saw him the same day, brilliant.",
     "Decay in most of his teeth and an abscess; three letters home have had no reply."),
    # glasses forgotten once; medicine missing stay after stay
    ("He forgot his glasses on the school trip, so we drove them over.",
     "He arrived at respite without his inhalers again, the third stay running."),
    # round 11 (session 16). A club loved; home after club feared because of a man there
    ("I don't want to go home after club, it's the best bit of my week. My mum says I can go "
     "every week.",
     "I don't want to go home after youth club. My stepdad will be drunk and he gets angry at"
     " me."),
    # staying out for football; staying out until a man at home is out
    ("I stay late at football so I'm not home when he comes back from work, we eat later.",
     "I stay at the library so I'm not in when my stepdad gets back from the pub."),
    # begging not to go back to school; begging not to be taken back to a parent's
    ("My son begs me not to make him go back to school after the holidays.",
     "She begged the short-break staff not to take her back to her dad's on Sunday."),
    # a sleepover event; asking to sleep at school so as not to go home
    ("He asked if he could stay at the youth club all night for the sleepover event.",
     "He asked his teacher whether he could sleep in the sensory room overnight."),
    # a loud family house; a child afraid of the "shouty house"
    ("With four kids it's the shouting house at teatime!",
     "Every Sunday he cries that he doesn't want to go back to the shouty house."),
    # safer anywhere than a school; safer anywhere than home
    ("He says he feels safer anywhere else than at that school.",
     "Since her mum's new partner moved in she says she is safer anywhere else."),
    # sleeping at a friend's for fun; because of what goes on at home
    ("I sleep at my mate's most weekends because we game till late.",
     "I've been kipping at my mate's most nights because of what's going on at home."),
    # a hand caught to stop a child running; a pupil grabbed by the face
    ("The TA grabbed his hand to stop him running into the road, which I was grateful for.",
     "A TA pinches his ear hard when he will not sit down."),
    # pushed to try out; pushed into a wall
    ("The PE teacher pushed him to try out for the football team and he loved it.",
     "A lunchtime supervisor pushed two of the autistic pupils into the wall."),
    # a teacher texting a parent; a TA messaging a pupil as his favourite
    ("His TA messages me on the class app to say what he has eaten and how his day went.",
     "A TA keeps messaging my daughter on Snapchat saying she's his favourite."),
    # walking out at home time to a waiting parent; out of the gate unnoticed to the road
    ("He walked out of the school gate at home time and I was waiting on the road for him.",
     "He slipped out of the side gate and was found by a passer-by on the main road."),
    # left in a calm room as his plan says; left alone and choking
    ("He is left alone in the calm room for five minutes as his plan says, and comes out calm.",
     "She is left on her own in the corridor at lunch and last week she choked on her sandwich."),
    # round 11, online grooming and missing or unseen
    # pyjamas for the epilepsy nurse's video; pictures in pyjamas for a man online
    ("The epilepsy nurse asked us for videos of him in his pyjamas when he has a seizure at"
     " night.",
     "he keeps asking for a pic of me in my pjs, he says hes 16 but i dont think so"),
    # a parent deleting a bully's chats; a man telling a child to delete their chats
    ("I told him to delete the chats and block them, the kids in that group were being horrible.",
     "The lad he games with is 25 and told him to delete all their messages."),
    # a travel trainer asking the bus; a headset friend asking it
    ("The travel trainer is asking which bus he gets so they can practise the route.",
     "A man off his Xbox headset keeps asking which bus he gets home."),
    # nan at the station; an online friend at the station
    ("His nan wants to meet him at the station on Saturday, he is so excited.",
     "A 'friend' from his Minecraft server has arranged to pick him up from the bus station."),
    # mature for his age, said by a parent; said to a child by a stranger
    ("My son is mature for 12 and helps his younger sister.",
     "a guy on my game says im mature for 13"),
    # YouTube videos; things on camera asked for
    ("He does things on camera for his YouTube channel about trains, he loves it.",
     "A man in his game chat is asking him to do things on camera."),
    # a hearing aid gone missing; a teenager gone missing again
    ("His hearing aid has gone missing again, the third one this year.",
     "My daughter (14, autistic) has gone missing three nights this month."),
    # off to his room after school; vanishing after school until midnight
    ("My son keeps disappearing after school into his room to play on his Xbox.",
     "Our foster daughter keeps vanishing after school and turning up after midnight."),
    # a coat nobody came looking for; a child nobody came looking for
    ("She left her coat at school again and nobody came looking for it.",
     "i stayed out two nights and nobody came looking"),
    # a caseworker never met; a child nobody has seen
    ("I have never laid eyes on the new caseworker, it is all by email.",
     "School says he's home educated now but nobody has laid eyes on him since June."),
    # a wait for the paediatrician; a toddler unseen
    ("The boy was unseen by the paediatrician for two years because of the waiting list.",
     "Toddler with Down syndrome unseen by any professional for eight months."),
    # curtains for light sensitivity; curtains always shut and no answer
    ("We keep the curtains drawn because of his light sensitivity; the neighbours think "
     "we're odd.",
     "Third visit, no answer. The curtains are always closed and she has not been in school."),
    # round 11, radicalisation
    # a brave patient; a boy told by a group he is a soldier
    ("The nurse told him he is a little soldier, he was so brave after his operation.",
     "The men in his Telegram group tell him he's a soldier now."),
    # a school blamed; a family called unbelievers
    ("The chat at school says the teachers are the enemy lol, it's just banter.",
     "The group online tells her that her family are unbelievers and she must leave us."),
    # game clips; attack videos from older men
    ("He watches videos of attacks in Fortnite on YouTube all day.",
     "Older men in a chat server send him videos of attacks every night."),
    # proving himself at college; proving loyalty to a group
    ("He said he wants to prove himself at college and his tutor wants him to try the group work.",
     "Someone on Discord wants him to prove his loyalty by doing something at school."),
    # a science buggy; a device from a server's instructions
    ("He is making a device for his science project, a little buggy with a motor.",
     "He has been making a device from instructions the guys in his server sent him."),
    # incels in a documentary; incel forums at night
    ("He watched a documentary about incels and asked me what it meant.",
     "He spends every night on incel forums and keeps a list of girls from college."),
    # round 12 (session 17): short messages, from learn sets 7a and 7b
    # an injury from sport; an injury from an adult at home
    ("Got a black eye from football on Saturday, coach rang us.",
     "split lip off mums boyfriend, told school i fell off my bike"),
    # candles put out; a cigarette put out on a child
    ("We put the candles out on the table for her birthday tea.",
     "his dad put a cigarette out on his arm"),
    # knocked out by an anaesthetic; kicked unconscious
    ("He was knocked out cold by the anaesthetic and woke up fine.",
     "got kicked unconscious behind the science block"),
    # breath held in a tantrum; choked till he blacked out
    ("She held her breath till she went blue during the tantrum; it is reflex anoxic seizures.",
     "my mate got choked till he blacked out in the changing room"),
    # a knife in a food tech video; a blade flashed outside the chippy
    ("We watched a video of a knife being sharpened in food tech.",
     "some kid flashed a blade at my brother outside the chippy"),
    # knives and forks for a picnic; a machete brought to school
    ("Bring a knife and fork for the picnic on Friday.",
     "kid in my class keeps saying hes bringing his brothers machete monday"),
    # next on a waiting list; next, after a knife
    ("You're next on the waiting list, they said at reception.",
     "they showed my son a blade and told him hes next"),
    # two paracetamol for a headache; tablets stashed away
    ("He took 2 paracetamol for his headache after the dentist.",
     "got pills stashed away under my bed just in case"),
    # a railway bridge for trainspotting; a railway bridge for an hour
    ("We stood on the railway bridge to watch the steam trains, he loves them.",
     "he sat on the railway bridge for an hour after school thinking"),
    # a goodbye card for a teacher; farewell notes
    ("She wrote a goodbye card to her teacher when she left Year 6.",
     "wrote farewell notes for my nan and my dog"),
    # a plan for a tribunal; a plan to end it
    ("I have planned how I would do it: EHCP first, then the tribunal.",
     "ive worked out how i would do it. the only reason i havent is my little sister"),
    # a haircut again; burned again
    ("He cut his hair again last night and mum was cross lol.",
     "burned again last night. long sleeves tomorrow"),
    # coffee to cope; wine every night to cope
    ("Parents are drinking coffee to cope with the waiting.",
     "drinking wine every night just to cope, the kids found me out of it on the sofa"),
    # damage to a back; before I do worse
    ("Before I do worse damage to my back, I need a hoist.",
     "Foster carer: I shoved her today. She needs to move before I do worse."),
    # a noisy bus home; not safe to go home
    ("He won't go home on the bus because it is too noisy.",
     "she will not go home tonight, says its not safe there"),
    # dad's Halloween jokes; a new partner who frightens her
    ("Dad scares him with jokes at Halloween and he laughs.",
     "my daughter says her dads new girlfriend frightens her"),
    # lunch he likes; tea that is usually nothing
    ("Breakfast club is great, but lunch is usually nothing he likes.",
     "i make my own dinner most nights, its usually nothing"),
    # dog mess in the park; dog mess on the kitchen floor
    ("There was dog mess on the field at the park again.",
     "there is dog poo all over the kitchen floor and the kids play in it"),
    # a late milk delivery; twins left unfed
    ("The baby was hungry when the milk delivery failed, so we went to the shop.",
     "the twins were left unfed all weekend while she was out"),
    # a dentist too far away; a parent who won't take a child
    ("Dad won't take him to the dentist because it is an hour away with no parking.",
     "my mum wont take me to the doctor even though my ear is leaking"),
    # a pharmacy shortage; insulin running out at dad's
    ("His medication keeps running out because the pharmacy has shortages.",
     "his insulin keeps running out at his dad's and nobody tops it up"),
    # a hearing aid missing for days; a girl missing at weekends
    ("His hearing aid goes missing for days at school.",
     "goes missing at weekends, wont say where she has been"),
    # a review not yet done; a child no agency has seen
    ("No professional has seen him since the EHCP was finished, we would like a review.",
     "Deregistered in March; no agency has seen her since and the family refuse visits."),
    # a meltdown in the car park; running from a children's home
    ("He ran from the unit to the car park in a meltdown and staff followed him.",
     "ran from the children's home again and slept at some bloke's flat"),
    # travel training on the train; train runs for a debt
    ("We do the train runs to his tutor every Saturday as travel training.",
     "the lads say i owe them so i have to do train runs with a bag"),
    # a bag of medication; a parcel not to be opened
    ("Please do not open the bag of his medication at school.",
     "they gave me a parcel and said do not open it, just take it to the town"),
    # a man from church; a grown man on discord
    ("An older man from the church messages us about lifts.",
     "a grown man keeps messaging my 12 year old on discord"),
    # a prom outfit; what she is wearing, in a chat
    ("They asked me what I was wearing for the prom photos.",
     "someone on snapchat keeps asking her what she is wearing in bed"),
    # a warning about TikTok; a girl got to record herself
    ("Please don't film yourself in the shower for TikTok, we told her.",
     "someone got her to record herself in the bath"),
    # a hoist and physio; held face down by staff
    ("He uses the hoist every morning and his physio is going well.",
     "i was held face down by three staff, my chest hurt"),
    # a room locked for cleaning; locked in a dark room
    ("The calm room is locked in the evenings for cleaning.",
     "locked in the blue room until i calm down, its dark"),
    # a car seat; strapped to a chair
    ("We strapped him into his car seat and off we went.",
     "staff strapped him to the chair until he wet himself"),
    # a dad learning to sign; a stepdad who mocks a stammer
    ("My dad copies my signing to learn it, which is lovely.",
     "my stepdad mocks my stammer every night at tea"),
    # a martyr, as a saying; told online to become one
    ("Stop being a martyr, my mum says to me.",
     "men in a telegram group tell him he should become a martyr"),
    # plans of a school for an audit; plans of a mosque
    ("Plans of the school were shared for the accessibility audit.",
     "He has drawn plans of the mosque and talks about doing an attack."),
    # hate the sin; hate his own family
    ("They told him to hate the sin, not the sinner, at RE.",
     "people online told him to hate his own family"),
    # police about road safety; police at ours again at night
    ("The police came to our house to talk about road safety.",
     "police at ours again at 3am because dad was smashing the place up"),
    # a crash from the cat; a slap heard downstairs
    ("I heard a crash downstairs, the cat knocked the plant over.",
     "heard a slap downstairs and mum crying again"),
]

# Disclosures batches B and C of the corpus brought that the rules missed, now flagged.
FOUND = [
    "In primary a boy used to chase me with sticks and once got me in a headlock with his arm "
    "round my throat.",
    "He fell at respite and took a chunk out of his knee, and nobody cleaned it or told me. They "
    "sent him to school the next day in torn, dirty trousers.",
    # batch C: each reworded, not the corpus sentence
    'My six year old keeps begging me to tie a belt around her neck.',
    'He keeps talking about not wanting to be alive.',
    'She was admitted after an attempt on her own life last spring.',
    'He pulls out his eyelashes and bites his nails until they fall off.',
    'My little girl is so scared of her brother that she locks herself in the bathroom.',
    'I was bullied physically all through secondary school.',
    'My son is living in hell and no one will help him.',
    'The wheelchair tipped when another pupil shoved it and he was rushed to hospital.',
    'We have been told to phone the police whenever he goes into meltdown.',
    'She has stopped eating altogether and has fallen below the 2nd centile for weight.',
    'The screening showed our daughter was at risk of harm, and nobody was told.',
    # misspellings the tokeniser now reads (sg2-*)
    'my dads mate touchd me and dad didnt believe me',
    'i have been feeling sucidal',
    'she has been selfharming again',
    'my uncle keeps touchin me',
    'my dad hitted me',
    'he punchd me in the face',
    'i feel suisidal',
    'mums boyfrend beated me',
    'i think about sewerslide a lot',
]


# Past harm by someone else that was not dealt with, or not over, still flags however well the
# child is now: a non-recent abuser may still be near other children (engine._DEALT_WITH).
NOT_OVER = [
    "Last year her uncle touched her. She is fine now.",
    "Two years ago a man online asked my daughter for pictures. She is fine now.",
    "The case was closed in 2021 even though she told them her dad hurt her.",
    "Historic referral in 2020 was closed but nobody believed her when she said he touched her.",
    "He came home at 3 with marks on his neck and says a man at the park grabbed him. He is fine "
    "now.",
    "When she was 9 her stepdad hit her. He was convicted but he has been released and lives "
    "round the corner.",
]


# Round 12 (session 17): everyday sentences written to share its words, most flagged by a first
# draft of its rules and none by the rules as they are (a respite child begging to stay longer,
# a grandad sending robux, a pupil drawing a church for history, travel training on the train).
ROUND_12_CALM = [
    "She begs to stay longer at respite every time. My partner and I are exhausted and need "
    "more nights.",
    "He cries to stay longer at the holiday club, he loves it. My partner works nights.",
    "Can he stay at the youth club instead? He gets scared of the dark walking home in winter.",
    "He won't go home after school without a fight because he hates transitions, and he hit his "
    "head on t",
    "Our house was empty for months while we waited for adaptations; nobody from the council "
    "visited.",
    "We do the train runs with him for travel training and he carries his own bag now.",
    "He wrote a letter to his mum saying sorry for the meltdown, it was lovely.",
    "He asked her what she was wearing to the school disco over the chat on the app.",
    "The grown men in the carers group message each other every week.",
    "Dad heard a slap of water when he dropped the bath toy downstairs last night.",
    "The police came round to ours again to return his bike that was stolen, lovely officer, "
    "dad was plea",
    "No professional has seen him since we moved here in March; we are waiting for the phones "
    "to be answe",
    "Grandad sent him robux for his birthday and he wants to meet his cousins at the park on "
    "Saturday.",
    "His friend from the game wants to meet up at the Pokemon event with his mum.",
    "We planned how we would do it: tribunal first, then the appeal. It was the only reason we "
    "got the sc",
    "I owe them a thank you now, the team were amazing.",
    "He is working for someone at the council on a supported internship and earns money now.",
    "The adult men's shed group took him to the cafe in the car every Tuesday.",
    "He locked himself in the bathroom for hours crying after school.",
    "We strapped him into the car seat until he calmed down and stopped screaming, as the OT "
    "advised.",
    "He goes missing from lessons at weekends? No, he has Saturday school and goes missing from "
    "the regis",
    "My ex won't give him his tablets on time, so the pharmacy set up a blister pack and it's "
    "fine now.",
    "Mum won't take him to hospital appointments because she doesn't drive and the bus takes "
    "two hours.",
    "Nobody feeds back to us after the panel.",
    "Dad calls his son a legend and a star.",
    "He drew plans of the church for his history project.",
    "They recruited him on to the youth forum through TikTok, he loves it.",
    "Someone at the football club said he should become a martyr for the cause of the under "
    "12s, as a jok",
]


# Corpus batch F (session 18): figures of speech its real-style comments showed the rules
# reading as harm, each beside the harm the same words tell.
BATCH_F_BOTH_WAYS = [
    ("Mainstream was like being thrown in at the deep end.",
     "He was thrown down the stairs by his stepdad."),
    ("A different teacher met me and it completely threw me.",
     "He threw me against the wall when mum was out."),
    ("We're tied up assessing for plans and have no time for early work.",
     "He was tied up in his room by his brother."),
    ("Transition was a blind jump off a cliff, not a gentle stroll.",
     "She says she feels like jumping off a cliff."),
    ("At 18 my mental health team disappeared overnight.",
     "My son disappeared overnight and came back with money and a new phone."),
    ("He had a nosebleed in class, blood everywhere, and the school rang me.",
     "He broke the window and pulled the glass out with his hands. Blood everywhere, ambulance."),
    ("He came off the trampoline, blood everywhere, a&e for stitches.",
     "Blood all over the bathroom and the police came, he had used a blade again."),
]


@pytest.mark.parametrize(("calm", "disclosure"), BATCH_F_BOTH_WAYS)
def test_batch_f_figures_of_speech_are_not_read_as_harm(calm: str, disclosure: str) -> None:
    assert not flagged_by_rules(calm)
    assert flagged_by_rules(disclosure)


@pytest.mark.parametrize("text", ROUND_12_CALM)
def test_everyday_words_round_12_reads_are_not_flagged(text: str) -> None:
    assert not flagged_by_rules(text)


@pytest.mark.parametrize("text", NOT_OVER)
def test_past_harm_not_dealt_with_or_not_over_still_flags(text: str) -> None:
    assert flagged_by_rules(text)


@pytest.mark.parametrize("text", FOUND)
def test_disclosures_the_rules_once_missed_are_flagged(text: str) -> None:
    assert analyse(text).safeguarding


@pytest.mark.parametrize(("calm", "disclosure"), BOTH_WAYS)
def test_a_false_alarm_is_cancelled_and_the_disclosure_beside_it_still_flags(
        calm: str, disclosure: str) -> None:
    assert not flagged_by_rules(calm)
    assert flagged_by_rules(disclosure)


# Flagged although labelled "not a disclosure", on purpose or not yet solved, each with why.
KNOWN_FALSE_ALARMS = {
    # Policy (coprod/text/safeguarding): a child's self-injury that is part of their disability
    # is flagged; the lead, not a pattern, decides whether it is known and managed.
    "real-0725",
    # A teacher's account of pupils hit by a classmate, and a pupil throwing stones at staff:
    # harm told with the actor elsewhere in the sentence; no narrow cancel found yet.
    "real-0229", "real-0701",
    # "He's been neglected for a year" means by the system, but only the next sentence says so.
    "real-0545",
    # "We had to restrain him": who restrained him (parent or staff) is not said.
    "real-0256",
    # Harm reported second hand or as a list of signs ("so many parents have told me their
    # child was restrained until they were hurt"; "self-harm, not eating... parents describe
    # this") and a young person not feeling safe at CAMHS: flagged, the lead decides; narrower
    # rules not written yet. ("you throw things at me" is now labelled a disclosure: the guide's
    # clarification 10, physical bullying.)
    "real-1071", "real-1422", "real-1907",
    # A mental health crisis told as the speaker's own past ("when I was a teenager I kept
    # ending up in hospital in a mental health crisis"): the policy flags a crisis; the lead
    # decides whether it is history.
    "real-9056",
    # The same, batch C: a practitioner's list of signs ("Self-harming. Disordered eating...")
    # and a child who "doesn't feel safe any more" on council transport: the lead decides.
    "real-4108", "real-9469",
    # Policy: a parent or carer at breaking point is flagged (a carer in crisis).
    "real-3282", "real-8042",
    # Batch D: a helpline describing its own support ("helping with things like anxiety,
    # self-harm or low mood"): a list of what a service helps with, far from any service word;
    # a cancel wide enough to catch it would also cancel "he needs help with things like
    # self-harm", so it stays flagged and the lead decides.
    "real-10443",
    # Policy: a named child restrained or left alone in a room all day at school is flagged,
    # even where the family's account gives no injury.
    "real-4081", "real-4200",
    # Batch E: teachers "scared of him" (a pupil), read as an adult at home feared, and a teacher
    # on support shared so thin that "kids with everyday difficulties have to fend for
    # themselves": cancels narrow enough to keep "I'm scared of him" and "the kids fend for
    # themselves when mum drinks" are not written yet.
    "real-12135", "real-13066",
    # Batch F, flagged on purpose: a young person's "My life is over" (after losing support for
    # a degree) and "I can't keep going like this" (lonely for years): hyperbole or not, a
    # young person saying so is for the lead to read; a parent in hospital with "no one to look
    # after my daughter" when the council refused help; teachers who "told me I was stupid"
    # (emotional harm by staff, which the lead may need to know of).
    "real-16133", "real-16017", "real-17018", "real-16163",
}


@pytest.mark.parametrize("path", SETS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_false_alarm_in_any_labelled_set_beyond_the_known_ones(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    alarms = {r["id"] for r in rows if flagged_by_rules(r["text"]) and not r["safeguarding"]}
    assert alarms - KNOWN_FALSE_ALARMS == set()


def test_a_very_long_list_is_read_whole_and_still_told_apart() -> None:
    # A hostile or pasted comment: thousands of list items before the harm. The list checks look
    # back a bounded window, so this stays quick, and the answer is the short list's answer.
    needs = "He has " + "autism, anxiety, " * 2000 + "self harm and no help."
    topics = "The leaflet covers " + "sleep, benefits, " * 2000 + "self harm and respite."
    assert flagged_by_rules(needs)
    assert not flagged_by_rules(topics)
