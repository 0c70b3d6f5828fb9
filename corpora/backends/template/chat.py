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
)
