"""Small talk the plan gives reason for: inviting a friend, showing the object, the
feelings after the ending.

Children's stories talk a lot, and their talk is in the present tense and the second
person ("Do you want to play with me?", "I have an idea!", "Your kite is so pretty!"), which
narration in the past tense never writes. A corpus without it leaves a small model unable
to predict the commonest words of real dialogue (you, your, have, see, want, can), so the
realiser adds one of these exchanges at the setup and one after the ending now and then.
Every line is about the plan's people, object or place, so none could be moved to another
story unchanged; the speech tags come from `phrasing.say` like all other speech.
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
        ("friend", "[Wow|Oh], it is so [nice|pretty|cool]! Can I see it?", "said"),
        ("hero", "[Yes, you can|Here you go|Okay, but be careful].", "said"),
    ),
    (
        ("hero", "[Can|May] we go {to_place} [today|now|after lunch], please?", "said"),
        ("parent", "[Yes, we can|Okay, let's go|Yes, but stay close to me].", "said"),
    ),
    (
        ("friend", "[What do you have there|What is that], {name}?", "said"),
        (
            "hero",
            "It is my {obj}! I [take|bring] it [everywhere|with me every day|wherever I go].",
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
            "Your {obj} is [so|very] [nice|pretty]. [Where did you get it|Is it new]?",
            "said",
        ),
        (
            "hero",
            "[It is my best toy|Thank you]! [I love it so much|I never go anywhere without it].",
            "said",
        ),
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
        ("parent", "[Good|That is good], {name}. I am proud of you.", "said"),
    ),
    (
        ("friend", "Can we [play|play together|have fun like this] again tomorrow?", "said"),
        ("hero", "Yes! We can play with my {obj} again.", "cried"),
    ),
    (
        (
            "hero",
            "I am [so|very|really] happy [to have my {obj} back|that my {obj} is back|now]!",
            "cried",
        ),
        ("friend", "Me too! Let's go [home|and play] now.", "said"),
    ),
    (
        ("parent", "Did you have [a good day|fun today|a nice time], {name}?", "said"),
        ("hero", "Yes! It was the best day ever.", "cried"),
    ),
)

SAD_AFTER: tuple[Exchange, ...] = (
    (
        ("friend", "I am sorry about your {obj}, {name}.", "soft"),
        ("hero", "It is okay. Thank you for being with me.", "soft"),
    ),
    (
        ("parent", "Do you want to talk about it, {name}?", "soft"),
        ("hero", "I miss my {obj}. I wish I had been more careful.", "soft"),
    ),
)
