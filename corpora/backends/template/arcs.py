"""What each arc says at each step: the incident, the tries, the twist, the two endings.

Every template names the plan's object, spot, place or characters, so a sentence only
fits the story whose plan it realises. `[a|b]` is a choice and `{slot}` a plan fact (see
`realise.Writer`). A step holds alternatives; each alternative is a tuple of sentences.
`want` and `offer` hold single spoken lines (a tuple of choices).

Keys per arc:
  warn      the foreshadowing set-up: a warning or a sign that points at the obstacle
  payoff    the callback when the obstacle strikes (foreshadowing only)
  incident  how the obstacle happens
  try       one failed try at reaching the goal (drawn once or twice)
  want      what the hero says about the goal (dialogue)
  offer     what the helper says they will do (dialogue)
  twist     something unexpected, before the climax; `twist_bad` when the ending is bad
  win       the resolution: the helper answers the obstacle and the goal is reached
  lose      the bad ending: the obstacle wins
  moral     the lesson, phrased to follow "learned that"
  moral_bad the lesson of the bad ending
  summary   one sentence for instruct mode; `summary_bad` for the bad ending
"""

from __future__ import annotations

ARC_TEXT: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
    "lost": {
        "warn": (
            (
                '{parent} said, "[Keep|Hold] your {obj} close, {name}. [It is easy to lose things {at_place}|{place} is a big place]."',
            ),
            (
                "{name}'s pocket had a [small|little] hole in it, but {he} did not [think about it|see it].",
            ),
            (
                '"[Don\'t|Do not] put {my_obj} down [anywhere|just anywhere]," {parent} [said|told {him}].',
            ),
            (
                "{parent} [told|asked] {name} to [look after|keep an eye on] {my_obj}, but {name} was [too busy|too excited] to listen.",
            ),
        ),
        "payoff": (
            (
                "{name} remembered what {parent} had said, [but it was no good now|and {his} face got hot].",
            ),
            ("{name} [thought|remembered] about the warning. {parent} had told {him} so.",),
            ("Now {name} [knew|saw] why {parent} had told {him} to keep {it} close.",),
        ),
        "incident": (
            (
                "{name} and {friend} [played|ran] {at_place} until [lunch|it was time to eat].",
                "{name} [looked down|reached for {his} {obj}], and {his} hands were empty. {my_obj} {was} gone!",
            ),
            (
                "[After a while|Later|Soon], {name} put {the_obj} down [to rest|to get a drink|to tie {his} shoe|for a little while].",
                "When {he} [looked|turned] back, {it} {was} gone!",
            ),
            (
                "{name} [ran|played|jumped] all over {place} with {the_obj}.",
                "But when {he} [reached|looked] for {it} again, {it} {was} not there.",
            ),
            (
                "{name} and {friend} played a [running|jumping] game [all morning|for a long time].",
                "When the game was over, {my_obj} {was} [nowhere to be seen|gone].",
            ),
            (
                "{name} [left|put] {the_obj} [on a seat|on the ground|by {his} bag] and went to [look at something|play with {friend}].",
                "[Later|When {he} came back], {the_obj} {was} [not there|gone]. {name} looked [up and down|all around], but {it} {was} [nowhere|gone].",
            ),
            (
                "[It was time to go home|When it was time to leave], and {name} [reached|looked] for {his} {obj}.",
                "But {it} {was} [not there|gone]! {name} could not [see|find] {it} [anywhere|at all].",
            ),
            (
                "{name} [showed|held up] {my_obj} to {friend}, and then they [ran off|went] to play.",
                "[Later|After that], {name} could not find {his} {obj} [anywhere|at all].",
            ),
            (
                "{name} was [so busy|having so much fun] {at_place} that {he} forgot about {my_obj}.",
                "When {he} [remembered|thought of {it}], {the_obj} {was} [gone|not there]!",
            ),
        ),
        "try": (
            ("{name} looked {spot2}, but {it} {was} not there.",),
            (
                "[Next|Then], they [searched|looked] {spot2}. [Still nothing.|There was no {obj} there.]",
            ),
            ("{friend} looked {spot3}, but [{fhe} found nothing|there was only dust and a bug].",),
            ("They [asked|went to ask] {parent}, but {phe} had not seen {the_obj} either.",),
            (
                "{name} [went back to|looked again at] every place {he} had been that day, [one by one|step by step], but {his} {obj} {was} not [there|in any of them].",
            ),
            ("They [called|asked] other [kids|people] {at_place}, but nobody had seen {a_obj}.",),
        ),
        "want": (
            (
                "Where is my {obj}?",
                "I [can't|cannot] find my {obj}!",
                "My {obj} is [gone|lost]!",
                "Has anyone seen my {obj}?",
                "I [have to|need to] find my {obj}!",
            ),
        ),
        "offer": (
            (
                "Don't worry, I will help you look.",
                "Let's look {spot}.",
                "We will find it together.",
                "[Think|Try to remember], where did you [have it last|put it down]?",
                "Let's look [everywhere|again, one place at a time].",
            ),
        ),
        "twist": (
            (
                "But then, something surprising happened: {friend} remembered that {fhe} had seen {animal} playing {spot} earlier.",
            ),
            (
                "To {name}'s surprise, {animal} [ran|went] {spot} and stopped there, as if it wanted to show them something.",
            ),
        ),
        "twist_win": (
            (
                "To {name}'s surprise, {animal} came [running|walking] up with something in its mouth. It was {my_obj}!",
            ),
            (
                "But then, something [surprising|funny] happened: {friend} [reached into|opened] {fhis} [bag|pocket], and there was {my_obj}! {FHe} had [picked it up|kept it] to keep it safe and forgot.",
            ),
            (
                "But then, {name} [got a big surprise|saw something surprising]: {animal} was [sitting|lying] {spot}, and it was [sleeping on|guarding] {my_obj}!",
            ),
        ),
        "twist_bad": (
            (
                "But then, something surprising happened: far away, they saw a dog with something in its mouth. It looked like {my_obj}, but the dog ran off before they could follow.",
            ),
        ),
        "win": (
            (
                "At last, {finder} [looked|peeked] {spot}, and there {it} {was}!",
                "{my_obj} had been {spot} all along.",
            ),
            (
                "Then {finder} saw something {spot}.",
                "It was {my_obj}! {name} held {it} [tight|close] and [laughed|smiled].",
            ),
            (
                "{finder_cap} had [a good idea|an idea]: [they should look {spot}.|why not look {spot}?]",
                "[And there it was!|And yes, there {it} {was}!] {my_obj} {was} {spot}, [safe and sound|just a little dirty].",
            ),
            (
                "[After a long time|At last|In the end], {finder} [found|spotted] {the_obj} {spot}.",
                "{name} [ran over|jumped up] and picked {it} up [with a big smile|with a happy shout].",
            ),
            (
                '{finder_cap} [said|shouted], "Look {spot}!"',
                "{name} looked, and there was {my_obj}, [waiting for {him}|safe and sound].",
            ),
            (
                "{name} and {finder} looked {spot} [one last time|together].",
                "[There|There] {it} {was}! {name} [held|hugged] {my_obj} [tight|close].",
            ),
        ),
        "lose": (
            (
                "They looked [until it got dark|all day long|everywhere], but {the_obj} {was} never found.",
            ),
            (
                "[In the end|At last], they had to go home without {my_obj}.",
                "{name} never saw {it} again.",
            ),
            (
                "They looked {spot2}, {spot3} and everywhere else, but {my_obj} {was} gone for good.",
            ),
            (
                "It got dark {at_place}, and {parent} said it was time to go.",
                "{name} had to leave without {my_obj}, and {he} [never found {it}|never saw {it} again].",
            ),
        ),
        "moral": (
            ("when you lose something, you should stay calm and look carefully",),
            ("it is good to keep your things [close|safe]",),
            ("friends help you find what you have lost",),
            ("if you look [carefully|with care] and do not give up, you can find what you lost",),
        ),
        "moral_bad": (
            ("you should take care of the things you love",),
            ("you should keep your things close",),
        ),
        "summary": (
            ("{name} loses {his} {obj} {at_place} and finds it {spot} with help.",),
            ("{name}'s {obj} goes missing {at_place}, and {finder} finds it {spot}.",),
        ),
        "summary_bad": (("{name} loses {his} {obj} {at_place} and never finds it again.",),),
    },
    "stuck": {
        "warn": (
            ('{parent} said, "Be careful, [do not|don\'t] throw {my_obj} too high."',),
            (
                "{name} [noticed|saw] how high {spot} was and thought, [that would be a bad place for {my_obj}|I hope nothing gets stuck up there].",
            ),
            ('"[Not so high|Careful], {name}!" {parent} called when {name} threw {my_obj} up.',),
        ),
        "payoff": (
            ("{name} remembered what {parent} had said about throwing {it} too high.",),
            ("Now {name} [knew|saw] why {parent} had said to be careful.",),
        ),
        "incident": (
            (
                "{friend} wanted to see {my_obj}, so {name} threw {it} to {fhim}.",
                "But {name} threw too hard, and {the_obj} landed {spot}.",
            ),
            (
                "{name} threw {the_obj} up high to [see how high it could go|play catch].",
                "{It} went up and up and landed {spot}!",
            ),
            (
                "{name} threw {the_obj} to {friend}, but {it} went too high.",
                "Now {it} {was} stuck {spot}.",
            ),
            (
                "{name} [jumped|spun around] and threw {my_obj} as [high|far] as {he} could.",
                "{It} [went up|flew] and [stayed|got stuck] {spot}.",
            ),
            (
                "{friend} [kicked|threw] {the_obj} [too hard|too high], and {it} [went up|flew up] and landed {spot}.",
                "{name} looked up. {my_obj} {was} stuck!",
            ),
            (
                "{name} [wanted to|tried to] [see|show {friend}] how high {he} could throw {my_obj}.",
                "Up went {the_obj}, [higher and higher|up and up], until {it} [got|was] stuck {spot}.",
            ),
        ),
        "try": (
            ("{name} jumped as high as {he} could, but {he} could not reach {it}.",),
            (
                "{friend} found a [long|big] stick and tried to [reach|poke] {it}, but the stick was not long enough.",
            ),
            ("They threw a little rock at {the_obj}, but {it} did not move.",),
            (
                "{name} [stood on|climbed onto] a [box|seat] and [stretched|reached] up, but {my_obj} {was} still too high.",
            ),
            (
                "{friend} tried to climb up, but {fhe} [slipped|could not hold on] and came back down.",
            ),
        ),
        "want": (
            (
                "My {obj} is stuck!",
                "How will I get my {obj} down?",
                "I [can't|cannot] reach it!",
                "It is too high for me!",
            ),
        ),
        "offer": (
            (
                "I can help you get it down.",
                "Let's [get|find] something tall to stand on.",
                "Wait here, I have an idea.",
                "Don't climb up there, I will get help.",
            ),
        ),
        "twist": (
            (
                "Then something surprising happened: [all at once|just then] {the_obj} [slipped|moved] a little, as if {it} wanted to come down!",
            ),
            (
                "But then, something surprising happened: {animal} came and sat below {the_obj}, looking up, as if it wanted to help.",
            ),
        ),
        "twist_win": (
            (
                "But then, [all at once|just then], a [little bird|squirrel] [landed|jumped] {spot} and pushed {the_obj}. {It} fell into {name}'s hands!",
            ),
            (
                "But then, something surprising happened: {animal} [came by|ran up] and looked up at {the_obj}, and {the_obj} [fell down|came down] all by itself!",
            ),
        ),
        "twist_bad": (
            (
                "But then, [all at once|just then], a big bird landed {spot} and pushed {the_obj} even higher.",
            ),
        ),
        "win": (
            (
                "{finder_cap} [looked around|thought] and found a [long|big] pole {at_place}.",
                "With the pole, {finder} pushed {the_obj} down, and {name} caught {it}.",
            ),
            (
                "{finder_cap} [found|brought] a [ladder|big box|tall chair] and climbed up [slowly|carefully].",
                "{finder_cap} reached {spot} and got {the_obj} down.",
            ),
            (
                "{finder_cap} lifted {name} up high.",
                "{name} [reached|stretched] out {his} arm and got {my_obj} back.",
            ),
            (
                "{finder_cap} [had|came up with] [a plan|an idea]: {finder_he} [stood on|climbed] [a bench|a big box] and [reached|got] {the_obj} with a long stick.",
                "{the_obj_cap} came down [safe|softly], and {name} clapped.",
            ),
            (
                "{finder_cap} [thought for a while|looked up at {the_obj}] and [got|found] a long pole.",
                "{finder_cap} [pushed|moved] {the_obj} [slowly|little by little] until {it} fell [down|into {name}'s arms].",
            ),
            (
                "{name} [climbed on|stood on] {finder}'s [back|shoulders].",
                "[Slowly|Very carefully], {name} reached {spot} and got {my_obj} [back|down].",
            ),
        ),
        "lose": (
            (
                "They tried everything, but {the_obj} stayed {spot}.",
                "{name} had to go home without {it}.",
            ),
            (
                "{finder_cap} tried to climb up, but {the_obj} fell and broke [into pieces|on the ground].",
            ),
            (
                "Night came, and {my_obj} {was} still {spot} [when they left|when it got dark].",
                "{name} never got {it} back.",
            ),
            (
                "{name} and {friend} waited {at_place} [for a long time|until dark], but {the_obj} did not come down.",
                "In the end, {name} went home [without {it}|sad].",
            ),
        ),
        "moral": (
            ("thinking of a good plan is better than giving up",),
            ("it is good to ask for help when something is out of reach",),
            ("you should play safe and not throw things too high",),
        ),
        "moral_bad": (("you should not throw your things too high",),),
        "summary": (("{name}'s {obj} gets stuck {spot}, and {finder} helps get it down.",),),
        "summary_bad": (("{name}'s {obj} gets stuck {spot}, and {he} never gets it back.",),),
    },
    "taken": {
        "warn": (
            (
                '{parent} said, "Watch out for {animal}. [It likes to take things|It takes anything it can carry]."',
            ),
            ("{name} [noticed|saw] {animal} watching {the_obj} with big eyes.",),
            (
                "[All morning|For a long time], {animal} [walked|ran] [around|close to] {name} and looked at {my_obj}.",
            ),
        ),
        "payoff": (
            ("{name} remembered how {animal} had been watching {my_obj}.",),
            ("{name} remembered how {animal} had looked at {my_obj} [like that|all morning].",),
        ),
        "incident": (
            (
                "{animal_cap} [walked|came] up to {name}, looked at {my_obj}, and [took|grabbed] {it}.",
                "Then it ran {spot} as fast as it could!",
            ),
            (
                "[All at once|Just then|Then], {animal} ran up, [took|grabbed] {the_obj} in its mouth and ran away!",
                "{It} [went|ran] {spot}.",
            ),
            (
                "{name} put {the_obj} down for a little while.",
                "Before {he} could blink, {animal} [took|grabbed] {it} and ran {spot}!",
            ),
            (
                "{animal_cap} came [closer and closer|up slowly] to {name}.",
                "Then it [took|grabbed] {my_obj} and ran off {spot}!",
            ),
            (
                "{name} was not looking, and {animal} [saw|spotted] {the_obj}.",
                "[In a second|Quick], it [took|grabbed] {it} and [ran|hid] {spot}.",
            ),
            (
                "{name} [was not looking|turned away] for [a second|just a second].",
                "{animal_cap} [jumped|ran] up, [took|grabbed] {my_obj} and ran {spot}!",
            ),
        ),
        "try": (
            (
                '{name} ran after {animal} and [called|shouted], "Come back!" But {animal} ran faster.',
            ),
            ("{friend} tried to [catch|grab] {animal}, but it [jumped away|was too fast].",),
            ("They walked up slowly, but {animal} [ran|jumped] away again.",),
            (
                "{name} [held out {his} hand|called to it nicely], but {animal} [held {the_obj} tight|did not want to give {it} back].",
            ),
        ),
        "want": (
            (
                "Give me back my {obj}!",
                "That is my {obj}!",
                "Come back with my {obj}!",
                "Why did it take my {obj}?",
            ),
        ),
        "offer": (
            (
                "Let's give it something else.",
                "Maybe it only wants to play.",
                "I know what to do.",
                "[Stay calm|Be quiet], or it will run away again.",
            ),
        ),
        "twist": (
            (
                "But then, they saw why {animal} had taken {the_obj}: it had [little ones|babies] {spot}, and they were [playing with {it}|sleeping next to {it}]!",
            ),
            (
                "But then, something surprising happened: {animal} [stopped|sat down] and looked back at them, as if it wanted them to [follow|play].",
            ),
        ),
        "twist_win": (
            (
                "To everyone's surprise, {animal} [brought|carried] {the_obj} [back|over] to {friend} and [sat down|waited] next to {fhim}.",
            ),
            (
                "But then, something surprising happened: {animal} put {the_obj} down and looked up at them. It only wanted someone to play with!",
            ),
        ),
        "twist_bad": (
            (
                "But then, {animal} [jumped|ran] into a hole and came out with {the_obj} all [dirty|broken].",
            ),
        ),
        "win": (
            (
                "{finder_cap} [held out|found] a little [treat|snack] for {animal}.",
                "{animal_cap} dropped {the_obj} and took the treat instead, and {name} got {my_obj} back.",
            ),
            (
                "{finder_cap} [sat down|stayed very still] and waited.",
                "Soon {animal} came back and put {the_obj} at {name}'s feet.",
            ),
            (
                "{finder_cap} threw a stick [far away|across {place}].",
                "{animal_cap} dropped {the_obj} and ran after the stick, and {name} picked up {my_obj} [fast|at once].",
            ),
            (
                "{finder_cap} [sat|knelt] down and [called|talked to] {animal} in a soft voice.",
                "{animal_cap} [came over|walked up] slowly and dropped {the_obj} [at {name}'s feet|in {finder}'s hands].",
            ),
            (
                "{name} [had an idea|thought of something]: {he} [rolled|threw] a little stick for {animal}.",
                "{animal_cap} dropped {the_obj} to [play with|run after] the stick, and {name} got {my_obj} back.",
            ),
        ),
        "lose": (
            (
                "{animal_cap} ran far away with {the_obj}, and they could not catch it.",
                "{name} never saw {my_obj} again.",
            ),
            (
                "When they got {the_obj} back, {it} {was} broken from the [sharp teeth|bites]. {name} could not play with {it} anymore.",
            ),
        ),
        "moral": (
            ("if you are gentle and patient, even animals will listen",),
            ("animals only want to play, and being kind works better than running after them",),
            ("it is good to stay calm and think",),
        ),
        "moral_bad": (("you should keep an eye on your things",),),
        "summary": (("{animal_cap} takes {name}'s {obj} {at_place}, and they win it back.",),),
        "summary_bad": (("{animal_cap} runs off with {name}'s {obj}, and it is lost for good.",),),
    },
    "broken": {
        "warn": (
            ('{parent} said, "Be gentle with {my_obj}. {It_is} [not very strong|easy to break]."',),
            (
                "{name} saw a [small|little] crack in {the_obj}, but {he} [kept playing|did not think about it].",
            ),
            ('"[Careful|Not so hard], {name}," {parent} said. "{It_is} [old|not very strong]."',),
        ),
        "payoff": (
            ("{name} remembered the little crack and what {parent} had said.",),
            ("{parent} had said to be gentle, and now {name} [knew|saw] why.",),
        ),
        "incident": (
            (
                "{name} [wanted to show|was showing] {my_obj} to {parent}, but {he} [slipped|fell] on the way.",
                "{the_obj_cap} fell and broke [in two|into pieces].",
            ),
            (
                "{name} played with {the_obj} too [hard|fast].",
                "[All at once|Then], {it} fell and broke [in two|into pieces]!",
            ),
            (
                "{friend} and {name} both pulled {the_obj} at the same time.",
                "[Snap|Crack]! {It} broke.",
            ),
            (
                "{name} [ran|jumped] with {my_obj} in {his} hands and [fell|slipped].",
                "{the_obj_cap} fell on the ground and [broke|came apart].",
            ),
            (
                "{name} [dropped|let go of] {the_obj}.",
                "When {he} picked {it} up, {it} {was} broken [in two|into pieces].",
            ),
            (
                "{name} [put|left] {my_obj} on the [floor|ground].",
                "{friend} did not see {it} and [stepped on|sat on] {it}. [Crack|Snap]! {the_obj_cap} broke.",
            ),
        ),
        "try": (
            (
                "{name} tried to put the pieces back together, but they [would not stay|fell apart again].",
            ),
            ("{friend} tried some tape, but it did not hold.",),
            (
                "{name} [held|pushed] the pieces [together|very hard], but as soon as {he} let go, they came apart.",
            ),
        ),
        "want": (
            (
                "My {obj} is broken!",
                "Can we fix it?",
                "I want my {obj} to be good again.",
                "Look what happened to my {obj}!",
            ),
        ),
        "offer": (
            (
                "We can fix it.",
                "Let me [see|help].",
                "I think I know how to fix it.",
                "Don't cry, we will fix it together.",
            ),
        ),
        "twist": (
            (
                "Then something surprising happened: {parent} came in and said that {phe} had [fixed|fixed] the same kind of {obj} when {phe} was little!",
            ),
            (
                "But then, something [surprising|wonderful] happened: when {finder} looked at the pieces, {finder_he} saw how to make {it} even better than before.",
            ),
        ),
        "twist_bad": (
            ("But then, {name} stepped on one of the pieces, and it broke [again|even more].",),
        ),
        "win": (
            (
                "{parent} and {finder} helped {name} [glue|tape] {the_obj} back together.",
                "It took a long time, but [at last|in the end] {my_obj} {was} [fixed|good as new].",
            ),
            (
                "{finder_cap} got some glue, and they put the pieces back together [slowly|one by one|with care].",
                "Soon {my_obj} {was} as good as new.",
            ),
            (
                "{finder_cap} fixed {the_obj} with [glue|tape] and a lot of care.",
                "{name} [clapped|jumped up and down] and hugged {thanked}.",
            ),
            (
                "{finder_cap} [sat down|sat at the table] with the pieces and worked [for a long time|very carefully].",
                "When {finder} was done, {my_obj} {was} good again, [with only a little line|and it looked new].",
            ),
            (
                "{finder_cap} and {name} [found|got] some tape and glue.",
                "[Piece by piece|One piece at a time], they fixed {my_obj}, and soon {it} {was} [like new|good again].",
            ),
            (
                "{finder_cap} took {the_obj} [home|to the table] and worked on {it} [for a long time|for a long time].",
                "When {name} saw {my_obj} again, {it} {was} [fixed|good as new]!",
            ),
        ),
        "lose": (
            (
                "They tried and tried, but {the_obj} could not be fixed.",
                "{name} put the pieces in a box and [cried|felt very sad].",
            ),
            (
                "The glue did not hold, and {my_obj} fell apart again.",
                "{name} knew it could never be [fixed|the same].",
            ),
        ),
        "moral": (
            ("it is okay when things break, because you can fix them with help",),
            ("broken things can be fixed when we work together",),
            ("you should be gentle with your things",),
        ),
        "moral_bad": (("you should be gentle with the things you love",),),
        "summary": (("{name} breaks {his} {obj}, and {finder} helps fix it.",),),
        "summary_bad": (("{name}'s {obj} breaks and cannot be fixed.",),),
    },
    "sharing": {
        "warn": (
            ('{parent} said, "[Remember|Don\'t forget] to share with {friend}."',),
            ("{friend} kept looking at {my_obj} all morning.",),
            ("{name} saw that {friend} had no toy [to play with|of {fhis} own] that day.",),
        ),
        "payoff": (
            ("{name} thought about what {parent} had said about sharing.",),
            ("{name} remembered how {friend} had been looking at {my_obj}.",),
        ),
        "incident": (
            (
                '{name} [played|was playing] with {my_obj}, and {friend} [asked|said], "Can I [try|play]?"',
                "{name} [shook {his} head|said no] and [held|kept] {the_obj} close.",
            ),
            (
                "{friend} wanted to play with {the_obj} too.",
                "But {name} held {it} [tight|close] and said no.",
            ),
            (
                "{friend} asked for a turn with {the_obj}.",
                "{name} did not want to share and turned away.",
            ),
            (
                "{friend} [reached|put out {fhis} hand] for {my_obj}.",
                '"No, it is mine!" said {name}, and {he} [held it tight|took it away].',
            ),
            ("{name} played with {the_obj} all alone while {friend} [watched|sat and waited].",),
            (
                "{friend} saw {my_obj} and [asked|wanted] to [try {it}|hold {it}].",
                '"No, {it_is} mine!" said {name}, and {he} [held {it} tight|took {it} away].',
            ),
        ),
        "try": (
            (
                "{friend} [waited and waited|sat down and waited], but {name} did not give {him_friend} a turn.",
            ),
            ("{friend} [looked sad|sat alone] and did not say anything.",),
            ("{friend} asked again, [nicely|very nicely] this time, but {name} still said no.",),
        ),
        "want": (
            (
                "It is my {obj}!",
                "I want to play with it [alone|first]!",
                "You can't have it!",
                "Go and get your own {obj}!",
            ),
        ),
        "offer": (
            (
                "Can I [have a turn|play too]?",
                "We can take turns.",
                "It is more fun with two.",
                "Please, just for a little while?",
            ),
        ),
        "twist": (
            (
                "To {name}'s surprise, {friend} did not get angry. {friend} said {fhe} would wait, and that made {name} think.",
            ),
            (
                "But then, something surprising happened: {friend} [took out|showed] {fhis} own toy, and it was [just as fun|even better], and {fhe} wanted to share it with {name}!",
            ),
        ),
        "twist_bad": (
            (
                "But then, {friend} [grabbed|pulled] {the_obj}, and {name} pulled back [hard|even harder].",
            ),
        ),
        "win": (
            (
                "{name} looked at {friend} and felt bad.",
                "{He} gave {the_obj} to {friend}, and they took turns [all day|until it was time to go].",
            ),
            (
                '[At last|In the end], {name} said, "Let\'s play with it together."',
                "They [laughed|played] together with {the_obj}, and it was much more fun.",
            ),
            (
                "{name} [thought about it|was quiet] for a while.",
                'Then {he} gave {my_obj} to {friend} and said, "You can have a turn." {friend} smiled a big smile.',
            ),
            (
                "{name} saw how sad {friend} was.",
                '{He} [held out|gave] {my_obj} and said, "[Here|You can have a turn], {friend}." {friend} [smiled|laughed] and they played [together|all day].',
            ),
        ),
        "lose": (
            (
                "They both pulled {the_obj}, and {it} broke [in two|into pieces].",
                "Now nobody could play with {it}.",
            ),
            (
                "{friend} went home, and {name} played alone with {the_obj}.",
                "It was not fun anymore.",
            ),
        ),
        "moral": (
            ("it feels good to be kind and share",),
            ("sharing makes playing more fun",),
            ("friends are more important than toys",),
        ),
        "moral_bad": (("if you do not share, you end up alone",),),
        "summary": (
            (
                "{name} does not want to share {his} {obj} with {friend}, but learns that sharing is fun.",
            ),
        ),
        "summary_bad": (("{name} will not share {his} {obj} with {friend}, and it ends badly.",),),
    },
    "water": {
        "warn": (
            ('{parent} said, "Do not go too close to {water}, [it is deep|the water is deep]."',),
            ("{name} saw that the ground by {water} was wet, but {he} went close anyway.",),
            ('"Stay [back|away] from {water} with {my_obj}," {parent} [said|called].',),
        ),
        "payoff": (
            ("{name} remembered what {parent} had said about {water}.",),
            ("{parent} had told {him} to stay back, and now {name} knew why.",),
        ),
        "incident": (
            (
                "{name} and {friend} [played|ran] by {water} with {the_obj}.",
                "{name} [tripped|slipped], and {my_obj} [fell|flew] {spot}!",
            ),
            (
                "{name} [ran|walked] too close to {water} with {the_obj}.",
                "{It} slipped out of {his} hands and fell [into the water|{spot}] with a splash!",
            ),
            (
                "{name} wanted to show {the_obj} to the fish.",
                "Splash! {It} fell {spot} and started to go away on the water.",
            ),
            (
                "{name} leaned over {water} to look [at the fish|down], and {my_obj} [fell|slipped] {spot}.",
                "The water [took|pulled] {it} away from the [side|shore].",
            ),
            (
                "{name} [put|set] {my_obj} on the [ground|side] by {water} for a little while.",
                "A [big wave|big wave|splash] came, and {the_obj} [went|slid] {spot}!",
            ),
        ),
        "try": (
            ("{name} reached out, but {the_obj} {was} too far away.",),
            ("{friend} tried to get {it} with a stick, but the stick was not long enough.",),
            (
                "{name} threw a little rock near {the_obj} to push {it} back, but {it} only went [further|more] away.",
            ),
        ),
        "want": (
            (
                "My {obj} is in the water!",
                "It is going away!",
                "How can I get it back?",
                "Help, my {obj}!",
            ),
        ),
        "offer": (
            (
                "Don't go in, it is too deep.",
                "I will get a net.",
                "Wait, I have an idea.",
                "Stay here, I will help you.",
            ),
        ),
        "twist": (
            (
                "Then something surprising happened: a [duck|little fish] [came by|swam by], and {the_obj} [moved|moved] back toward {name} with it.",
            ),
            (
                "But then, something surprising happened: a [duck|big fish] pushed {the_obj} back to the shore, [as if it wanted to help|all by itself]!",
            ),
        ),
        "twist_bad": (
            ("But then, the water started to move faster and took {the_obj} further away.",),
        ),
        "win": (
            (
                "{finder_cap} [tied|put] a rope to a stick and [reached|threw] it out to {the_obj}.",
                "Slowly, {finder} pulled {the_obj} back, and {name} [clapped|jumped].",
            ),
            (
                "{finder_cap} [got|found] a long net and [reached out|leaned over] carefully.",
                "{finder_cap} picked up {the_obj} and gave {it} back to {name}.",
            ),
            (
                "{finder_cap} found a long stick and pulled {the_obj} to the shore.",
                "{name} picked {it} up. {It} {was} wet, but {it} {was} safe.",
            ),
            (
                "{finder_cap} [took off {finder_his} shoes|rolled up {finder_his} pants] and [walked|went] into the water [slowly|carefully].",
                "{finder_cap} [got|picked up] {the_obj} and brought {it} back to {name}.",
            ),
            (
                "{finder_cap} [lay down|got down] by {water} and [reached|stretched] out as far as {finder_he} could.",
                "{finder_cap} [got|caught] {the_obj} and [pulled|brought] {it} back to {name}.",
            ),
        ),
        "lose": (
            (
                "{the_obj_cap} went [far away|out of sight] on the water, and nobody could reach {it}.",
                "{name} watched {it} go and [cried|felt very sad].",
            ),
            ("{the_obj_cap} [went down|sank] into {water}, and they could not see {it} anymore.",),
        ),
        "moral": (
            ("it is better to ask for help than to go into deep water",),
            ("you should stay away from deep water and ask for help",),
            ("it is good to think before you act",),
        ),
        "moral_bad": (("you should listen when someone tells you to be careful",),),
        "summary": (("{name}'s {obj} falls into {water}, and {finder} gets it out.",),),
        "summary_bad": (("{name}'s {obj} falls into {water} and goes away on the water.",),),
    },
    "brave": {
        "warn": (
            (
                "{name} did not like [dark places|the dark]. [They made {him} feel small.|{He} always kept away from them.]",
            ),
            (
                "{friend} said that something [weird|funny] was {spot}, and {name} did not want to find out.",
            ),
            ("{name} [always|never] went {spot}. It was [too dark|so dark] there.",),
        ),
        "payoff": (
            ("{name} thought about the dark and what {friend} had said.",),
            ("{name} remembered how much {he} did not like the dark.",),
        ),
        "incident": (
            (
                "{name} [kicked|threw] {my_obj} too far, and {it} [rolled|went] {spot}.",
                "{name} [stopped|stood still]. It was dark {spot}, and {he} did not want to go [in|there].",
            ),
            (
                "{name} [dropped|lost] {the_obj}, and {it} [rolled|went] {spot}.",
                "It was [dark|very dark] there, and {name} was scared to go near.",
            ),
            ("{the_obj_cap} fell {spot}.", "It was dark, and {name} heard a [weird|funny] noise."),
            (
                "{name} [played|was playing] with {the_obj}, and {it} [fell|went] {spot}.",
                "{name} looked. It was [very|so] dark, and {he} [could not see a thing|felt scared].",
            ),
            (
                "{name} [threw|rolled] {my_obj} to {friend}, but {it} went {spot}.",
                "{name} looked {spot}. It was [dark|very dark], and {he} did not want to go [in|near].",
            ),
        ),
        "try": (
            ("{name} took one step, but then {he} [stopped|ran back].",),
            (
                "{name} [reached|put {his} hand] in a little way, but it was too dark, and {he} pulled back.",
            ),
            ("{name} [looked|peeked] {spot} again, but {he} could only see the dark.",),
        ),
        "want": (
            (
                "I want my {obj}, but I am scared!",
                "What if something is in there?",
                "It is too dark!",
                "I can't go {spot}!",
            ),
        ),
        "offer": (
            (
                "I will go with you.",
                "You are braver than you think.",
                "Hold my hand.",
                "We can go together.",
            ),
        ),
        "twist": (
            (
                "To {name}'s surprise, {friend} was scared too, and {name} [held|took] {fhis} hand to help {fhim} be brave.",
            ),
            (
                "But then, something surprising happened: {spot}, there was only a little [mouse|cat], and it was more scared than {name}!",
            ),
        ),
        "twist_bad": (
            (
                "But then, {name} heard a [weird|funny] noise from {spot}, and it got louder and louder.",
            ),
        ),
        "win": (
            (
                '{friend} [said|whispered], "[You can do it|I am here], {name}."',
                "{name} [took|held] {friend}'s hand, went {spot} and [came back|ran back] with {my_obj}!",
            ),
            (
                "{name} was brave and went {spot}.",
                "{He} found {my_obj} and came back out with a big smile.",
            ),
            (
                "{finder_cap} held {name}'s hand, and they went in together.",
                "There was {my_obj}, and there was nothing scary at all.",
            ),
            (
                "{name} [counted to three|closed {his} eyes for a second], and then {he} went {spot}.",
                "{His} hand found {my_obj}, and {he} [ran|came] back out, [happy|proud] and [safe|brave].",
            ),
            (
                "{name} [held|took] {finder}'s hand [tight|very tight].",
                "[Step by step|Slowly], they went {spot}, and {name} found {my_obj} [waiting there|waiting there].",
            ),
        ),
        "lose": (
            (
                "{name} was too scared to go in.",
                "{He} went home without {my_obj} and felt sad all night.",
            ),
            (
                "{name} [stood|waited] there [a long time|until it got dark], but {he} could not go {spot}.",
                "{my_obj} stayed there, and {name} went home [without {it}|sad].",
            ),
        ),
        "moral": (
            ("you can be brave even when you feel scared",),
            ("being brave is doing what you need to do even when you are scared",),
            ("things are less scary when a friend is with you",),
        ),
        "moral_bad": (("it is okay to be scared, but you should ask for help",),),
        "summary": (
            ("{name} is scared to get {his} {obj} from {spot}, but is brave and does it.",),
        ),
        "summary_bad": (("{name} is too scared to get {his} {obj} back from {spot}.",),),
    },
}

# Tries composed from parts: "{A} <do>, but <fail>." ({A} is whoever tries: the hero, the
# friend, or both; {ahe}/{ahis} their pronouns), so the tries of two stories rarely match.
TRY_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "lost": (
        (
            "looked {spot2}",
            "[searched|looked] {at_place} [from one end to the other|all over]",
            "[looked|searched] {spot3} and then {spot2}",
            "[walked|went] around {place} [calling|looking] for {the_obj}",
            "looked [behind|under] every [bench|box|seat] {at_place}",
            "[went|walked] back the way they had come",
            "[asked|called to] [some kids|a woman|a man] {at_place}",
            "looked {spot3} [two times|again and again]",
            "[got down on {ahis} knees|got down] and looked {spot2}",
        ),
        (
            "{the_obj} {was} not there",
            "there was no {obj} [anywhere|at all]",
            "{ahe} found only [an old leaf|a little rock|some dust]",
            "nobody had seen {a_obj}",
            "{ahe} [could not see|did not find] {my_obj} [there|anywhere]",
            "{my_obj} {was} still [gone|lost]",
        ),
    ),
    "stuck": (
        (
            "jumped as high as {ahe} could",
            "[shook|pulled] the things around {the_obj}",
            "[waved|shouted] at {the_obj} [for a long time|again and again]",
            "[stood on|climbed onto] a [box|seat|big rock]",
            "threw a little rock at {the_obj}",
            "[reached|stretched] up with a long stick",
            "[called|shouted] up at {the_obj} as if {it} could hear",
        ),
        (
            "{the_obj} {was} still too high",
            "{it} did not move",
            "{ahe} could not reach {it}",
            "it was no use",
            "{the_obj} did not come down",
            "{the_obj} stayed {spot}",
        ),
    ),
    "taken": (
        (
            "ran after {animal}",
            "[followed|ran behind] {animal} {at_place}",
            "[made a funny sound|clapped {ahis} hands] to call {animal}",
            "[called|whistled for] {animal} [nicely|softly]",
            "walked up [slowly|very slowly] to {animal}",
            "held out {ahis} hand to {animal}",
            "tried to [catch|grab] {animal}",
        ),
        (
            "{animal} ran [faster|away again]",
            "{animal} [jumped away|was too fast]",
            "{animal} held {the_obj} tight and did not let go",
            "{animal} only ran {spot}",
            "{animal} [ran off|hid] [again|{spot}] with {the_obj}",
        ),
    ),
    "broken": (
        (
            "tried to put the pieces back together",
            "[turned|moved] the pieces this way and that",
            "held the pieces [together|very hard]",
            "tried some tape on {the_obj}",
            "[looked for|found] every little piece of {the_obj}",
        ),
        (
            "they [would not stay|fell apart again]",
            "the tape did not hold",
            "{the_obj} still did not look good",
            "one piece was [missing|too small to hold]",
        ),
    ),
    "sharing": (
        (
            "asked for a turn [again|one more time]",
            "[waited and waited|sat and waited] for a turn",
            "[looked at|watched] {the_obj} with [big|sad] eyes",
        ),
        (
            "{name} still said no",
            "{name} held {my_obj} [tight|close]",
            "{name} turned away",
        ),
    ),
    "water": (
        (
            "reached out over the water",
            "[called|shouted] for help by {water}",
            "tried to get {the_obj} with a stick",
            "threw a little rock near {the_obj} to push {it} back",
            "[lay down|got down] by {water} and [reached|stretched] out",
        ),
        (
            "{the_obj} {was} too far away",
            "the stick was not long enough",
            "{it} only went further away",
            "the water [pulled|took] {it} away again",
        ),
    ),
    "brave": (
        (
            "took one step {spot}",
            "[moved|walked] [a little|one step] closer to {spot}",
            "[looked|peeked] {spot} again",
            "[reached|put {ahis} hand] in a little way",
            "[called|shouted] into the dark",
        ),
        (
            "it was [too dark|so dark] to see",
            "{ahe} [stopped|ran back]",
            "{ahe} pulled back [fast|at once]",
            "nothing [answered|came out]",
        ),
    ),
}
