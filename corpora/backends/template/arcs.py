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
                '"[Don\'t|Do not] put your {obj} down [anywhere|just anywhere]," {parent} [said|told {him}].',
            ),
            (
                "{parent} [told|asked] {name} to [look after|keep an eye on] {my_obj}, but {name} was [too busy|too excited] to listen.",
            ),
            ('{parent} warned {name}, "Don\'t lose your {obj} {at_place}."',),
            ("{name} often put {his} things down and forgot about them later.",),
            ("{name} kept putting {my_obj} down to look at something.",),
            (
                '"Where will you put your {obj} while you play?" {parent} asked.',
                "{name} did not know.",
            ),
            ("{name} did not think {he} would lose {my_obj} {at_place}.",),
            ("{parent} warned that {a_obj} could get lost {at_place}.",),
            ('"Remember to take your {obj} when we go home," {friend} said.',),
            ("{name} put {my_obj} in {his} pocket and did not think about {it} again.",),
            ('"Be careful, or you will lose your {obj}," {parent} said.',),
            ('{parent} looked at {my_obj} and said, "Be careful with {it} {at_place}."',),
            ('Before they left, {parent} warned, "Hold on to your {obj}, okay?"',),
            (
                '"Can you keep your {obj} safe today?" {parent} asked.',
                "{name} nodded, but {he} did not think about it again.",
            ),
            ("{name} liked to put things down and run off. {parent} had warned {him} about it.",),
            (
                '"Put your {obj} in your bag," {parent} warned.',
                "But {name} wanted to hold {it} instead.",
            ),
            ("{friend} noticed that {name} kept leaving {my_obj} in a new place.",),
            ("{name} did not know how big {place} was, or how easy it was to lose {a_obj} there.",),
            ('"Lots of things get lost {at_place}," {parent} said. "Be careful with your {obj}."',),
            ("{name}'s bag was open, and {he} did not know it.",),
            (
                'When they got {to_place}, {parent} warned, "Don\'t put your {obj} down and forget {it}."',
            ),
            ("Last time, {name} had lost a shoe {at_place}. {He} did not think about that now.",),
            (
                '"You always lose things, {name}," {friend} said with a smile. "Be careful with your {obj}."',
            ),
            ('{name} waved {my_obj} high as {he} ran, and {parent} said, "Be careful!"',),
        ),
        "payoff": (
            (
                "{name} remembered what {parent} had said, [but it was no good now|and {his} face got hot].",
            ),
            ("{name} [thought|remembered] about the warning. {parent} had told {him} so.",),
            ("Now {name} [knew|saw] why {parent} had told {him} to keep {it} close.",),
            ("{name} remembered the warning. {He} should have been more careful.",),
            ("{name} should have kept {it} close, just as {parent} had said.",),
            ("{parent} had told {name} to be careful with {it}.",),
            ("{name} remembered: it was so easy to lose things {at_place}.",),
            ('"{parent} had told me to be careful," {name} said [softly|in a small voice].',),
            ("{name} thought about the warning again and felt [silly|sorry].",),
            ("Why had {he} not listened to {parent}'s warning? Now {my_obj} {was} gone.",),
            ("{parent} had said this could happen, and now it had.",),
            ("{name} looked at {his} empty hands. {parent} had warned {him}!",),
            ('"I should have put {it} in my bag," {name} said. {parent} had told {him} so.',),
            ("{name} remembered {parent}'s words, and {he} wished {he} had listened.",),
            ("This was just what {parent} had said would happen {at_place}.",),
            ("{name} remembered the open bag. Had {my_obj} fallen out?",),
            ("{friend} remembered the warning too, but {fhe} did not say a word.",),
            ('"You told me to keep {it} close," {name} remembered. "I am sorry."',),
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
            (
                "{name} sat down to rest and put {my_obj} next to {him}.",
                "When {he} got up, {it} {was} gone!",
            ),
            (
                "{name} and {friend} played a hiding game {at_place}.",
                "After the game, {my_obj} {was} [gone|not there]!",
            ),
            (
                "{name} and {friend} ran around {at_place}.",
                "All at once, {name} stopped. Where {was} {my_obj}?",
            ),
            (
                "{name} put {my_obj} down to help {friend}.",
                "When {he} turned back, {it} {was} gone.",
            ),
            (
                "{name} had {my_obj} with {him} all day {at_place}.",
                "But at the end of the day, {it} {was} gone!",
            ),
            (
                "{name} ran to see what {friend} had found.",
                "On the way, {my_obj} fell out of {his} hands, and {he} did not see.",
            ),
            (
                "{friend} called {name} to come and look.",
                "{name} put {my_obj} down and ran over. Later, {it} {was} gone!",
            ),
            (
                "{name} played all around {place} with {my_obj}.",
                "Later, {his} hands were empty. {my_obj} {was} lost!",
            ),
            (
                "{name} stopped to watch {animal} play.",
                "When {he} turned back, {my_obj} {was} gone!",
            ),
            (
                "[On the way home|Before they left], {name} looked for {my_obj}.",
                "But {it} {was} not there!",
            ),
            (
                "{name} thought {he} had put {my_obj} in {his} bag.",
                "But when {he} looked, {it} {was} not there!",
            ),
            (
                "{name} took {my_obj} {to_place} that day.",
                "But when {he} looked for {it} later, {it} {was} not in {his} hands.",
            ),
            (
                "While {name} played a game, {he} put {my_obj} on the ground.",
                "When {he} came back, {it} {was} gone!",
            ),
            (
                "{name} ran to get a drink with {friend}.",
                "{He} left {my_obj} behind, and when {he} came back, {it} {was} not there.",
            ),
            (
                '"Where is your {obj}?" {friend} asked.',
                "{name} looked down. {His} hands were empty!",
            ),
            (
                "{name} played and played {at_place}.",
                "Then {he} stopped. {my_obj} {was} not with {him} anymore!",
            ),
            (
                "Before lunch, {name} had {my_obj}.",
                "After lunch, {it} {was} gone!",
            ),
            (
                "{name} and {friend} went to see {animal}.",
                "When they came back, {my_obj} {was} not where {name} had put {it}.",
            ),
            (
                "{name} put {my_obj} down for just a minute.",
                "That was all it took. {It} {was} gone!",
            ),
            (
                "{name} held {my_obj} as {he} ran to see {animal}.",
                "When {he} got there, {his} hands were empty!",
            ),
            (
                "{name} was so happy {at_place} that {he} ran and ran.",
                "Somewhere, {he} dropped {my_obj} and did not see.",
            ),
            (
                "{name} wanted to help {friend} with {fhis} shoe, so {he} put {my_obj} down.",
                "Later, {name} could not find {it}.",
            ),
            (
                "It was a busy day {at_place}, with lots of kids running around.",
                "In all the running, {name} lost {my_obj}.",
            ),
            (
                "{name} looked in {his} bag for {my_obj}.",
                "{He} looked again. {It} {was} not there!",
            ),
            (
                '"Let\'s go home," {parent} said.',
                "{name} went to get {my_obj}, but {it} {was} gone.",
            ),
            (
                "{name} and {friend} played {at_place} until the sun went down.",
                "When they got up, {name} saw that {my_obj} {was} missing.",
            ),
            (
                "{name} could not stop looking at all the things {at_place}.",
                "{He} did not see that {my_obj} had slipped away.",
            ),
            (
                "{name} sat down to eat with {friend} and put {my_obj} on the seat.",
                "When they were done, {my_obj} {was} gone from the seat!",
            ),
            (
                "When {name} reached into {his} pocket, {he} felt only a hole.",
                "{my_obj} {was} not there!",
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
            ("{name} looked {spot3}, but there was nothing there [but dust|at all].",),
            ("They went back to where they played, but {my_obj} {was} not there.",),
            (
                "{friend} got down and looked {spot2}. [{FHe} found nothing.|There was no {obj} there.]",
            ),
            ("{name} looked in {his} pocket again, but {my_obj} {was} not in it.",),
            ("They looked {spot2} and {spot3}, but they found nothing.",),
            ('{name} asked {friend}, "Did you see my {obj}?" {friend} shook {fhis} head.',),
            ("{name} and {friend} looked all around {place}, but {my_obj} {was} not anywhere.",),
            ('{friend} said, "Let\'s look {spot2}!" But {my_obj} {was} not there.',),
            ("{name} looked {spot3} again, but {he} only found some dust.",),
            (
                "They looked [everywhere|all over], but {my_obj} {was} [still gone|nowhere to be seen].",
            ),
            ("{name} tried to think. Where had {he} put {my_obj}?",),
            ('{name} called out, "Where are you, {obj}?" But {the_obj} did not answer.',),
            (
                "First, {name} looked {spot2}.",
                "But {he} found nothing there.",
            ),
            (
                '"Is {it} {spot3}?" asked {friend}.',
                "{FHe} looked, but {it} {was} not.",
            ),
            ("{name} walked back to the seat, but {my_obj} {was} not on it.",),
            (
                "They looked and looked.",
                "Where could {my_obj} be?",
            ),
            ("{friend} found a rock {spot2}, but {fhe} did not find {my_obj}.",),
            (
                '{name} called, "{obj}! {obj}!"',
                "But {the_obj} could not call back.",
            ),
            ("{name} got down on {his} knees and looked {spot3}, but {he} saw only bugs.",),
            (
                "They asked a man {at_place} if he had seen {a_obj}.",
                "He had not.",
            ),
            (
                "{name} and {friend} went back to where they had played.",
                "No {obj} there.",
            ),
            ("{name} looked in {his} bag two times, but {my_obj} {was} not in it.",),
            (
                "{friend} looked up high, and {name} looked down by the ground.",
                "They could not find {my_obj}.",
            ),
            (
                '"Maybe {it_is} {spot2}," said {name}.',
                "But {it} {was} not there either.",
            ),
            ("{name} walked slowly and looked at the ground, but {he} did not see {my_obj}.",),
            ("They looked {spot2} for a long time, but {my_obj} {was} not there.",),
            (
                "{name} shut {his} eyes and tried to remember.",
                "Where did {he} have {it} last?",
            ),
            (
                "{friend} went one way, and {name} went the other.",
                "But they both came back with nothing.",
            ),
            ("{name} even looked under {friend}'s coat, but {my_obj} {was} not there.",),
        ),
        "want": (
            (
                "Where is my {obj}?",
                "I [can't|cannot] find my {obj}!",
                "My {obj} is [gone|lost]!",
                "Has anyone seen my {obj}?",
                "I [have to|need to] find my {obj}!",
                "I lost my {obj}!",
                "Oh no! Where did my {obj} go?",
                "I had my {obj} a minute ago!",
                "Can you help me find my {obj}?",
                "I looked everywhere for my {obj}!",
                "My {obj} {was} here, and now {it_is} gone!",
                "I need my {obj}! Help me!",
                "I don't know where I put my {obj}!",
                "What if I never find my {obj}?",
                "Did you see where my {obj} went?",
                "Where did you go, {obj}?",
                "I put my {obj} down here!",
                "My {obj} was with me, and now it is not!",
                "Please help me! My {obj} is lost!",
                "I can't go home without my {obj}!",
                "Who took my {obj}?",
                "I love my {obj}. I have to find {it}!",
                "Where could my {obj} be?",
                "Oh no, I lost my {obj} {at_place}!",
                "My {obj} is not in my bag!",
                "Can we look for my {obj}?",
                "I was holding my {obj}, and now {it_is} gone!",
                "Let's find my {obj}, please!",
                "My {obj} can't be lost!",
            ),
        ),
        "offer": (
            (
                "Don't worry, I will help you look.",
                "Let's look {spot}.",
                "We will find it together.",
                "[Think|Try to remember], where did you [have it last|put it down]?",
                "Let's look [everywhere|again, one place at a time].",
                "Don't be sad. We will find {it}.",
                "I will look {spot2}, and you look {spot3}.",
                "Where did you have {it} last?",
                "Maybe {it_is} close by. Let's look together.",
                "{It} cannot be far. Let's look [around|together].",
                "Let's look carefully.",
                "Let's look {spot2} first.",
                "Don't cry, we can look together.",
                "Come on, let's look for your {obj}!",
                "Where did you play last? Let's start there.",
                "I will help you. Two of us can find {it} faster.",
                "Let's go back to where we played.",
                "You look {spot2}, and I will look {spot3}.",
                "We will look until we find {it}.",
                "Stay calm, we can find your {obj}.",
                "Let's look slowly, one place at a time.",
                "I have good eyes. Let me look!",
                "Don't cry. Your {obj} is here somewhere.",
                "Let's ask {parent} to help us look.",
                "When did you have {it} last?",
                "I can help you look {spot2}!",
                "We can look together. Come on!",
                "{It} can't be far. We were just here with {it}.",
                "Let's think. Where did you go with {it}?",
            ),
        ),
        "twist": (
            (
                "But then, something surprising happened: {friend} remembered that {fhe} had seen {animal} playing {spot} earlier.",
            ),
            (
                "To {name}'s surprise, {animal} [ran|went] {spot} and stopped there, as if it wanted to show them something.",
            ),
            ("But then, {name} heard a little noise from {spot}. Was something there?",),
            (
                "But then, {animal} [ran off|ran away] fast.",
                "It had been {spot}, and it looked like it had been playing with something.",
            ),
            (
                "To everyone's surprise, {parent} said {phe} had seen something {spot} [a while ago|earlier].",
            ),
            (
                "But then, {name} remembered something: {he} had played {spot} [with {friend}|that morning]!",
            ),
            (
                "But then, {name} saw something [bright|colorful] {spot}, [just for a second|only a little bit].",
            ),
            (
                "To everyone's surprise, {animal} [sat|stood] close by and kept looking at something {spot}.",
            ),
            ("But then, {name} saw {animal} looking {spot}, and it would not stop looking.",),
            ('But then, {friend} stopped and said, "Wait! I think I saw {it} {spot}!"',),
            ('But then, {name} heard {parent} call, "Come here, I think I found something!"',),
            ('To {name}\'s surprise, {friend} said, "You had {it} {spot} before. I saw you!"',),
            (
                "But then, something surprising happened: {animal} came over and pulled on {name}'s shoe.",
            ),
            (
                "All at once, {name} stopped. To {his} surprise, {he} remembered sitting {spot} with {my_obj}!",
            ),
            ("But then, a little girl {at_place} said she had seen {a_obj} {spot}.",),
            ("Just then, to {name}'s surprise, something bright {spot} caught {his} eye.",),
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
            (
                "But then, {parent} [came over|walked up] with a big smile. {PHe} was holding {the_obj}! {PHe} had found {it} {spot}.",
            ),
            (
                'But then, {friend} [shouted|called], "Look!"',
                "{animal_cap} [ran|came] up to them, and it had {the_obj}! It had found {it} {spot}.",
            ),
            (
                "To {name}'s surprise, {he} saw {my_obj} {spot}, just where {he} had sat down [before|to rest]!",
            ),
            (
                "But then, {animal} came [running|over] and dropped something at {name}'s feet. It was {my_obj}!",
            ),
            (
                "To everyone's surprise, {friend} [started to laugh|started to smile] and pointed at {name}'s bag.",
                "{my_obj} {was} [sticking out of|inside] the bag! {It} had been there all along.",
            ),
            (
                "But then, {name} felt something in {his} other pocket.",
                "It was {my_obj}! {It} had been there all along!",
            ),
            (
                'But then, {friend} laughed and said, "{name}, look! You are sitting on {it}!"',
                "{my_obj} {was} under {name} all that time.",
            ),
            (
                "To everyone's surprise, a kind man walked up with {my_obj} in his hand.",
                '"Is this your {obj}?" the man asked.',
            ),
            (
                "But then, {parent} smiled and opened {phis} bag.",
                "{my_obj} {was} in it! {PHe} had put {it} there to keep {it} safe.",
            ),
            (
                "To everyone's surprise, {animal} came running with {my_obj} and dropped {it} at {name}'s feet!",
            ),
            ("But then, {name} saw {my_obj} {spot}, just where {he} had left {it}!",),
            (
                "To {name}'s surprise, {friend} had {my_obj} all along. {FHe} had picked {it} up to keep {it} safe!",
            ),
            ("Instead of a leaf, {name} saw {my_obj} {spot}. {He} could not believe it!",),
        ),
        "twist_bad": (
            (
                "But then, something surprising happened: far away, they saw a dog with something in its mouth. It looked like {my_obj}, but the dog ran off before they could follow.",
            ),
            (
                "But then, they saw {animal} [run|go] off with something. Was it {my_obj}? It was too far away to tell.",
            ),
            ("But then, it started to get dark, and {parent} said they had to go home soon.",),
            (
                "Then {friend} thought {fhe} saw {the_obj} {spot2}, but it was only a [paper bag|piece of paper].",
            ),
            (
                "But then, {name} [tripped|slipped] while looking and hurt {his} knee, and they had to stop looking [for a while|for now].",
            ),
            ("But then, it started to rain, and they had to stop looking.",),
            (
                'But then, {parent} called, "We have to go home now!"',
                "There was no more time to look for {my_obj}.",
            ),
            ("But then, {friend} had to go home, and {name} had to look alone.",),
            ("But then, {animal} ran off with something in its mouth. Was that {my_obj}?",),
            ("But {friend} came back with a leaf instead of {my_obj}.",),
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
            (
                "{finder_cap} [stopped|stood still] and thought [hard|for a while].",
                "Then {finder} looked {spot}, and there was {my_obj}!",
            ),
            (
                "{finder_cap} got down and looked {spot}.",
                "[Yes|Look]! There {was} {my_obj}!",
            ),
            (
                '"Let\'s [look|try] {spot}," said {finder}.',
                "They looked, and there {was} {my_obj}, a little dirty but safe!",
            ),
            (
                "{finder_cap} [walked|went] around slowly and looked [here and there|this way and that].",
                "There, {spot}, {was} {my_obj}!",
            ),
            (
                "{finder_cap} had looked everywhere but {spot}.",
                "So {finder} looked there [at last|too], and there {was} {my_obj}!",
            ),
            (
                "[In the end|At last], {name} and {finder} went back to where they started.",
                "And there, {spot}, {was} {my_obj}!",
            ),
            (
                "{animal_cap} [ran|went] {spot} and [stopped|sat down].",
                "{finder_cap} went to look, and there, next to {animal}, {was} {my_obj}!",
            ),
            (
                '{finder_cap} [said|called], "I found {it}!"',
                "{my_obj} {was} {spot}, [just where nobody had looked|safe and sound].",
                "{name} [jumped up and down|laughed and laughed].",
            ),
            (
                "{finder_cap} looked {spot} [slowly|very carefully].",
                "[There|Yes], {my_obj} {was} there, [a little dusty|safe and sound]! {name} was so happy to see {it}.",
            ),
            (
                "Then {finder} remembered that they had played {spot}.",
                "And there {was} {my_obj}!",
            ),
            (
                '{finder_cap} pointed and said, "What is that {spot}?"',
                "It was {my_obj}! {name} ran over and picked {it} up.",
            ),
            (
                '"I see {it}!" {finder} shouted.',
                "{my_obj} {was} {spot}, safe and sound.",
            ),
            (
                "{finder_cap} looked {spot}, and there {it} {was}!",
                '{name} hugged {my_obj} and said, "I will never lose you again!"',
            ),
            (
                "When {finder} looked {spot}, {finder_he} saw {my_obj}.",
                "{name} was so happy {he} jumped up and down.",
            ),
            (
                '{finder_cap} had an idea. "Let\'s look {spot}."',
                "They looked, and there was {my_obj}!",
            ),
            (
                "After a long time, {finder} found {my_obj} {spot}.",
                "{name} held {it} close all the way home.",
            ),
            (
                "{finder_cap} walked back to the start and looked {spot}.",
                "And there {it} {was}! {my_obj} had been there all along.",
            ),
            (
                "There, {spot}, {was} {my_obj}!",
                "{finder_cap} picked {it} up and gave {it} to {name}.",
            ),
            (
                "{finder_cap} looked {spot} one more time.",
                "This time, {finder_he} saw {my_obj}!",
            ),
            (
                '"Is this your {obj}?" {finder} asked, holding {it} up.',
                "{name} smiled a big smile. It was {my_obj}!",
            ),
            (
                "{name} and {finder} looked {spot} together.",
                "There {was} {my_obj}, a little dirty but safe.",
            ),
            (
                "At last, {finder} found {my_obj} {spot}.",
                "{name} was so glad to have {it} back.",
            ),
            (
                "{finder_cap} got down on {finder_his} knees and looked {spot}.",
                "{my_obj} {was} there! {name} laughed and laughed.",
            ),
            ("Then {finder} looked {spot}, and there was {my_obj}, just waiting for {name}.",),
            (
                "It was {finder} who found {my_obj} {spot}.",
                "{name} gave {finder} a big hug.",
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
            ("They looked {spot2}, {spot3} and all over {place}, but {my_obj} {was} nowhere.",),
            (
                "{name} and {friend} looked until their legs were tired, but they could not find {my_obj}.",
            ),
            ("It got dark, and {name} had to go home without {my_obj}.",),
            (
                "They asked everyone {at_place}, but nobody had seen {a_obj}.",
                "{name} had to go home without {it}.",
            ),
            (
                "{finder_cap} looked {spot} too, but {it} {was} not there.",
                "{my_obj} {was} gone, and {name} never found {it}.",
            ),
            (
                "{name} looked for {my_obj} [all day|until the sun went down].",
                "But {it} {was} gone, and {name} went home [sad|with a heavy heart].",
            ),
            ("Days went by, but {name} never saw {my_obj} again.",),
            ("In the end, {name} had to stop looking. {my_obj} {was} lost.",),
            ("They looked until they were too tired to look, but {my_obj} {was} gone.",),
            ("{name} went home that night without {my_obj}. {He} missed {it} very much.",),
            ("No one ever found {my_obj}. {name} felt sad for a long time.",),
            (
                "The sun went down, and {my_obj} {was} still lost.",
                "{name} cried all the way home.",
            ),
            (
                "{finder_cap} looked {spot}, but {my_obj} {was} not there either.",
                "It was time to go home.",
            ),
            ("{name} went back {to_place} the next day, but {my_obj} {was} still gone.",),
            ("They never found {my_obj}, and {name} was sad for many days.",),
            (
                '"I am sorry, {name}," {parent} said. "Your {obj} is gone."',
                "{name} held {parent}'s hand and cried.",
            ),
            (
                "They looked {spot2} and {spot3} again, but {my_obj} {was} not there.",
                "They had to go home.",
            ),
            ("{name} walked home slowly with empty hands. {my_obj} {was} lost for good.",),
            (
                'At last, {parent} said, "We have to go, {name}."',
                "{name} went home, but {my_obj} stayed lost.",
            ),
        ),
        "moral": (
            ("when you lose something, you should stay calm and look carefully",),
            ("it is good to keep your things [close|safe]",),
            ("friends help you find what you have lost",),
            ("if you look [carefully|with care] and do not give up, you can find what you lost",),
            ("it is better to keep your things in one safe place",),
            ("you should put your things away when you are done playing",),
            ("it helps to stay calm and think about where you have been",),
            ("looking with a friend is better than looking alone",),
            ("you should not give up when you lose something",),
            ("you should always keep an eye on the things you love",),
            ("it is good to be careful with your things",),
            ("friends are there to help when something bad happens",),
            ("it is easier to find things when you stay calm",),
            ("you should always know where you put your things",),
            ("a friend can help you find what you lost",),
            ("you can find lost things if you look with care",),
            ("a bag or a pocket is a good place for your things",),
            ("it is good to look back before you leave a place",),
            ("you should not give up, even when something is hard to find",),
            ("you should hold on to the things you love",),
            ("it helps to go back to where you last had something",),
            ("two friends can look better than one",),
            ("asking for help is a good thing to do",),
            ("you should keep your things with you when you play",),
        ),
        "moral_bad": (
            ("you should take care of the things you love",),
            ("you should keep your things close",),
            ("it is easy to lose things when you are not careful",),
            ("you should listen when {parent} tells you to be careful",),
            ("you should keep your things in a safe place",),
            ("some things you lose never come back",),
            ("it is better to be careful than to be sad",),
            ("you should always keep your things with you",),
            ("it is sad to lose something you love",),
            ("you should look after your things",),
            ("things get lost when you put them down and forget them",),
            ("you should listen when someone tells you to hold on to your things",),
            ("it is better to look back before you leave",),
            ("a lost thing does not always come back",),
        ),
        "summary": (
            ("{name} loses {his} {obj} {at_place} and finds it {spot} with help.",),
            ("{name}'s {obj} goes missing {at_place}, and {finder} finds it {spot}.",),
            (
                "{name} and {friend} look all over {place} for {name}'s {obj}, and {finder} finds it {spot}.",
            ),
        ),
        "summary_bad": (("{name} loses {his} {obj} {at_place} and never finds it again.",),),
    },
    "stuck": {
        "warn": (
            ('{parent} said, "Be careful, [do not|don\'t] throw your {obj} too high."',),
            (
                "{name} [noticed|saw] how high {spot} was and thought, [that would be a bad place for {my_obj}|I hope nothing gets stuck up there].",
            ),
            ('"[Not so high|Careful], {name}!" {parent} called when {name} threw {my_obj} up.',),
            ('{parent} said, "Be careful, {name}. Your {obj} can get stuck {spot}."',),
            ("{friend} had lost a toy {spot} once, and it never came back down.",),
            ("{name} did not think before {he} threw {my_obj} up high.",),
            ("{name} noticed an old toy stuck {spot}, but {he} went on playing.",),
            (
                '"Not so hard! Be careful!" {friend} said when {name} threw {my_obj} [up|to {fhim}].',
            ),
            ("{name} threw {my_obj} higher and higher. Soon {it} would go too high.",),
            ('"Be careful, don\'t throw {it} so high," {friend} said. "{It} will get stuck!"',),
            ("{name} noticed lots of high places {at_place}, but {he} did not think about them.",),
            ('{parent} warned, "Don\'t throw your {obj} up high, {name}. {It} can get stuck."',),
            ("{friend} said that lots of things got stuck {spot}. {name} did not think about it.",),
            ('"Be careful, {name}! Your {obj} can get stuck up high!" {parent} called.',),
            (
                "{name} liked to throw {my_obj} up as high as {he} could. {parent} had told {him} to be careful.",
            ),
            (
                "Every time {name} threw {my_obj}, {it} went a little higher. Soon {it} would go too high.",
            ),
            ('"One day your {obj} will not come back down," {friend} said with a laugh.',),
            ("{name} did not know how high {my_obj} could go.",),
        ),
        "payoff": (
            ("{name} remembered what {parent} had said about throwing {it} too high.",),
            ("Now {name} [knew|saw] why {parent} had said to be careful.",),
            ('"{parent} had told me so," {name} said [sadly|softly].',),
            ("{name} remembered the warning and wished {he} had listened.",),
            ("{name} looked up at {the_obj} and remembered the warning.",),
            ("It was just what {parent} had said would happen.",),
            ("{name} looked up. {friend} had said this would happen!",),
            ('"You told me not to throw {it} so high," {name} remembered.',),
            ("Now {name} saw why {parent} had warned {him} about throwing {it} so high.",),
            (
                "{name} remembered what {friend} had said about {spot}. Would {my_obj} stay up there too?",
            ),
            ("This was the same thing {friend} had said would happen.",),
            ("{name} wished {he} had not thrown {it} so high, just as {parent} had said.",),
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
            (
                "{name} [kicked|threw] {my_obj} as hard as {he} could.",
                "{It} went up, up, up and [landed|got stuck] {spot}!",
            ),
            (
                "{name} and {friend} played catch with {my_obj}.",
                "{friend} threw {it} too high, and {it} [landed|stopped] {spot}.",
            ),
            (
                "{name} [spun around|turned around] [fast|three times] and let go of {my_obj}.",
                "{It} flew [up|away] and got stuck {spot}!",
            ),
            (
                "{name} wanted to see how high {my_obj} could go.",
                "{It} went up and landed {spot}.",
            ),
            (
                "{name} threw {my_obj} to {friend}, but {friend} [missed|did not catch {it}].",
                "{the_obj_cap} [kept going|went on] and [landed|got stuck] {spot}.",
            ),
            (
                "{name} [turned|spun] too fast and threw {my_obj} the other way.",
                "{It} landed {spot} and stayed there.",
            ),
            (
                "{name} jumped up and threw {my_obj} [up high|as high as {he} could].",
                "When {he} looked up, {it} {was} stuck {spot}.",
            ),
            (
                "{name} and {friend} played with {my_obj}.",
                "Then {name} threw {it} too high, and {it} got stuck {spot}.",
            ),
            (
                "{my_obj} slipped out of {name}'s hands as {he} threw {it}.",
                "{It} got stuck {spot}!",
            ),
            (
                "{name} [wanted to|tried to] throw {my_obj} over {friend}.",
                "But {it} went up [too high|much too high] and got stuck {spot}.",
            ),
            (
                "{name} threw {my_obj} up, up, up.",
                "But {it} did not come back down. {It} {was} stuck {spot}!",
            ),
            (
                "Up, up went {my_obj}!",
                "Then {it} stopped {spot} and did not move.",
            ),
            (
                "{name} and {friend} played catch with {my_obj} {at_place}.",
                "On the third throw, {it} went too high and got stuck {spot}.",
            ),
            (
                "{name} threw {my_obj}, and {friend} jumped to catch {it}.",
                "But {it} went over {friend} and landed {spot}.",
            ),
            (
                '"Watch this!" said {name}, and {he} threw {my_obj} as high as {he} could.',
                "{It} landed {spot} and stayed there.",
            ),
            (
                "{name} wanted to throw {my_obj} higher than {friend}.",
                "{It} went so high that {it} got stuck {spot}.",
            ),
            (
                "When {name} threw {my_obj}, {his} hand slipped.",
                "{It} flew off to the side and got stuck {spot}.",
            ),
            (
                "{name} gave {my_obj} a big kick.",
                "Up {it} went, and {it} did not come down. {It} {was} {spot}!",
            ),
            (
                "{friend} threw {my_obj} back to {name}, but {fhe} threw {it} too high.",
                "Now {it} {was} stuck {spot}!",
            ),
            (
                "{name} and {friend} were playing a throwing game.",
                "Then {my_obj} went up and got stuck {spot}.",
            ),
            (
                "{name} threw {my_obj} up to see if {he} could catch {it}.",
                "But {it} never came down. {It} {was} stuck {spot}.",
            ),
            (
                "{name} ran and threw {my_obj} as far as {he} could.",
                "{It} went up, up, up and landed {spot}.",
            ),
            (
                "{name} was so excited that {he} threw {my_obj} too hard.",
                "Now {it} sat {spot}, far out of reach.",
            ),
            (
                "{name} tried a big throw with {my_obj}.",
                "It was too big! {It} got stuck {spot}.",
            ),
            (
                "{my_obj} slipped out of {name}'s hands as {he} jumped.",
                "{It} went up and got stuck {spot}.",
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
            ("{name} jumped and jumped, but {my_obj} {was} much too high.",),
            ("{friend} threw {fhis} shoe at {the_obj}, but {it} did not move.",),
            ("{name} stood on {his} tiptoes, but {he} could not reach {it}.",),
            ("They [called|shouted] to {the_obj} to come down, but {it} did not.",),
            ("{friend} tried a long stick, but {fhe} was not tall enough.",),
            (
                "They jumped up together, [at the same time|one, two, three], but {the_obj} stayed {spot}.",
            ),
            ("{name} tried to climb up, but {he} slid back down.",),
            ("{friend} lifted {name} up, but {name} still could not reach {my_obj}.",),
            ("They waited for {the_obj} to fall, but {it} did not.",),
            (
                "{name} stood on {his} tiptoes and stretched {his} arm.",
                "{It} {was} still too high.",
            ),
            (
                '"Come down!" {name} shouted at {the_obj}.',
                "But {it} stayed {spot}.",
            ),
            ("{friend} waved a long stick at {the_obj}, but {it} did not fall.",),
            ("They found a stick, but it could not reach {the_obj}.",),
            (
                "{name} tried to jump and grab {my_obj}.",
                "{His} hand did not even come close.",
            ),
            ("{friend} threw a stick at {the_obj}, but it missed.",),
            (
                "{name} put a box on top of a box and stood on them.",
                "They fell, and {name} fell too!",
            ),
            ("{friend} tried to climb up, but it was too hard for {fhim}.",),
            (
                "{name} waited and waited.",
                "Maybe {my_obj} would come down soon? But {it} did not.",
            ),
            ("{name} and {friend} poked at {the_obj} with a stick, but {it} did not move.",),
            ("When {name} threw a shoe at {the_obj}, the shoe got stuck too!",),
            ("They jumped and jumped until they were tired, but {my_obj} stayed {spot}.",),
            (
                "{friend} held {name}'s legs, and {name} reached up.",
                "It was not high enough.",
            ),
            (
                "{name} looked up at {my_obj} for a long time.",
                "How could {he} get {it} down?",
            ),
        ),
        "want": (
            (
                "My {obj} is stuck!",
                "How will I get my {obj} down?",
                "I [can't|cannot] reach it!",
                "It is too high for me!",
                "Oh no, {it_is} stuck {spot}!",
                "I can't get {it} down!",
                "I can't reach my {obj}!",
                "Help me get {it} down!",
                "Why did I throw {it} so high?",
                "What if {it} never comes down?",
                "I am too small to reach {it}!",
                "Can you get {it} down?",
                "{It_is} so high up there!",
                "My {obj} is up there!",
                "I can see my {obj}, but I can't reach {it}!",
                "Please come down, {obj}!",
                "It is so high! What can we do to get {it}?",
                "My {obj} will stay up there for ever!",
                "I need something tall!",
                "I threw {it} too high! Oh no!",
                "I want my {obj} back down here!",
                "Who can reach my {obj}?",
                "We need help to get {it} down!",
                "It is stuck, and I can't get it!",
                "Can we get my {obj} down, please?",
            ),
        ),
        "offer": (
            (
                "I can help you get it down.",
                "Let's [get|find] something tall to stand on.",
                "Wait here, I have an idea.",
                "Don't climb up there, I will get help.",
                "Don't worry, we will get {it} down.",
                "Wait, let me think of a way.",
                "Maybe we can find a long stick.",
                "Let me try, I am taller.",
                "I will get a ladder.",
                "Don't climb. I will get {it}.",
                "We can do it together.",
                "Let's find something to stand on.",
                "I know how to get {it} down.",
                "Let me get a long stick.",
                "I can lift you up. Then you can reach {it}.",
                "Stay here. I will find someone tall to get {it}.",
                "Let's find something we can stand on.",
                "Don't climb. It is too high for you.",
                "We can get {it} down if we work together.",
                "Maybe {it} will come down if we wait.",
                "I have a plan. Come with me!",
                "Let's try a long stick first.",
                "I will ask {parent} to help us.",
                "You hold the box, and I will stand on it.",
                "Don't worry. Your {obj} will come down.",
                "We will get {it} down. Just wait.",
            ),
        ),
        "twist": (
            (
                "Then something surprising happened: [all at once|just then] {the_obj} [slipped|moved] a little, as if {it} wanted to come down!",
            ),
            (
                "But then, something surprising happened: {animal} came and sat below {the_obj}, looking up, as if it wanted to help.",
            ),
            ("Just then, {the_obj} [moved|slipped] a little, but then {it} stopped again.",),
            (
                "To everyone's surprise, {animal} came and looked up at {the_obj} for a long time, as if it wanted to help.",
            ),
            (
                "But then, {friend} saw something: {the_obj} {was} only a little stuck, and {it} could come down with [one push|a little help].",
            ),
            (
                "But then, {name} heard a small noise, and {the_obj} [moved|slipped] down [a little|a bit].",
            ),
            (
                "To {name}'s surprise, {friend} said that {fhe} had got {fhis} own toy down from there once.",
            ),
            ("But then, {the_obj} moved a little, and nobody had touched {it}!",),
            ("To {name}'s surprise, a tall man {at_place} stopped to look up at {the_obj}.",),
            ("But then, {friend} saw a long stick on the ground that they had not seen before.",),
            ('Just then, {friend} said, "Wait! I know how to get {it} down!" But would it work?',),
            ("But then, {name} had a surprising idea: what if {friend} stood on {his} back?",),
            ("To everyone's surprise, {parent} came over with a box.",),
            ("All at once, {the_obj} started to slide, but then {it} stopped again.",),
        ),
        "twist_win": (
            (
                "But then, [all at once|just then], a [little bird|squirrel] [landed|jumped] {spot} and pushed {the_obj}. {It} fell into {name}'s hands!",
            ),
            (
                "But then, something surprising happened: {animal} [came by|ran up] and looked up at {the_obj}, and {the_obj} [fell down|came down] all by itself!",
            ),
            (
                "But then, {animal} climbed up and gave {the_obj} a push. {It} fell down into {name}'s arms!",
            ),
            (
                "But then, something surprising happened: {the_obj} [slipped|moved], and down {it} came, into {friend}'s hands!",
            ),
            (
                "But then, {parent} came by, reached up and got {the_obj} down [with one hand|in a second], as if it was nothing!",
            ),
            (
                "To {name}'s surprise, {friend} threw {fhis} shoe up, and it landed on {the_obj}.",
                "Down came {the_obj}, and {name} caught {it}!",
            ),
            ("But then, {the_obj} slipped, and {it} fell down into {name}'s hands!",),
            (
                "To {name}'s surprise, {the_obj} fell down with no help at all, just as {he} looked up.",
            ),
            (
                "But then, a tall man saw {the_obj} {spot}.",
                "The man reached up and got {it} with one hand!",
            ),
            (
                "Just then, a squirrel ran up and pushed {the_obj}.",
                "Down {it} came! {name} could not believe it.",
            ),
            (
                "But then, {friend} threw a stick, and it pushed {the_obj} off {spot}.",
                "{It} fell down to the ground!",
            ),
            (
                "To everyone's surprise, {animal} jumped up and got {the_obj} in its mouth.",
                "It brought {it} back to {name}!",
            ),
        ),
        "twist_bad": (
            (
                "But then, [all at once|just then], a big bird landed {spot} and pushed {the_obj} even higher.",
            ),
            ("But then, {the_obj} slipped and got stuck even higher {spot}.",),
            ("But then, the stick broke, and {the_obj} stayed {spot}.",),
            ("But then, it got dark, and they could not see {the_obj} well anymore.",),
            ("But then, {animal} jumped up and pushed {the_obj} even higher.",),
            ("But then, {the_obj} slid and went even further up.",),
            ("But then, {parent} called them in to eat, and {the_obj} had to stay {spot}.",),
            ("But then, {name}'s shoe got stuck up there too!",),
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
            (
                "{finder_cap} [got|found] a ladder and climbed up [slowly|step by step].",
                "At the top, {finder} [reached out|stretched out] and [took|got] {the_obj}.",
            ),
            (
                "{finder_cap} stood on a [chair|big box] and reached up high.",
                "{finder_cap} got {the_obj} down!",
            ),
            (
                "{finder_cap} gave {the_obj} a little push with a long stick.",
                "Down came {the_obj}, and {name} caught {it}!",
            ),
            (
                "{finder_cap} thought [hard|for a minute].",
                "Then {finder} threw {finder_his} shoe up at {the_obj}, and {it} [came down|fell down] [at once|at last]!",
            ),
            (
                "{finder_cap} [climbed|went] up [slowly|very carefully] and [reached|stretched] out {finder_his} arm.",
                "{finder_cap} got {the_obj} and came back down with {it}.",
            ),
            (
                "{name} and {finder} stood on a big box.",
                "Together they reached {the_obj} and got {it} down.",
            ),
            (
                '{finder_cap} said, "[Let\'s|We can] use a long stick!"',
                "With the stick, they pushed {the_obj} until {it} fell down.",
            ),
            (
                "{finder_cap} [went|ran] to get a ladder.",
                "{finder_cap} climbed to the top and got {the_obj}.",
            ),
            ("It took a long time, but at last {finder} got {the_obj} down.",),
            (
                "[On the third try|After three tries], {finder} [jumped|reached] up and [touched|got] {the_obj}.",
                "{It} [fell|came] down, and {name} [caught|got] {it}.",
            ),
            (
                "{finder_cap} came with a long pole.",
                "{Finder_he} pushed {the_obj} once, and {it} fell down.",
            ),
            (
                '"Let me try," {finder} said. {Finder_he} stood on a box and reached {spot}.',
                "{finder_cap} got {the_obj}!",
            ),
            (
                "{finder_cap} lifted {name} up on {finder_his} shoulders.",
                "Now {name} could reach {my_obj}!",
            ),
            (
                "{finder_cap} got a ladder and went up, step by step.",
                "Then {finder} came down with {the_obj}.",
            ),
            (
                "With a long stick, {finder} moved {the_obj} a little at a time.",
                "At last, {it} fell, and {name} caught {it}.",
            ),
            (
                "{finder_cap} climbed up slowly and got {my_obj}.",
                "{name} clapped and laughed.",
            ),
            (
                '"Here you go," {finder} said.',
                "{finder_cap} gave {my_obj} back to {name}.",
            ),
            (
                "{finder_cap} found a box and stood on it.",
                "{Finder_he} reached up and got {the_obj} down.",
            ),
            (
                "{finder_cap} poked {the_obj} with a long stick, and {it} fell down.",
                "{name} caught {it} in {his} arms!",
            ),
            (
                "{finder_cap} was tall, and {finder_he} could reach {the_obj} with a stick.",
                "Soon {it} {was} back with {name}.",
            ),
            (
                "{finder_cap} climbed up and pushed {the_obj} down.",
                "{name} ran to get {it}, and {he} held {it} tight.",
            ),
            (
                "They got a ladder, and {finder} climbed up.",
                "{finder_cap} came down with {my_obj}!",
            ),
            (
                "It was hard, but {finder} got {the_obj} down at last.",
                "{name} was so happy!",
            ),
            (
                "{finder_cap} tied a rope to a stick and pulled {the_obj} down.",
                "{It} fell into {name}'s arms.",
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
            (
                "They tried and tried, but nobody could reach {the_obj}.",
                "{name} had to go home without {it}.",
            ),
            (
                "{finder_cap} [pushed|poked] {the_obj} with a stick, but {it} only went higher.",
                "{name} had to leave {my_obj} {spot}.",
            ),
            ("{the_obj_cap} stayed stuck {spot}, and {it} never came down.",),
            ("At last, {the_obj} fell down, but {it} broke when {it} landed.",),
            (
                "They waited and waited, but {the_obj} did not come down.",
                "{name} went home without {it}.",
            ),
            ("{name} asked for help, but nobody had a ladder tall enough to reach {my_obj}.",),
            ("{name} cried, but crying could not bring {my_obj} down.",),
            (
                "They tried all day, but {the_obj} stayed {spot}.",
                "{name} went home with empty hands.",
            ),
            (
                "{my_obj} {was} too high for anyone.",
                "{name} had to leave {it} {spot}.",
            ),
            ("At last, {the_obj} came down, but {it} fell on a rock and broke.",),
            ("No one had a ladder, and {my_obj} stayed up there for ever.",),
            ("{the_obj_cap} slid even higher, and they never got {it} back.",),
            ("{name} looked up at {my_obj} one last time and went home.",),
            (
                "It got dark, and {the_obj} {was} still {spot}.",
                "The next day, {it} {was} gone.",
            ),
            (
                "The stick broke, and {the_obj} stayed stuck {spot}.",
                "{name} cried all the way home.",
            ),
            ("{name} had to say goodbye to {my_obj}. {It} {was} still {spot}.",),
            ("Nobody could reach {my_obj}, so {name} had to go home without {it}.",),
        ),
        "moral": (
            ("thinking of a good plan is better than giving up",),
            ("it is good to ask for help when something is out of reach",),
            ("you should play safe and not throw things too high",),
            ("it is better to ask for help than to climb up high",),
            ("you should think before you throw something",),
            ("a good idea and a little help can fix almost anything",),
            ("it is better to play with your things close to the ground",),
            ("you should stay calm when something bad happens",),
            ("when you work together, hard things get easier",),
            ("you should not throw things so high that they get stuck",),
            ("a friend can help when you can't do it alone",),
            ("it is good to stay calm and think of a plan",),
            ("tall people can help small people, and that is okay",),
            ("you should ask a grown-up before you climb",),
            ("working together can fix big things",),
            ("you should be careful where you throw your things",),
            ("there is always a way if you keep trying",),
            ("it is good to listen when someone says be careful",),
        ),
        "moral_bad": (
            ("you should not throw your things too high",),
            ("you should listen when someone tells you to be careful",),
            ("some things are too high to get back",),
            ("it is better to play with care than to be sad later",),
            ("throwing things too high is not a good idea",),
            ("you should think before you throw your things",),
            ("some things stay stuck for ever",),
            ("it is better to play close to the ground than to lose your things",),
            ("you should not throw your things near high places",),
            ("you should listen when a friend says be careful",),
        ),
        "summary": (
            ("{name}'s {obj} gets stuck {spot}, and {finder} helps get it down.",),
            ("{name}'s {obj} goes up too high and gets stuck {spot}, but {finder} gets it back.",),
        ),
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
            ("{animal_cap} kept walking around {name}, as if it wanted something.",),
            ('"Be careful," {parent} said. "{animal_cap} takes things when nobody is looking."',),
            ("{name} noticed {animal} run off with a shoe that was not its own.",),
            ("{animal_cap} came closer to {my_obj}, but {name} did not think about it.",),
            ("{friend} warned {name} that {animal} had taken {fhis} toy the day before.",),
            ("{name} noticed that {animal} did not take its eyes off {my_obj}.",),
            ("{name} noticed {animal} {at_place}. It kept looking at {my_obj}.",),
            ('"That {animal} takes things," {friend} said. "Be careful with your {obj}."',),
            ('{parent} warned, "Keep your {obj} close. {animal_cap} likes to play with things."',),
            (
                "{name} noticed that every time {he} put {my_obj} down, {animal} came a little closer.",
            ),
            (
                "{animal_cap} sat and watched {name} play. It did not look away from {the_obj} once.",
            ),
            ("{name} did not know that {animal} had taken lots of things {at_place} before.",),
            (
                '"Don\'t leave your {obj} on the ground," {parent} warned. "{animal_cap} is around."',
            ),
            (
                "{name} saw {animal} run by with a sock in its mouth, and {he} laughed. {He} did not think about {my_obj}.",
            ),
            (
                '{friend} whispered, "{animal_cap} is looking at your {obj}."',
                "{name} did not think about it.",
            ),
        ),
        "payoff": (
            ("{name} remembered how {animal} had been watching {my_obj}.",),
            ("{name} remembered how {animal} had looked at {my_obj} [like that|all morning].",),
            ("{parent} had said {animal} took things, and now {name} [knew|saw] it was true.",),
            ("Now {name} remembered how {animal} had stayed close all morning.",),
            ("{name} should have kept {my_obj} away from {animal}, just as {parent} had said.",),
            (
                "{name} remembered the way {animal} had looked at {my_obj}. It had wanted {it} all along!",
            ),
            ("{friend} had said {animal} took things, and now it had taken {my_obj}!",),
            ("{name} remembered the sock in {animal}'s mouth. Now it had {my_obj}!",),
            ('"{parent} told me to keep {it} close," {name} remembered softly.',),
            ("{name} remembered how {animal} had sat and watched {him}. Now {he} knew why.",),
            ("It was just what {parent} had warned {him} about.",),
            ("Now {name} remembered how {animal} had come closer and closer.",),
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
            (
                "{name} did not see {animal} come near.",
                "All at once, it took {my_obj} and ran {spot}!",
            ),
            (
                "{animal_cap} [watched|looked at] {the_obj} for a long time.",
                "Then, all at once, it took {it} and [ran|hid] {spot}!",
            ),
            (
                "{name} [put|set] {my_obj} [down|next to {him}] to [eat|have a drink|look at something].",
                "When {he} turned back, {animal} had {it} and was running {spot}!",
            ),
            (
                "{animal_cap} came up to {name} as if it wanted to play.",
                "Then it took {my_obj} and ran {spot}!",
            ),
            (
                "Just then, {animal} [jumped|ran] out of nowhere.",
                "It took {my_obj} out of {name}'s hands and ran {spot}!",
            ),
            (
                "{name} [threw|rolled] {my_obj} to {friend}, but {animal} got to {it} first.",
                "It [took|grabbed] {it} and ran {spot}!",
            ),
            (
                "{name} and {friend} sat down to rest.",
                "{animal_cap} came by, took {my_obj} and ran {spot}.",
            ),
            (
                "{name} heard a [noise|sound] and turned around.",
                "{animal_cap} had {my_obj}! It ran {spot} with {it}.",
            ),
            (
                '{friend} [said|shouted], "Look out!" But it was too slow.',
                "{animal_cap} [took|grabbed] {my_obj} and [ran|went] {spot}.",
            ),
            (
                "{name} was showing {my_obj} to {friend} when {animal} ran up.",
                "It [took|grabbed] {it} and ran {spot}, [very fast|as fast as it could].",
            ),
            (
                "{animal_cap} wanted something to play with.",
                "It [saw|found] {my_obj}, [took|picked up] {it} and ran {spot}!",
            ),
            (
                "{name} put {my_obj} down to tie {his} shoe.",
                "When {he} looked up, {animal} had {it} in its mouth!",
            ),
            (
                "{animal_cap} ran past {name} very fast.",
                "When it was gone, so was {my_obj}!",
            ),
            (
                '"Hey!" {name} shouted. {animal_cap} had {my_obj}!',
                "It ran {spot} before {name} could stop it.",
            ),
            (
                "While {name} and {friend} were eating, {animal} came by.",
                "It took {my_obj} and ran {spot}.",
            ),
            (
                "{name} held out {my_obj} to show {friend}.",
                "But {animal} jumped up and took {it}!",
            ),
            (
                "{animal_cap} waited until {name} looked away.",
                "Then it took {my_obj} and ran off {spot}.",
            ),
            (
                "{name} was not looking when {animal} came near.",
                "It grabbed {my_obj} and ran {spot} as fast as it could.",
            ),
            (
                "When {name} threw {my_obj}, {animal} caught {it} first!",
                "Then it ran {spot} with {it}.",
            ),
            (
                "{name} put {my_obj} on the bench and went to play.",
                "{animal_cap} jumped up, took {it} and ran {spot}.",
            ),
            (
                "{animal_cap} came up as if it wanted to be friends.",
                "{name} smiled, but then it took {my_obj} and ran!",
            ),
            (
                "{name} heard a little noise behind {him}.",
                "{He} turned and saw {animal} running {spot} with {my_obj}!",
            ),
            (
                "{name} dropped {my_obj} on the ground, and {animal} saw it fall.",
                "It took {it} and ran {spot}!",
            ),
            (
                "{animal_cap} was looking for something to play with.",
                "It found {my_obj} and took {it} {spot}!",
            ),
            (
                "{name} and {friend} were laughing so hard that they did not see {animal}.",
                "When they stopped, {my_obj} {was} gone, and {animal} was running {spot}!",
            ),
            (
                "{animal_cap} looked at {my_obj} for a second.",
                "Then it took {it} and ran {spot}.",
            ),
            (
                "{name} was not holding {my_obj} very tight.",
                "{animal_cap} jumped up and took {it} out of {his} hands!",
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
            ('{name} called, "Stop! That is my {obj}!" But {animal} did not stop.',),
            ("{friend} tried to get close to {animal}, but it ran the other way.",),
            ("They ran after {animal}, but it was much faster than them.",),
            ("{name} [got down|sat down] and called to {animal}, but it only looked at {him}.",),
            (
                "{friend} [clapped {fhis} hands|made a funny noise], but {animal} did not let go of {the_obj}.",
            ),
            ("Every time they got close, {animal} [ran|jumped] away [again|with {the_obj}].",),
            ("{name} tried to take {my_obj} back, but {animal} held on [tight|hard].",),
            ("{animal_cap} [ran|went] {spot} and would not come out.",),
            (
                '{name} said [nicely|softly], "Please give {it} back." But {animal} only looked at {him}.',
            ),
            (
                '"Please stop!" {name} called.',
                "But {animal} only ran faster.",
            ),
            ("{friend} tried to get around {animal}, but it saw {fhim} and ran.",),
            (
                '{name} got close to {animal} and said, "Good, good."',
                "But it ran off again with {the_obj}.",
            ),
            ("{name} ran {spot} after {animal}, but it ran out the other side.",),
            (
                "{friend} held out a stick.",
                "{animal_cap} did not want the stick. It wanted {the_obj}.",
            ),
            ("They tried to catch {animal} from two sides, but it got away.",),
            ("{name} pulled on {the_obj}, but {animal} pulled back even harder.",),
            ("{name} ran and ran until {he} had to stop. {animal_cap} was still too fast.",),
            ("{friend} tried to be very quiet, but {animal} heard {fhim} and ran.",),
            ("When {name} came near, {animal} held {the_obj} tighter and ran off again.",),
            (
                '"Drop it!" said {friend}.',
                "But {animal} did not drop {the_obj}.",
            ),
            ("{name} sat down and waited, but {animal} did not come back.",),
            ("They followed {animal} all over {place}, but they could not catch it.",),
        ),
        "want": (
            (
                "Give me back my {obj}!",
                "That is my {obj}!",
                "Come back with my {obj}!",
                "Why did it take my {obj}?",
                "Hey! That is mine!",
                "Stop! Bring back my {obj}!",
                "Oh no, {animal} has my {obj}!",
                "Please, give my {obj} back!",
                "Where is it going with my {obj}?",
                "It ran away with my {obj}!",
                "How can we get my {obj} back?",
                "I want my {obj} back!",
                "What if it [breaks|loses] my {obj}?",
                "No! My {obj} is not yours!",
                "Give {it} back, please!",
                "My {obj}! It has my {obj}!",
                "Come back here with my {obj}!",
                "It took my {obj}! Help!",
                "Please don't break my {obj}!",
                "How do I get my {obj} back?",
                "It won't give my {obj} back!",
                "Stop, please! That is my {obj}!",
                "Why won't it stop?",
                "I can't catch it! It is too fast!",
                "We have to get my {obj} back!",
            ),
        ),
        "offer": (
            (
                "Let's give it something else.",
                "Maybe it only wants to play.",
                "I know what to do.",
                "[Stay calm|Be quiet], or it will run away again.",
                "Don't run, or it will run away.",
                "Let's be very quiet and go slowly.",
                "I think it wants to play with us.",
                "Maybe it is hungry. Let's give it a treat.",
                "I will call it, and you get your {obj}.",
                "Let's sit down and wait. It will come back.",
                "We can give it a stick instead.",
                "Stay calm, I have an idea.",
                "Don't worry, it will not keep {it}.",
                "Don't run after it. It thinks you are playing.",
                "Let's give it something better than your {obj}.",
                "I have a treat in my bag. Let's try it.",
                "Stay still. It will come to us.",
                "Let's go slowly, so it does not run.",
                "I will go this way, and you go that way.",
                "Call it softly. Maybe it will come.",
                "Don't shout. It will only run faster.",
                "It wants to play. Let's play with it.",
                "Maybe it will drop {it} if we wait.",
                "I know! Let's throw a stick for it.",
                "Stay calm. We will get your {obj} back.",
                "Let's sit down. Then it will not be scared.",
            ),
        ),
        "twist": (
            (
                "But then, they saw why {animal} had taken {the_obj}: it had [little ones|babies] {spot}, and they were [playing with {it}|sleeping next to {it}]!",
            ),
            (
                "But then, something surprising happened: {animal} [stopped|sat down] and looked back at them, as if it wanted them to [follow|play].",
            ),
            (
                "Then something surprising happened: {animal} stayed {spot} and looked back at them, with {the_obj} next to it.",
            ),
            (
                "To everyone's surprise, {animal} was not being bad at all. It was [only|just] [playing|hungry]!",
            ),
            ("But then, they saw that {animal} was very thin, and it looked hungry and sad.",),
            (
                "But then, {name} saw something surprising: {animal} was [lying|sitting] {spot} next to {the_obj}, and it looked [sleepy|tired].",
            ),
            (
                "Then, something surprising happened: {animal} ran {spot} and came back out again, as if it wanted them to [play a game|follow].",
            ),
            ("But then, {animal} stopped running and lay down with {the_obj}.",),
            (
                "To {name}'s surprise, {animal} was not running away. It wanted them to run after it!",
            ),
            ("But then, {name} saw that {animal} was only a baby, and it looked lonely.",),
            ("Just then, {animal} dropped {the_obj}, but then it took {it} again.",),
            ("But then, another animal came, and {animal} looked scared.",),
            ("To everyone's surprise, {animal} brought {the_obj} {spot} and hid it there.",),
            ("But then, {animal} sat down and looked at them, as if it was saying sorry.",),
        ),
        "twist_win": (
            (
                "To everyone's surprise, {animal} [brought|carried] {the_obj} [back|over] to {friend} and [sat down|waited] next to {fhim}.",
            ),
            (
                "But then, something surprising happened: {animal} put {the_obj} down and looked up at them. It only wanted someone to play with!",
            ),
            (
                "But then, {animal} walked back all by itself and [put|dropped] {the_obj} at {name}'s feet!",
            ),
            (
                "But then, {animal} saw something else and forgot about {the_obj}. It dropped {it} and ran off!",
            ),
            (
                "But then, something surprising happened: {animal} [sneezed|yawned], and {the_obj} fell [out|down] next to {name}!",
            ),
            (
                "To everyone's surprise, {parent} [came over|walked up], and {animal} gave {the_obj} to {parent} [at once|as if nothing had happened]!",
            ),
            (
                "But then, {animal} got tired and lay down.",
                "It let go of {the_obj}, and {name} picked {it} up.",
            ),
            ("To everyone's surprise, {animal} came back and put {the_obj} in {name}'s hands.",),
            (
                "But then, {animal} heard someone call it.",
                "It dropped {the_obj} and ran home.",
            ),
            (
                "Just then, {animal} saw a bird and ran after it instead.",
                "{the_obj_cap} fell on the ground!",
            ),
            (
                "But then, {animal} wanted to play a game.",
                "It dropped {the_obj} at {name}'s feet and waited!",
            ),
            (
                "To {name}'s surprise, {animal} gave {the_obj} to {friend}, and then it sat next to {fhim}.",
            ),
        ),
        "twist_bad": (
            (
                "But then, {animal} [jumped|ran] into a hole and came out with {the_obj} all [dirty|broken].",
            ),
            (
                "But then, {animal} ran [even further|far away] and [hid|went] where nobody could follow.",
            ),
            ("But then, {animal} dropped {the_obj} into [some mud|a deep hole].",),
            ("But then, {animal} chewed {the_obj} [hard|again and again].",),
            ("But then, {animal} ran out of {place}, and they could not follow it.",),
            ("But then, {animal} jumped into the water with {the_obj}.",),
            ("Instead of giving {the_obj} back, {animal} started to chew {it}, and {it} broke.",),
            ("But then, {animal} gave {the_obj} to another animal, and they both ran away.",),
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
            (
                '{finder_cap} held out a treat and said, "Come here!"',
                "{animal_cap} dropped {the_obj} and ran over for the treat.",
            ),
            (
                "{finder_cap} sat down and stayed very still.",
                "Soon {animal} came over and left {the_obj} behind.",
            ),
            (
                "{finder_cap} clapped and ran the other way.",
                "{animal_cap} dropped {the_obj} and ran after {finder}, as if it was a game.",
            ),
            (
                "{finder_cap} threw an old toy far away.",
                "{animal_cap} liked the toy more and left {the_obj} behind.",
            ),
            (
                "{finder_cap} talked to {animal} in a soft voice.",
                "Slowly, {animal} put down {the_obj}, and {finder} took {it} back.",
            ),
            (
                '{finder_cap} [said|shouted] in a [big|strong] voice, "Drop it!"',
                "{animal_cap} dropped {the_obj} at once.",
            ),
            (
                "{name} pretended to have something yummy in {his} hand.",
                "{animal_cap} dropped {the_obj} to come and see.",
            ),
            (
                "{finder_cap} put a little food down and waited.",
                "{animal_cap} went for the food and left {the_obj} behind.",
            ),
            (
                "They stood still and let {animal} come back.",
                "Soon it came back and put {the_obj} down next to {finder}.",
            ),
            (
                "{finder_cap} started to play with {animal}.",
                "Soon {animal} was so happy that it gave {the_obj} back.",
            ),
            (
                "{finder_cap} sat down and held out {finder_his} hand.",
                "{animal_cap} came slowly and dropped {the_obj} in it.",
            ),
            (
                "{finder_cap} threw a stick far away.",
                "{animal_cap} ran after it, and {the_obj} fell to the ground.",
            ),
            (
                '"Come here, little one," {finder} said softly.',
                "{animal_cap} came closer and let go of {the_obj}.",
            ),
            (
                "{finder_cap} gave {animal} a little snack.",
                "{animal_cap} liked the snack more than {the_obj}!",
            ),
            (
                "{finder_cap} did not run. {Finder_he} waited very quietly.",
                "At last, {animal} came back and put down {the_obj}.",
            ),
            (
                "{finder_cap} played with {animal} for a while.",
                "Then {animal} gave {the_obj} back, as if it was a game.",
            ),
            (
                "{finder_cap} walked up slowly and talked to {animal}.",
                "It let {finder} take {the_obj}.",
            ),
            (
                "{finder_cap} made a funny noise, and {animal} looked up.",
                "It dropped {the_obj}, and {name} picked {it} up fast.",
            ),
            (
                "{finder_cap} gave {animal} a stick to play with.",
                "{animal_cap} took the stick and left {the_obj}.",
            ),
            (
                'When {finder} said "Sit," {animal} sat down.',
                "{the_obj_cap} fell out of its mouth!",
            ),
            (
                "{finder_cap} and {name} sat very still.",
                "Soon {animal} came and dropped {the_obj} next to them.",
            ),
            (
                '{finder_cap} got down on {finder_his} knees and said, "Come here."',
                "{animal_cap} came, and {finder} took {the_obj} gently.",
            ),
            (
                "In the end, {finder} got {the_obj} back from {animal}.",
                "{my_obj} {was} a little wet, but {it} {was} fine.",
            ),
            (
                "{finder_cap} knew just what to do. {Finder_he} gave {animal} a treat.",
                "{animal_cap} let go of {the_obj} at once.",
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
            (
                "{animal_cap} ran {spot} and [did not come out again|never came back].",
                "{name} [waited|looked] [for a long time|until dark], but {my_obj} {was} gone.",
            ),
            ("They never caught {animal}, and {name} never got {my_obj} back.",),
            (
                "When they got {the_obj} back at last, {it} {was} [all wet and dirty|all chewed up].",
                "{It} {was} no good anymore.",
            ),
            (
                "{animal_cap} [took|carried] {the_obj} [far away|out of sight], and they could not [find|follow] it.",
                "{name} went home without {my_obj}.",
            ),
            ("{animal_cap} [hid|buried] {the_obj} somewhere, and nobody could find {it} again.",),
            ("They ran and ran, but {animal} was too fast, and {the_obj} {was} gone for good.",),
            (
                "{name} looked for {animal} [all day|until the sun went down].",
                "But it never came back, and neither did {my_obj}.",
            ),
            ("{animal_cap} ran away, and {name} never saw {my_obj} again.",),
            ("When {animal} dropped {the_obj} at last, {it} {was} all chewed up.",),
            ("They looked all over {place}, but {animal} and {my_obj} were gone.",),
            ("{animal_cap} took {my_obj} {spot}, and it did not come back out.",),
            ("By the time they got {the_obj} back, {it} {was} broken.",),
            ("{name} went home without {my_obj}. {animal_cap} still had {it}.",),
            ("They waited, but {animal} never came back with {my_obj}.",),
            ("{animal_cap} hid {the_obj} somewhere, and nobody ever found {it}.",),
            ("{name} cried, because {animal} had run off with {my_obj} for good.",),
        ),
        "moral": (
            ("if you are gentle and patient, even animals will listen",),
            ("animals only want to play, and being kind works better than running after them",),
            ("it is good to stay calm and think",),
            ("being kind to animals works better than getting angry",),
            ("it is good to keep your things close when animals are around",),
            ("a calm voice can do more than running",),
            ("animals are not bad, they just want to play",),
            ("when something bad happens, it helps to think of a plan",),
            ("it is better to be patient than to run after an animal",),
            ("you should stay calm, because running makes animals run too",),
            ("a kind voice works better than a loud one",),
            ("animals like to play, and you can play with them nicely",),
            ("it is good to think before you run after something",),
            ("being patient can help you get things back",),
            ("you should keep your things close when animals are around",),
            ("a friend with a good idea can save the day",),
            ("you should be gentle with animals, even when they take your things",),
            ("you can get things back if you are calm and kind",),
        ),
        "moral_bad": (
            ("you should keep an eye on your things",),
            ("you should not leave your things where animals can take them",),
            ("you should keep your things close when animals are near",),
            ("running after an animal only makes it run faster",),
            ("animals will take what you leave lying around",),
            ("you should not leave your things where animals can get them",),
            ("animals do not know what is yours",),
            ("running after animals does not help",),
            ("you should listen when someone says to keep your things close",),
            ("shouting at animals only makes them run away",),
        ),
        "summary": (
            ("{animal_cap} takes {name}'s {obj} {at_place}, and they win it back.",),
            (
                "{animal_cap} runs off with {name}'s {obj}, but {finder} finds a way to get it back.",
            ),
        ),
        "summary_bad": (("{animal_cap} runs off with {name}'s {obj}, and it is lost for good.",),),
    },
    "broken": {
        "warn": (
            (
                '{parent} said, "Be gentle with your {obj}. {It_is} [not very strong|easy to break]."',
            ),
            (
                "{name} saw a [small|little] crack in {the_obj}, but {he} [kept playing|did not think about it].",
            ),
            ('"[Careful|Not so hard], {name}," {parent} said. "{It_is} [old|not very strong]."',),
            ("{name} threw {my_obj} around, even though {parent} had told {him} not to.",),
            (
                '"{It_is} [very old|not very strong]. Please be careful," {parent} said when {phe} gave {name} {my_obj}.',
            ),
            ("{name} noticed that one part of {the_obj} was a little weak.",),
            ('{friend} [said|told {name}], "Be careful, don\'t play so rough with your {obj}."',),
            (
                "{name} swung {my_obj} around, and {it} made a funny sound.",
                "{name} did not think about it.",
            ),
            ('"Be careful and hold {it} with two hands," {parent} told {name}.',),
            ('"Don\'t play too hard with your {obj}," {parent} said. "{It} can break."',),
            ("{name} noticed that {my_obj} made a funny sound when {he} shook {it}.",),
            (
                '{friend} said, "Be careful! {It_is} old."',
                "But {name} did not slow down.",
            ),
            ("{my_obj} had a little crack, but {name} did not know it.",),
            (
                "{name} liked to play rough with {my_obj}, and {parent} had warned {him} many times.",
            ),
            (
                '"Be careful and hold {it} with two hands," {parent} said.',
                "{name} held {it} with one.",
            ),
            ("{name} knew {my_obj} {was} not very strong, but {he} did not think about that now.",),
            ('{parent} warned, "If you drop {it}, {it} will break."',),
            ("Soon {name} would wish {he} had been more gentle with {my_obj}.",),
        ),
        "payoff": (
            ("{name} remembered the little crack and what {parent} had said.",),
            ("{parent} had said to be gentle, and now {name} [knew|saw] why.",),
            ("{name} remembered the warning and wished {he} had been more gentle.",),
            ("Now {name} [knew|saw] why {parent} had asked {him} to be careful.",),
            ("{name} remembered how {the_obj} had made a funny sound before.",),
            ("If only {name} had been careful, just as {parent} had said!",),
            ("{parent} had said {it} could break, and now {it} had.",),
            ("{name} remembered {parent}'s words: hold {it} with two hands.",),
            ("Why had {he} not been more gentle? {parent} had told {him}!",),
            ("{name} remembered the little crack. Now it was a big crack.",),
            ('"You said {it} was old," {name} remembered in a small voice.',),
            ("This was just what {parent} had warned about.",),
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
            (
                "{name} wanted to [see how fast {my_obj} could go|spin {my_obj} really fast].",
                "Then {it} went [crack|snap]! A piece of {it} broke off.",
            ),
            (
                "{name} put {my_obj} on a chair.",
                "{friend} sat down on {it} without looking. [Crack|Snap]! {It} broke.",
            ),
            (
                "{name} and {friend} both wanted {my_obj}.",
                "They pulled and pulled, and [crack|snap], {it} broke!",
            ),
            (
                "{name} was not looking and dropped {my_obj} on something hard.",
                "[Snap|Crack]! {It} broke [in two|into pieces].",
            ),
            (
                "{name} was [running|hurrying] to show {friend} {my_obj}.",
                "{He} [tripped|fell], and {my_obj} [flew|fell] out of {his} hands and broke!",
            ),
            (
                "{name} let go of {my_obj} without thinking.",
                "[Crack|Snap]! {It} fell on the [ground|floor] and broke into [many|lots of] pieces.",
            ),
            ("{animal_cap} ran into {name}, and {my_obj} fell and broke.",),
            (
                "{name} [stood on|climbed on] a chair to [show|hold up] {my_obj}.",
                "But the chair [moved|shook], and {the_obj} fell [down|to the floor] and broke.",
            ),
            (
                "{name} [pushed|pulled] {my_obj} too [hard|much].",
                "[Snap|Crack]! Now {it} {was} in two pieces.",
            ),
            (
                "{name} put {my_obj} down and forgot about {it}.",
                "{parent} did not see {it} and stepped on {it}. [Crack|Snap]! {It} broke.",
            ),
            (
                "{name} ran faster and faster with {my_obj} in {his} hands.",
                "Then {he} tripped, and {it} broke [in two|into pieces].",
            ),
            (
                "{name} threw {my_obj} up and did not catch {it}.",
                "Crack! {It} broke on the ground.",
            ),
            (
                "{name} sat down, but {my_obj} {was} under {him}.",
                "Snap! {It} broke.",
            ),
            (
                "{name} and {friend} were playing fast {at_place}.",
                "{my_obj} fell on a rock and broke!",
            ),
            (
                "{name} tried to spin {my_obj} on one finger.",
                "But {it} fell and broke into two pieces.",
            ),
            (
                "When {name} tripped, {my_obj} flew out of {his} hands.",
                "{It} landed hard and broke.",
            ),
            (
                "{name} pulled too hard on {my_obj}.",
                "With a loud snap, {it} came apart!",
            ),
            (
                "{friend} asked to see {my_obj}, and {name} threw {it} to {fhim}.",
                "{friend} did not catch {it}, and {it} broke.",
            ),
            (
                "{name} put {my_obj} on a high seat.",
                "{It} fell off and broke into pieces.",
            ),
            (
                "{name} was running with {my_obj} when {he} fell down.",
                "{His} knee was fine, but {my_obj} {was} broken.",
            ),
            (
                "{name} and {friend} both wanted to hold {my_obj}.",
                "They pulled, and it broke in two!",
            ),
            (
                "{name} did not see {my_obj} on the ground and stepped on {it}.",
                "Crack! {It} broke.",
            ),
            (
                "{my_obj} fell down the steps, one by one.",
                "When {name} got to {it}, {it} {was} in pieces.",
            ),
            (
                "{name} played with {my_obj} all day, again and again.",
                "At last, {it} broke.",
            ),
            (
                "{animal_cap} ran by and pushed {my_obj} off the table.",
                "{It} broke when {it} landed!",
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
            (
                "{name} held the two pieces together and hoped, but [they fell apart|it did not work].",
            ),
            ("{friend} tried to tie the pieces with string, but the string kept slipping.",),
            ("One piece of {the_obj} was missing, and they could not find it.",),
            ("{name} held the pieces together, but when {he} let go, they fell apart.",),
            ("{friend} put some tape on {the_obj}, but {it} {was} still broken.",),
            ("{name} tried to fix {the_obj}, but {he} did not know how.",),
            (
                "They tried to push the pieces together [again|one more time], but [they would not fit|it was no use].",
            ),
            ("{friend} found a little glue, but it was all dry and did not stick.",),
            ("{name} turned the pieces this way and that, but they did not fit.",),
            (
                "[Big tears|Tears] fell on the pieces as {name} tried [again and again|one more time].",
            ),
            ("{name} pushed the pieces together, but when {he} let go, they fell apart.",),
            ("{friend} found some tape, but it was not strong enough for {the_obj}.",),
            ("They tried to fit the pieces, but one piece was gone.",),
            ("{name} looked at the pieces and did not know where they went.",),
            (
                '"Maybe this piece goes here," said {friend}.',
                "But it did not fit.",
            ),
            ("{name} held the pieces together for a long time, but they did not stay.",),
            ("{name} used a lot of tape, but {the_obj} still did not work.",),
            ("They looked for the lost piece {spot}, but it was not there.",),
            ("{friend} tried some glue, but {fhe} used too little.",),
            ("{name} tried and tried, but {he} could not fix {my_obj}.",),
            ("Every time {name} put one piece on, another piece fell off.",),
            ("{friend} tried to help, but {fhe} did not know how to fix {the_obj}.",),
        ),
        "want": (
            (
                "My {obj} is broken!",
                "Can we fix it?",
                "I want my {obj} to be good again.",
                "Look what happened to my {obj}!",
                "Oh no, I broke my {obj}!",
                "Can you help me fix my {obj}?",
                "My {obj} is in pieces!",
                "I did not want to break {it}!",
                "Will my {obj} ever be the same?",
                "I loved my {obj} so much!",
                "Please, can you fix {it}?",
                "Now I can't play with my {obj}!",
                "It was my best {obj}!",
                "Oh no! My {obj} broke!",
                "I broke my {obj}!",
                "Now my {obj} is in pieces!",
                "Can anyone fix my {obj}?",
                "I didn't want to break it!",
                "Is my {obj} broken for ever?",
                "I want to play with my {obj} again!",
                "My {obj} is not the same now!",
                "What can I do with a broken {obj}?",
                "Can we make {it} good again?",
                "My poor {obj}!",
                "I was not careful with my {obj}!",
            ),
        ),
        "offer": (
            (
                "We can fix it.",
                "Let me [see|help].",
                "I think I know how to fix it.",
                "Don't cry, we will fix it together.",
                "Let me look. I think we can fix {it}.",
                "We just need some glue.",
                "Don't be sad. {It} can be fixed.",
                "Let's find all the pieces first.",
                "I have some tape. Let's try.",
                "We can fix {it} together.",
                "It will take time, but we can fix {it}.",
                "Bring me the pieces, and we will see.",
                "It is okay, everyone breaks things sometimes.",
                "Let me see {it}. Maybe I can fix {it}.",
                "Don't cry. Let's find some glue for {it}.",
                "We can fix {it} if we work together.",
                "Give me the pieces. I will help.",
                "Let's put {it} back together.",
                "I will get the tape!",
                "We can make {it} good again.",
                "Let's look at the pieces first.",
                "I fixed my toy once, so I can help you.",
                "It is okay. Things break sometimes.",
                "Don't be sad. Let's try to fix {it}.",
                "Hold this piece, and I will hold that one.",
                "We need glue and a little time.",
            ),
        ),
        "twist": (
            (
                "Then something surprising happened: {parent} came in and said that {phe} had [fixed|fixed] the same kind of {obj} when {phe} was little!",
            ),
            (
                "But then, something [surprising|wonderful] happened: when {finder} looked at the pieces, {finder_he} saw how to make {it} even better than before.",
            ),
            ("But then, {name} found the last little piece {spot}. Now they had all the pieces!",),
            (
                "To {name}'s surprise, {friend} [said|told {him}] that {fhe} had fixed a broken {obj} once before.",
            ),
            ("But then, {parent} came over with some glue and tape and a big smile.",),
            (
                "But then, something surprising happened: the pieces [fit|went] together so easily, like a puzzle!",
            ),
            (
                "But then, {name} had a surprising idea: what if {he} [could make|made] {the_obj} even better than before?",
            ),
            (
                "But then, {friend} had a surprising idea: what if they used string instead of glue?",
            ),
            ("To {name}'s surprise, {parent} had a box of glue and tape in the house.",),
            ("But then, {name} saw that the pieces were not so small after all.",),
            ("Just then, {friend} found the last piece {spot}! They could not believe it.",),
            (
                "But then, {animal} came in with a little piece in its mouth. It was from {the_obj}!",
            ),
            ("To everyone's surprise, the pieces of {the_obj} fit together well.",),
            ('But then, {parent} looked at {the_obj} and said, "I know someone who can help."',),
        ),
        "twist_bad": (
            ("But then, {name} stepped on one of the pieces, and it broke [again|even more].",),
            (
                "But then, {animal} ran by and pushed the pieces [away|everywhere], and one piece was lost.",
            ),
            ("But then, one of the pieces [fell|rolled] {spot}, and they could not find it.",),
            ("But then, {friend} dropped {the_obj}, and {it} broke [even more|into more pieces].",),
            ("But then, the glue got on {name}'s hands, and {the_obj} fell again.",),
            (
                "Just then, {friend} sat on one of the pieces, and it broke too. They could not believe it.",
            ),
            ("But then, they saw that the biggest piece had a crack too.",),
            ("But then, {parent} said the glue was all gone.",),
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
            (
                "{finder_cap} [got|found] some [strong|good] glue.",
                "[Slowly|Carefully], {finder} [put|glued] the pieces back together, and {my_obj} {was} in one piece again.",
            ),
            (
                "They put {the_obj} on the table.",
                "With a little glue and a lot of care, {finder} fixed {it}.",
            ),
            (
                "{name} and {finder} held the pieces together and put tape around them.",
                "When they were done, {my_obj} {was} fixed!",
            ),
            (
                "{finder_cap} knew just how to fix {the_obj}.",
                "Soon {it} {was} [fixed|like new]!",
            ),
            (
                "{finder_cap} put a little glue on each piece.",
                "When the glue was dry, {my_obj} {was} fixed!",
            ),
            (
                "It was not easy, but {finder} did not give up.",
                "{finder_cap} fixed {the_obj} piece by piece.",
            ),
            (
                "{finder_cap} taped the pieces together.",
                "{the_obj_cap} looked a little funny now, but {it} worked!",
            ),
            (
                "{name} and {finder} worked at the table [all day|for a long time].",
                "At last, {my_obj} {was} fixed.",
            ),
            (
                '{finder_cap} looked at the pieces and said, "I can fix this!"',
                "And {finder_he} did! {my_obj} {was} [good as new|fixed].",
            ),
            ("{finder_cap} put some strong tape around {the_obj}, and {it} {was} good again.",),
            (
                "{finder_cap} put glue on the pieces and held them tight.",
                "After a while, {my_obj} {was} fixed!",
            ),
            (
                "With tape and glue, {finder} made {the_obj} good again.",
                "{name} gave {finder} a big hug.",
            ),
            (
                "{finder_cap} and {name} fixed {the_obj} together, one piece at a time.",
                "It took a long time, but {it} worked again!",
            ),
            (
                '"Let\'s let the glue dry," {finder} said.',
                "The next day, {my_obj} {was} as good as new.",
            ),
            (
                "{finder_cap} knew just where each piece went.",
                "Soon {my_obj} {was} fixed, and {name} could play again.",
            ),
            (
                "{finder_cap} worked very carefully.",
                "When {finder} was done, {name} could not even see the crack in {my_obj}!",
            ),
            (
                "{finder_cap} fixed {the_obj} with some strong glue.",
                "{name} was so happy to have {it} back.",
            ),
            (
                "First, {finder} found all the pieces.",
                "Then {finder} put them back, and {my_obj} {was} fixed!",
            ),
            (
                "{finder_cap} put tape all around {the_obj}.",
                "{It} looked a little funny, but {name} loved {it} even more.",
            ),
            (
                '"There," {finder} said at last. "Your {obj} is fixed."',
                "{name} held {it} with a big smile.",
            ),
            (
                "{name} helped {finder} hold the pieces while the glue dried.",
                "Now {my_obj} {was} strong again.",
            ),
            (
                "{finder_cap} showed {name} how to fix {the_obj}.",
                "Together, they made {it} good again.",
            ),
            (
                "It took glue, tape and a lot of care.",
                "But at last, {my_obj} {was} in one piece again.",
            ),
            ("{finder_cap} fixed {the_obj} so well that {it} looked new.",),
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
            ("{finder_cap} tried to glue {the_obj}, but one piece was missing.",),
            (
                "They fixed {the_obj} with tape, but the next day, {it} broke again.",
                "This time, {it} could not be fixed.",
            ),
            (
                "{the_obj_cap} {was} in too many pieces.",
                "Even {parent} could not fix {it}, and {name} [cried|felt very sad].",
            ),
            ("{name} put the pieces of {my_obj} in a drawer and felt sad.",),
            ("The glue was [old|dry] and did not stick, and {my_obj} stayed broken.",),
            ('"I am sorry, but I can not fix your {obj}," {finder} said.',),
            ("{name} tried to play with {the_obj} again, but {it} fell apart.",),
            ("They tried for a long time, but {my_obj} could not be fixed.",),
            ("{my_obj} stayed broken, and {name} put {it} away in a box.",),
            ("The glue did not work, and {the_obj} fell apart again and again.",),
            (
                "{finder_cap} looked at the pieces and shook {finder_his} head.",
                "{my_obj} {was} broken for good.",
            ),
            ("One piece was lost, so {the_obj} could never be fixed.",),
            ("{name} cried when {he} saw that {my_obj} would never be the same.",),
            ("They fixed {the_obj}, but {it} broke again the next day.",),
            ("{name} had to say goodbye to {my_obj}. {It} {was} too broken.",),
            ("Even {finder} could not make {my_obj} good again.",),
        ),
        "moral": (
            ("it is okay when things break, because you can fix them with help",),
            ("broken things can be fixed when we work together",),
            ("you should be gentle with your things",),
            ("everyone breaks things sometimes, and you can try to fix them",),
            ("you should hold the things you love with care",),
            ("with glue, time and a little help, broken things can be good again",),
            ("being gentle keeps your things safe",),
            ("you should not give up when something breaks",),
            ("you can still love a thing, even when it is broken",),
            ("you should be gentle with the things you love",),
            ("broken things can be fixed with a little help",),
            ("it is okay to ask for help when something breaks",),
            ("you should hold your things with care",),
            ("friends can help you fix what is broken",),
            ("it is good to be patient when you fix something",),
            ("things you love need soft hands",),
            ("when something breaks, you should not give up",),
            ("some glue and a lot of care can fix many things",),
        ),
        "moral_bad": (
            ("you should be gentle with the things you love",),
            ("some things stay broken, so you should be careful with them",),
            ("you should play gently with the things you love",),
            ("it is better to be careful than to be sorry",),
            ("rough play can break the things you love",),
            ("you should be more gentle with your things",),
            ("some broken things can not be fixed",),
            ("playing too hard can break what you love",),
            ("you should listen when someone says be gentle",),
            ("it is sad when you break something you love",),
        ),
        "summary": (
            ("{name} breaks {his} {obj}, and {finder} helps fix it.",),
            ("{name}'s {obj} breaks {at_place}, and {finder} helps to fix it.",),
        ),
        "summary_bad": (("{name}'s {obj} breaks and cannot be fixed.",),),
    },
    "sharing": {
        "warn": (
            ('{parent} said, "[Remember|Don\'t forget] to share with {friend}."',),
            ("{friend} kept looking at {my_obj} all morning.",),
            ("{name} saw that {friend} had no toy [to play with|of {fhis} own] that day.",),
            ("{name} did not like to share, and {parent} had told {him} {he} should.",),
            ('"Remember, good friends share," {parent} said.',),
            ("{name} noticed that {friend} kept looking at {my_obj}, but {he} held {it} tight.",),
            ("{friend} had always wanted to try {a_obj}, and soon {fhe} would ask.",),
            ("{name} had told {friend} that {my_obj} {was} just for {him}.",),
            ("{friend} looked at {my_obj} and wanted to say something.",),
            (
                "{name} loved {my_obj} so much that {he} did not want anyone to touch {it}. Soon {he} would have to share {it}.",
            ),
            (
                '"Will you let {friend} play with your {obj}?" {parent} asked.',
                "{name} did not know what to say.",
            ),
            ("{friend} had never played with {a_obj} before, and soon {fhe} would want to try.",),
            ('{parent} said, "When {friend} comes, remember to be kind and share."',),
            ("{name} hid {my_obj} behind {his} back when {friend} came over. {friend} noticed.",),
            ("{friend} noticed {my_obj} at once, and {fhis} eyes got big.",),
            ("{name} did not know how sad {friend} would feel later.",),
            (
                '"Friends take turns," {parent} had told {name}.',
                "But {name} only held {my_obj} tighter.",
            ),
            (
                "{name} had just got {a_obj}, and {he} did not think {he} would share {it} with anyone.",
            ),
        ),
        "payoff": (
            ("{name} thought about what {parent} had said about sharing.",),
            ("{name} remembered how {friend} had been looking at {my_obj}.",),
            ("{name} remembered how {friend} had looked at {my_obj} [all day|with big eyes].",),
            ("{name} remembered that {he} should share, but {he} still did not want to.",),
            ("{name} remembered {parent}'s words: good friends share.",),
            ("Soon {name} remembered how sad {friend} had looked.",),
            ("{parent} had said to share, but {name} had not listened.",),
            ("{name} remembered the way {friend}'s eyes had got big when {fhe} saw {my_obj}.",),
            ('"Friends take turns," {parent} had said. Now {name} thought about it.',),
            ("{name} remembered hiding {my_obj} behind {his} back, and {he} did not feel good.",),
            ("{name} remembered {parent}'s words again: be kind and share.",),
            ("Now {name} saw how sad {friend} was, just as {parent} had said.",),
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
            (
                '{friend} asked, "Can I [hold|try] your {obj}, [please|just once]?"',
                '"No," said {name}. "{It_is} mine!"',
            ),
            (
                "{friend} sat down next to {name} and looked at {my_obj}.",
                "But {name} turned away.",
            ),
            (
                "{name} had {my_obj}, and {friend} had nothing to play with.",
                "{friend} asked to play too, but {name} [said no|shook {his} head].",
            ),
            (
                "{friend} held out {fhis} hand for a turn with {the_obj}.",
                '{name} [put|hid] {my_obj} behind {his} back and said, "No!"',
            ),
            (
                "{friend} asked to try {my_obj} [for just a minute|just once].",
                '"You will break {it}," said {name}.',
            ),
            (
                "{name} and {friend} were playing {at_place}, but {name} kept {my_obj} all to {him}self.",
                "{friend} could only watch.",
            ),
            (
                '{friend} asked, "Can we play with your {obj} together?"',
                'But {name} said, "No, {it_is} mine!"',
            ),
            (
                "{name} [ran around|played] with {my_obj} and did not [look at|think about] {friend} at all.",
                "{friend} [sat|stood] alone and [waited|looked sad].",
            ),
            (
                "When {friend} [came close|reached out], {name} [pulled|took] {my_obj} away.",
                '"Don\'t touch {it}!" {he} said.',
            ),
            (
                "{friend} had no toy to play with that day.",
                "{friend} asked to share {the_obj}, but {name} [said no|did not want to].",
            ),
            (
                "{friend} asked [nicely|very nicely] for a turn with {my_obj}.",
                "{name} [thought about it|looked at {friend}], but then {he} [said no|held {it} closer].",
            ),
            (
                '"Can I play too?" {friend} asked.',
                '"No," said {name}. "{It_is} my {obj}."',
            ),
            (
                "{friend} sat next to {name} and waited for a turn with {my_obj}.",
                "But {name} did not give {friend} one.",
            ),
            ("{friend} put out {fhis} hand, but {name} pulled {my_obj} away.",),
            ("When {friend} asked to try {my_obj}, {name} ran off with {it}.",),
            (
                "{name} played with {my_obj} while {friend} watched.",
                '{friend} asked, "Can I have a turn?" But {name} said no.',
            ),
            (
                "{friend} wanted to hold {my_obj} for just one minute.",
                '"No!" said {name}. "You can\'t!"',
            ),
            (
                "{friend} had no {obj}, so {fhe} asked {name} to share.",
                "{name} turned {his} back.",
            ),
            ("{name} showed {my_obj} to {friend}, but {he} did not let {fhim} touch {it}.",),
            (
                '"Please, can we play with your {obj} together?" {friend} asked.',
                "{name} shook {his} head.",
            ),
            (
                "{friend} tried to play with {my_obj} too.",
                '"Stop! {It_is} mine!" {name} shouted.',
            ),
            (
                "{name} played and played with {my_obj}.",
                "{He} did not see that {friend} was sad.",
            ),
            (
                "{friend} asked for a turn with {my_obj}, and then {fhe} asked again.",
                "Each time, {name} said no.",
            ),
            ("{name} kept {my_obj} close all day, and {friend} had nothing to do.",),
            (
                '{friend} said, "Your {obj} looks so fun!"',
                "But {name} did not let {friend} try {it}.",
            ),
            (
                "{name} sat with {my_obj} on one side of {place}, and {friend} sat alone on the other.",
            ),
        ),
        "try": (
            (
                "{friend} [waited and waited|sat down and waited], but {name} did not give {him_friend} a turn.",
            ),
            ("{friend} [looked sad|sat alone] and did not say anything.",),
            ("{friend} asked again, [nicely|very nicely] this time, but {name} still said no.",),
            ('{friend} asked, "Please, just for a little while?" But {name} still said no.',),
            (
                "{friend} [offered|showed] {name} {fhis} snack for a turn, but {name} did not want it.",
            ),
            ("{friend} waited for a long time, but {name} did not share.",),
            ("{friend} tried to play something else, but {fhe} kept looking at {the_obj}.",),
            ("{friend} asked {parent} for help, but {name} still held {my_obj} [tight|close].",),
            ("{friend} [sighed|looked down] and [said nothing|sat alone] {at_place}.",),
            ("{friend} promised to be [very careful|gentle], but {name} did not listen.",),
            ("{friend} asked one more time, but {name} [turned around|ran away] with {my_obj}.",),
            (
                "{friend} [smiled|was nice] and asked again, but {name} [only held {my_obj} closer|still would not share].",
            ),
            (
                "{friend} sat quietly and waited.",
                "Maybe {name} would share soon? But {he} did not.",
            ),
            ("{friend} asked {parent} to help, but {name} still held {my_obj} close.",),
            (
                '"I will give {it} back soon," {friend} said.',
                "But {name} did not believe {friend}.",
            ),
            ("{friend} tried to play alone, but it was no fun without {the_obj}.",),
            ("{friend} smiled at {name}, but {name} did not smile back.",),
            ("{friend} showed {name} {fhis} own toy, but {name} only wanted {my_obj}.",),
            (
                "{friend} looked at {my_obj} with sad eyes.",
                "{name} looked away.",
            ),
            (
                '"Just one turn?" {friend} asked.',
                "{name} said no again.",
            ),
            ("{friend} waited and waited, but {fhis} turn never came.",),
            (
                "{friend} asked to hold {the_obj} for one minute, but {name} said {it} {was} too new.",
            ),
            (
                '{friend} said, "I will be your best friend!"',
                "But {name} still would not share.",
            ),
            ("{friend} offered to play a game with {name}, but {name} only played with {my_obj}.",),
        ),
        "want": (
            (
                "It is my {obj}!",
                "I want to play with it [alone|first]!",
                "You can't have it!",
                "Go and get your own {obj}!",
                "No, {it_is} mine!",
                "I had {it} first!",
                "You will break my {obj}!",
                "I do not want to share my {obj}!",
                "Find your own toy!",
                "Maybe later, not now!",
                "{It_is} only for me!",
                "You can look, but you can't touch!",
                "Go away, I am playing!",
                "But I want to play with {it}!",
                "No! I want it all for me!",
                "You can't touch my {obj}!",
                "But {it_is} my {obj}, not yours!",
                "I don't want you to break it!",
                "It is new! You can't play with it!",
                "I want to play with my {obj} first!",
                "Get your own {obj}!",
                "My {obj} is only for me!",
                "Don't touch it! It is mine!",
                "You can play with it later, not now!",
                "I am playing with it now!",
                "Why should I share my {obj}?",
            ),
        ),
        "offer": (
            (
                "Can I [have a turn|play too]?",
                "We can take turns.",
                "It is more fun with two.",
                "Please, just for a little while?",
                "Can I hold {it}, just for a minute?",
                "I will be careful, I promise!",
                "Let's play with {it} together!",
                "You can have a turn with my toy too.",
                "Please? I will give {it} back soon.",
                "We could play a game with {it}!",
                "Playing alone is no fun.",
                "I just want to try {it} once.",
                "Can we share? Friends share.",
                "Can we play with your {obj} together?",
                "I will give {it} back, I promise.",
                "Just one turn, please?",
                "I will be careful with {it}.",
                "We can play with it together. It is more fun!",
                "You have a turn, and then I have a turn.",
                "Can I just hold {it} for a minute?",
                "I only want to play with {it} a little bit.",
                "Let's take turns, and you can go first.",
                "I will share my snack with you.",
                "I would share with you.",
                "Please, can I try {it} too?",
                "Two friends can play with {it} together.",
            ),
        ),
        "twist": (
            (
                "To {name}'s surprise, {friend} did not get angry. {friend} said {fhe} would wait, and that made {name} think.",
            ),
            (
                "But then, something surprising happened: {friend} [took out|showed] {fhis} own toy, and it was [just as fun|even better], and {fhe} wanted to share it with {name}!",
            ),
            ("But then, {name} saw that {friend} was about to cry, and {name} felt bad inside.",),
            (
                "But then, {name} was not having fun playing alone. It was not fun without {friend}!",
            ),
            (
                "To {name}'s surprise, {friend} made up a fun game for two.",
                "But the game needed {the_obj}, and it needed two friends!",
            ),
            (
                "Just then, {parent} [came by|walked over] and sat down next to them, but did not say a word.",
            ),
            (
                "But then, {name} saw {friend} share {fhis} snack with {animal}, and {animal} looked so happy.",
            ),
            ("But then, {name} saw a tear on {friend}'s face.",),
            ("To {name}'s surprise, {friend} did not cry. {FHe} just smiled and waited.",),
            ("But then, {friend} gave {name} {fhis} snack, even though {name} had not shared.",),
            ("Just then, {name} tried to play a game alone with {my_obj}, but it was no fun.",),
            ("But then, {name} looked at {friend} and saw {fhim} sitting all alone.",),
            ("To everyone's surprise, {animal} came and sat with {friend} instead of {name}.",),
            ("But then, {name} thought of a day when nobody had shared with {him}.",),
        ),
        "twist_bad": (
            (
                "But then, {friend} [grabbed|pulled] {the_obj}, and {name} pulled back [hard|even harder].",
            ),
            (
                "But then, {name} ran off with {the_obj}, and {friend} [started to cry|went to tell {parent}].",
            ),
            ("Just then, {friend} got up and went to play with other children instead.",),
            (
                "But then, {the_obj} slipped out of {name}'s hands while {he} held {it} away from {friend}.",
            ),
            ("But then, {friend} got up and went home without a word.",),
            ("Instead of sharing, {name} ran away with {the_obj}, and {it} fell and broke.",),
            ("But then, {friend} found a new friend to play with instead.",),
            ("But then, {name} got angry and threw {my_obj} on the ground.",),
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
            (
                "{name} looked at {friend}'s sad face.",
                '"Here, you can have a turn," {he} said, and {he} gave {friend} {the_obj}.',
            ),
            (
                "{name} put {my_obj} between them.",
                '"Let\'s play together," {he} said, and they did, [all day|until it was time to go].',
            ),
            (
                "{name} gave {the_obj} to {friend}.",
                "They took turns, and it was more fun than playing alone.",
            ),
            (
                '"I am sorry," {name} said to {friend}. "Do you want to [play|try]?"',
                "{friend} [nodded|smiled], and they played with {the_obj} together.",
            ),
            ("{name} gave {friend} a turn with {my_obj}, and {friend} was so happy.",),
            (
                "{name} showed {friend} how to play with {the_obj}.",
                "Soon they were laughing together.",
            ),
            (
                "[At last|In the end], {name} let {friend} have {my_obj} for a while.",
                "{friend} gave {it} back with a smile.",
            ),
            (
                "{name} walked over to {friend} and [gave|held out] {my_obj}.",
                '"We can share," {he} said, and {friend}\'s face [lit up|was all smiles].',
            ),
            ("{name} and {friend} took turns with {the_obj}, and they laughed a lot.",),
            (
                "{name} thought about it and gave {my_obj} to {friend}.",
                '"You can go first," {he} said.',
            ),
            (
                '"Here," {name} said. "Let\'s play with my {obj} together."',
                "{friend} laughed, and they played all day.",
            ),
            (
                "{name} gave {friend} a turn with {my_obj}.",
                "{friend} was so happy, and so was {name}!",
            ),
            (
                '{name} said, "I am sorry. You can play with my {obj}."',
                "They took turns until the sun went down.",
            ),
            (
                "At last, {name} held out {my_obj}.",
                "{friend}'s face lit up with a big smile.",
            ),
            (
                "{name} and {friend} took turns with {my_obj}.",
                "It was much more fun than playing alone.",
            ),
            (
                "{name} walked over and sat next to {friend}.",
                "Then {he} gave {friend} {my_obj}, and they played together.",
            ),
            (
                "{name} put {my_obj} in {friend}'s hands.",
                '"Now it is your turn," {he} said.',
            ),
            (
                "When {name} shared {my_obj}, {friend} shared {fhis} toy too.",
                "They had so much fun!",
            ),
            (
                '{name} said, "We can both play."',
                "So they played with {my_obj} together, and they laughed a lot.",
            ),
            (
                "{name} let {friend} hold {my_obj}.",
                "{friend} was careful with {it}, and {name} was glad.",
            ),
            (
                '"Do you want a turn?" {name} asked.',
                "{friend} nodded, and {name} gave {fhim} {the_obj}.",
            ),
            (
                "{name} and {friend} made up a new game with {my_obj}.",
                "It was the best game ever!",
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
            (
                "{name} kept {my_obj} all to {him}self, and {friend} went home.",
                "It was not fun at all.",
            ),
            (
                "{friend} [pulled|grabbed] {the_obj}, and {name} pulled back.",
                "{It} fell and broke, and they both cried.",
            ),
            (
                "{friend} went to play with someone else.",
                "{name} sat alone with {my_obj} and felt sad.",
            ),
            ("{name} [held|kept] {my_obj} all day, but {friend} did not talk to {him} anymore.",),
            (
                "{parent} [took|put away] {the_obj} because {name} would not share.",
                "Now nobody could play with {it}.",
            ),
            ("{friend} went home, and {name} had no friend to play with, only {my_obj}.",),
            ("{friend} went home sad, and {name} played with {my_obj} alone.",),
            ("{name} did not share {my_obj}, and soon {friend} did not want to play anymore.",),
            ("{name} had {my_obj}, but {he} did not have a friend to play with.",),
            ("{friend} played with other children, and {name} sat alone with {my_obj}.",),
            ("That night, {name} looked at {my_obj}, but {he} only felt sad.",),
            ("{name} kept {my_obj}, but {he} lost a friend that day.",),
            ("{friend} did not come to play the next day. {name} had only {my_obj}.",),
            ("{parent} put {my_obj} away until {name} could learn to share.",),
        ),
        "moral": (
            ("it feels good to be kind and share",),
            ("sharing makes playing more fun",),
            ("friends are more important than toys",),
            ("sharing your things makes your friends happy",),
            ("it is more fun to play with a friend than to play alone",),
            ("taking turns is fair, and it is fun too",),
            ("a good friend shares, even the things they love most",),
            ("when you share, everyone can have fun",),
            ("giving a friend a turn makes you feel good inside",),
            ("sharing is a way to show you care",),
            ("when you share, you get to play with a friend",),
            ("a toy is more fun when two friends play with it",),
            ("friends are happy when you share with them",),
            ("taking turns makes everyone happy",),
            ("it is kind to share what you have",),
            ("you should think about how your friends feel",),
            ("sharing makes a friend smile",),
            ("it is good to say sorry and share",),
        ),
        "moral_bad": (
            ("if you do not share, you end up alone",),
            ("not sharing can make you lose a friend",),
            ("playing alone is no fun at all",),
            ("it is better to share than to be alone",),
            ("keeping everything to yourself makes you sad",),
            ("a toy is no fun when you have no one to play with",),
            ("you should share with your friends",),
            ("friends go away when you do not share",),
            ("it is sad to play alone",),
            ("you should think of how your friend feels",),
        ),
        "summary": (
            (
                "{name} does not want to share {his} {obj} with {friend}, but learns that sharing is fun.",
            ),
            ("{name} learns to share {his} {obj} with {friend} {at_place}.",),
        ),
        "summary_bad": (("{name} will not share {his} {obj} with {friend}, and it ends badly.",),),
    },
    "water": {
        "warn": (
            ('{parent} said, "Do not go too close to {water}, [it is deep|the water is deep]."',),
            ("{name} saw that the ground by {water} was wet, but {he} went close anyway.",),
            ('"Stay [back|away] from {water} with your {obj}," {parent} [said|called].',),
            ("{name} played close to {water}, but {parent} had told {him} not to.",),
            ('"Be careful by {water}, and hold on tight to your {obj}," {parent} said.',),
            ("{friend} warned that things that fall in {water} are hard to get back.",),
            ("{name} noticed that the side of {water} was wet and muddy.",),
            ('"Don\'t go so close to {water} with your {obj}!" {friend} called.',),
            ("{name} ran close to {water} and did not think about {my_obj}.",),
            ('"Don\'t play by {water} with your {obj}," {parent} warned.',),
            ("{name} noticed how fast the water moved in {water}, but {he} went closer anyway.",),
            ('{parent} said, "Be careful. If you drop {it} in {water}, {it} will go away."',),
            (
                '{friend} said, "Let\'s not go so close to {water}."',
                "But {name} did not think it was so bad.",
            ),
            ("The ground by {water} was soft and wet, but {name} did not think about it.",),
            ('"Stay back here, {name}," {parent} warned. "Not by {water}."',),
            (
                "{name} held {my_obj} over the water to see {it} in the water. {parent} told {him} to be careful.",
            ),
            ("Soon {name} would wish {he} had stayed away from {water}.",),
            ("{name} liked to stand very close to {water}, and {parent} had told {him} not to.",),
        ),
        "payoff": (
            ("{name} remembered what {parent} had said about {water}.",),
            ("{parent} had told {him} to stay back, and now {name} knew why.",),
            ("{name} remembered the warning and wished {he} had stayed away from {water}.",),
            ("{name} remembered the warning, but now {my_obj} {was} in the water.",),
            ("Why had {he} gone so close? {parent} had told {him} not to!",),
            ("{name} remembered {parent}'s words and felt very sorry.",),
            ("{parent} had said not to play by {water}, and now {name} knew why.",),
            ("Now {my_obj} {was} in the water, just as {parent} had said.",),
            ("{name} remembered the soft, wet ground. {He} should have stayed back.",),
            ('"You told me to stay back," {name} remembered in a small voice.',),
            ("{friend} had said not to go so close. {name} wished {he} had listened.",),
            ("{name} remembered the warning as {he} watched {my_obj} go.",),
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
            (
                "{name} [got down|leaned over] to [touch|look at] the water.",
                "Splash! {my_obj} slipped out of {his} hands and fell {spot}!",
            ),
            (
                "{name} and {friend} [threw|passed] {my_obj} to each other by {water}.",
                "{friend} [missed|did not catch {it}], and {it} [went|fell] {spot} with a splash!",
            ),
            (
                "{name} [ran|walked] along the side of {water} with {my_obj}.",
                "{He} [tripped|slipped] on a wet rock, and {my_obj} [flew|fell] {spot}.",
            ),
            (
                "{name} put {my_obj} down by {water} [to rest|for a minute].",
                "Soon, {the_obj} slid down and fell {spot}!",
            ),
            (
                "{name} held {my_obj} up high by {water}.",
                "{It} slipped, and splash, {it} fell {spot}!",
            ),
            (
                "{name} [threw|kicked] {my_obj} [too far|too hard] without thinking.",
                "{It} went over the side and into {water}!",
            ),
            (
                "{animal_cap} [ran|jumped] by and pushed {name}.",
                "{my_obj} [fell|flew] out of {his} hands and [landed|fell] {spot}!",
            ),
            (
                "{name} and {friend} sat by {water} and [talked|looked at the water].",
                "{name} [turned|moved] too fast, and {my_obj} [fell|slid] {spot}!",
            ),
            (
                "{name} wanted to see if {my_obj} could swim.",
                "But {it} went away on the water!",
            ),
            (
                "{name} held {my_obj} over {water} to show {friend}.",
                "{It} slipped, and splash! {It} fell in.",
            ),
            (
                "The ground was wet, and {name} slipped.",
                "{my_obj} flew out of {his} hands and landed {spot}.",
            ),
            (
                "{name} threw {my_obj} to {friend}, but {it} went too far.",
                "{It} landed {spot} with a big splash!",
            ),
            (
                "{name} and {friend} ran along {water}.",
                "{my_obj} fell out of {name}'s hands and went {spot}.",
            ),
            (
                "{name} wanted to see the fish up close.",
                "{He} leaned over, and {my_obj} fell {spot}.",
            ),
            (
                "Someone ran by and pushed {name}.",
                "{my_obj} fell {spot}!",
            ),
            (
                "{name} put {my_obj} on a rock by the water.",
                "A little wave came and took {it} away!",
            ),
            (
                "Splash! {my_obj} {was} {spot}.",
                "{name} had dropped {it} while {he} ran.",
            ),
            (
                "{name} put {my_obj} on the water to see if {it} could swim.",
                "But {it} went too far out, and {name} could not get {it}.",
            ),
            ("When {name} jumped over a little stream, {my_obj} fell {spot}.",),
            (
                "{my_obj} slipped out of {name}'s hands.",
                "{It} landed {spot} and started to move away.",
            ),
            (
                "{name} and {friend} were throwing rocks in {water}.",
                "Then, without thinking, {name} threw {my_obj} in too!",
            ),
            (
                "{name} sat by {water} with {my_obj}.",
                "When {he} got up, {it} fell {spot}.",
            ),
            (
                "{name} held {my_obj} and looked at the ducks.",
                "Then {he} dropped {it} {spot}!",
            ),
        ),
        "try": (
            ("{name} reached out, but {the_obj} {was} too far away.",),
            ("{friend} tried to get {it} with a stick, but the stick was not long enough.",),
            (
                "{name} threw a little rock near {the_obj} to push {it} back, but {it} only went [further|more] away.",
            ),
            ("{name} lay down by {water} and reached out, but {my_obj} {was} just out of reach.",),
            ("{friend} threw a stick near {the_obj}, but {it} did not come back.",),
            ("They called to {the_obj} as if {it} could hear, but {it} only went further away.",),
            ("{name} put one foot in the water, but it was [too cold|too deep].",),
            ("{friend} found a stick, but the stick was not long enough.",),
            ("They walked along the side, but they could not reach {the_obj}.",),
            ("{name} wanted to jump in, but {friend} held {him} back. It was too deep!",),
            ("{name} hoped the water would bring {my_obj} back, but {it} did not come.",),
            ("{friend} tried to splash {the_obj} back, but {it} went further.",),
            ("{name} reached as far as {he} could, but {the_obj} {was} still far away.",),
            ("{friend} threw a rock to push {the_obj} back, but {it} went the other way.",),
            ("They ran along the side, but the water took {the_obj} too fast.",),
            ("{name} got a stick, but when {he} touched {the_obj}, {it} went further out.",),
            (
                "{friend} held {name}'s hand while {name} reached out.",
                "It was not far enough.",
            ),
            (
                '{name} called to {the_obj}, "Come back!"',
                "But {it} did not come back.",
            ),
            ("They waited for the water to bring {the_obj} back, but {it} did not come.",),
            ('{name} wanted to go in, but {friend} said, "No! It is too deep!"',),
            ("{friend} lay down on a rock and reached out, but {the_obj} {was} too far.",),
            ("{name} tried to get {my_obj} with {his} shoe, but {he} could not reach.",),
            ("They threw sticks near {the_obj}, but {it} only went round and round.",),
            ("{name} watched {my_obj} in the water and did not know what to do.",),
        ),
        "want": (
            (
                "My {obj} is in the water!",
                "It is going away!",
                "How can I get it back?",
                "Help, my {obj}!",
                "My {obj} fell in the water!",
                "Help! I can't get {it}!",
                "{It_is} getting away!",
                "Can you reach {it}?",
                "I should not have gone so close!",
                "What if we never get {it} back?",
                "Please, get my {obj} out of the water!",
                "The water is taking my {obj} away!",
                "Look, there {it_is}! {It_is} too far!",
                "It is going away! Help!",
                "I can't reach my {obj}!",
                "Come back, {obj}!",
                "Oh no! What if it goes down?",
                "My {obj} is wet and far away!",
                "How can we get {it} out?",
                "It is too deep for me!",
                "Please get my {obj} out!",
                "The water took my {obj}!",
                "I dropped it in the water!",
                "I want my {obj} back!",
            ),
        ),
        "offer": (
            (
                "Don't go in, it is too deep.",
                "I will get a net.",
                "Wait, I have an idea.",
                "Stay here, I will help you.",
                "Don't go in the water. I will help.",
                "Let's find a long stick.",
                "Stay back. I will get {it}.",
                "Wait, the water might bring {it} back.",
                "We need something long to reach {it}.",
                "I will get {it} for you.",
                "Don't cry. We will get your {obj} out.",
                "Hold my hand, and don't go too close.",
                "Let me try to reach {it}.",
                "Don't go in the water. Let's find a stick to get {it}.",
                "Stay back, and I will get help.",
                "Wait here. I will get {parent}.",
                "Let's follow {it} along the side.",
                "I can get {it} with a long stick.",
                "The water will bring {it} back. Let's wait.",
                "I know! We need a net for {it}.",
                "Let's not go in. It is too deep.",
                "Stay back here, and I will try.",
                "We can get {it} if we are careful.",
            ),
        ),
        "twist": (
            (
                "Then something surprising happened: a [duck|little fish] [came by|swam by], and {the_obj} [moved|moved] back toward {name} with it.",
            ),
            (
                "But then, something surprising happened: a [duck|big fish] pushed {the_obj} back to the shore, [as if it wanted to help|all by itself]!",
            ),
            ("But then, the water moved and pushed {the_obj} closer to the side.",),
            ("But then, {the_obj} got caught on a rock in the water and stayed there.",),
            (
                "To everyone's surprise, {animal} jumped into the water and swam toward {the_obj}, but it could not bring {it} back.",
            ),
            (
                "Then something surprising happened: {the_obj} stopped going away. {It} {was} just sitting there, waiting!",
            ),
            ("But then, the water turned and brought {the_obj} a little closer.",),
            ("To {name}'s surprise, a kind man came by and waved at them.",),
            ("Just then, {animal} ran to the side of {water}, but it only looked at {the_obj}.",),
            ("But then, {the_obj} stopped going away, and {it} stayed in one place.",),
            ("To everyone's surprise, a duck swam up to {the_obj} and pushed {it} with its head.",),
            ("But then, {friend} saw a long stick on the ground that could reach {the_obj}.",),
        ),
        "twist_bad": (
            ("But then, the water started to move faster and took {the_obj} further away.",),
            ("But then, {the_obj} went around and around and went down a little.",),
            ("But then, {animal} jumped in and pushed {the_obj} even further away.",),
            ("But then, a boat went by and pushed {the_obj} far out into {water}.",),
            ("But then, the water moved faster and pushed {the_obj} far out.",),
            ("But then, {the_obj} went down under the water.",),
            ("But then, a big wave came and took {the_obj} away.",),
            ("But then, it started to rain, and they had to go inside.",),
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
            (
                "{finder_cap} [got|found] a long stick and held it out over the water.",
                "[Slowly|Very slowly], {finder} pulled {the_obj} back to the side.",
            ),
            (
                "{finder_cap} waited until {the_obj} came close to the side.",
                "Then {finder} reached down [fast|in a second] and [got|grabbed] {it}!",
            ),
            (
                "{finder_cap} [walked|went] into the water [slowly|very carefully], where it was not deep.",
                "{finder_cap} [got|picked up] {the_obj} and [walked|came] back out with {it}.",
            ),
            (
                "{name} and {finder} held hands, so nobody would fall in.",
                "Together they leaned out, and {name} [got|grabbed] {my_obj}!",
            ),
            (
                "{finder_cap} [got|found] a net and [lifted|picked] {the_obj} out of the water.",
                "{It} {was} wet, but {it} {was} [fine|safe].",
            ),
            ("{finder_cap} pushed {the_obj} back to the side with a long stick.",),
            (
                "{finder_cap} took off {finder_his} shoes and stepped into the water.",
                "{finder_cap} got {the_obj} and brought {it} back.",
            ),
            (
                "The water [carried|moved] {the_obj} near a big rock by the side.",
                "{finder_cap} [climbed|stepped] onto the rock and [got|picked up] {it}.",
            ),
            (
                "{finder_cap} had a plan: a long stick to pull {the_obj} in.",
                "It worked!",
            ),
            ("{finder_cap} went out a little way and got {the_obj}.",),
            (
                "{finder_cap} reached out with a long stick.",
                "{finder_cap} pulled {the_obj} back to the side, and {name} picked {it} up.",
            ),
            (
                "{finder_cap} went into the water up to {finder_his} knees.",
                "{finder_cap} got {the_obj} and gave {it} to {name}.",
            ),
            (
                "{finder_cap} got a net and pulled {the_obj} out of {water}.",
                "{It} {was} wet, but {it} {was} fine!",
            ),
            ('"I have {it}!" {finder} shouted, holding {the_obj} up.',),
            (
                "{finder_cap} waited for the water to bring {the_obj} close.",
                "Then {finder_he} picked {it} up.",
            ),
            (
                "{finder_cap} held onto a post and reached out.",
                "{Finder_he} got {the_obj} just in time!",
            ),
            (
                "With a long stick, {finder} pushed {the_obj} back to the side.",
                "{name} picked {it} up and hugged {it}.",
            ),
            (
                "{finder_cap} took off {finder_his} shoes and went in.",
                "{Finder_he} came back with {my_obj}!",
            ),
            (
                "{finder_cap} threw a rope, and it landed on {the_obj}.",
                "Slowly, {finder} pulled {it} in.",
            ),
            (
                "{finder_cap} lay down on the ground and reached out.",
                "{Finder_he} got {the_obj} with one hand!",
            ),
            (
                "{finder_cap} used a net on a long stick to get {the_obj}.",
                "{name} was so happy!",
            ),
            ("They walked along {water}, and {finder} got {the_obj} when {it} came close.",),
            (
                "{finder_cap} found a long net and got {the_obj} out of the water.",
                "{name} dried {my_obj} in the sun.",
            ),
        ),
        "lose": (
            (
                "{the_obj_cap} went [far away|out of sight] on the water, and nobody could reach {it}.",
                "{name} watched {it} go and [cried|felt very sad].",
            ),
            ("{the_obj_cap} [went down|sank] into {water}, and they could not see {it} anymore.",),
            ("{the_obj_cap} went further and further away until they could not see {it}.",),
            ("{finder_cap} reached for {the_obj} with a stick, but the water took {it} away.",),
            (
                "{the_obj_cap} filled with water and went down {spot}.",
                "Nobody could get {it} back out.",
            ),
            (
                "They [waited|watched] by {water} [for a long time|until it got dark], but {the_obj} did not come back.",
            ),
            ("The water [took|carried] {my_obj} far away, and {name} never saw {it} again.",),
            ("{name} looked at {water} for a long time, but {my_obj} {was} gone for good.",),
            ("{the_obj_cap} went far out on {water}, and they never saw {it} again.",),
            ("{the_obj_cap} went down under the water, and nobody could get {it}.",),
            ("{name} watched as the water took {my_obj} away.",),
            ("{finder_cap} could not reach {the_obj}, and {it} went away for good.",),
            ("{my_obj} {was} gone in the water, and {name} went home sad.",),
            ("They tried and tried, but {the_obj} went too far out.",),
            ("The water took {my_obj} away, and {name} cried.",),
            ("{name} waited by {water} until dark, but {my_obj} did not come back.",),
        ),
        "moral": (
            ("it is better to ask for help than to go into deep water",),
            ("you should stay away from deep water and ask for help",),
            ("it is good to think before you act",),
            ("you should stay back from the side when you play by the water",),
            ("you should hold your things tight when you are near water",),
            ("it is smart to wait and think instead of jumping in",),
            ("asking a grown-up for help is the safe thing to do",),
            ("you should never go into deep water alone",),
            ("staying calm helps you find a good way to fix things",),
            ("you should stay away from the water when you play",),
            ("it is better to ask a grown-up than to go into the water",),
            ("you should be careful with your things by the water",),
            ("it is good to stay calm when your things fall in the water",),
            ("a friend can help you when you can't do something alone",),
            ("you should not go into deep water",),
            ("being careful by the water keeps you safe",),
            ("asking for help is a good idea",),
            ("you should listen when a grown-up says stay back",),
        ),
        "moral_bad": (
            ("you should listen when someone tells you to be careful",),
            ("you should not play too close to the water",),
            ("the water can take things away very fast",),
            ("it is better to stay back from the water with your things",),
            ("things you drop in the water can go away for good",),
            ("you should stay back from the water",),
            ("you should hold your things tight by the water",),
            ("it is better to be careful than to be sad",),
        ),
        "summary": (
            ("{name}'s {obj} falls into {water}, and {finder} gets it out.",),
            ("{name} drops {his} {obj} into {water}, and {finder} helps get it out.",),
        ),
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
            (
                "{name} did not like places where {he} could not see, because something could be hiding there.",
            ),
            ("At night, {name} kept a light on, because {he} did not know what was in the dark.",),
            ("{name} [looked|peeked] {spot} once and saw only dark. {He} did not look again.",),
            (
                "{friend} [liked|loved] dark places, but {name} always thought something was hiding in them.",
            ),
            (
                '"There is nothing to be scared of," {parent} [always|often] said, but {name} did not think so.',
            ),
            (
                "{name} [heard|thought {he} heard] something {spot} [earlier|that morning] and kept away.",
            ),
            ("{name} never liked to go {spot}. Something about it was too dark.",),
            (
                '"There is something {spot}," {friend} said.',
                "{name} did not want to know what it was.",
            ),
            (
                "{name} always asked {parent} to come with {him} when it was dark. {He} did not know that soon {he} would have to go alone.",
            ),
            ("{name} noticed a funny noise {spot}, and {he} walked away fast.",),
            (
                "At night, {name} kept a little light on, because {he} did not like the dark. {He} always thought something was hiding in the dark.",
            ),
            ("{name} did not know that soon {he} would have to go {spot}.",),
            ('{friend} laughed and said, "Don\'t go {spot}! It is so dark!"',),
            (
                "{name} was brave in the day, but dark places made {him} feel small. {He} noticed every sound in them.",
            ),
            (
                '{parent} said, "There is nothing {spot}."',
                "But {name} did not think so.",
            ),
        ),
        "payoff": (
            ("{name} thought about the dark and what {friend} had said.",),
            ("{name} remembered how much {he} did not like the dark.",),
            ("{name}'s heart went fast. This was the same kind of place {he} did not like.",),
            ("{name} remembered the noise {spot} and felt cold inside.",),
            ("{name} remembered how dark it had been {spot} before.",),
            ("It was the same place {name} had always been scared of.",),
            ("Now {name} had to go to the same dark place {he} did not like.",),
            ("{name} remembered the funny noise {spot}, and {his} legs felt weak.",),
            ("It was the place {friend} had said to stay away from.",),
            ("{name} remembered {his} little night light, but there was no light {spot}.",),
            ("{name} remembered what {parent} had said: there is nothing {spot}.",),
            ("This was the same dark place {name} had always walked away from.",),
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
            (
                "{the_obj_cap} fell {spot}.",
                "It was dark, and {name} heard a [weird|funny] noise.",
            ),
            (
                "{name} [played|was playing] with {the_obj}, and {it} [fell|went] {spot}.",
                "{name} looked. It was [very|so] dark, and {he} [could not see a thing|felt scared].",
            ),
            (
                "{name} [threw|rolled] {my_obj} to {friend}, but {it} went {spot}.",
                "{name} looked {spot}. It was [dark|very dark], and {he} did not want to go [in|near].",
            ),
            (
                "{name} [rolled|threw] {my_obj} to {friend}, but {friend} missed.",
                "{the_obj_cap} went {spot}, where it was dark. {name}'s legs [felt weak|shook].",
            ),
            (
                "{my_obj} fell out of {name}'s hands and [rolled|went] {spot}.",
                "It was so dark there, and {name} was scared.",
            ),
            (
                "{name} was playing with {my_obj} when {it} [went|rolled] {spot}.",
                "{name} stood very still. It was so dark {spot}!",
            ),
            (
                "{animal_cap} ran by and pushed {the_obj} {spot}.",
                "It was dark in there, and {name} felt scared.",
            ),
            (
                "{name} let go of {my_obj}, and {it} went {spot}.",
                "There was a noise in the dark, and {name} did not move.",
            ),
            (
                "{name} and {friend} were rolling {my_obj} to each other.",
                "{It} [rolled|went] too far and [stopped|went] {spot}, deep in the dark.",
            ),
            (
                "[Just then|All at once], {my_obj} [slipped|went] {spot}.",
                "It was too dark to see, and {name} stepped back.",
            ),
            (
                "{name} kicked {my_obj} the other way, and {it} went {spot}.",
                "{name} stopped. It was so dark in there.",
            ),
            (
                "{name} did not catch {my_obj}, and {it} rolled {spot}.",
                "{name} did not want to go there.",
            ),
            (
                "{friend} [played|was playing] with {my_obj} and dropped {it}.",
                "{the_obj_cap} [went|rolled] {spot}, and it was very dark in there.",
            ),
            (
                "{name} rolled {my_obj} too hard, and {it} went {spot}.",
                "It was dark, and {name} did not want to go.",
            ),
            (
                "{my_obj} fell out of {name}'s hands and went {spot}.",
                "{name} looked, but {he} could only see the dark.",
            ),
            (
                "{animal_cap} pushed {my_obj}, and {it} went {spot}.",
                "{name}'s heart went fast.",
            ),
            (
                "{name} and {friend} were playing with {my_obj} when {it} went {spot}.",
                "It was very dark in there.",
            ),
            (
                "{name} threw {my_obj}, and {it} went {spot}.",
                "{name} stood still. {He} was scared.",
            ),
            (
                "{name} dropped {my_obj}.",
                "It rolled and rolled, and then {it} was {spot}, where it was dark.",
            ),
            (
                "{name} wanted to get {my_obj}, but {it} {was} {spot}.",
                "And it was so dark there!",
            ),
            (
                "{my_obj} went {spot}.",
                "{name} heard a little sound in the dark and jumped back.",
            ),
            (
                "{name} played with {my_obj} by the door.",
                "Then {it} went {spot}, into the dark.",
            ),
            (
                "When {name} kicked {my_obj}, {it} went {spot}.",
                "{name} did not like it there at all.",
            ),
            (
                "{my_obj} slid {spot}, where {name} could not see.",
                "{name} wanted {it} back, but {he} was scared.",
            ),
            (
                "{name} saw {my_obj} go {spot}.",
                "{He} looked at the dark and did not move.",
            ),
            (
                "{name} and {friend} ran after {my_obj}, but {it} went {spot}.",
                "They both stopped.",
            ),
            (
                "{name} had {my_obj}, and then {it} was gone {spot}.",
                "{He} did not want to go into the dark.",
            ),
        ),
        "try": (
            ("{name} took one step, but then {he} [stopped|ran back].",),
            (
                "{name} [reached|put {his} hand] in a little way, but it was too dark, and {he} pulled back.",
            ),
            ("{name} [looked|peeked] {spot} again, but {he} could only see the dark.",),
            ("{name} got down to look, but {he} [shut|closed] {his} eyes [fast|at once].",),
            ("{name} took {friend}'s hand and took a step, but then {name} [stopped|froze].",),
            ('{name} called, "Come out, {obj}!" But {the_obj} did not come.',),
            ("{name} reached in, but something soft touched {his} hand, and {he} pulled back.",),
            ("{name} [tried to|wanted to] [be brave|go in], but {his} legs would not move.",),
            ("{name} asked {friend} to go, but {friend} was [scared|a little scared] too.",),
            ("{name} went [one step|a little] closer, but then {he} [ran back|turned around].",),
            ('{name} called, "Is anyone there?" Nobody answered, but {he} still did not go in.',),
            ("{name} looked {spot} again, but it was still too dark.",),
            ("{name} stood up tall and took one step, but then {he} ran back.",),
            ("{name} put out {his} hand, but it was too dark, and {he} pulled it back.",),
            (
                '{name} called, "Is anyone there?"',
                "Nobody answered, and {he} did not go in.",
            ),
            ("{name} looked {spot} with one eye, but {he} could not see {my_obj}.",),
            ("{name} tried to be brave, but {his} legs would not go.",),
            (
                '{friend} said, "Go on!"',
                "But {name} shook {his} head.",
            ),
            ("{name} counted to three, but when {he} got to three, {he} did not move.",),
            ("{name} got down to look {spot}, but it was too dark to see.",),
            ("{name} tried to sing a song to feel brave, but {he} still felt scared.",),
            ("{name} went to the door, but then {he} turned around.",),
            ("{name} closed {his} eyes and reached in, but {he} only found dust.",),
            ("{name} tried again, but then {he} heard a sound and ran back to {friend}.",),
        ),
        "want": (
            (
                "I want my {obj}, but I am scared!",
                "What if something is in there?",
                "It is too dark!",
                "I can't go {spot}!",
                "It is so dark in there!",
                "I am scared of the dark!",
                "I can't go in there!",
                "What if there is a monster?",
                "Can you get my {obj} for me?",
                "I can't see anything in there!",
                "My {obj} went {spot}!",
                "Something is in there, I heard it!",
                "I am too scared to go {spot}!",
                "I can't go in there! It is too dark!",
                "My {obj} is in the dark!",
                "What if something is {spot}?",
                "I want my {obj}, but I can't go in!",
                "Will you come with me?",
                "I don't like it {spot}!",
                "Please get my {obj} for me!",
                "It is so dark! I can't see my {obj}!",
                "What was that sound?",
                "I want to be brave, but I am scared!",
                "My {obj} is {spot}, and I can't get it!",
            ),
        ),
        "offer": (
            (
                "I will go with you.",
                "You are braver than you think.",
                "Hold my hand.",
                "We can go together.",
                "I will hold your hand all the time.",
                "There is nothing to be scared of.",
                "You can do it! I am here.",
                "Let's count to three and go in together.",
                "It is only dark in there.",
                "I will go first.",
                "Think about your {obj}. You can get {it}!",
                "Let's take a light and look.",
                "Stand up tall and be brave!",
                "I will hold your hand.",
                "Let's go in together.",
                "Don't be scared, I will come with you.",
                "Let's get a light. Then it will not be so dark.",
                "You are brave, and I know it.",
                "I will stand here and wait for you.",
                "Let's count to three and go in.",
                "There is nothing in there. It is only dark.",
                "I am scared too, but we can go together.",
                "I will sing, and you go get your {obj}.",
                "You can do hard things. Let's try.",
            ),
        ),
        "twist": (
            (
                "To {name}'s surprise, {friend} was scared too, and {name} [held|took] {fhis} hand to help {fhim} be brave.",
            ),
            (
                "But then, something surprising happened: {spot}, there was only a little [mouse|cat], and it was more scared than {name}!",
            ),
            (
                "Then {name} saw two little eyes {spot}, and {he} almost ran.",
                "But it was only {animal}!",
            ),
            ("But then, a little light came in, and it was not so dark {spot} anymore.",),
            (
                "To {name}'s surprise, {friend} said that {fhe} was scared of the dark too, when {fhe} was little.",
            ),
            (
                "But then, {name} remembered something {parent} always said: the dark is only the day with its eyes closed.",
            ),
            (
                "But then, {name} saw {my_obj}, just a little way in. {It} {was} not so far after all!",
            ),
            ("But then, {name} saw {my_obj} in the dark. {It} {was} not far in.",),
            ("To {name}'s surprise, the funny noise was only {animal}.",),
            ("But then, {parent} came with a little light, and {name} could see a bit {spot}.",),
            (
                'Just then, {friend} said, "I am scared too."',
                "{name} could not believe it.",
            ),
            ("But then, {name} remembered how much {he} loved {my_obj}.",),
            ("To everyone's surprise, the sun came in and made it a little less dark {spot}.",),
            ("But then, {name} heard {friend} sing a happy song, and it made {him} smile.",),
        ),
        "twist_bad": (
            (
                "But then, {name} heard a [weird|funny] noise from {spot}, and it got louder and louder.",
            ),
            ("But then, something moved {spot}, and {name} jumped back as fast as {he} could.",),
            ("But then, the light went out, and it was even darker than before.",),
            ("But then, {name} heard a loud noise, and {he} ran to {parent}.",),
            ("But then, a loud noise came from {spot}, and {name} ran away.",),
            ("Just then, {name} heard a loud sound, and {he} could not believe how loud it was.",),
            ("But then, {friend} ran away, and {name} was alone.",),
            ("But then, something moved {spot}, and {name} would not go near it.",),
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
            (
                '{name} stood up tall and said, "I can do this."',
                "{He} went {spot} and got {my_obj}!",
            ),
            (
                "{name} and {finder} went {spot} together, step by step.",
                "There was nothing scary, only {my_obj}!",
            ),
            (
                "{name} thought about how much {he} [loved|wanted] {my_obj}.",
                "That made {him} brave, and {he} [went|reached] {spot} and got {it}!",
            ),
            (
                "{name} found a little light and turned it on.",
                "Now {he} could see {my_obj} {spot}!",
            ),
            ("{name} sang a little song to feel brave and went {spot} to get {my_obj}.",),
            (
                '"You can do it!" {friend} called.',
                "{name} [counted|said] one, two, three, and [went|crawled] {spot}. There {was} {my_obj}!",
            ),
            (
                "{name} [crawled|went] {spot} [slowly|very slowly].",
                "It was dark, but {he} [kept going|did not stop], and soon {his} hand found {my_obj}!",
            ),
            (
                "{name} closed {his} eyes, reached {spot} and felt around.",
                "There! {His} fingers found {my_obj}, and {he} pulled {it} out.",
            ),
            (
                "{name} and {finder} [held hands|stayed close] and [went|looked] {spot}.",
                "It was not so scary [after all|with two], and {name} [got|found] {my_obj}.",
            ),
            (
                "{name} was still scared, but {he} went {spot} all the same.",
                "{He} found {my_obj} and [ran|came] back out, [laughing|so proud].",
            ),
            (
                "{finder_cap} [turned on|brought] a light, and {name} could see {my_obj} {spot}.",
                "{name} went in and got {it}!",
            ),
            (
                "{name} took {friend}'s hand, and they went {spot} together.",
                "There was {my_obj}!",
            ),
            (
                "{name} stood up tall and went {spot}.",
                "It was dark, but {he} found {my_obj}.",
            ),
            (
                "{finder_cap} held a light, and {name} went in.",
                "{He} got {my_obj} and came back out with a smile.",
            ),
            (
                '{name} said, "I can do this!"',
                "{He} went {spot} and came back with {my_obj}.",
            ),
            (
                "Step by step, {name} went {spot}.",
                "{His} hand found {my_obj}, and {he} ran back out.",
            ),
            (
                "{name} was still scared, but {he} went in anyway.",
                "And there was {my_obj}, just waiting for {him}.",
            ),
            (
                "{name} counted to three and went {spot}.",
                "{He} got {my_obj}, and it was not so scary after all.",
            ),
            (
                "With {finder} next to {him}, {name} went in.",
                "{my_obj} {was} there, and nothing else was.",
            ),
            (
                "{name} went {spot} and got {my_obj}.",
                '"I did it!" {he} shouted.',
            ),
            (
                "{name} felt brave inside.",
                "{He} went {spot}, picked up {my_obj} and came back.",
            ),
            (
                '{finder_cap} said, "You can do it!"',
                "So {name} went {spot} and got {my_obj}.",
            ),
            (
                "{name} shut {his} eyes and reached {spot}.",
                "{He} felt {my_obj} and pulled {it} out!",
            ),
            (
                "{name} went in slowly and found {my_obj}.",
                "{He} was not so scared of the dark now.",
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
            (
                "Every time {name} [went|tried to go] near, {he} got scared and ran back.",
                "{my_obj} stayed {spot} [all night|for a long time].",
            ),
            (
                "Nobody came to help, and {name} was too scared to go alone.",
                "{He} went home without {my_obj}.",
            ),
            (
                "{name} was so scared that {he} [ran|went] home.",
                "{my_obj} [stayed|was left] {spot}, and {name} never got {it} back.",
            ),
            ("{name} never got {my_obj} back, because {he} was too scared of the dark.",),
            (
                "The next day, {name} [tried|wanted to look] again, but {my_obj} {was} not {spot} anymore.",
            ),
            (
                "{name} looked into the dark for a long time, but {he} did not go in.",
                "{my_obj} stayed there.",
            ),
            ("{name} was too scared to go {spot}. {my_obj} stayed there.",),
            ("{name} went home without {my_obj}, because {he} could not go in.",),
            (
                "{name} looked at the dark one more time, but {he} could not go. {my_obj} {was} still {spot}.",
            ),
            ("Nobody went {spot}, and {my_obj} stayed in the dark.",),
            ("{name} cried, but {he} could not be brave that day. {my_obj} stayed {spot}.",),
            ("It got dark, and {name} had to go home without {my_obj}.",),
            ("The next day, {my_obj} {was} still {spot}, and {name} still did not go in.",),
            ("{name} never got {my_obj} back from the dark place.",),
        ),
        "moral": (
            ("you can be brave even when you feel scared",),
            ("being brave is doing what you need to do even when you are scared",),
            ("things are less scary when a friend is with you",),
            ("the dark is not so scary when you are brave",),
            ("being scared is okay, but you can still be brave",),
            ("holding a friend's hand can make you brave",),
            ("most scary things are not scary at all when you look",),
            ("you can do hard things even when you feel small",),
            ("being brave feels good",),
            ("being brave is going on even when you are scared",),
            ("a friend can help you be brave",),
            ("the dark is not scary when you have a light",),
            ("you are braver than you think",),
            ("it is okay to be scared, and you can still be brave",),
            ("you can do hard things when you try",),
            ("holding a hand can make you feel brave",),
            ("most scary things are not so scary when you look",),
            ("you should try, even when you are scared",),
        ),
        "moral_bad": (
            ("it is okay to be scared, but you should ask for help",),
            ("you should ask for help when you are scared",),
            ("being too scared can make you lose the things you love",),
            ("it is better to try than to run away",),
            ("being scared can stop you from doing what you want",),
            ("it is better to be brave than to lose the things you love",),
            ("you should try again tomorrow when you are scared",),
        ),
        "summary": (
            ("{name} is scared to get {his} {obj} from {spot}, but is brave and does it.",),
            ("{name}'s {obj} goes {spot}, and {name} must be brave to get it.",),
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
            "looked {spot2} and {spot3}",
            "got down and looked {spot3}",
            "walked all around {place} [two times|again]",
            "looked in {ahis} pocket [again|one more time]",
            "went back to where they had played",
            "[looked|searched] all around {spot2}",
            "looked under every seat [one more time|again]",
            "[asked|went to ask] {parent} for help",
            "walked slowly and looked at the ground",
            "[called|shouted] for {the_obj} again and again",
            "tried to remember where {ahe} had been",
            "looked in every bag {at_place}",
            "looked up and down for {the_obj}",
            "went to look by the way out",
            "looked {spot2} for a long time",
            "looked all over {place} one more time",
        ),
        (
            "{the_obj} {was} not there",
            "there was no {obj} [anywhere|at all]",
            "{ahe} found only [an old leaf|a little rock|some dust]",
            "nobody had seen {a_obj}",
            "{ahe} [could not see|did not find] {my_obj} [there|anywhere]",
            "{my_obj} {was} still [gone|lost]",
            "{ahe} did not find {it} [anywhere|there]",
            "it was no use",
            "{my_obj} {was} nowhere to be seen",
            "{my_obj} {was} not in any of those places",
            "{ahe} only found a little bug",
            "{ahe} came back with empty hands",
            "nobody knew where {the_obj} {was}",
            "{the_obj} did not turn up",
            "{ahe} saw nothing but dust",
            "{my_obj} {was} still lost",
            "{ahe} found nothing there",
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
            "threw {ahis} shoe up at {the_obj}",
            "jumped up and down below {the_obj}",
            "tried to climb up",
            "got a long stick and poked at {the_obj}",
            "stood on a rock",
            "tried to shake {the_obj} down",
            "threw a stick at {the_obj}",
            "pulled a box over and stood on it",
            "[stretched|reached] up as far as {ahe} could",
            "waited for {the_obj} to fall",
            "tried to climb up {spot}",
        ),
        (
            "{the_obj} {was} still too high",
            "{it} did not move",
            "{ahe} could not reach {it}",
            "it was no use",
            "{the_obj} did not come down",
            "{the_obj} stayed {spot}",
            "{ahe} [slid|came] back down",
            "{the_obj} {was} much too high",
            "{the_obj} did not fall",
            "the stick could not reach {it}",
            "{ahe} was not tall enough",
            "{ahe} fell off the box",
            "{the_obj} only moved a little",
            "{my_obj} {was} still stuck {spot}",
            "{the_obj} stayed up there",
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
            "walked up [quietly|very quietly] behind {animal}",
            "held out a treat to {animal}",
            "ran {spot} after {animal}",
            "[sat down|got down] and called {animal}",
            "threw a stick for {animal}",
            "[ran|went] around the other way",
            "put a snack on the ground for {animal}",
            "tried to be very quiet",
            "[ran|went] after {animal} all around {place}",
            '[said|called] "Please!" to {animal}',
            "waited {spot} for {animal}",
        ),
        (
            "{animal} ran [faster|away again]",
            "{animal} [jumped away|was too fast]",
            "{animal} held {the_obj} tight and did not let go",
            "{animal} only ran {spot}",
            "{animal} [ran off|hid] [again|{spot}] with {the_obj}",
            "{animal} [ran|went] off again",
            "{animal} did not even look up",
            "{animal} only looked back",
            "{animal} did not want to let go",
            "{animal} ran off with {the_obj} again",
            "{animal} kept {the_obj} in its mouth",
            "{animal} was much too fast",
            "{animal} did not come out",
            "{animal} ran away as soon as {ahe} came close",
        ),
    ),
    "broken": (
        (
            "tried to put the pieces back together",
            "[turned|moved] the pieces this way and that",
            "held the pieces [together|very hard]",
            "tried some tape on {the_obj}",
            "[looked for|found] every little piece of {the_obj}",
            "put a little glue on the pieces",
            "pushed the pieces together for a long time",
            "used a lot of tape on {the_obj}",
            "tried to fit the pieces like a puzzle",
            "held the two pieces together with both hands",
            "looked for the lost piece {spot}",
            "tried some glue on {the_obj}",
            "put the pieces in a row on the table",
            "tried to tie the pieces with string",
        ),
        (
            "they [would not stay|fell apart again]",
            "the tape did not hold",
            "{the_obj} still did not look good",
            "one piece was [missing|too small to hold]",
            "the pieces fell apart again",
            "{ahe} could not make them fit",
            "the tape came off {the_obj}",
            "the glue did not hold {the_obj} together",
            "one piece of {the_obj} did not fit",
            "{the_obj} fell apart again",
            "a little piece of {the_obj} was still missing",
            "{ahe} could not find the last piece",
            "{the_obj} still looked broken",
        ),
    ),
    "sharing": (
        (
            "asked for a turn [again|one more time]",
            "[waited and waited|sat and waited] for a turn",
            "[looked at|watched] {the_obj} with [big|sad] eyes",
            "said please [nicely|very nicely]",
            "showed {name} {ahis} snack",
            "sat close and waited quietly",
            "asked for just one turn",
            "sat next to {name} and waited",
            "promised to be careful",
            "asked [softly|very softly] for a turn",
            "offered {name} {ahis} best toy",
            "smiled and asked again",
            "[waited|stood] quietly by {name}",
        ),
        (
            "{name} still said no",
            "{name} held {my_obj} [tight|close]",
            "{name} turned away",
            "{name} [did not listen|looked away]",
            "{name} kept {the_obj} away",
            "{name} shook {his} head",
            "{name} held {my_obj} closer",
            '{name} said "No!" again',
            "{name} ran off with {my_obj}",
            "{name} did not even look up",
            "{name} did not want to share",
        ),
    ),
    "water": (
        (
            "reached out over the water",
            "[called|shouted] for help by {water}",
            "tried to get {the_obj} with a stick",
            "threw a little rock near {the_obj} to push {it} back",
            "[lay down|got down] by {water} and [reached|stretched] out",
            "put a long stick out [toward|near] {the_obj}",
            "[waved|called] to {the_obj} from the side",
            "[walked|ran] along the side of {water}",
            "reached out with a long stick",
            "threw a rock next to {the_obj}",
            "called {parent} to come and help",
            "ran to the other side of {water}",
            "got down on {ahis} knees and reached out",
            "tried to push the water with {ahis} hands",
            "[waited|stood] by {water} for a while",
            "held on to a post and reached out",
        ),
        (
            "{the_obj} {was} too far away",
            "the stick was not long enough",
            "{it} only went further away",
            "the water [pulled|took] {it} away again",
            "{the_obj} {was} just out of reach",
            "{the_obj} kept going away",
            "the water took {the_obj} further out",
            "{the_obj} went round and round",
            "{ahe} could not get close",
            "{ahe} could not go in the deep water",
            "{my_obj} {was} still too far",
            "{the_obj} did not come back",
            "{ahis} arm was not long enough",
        ),
    ),
    "brave": (
        (
            "took one step {spot}",
            "[moved|walked] [a little|one step] closer to {spot}",
            "[looked|peeked] {spot} again",
            "[reached|put {ahis} hand] in a little way",
            "[called|shouted] into the dark",
            "[counted|said] one, two, three",
            "tried to go {spot}",
            "[looked|peeked] in with one eye",
            "stood up tall",
            "[walked|went] up to the dark place",
            "sang a little song to feel brave",
            "shut {ahis} eyes and reached in",
            "tried to see {spot}",
            "[got down|sat down] by the dark place",
            'said, "I am brave," [softly|very softly]',
            "put one foot {spot}",
        ),
        (
            "it was [too dark|so dark] to see",
            "{ahe} [stopped|ran back]",
            "{ahe} pulled back [fast|at once]",
            "nothing [answered|came out]",
            "{ahe} [stopped|ran back] again",
            "{ahis} legs would not move",
            "it was much too dark",
            "{ahe} felt too scared",
            "{ahis} heart went too fast",
            "{ahe} could not see {my_obj}",
            "{ahe} heard a sound and stopped",
            "{ahe} ran back to the light",
            "it was still much too dark",
            "{ahis} hand would not go in",
        ),
    ),
}
