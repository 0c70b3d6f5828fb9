"""Story shapes: the plots the grammar can tell, each as alternative realisations of beats.

A shape is a kind of plot (lost and found, wanting something, helping a friend, ...). Each
beat holds alternatives; one is drawn per story. Sentences are `str.format` templates over
the slots built in `grammar.py`:

  hero      {name} {He} {he} {his} {His} {him} {kind}
  friend    {friend} {fHe} {fhe} {fhis} {fhim} {fkind}
  adult     {adult} (Mom, Dad, Grandma, Grandpa)
  place     {at_place} "in the park", {to_place} "to the park", {the_place} "the park"
  object    {a_obj} "a red kite" (carries the required adjective), {the_obj} "the kite",
            {The_obj} "The kite", {it} {It} {was} {is}
  verb      {vp} the required verb with its complement, base form

`inciting` must mention {a_obj}: it is where the required noun (and adjective) appear.
Beats:
  inciting  the event that starts the plot (paragraph 2)
  middle    attempts and complications (paragraph 3)
  talk      a dialogue exchange, each line its own quoted sentence with a speaker tag
  twist     something unexpected (plot twist), placed before the climax
  good/bad  the climax and resolution, going well or badly (paragraph 4)
  morals    the lesson, phrased to follow "{name} learned that" / "The moral ..."
  summary   one sentence for TinyStories-Instruct, for a good and a bad ending
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    name: str
    inciting: tuple[tuple[str, ...], ...]
    middle: tuple[tuple[str, ...], ...]
    talk: tuple[tuple[str, ...], ...]
    twist: tuple[str, ...]
    good: tuple[tuple[str, ...], ...]
    bad: tuple[tuple[str, ...], ...]
    morals: tuple[str, ...]
    summary_good: tuple[str, ...]
    summary_bad: tuple[str, ...]


SHAPES: tuple[Shape, ...] = (
    Shape(
        name="lost_and_found",
        inciting=(
            (
                "{name} had {a_obj} that {he} took everywhere.",
                "One morning, {he} looked for {the_obj}, but {it} {was} not there.",
                "{He} looked in {his} room and under {his} bed.",
            ),
            (
                "{adult} gave {name} {a_obj} for {his} birthday.",
                "{name} loved {it} very much.",
                "But after lunch, {the_obj} {was} gone!",
            ),
            (
                "{name} took {a_obj} {to_place}.",
                "{He} put {it} down on the grass to play.",
                "When {he} came back, {the_obj} {was} not there anymore.",
            ),
        ),
        middle=(
            (
                "{name} looked behind the door and inside every box.",
                "{friend} came to help, and they looked together.",
                "They could not find {it} anywhere.",
            ),
            (
                "{name} asked the birds and the cat, but nobody knew.",
                "{He} felt like crying.",
                "{friend} held {his} hand and said they would keep looking.",
            ),
            (
                "{name} went back {to_place} and looked everywhere.",
                "{He} looked near the trees and by the fence.",
                "The sun was going down, and {he} was getting tired.",
            ),
        ),
        talk=(
            (
                '"Where did {it} go?" asked {name}.',
                '"Let\'s look one more time," said {friend}.',
                '"I will never find {it}," {name} said with a sad face.',
                '"Yes, you will. I will help you," said {friend}.',
            ),
            (
                '"{adult}, have you seen {the_obj}?" asked {name}.',
                '"No, I have not," said {adult}. "Where did you play today?"',
                '"I played {at_place}," said {name}.',
                '"Then let\'s go and look there," said {adult}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. The little dog next door came running with {the_obj} in its mouth!",
            "But then, {name} saw that the cat was sleeping on {the_obj} all the time!",
            "But then, {friend} laughed and showed {name} that {the_obj} {was} in {his} own pocket.",
        ),
        good=(
            (
                "At last, {name} found {the_obj} under a big bush.",
                "{He} held {it} close and smiled from ear to ear.",
            ),
            (
                'Then {friend} shouted, "I found {it}!"',
                "{name} jumped up and down and gave {friend} a big hug.",
            ),
        ),
        bad=(
            (
                "They looked everywhere until it was dark, but {the_obj} {was} gone.",
                "{name} went home without {it}.",
            ),
            (
                "In the end, they found {the_obj} in the mud, but {it} {was} broken.",
                "{name} could not play with {it} anymore.",
            ),
        ),
        morals=(
            "it is important to take care of the things you love",
            "a good friend will always help you look",
            "you should put your things away when you are done",
        ),
        summary_good=(
            "{name} loses {his} {obj} {at_place}, and with help from {friend} {he} finds {it} again.",
        ),
        summary_bad=(
            "{name} loses {his} {obj} {at_place} and, even with help from {friend}, never gets {it} back.",
        ),
    ),
    Shape(
        name="wanting",
        inciting=(
            (
                "One day, {name} saw {a_obj} in a shop window.",
                "{He} wanted {it} more than anything.",
                'But {adult} said, "We do not have enough money today."',
            ),
            (
                "{friend} had {a_obj}, and {name} wanted one too.",
                "{He} thought about {it} all day and all night.",
            ),
            (
                "{name} saw {a_obj} on a high shelf.",
                "{He} wanted to hold {it}, but {he} was too small to reach {it}.",
            ),
        ),
        middle=(
            (
                "{name} had an idea.",
                "{He} helped {adult} in the garden and cleaned {his} room every day.",
                "Each time, {adult} gave {him} a coin for {his} jar.",
            ),
            (
                "{name} tried to climb up on a chair.",
                "The chair shook, and {name} had to get down.",
                "{He} sat on the floor and thought hard.",
            ),
            (
                "{name} asked again and again.",
                "{adult} said {he} had to be patient.",
                "Waiting was very hard for {name}.",
            ),
        ),
        talk=(
            (
                '"Can I have {it}, please?" asked {name}.',
                '"Not today," said {adult}. "You have to wait."',
                '"But I want {it} now!" said {name}.',
                '"Good things come to those who wait," said {adult} with a smile.',
            ),
            (
                '"Can I try {the_obj}?" {name} asked {friend}.',
                '"Only if you are careful," said {friend}.',
                '"I will be very careful," {name} said.',
            ),
        ),
        twist=(
            "But then, something surprising happened. {adult} had a big box for {name}, and inside it was {the_obj}!",
            "But then, {name} saw that {the_obj} was not new at all. {It} {was} very old and dusty.",
            "But then, {friend} said that {fhe} had saved {fhis} coins to get {the_obj} for {name}.",
        ),
        good=(
            (
                "At last, {name} had enough coins.",
                "{He} went to the shop with {adult} and came home with {the_obj}.",
            ),
            (
                'In the end, {friend} said, "We can share {it}."',
                "{name} and {friend} took turns, and it was even more fun together.",
            ),
        ),
        bad=(
            (
                "When {name} at last got to the shop, {the_obj} {was} gone.",
                "Someone else had taken {it} home.",
            ),
            (
                "{name} grabbed {the_obj} too fast, and {it} fell on the floor and broke.",
                "{adult} was not happy.",
            ),
        ),
        morals=(
            "good things come to those who wait",
            "it is better to share than to want everything for yourself",
            "hard work makes a wish come true",
        ),
        summary_good=(
            "{name} wants {a_obj} very much, and after waiting and working {he} gets {it}.",
        ),
        summary_bad=("{name} wants {a_obj} very much, but in the end {he} does not get {it}.",),
    ),
    Shape(
        name="helping_a_friend",
        inciting=(
            (
                "One day, {name} heard someone crying {at_place}.",
                "It was {friend}.",
                "{fHe} had lost {a_obj} up in a tall tree.",
            ),
            (
                "{friend} came to {name} with a sad face.",
                "{fHe} was holding {a_obj}, and {it} {was} broken.",
            ),
            (
                "{name} saw {friend} sitting all alone {at_place}.",
                "{fHe} wanted to play with {a_obj}, but {fhe} did not know how.",
            ),
        ),
        middle=(
            (
                "{name} wanted to help.",
                "{He} tried to reach up with a long stick, but it was not long enough.",
                "Then {he} got a box to stand on.",
            ),
            (
                "{name} thought and thought.",
                "{He} went home and got some tape and string.",
                "{He} worked for a long time.",
            ),
            (
                "{name} sat down next to {friend}.",
                "{He} showed {fhim} what to do, one step at a time.",
                "At first, {friend} could not do it.",
            ),
        ),
        talk=(
            (
                '"What happened?" asked {name}.',
                '"I need help," said {friend}. "Can you help me?"',
                '"Yes, I can," said {name}. "That is what friends are for."',
            ),
            (
                '"Don\'t cry," said {name}. "We can fix this together."',
                '"Do you really think so?" asked {friend}.',
                '"I know so," said {name} with a smile.',
            ),
        ),
        twist=(
            "But then, something surprising happened. {friend} was not sad at all. {fHe} had made a surprise for {name}!",
            "But then, a big bird came down and picked up {the_obj} with its feet!",
            "But then, {name} saw that {friend} was the one who had helped {him} last summer.",
        ),
        good=(
            (
                "At last, it worked!",
                "{friend} smiled, and {name} felt warm inside.",
            ),
            (
                "In the end, {the_obj} {was} as good as new.",
                "{friend} hugged {name} and said thank you.",
            ),
        ),
        bad=(
            (
                "{name} pulled too hard, and {the_obj} broke into many pieces.",
                "{friend} ran home crying.",
            ),
            (
                "{name} tried for a long time, but nothing worked.",
                "{friend} went home sad, and {name} could not help {fhim}.",
            ),
        ),
        morals=(
            "helping others makes everyone happy",
            "a true friend helps when things are hard",
            "kindness is the best gift you can give",
        ),
        summary_good=(
            "{name} helps {friend}, whose {obj} is in trouble, and they become good friends.",
        ),
        summary_bad=("{name} tries to help {friend} with {fhis} {obj}, but it does not go well.",),
    ),
    Shape(
        name="trip",
        inciting=(
            (
                '{adult} said, "Today we are going on a trip!"',
                "{name} packed {a_obj} and a snack in {his} bag.",
                "They got in the car and drove {to_place}.",
            ),
            (
                "{name} and {friend} went {to_place} with {adult}.",
                "{name} brought {a_obj} with {him}.",
                "There was so much to see.",
            ),
        ),
        middle=(
            (
                "They saw big trees and little birds.",
                "They ate their snacks and drank some water.",
                "{name} wanted to see everything.",
            ),
            (
                "{name} ran ahead to look at a pretty flower.",
                "{He} did not see that {adult} was far behind.",
                "All at once, {name} was alone.",
            ),
            (
                "They walked and walked.",
                "{friend} found a shiny stone, and {name} found a long stick.",
                "They put them in the bag next to {the_obj}.",
            ),
        ),
        talk=(
            (
                '"Look at that!" said {name}, pointing.',
                '"Wow, it is so big!" said {friend}.',
                '"Stay close to me," said {adult}.',
                '"We will," they said together.',
            ),
            (
                '"Are we there yet?" asked {name}.',
                '"Almost," said {adult}. "Just a little more."',
                '"I can\'t wait!" said {name}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. A little fox came out of the bushes and sat down next to them!",
            "But then, {name} saw that the big rock was not a rock at all. It was a sleeping frog!",
            "But then, {adult} showed them a map. The trip was really a game to find treasure!",
        ),
        good=(
            (
                "At the end of the day, they went home tired and happy.",
                "{name} told everyone about the trip.",
            ),
            (
                "{adult} found {name}, and they all sat down for a picnic.",
                "It was the best trip ever.",
            ),
        ),
        bad=(
            (
                "On the way home, {name} saw that {the_obj} had fallen out of {his} bag.",
                "They could not go back to look for {it}.",
            ),
            (
                "Then it started to rain very hard, and they had to go home early.",
                "Everyone was wet and cold.",
            ),
        ),
        morals=(
            "you should always stay close to your family on a trip",
            "there are many wonderful things to see in the world",
            "it is good to be careful with your things when you go out",
        ),
        summary_good=("{name} goes on a trip {to_place} with {adult} and has a wonderful day.",),
        summary_bad=("{name} goes on a trip {to_place}, but the day ends badly.",),
    ),
    Shape(
        name="lesson",
        inciting=(
            (
                '{adult} told {name}, "Do not play with {the_obj} near the stairs."',
                "But {name} did not listen.",
                "{He} took {a_obj} and ran to the stairs.",
            ),
            (
                "{name} found {a_obj} on the table.",
                "It was not {his}, but {he} took {it} anyway.",
                "{He} hid {it} under {his} bed.",
            ),
            (
                "{name} did not want to help clean up.",
                "{He} left {a_obj} on the floor and went out to play.",
            ),
        ),
        middle=(
            (
                "At first, it was fun.",
                "{name} laughed and played.",
                "But soon, {he} started to feel bad inside.",
            ),
            (
                "{friend} saw what {name} did.",
                "{fHe} said it was not a good idea.",
                "{name} did not want to hear it.",
            ),
            (
                "That night, {name} could not sleep.",
                "{He} kept thinking about what {he} had done.",
            ),
        ),
        talk=(
            (
                '"Why did you do that?" asked {adult}.',
                '"I am sorry," said {name} in a small voice.',
                '"It is good that you told me the truth," said {adult}.',
            ),
            (
                '"You should not do that," said {friend}.',
                '"Why not?" asked {name}.',
                '"Because someone could get hurt," said {friend}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. {adult} already knew, and {he_adult} had been waiting for {name} to tell the truth.",
            "But then, {name} saw that {the_obj} was a gift that {friend} had made for {him}.",
            "But then, {friend} said that {fhe} had done the same thing last year.",
        ),
        good=(
            (
                "{name} went to {adult} and told the truth.",
                "{adult} hugged {him}, and {name} felt much better.",
            ),
            (
                "{name} put {the_obj} back and said sorry.",
                "Everyone was happy again.",
            ),
        ),
        bad=(
            (
                "{name} fell down the stairs and hurt {his} leg.",
                "{the_obj} broke, too.",
            ),
            (
                "{adult} found out, and {name} could not go out to play for a week.",
                "{He} had to stay inside while the others played.",
            ),
        ),
        morals=(
            "you should always listen to your mom and dad",
            "it is always best to tell the truth",
            "you should never take things that are not yours",
        ),
        summary_good=("{name} does a bad thing with {a_obj}, says sorry and learns to listen.",),
        summary_bad=(
            "{name} does not listen to {adult} about {a_obj}, and something bad happens.",
        ),
    ),
    Shape(
        name="contest",
        inciting=(
            (
                "There was a big race {at_place}, and the prize was {a_obj}.",
                "{name} and {friend} both wanted to win.",
            ),
            (
                '{friend} said, "Let\'s see who can build the tallest tower!"',
                "The one who won would get {a_obj}.",
                "{name} said yes at once.",
            ),
        ),
        middle=(
            (
                "{name} ran every day to get faster.",
                "{He} ran and ran until {his} legs were tired.",
                "{friend} ran every day too.",
            ),
            (
                "The race started.",
                "{name} ran as fast as {he} could.",
                "{friend} was close behind {him}.",
            ),
            (
                "{name} put one piece on top of another.",
                "The tower got taller and taller.",
                "Then it started to shake.",
            ),
        ),
        talk=(
            (
                '"I am going to win!" said {name}.',
                '"No, I am!" said {friend}.',
                '"Ready, set, go!" shouted {adult}.',
            ),
            (
                '"You can do it!" shouted {adult}.',
                '"Go, {name}, go!" called {friend}.',
                '"I am almost there!" said {name}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. {friend} fell down, and {name} stopped to help {fhim} up.",
            "But then, a little frog jumped over the line first, and everyone laughed.",
            "But then, the judge said that everyone had won.",
        ),
        good=(
            (
                "In the end, {name} won the race and got {the_obj}.",
                "{He} shared {it} with {friend}, and they both smiled.",
            ),
            (
                "In the end, it was a tie.",
                "{name} and {friend} shared {the_obj} and played with {it} together.",
            ),
        ),
        bad=(
            (
                "{name} tripped and fell just before the end.",
                "{friend} won {the_obj}, and {name} went home with a hurt knee.",
            ),
            (
                "The tower fell down with a loud noise.",
                "{name} lost, and {friend} laughed at {him}.",
            ),
        ),
        morals=(
            "being a good friend is more important than winning",
            "if you keep trying, you get better",
            "it is fun to play even when you do not win",
        ),
        summary_good=("{name} and {friend} play a game for {a_obj}, and it ends well for both.",),
        summary_bad=("{name} and {friend} play a game for {a_obj}, and {name} loses.",),
    ),
    Shape(
        name="misunderstanding",
        inciting=(
            (
                "One night, {name} heard a funny noise in {his} room.",
                "{He} saw a big shadow on the wall, next to {a_obj}.",
                "{name} was scared.",
            ),
            (
                "{name} could not find {a_obj}.",
                "{He} saw {friend} holding something behind {fhis} back.",
                "{name} thought {friend} had taken {it}.",
            ),
        ),
        middle=(
            (
                "{name} hid under {his} blanket.",
                "The noise came again, and again.",
                "{He} did not want to look.",
            ),
            (
                "{name} was very angry with {friend}.",
                "{He} did not want to play with {fhim}.",
                "{friend} did not know why.",
            ),
        ),
        talk=(
            (
                '"Who is there?" whispered {name}.',
                "Nobody said a word.",
                '"{adult}, come quick!" called {name}.',
                '"What is it?" asked {adult}.',
            ),
            (
                '"You took {the_obj}!" said {name}.',
                '"No, I did not," said {friend}.',
                '"Then what is behind your back?" asked {name}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. The shadow was just the cat, playing with {the_obj}!",
            "But then, {friend} showed {name} what {fhe} was holding. It was a picture {fhe} had made for {name}.",
            "But then, {name} found {the_obj} in {his} own bag.",
        ),
        good=(
            (
                "{adult} turned on the light, and there was nothing to be scared of.",
                "{name} laughed and went back to sleep.",
            ),
            (
                "{name} felt bad and said sorry to {friend}.",
                "{friend} smiled, and they were friends again.",
            ),
        ),
        bad=(
            (
                "{name} said bad things before {he} knew the truth.",
                "{friend} was hurt and did not want to be {his} friend anymore.",
            ),
            (
                "{name} ran out of the room and fell over {the_obj}.",
                "{He} hurt {his} arm, and it was all for nothing.",
            ),
        ),
        morals=(
            "you should ask before you think the worst",
            "things are not always what they seem",
            "it is good to talk when something is bad",
        ),
        summary_good=(
            "{name} thinks something bad has happened to {his} {obj}, but it was all a mix-up.",
        ),
        summary_bad=("{name} gets a bad idea about {his} {obj}, and it hurts a friendship.",),
    ),
    Shape(
        name="making",
        inciting=(
            (
                "{name} and {friend} wanted to make a gift for {adult}.",
                "They had {a_obj}, some paper and some glue.",
            ),
            (
                "{adult} and {name} wanted to bake a cake.",
                "{name} put {a_obj} on the table to make the cake look pretty.",
            ),
            (
                "{name} wanted to build a little house for the birds.",
                "{He} found {a_obj} and some wood {at_place}.",
            ),
        ),
        middle=(
            (
                "They cut and they glued.",
                "They worked very hard.",
                "But the glue got on their hands and on the floor.",
            ),
            (
                "{name} mixed everything in a big bowl.",
                "Some of it went on {his} nose, and {adult} laughed.",
                "They put the cake in the oven and waited.",
            ),
            (
                "{name} put the wood together, one piece at a time.",
                "It did not look good, so {he} started again.",
                "{friend} came to help.",
            ),
        ),
        talk=(
            (
                '"What are you making?" asked {friend}.',
                '"It is a surprise," said {name}.',
                '"Can I help?" asked {friend}.',
                '"Yes, please," said {name}.',
            ),
            (
                '"Is it ready yet?" asked {name}.',
                '"Not yet," said {adult}. "We have to wait."',
                '"It looks so good!" said {name}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. A little bird flew in and sat on top of it, as if it was already home!",
            "But then, {adult} came in and said {he_adult} had made the same thing for {name}!",
            "But then, the dog ran in and took {the_obj} off the table!",
        ),
        good=(
            (
                "At last, it was done.",
                "It was the most beautiful thing {name} had ever made, and everyone loved it.",
            ),
            (
                "When it was ready, they all sat down to enjoy it.",
                "{adult} said it was the best one in the world.",
            ),
        ),
        bad=(
            (
                "When they looked, it was black and burnt.",
                "Nobody could eat it, and {name} was very sad.",
            ),
            (
                "Then it fell apart in {name}'s hands.",
                "All their hard work was gone.",
            ),
        ),
        morals=(
            "making something with love is the best gift",
            "if at first you do not succeed, you should try again",
            "working together makes hard things easy",
        ),
        summary_good=("{name} makes something new with {a_obj}, and it turns out well.",),
        summary_bad=("{name} tries to make something new with {a_obj}, but it does not go well.",),
    ),
    Shape(
        name="storm",
        inciting=(
            (
                "{name} was playing {at_place} with {a_obj}.",
                "All at once, the sky got dark, and the wind got very strong.",
                "A big storm was coming.",
            ),
            (
                "{name} and {friend} were {at_place} when they heard thunder.",
                "Big drops of rain started to fall on {a_obj}.",
            ),
        ),
        middle=(
            (
                "The rain came down hard.",
                "The wind pulled at the trees, and the lights went out.",
                "{name} held {his} blanket and tried to be brave.",
            ),
            (
                "They ran to find a place to hide.",
                "They found a little house and went in.",
                "The rain was very loud on the roof.",
            ),
        ),
        talk=(
            (
                '"I am scared," said {name}.',
                '"Don\'t be scared," said {adult}. "We are safe inside."',
                '"Will the storm go away?" asked {name}.',
                '"Yes, it will," said {adult}. "Storms never last forever."',
            ),
            (
                '"Quick, come inside!" called {adult}.',
                '"Wait, I forgot {the_obj}!" shouted {name}.',
                '"Leave {it}, it is not safe!" said {adult}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. In the dark, a little lost puppy came to the door, wet and cold.",
            "But then, the storm stopped all at once, and the sun came out.",
            "But then, {name} saw that {friend} was still outside in the rain!",
        ),
        good=(
            (
                "After a while, the storm went away.",
                "There was a big rainbow in the sky, and {name} found {the_obj} safe and dry.",
            ),
            (
                "They all sat close together, and soon the rain stopped.",
                "They went outside and jumped in the puddles.",
            ),
        ),
        bad=(
            (
                "The wind took {the_obj} far away, over the trees.",
                "When the storm was over, {it} {was} gone.",
            ),
            (
                "The storm broke the big tree {at_place}.",
                "It fell on the little house where {name} liked to play.",
            ),
        ),
        morals=(
            "it is good to stay calm when you are scared",
            "after every storm the sun comes out again",
            "you should listen when you are told to come inside",
        ),
        summary_good=("{name} is caught in a big storm {at_place}, but everyone stays safe.",),
        summary_bad=("A big storm comes while {name} is {at_place}, and it spoils {his} day.",),
    ),
    Shape(
        name="new_friend",
        inciting=(
            (
                "One day, a new {fkind} moved in next door.",
                "{fHis} name was {friend}, and {fhe} had {a_obj}.",
                "{name} wanted to say hello, but {he} was shy.",
            ),
            (
                "{name} was playing alone {at_place} with {a_obj}.",
                "{He} saw a {fkind} named {friend} watching {him}.",
            ),
        ),
        middle=(
            (
                "{name} looked at {friend} from the window every day.",
                "{He} did not know what to say.",
                "{friend} looked lonely too.",
            ),
            (
                "{name} walked over slowly.",
                "{He} was a little scared.",
                "{friend} looked at {him} and waited.",
            ),
        ),
        talk=(
            (
                '"Hi, I am {name}," said {name}. "Do you want to play?"',
                '"Yes, please!" said {friend}. "I do not know anyone here."',
                '"Now you know me," said {name} with a smile.',
            ),
            (
                '"What is your name?" asked {name}.',
                '"I am {friend}," said {friend}.',
                '"Do you want to play with {the_obj}?" asked {name}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. {friend} was not new at all. {fHe} was there as a baby!",
            "But then, {name} saw that {friend} had the same {obj} as {him}!",
            "But then, a big dog ran over, and it was {friend}'s dog, and it wanted to play too.",
        ),
        good=(
            (
                "From then on, {name} and {friend} played together every day.",
                "They became the best of friends.",
            ),
            (
                "They played with {the_obj} until the sun went down.",
                "{name} was not lonely anymore.",
            ),
        ),
        bad=(
            (
                "{friend} took {the_obj} and did not give {it} back.",
                "{name} went home without {it} and without a friend.",
            ),
            (
                "The next day, {friend} had to move far away.",
                "{name} never saw {fhim} again.",
            ),
        ),
        morals=(
            "it is good to be brave and say hello",
            "a new friend can be waiting next door",
            "sharing is a good way to make friends",
        ),
        summary_good=("{name} is shy but says hello to {friend}, and they become friends.",),
        summary_bad=("{name} tries to make friends with {friend}, but it does not work out.",),
    ),
    Shape(
        name="rescue",
        inciting=(
            (
                "{name} found a little bird {at_place}.",
                "It had a hurt wing and could not fly.",
                "It was sitting next to {a_obj}.",
            ),
            (
                "{name} heard a small cry from a hole in the ground.",
                "A kitten was stuck inside, next to {a_obj}.",
            ),
        ),
        middle=(
            (
                "{name} took the bird home in a box.",
                "{He} gave it water and some food.",
                "Every day, {he} looked to see if it was better.",
            ),
            (
                "{name} tried to reach in, but {his} arm was not long enough.",
                "{He} ran to get {adult}.",
                "They came back with a rope.",
            ),
        ),
        talk=(
            (
                '"Will it be okay?" asked {name}.',
                '"We will take good care of it," said {adult}.',
                '"I will be its friend," said {name}.',
            ),
            (
                '"Hold on, little one!" said {name}.',
                '"Be careful," said {adult}. "Go slowly."',
                '"I got it!" said {name}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. The mother bird came and sang to {name}, as if to say thank you.",
            "But then, {name} saw that the kitten was the one that {friend} had lost a week ago!",
            "But then, the little animal was not hurt at all. It was only hungry!",
        ),
        good=(
            (
                "Soon the little animal was strong again.",
                "{name} let it go, and it came back to visit every day.",
            ),
            (
                "They pulled it out, safe and sound.",
                "{name} took it home, and it became {his} best friend.",
            ),
        ),
        bad=(
            (
                "One morning, the box was empty.",
                "The little animal had gone, and {name} never saw it again.",
            ),
            (
                "They tried and tried, but it ran away into the woods.",
                "{name} could not save it.",
            ),
        ),
        morals=(
            "we should always be kind to animals",
            "small hands can do big things",
            "it is good to ask a grown-up for help",
        ),
        summary_good=("{name} finds a hurt animal {at_place} and helps it get well.",),
        summary_bad=("{name} tries to help a hurt animal {at_place}, but it does not end well.",),
    ),
    Shape(
        name="sharing",
        inciting=(
            (
                "{name} had {a_obj}, and {he} did not like to share.",
                "One day, {friend} came over to play.",
            ),
            (
                "{name} and {friend} both saw {a_obj} at the same time.",
                "They both wanted to play with {it}.",
            ),
        ),
        middle=(
            (
                "{friend} wanted a turn.",
                "{name} held {the_obj} tight and turned away.",
                "{friend} sat down and looked sad.",
            ),
            (
                "{name} played with {the_obj} all morning.",
                "{friend} watched and waited.",
                "{name} got tired of playing alone.",
            ),
        ),
        talk=(
            (
                '"Can I have a turn?" asked {friend}.',
                '"No, {it_is} mine!" said {name}.',
                '"Please? Just for a little while," said {friend}.',
            ),
            (
                '"Let\'s play with {it} together," said {friend}.',
                '"But I want {it} all for me," said {name}.',
                '"It is more fun with two," said {friend}.',
            ),
        ),
        twist=(
            "But then, something surprising happened. {friend} took out {fhis} own {obj}, and it was even bigger!",
            "But then, {name} saw that {the_obj} did not work with one person. It needed two!",
            "But then, {adult} came out with a big plate of cookies for whoever shared.",
        ),
        good=(
            (
                "{name} thought about it and gave {the_obj} to {friend}.",
                "They took turns, and they laughed all day.",
            ),
            (
                "In the end, they played with {the_obj} together.",
                "It was much more fun than playing alone.",
            ),
        ),
        bad=(
            (
                "{friend} went home, and {name} played alone.",
                "Soon {the_obj} was not fun anymore.",
            ),
            (
                "They both pulled {the_obj} at the same time, and {it} broke.",
                "Now nobody could play with {it}.",
            ),
        ),
        morals=(
            "sharing makes playing more fun",
            "friends are more important than toys",
            "it is kind to take turns",
        ),
        summary_good=(
            "{name} does not want to share {a_obj} with {friend}, but learns that sharing is fun.",
        ),
        summary_bad=("{name} will not share {a_obj} with {friend}, and ends up alone.",),
    ),
)
SHAPE_NAMES: tuple[str, ...] = tuple(shape.name for shape in SHAPES)
