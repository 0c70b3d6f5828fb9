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
        ("hero", "Yes, {parent}! I have {it} here with me.", "said"),
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
        (
            "friend",
            "Yes, I love it! [I have so much fun there, {name}|It has so much to see].",
            "cried",
        ),
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
        ("hero", "Yes, I really am! {It_is} the best thing I have, {parent}.", "said"),
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
        ("friend", "Look outside! It is a good day to play, {name}.", "cried"),
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
    (
        ("hero", "{parent}, do you know what today is?", "said"),
        ("parent", "What is today, {name}?", "said"),
        ("hero", "It is a play day! Can we go {to_place}?", "cried"),
    ),
    (
        ("parent", "{name}, wash your face. We are going {to_place} soon.", "said"),
        ("hero", "Yay! Can I bring my {obj} too?", "cried"),
        ("parent", "Yes, if you [hold on to {it}|keep {it} close|look after {it}].", "said"),
    ),
    (
        ("hero", "I feel so happy today, {friend}!", "cried"),
        ("friend", "Why, {name}?", "said"),
        ("hero", "Because we are going {to_place}, and you are coming too!", "cried"),
    ),
    (
        (
            "friend",
            "Guess what, {name}? My [mom|dad] says I can come {to_place} with you!",
            "cried",
        ),
        ("hero", "Yay! Now we can go together, {friend}!", "cried"),
    ),
    (
        ("hero", "{parent}, I am ready! Are you?", "said"),
        ("parent", "Almost. Let me find the keys first, {name}.", "said"),
        ("hero", "Hurry, {parent}! {friend} is waiting for us!", "cried"),
    ),
    (
        ("friend", "Is that your {obj}, {name}?", "said"),
        ("hero", "Yes! I take {it} {to_place} with me [every time|when I go].", "said"),
    ),
    (
        ("hero", "What if it is too [cold|hot] {at_place}, {parent}?", "said"),
        ("parent", "Then we can come home early, {name}.", "said"),
        ("hero", "Okay! But I think it will be fun.", "said"),
    ),
    (
        ("parent", "Do you want to walk {to_place}, or go on the bus?", "said"),
        ("hero", "The bus, please! I love the bus, {parent}.", "cried"),
    ),
    (
        ("friend", "I can hop on one foot, {name}! Look!", "cried"),
        ("hero", "Wow! I can do it too. Let's hop all the way {to_place}!", "cried"),
    ),
    (
        ("hero", "{friend}, I have a secret.", "said"),
        ("friend", "What is it, {name}?", "said"),
        ("hero", "We are going {to_place} today, and you can come too!", "cried"),
    ),
    (
        ("parent", "{name}, can you count to ten? Then we can go {to_place}.", "said"),
        ("hero", "One, two, three, four, five, six, seven, eight, nine, ten!", "cried"),
        ("parent", "Good job! Get your {obj}, and let's go.", "said"),
    ),
    (
        ("hero", "Will {place} be busy today, {parent}?", "said"),
        ("parent", "Maybe, {name}. If {place} is busy, stay close to me.", "said"),
    ),
    (
        ("friend", "What will you do with your {obj} {at_place}?", "said"),
        ("hero", "I will show {it} to everyone! And then we can play.", "cried"),
    ),
    (
        ("hero", "I do not want to go {to_place} without you, {friend}.", "said"),
        ("friend", "Then I will come with you, {name}!", "cried"),
    ),
    (
        ("parent", "{name}, time to get up! We are going {to_place} today.", "cried"),
        ("hero", "Already? Yay! Where is my {obj}?", "cried"),
    ),
    (
        ("hero", "Can we go {to_place} if I clean up my room, {parent}?", "said"),
        ("parent", "Yes! That sounds like a good plan, {name}.", "said"),
        ("hero", "Okay! I will be fast, {parent}!", "cried"),
    ),
    (
        ("friend", "Your {obj} looks so nice today, {name}!", "said"),
        ("hero", "Thank you! I [cleaned|looked after] {it} this morning.", "said"),
    ),
    (
        ("hero", "{friend}, let's pretend we are pirates on the way {to_place}!", "cried"),
        ("friend", "Yes! And I can be the pirate who finds the way, {name}!", "cried"),
    ),
    (
        ("parent", "What is the first thing you want to do {at_place}?", "said"),
        (
            "hero",
            "First I want to play with {friend}. Then I want to show {friend} my {obj}!",
            "said",
        ),
    ),
    (
        ("hero", "{parent}, why do we have to wait?", "said"),
        ("parent", "Because {friend} is not here yet, {name}.", "said"),
        ("hero", "Oh! I hope {friend} comes soon.", "said"),
    ),
    (
        ("friend", "Who do you think we will see {at_place}?", "said"),
        ("hero", "Maybe we will see our friends from school!", "cried"),
        ("friend", "I hope so, {name}!", "cried"),
    ),
    (
        ("parent", "Remember, we have to be home for dinner.", "said"),
        ("hero", "Okay, {parent}, we will come home when you call us.", "said"),
    ),
    (
        ("hero", "I made a plan, {friend}!", "cried"),
        ("friend", "What is the plan?", "said"),
        ("hero", "We go {to_place}, we play a game, and then we have a snack!", "cried"),
    ),
    (
        ("friend", "Can I walk with you {to_place}, {name}?", "said"),
        ("hero", "Yes, we can walk together and talk all the way, {friend}!", "cried"),
    ),
    (
        ("hero", "{parent}, will you make us some lunch for {place}?", "said"),
        ("parent", "Yes. What do you want, {name}?", "said"),
        ("hero", "[A sandwich and an apple|Some grapes and a cookie], please!", "said"),
    ),
    (
        ("friend", "I am so happy you asked me to come, {name}.", "said"),
        ("hero", "You are my best friend, {friend}, and it is more fun with you.", "said"),
    ),
    (
        ("hero", "Look, {friend}! I can carry my {obj} with one hand.", "cried"),
        ("friend", "Wow! You are so strong, {name}!", "cried"),
    ),
    (
        ("parent", "Where are we going today, {name}?", "said"),
        ("hero", "{place}! With {friend} and my {obj}!", "cried"),
        ("parent", "Good! Then let's go.", "said"),
    ),
    (
        ("hero", "I want to go {to_place} so much, {parent}!", "cried"),
        ("parent", "I know, {name}, but first you need a nap.", "said"),
        ("hero", "But I am not tired!", "cried"),
    ),
    (
        ("friend", "How long will we stay {at_place}?", "said"),
        ("parent", "Until lunch time, {friend}.", "said"),
        ("hero", "Yay! Lots of time!", "cried"),
    ),
    (
        ("hero", "{friend}, do you want to come to {place} with us?", "said"),
        ("friend", "Yes, I do! But I have to ask my [mom|dad] first.", "said"),
    ),
    (
        ("parent", "Did you eat all your breakfast, {name}?", "said"),
        ("hero", "Yes, all of it! Now I am ready to go {to_place}.", "cried"),
    ),
    (
        ("hero", "I hope we have fun {at_place} today.", "said"),
        ("friend", "We always have fun when we are together, {name}!", "cried"),
    ),
    (
        ("friend", "What is the best thing about {place}, {name}?", "said"),
        ("hero", "Everything! But the best thing is playing with you, {friend}.", "cried"),
    ),
    (
        ("parent", "If you get tired {at_place}, tell me, okay?", "said"),
        ("hero", "Okay, {parent}. But I will not get tired!", "said"),
    ),
    (
        ("hero", "{parent}, can I carry my {obj} all the way {to_place}?", "said"),
        ("parent", "Yes, you are big enough now, {name}.", "said"),
        ("hero", "Thank you! I will be so careful with {it}.", "cried"),
    ),
    (
        ("friend", "I brought [a snack|some cookies|some grapes] for us, {name}!", "cried"),
        ("hero", "Yummy! We can eat {at_place}. Thank you, {friend}!", "cried"),
    ),
    (
        ("hero", "{friend}, do you hear that? {parent} is calling us.", "said"),
        ("friend", "It is time to go {to_place}! Come on, {name}!", "cried"),
    ),
    (
        ("parent", "Do you want to [sing a song|play a game] on the way {to_place}?", "said"),
        ("hero", "Yes! You start, {parent}, and then it is my turn.", "cried"),
    ),
    (
        ("hero", "What if my {obj} gets dirty {at_place}, {parent}?", "said"),
        ("parent", "Then we can wash {it} when we get home, {name}.", "said"),
    ),
    (
        ("friend", "You always have your {obj} with you, {name}!", "said"),
        ("hero", "I know! I feel happy when I have {it} with me.", "said"),
    ),
    (
        ("parent", "Let's think of what to take {to_place}.", "said"),
        ("hero", "My {obj}, a snack, and {friend}!", "cried"),
        ("parent", "{friend} is not a thing, silly!", "cried"),
        ("hero", "I know! But {friend} has to come too.", "said"),
    ),
    (
        ("hero", "{parent}, can we walk the long way {to_place}?", "said"),
        ("parent", "Why, {name}?", "said"),
        ("hero", "Because I like to look at everything on the way!", "said"),
    ),
    (
        ("parent", "You are up so early, {name}!", "cried"),
        ("hero", "Because today we go {to_place}, {parent}!", "cried"),
    ),
    (
        ("hero", "{friend}, will you sit next to me on the bus?", "said"),
        ("friend", "Yes! Then we can talk all the way {to_place}.", "cried"),
    ),
    (
        ("parent", "What do we say when someone helps us, {name}?", "said"),
        ("hero", "Thank you!", "cried"),
        ("parent", "Good. Be kind to everyone {at_place} today.", "said"),
    ),
    (
        ("hero", "I feel a little scared to go {to_place}, {parent}.", "soft"),
        ("parent", "Why, {name}? You like {place}.", "said"),
        ("hero", "Because it is new to me. But with you and {friend}, I feel brave.", "said"),
    ),
    (
        ("friend", "Is {parent} coming with us {to_place}?", "said"),
        ("hero", "Yes! {parent} always comes with us.", "said"),
    ),
    (
        ("hero", "Let's bring a snack for later, {friend}.", "said"),
        ("friend", "Good idea! I will get some [apples|cookies|grapes], {name}.", "said"),
    ),
    (
        ("parent", "Give me a big hug before we go, {name}.", "said"),
        ("hero", "Okay! A big hug for {parent}!", "cried"),
    ),
    (
        ("friend", "What do you think {place} will be like today?", "said"),
        ("hero", "I think it will be a fun place to play!", "cried"),
    ),
    (
        ("parent", "Are your hands clean, {name}?", "said"),
        ("hero", "Yes! Look, {parent}! They are so clean.", "cried"),
    ),
    (
        ("hero", "{parent}, I am not done with my breakfast!", "cried"),
        ("parent", "Eat fast, {name}. We go {to_place} soon.", "said"),
    ),
    (
        ("hero", "Do you want to hear a joke, {friend}?", "said"),
        ("friend", "Yes, please!", "cried"),
        ("hero", "Why did the duck go {to_place}? To see {friend}!", "cried"),
        ("friend", "That is so silly, {name}!", "cried"),
    ),
    (
        ("parent", "We can go {to_place} after you help me with the dishes.", "said"),
        ("hero", "Okay! I will help fast, {parent}!", "cried"),
    ),
    (
        ("hero", "{parent}, is {friend} here yet?", "said"),
        ("parent", "Not yet. But {friend} will be here soon.", "said"),
        ("hero", "I will wait by the door with my {obj}.", "said"),
    ),
    (
        ("parent", "Do you want to go {to_place}, or stay home today?", "said"),
        ("hero", "Go {to_place}! Please, please, please!", "cried"),
        ("parent", "Okay, okay! Let's go.", "said"),
    ),
    (
        ("hero", "Can we go now? I am ready, {parent}!", "cried"),
        ("parent", "Not yet. First we need to wait for {friend}.", "said"),
        ("hero", "Okay. I will sit here with my {obj}.", "said"),
    ),
    (
        ("hero", "I love going places with you, {parent}!", "cried"),
        ("parent", "And I love going places with you, {name}.", "said"),
    ),
    (
        ("parent", "Let's see, {name}. Do we have everything for {place}?", "said"),
        ("hero", "Yes! I have my {obj}, and {friend} has a snack.", "said"),
    ),
    (
        ("friend", "Are you as happy as me, {name}?", "said"),
        ("hero", "Yes! I am even happier, {friend}!", "cried"),
    ),
    (
        ("hero", "When we get there, let's play a game, {friend}.", "said"),
        ("friend", "Okay! What game?", "said"),
        ("hero", "You choose! I will bring my {obj}.", "said"),
    ),
    (
        ("parent", "Do you remember the way {to_place}, {name}?", "said"),
        ("hero", "Yes, we go down the street and turn by the big house!", "cried"),
    ),
    (
        ("hero", "{parent}, I am so excited that I can not stop smiling!", "cried"),
        ("parent", "I can see that, {name}!", "said"),
    ),
    (
        ("friend", "Do you know the way {to_place}, {name}?", "said"),
        ("hero", "Yes! Follow me, {friend}!", "said"),
    ),
    (
        ("hero", "{friend}, what do you want to do first {at_place}?", "said"),
        ("friend", "I want to run and jump! What about you, {name}?", "cried"),
        ("hero", "I want to run and jump too!", "cried"),
    ),
    (
        ("parent", "Do you want me to carry your {obj} for you?", "said"),
        ("hero", "No, thank you, {parent}. I like to carry {it} myself.", "said"),
    ),
    (
        ("hero", "I am going to be so good {at_place} today.", "said"),
        ("parent", "I know you will, {name}.", "said"),
    ),
    (
        ("friend", "Let's skip {to_place}, {name}!", "cried"),
        ("hero", "Okay! Skip, skip, skip!", "cried"),
    ),
    (
        ("hero", "{parent}, can {friend} stay for lunch after we go {to_place}?", "said"),
        ("parent", "Yes, if {friend}'s [mom|dad] says okay.", "said"),
    ),
    (
        ("parent", "{name}, do not run! Walk with me {to_place}.", "said"),
        ("hero", "Okay, {parent}! Sorry!", "said"),
    ),
    (
        ("hero", "What do you like to do best {at_place}, {friend}?", "said"),
        ("friend", "I like to look at all the people. What about you?", "said"),
        ("hero", "I like to play there with {friend} and my {obj}.", "said"),
    ),
    (
        ("hero", "Today is the best day, {friend}!", "cried"),
        ("friend", "Why, {name}?", "said"),
        ("hero", "Because we get to go {to_place} together!", "cried"),
    ),
    (
        ("parent", "Look at the time! We have to go, {name}.", "cried"),
        ("hero", "Wait! Where is my {obj}?", "cried"),
        ("parent", "{It_is} by your bed. Hurry!", "said"),
    ),
    (
        ("friend", "Can you believe we are going {to_place}?", "cried"),
        ("hero", "No! Let's go and have fun, {friend}!", "cried"),
    ),
    (
        ("hero", "Do I look ready, {parent}?", "said"),
        ("parent", "{name}, let me look at you. Yes, all ready!", "said"),
    ),
    (
        ("hero", "{friend}, let's hold hands on the way {to_place}.", "said"),
        ("friend", "Okay! Here, take my hand, {name}.", "said"),
    ),
    (
        ("parent", "Why do you like {place} so much, {name}?", "said"),
        ("hero", "Because there is so much to do there, and {friend} likes it too!", "said"),
    ),
    (
        ("hero", "I wish we could go {to_place} every day, {parent}.", "said"),
        ("parent", "Maybe not every day. But we can go today, {name}!", "said"),
    ),
    (
        ("friend", "I can not wait to see {place}, {name}!", "cried"),
        ("hero", "Me too! Let's go, {friend}!", "cried"),
    ),
    (
        ("hero", "Do you want to know a secret, {parent}?", "said"),
        ("parent", "Yes, I do.", "said"),
        ("hero", "I love you, and I love my {obj}!", "cried"),
    ),
    (
        ("parent", "What is that big smile for, {name}?", "said"),
        ("hero", "We are going {to_place}, and {friend} is coming too!", "cried"),
    ),
    (
        ("hero", "{friend}, let's take a snack. We will get hungry {at_place}.", "said"),
        ("friend", "Good idea, {name}!", "said"),
    ),
    (
        ("friend", "Slow down, {name}! Wait for me!", "cried"),
        ("hero", "Sorry, {friend}! Let's walk together.", "said"),
    ),
    (
        ("parent", "Do you want to help me get ready, {name}?", "said"),
        ("hero", "Yes! What can I do, {parent}?", "cried"),
        ("parent", "You can get the snacks, and I will get the keys.", "said"),
    ),
    (
        ("hero", "{parent}, do you think {friend} will like {place}?", "said"),
        ("parent", "Yes, {name}. Everyone likes {place}.", "said"),
    ),
    (
        ("friend", "Good morning, {parent}! Can {name} come {to_place} with me?", "said"),
        ("parent", "Yes, {friend}. But come home before dinner.", "said"),
        ("hero", "Yay! Thank you, {parent}!", "cried"),
    ),
    (
        ("parent", "You can go {to_place} if you are kind to each other.", "said"),
        ("hero", "{parent}, we will be kind. We promise!", "said"),
    ),
    (
        ("hero", "Can we go {to_place} after lunch, {parent}?", "said"),
        ("parent", "Yes, after lunch. What do you want to eat, {name}?", "said"),
        ("hero", "Soup, please!", "cried"),
    ),
    (
        ("hero", "Do you think I should bring my {obj}, {friend}?", "said"),
        ("friend", "Yes! Then we can show everyone {at_place}.", "cried"),
    ),
    (
        ("hero", "{parent}, what are we doing today?", "said"),
        ("parent", "We are going {to_place} after lunch, {name}.", "said"),
        ("hero", "Yay! I love {place}!", "cried"),
    ),
    (
        ("friend", "Do you have a snack for {place}, {name}?", "said"),
        ("hero", "No. Do you?", "said"),
        ("friend", "Yes, I have two apples. You can have one, {name}.", "said"),
    ),
    (
        ("hero", "{friend}, what do you think we can do {at_place}?", "said"),
        ("friend", "We can run, and jump, and look at everything!", "said"),
        ("hero", "And I can take my {obj} with me!", "said"),
    ),
    (
        ("parent", "Who is ready for {place}?", "said"),
        ("hero", "I am ready, {parent}!", "cried"),
        ("friend", "Me too!", "cried"),
    ),
    (
        ("hero", "{parent}, why is {friend} not here yet?", "said"),
        ("parent", "Maybe {friend} is still eating breakfast.", "said"),
        ("hero", "Then I can wait here with my {obj}.", "said"),
    ),
    (
        ("friend", "Hi, {name}, what are you doing?", "said"),
        ("hero", "I am getting my {obj}. We are going {to_place}!", "said"),
        ("friend", "Can I come with you?", "said"),
        ("hero", "Yes! Let's ask {parent}.", "said"),
    ),
    (
        ("hero", "{friend}, I had a dream about {place}!", "said"),
        ("friend", "What was it about, {name}?", "said"),
        ("hero", "We played there all day, and it was so much fun!", "said"),
    ),
    (
        ("parent", "Let's walk {to_place} today.", "said"),
        ("hero", "Okay! Can {friend} walk with us, {parent}?", "said"),
        ("parent", "Yes, {friend} can walk with us.", "said"),
    ),
    (
        ("friend", "Do you like to run or walk, {name}?", "said"),
        ("hero", "I like to run! Let's run {to_place}, {friend}!", "said"),
        ("friend", "Okay, but not too fast.", "said"),
    ),
    (
        ("hero", "Look, {friend}! I am all ready for {place}.", "said"),
        ("friend", "You look so ready, {name}!", "said"),
        ("hero", "I have my {obj}, and I have a big smile!", "said"),
    ),
    (
        ("parent", "Do you want to take your {obj} {to_place}, or leave {it} at home?", "said"),
        ("hero", "Take {it}, please! I want {it} with me, {parent}.", "said"),
    ),
    (
        ("friend", "What do you do with your {obj}, {name}?", "said"),
        ("hero", "I play with {it}, and I look after {it}. {It_is} mine!", "said"),
    ),
    (
        ("parent", "Please be kind to everyone {at_place}, {name}.", "said"),
        ("hero", "I am always kind, {parent}!", "said"),
        ("friend", "It's true! {name} is so kind.", "said"),
    ),
    (
        ("hero", "Let's sing a song on the way {to_place}!", "said"),
        ("friend", "Okay! You sing first, {name}.", "said"),
        ("hero", "I love this song! Now you sing, {friend}!", "said"),
    ),
    (
        ("parent", "{name}, where are you going in such a hurry?", "said"),
        ("hero", "{to_place}, {parent}! {friend} is waiting for me.", "said"),
        ("parent", "Okay, but walk, please.", "said"),
    ),
    (
        ("hero", "{parent}, how many sleeps until we go {to_place}?", "said"),
        ("parent", "No sleeps! We go today, {name}.", "said"),
        ("hero", "Today? Yay!", "cried"),
    ),
    (
        ("friend", "I want to see everything {at_place}!", "said"),
        ("hero", "Me too! Let's look at everything together, {friend}.", "said"),
    ),
    (
        ("hero", "{friend}, can you keep a secret?", "said"),
        ("friend", "Yes, I can.", "said"),
        ("hero", "I love {place} more than any place in the world!", "said"),
    ),
    (
        ("parent", "Do you want to bring your {obj} {to_place} today, {name}?", "said"),
        ("hero", "Yes, please! I like to have {it} with me, {parent}.", "said"),
    ),
    (
        ("friend", "Why are you jumping up and down, {name}?", "said"),
        ("hero", "Because we are going {to_place}!", "said"),
        ("friend", "Then I will jump too!", "said"),
    ),
    (
        ("hero", "{parent}, can I help you get ready?", "said"),
        ("parent", "Yes, you can. Please find the snacks, {name}.", "said"),
        ("hero", "Here they are! Now we can go {to_place}.", "said"),
    ),
    (
        ("parent", "I made lunch for you two to take {to_place}.", "said"),
        ("hero", "Thank you, {parent}! What is in it?", "said"),
        ("parent", "Something yummy. You will see, {name}.", "said"),
    ),
    (
        ("hero", "Can we go {to_place} when {friend} gets here?", "said"),
        ("parent", "Yes, {name}, as soon as {friend} is here.", "said"),
    ),
    (
        ("friend", "Hello! Is {name} home?", "said"),
        ("parent", "Yes, {friend}. Come in!", "said"),
        ("hero", "Hi, {friend}! I am just getting my {obj}.", "said"),
    ),
    (
        ("hero", "{friend}, do you want to stay with me all day today?", "said"),
        ("friend", "Yes! We can do everything together {at_place}.", "said"),
        ("hero", "Yay! Best friends!", "said"),
    ),
    (
        ("parent", "What do you say to {friend}, {name}?", "said"),
        ("hero", "Good morning, {friend}!", "said"),
        ("friend", "Good morning, {name}!", "said"),
    ),
    (
        ("hero", "I think {place} is the best place in the world.", "said"),
        ("friend", "Why, {name}?", "said"),
        ("hero", "Because we can play there, and it has so much to see!", "said"),
    ),
    (
        ("parent", "Don't run off {at_place}, okay?", "said"),
        ("hero", "Okay, {parent}, I will stay where you can see me.", "said"),
    ),
    (
        ("friend", "Do you think {parent} will get us ice cream {at_place}?", "said"),
        ("hero", "Maybe! Let's ask nicely, {friend}.", "said"),
    ),
    (
        ("hero", "Can we go now, {parent}? Please?", "said"),
        ("parent", "In one minute, {name}.", "said"),
        ("hero", "One minute is so long!", "said"),
    ),
    (
        ("friend", "Wow, you are up early, {name}!", "said"),
        ("hero", "I know! I could not sleep because we are going {to_place} today.", "said"),
    ),
    (
        ("parent", "Do you want to bring your {obj} {to_place}, {name}?", "said"),
        ("hero", "Yes! My {obj} loves {place} too.", "said"),
    ),
    (
        ("hero", "Let's play a game on the way {to_place}, {friend}.", "said"),
        ("friend", "What game?", "said"),
        ("hero", "Let's count all the dogs we see!", "said"),
    ),
    (
        ("friend", "I see one dog, {name}!", "said"),
        ("hero", "I see two! Let's count them all the way {to_place}.", "said"),
    ),
    (
        ("parent", "Is your room clean, {name}?", "said"),
        ("hero", "Yes, {parent}! Look at it!", "said"),
        ("parent", "Good job! Now we can go {to_place}.", "said"),
    ),
    (
        ("hero", "What are you going to bring {to_place}, {friend}?", "said"),
        ("friend", "I am going to bring a snack. What about you, {name}?", "said"),
        ("hero", "I am going to bring my {obj}!", "said"),
    ),
    (
        ("friend", "Let's find some pretty things {at_place}, {name}.", "said"),
        ("hero", "Yes! We can look for pretty things together, {friend}.", "said"),
    ),
    (
        ("parent", "{name}, please say goodbye to the cat.", "said"),
        ("hero", "Bye, kitty! We are going {to_place}!", "said"),
        ("parent", "The cat says have fun!", "said"),
    ),
    (
        ("hero", "I will stay close to you {at_place}, {parent}.", "said"),
        ("parent", "Thank you, {name}, that makes me happy.", "said"),
    ),
    (
        ("friend", "Who will go first, {name}?", "said"),
        ("hero", "You go first, {friend}. I will get my {obj} and come next.", "said"),
    ),
    (
        ("hero", "{friend}, what do you call a dog {at_place}?", "said"),
        ("friend", "I don't know. What?", "said"),
        ("hero", "A happy dog!", "said"),
        ("friend", "That is so silly, {name}!", "said"),
    ),
    (
        ("parent", "We can stay {at_place} until dinner, {name}.", "said"),
        ("hero", "Yay! That is a long time, {parent}!", "cried"),
    ),
    (
        ("hero", "{friend}, I am so glad it's a play day today.", "said"),
        ("friend", "Me too! Let's go {to_place} and play, {name}.", "said"),
    ),
    (
        ("friend", "How do we get {to_place}, {name}?", "said"),
        ("hero", "We walk down the street with {parent}. It's not far!", "said"),
    ),
    (
        ("parent", "Do you want a cookie before we go {to_place}, {name}?", "said"),
        ("hero", "Yes, please! Can {friend} have one too, {parent}?", "said"),
    ),
    (
        ("hero", "{parent}, I have everything!", "said"),
        ("parent", "Everything? Let me see, {name}.", "said"),
        ("hero", "Yes! My {obj}, my snack, and {friend}!", "said"),
    ),
    (
        ("friend", "I wish I had {a_obj} like you, {name}.", "said"),
        ("hero", "Maybe you can ask your [mom|dad], {friend}.", "said"),
    ),
    (
        ("parent", "Are you two ready for a fun day?", "said"),
        ("hero", "Yes, we are!", "cried"),
        ("friend", "Let's go {to_place}!", "cried"),
    ),
    (
        ("hero", "Good morning, {friend}, did you sleep well?", "said"),
        ("friend", "Yes! And now I am ready for {place}, {name}.", "said"),
    ),
    (
        ("parent", "Let me look at you, {name}.", "said"),
        ("hero", "Am I clean, {parent}?", "said"),
        ("parent", "Yes, so clean! Now let's go {to_place}.", "said"),
    ),
    (
        ("hero", "{parent}, will there be other kids {at_place}?", "said"),
        ("parent", "Maybe, {name}. You can say hello to them.", "said"),
        ("hero", "Okay! I can show them my {obj}.", "said"),
    ),
    (
        ("friend", "My [mom|dad] made us a snack for {place}!", "said"),
        ("hero", "What is it, {friend}?", "said"),
        ("friend", "It's a surprise, {name}!", "said"),
    ),
    (
        ("hero", "Why do we have to walk so slow, {parent}?", "said"),
        ("parent", "Because we walk with {friend}, {name}. We go together.", "said"),
    ),
    (
        ("friend", "I like the way to {place}, {name}.", "said"),
        ("hero", "Me too. We can see the houses and the dogs, {friend}.", "said"),
    ),
    (
        ("parent", "Do you need anything before we go, {name}?", "said"),
        ("hero", "No, {parent}. I just want to go {to_place}!", "said"),
    ),
    (
        ("hero", "Can we go {to_place} by bus, {parent}?", "said"),
        ("parent", "Yes, we can take the bus today, {name}.", "said"),
        ("hero", "Yay! I love it!", "cried"),
    ),
    (
        ("friend", "Can we sit by the window on the bus, {name}?", "said"),
        ("hero", "Yes! Then we can look out all the way {to_place}.", "said"),
    ),
    (
        ("parent", "{name}, what do you want to see {at_place} today?", "said"),
        ("hero", "I want to see everything, {parent}!", "said"),
        ("parent", "Everything? Wow, {name}!", "said"),
    ),
    (
        ("hero", "I am going to be a good friend {at_place} today.", "said"),
        ("friend", "You are always a good friend, {name}.", "said"),
    ),
    (
        ("friend", "I don't have a snack, {name}.", "said"),
        ("hero", "That is okay, {friend}. {parent} has snacks for us.", "said"),
    ),
    (
        ("hero", "{parent}, can you help me with my {obj}?", "said"),
        ("parent", "Yes, {name}. Come here.", "said"),
        ("hero", "Thank you! Now I am ready for {place}.", "said"),
    ),
    (
        ("parent", "What should we do on this lovely day, {name}?", "said"),
        ("hero", "Let's go {to_place}, {parent}!", "said"),
        ("parent", "That is just what I was thinking!", "said"),
    ),
    (
        ("hero", "{friend}, you look happy today!", "said"),
        ("friend", "Yes! I love going {to_place} with you, {name}.", "said"),
    ),
    (
        ("friend", "Is {place} far, {name}?", "said"),
        ("hero", "No! We can be there very soon, {friend}.", "said"),
    ),
    (
        ("hero", "I want to tell you something, {parent}.", "said"),
        ("parent", "What is it, {name}?", "said"),
        ("hero", "I love you, and I love {place}!", "said"),
    ),
    (
        ("parent", "Remember to say please and thank you {at_place}.", "said"),
        ("hero", "Okay, {parent}, I always say please.", "said"),
    ),
    (
        ("hero", "Do you want to hold my hand on the way, {friend}?", "said"),
        ("friend", "Yes, please. I like holding hands, {name}.", "said"),
    ),
    (
        ("friend", "Guess what I want to do {at_place}, {name}!", "said"),
        ("hero", "Jump? Run? Sing?", "said"),
        ("friend", "All of them!", "said"),
    ),
    (
        ("parent", "{name}, you have two minutes to get ready.", "said"),
        ("hero", "I can do it in one minute, {parent}! Look at me!", "said"),
    ),
    (
        ("hero", "{parent}, what can I bring {to_place}?", "said"),
        ("parent", "You can bring your {obj}, {name}.", "said"),
        ("hero", "Yay! I love to take {it} with me.", "said"),
    ),
    (
        ("friend", "Are you scared of dogs, {name}?", "said"),
        ("hero", "No, I like dogs! Maybe we will see some {at_place}, {friend}.", "said"),
    ),
    (
        ("hero", "{friend}, let's be the first ones {at_place}!", "said"),
        ("friend", "Okay! Let's hurry, {name}!", "said"),
        ("parent", "Walk, you two. Don't run!", "said"),
    ),
    (
        ("parent", "Are you hungry, {name}? We can eat {at_place}.", "said"),
        ("hero", "Yes! Can we have a picnic there, {parent}?", "said"),
    ),
    (
        ("hero", "Do you know what {place} has, {friend}?", "said"),
        ("friend", "No, what?", "said"),
        ("hero", "Lots of fun things to see and do!", "said"),
    ),
    (
        ("friend", "Do you think we will have fun today, {name}?", "said"),
        ("hero", "Yes! We always have fun {at_place}, {friend}.", "said"),
    ),
    (
        ("parent", "{name}, you are very quiet today.", "said"),
        ("hero", "I am thinking about {place}, {parent}.", "said"),
        ("parent", "Happy things, I hope?", "said"),
        ("hero", "Yes! Very happy things.", "said"),
    ),
    (
        ("hero", "Can I go and get {friend}, {parent}?", "said"),
        ("parent", "Yes, but come back soon, {name}.", "said"),
        ("hero", "Okay! Then we can all go {to_place}.", "said"),
    ),
    (
        ("friend", "I can run so fast now, {name}!", "said"),
        ("hero", "Wow! Let's run {at_place}, {friend}.", "said"),
    ),
    (
        ("hero", "{parent}, I think my {obj} wants to go {to_place} too.", "said"),
        ("parent", "Then your {obj} can come too, {name}.", "said"),
    ),
    (
        ("parent", "If you see something fun {at_place}, tell me.", "said"),
        ("hero", "Okay, {parent}, I will tell you everything!", "said"),
    ),
    (
        ("hero", "Hello, {friend}, do you like my hair today?", "said"),
        ("friend", "Yes! You look so nice, {name}.", "said"),
        ("hero", "Thank you! Let's go {to_place}.", "said"),
    ),
    (
        ("friend", "{name}, do you remember the last time we went {to_place}?", "said"),
        ("hero", "Yes! It was so much fun.", "said"),
        ("friend", "Let's have even more fun today!", "said"),
    ),
    (
        ("parent", "Drink your milk, {name}, and then we can go.", "said"),
        ("hero", "All done, {parent}! Can we go {to_place} now?", "said"),
    ),
    (
        ("hero", "Do you want to pretend we are frogs, {friend}?", "said"),
        ("friend", "Yes! Hop, hop, hop {to_place}!", "said"),
        ("hero", "Hop, hop! Frogs love {place}!", "said"),
    ),
    (
        ("friend", "What should we do first {at_place}, {name}?", "said"),
        ("hero", "Let's look around first. Then we can play, {friend}.", "said"),
    ),
    (
        ("parent", "{name}, can you help {friend} get ready?", "said"),
        ("hero", "Yes! Come on, {friend}, let's get ready for {place}.", "said"),
    ),
    (
        ("hero", "{parent}, is it time yet?", "said"),
        ("parent", "Not yet, {name}. Soon.", "said"),
        ("hero", "Is it time now?", "said"),
        ("parent", "Yes! Now it is time.", "said"),
    ),
    (
        ("friend", "I think {place} will be so much fun, {name}.", "said"),
        ("hero", "I think so too! Do you want to go with me and {parent}?", "said"),
    ),
    (
        ("hero", "I will be very good {at_place}, I promise.", "said"),
        ("parent", "Thank you, {name}, I know you will try.", "said"),
    ),
    (
        ("friend", "Let's make a plan, {name}.", "said"),
        ("hero", "Okay! First we go {to_place}, and then we play!", "said"),
        ("friend", "That is a good plan.", "said"),
    ),
    (
        ("parent", "Wait for me, {name} and {friend}!", "said"),
        ("hero", "We are waiting, {parent}! Come on!", "said"),
        ("friend", "We want to go {to_place}!", "said"),
    ),
    (
        ("hero", "{friend}, what do you like to eat at a picnic?", "said"),
        ("friend", "I like sandwiches! What about you, {name}?", "said"),
        ("hero", "I like cookies. Let's take some {to_place}.", "said"),
    ),
    (
        ("parent", "You can go and play {at_place}, but stay together.", "said"),
        ("hero", "Yes, {parent}. {friend} and I always stay together.", "said"),
    ),
    (
        ("hero", "Look out the window, {friend}, what a nice day!", "said"),
        ("friend", "It is a good day for {place}, {name}!", "said"),
    ),
    (
        ("friend", "How do you feel today, {name}?", "said"),
        ("hero", "I feel happy, because we are going {to_place}!", "said"),
    ),
    (
        ("parent", "Will you help me carry the snacks, {name}?", "said"),
        ("hero", "Yes, {parent}. I am strong!", "said"),
        ("parent", "Thank you, {name}, you are a big help.", "said"),
    ),
    (
        ("hero", "{parent}, can {friend} come over before we go {to_place}?", "said"),
        ("parent", "Yes. Let's ask {friend}'s [mom|dad], {name}.", "said"),
    ),
    (
        ("friend", "Can I sit next to you {at_place}, {name}?", "said"),
        ("hero", "Yes! We can sit together, {friend}.", "said"),
    ),
    (
        ("hero", "I love to go places with my {obj}, {parent}.", "said"),
        ("parent", "I know you do, {name}.", "said"),
    ),
    (
        ("parent", "{name}, let's see if we have everything.", "said"),
        ("hero", "I have my {obj}!", "said"),
        ("parent", "Good, and I have the snacks. Let's go {to_place}.", "said"),
    ),
    (
        ("hero", "What do you think {place} looks like today, {friend}?", "said"),
        ("friend", "I think it looks fun! Let's go and see, {name}.", "said"),
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
            "[Okay|Yes], but not for long. It is almost time to go home, {friend}.",
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
        ("friend", "[Yes|I know]! I am glad it is all okay now, {name}.", "said"),
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
        ("parent", "Let's go home now. It is almost time for dinner, {name}.", "said"),
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
        ("hero", "Look! {It_is} safe with me now, {friend}.", "cried"),
        ("friend", "Yay! Now we can play, {name}!", "cried"),
    ),
    (
        ("hero", "{friend}, you helped me so much today.", "said"),
        ("friend", "I am glad I could help, {name}!", "said"),
    ),
    (
        ("parent", "Do you feel better now, {name}?", "said"),
        ("hero", "Yes! I feel so much better, {parent}.", "cried"),
    ),
    (
        ("hero", "I was so worried, {parent}.", "soft"),
        ("parent", "I know. But everything is okay now, {name}.", "soft"),
    ),
    (
        ("friend", "Let's go home and tell everyone, {name}!", "cried"),
        ("hero", "Yes! Let's tell {parent} first.", "cried"),
    ),
    (
        ("hero", "Can we have ice cream now, {parent}?", "said"),
        ("parent", "Yes, I think you both need some ice cream!", "said"),
        ("friend", "Yay! Thank you, {parent}!", "cried"),
    ),
    (
        ("parent", "Give me a hug, you two.", "said"),
        ("hero", "Come on, {friend}! A big hug for {parent}!", "cried"),
    ),
    (
        ("hero", "I am so glad you were with me, {friend}.", "said"),
        ("friend", "Me too. I will always help you, {name}.", "said"),
    ),
    (
        ("friend", "Let me see your {obj}, {name}.", "said"),
        ("hero", "Here, look! {It_is} just fine.", "cried"),
        ("friend", "Yay! I am so happy, {name}!", "cried"),
    ),
    (
        ("parent", "You two make a good team.", "said"),
        ("hero", "We do! {friend} and I can do anything together.", "cried"),
    ),
    (
        ("hero", "{parent}, I feel like the luckiest kid in the world!", "cried"),
        ("parent", "I feel lucky too, {name}.", "soft"),
    ),
    (
        ("friend", "What should we do now, {name}?", "said"),
        ("hero", "Let's go home and have a snack!", "cried"),
        ("friend", "Okay! Race you there!", "cried"),
    ),
    (
        ("parent", "I was a little worried about you, {name}.", "said"),
        ("hero", "{parent}, I am okay. {friend} was with me all the time.", "said"),
    ),
    (
        ("hero", "Thank you for being here, {parent}.", "soft"),
        ("parent", "I will always be here for you, {name}.", "soft"),
    ),
    (
        ("hero", "Let's play until dinner, {friend}!", "cried"),
        ("friend", "Yes! And then let's play again tomorrow.", "cried"),
    ),
    (
        ("parent", "What do you want for dinner tonight, {name}?", "said"),
        ("hero", "Something yummy! It was a big day, {parent}.", "cried"),
    ),
    (
        ("friend", "You look so happy, {name}.", "said"),
        ("hero", "Because {it_is} safe, and you are here, {friend}!", "cried"),
    ),
    (
        ("hero", "Can we tell this story at dinner, {parent}?", "said"),
        ("parent", "Yes! Everyone will want to hear it, {name}.", "said"),
    ),
    (
        ("parent", "You were very good today, {name}.", "said"),
        ("hero", "Was I? I tried hard, {parent}.", "said"),
        ("parent", "Yes, and I saw how hard you tried.", "soft"),
    ),
    (
        ("friend", "Oh my! What a day, {name}!", "cried"),
        ("hero", "I know! But it all ended well, {friend}.", "said"),
    ),
    (
        ("hero", "{friend}, you are the best at helping!", "cried"),
        ("friend", "Thank you! You are a good friend too, {name}.", "said"),
    ),
    (
        ("parent", "Now, let's go home and get some rest.", "said"),
        ("hero", "Can {friend} come too?", "said"),
        ("parent", "Yes, if {friend}'s [mom|dad] says yes.", "said"),
    ),
    (
        ("hero", "I am so happy that I want to dance!", "cried"),
        ("friend", "Let's dance together, {name}!", "cried"),
        ("parent", "You two are so silly!", "said"),
    ),
    (
        ("hero", "I will hold my {obj} tight now, {parent}.", "said"),
        ("parent", "Good idea, {name}.", "said"),
    ),
    (
        ("friend", "Are you okay now, {name}?", "said"),
        ("hero", "Yes! Now I feel good, {friend}.", "said"),
    ),
    (
        ("parent", "Let's have a treat, you two, because you did so well!", "said"),
        ("hero", "Yay! Can {friend} have two, {parent}?", "cried"),
    ),
    (
        ("hero", "Will you come and play again tomorrow, {friend}?", "said"),
        ("friend", "Yes! I will come after breakfast, {name}.", "cried"),
    ),
    (
        ("parent", "I am so happy everything is okay, {name}.", "soft"),
        ("hero", "Me too, {parent}. And {friend} is happy too!", "said"),
    ),
    (
        ("hero", "You know what? Today was fun after all, {friend}!", "cried"),
        ("friend", "It was, {name}! Let's do it again.", "cried"),
    ),
    (
        ("friend", "I am so glad we are friends, {name}.", "said"),
        ("hero", "Me too! Friends forever, {friend}!", "cried"),
    ),
    (
        ("parent", "Let's wash up and have some dinner, you two.", "said"),
        ("hero", "Okay! I am so hungry, {parent}.", "said"),
    ),
    (
        ("hero", "{parent}, can I tell you a secret?", "said"),
        ("parent", "Yes, what is it?", "said"),
        ("hero", "Today was a big day, but it was fun too!", "said"),
    ),
    (
        ("friend", "Do you want to play one more game, {name}?", "said"),
        ("hero", "Yes, one more! Then we go home, {friend}.", "cried"),
    ),
    (
        ("hero", "I think my {obj} had a big day too, {parent}.", "said"),
        ("parent", "I think so too, {name}!", "said"),
    ),
    (
        ("parent", "Who wants to hear a story before bed?", "said"),
        ("hero", "Me! Can it be a story about today?", "cried"),
        ("parent", "Yes! A story about {name} and {friend}.", "said"),
    ),
    (
        ("hero", "I am so lucky to have a friend like you, {friend}.", "said"),
        ("friend", "And I am lucky to have you, {name}!", "said"),
    ),
    (
        ("parent", "You did not give up, {name}, and I am so proud of you.", "soft"),
        ("hero", "Thank you, {parent}. {friend} did not give up either!", "said"),
    ),
    (
        ("hero", "Let's go home now. I am tired, {parent}.", "said"),
        ("parent", "Okay, {name}, you can rest when we get home.", "soft"),
    ),
    (
        ("friend", "Do you want to walk home with me, {name}?", "said"),
        ("hero", "Yes! And my {obj} can come too.", "cried"),
    ),
    (
        ("parent", "Everything is okay now. You can smile, {name}.", "soft"),
        ("hero", "I am smiling, {parent}! Look!", "cried"),
    ),
    (
        ("hero", "I want to say thank you to everyone!", "cried"),
        ("friend", "You just did, {name}!", "cried"),
    ),
    (
        ("friend", "I knew everything would be okay, {name}.", "said"),
        ("hero", "How did you know, {friend}?", "said"),
        ("friend", "Because we were together!", "cried"),
    ),
    (
        ("hero", "Let's play a game when we get home, {friend}.", "said"),
        ("friend", "Okay! What game?", "said"),
        ("hero", "Any game you want!", "cried"),
    ),
    (
        ("parent", "Are you hungry after all that, you two?", "said"),
        ("hero", "Yes! Can we have pancakes, {parent}?", "cried"),
        ("parent", "Pancakes for dinner? Okay, why not!", "said"),
    ),
    (
        ("hero", "I feel warm inside, {parent}.", "soft"),
        ("parent", "That is how it feels when things go well, {name}.", "soft"),
    ),
    (
        ("friend", "Will you still want to play with me tomorrow?", "said"),
        ("hero", "Yes! I always want to play with you, {friend}.", "cried"),
    ),
    (
        ("parent", "{name}, time to go home. Say goodbye to {friend}.", "said"),
        ("hero", "Goodbye, {friend}! See you tomorrow!", "cried"),
        ("friend", "Bye, {name}!", "cried"),
    ),
    (
        ("hero", "I love this day, {friend}!", "cried"),
        ("friend", "Me too! It is the best day, {name}.", "cried"),
    ),
    (
        ("parent", "What was the best part of today, {name}?", "said"),
        ("hero", "When everything was okay again!", "cried"),
        ("parent", "Yes, that was the best part.", "soft"),
    ),
    (
        ("hero", "Can we have a party, {parent}?", "said"),
        ("parent", "A party? For what, {name}?", "said"),
        ("hero", "For a happy day with {friend}!", "cried"),
    ),
    (
        ("friend", "You are smiling again, {name}!", "cried"),
        ("hero", "I can not stop smiling, {friend}!", "cried"),
    ),
    (
        ("hero", "Now I know I can ask for help, {parent}.", "said"),
        ("parent", "Yes, {name}, it is good to ask for help.", "said"),
    ),
    (
        ("hero", "Let's sing a happy song, {friend}!", "cried"),
        ("friend", "Okay! You sing, and I will clap, {name}!", "cried"),
    ),
    (
        ("hero", "My heart feels so happy, {parent}.", "soft"),
        ("parent", "Mine too, {name}.", "soft"),
    ),
    (
        ("friend", "What will you do now, {name}?", "said"),
        ("hero", "I will go home and hold my {obj} all night!", "cried"),
    ),
    (
        ("hero", "I think we need a snack, {friend}.", "said"),
        ("friend", "Yes! All that made me hungry, {name}.", "cried"),
    ),
    (
        ("hero", "Do you want to come home with us, {friend}?", "said"),
        ("friend", "Yes, please! Can I, {parent}?", "cried"),
        ("parent", "Yes, {friend}, you can come.", "said"),
    ),
    (
        ("hero", "Let's [skip|hop|run] all the way home, {friend}!", "cried"),
        ("friend", "Okay! Ready, go!", "cried"),
    ),
    (
        ("parent", "Look who is happy again! It is my {name}!", "cried"),
        ("hero", "Yes, I am happy again, {parent}!", "cried"),
    ),
    (
        ("friend", "If you need me again, just call me, {name}.", "said"),
        ("hero", "Okay, {friend}. And you can call me too.", "said"),
    ),
    (
        ("hero", "Guess what? Today was a good day after all, {parent}.", "cried"),
        ("parent", "I am so glad to hear that, {name}.", "said"),
    ),
    (
        ("hero", "{parent}, guess what?", "said"),
        ("parent", "What, {name}?", "said"),
        ("hero", "I am so happy!", "said"),
        ("parent", "I can see your big smile, {name}!", "said"),
    ),
    (
        ("friend", "Do you want to play again soon, {name}?", "said"),
        ("hero", "Yes! Come to my house, and we can play all day, {friend}.", "said"),
    ),
    (
        ("parent", "Come here, {name} and {friend}. Hug time!", "said"),
        ("hero", "Yay!", "cried"),
        ("friend", "A big hug!", "cried"),
    ),
    (
        ("hero", "Thank you for a good day, {parent}.", "said"),
        ("parent", "Thank you for being such a good kid, {name}.", "said"),
    ),
    (
        ("friend", "What was your best part of today, {name}?", "said"),
        ("hero", "Being with you, {friend}! What was yours?", "said"),
        ("friend", "Being with you too!", "said"),
    ),
    (
        ("hero", "I want to hold my {obj} and never let go, {parent}.", "said"),
        ("parent", "You can hold {it} all the way home, {name}.", "said"),
    ),
    (
        ("parent", "Let's go home, wash up, and have some soup.", "said"),
        ("hero", "Yummy! Can {friend} have soup with us, {parent}?", "said"),
        ("parent", "Yes, there is soup for everyone.", "said"),
    ),
    (
        ("hero", "{friend}, let's make a picture of today!", "said"),
        ("friend", "Yes! You can be in it, and I can be in it too, {name}.", "said"),
    ),
    (
        ("friend", "I like it when you smile, {name}.", "said"),
        ("hero", "I like it when you smile too, {friend}!", "said"),
    ),
    (
        ("parent", "Are you ready to go home, {name}?", "said"),
        ("hero", "Yes, {parent}, but my legs are so tired!", "said"),
        ("parent", "Then I can carry you a little way.", "said"),
    ),
    (
        ("hero", "What a fun day we had, {parent}!", "said"),
        ("parent", "Yes, we did. I am glad you are happy, {name}.", "said"),
    ),
    (
        ("friend", "You are a good friend, {name}.", "said"),
        ("hero", "So are you, {friend}. The best!", "said"),
    ),
    (
        ("hero", "Can we come here again, {parent}?", "said"),
        ("parent", "Yes, {name}, we can come again soon.", "said"),
        ("hero", "Yay! Did you hear that, {friend}?", "cried"),
    ),
    (
        ("parent", "{name}, what do you say to {friend}?", "said"),
        ("hero", "Thank you for playing with me, {friend}!", "said"),
        ("friend", "Thank you too, {name}!", "said"),
    ),
    (
        ("hero", "I am so glad today. Are you glad too, {friend}?", "said"),
        ("friend", "Yes! I am so glad, {name}.", "said"),
    ),
    (
        ("friend", "Let's tell our friends at school about today!", "said"),
        ("hero", "Yes! They will want to hear all about it, {friend}.", "said"),
    ),
    (
        ("parent", "How about some warm milk and a story tonight, {name}?", "said"),
        ("hero", "Yes, please! A story about {friend} and me!", "said"),
    ),
    (
        ("hero", "Good night, my {obj}. Sleep well!", "said"),
        ("parent", "Good night, {name}. I love you.", "said"),
    ),
    (
        ("friend", "Can we be friends forever, {name}?", "said"),
        ("hero", "Yes! Forever and ever, {friend}!", "said"),
    ),
    (
        ("parent", "I am so proud of you both.", "said"),
        ("hero", "Thank you, {parent}! {friend} and I did it together.", "said"),
    ),
    (
        ("hero", "{parent}, I want to give {friend} a hug.", "said"),
        ("parent", "Go on, {name}. {friend} would like that.", "said"),
        ("friend", "Thank you, {name}!", "said"),
    ),
    (
        ("friend", "I have to go home for dinner now, {name}.", "said"),
        ("hero", "Okay. Can you come back tomorrow, {friend}?", "said"),
        ("friend", "I will ask my [mom|dad], {name}.", "said"),
    ),
    (
        ("hero", "I can not stop smiling, {parent}!", "said"),
        ("parent", "Then don't stop, {name}. Keep smiling!", "said"),
    ),
    (
        ("parent", "Let's sing a song on the way home, {name}.", "said"),
        ("hero", "Yes! A happy song for a happy day, {parent}!", "said"),
    ),
    (
        ("hero", "Do you want to play at my house, {friend}?", "said"),
        ("friend", "Yes! What can we play, {name}?", "said"),
        ("hero", "We can play anything you want!", "said"),
    ),
    (
        ("friend", "I had so much fun with you, {name}.", "said"),
        ("hero", "Me too, {friend}, so much!", "said"),
    ),
    (
        ("parent", "What is so funny, you two?", "said"),
        ("hero", "Everything, {parent}! It was so much fun.", "said"),
    ),
    (
        ("hero", "{parent}, do you love me?", "said"),
        ("parent", "Yes, {name}, I love you so much.", "said"),
        ("hero", "I love you too!", "said"),
    ),
    (
        ("friend", "Will you come to my house next time, {name}?", "said"),
        ("hero", "Yes! I would love to, {friend}.", "said"),
    ),
    (
        ("hero", "I think today is my best day, {friend}.", "said"),
        ("friend", "Mine too, {name}!", "said"),
    ),
    (
        ("parent", "{name}, you look so happy with your {obj}.", "said"),
        ("hero", "Yes, {parent}! I love {it} so much.", "said"),
    ),
    (
        ("hero", "{friend}, let's have a snack and rest.", "said"),
        ("friend", "Okay! I am so hungry, {name}.", "said"),
    ),
    (
        ("parent", "Time for dinner, you two!", "said"),
        ("hero", "Coming, {parent}! Come on, {friend}!", "said"),
    ),
    (
        ("hero", "{parent}, I am happy, and my {obj} is happy too!", "said"),
        ("parent", "Then we are all happy, {name}.", "said"),
    ),
    (
        ("friend", "Let's do a happy dance, {name}!", "said"),
        ("hero", "Okay! Like this?", "said"),
        ("friend", "Yes! Just like that!", "said"),
    ),
    (
        ("hero", "Can I tell {parent} about our day, {friend}?", "said"),
        ("friend", "Yes! Tell {parent} everything, {name}.", "said"),
    ),
    (
        ("parent", "What a good day, {name}. Are you tired?", "said"),
        ("hero", "Not very tired. Just happy, {parent}!", "said"),
    ),
    (
        ("hero", "I will remember this day, {parent}.", "said"),
        ("parent", "So will I, {name}.", "said"),
    ),
    (
        ("friend", "Thank you for being my friend, {name}.", "said"),
        ("hero", "You are welcome. Thank you for being mine, {friend}.", "said"),
    ),
    (
        ("parent", "Let's go home. I will make something yummy for you, {name}.", "said"),
        ("hero", "Yay! Thank you, {parent}!", "said"),
    ),
    (
        ("hero", "{friend}, you make me laugh so much!", "said"),
        ("friend", "You make me laugh too, {name}!", "said"),
    ),
    (
        ("friend", "Look, {name}! {parent} is smiling at us.", "said"),
        ("hero", "Because we had a good day, {friend}!", "said"),
    ),
    (
        ("parent", "Do you want to call {friend} tomorrow, {name}?", "said"),
        ("hero", "Yes! Then we can play again, {parent}.", "said"),
    ),
    (
        ("hero", "I am happy we are friends, {friend}.", "said"),
        ("friend", "Me too. Let's play again soon, {name}.", "said"),
    ),
    (
        ("parent", "Well done, {name} and {friend}! Who wants juice?", "said"),
        ("hero", "Me, please!", "said"),
        ("friend", "Me too, please!", "said"),
    ),
    (
        ("hero", "Look at my {obj}, {friend}. {It_is} so nice!", "said"),
        ("friend", "Yes, I like {it} too, {name}!", "said"),
    ),
    (
        ("friend", "Can I come and see you tomorrow, {name}?", "said"),
        ("hero", "Yes, please do! We can play all morning, {friend}.", "said"),
    ),
    (
        ("parent", "What a happy face I see!", "said"),
        ("hero", "Is it me, {parent}?", "said"),
        ("parent", "Yes, it's you, {name}!", "said"),
    ),
    (
        ("hero", "{parent}, can we make cookies when we get home?", "said"),
        ("parent", "Yes, we can. {friend} can help too.", "said"),
        ("friend", "Yay! I love cookies!", "said"),
    ),
    (
        ("friend", "I think we make a good team, {name}.", "said"),
        ("hero", "The best team, {friend}!", "said"),
    ),
    (
        ("hero", "I did not know today could be so good, {parent}.", "said"),
        ("parent", "Some days are like that, {name}.", "said"),
    ),
    (
        ("parent", "Say goodbye to {friend} now, {name}.", "said"),
        ("hero", "Goodbye, {friend}! See you soon!", "said"),
        ("friend", "Goodbye! Thank you for today, {name}!", "said"),
    ),
    (
        ("hero", "Let's walk home slow, {friend}.", "said"),
        ("friend", "Why, {name}?", "said"),
        ("hero", "Because I don't want today to end!", "said"),
    ),
    (
        ("parent", "You have a happy heart today, {name}.", "said"),
        ("hero", "Yes! My heart is so happy, {parent}.", "said"),
    ),
    (
        ("friend", "What should we play tomorrow, {name}?", "said"),
        (
            "hero",
            "Let's think about it tonight, {friend}, and tell each other in the morning!",
            "said",
        ),
    ),
    (
        ("hero", "{parent}, I want to say thank you to {friend}.", "said"),
        ("parent", "That is a good idea, {name}.", "said"),
        ("hero", "Thank you, {friend}, you are the best!", "said"),
    ),
    (
        ("parent", "Let's go home and rest now, {name}.", "said"),
        ("hero", "Okay, {parent}, but can I hold your hand?", "said"),
        ("parent", "Yes, you can, {name}.", "said"),
    ),
    (
        ("hero", "I like my {obj} so much, {friend}.", "said"),
        ("friend", "I know you do, {name}. {It_is} so nice.", "said"),
    ),
    (
        ("friend", "Are you still happy, {name}?", "said"),
        ("hero", "Yes! I am still so happy, {friend}!", "said"),
    ),
    (
        ("parent", "Who is the happiest kid I know?", "said"),
        ("hero", "Is it me, {parent}?", "said"),
        ("parent", "Yes, {name}, it's you!", "said"),
    ),
    (
        ("hero", "{friend}, will you be my friend tomorrow too?", "said"),
        ("friend", "I will be your friend every day, {name}!", "said"),
    ),
    (
        ("parent", "Do you want some milk and a cookie, {name}?", "said"),
        ("hero", "Yes, please! And one for {friend} too!", "said"),
    ),
    (
        ("hero", "Today was like a good dream, {parent}.", "said"),
        ("parent", "But it was not a dream, {name}. It was a good day.", "said"),
    ),
    (
        ("friend", "Let's give {parent} a hug too, {name}!", "said"),
        ("hero", "Yes! A big hug for {parent}!", "said"),
        ("parent", "Thank you, you two!", "said"),
    ),
    (
        ("hero", "{parent}, can {friend} come to dinner?", "said"),
        ("parent", "Yes, if {friend}'s [mom|dad] says yes.", "said"),
        ("friend", "I will go and ask!", "said"),
    ),
    (
        ("parent", "How do you feel, {friend}?", "said"),
        ("friend", "I feel happy, because {name} is happy!", "said"),
    ),
    (
        ("hero", "Let's go home and tell everyone about today!", "said"),
        ("friend", "Yes! Let's run, {name}!", "said"),
        ("parent", "Walk, please, you two!", "said"),
    ),
    (
        ("parent", "I think you two are tired.", "said"),
        ("hero", "Only a little, {parent}.", "said"),
        ("friend", "But we are happy!", "said"),
    ),
    (
        ("hero", "Let's be friends for a long, long time, {friend}.", "said"),
        ("friend", "Yes, for a long, long time, {name}!", "said"),
    ),
    (
        ("friend", "You are so kind, {name}.", "said"),
        ("hero", "Thank you! You are kind too, {friend}.", "said"),
    ),
    (
        ("parent", "{name}, you did very well today.", "said"),
        ("hero", "{friend} did well too, {parent}!", "said"),
        ("parent", "Yes, you both did.", "said"),
    ),
    (
        ("hero", "I can not wait to play with my {obj} again tomorrow!", "said"),
        ("parent", "And I can not wait to see you play, {name}.", "said"),
    ),
    (
        ("friend", "See you tomorrow, {name}! Don't forget!", "said"),
        ("hero", "I won't forget, {friend}! See you tomorrow!", "said"),
    ),
    (
        ("parent", "I think this calls for a party!", "said"),
        ("hero", "A party? Yay! Can {friend} come, {parent}?", "said"),
        ("parent", "Yes, everyone can come!", "said"),
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
        ("parent", "I know. It is okay to be sad, {name}.", "soft"),
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
    (
        ("hero", "I feel so sad, {parent}.", "soft"),
        ("parent", "I know. Come here, {name}.", "soft"),
    ),
    (
        ("friend", "Do you want to hold my hand, {name}?", "soft"),
        ("hero", "Yes, please. Thank you, {friend}.", "soft"),
    ),
    (
        ("parent", "Let's go home and have some warm soup, {name}.", "soft"),
        ("hero", "Okay, {parent}. Can {friend} come too?", "soft"),
    ),
    (
        ("hero", "I should have been more careful, {parent}.", "soft"),
        ("parent", "We all learn new things, {name}.", "soft"),
    ),
    (
        ("friend", "Can I make you smile, {name}?", "soft"),
        ("hero", "Maybe, {friend}.", "soft"),
        ("friend", "Look at my funny face, {name}!", "said"),
        ("hero", "That is so silly, {friend}.", "soft"),
    ),
    (
        ("parent", "{name}, do you want to cry a little? That is okay.", "soft"),
        ("hero", "I do not want to cry. I want my {obj} to be okay.", "soft"),
    ),
    (
        ("hero", "Will you stay with me tonight, {parent}?", "soft"),
        ("parent", "Yes. I will sit with you until you sleep, {name}.", "soft"),
    ),
    (
        ("friend", "I am sad too, {name}.", "soft"),
        ("hero", "Why are you sad, {friend}?", "soft"),
        ("friend", "Because you are sad, and you are my friend.", "soft"),
    ),
    (
        ("parent", "What would make you feel a little better, {name}?", "soft"),
        ("hero", "A hug, and some warm milk, please.", "soft"),
        ("parent", "I can do that, {name}.", "soft"),
    ),
    (
        ("hero", "I do not want to talk, {parent}.", "soft"),
        ("parent", "That is okay. I will be here when you want to talk, {name}.", "soft"),
    ),
    (
        ("parent", "You did your best today, {name}.", "soft"),
        ("hero", "But it was not enough, {parent}.", "soft"),
        ("parent", "Your best is always enough for me.", "soft"),
    ),
    (
        ("friend", "Tomorrow we can play together again, {name}.", "soft"),
        ("hero", "Okay, {friend}. That sounds nice.", "soft"),
    ),
    (
        ("hero", "Can I sleep in your bed tonight, {parent}?", "soft"),
        ("parent", "Just for tonight, yes, {name}.", "soft"),
    ),
    (
        ("parent", "I love you, {name}, and I always will.", "soft"),
        ("hero", "I love you too, {parent}.", "soft"),
    ),
    (
        ("hero", "I wish my {obj} {was} okay, {parent}.", "soft"),
        ("parent", "Me too, {name}. Me too.", "soft"),
    ),
    (
        ("friend", "Do you want me to stay, {name}?", "soft"),
        ("hero", "Yes, please stay, {friend}.", "soft"),
    ),
    (
        ("parent", "Let's think about something happy, {name}.", "soft"),
        ("hero", "Like what, {parent}?", "soft"),
        ("parent", "Like the time you and {friend} played all day!", "soft"),
    ),
    (
        ("hero", "I feel like crying, {friend}.", "soft"),
        ("friend", "{name}, that is okay. I am here.", "soft"),
    ),
    (
        ("parent", "Sad days come, and sad days go, {name}.", "soft"),
        ("hero", "When will this one go, {parent}?", "soft"),
        ("parent", "Soon. I promise.", "soft"),
    ),
    (
        ("hero", "Do you think things will be okay, {parent}?", "soft"),
        ("parent", "Yes, {name}, maybe not today, but soon.", "soft"),
    ),
    (
        ("friend", "I am sorry I could not help more, {name}.", "soft"),
        ("hero", "It is okay. You tried, {friend}.", "soft"),
    ),
    (
        (
            "parent",
            "{name}, do you want to help me make dinner? It may help you feel better.",
            "soft",
        ),
        ("hero", "Okay, {parent}. I will try.", "soft"),
    ),
    (
        ("hero", "Can we try again tomorrow, {parent}?", "soft"),
        ("parent", "Yes, {name}, we can try again tomorrow.", "soft"),
    ),
    (
        ("friend", "Let's sit here for a while, {name}.", "soft"),
        ("hero", "Okay. Thank you for staying, {friend}.", "soft"),
    ),
    (
        ("hero", "I want to go home now, {parent}.", "soft"),
        ("parent", "Okay, {name}. Let's go home.", "soft"),
        ("friend", "I will walk with you, {name}.", "soft"),
    ),
    (
        ("parent", "{name}, everyone has bad days. Even me.", "soft"),
        ("hero", "Even you, {parent}?", "soft"),
        ("parent", "Yes, even me. And they always end.", "soft"),
    ),
    (
        ("hero", "I feel so sad inside, {friend}.", "soft"),
        ("friend", "Do you want a hug, {name}?", "soft"),
        ("hero", "Yes, please.", "soft"),
    ),
    (
        ("parent", "{name}, I am so sorry. I know how much you love your {obj}.", "soft"),
        ("hero", "I do, {parent}. I love {it} so much.", "soft"),
    ),
    (
        ("friend", "You can come and play at my house tomorrow, {name}.", "soft"),
        ("hero", "Okay. Thank you, {friend}.", "soft"),
    ),
    (
        ("hero", "Will you sing me a song, {parent}?", "soft"),
        ("parent", "Yes, {name}, close your eyes, and I will sing for you.", "soft"),
    ),
    (
        ("parent", "{name}, do you want to sit close to me?", "soft"),
        ("hero", "Yes, please, {parent}. I feel sad.", "soft"),
    ),
    (
        ("friend", "Are you okay, {name}?", "soft"),
        ("hero", "No, not really. I feel sad, {friend}.", "soft"),
        ("friend", "Then I will stay with you.", "soft"),
    ),
    (
        ("hero", "{parent}, why do I feel so sad?", "soft"),
        ("parent", "Because you love your {obj} so much, {name}, and that is okay.", "soft"),
    ),
    (
        ("parent", "Let's go home, {name}, and talk on the way.", "soft"),
        ("hero", "Okay. Will you hold my hand, {parent}?", "soft"),
    ),
    (
        ("friend", "I don't like to see you sad, {name}.", "soft"),
        ("hero", "Thank you, {friend}. It helps to have you here.", "soft"),
    ),
    (
        ("hero", "I wish this day could start again, {parent}.", "soft"),
        ("parent", "I know, {name}, but tomorrow can be a good day.", "soft"),
    ),
    (
        ("parent", "What can I do for you, {name}?", "soft"),
        ("hero", "Just stay with me, please, {parent}.", "soft"),
        ("parent", "Okay. I am here with you, {name}.", "soft"),
    ),
    (
        ("hero", "Do you think I can be happy again, {friend}?", "soft"),
        ("friend", "Yes! I will help you be happy again, {name}.", "soft"),
    ),
    (
        ("parent", "Let's make some warm soup together, {name}.", "soft"),
        ("hero", "Okay, {parent}. Maybe it will help.", "soft"),
    ),
    (
        ("friend", "Do you want me to sing you a song, {name}?", "soft"),
        ("hero", "Yes, please, {friend}. A happy one.", "soft"),
    ),
    (
        ("hero", "{parent}, I don't want to talk now.", "soft"),
        ("parent", "That is okay, {name}, we can just sit here.", "soft"),
    ),
    (
        ("hero", "I feel so sad, and I don't know what to do, {parent}.", "soft"),
        ("parent", "You don't have to do anything, {name}. Just come here.", "soft"),
    ),
    (
        ("parent", "I love you, {name}, on happy days and sad days.", "soft"),
        ("hero", "I love you too, {parent}.", "soft"),
    ),
    (
        ("friend", "I will come and see you tomorrow, {name}.", "soft"),
        ("hero", "Okay, {friend}. Please come early.", "soft"),
    ),
    (
        ("hero", "My eyes are wet, {parent}.", "soft"),
        ("parent", "Come here, {name}, and let me wipe your tears.", "soft"),
    ),
    (
        ("parent", "Do you want a cookie, {name}? It may help a little.", "soft"),
        ("hero", "Okay. Thank you, {parent}.", "soft"),
    ),
    (
        ("hero", "Can you tell me a story, {parent}? A happy one?", "soft"),
        ("parent", "Yes, {name}, come and sit with me.", "soft"),
    ),
    (
        ("friend", "We can still play together, {name}.", "soft"),
        ("hero", "I know. Thank you, {friend}. Maybe tomorrow.", "soft"),
    ),
    (
        ("hero", "Is it okay to be sad, {parent}?", "soft"),
        ("parent", "Yes, {name}, everyone is sad sometimes.", "soft"),
    ),
    (
        ("parent", "You are a good kid, {name}, even on a sad day.", "soft"),
        ("hero", "Thank you, {parent}.", "soft"),
    ),
    (
        ("hero", "{friend}, will you still be my friend?", "soft"),
        ("friend", "Yes, {name}, I will always be your friend!", "soft"),
    ),
    (
        ("parent", "Let's sit down and rest for a while, {name}.", "soft"),
        ("hero", "Okay, {parent}, I am so tired.", "soft"),
    ),
    (
        ("friend", "I am here for you, {name}.", "soft"),
        ("hero", "Thank you, {friend}, you are so kind.", "soft"),
    ),
    (
        ("hero", "Will you stay with me until I sleep, {parent}?", "soft"),
        ("parent", "Yes, {name}, I will stay here all night if you want.", "soft"),
    ),
    (
        ("parent", "It was a hard day, {name}.", "soft"),
        ("hero", "Yes, it was so hard, {parent}.", "soft"),
        ("parent", "I know, and we can go home and rest now.", "soft"),
    ),
    (
        ("hero", "I don't want to go to bed sad, {parent}.", "soft"),
        ("parent", "Then let's think of one happy thing, {name}.", "soft"),
        ("hero", "I am happy you are here.", "soft"),
    ),
    (
        ("friend", "Can I give you a hug, {name}?", "soft"),
        ("hero", "Yes, please. Thank you, {friend}.", "soft"),
    ),
    (
        ("parent", "Do you want to talk about your {obj}, {name}?", "soft"),
        ("hero", "Not now, {parent}. Maybe later.", "soft"),
    ),
    (
        ("hero", "I feel like everything went bad today, {friend}.", "soft"),
        ("friend", "We are still friends, {name}, and that is a good thing.", "soft"),
    ),
    (
        ("parent", "You can cry if you want to, {name}. I am here.", "soft"),
        ("hero", "Thank you, {parent}. Please don't go.", "soft"),
    ),
    (
        ("hero", "{parent}, I will try to be happy tomorrow.", "soft"),
        ("parent", "You don't have to try so hard, {name}. Tomorrow will come.", "soft"),
    ),
    (
        (
            "friend",
            "Do you want to come to my house? My [mom|dad] can make us soup, {name}.",
            "soft",
        ),
        ("hero", "Okay, {friend}. That sounds nice.", "soft"),
    ),
    (
        ("parent", "Come sit by me, {name}, and let's be quiet together.", "soft"),
        ("hero", "Okay, {parent}, I like sitting by you.", "soft"),
    ),
    (
        ("hero", "I think my {obj} would be sad too, {parent}.", "soft"),
        ("parent", "Maybe, {name}. But I know you love {it} so much.", "soft"),
    ),
)
