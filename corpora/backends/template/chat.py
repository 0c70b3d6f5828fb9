"""Small talk the plan gives reason for: inviting a friend, showing the object, the
feelings after the ending.

Children's stories talk a lot, and their talk is in the present tense and the second
person ("Do you want to play with me?", "I have an idea!", "Your kite is so pretty!"), which
narration in the past tense never writes. A corpus without it leaves a small model unable
to predict the commonest words of real dialogue (you, your, have, see, want, can), so the
realiser adds one of these exchanges at the setup and one after the ending now and then.
Every line is about the plan's people, object or place, so none could be moved to another
story unchanged; the speech tags come from `phrasing.say` like all other speech.

The setup talk comes before the outing: getting ready, asking the parent, showing or talking
about the object, planning what to do there. The talk after the ending fits every arc: a
happy one says only what all happy endings share (the object is fine, the day went well, the
friend and the parent were there), a sad one only comfort, regret, a hug and hope. A line
that asks to go out says "Can we go" word for word, so the realiser can leave it out when
the outing is already asked for. Objects may be plural ("shoes"): lines say "{It_is}" and
"{it}", never "it is my {obj}". In a line of two or more sentences, each one after the first
names someone or something of the plan (or says "it"/"they"), or has at most three words,
as every sentence of a story must; none ends on a word that gets contracted ("I will!").
"""

from __future__ import annotations

# Each exchange: (speaker, words, mood) with speaker "hero", "friend" or "parent".
Exchange = tuple[tuple[str, str, str], ...]

# The first two offer the object to the friend: not told in a story about learning to share.
OFFERS_OBJECT = 2
SETUP: tuple[Exchange, ...] = (
    (
        (
            "hero",
            "[Do you want to|Would you like to|Do you want to come and] play with my {obj}, {friend}?",
            "said",
        ),
        ("friend", "[Yes, I do|Yes, please|I would love to]!", "cried"),
    ),
    (
        ("hero", "[Look at|Come and see|Do you see] my {obj}, {friend}?", "said"),
        ("friend", "[Wow|Oh], {it_is} so [nice|pretty|cool]! Can I see {it}?", "said"),
        ("hero", "[Yes, you can|Here you go|Okay, but be careful].", "said"),
    ),
    # From here on, nothing offers the object to the friend.
    (
        ("hero", "Can we go {to_place} [today|now|after lunch], please?", "said"),
        ("parent", "[Yes, we can|Okay, let's go|Yes, but stay close to me].", "said"),
    ),
    (
        ("friend", "[What do you have there|What is that], {name}?", "said"),
        (
            "hero",
            "{It_is} my {obj}! I [take|bring] {it} [everywhere|with me every day|wherever I go].",
            "said",
        ),
    ),
    (
        ("hero", "I love {place}! [Let's go|Come with me], {friend}!", "cried"),
        ("friend", "[Okay|Yes], wait for me!", "cried"),
    ),
    (
        (
            "parent",
            "[Are you ready to go|Is it time to go|Do you have everything], {name}?",
            "said",
        ),
        ("hero", "[Yes|Almost]! I just need my {obj}.", "said"),
    ),
    (
        (
            "friend",
            "I [like|love] your {obj}, {name}. [Where did you get {it}|Who gave {it} to you]?",
            "said",
        ),
        (
            "hero",
            "Thank you! [I love {it} so much|I never go anywhere without {it}].",
            "said",
        ),
    ),
    (
        ("hero", "{parent}, can I [take|bring] my {obj} {to_place}?", "said"),
        (
            "parent",
            "[Yes, you can|Okay], but [be careful with {it}|keep {it} close to you|do not lose {it}].",
            "said",
        ),
        ("hero", "I promise, {parent}!", "cried"),
    ),
    (
        ("friend", "Hi, {name}! Do you want to go {to_place} with me?", "cried"),
        (
            "hero",
            "Yes! [Let me get my {obj} first|I will bring my {obj}|Wait, I need my {obj}].",
            "cried",
        ),
    ),
    (
        ("hero", "Can we go {to_place} [today|this morning|after breakfast], {parent}?", "said"),
        (
            "parent",
            "[That is a good idea|Yes, we can|Okay]. Do you want to [bring|take] your {obj}?",
            "said",
        ),
        ("hero", "Yes! I [want to show {it} to {friend}|never go anywhere without {it}].", "cried"),
    ),
    (
        ("hero", "Can we go {to_place} with {friend}, please?", "said"),
        ("parent", "[Yes|Okay], [if|but only if] you [stay|both stay] close to me.", "said"),
        ("hero", "Okay, {parent}! [Come on|Hurry], {friend}!", "cried"),
    ),
    (
        ("friend", "What do you want to do {at_place}, {name}?", "said"),
        (
            "hero",
            "I want to [play with my {obj}|show everyone my {obj}|take my {obj} with me]!",
            "cried",
        ),
    ),
    (
        ("hero", "I have an idea! Let's take my {obj} {to_place}.", "cried"),
        ("friend", "[Yes|Okay], that [is|sounds like] [fun|a good idea]!", "cried"),
    ),
    (
        ("parent", "Where are you going with your {obj}, {name}?", "said"),
        ("hero", "We are going {to_place}, {parent}!", "cried"),
        ("parent", "[Have fun|Okay], and be [good|careful]!", "said"),
    ),
    (
        ("hero", "[Look what I have|Guess what I have], {friend}! My {obj}!", "cried"),
        ("friend", "Wow! {It_is} so [nice|pretty|cool]!", "cried"),
        ("hero", "I know! I love {it} [so much|more than anything].", "said"),
    ),
    (
        ("parent", "{name}, do not forget your {obj}!", "said"),
        ("hero", "[Thank you|Oh, thank you], {parent}! I almost forgot {it}.", "said"),
    ),
    (
        ("hero", "{friend}, do you know what I love to do {at_place}?", "said"),
        ("friend", "[What|No, what]?", "said"),
        ("hero", "I love to [play with|look at] my {obj} there!", "cried"),
    ),
    (
        ("friend", "Will you show me your {obj} when we get {to_place}?", "said"),
        ("hero", "[Yes|Okay]! [I will show you, {friend}|You will love {it}].", "said"),
    ),
    (
        ("parent", "It is a [nice|good] day. Do you want to go {to_place}?", "said"),
        ("hero", "Yes, please! Can {friend} come too?", "cried"),
        ("parent", "[Yes, {friend} can come too|Yes, if {friend} wants to].", "said"),
    ),
    (
        ("hero", "I want to [take|bring] my {obj} {to_place}, {parent}.", "said"),
        ("parent", "Okay, but you have to take good care of {it}.", "said"),
        ("hero", "Okay! I always take good care of {it}.", "said"),
    ),
    (
        ("friend", "What are we going to do {at_place}, {name}?", "said"),
        ("hero", "I do not know yet. But I will [bring|take] my {obj}!", "said"),
    ),
    (
        ("parent", "Come on, {name}! It is time to go {to_place}.", "cried"),
        ("hero", "[Coming|I am coming], {parent}! I just need to [find|get] my {obj}.", "cried"),
    ),
    (
        ("hero", "{parent}, what can we do {at_place}?", "said"),
        (
            "parent",
            "[Lots of things|So many things]! You can play with {friend} and look around.",
            "said",
        ),
        ("hero", "And I can [take|bring] my {obj}!", "cried"),
    ),
    (
        ("friend", "Are you [bringing|taking] your {obj} {to_place}?", "said"),
        ("hero", "Yes! I take {it} [everywhere|with me every day].", "said"),
    ),
    (
        ("hero", "I can not wait to go {to_place}!", "cried"),
        ("friend", "Me too! It will be so much fun!", "cried"),
        ("hero", "And I will [bring|take] my {obj}!", "cried"),
    ),
    (
        ("parent", "Do you have your {obj}, {name}?", "said"),
        ("hero", "Yes, {parent}! {It_is} here with me.", "said"),
    ),
    (
        ("friend", "Why do you [love|like] your {obj} so much, {name}?", "said"),
        ("hero", "Because {it_is} [mine|so nice], and I have had {it} for a long time.", "said"),
    ),
    (
        ("friend", "Can I come {to_place} with you, {name}?", "said"),
        ("hero", "Yes! [We can go together, {friend}|Let's ask {parent}].", "cried"),
        ("parent", "[Yes, you can come|You are welcome to come], {friend}.", "said"),
    ),
    (
        ("parent", "What will you do {at_place} today, {name}?", "said"),
        (
            "hero",
            "I will [play with|look after] my {obj}, and {friend} will [come|play] with me!",
            "said",
        ),
    ),
    (
        ("hero", "Is it far {to_place}, {parent}?", "said"),
        ("parent", "No, [we will be there soon|it is not far at all].", "said"),
        ("hero", "Yay! I will hold my {obj} all the way there.", "cried"),
    ),
    (
        ("friend", "Do you think it will be fun {at_place}?", "said"),
        ("hero", "Yes! It is always fun when I have my {obj}.", "cried"),
    ),
    (
        ("hero", "I will show my {obj} to everyone {at_place}!", "cried"),
        ("friend", "Everyone will [love|like] {it}, {name}!", "said"),
    ),
    (
        ("parent", "When we are {at_place}, stay where I can see you.", "said"),
        ("hero", "Okay, {parent}. And I will keep my {obj} with me.", "said"),
    ),
    (
        ("hero", "Good morning, {parent}! Are we going {to_place} today?", "cried"),
        ("parent", "Yes, after breakfast. [Eat up|Eat your food] first, {name}.", "said"),
        ("hero", "Okay! Then I will get my {obj}.", "said"),
    ),
    (
        ("friend", "Are you ready, {name}? Let's go {to_place}!", "cried"),
        ("hero", "Yes! I have my {obj}, and I am ready.", "cried"),
    ),
    (
        ("hero", "Do you like going {to_place}, {friend}?", "said"),
        ("friend", "Yes, I love it! [It is so much fun|It has so much to see].", "cried"),
        ("hero", "Me too! [I always take|I want to take] my {obj} there.", "said"),
    ),
    (
        ("parent", "Why are you so happy today, {name}?", "said"),
        ("hero", "Because we are going {to_place}, and I can take my {obj}!", "cried"),
    ),
    (
        ("hero", "{friend}, will you come {to_place} with me and my {obj}?", "said"),
        ("friend", "Yes! I will ask my [mom|dad] [now|first], {name}.", "cried"),
    ),
    (
        ("hero", "Do you have {a_obj} too, {friend}?", "said"),
        ("friend", "No, I do not. I wish I did!", "said"),
    ),
    (
        ("hero", "I wonder what we will see {at_place}.", "said"),
        ("friend", "I do not know. Let's go and see, {name}!", "cried"),
        ("hero", "Okay! Come on, my {obj}, let's go!", "cried"),
    ),
    (
        ("hero", "{parent}, can {friend} and I play {at_place} today?", "said"),
        ("parent", "Yes, you may. Have fun!", "said"),
        ("friend", "Thank you! Let's go, {name}!", "cried"),
    ),
    (
        ("parent", "You look so happy with your {obj}, {name}.", "said"),
        ("hero", "Yes, I really am! {It_is} the best thing I have.", "said"),
    ),
    (
        ("friend", "Hurry up, {name}! Let's go {to_place}!", "cried"),
        ("hero", "Wait for me! I have to get my {obj}!", "cried"),
    ),
    (
        ("hero", "When we get {to_place}, I will [play with|show {friend}] my {obj}.", "said"),
        ("parent", "That sounds like [fun|a good plan], {name}.", "said"),
    ),
    (
        ("friend", "Good morning! What are you doing today, {name}?", "said"),
        ("hero", "I am going {to_place} with my {obj}! Do you want to come, {friend}?", "cried"),
        ("friend", "Yes! Let me ask my [mom|dad] first, {name}.", "said"),
    ),
    (
        ("hero", "{parent}, have you seen my {obj}?", "said"),
        ("parent", "{It_is} [by the door|on your bed|in your room], {name}.", "said"),
        ("hero", "Oh, I see {it} now! Thank you, {parent}.", "cried"),
    ),
    (
        ("friend", "Wow, {name}! Where did you get your {obj}?", "cried"),
        ("hero", "{parent} gave {it} to me. I love {it} so much!", "said"),
    ),
    (
        ("hero", "Let's have a picnic {at_place}, {friend}!", "cried"),
        (
            "friend",
            "Yes! I will bring [some cookies|the juice|a snack], and you bring your {obj}.",
            "cried",
        ),
    ),
    (
        ("friend", "What do you like best {at_place}, {name}?", "said"),
        (
            "hero",
            "I like to play there with my {obj}. And I like it when you come too, {friend}!",
            "said",
        ),
    ),
    (
        ("parent", "Do you want to eat something before we go, {name}?", "said"),
        ("hero", "No, thank you! I want to go {to_place} now!", "cried"),
        ("parent", "Okay, but drink some milk first.", "said"),
    ),
    (
        ("hero", "{friend}, do you want to race {to_place}?", "cried"),
        ("friend", "Yes! Ready, set, go!", "cried"),
        ("hero", "Wait! I have to get my {obj} first!", "cried"),
    ),
    (
        ("friend", "Why are you holding your {obj}, {name}?", "said"),
        ("hero", "Because I want to take {it} {to_place} with me!", "said"),
    ),
    (
        ("parent", "Is {friend} coming with us {to_place}?", "said"),
        ("hero", "Yes! {friend} is my best friend, and we do everything together.", "cried"),
    ),
    (
        ("hero", "I am so happy, {parent}! We are going {to_place} today!", "cried"),
        ("parent", "I know, {name}. [Let's get ready|Go and get your {obj}].", "said"),
    ),
    (
        ("friend", "Look at the sun, {name}! It is a good day to play.", "cried"),
        ("hero", "Yes! Let's take my {obj} and go {to_place}.", "cried"),
    ),
    (
        ("hero", "Can we go {to_place} and take my {obj} too?", "said"),
        (
            "parent",
            "Yes, we can. But you have to [look after {it}|keep {it} with you].",
            "said",
        ),
        ("hero", "[Okay|I know], {parent}. I always do.", "said"),
    ),
    (
        ("parent", "What is in your hand, {name}?", "said"),
        ("hero", "My {obj}! I want to show {it} to {friend}.", "said"),
    ),
    (
        ("friend", "Hello! Can {name} come out to play?", "cried"),
        ("parent", "Hi, {friend}! {name} is just getting ready.", "said"),
        ("hero", "I am here! Look, I have my {obj} with me.", "cried"),
    ),
    (
        ("hero", "What will we see {at_place}, {parent}?", "said"),
        ("parent", "[Lots of things|Many new things]. What do you think, {name}?", "said"),
        ("hero", "I think it will be fun! And I will have my {obj} with me.", "cried"),
    ),
    (
        ("friend", "I have an idea, {name}! Let's go {to_place} today.", "cried"),
        ("hero", "Yes, let's! I will get my {obj}.", "cried"),
    ),
    (
        ("parent", "Wash your hands, {name}. Then we can go {to_place}.", "said"),
        ("hero", "Okay! Can I bring my {obj} too?", "said"),
        ("parent", "Yes, you can.", "said"),
    ),
    (
        ("hero", "{friend}, guess where we are going today!", "cried"),
        ("friend", "Where?", "said"),
        ("hero", "{place}! And I can take my {obj} too.", "cried"),
    ),
    (
        ("friend", "Do you take your {obj} {to_place} every time, {name}?", "said"),
        ("hero", "Yes! I do not like to go anywhere without {it}.", "said"),
    ),
    (
        ("parent", "Who wants to go {to_place}?", "said"),
        ("hero", "Me! Me! And {friend} wants to go too!", "cried"),
        ("friend", "Yes, please!", "cried"),
    ),
    (
        ("hero", "Can you help me find my {obj}, {friend}?", "said"),
        ("friend", "[Look|Here], {it_is} [under your bed|by the door]!", "cried"),
        ("hero", "Thank you, {friend}! Now we can go {to_place}.", "cried"),
    ),
    (
        ("friend", "What can we play {at_place}, {name}?", "said"),
        ("hero", "We can play a game! And I can bring my {obj}.", "said"),
        ("friend", "That sounds like fun!", "cried"),
    ),
    (
        ("parent", "Stay with {friend} when you are {at_place}, okay?", "said"),
        ("hero", "Okay! {friend} and I will stay together, {parent}.", "said"),
    ),
    (
        ("hero", "I am going to take my {obj} {to_place} today!", "cried"),
        ("friend", "Can I come too?", "said"),
        ("hero", "Yes! It is more fun with you, {friend}.", "cried"),
    ),
    (
        ("parent", "Are you excited to go {to_place}, {name}?", "said"),
        ("hero", "Yes! I am so excited, I can not sit still, {parent}!", "cried"),
    ),
    (
        ("hero", "{parent}, will you come {to_place} with us?", "said"),
        ("parent", "Yes, I will come and watch you and {friend} play.", "said"),
    ),
    (
        ("friend", "You have your {obj} with you again, {name}!", "said"),
        ("hero", "I always have {it} with me. {It_is} my lucky {obj}!", "said"),
    ),
    (
        ("hero", "Look, {parent}! I am ready to go {to_place}.", "cried"),
        ("parent", "Wow, you got ready so fast, {name}!", "cried"),
        ("hero", "And I have my {obj} too!", "cried"),
    ),
    (
        ("friend", "Let's go {to_place} and have fun all day!", "cried"),
        ("hero", "Okay! But first I need my {obj}.", "said"),
        ("friend", "Then hurry, {name}!", "cried"),
    ),
    (
        ("parent", "If you are good {at_place}, we can have ice cream after.", "said"),
        ("hero", "Yay! I will be so good, {parent}!", "cried"),
    ),
    (
        ("hero", "Do you think {friend} will like my {obj}, {parent}?", "said"),
        ("parent", "Yes, I think {friend} will love {it}.", "said"),
    ),
    (
        ("hero", "Hello, {friend}! I missed you.", "cried"),
        ("friend", "I missed you too, {name}! Where are you going with your {obj}?", "said"),
        ("hero", "{to_place}! Do you want to come with me, {friend}?", "cried"),
    ),
    (
        ("parent", "Do you need help with your {obj}, {name}?", "said"),
        ("hero", "No, thank you! I can carry {it} by myself.", "said"),
    ),
    (
        ("hero", "Thank you for taking us {to_place}, {parent}!", "cried"),
        ("parent", "You are welcome, {name}. Now let's go!", "said"),
    ),
    (
        ("friend", "What a nice day! Let's play {at_place}, {name}.", "cried"),
        ("hero", "Yes! I will bring my {obj}, and we can have fun.", "cried"),
    ),
    (
        ("hero", "{parent}, can I have a snack to take {to_place}?", "said"),
        ("parent", "Yes. Here is [an apple|a cookie] for you, {name}.", "said"),
        ("hero", "Thank you, {parent}! Now I have a snack and my {obj}.", "cried"),
    ),
    (
        ("friend", "Can your {obj} come {to_place} with us?", "said"),
        ("hero", "Yes! I would never go without {it}.", "cried"),
    ),
    (
        ("parent", "Hold my hand when we walk {to_place}, {name}.", "said"),
        ("hero", "Okay, {parent}. I will hold your hand and my {obj}!", "said"),
    ),
    (
        ("hero", "Do you want to see what I can do {at_place}, {friend}?", "said"),
        ("friend", "Yes! Show me, {name}!", "cried"),
    ),
    (
        ("friend", "My [mom|dad] says I can go {to_place} with you!", "cried"),
        ("hero", "Yay! We can go together, {friend}.", "cried"),
    ),
    (
        ("hero", "Are you ready, {friend}? I have my {obj}!", "cried"),
        ("friend", "I am ready! Let's go {to_place}.", "cried"),
    ),
    (
        ("hero", "{friend}, do you like my {obj}?", "said"),
        ("friend", "I love {it}! You are so lucky, {name}.", "said"),
    ),
    (
        ("hero", "Can we go {to_place} soon, {parent}?", "said"),
        (
            "parent",
            "Yes, [in a little while|after lunch]. First, help me [clean up|make the bed], {name}.",
            "said",
        ),
        ("hero", "Okay! My {obj} and I can help.", "said"),
    ),
    (
        ("friend", "I like going places with you, {name}.", "said"),
        ("hero", "Me too! Let's go {to_place} and take my {obj}.", "cried"),
    ),
    (
        ("parent", "Did you put your {obj} in your bag, {name}?", "said"),
        ("hero", "Yes! I put {it} in my bag all by myself.", "cried"),
        ("parent", "Good job! Now let's go {to_place}.", "said"),
    ),
    (
        ("hero", "I want to go {to_place} because it is so much fun!", "cried"),
        ("friend", "Yes, and we can play together all day, {name}!", "cried"),
    ),
    (
        ("parent", "Do you know what we can do {at_place} today?", "said"),
        ("hero", "What, {parent}?", "said"),
        ("parent", "We can [have a picnic|play a game together]!", "cried"),
    ),
    (
        ("hero", "{friend}, I am so glad you can come {to_place} with me!", "cried"),
        ("friend", "Me too! I love going places with you and your {obj}.", "cried"),
    ),
)

HAPPY_AFTER: tuple[Exchange, ...] = (
    (
        (
            "hero",
            "[You are my best friend|You are a good friend|I am glad you are my friend], {friend}.",
            "said",
        ),
        ("friend", "[And you are mine|I am happy I could help you], {name}!", "said"),
    ),
    (
        (
            "hero",
            "I will take [good|better|very good] care of my {obj} [now|from now on|every day].",
            "said",
        ),
        ("parent", "[Good|That is good]. I am proud of you, {name}.", "said"),
    ),
    (
        ("friend", "Can we [play|play together|have fun like this] again tomorrow?", "said"),
        ("hero", "Yes! We can play with my {obj} again.", "cried"),
    ),
    (
        ("hero", "I am [so|very|really] happy [now|today], {friend}!", "cried"),
        ("friend", "Me too! Let's [go home|play with your {obj}] now, {name}.", "said"),
    ),
    (
        ("parent", "Did you have [a good day|fun today|a nice time], {name}?", "said"),
        ("hero", "Yes! It was the best day ever.", "cried"),
    ),
    (
        ("parent", "What a day! Are you okay, {name}?", "said"),
        ("hero", "Yes, {parent}! I have my {obj}, and I am happy.", "cried"),
    ),
    (
        ("hero", "Thank you for being [with me|here] today, {friend}.", "said"),
        ("friend", "That is what friends are for, {name}!", "said"),
    ),
    (
        ("friend", "[Do you want to|Can we] play with your {obj} tomorrow?", "said"),
        ("hero", "Yes! [Come to my house|Let's play] after breakfast, {friend}.", "cried"),
    ),
    (
        ("parent", "It is time to go home, {name} and {friend}.", "said"),
        ("hero", "Okay, {parent}. I will hold my {obj} all the way home.", "said"),
    ),
    (
        ("hero", "I love you, {parent}.", "soft"),
        ("parent", "I love you too, {name}. Now let's take your {obj} home.", "soft"),
    ),
    (
        ("friend", "[See you tomorrow|Goodbye], {name}!", "cried"),
        (
            "hero",
            "Goodbye! [Come back tomorrow and we can play with my {obj}|Thank you for today], {friend}!",
            "cried",
        ),
    ),
    (
        ("hero", "{friend}, I will never forget this day!", "cried"),
        ("friend", "Me too, {name}! [What a day|It was a big day]!", "cried"),
    ),
    (
        ("parent", "{name} and {friend}, you were so kind to each other today.", "said"),
        ("hero", "{friend} is my best friend!", "cried"),
    ),
    (
        ("hero", "Look, {parent}! I [still have|have] my {obj}!", "cried"),
        ("parent", "I see, {name}. [Keep {it} safe|Take good care of {it}] now.", "said"),
    ),
    (
        ("friend", "I am so happy for you, {name}!", "cried"),
        ("hero", "Thank you, {friend}! Now let's [play with|look at] my {obj} together.", "said"),
    ),
    (
        ("hero", "{parent}, can I sleep with my {obj} tonight?", "said"),
        ("parent", "[Yes, you can|Yes, you may], {name}.", "said"),
    ),
    (
        ("parent", "Did you say thank you to {friend}, {name}?", "said"),
        ("hero", "[Yes|Oh], thank you, {friend}!", "cried"),
        ("friend", "You are welcome, {name}!", "said"),
    ),
    (
        ("friend", "What do you want to do tomorrow, {name}?", "said"),
        ("hero", "Let's come back here and [play with my {obj}|play again]!", "cried"),
        ("friend", "Yes! [I can not wait|That will be fun], {name}!", "cried"),
    ),
    (
        ("parent", "You did so well today, {name}.", "soft"),
        ("hero", "Thank you. [I am|I feel] so happy now, {parent}.", "soft"),
    ),
    (
        ("hero", "Can we have a snack now, {parent}?", "said"),
        (
            "parent",
            "Yes! Let's go home and have [milk and cookies|some cake|some juice], {name}.",
            "said",
        ),
        ("friend", "Yay! Can I come with you, {name}?", "cried"),
    ),
    (
        ("hero", "My {obj} and I are [very|so] happy now!", "cried"),
        ("friend", "You are so funny, {name}!", "said"),
    ),
    (
        ("friend", "Let's play with your {obj} some more, {name}!", "cried"),
        (
            "hero",
            "[Okay|Yes], but not for long. It is almost time to go home.",
            "said",
        ),
    ),
    (
        ("parent", "What did you learn today, {name}?", "said"),
        (
            "hero",
            "[That friends help each other|To always look after my {obj}], {parent}.",
            "said",
        ),
    ),
    (
        ("hero", "{friend}, do you want to come to my house tomorrow?", "said"),
        ("friend", "Yes, I do! We can play with your {obj}.", "cried"),
    ),
    (
        ("parent", "Let's put your {obj} in a safe place at home.", "said"),
        ("hero", "Okay, {parent}. I will put {it} [next to my bed|in my room].", "said"),
    ),
    (
        ("hero", "I feel so happy, {parent}!", "cried"),
        ("parent", "I can see that! You have a big smile, {name}.", "said"),
    ),
    (
        ("friend", "I like playing with you, {name}.", "said"),
        ("hero", "I like playing with you too, {friend}!", "said"),
    ),
    (
        ("hero", "{parent}, this was the best day ever!", "cried"),
        ("parent", "I am glad, {name}. Tell me all about it on the way home.", "said"),
    ),
    (
        ("hero", "I will keep my {obj} [close|safe] all the time now.", "said"),
        ("friend", "That is a good idea, {name}.", "said"),
    ),
    (
        ("friend", "Can I have a hug, {name}?", "said"),
        ("hero", "Yes! [Here is a big hug|Come here], {friend}!", "cried"),
    ),
    (
        ("parent", "Are you tired, {name}?", "said"),
        ("hero", "A little. But I am happy, and I have my {obj}.", "said"),
        ("parent", "Then let's go home and rest.", "soft"),
    ),
    (
        ("hero", "[Wow|Oh], what a day, {friend}!", "cried"),
        ("friend", "[Yes|I know]! I am glad it is all okay now.", "said"),
    ),
    (
        ("friend", "We did it, {name}!", "cried"),
        ("hero", "Yes, we did! Thank you for helping me, {friend}.", "cried"),
    ),
    (
        ("hero", "Look at my {obj}, {parent}! {It_is} okay now.", "cried"),
        ("parent", "I am so glad, {name}.", "soft"),
    ),
    (
        ("parent", "I am proud of you, {name} and {friend}.", "said"),
        ("friend", "Thank you! Can we have a cookie now, {parent}?", "said"),
    ),
    (
        ("hero", "You are so kind, {friend}. Thank you!", "said"),
        ("friend", "You would do the same for me, {name}.", "said"),
    ),
    (
        ("parent", "Now, who wants some [cookies|cake|warm milk]?", "cried"),
        ("hero", "Me! And {friend} too, please!", "cried"),
    ),
    (
        ("hero", "{friend}, let's tell {parent} about our day!", "cried"),
        ("friend", "Okay! [{parent} will be so happy|Let's go]!", "cried"),
    ),
    (
        ("friend", "Are you happy now, {name}?", "said"),
        ("hero", "Yes! I am the happiest kid in the world, {friend}!", "cried"),
    ),
    (
        ("parent", "Let's go home now. It is almost time for dinner.", "said"),
        ("hero", "Okay, {parent}. Can {friend} come for dinner too?", "said"),
        ("parent", "Yes, {friend} can come!", "said"),
    ),
    (
        ("friend", "That was so much fun, {name}!", "cried"),
        ("hero", "It was! Let's do it again [tomorrow|soon]!", "cried"),
    ),
    (
        ("hero", "{parent}, can {friend} and I play again tomorrow?", "said"),
        ("parent", "Yes, you can. But now it is time for bed.", "said"),
        ("hero", "Okay! Good night, {friend}!", "cried"),
    ),
    (
        ("friend", "I have to go home now, {name}.", "soft"),
        ("hero", "Okay. Thank you for today, {friend}. See you soon!", "said"),
    ),
    (
        ("hero", "Do you know what? You are the best, {friend}!", "cried"),
        ("friend", "No, you are the best, {name}!", "cried"),
    ),
    (
        ("parent", "How do you feel now, {name}?", "said"),
        ("hero", "I feel happy and a little tired, {parent}.", "said"),
    ),
    (
        ("hero", "{friend}, you can come and play with my {obj} any time.", "said"),
        ("friend", "Thank you! You are so nice, {name}.", "cried"),
    ),
    (
        ("parent", "Look at you two smiling, {name} and {friend}!", "cried"),
        ("hero", "Because today was a good day, {parent}!", "cried"),
    ),
    (
        ("hero", "I know what we can do now, {friend}!", "cried"),
        ("friend", "What?", "said"),
        (
            "hero",
            "Let's [play with my {obj}|have a snack] and [sing a song|tell stories]!",
            "cried",
        ),
    ),
    (
        ("friend", "Will your {obj} be okay now?", "said"),
        ("hero", "Yes! {It_is} just fine, {friend}.", "cried"),
    ),
    (
        ("parent", "You were so good today, {name}, and I am proud of you.", "soft"),
        ("hero", "Thank you, {parent}! {friend} was good too.", "said"),
    ),
    (
        ("hero", "{friend}, do you want to sleep over at my house?", "cried"),
        ("friend", "Yes! Can I, please?", "cried"),
        ("parent", "Yes, you can, {friend}.", "said"),
    ),
    (
        ("friend", "Look at us! We are so messy, {name}!", "cried"),
        ("hero", "[Oh no|Oh my]! {parent} will want to wash us!", "cried"),
    ),
    (
        ("hero", "What a good day! Let's have another one tomorrow, {friend}.", "cried"),
        ("friend", "Okay! It is a plan, {name}.", "cried"),
    ),
    (
        ("parent", "Let's put your {obj} away now and wash your hands.", "said"),
        ("hero", "Okay, {parent}. Then can {friend} and I have a snack?", "said"),
    ),
    (
        ("hero", "I feel so much better now, {parent}.", "soft"),
        ("parent", "Good. Everything is okay now, {name}.", "soft"),
    ),
    (
        ("hero", "If you need help, I will help you too, {friend}.", "said"),
        ("friend", "Thank you! Friends help each other, {name}.", "said"),
    ),
    (
        ("parent", "Who is hungry?", "said"),
        ("hero", "Me! I am so hungry, {parent}!", "cried"),
        ("friend", "Me too!", "cried"),
    ),
    (
        ("hero", "{parent}, I want to tell you about our day!", "cried"),
        ("parent", "I want to hear all about it, {name}.", "said"),
    ),
    (
        ("friend", "I am so glad we went {to_place} today, {name}.", "said"),
        ("hero", "Me too! Let's come back [soon|tomorrow], {friend}.", "cried"),
    ),
    (
        ("hero", "Look, {friend}! {It_is} safe with me now.", "cried"),
        ("friend", "Yay! Now we can play, {name}!", "cried"),
    ),
)

SAD_AFTER: tuple[Exchange, ...] = (
    (
        ("friend", "I am sorry about your {obj}, {name}.", "soft"),
        ("hero", "It is okay. Thank you for being with me, {friend}.", "soft"),
    ),
    (
        ("parent", "Do you want to talk about it, {name}?", "soft"),
        (
            "hero",
            "I feel sad about my {obj}. [I wish I had been more careful|I wish today had been different], {parent}.",
            "soft",
        ),
    ),
    (
        ("parent", "Come here. Let me give you a big hug, {name}.", "soft"),
        ("hero", "Thank you. I feel a little better now, {parent}.", "soft"),
    ),
    (
        ("hero", "I am sad about my {obj}, {parent}.", "soft"),
        ("parent", "I know, {name}. It is okay to be sad.", "soft"),
    ),
    (
        ("parent", "Tomorrow will be a better day, {name}.", "soft"),
        ("hero", "Do you think so, {parent}?", "soft"),
        ("parent", "Yes, I do. [I promise|You will see].", "soft"),
    ),
    (
        ("hero", "I wish I could do today again, {parent}.", "soft"),
        ("parent", "I know. But you will do better next time, {name}.", "soft"),
    ),
    (
        ("friend", "Do not be sad. I am still your friend, {name}.", "soft"),
        ("hero", "Thank you. That makes me feel better, {friend}.", "soft"),
    ),
    (
        ("parent", "Do you want some warm milk before bed, {name}?", "soft"),
        ("hero", "Yes, please. [I am still a little sad|I feel so sad today], {parent}.", "soft"),
    ),
    (
        ("hero", "I love my {obj} so much, {parent}.", "soft"),
        ("parent", "I know you do. I am so sorry, {name}.", "soft"),
    ),
    (
        ("hero", "Next time I will [be more careful|try harder|do better], {parent}.", "soft"),
        ("parent", "That is a good thing to learn, {name}.", "soft"),
    ),
    (
        ("parent", "Do you want to sit with me for a while, {name}?", "soft"),
        ("hero", "Yes, please. I do not want to be alone, {parent}.", "soft"),
    ),
    (
        ("friend", "I am sorry today was so sad, {name}.", "soft"),
        ("hero", "It is okay. I am glad you are my friend, {friend}.", "soft"),
    ),
    (
        ("parent", "Do you want to paint a picture of your {obj}, {name}?", "soft"),
        ("hero", "Yes. Then I can see my {obj} [every day|when I feel sad].", "soft"),
    ),
    (
        ("hero", "{parent}, can I have a hug?", "soft"),
        ("parent", "Yes, {name}. Come here. [I love you|It will be okay].", "soft"),
    ),
    (
        ("parent", "Sometimes things do not go well, {name}.", "soft"),
        ("hero", "I know, {parent}. But I still feel sad about my {obj}.", "soft"),
    ),
    (
        ("friend", "Do you want to play with me tomorrow, {name}?", "soft"),
        ("hero", "Yes. That will make me feel better, {friend}.", "soft"),
    ),
    (
        ("parent", "It is okay to cry, {name}. I am here.", "soft"),
        ("hero", "Can you stay with me, {parent}?", "soft"),
        ("parent", "Yes, I will stay with you, {name}.", "soft"),
    ),
    (
        ("hero", "Why did this happen, {parent}?", "soft"),
        ("parent", "Sometimes bad things happen, {name}. But we are here for you.", "soft"),
    ),
    (
        ("hero", "I do not feel like playing, {friend}.", "soft"),
        ("friend", "That is okay. I will sit with you, {name}.", "soft"),
    ),
    (
        ("parent", "Let's have some warm soup, {name}. It will help you feel better.", "soft"),
        ("hero", "Okay, {parent}. Thank you.", "soft"),
    ),
    (
        ("hero", "I am sorry things went this way, {parent}.", "soft"),
        ("parent", "You do not have to be sorry, {name}. I love you.", "soft"),
    ),
    (
        ("friend", "I wish I could make it better, {name}.", "soft"),
        ("hero", "It helps that you are here, {friend}.", "soft"),
    ),
    (
        ("parent", "What can we do to make you smile, {name}?", "soft"),
        ("hero", "Can you read me a story, {parent}?", "soft"),
        ("parent", "Yes, come and sit with me, {name}.", "soft"),
    ),
    (
        ("hero", "Will I ever feel happy again, {parent}?", "soft"),
        ("parent", "Yes, you will. Sad days do not last, {name}.", "soft"),
    ),
    (
        ("friend", "Let's do something fun tomorrow, {name}. Okay?", "soft"),
        ("hero", "Okay. Maybe tomorrow will be better, {friend}.", "soft"),
    ),
    (
        ("parent", "Dry your tears, {name}. Let's go home.", "soft"),
        ("hero", "Okay. Can you hold my hand, {parent}?", "soft"),
    ),
    (
        ("hero", "Today was not a good day, {friend}.", "soft"),
        ("friend", "I know. But tomorrow is a new day, {name}.", "soft"),
    ),
    (
        (
            "parent",
            "Let me put you to bed. Things will look better in the morning, {name}.",
            "soft",
        ),
        ("hero", "Good night, {parent}.", "soft"),
    ),
    (
        ("hero", "Do you still love me, {parent}?", "soft"),
        ("parent", "Yes! I will always love you, {name}.", "soft"),
    ),
    (
        ("friend", "Can I do anything to help, {name}?", "soft"),
        ("hero", "Just stay with me a little longer, {friend}.", "soft"),
    ),
    (
        ("parent", "We can not change what happened, {name}. But we can try again.", "soft"),
        ("hero", "Okay, {parent}. I will try.", "soft"),
    ),
)
