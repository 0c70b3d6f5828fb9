"""The steps every arc shares: introductions, going to the place, feelings, endings, talk.

Each bank holds alternatives, and most alternatives hold `[a|b]` choices, so one plan step
has dozens of surface forms. Every line names a plan fact (a character, the object, the
place, the helper), so none of them could be moved to another story unchanged. The
arc-specific steps live in `arcs.py`.
"""

from __future__ import annotations

# The first sentence after the opening words ("Once upon a time, ..."), lowercase.
FIRST = (
    "there was a [little|young|small] {kind} named {name}",
    "there was a {little} {kind} called {name}",
    "there was a {little} {kind} [named|called] {name} who [loved|liked] {his} {obj}",
    "a {little} {kind} named {name} had a home [in a small town|with {his} family|near {place}]",
    "{name} and {pal} went {to_place}",
    "{name} [woke up|got up] [early|with a big smile] and [ran|went] {to_place}",
    "{name} and {parent} [went|walked] {to_place} [together|for the day]",
    "{name} was playing {at_place} with {my_obj}",
    "{name} got {a_obj} from {parent}",
    "a {kind} named {name} [wanted|was excited] to go {to_place} with {my_obj}",
    "{name} was [very|so] happy, because {he} was going {to_place} [with {parent}|that day]",
    "{name} and {pal} [played|were playing] {at_place}",
    "a {little} {kind} [named|called] {name} [found|had] {a_obj}",
    "{name}, a {little} {kind}, [liked|loved] to play {at_place}",
    "{parent} and {name} [were|went] {at_place} [early in the day|after breakfast]",
    "{name} could not wait to [go|run] {to_place} with {pal}",
    "a {kind} called {name} had a home near {place}",
    "{name} [took|carried] {my_obj} [everywhere|all over {place}]",
)
HAS_OBJECT = (
    "{name} had {a_obj} that {he} loved [very much|more than anything|with all {his} heart].",
    "{parent} had given {name} {a_obj} for {his} birthday, and {he} took {it} everywhere.",
    "{name}'s best toy was {a_obj}.",
    "{name} never went anywhere without {a_obj}.",
    "More than anything, {name} loved {his} {obj}.",
    "[Not long ago|Last week|On {his} birthday], {parent} [gave|got] {name} {a_obj}.",
    "Of all {his} toys, {name} liked {his} {obj} the most.",
    "Wherever {name} went, {his} {obj} went too.",
    "{name} had {a_obj}, and {he} [kept {it} close|took {it} everywhere|looked after {it} well].",
    "{name} [found|got] {a_obj} [in a drawer|at the shop|from {parent}] and loved {it} [at once|from the first day].",
)
FRIEND_LINES = {
    "friend": (
        "{His} best friend was {friend}, a {fkind} who had a house [next door|close by|down the street].",
        "{name} had a friend named {friend}, and they played together [every day|all the time|after school].",
        "{friend} was {name}'s best friend.",
        "{name} and {friend} had been friends [for a long time|since they were very small].",
        "{friend}, a {fkind} from [next door|down the street], was {name}'s [good|best] friend.",
        "{name} [often|always] played with {his} friend {friend}.",
        "{name}'s friend {friend} [was|came] with {him} [that day|too].",
        "{friend} was {name}'s [best|good] friend, and they [liked the same games|did everything together].",
    ),
    "sister": (
        "{name} had a [big|little] sister named {friend}.",
        "{His} sister {friend} [always|often] played with {him}.",
        "{name} and {his} [big|little] sister {friend} [did everything together|shared a room].",
    ),
    "brother": (
        "{name} had a [big|little] brother named {friend}.",
        "{His} brother {friend} [always|often] played with {him}.",
        "{name} and {his} [big|little] brother {friend} [did everything together|shared a room].",
    ),
}
VERB_FRAMES = (
    "[Every day|Each morning|All day long|After lunch], {name} liked to {vp}.",
    "What {name} liked best was to {vp}.",
    "{name} [loved|wanted] to {vp} [with {friend}|more than anything].",
    "[That morning|That day], {name} wanted to {vp}.",
    "[Most days|Every morning|Every evening], {name} would {vp}.",
    "{name} was [always|very] happy when {he} could {vp}.",
    "{name} [often|always] asked {parent} if {he} could {vp}.",
    "One thing {name} [loved|liked] was to {vp}.",
)
GO_THERE = (
    "[That day|Later that day|Soon], {name} and {friend} went {to_place}.",
    "[That day|That morning|After lunch], {parent} took {name} and {friend} {to_place}.",
    "[Soon|That day|Later], {name} [took|brought] {my_obj} {to_place}.",
    "{name} and {friend} [ran|walked|went] {to_place} [to play|together].",
    '[That day|That morning], {name} asked {parent}, "Can we go {to_place}?" and {parent} said yes.',
    "[After breakfast|That morning|Later that day], {name}, {friend} and {parent} [went|walked] {to_place}.",
    "{name} was so excited, because {he} and {friend} were going {to_place} [that day|with {parent}].",
    "[That day|Soon], {parent} said they could go {to_place}, and {name} [jumped up and down|was so excited].",
)
SIGHTS = (
    "{At_place}, {sight}.",
    "{name} looked around and saw that {sight}.",
    "When they got there, {sight}.",
)
SOUNDS = (
    "They could hear {sound}.",
    "{name} [listened to|heard] {sound}.",
    "[All around them|Not far away], they could hear {sound}.",
)
REACT = (
    "{name} [felt like crying|started to cry|was very upset].",
    "{name}'s [eyes filled with tears|lip started to shake].",
    "{name} did not know what to do.",
    "{name} was [worried|sad|scared] about {his} {obj}.",
    '"[Oh no!|What now?]" thought {name}.',
    "{name} [looked at|turned to] {friend} with [big|sad|wet] eyes.",
    "{name}'s heart felt [heavy|sad].",
    "{name} [sat down|stood still] and [felt|was] [very|so] [sad|upset|worried].",
    "{name} had no idea what to do [now|next].",
)
HAPPY_END = (
    "{name} [hugged|thanked] {thanked} [with a big smile|and laughed|again and again].",
    "{name} held {my_obj} [close|tight] all the way home.",
    "That night, {name} went to sleep with {my_obj} [next to {him}|by {his} bed].",
    "From then on, {name} [always took good care of|kept a close eye on] {my_obj}.",
    "It was [the best day ever|a very happy day] for {name} and {friend}.",
    "{name} and {friend} played with {the_obj} until the sun went down.",
    "[When they got home|Back at home], {name} told {parent} all about it.",
    "{name} [smiled|laughed] and [held up|showed everyone] {my_obj}.",
    "{name} [put|kept] {my_obj} in a safe place [that night|from then on].",
    "They [walked|went] home [together|hand in hand], and {name} [was|felt] [very|so] happy.",
    "{name} [said|told {thanked}] it was the best [day|time] [ever|of all].",
    "{name} [put|kept] {my_obj} [next to {his} bed|next to {his} bed] and [smiled|looked at {it}] [before bed|for a long time].",
    "Now {name} and {friend} [could|would] play with {my_obj} [again|every day].",
    "{name} [gave|showed] {my_obj} to {parent}, and {parent} [smiled|laughed] [too|with {him}].",
    "{name}, {friend} and {parent} [laughed|smiled] and went home [happy|together].",
    "{name} was [so|very] happy to have a friend like {friend}.",
    "[Everyone was|They all were] happy, and {name} [hugged|held] {my_obj} [tight|close].",
)
SAD_END = (
    "{name} walked home [slowly|with {his} head down], and {he} was very sad.",
    "That night, {name} cried [in bed|for a long time] and missed {his} {obj}.",
    "{name} [never forgot|always missed] {his} {obj}.",
    "It was a [very|really] sad day for {name}.",
    "{name} [sat|stood] [alone|by the window] [for a long time|all evening], feeling sad.",
    "Even {parent}'s hug could not make {name} [feel better|stop crying].",
    "{name} felt [sad|very sad] and [wished|hoped] {he} had been more careful.",
    "{name} [did not|could not] [smile|play] [for the rest of the day|all evening], because {he} was too sad.",
    "[Back at home|At home], {name} [sat|lay] on {his} bed and cried [for {his} {obj}|a little].",
)
MORAL_STEMS = (
    "{name} learned that {moral}.",
    "[And so|That day], {name} learned that {moral}.",
    "Now {name} [knew|understood] that {moral}.",
    "From that day on, {name} knew that {moral}.",
    "{name} [had learned|never forgot] what {he} learned that day: {moral}.",
)
CONFLICT = (
    (
        '{friend} [said|shouted], "This is all because of you!"',
        "{name} got [angry|upset] and shouted back, and the two [started to fight|had a big fight].",
    ),
    (
        "{name} and {friend} did not like each other's plan.",
        "{friend} wanted to [go home|give up], but {name} did not. {name} and {friend} [started to fight|both got angry].",
    ),
    (
        "{name} said {friend} did it, and {friend} said {name} did it.",
        "They were both [angry|upset].",
    ),
    (
        '"You are not helping!" {name} [shouted|yelled] at {friend}.',
        "{friend} [got angry|stamped {fhis} feet] and [shouted back|turned away].",
    ),
)
CONFLICT_MEND = (
    ("After a while, {name} and {friend} both said sorry and [hugged|held hands].",),
    ("Then {name} said sorry, and {friend} said sorry too.",),
    ("{parent} helped them talk, and soon they were friends again.",),
    (
        '[Soon|After a while] they [stopped|were not angry anymore], and {friend} said, "Let\'s not fight."',
    ),
)
CONFLICT_STAY = (
    (
        "[They|{name} and {friend}] did not [talk|speak] to each other [for the rest of the day|all day|until dinner].",
    ),
    ("Neither {name} nor {friend} would say sorry.",),
    ("{friend} [walked away|went home] [angry|upset], and {name} did not call {fhim} back.",),
)
THANKS = (
    "Thank you, {thanked}!",
    "You are the best, {thanked}!",
    "I am so happy!",
    "[Yay|Hooray], my {obj} is back!",
    "Thank you [so much|for helping me], {thanked}!",
)
SORRY = (
    "I am sorry, {name}.",
    "Maybe we can find a new one.",
    "It will be okay, {name}.",
    "[Don't be sad|Please don't cry], {name}.",
)
AGREE = (
    "Okay, let's try!",
    "Yes, please!",
    "[Do you think it will work?|Will that work?|Can we do it?|Do you think so?]",
    "I hope so!",
    "Okay!",
    "[Thank you|Thanks], {helper}.",
    "[Please|Yes], [hurry|let's go]!",
)
# The climax after a twist that already gave the object back.
AFTER_TWIST = (
    "{name} [hugged|held] {my_obj} [tight|close] and [laughed|smiled], because {it} {was} back at last.",
    "{name} could not believe it. {my_obj} {was} back, and {he} [held {it} close|never let {it} go].",
    "[What a surprise|How lucky] it was! {name} [took|held] {my_obj} and [laughed|jumped up and down].",
)
# What they do at the place before the trouble starts ({act}, {act2}: `ontology.ACTIVITIES`).
DOING = (
    "{name} and {friend} {act}.",
    "First, {name} and {friend} {act}, and then they {act2}.",
    "{name} and {friend} {act} [and laughed a lot|for a long time|together].",
    "{name} {act} while {friend} {act2}.",
    "{name} [took|brought] {my_obj} along when {he} and {friend} {act}.",
    "[For a while|All morning|At first], {name} and {friend} {act}.",
    "{friend} and {name} {act}, and {name} [held|kept] {my_obj} close.",
)
# A second thing they do there ({act}).
DOING_MORE = (
    "After that, {name} and {friend} {act}.",
    "Then {name} {act} with {my_obj} [in {his} hands|close by].",
    "{friend} [said|shouted], \"[Let's do more|This is fun|Let's play more|One more time]!\" and they {act}.",
    "Later, {name} {act}, and {friend} [came too|did the same].",
)
# The hero thinks about the object while it is out of reach.
THINK = (
    "{name} thought about all the fun {he} had with {my_obj}.",
    "{name} remembered the day {he} got {my_obj}.",
    "{name} did not want to [lose|go home without] {his} {obj}.",
    "{name} [could not stop thinking|kept thinking] about {his} {obj}.",
)
# The helper comes onto the scene before the climax.
ARRIVE = (
    "[Just then|Soon|After a while], {finder_a} [came over to see why|wanted to know why|asked why] {name} was sad.",
    "{finder_a_cap} [saw|heard] {name} and [came|ran] to help.",
    "{finder_a_cap} [heard|saw] what [happened|was going on] {at_place} and [came over|ran over].",
    "{finder_a_cap} saw [that {name} was sad|{name}'s sad face] and [asked|wanted to know] what had happened.",
    "When {finder_a} [heard|saw] about {my_obj}, {finder_he} came to help {name}.",
)
