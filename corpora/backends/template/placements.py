"""Sentences that place a required word which is not the goal object.

A prompt asks for several nouns, verbs and adjectives; the plan uses one noun as the goal
object and gives every other word a role (`plan._noun_role`, `plan._adjective_role`): a
trait of the hero, a feeling, the weather, a thing at the place, a grown-up met there...
Each role has its own bank of sentences, since one sentence per role, repeated in every
story that draws a word of that role, is what a small model learns by heart instead of
English. `{word}` is the required word and `{a_word}` the word with its article; the other
slots are the realiser's (`realise.Writer`).

A word that cannot be at the story's place (snow in a kitchen, a whale at the park) is
talked about or remembered instead of placed there.
"""

from __future__ import annotations

import random
import re

from hornbook.corpora.backends.template import lexicon as lx
from hornbook.corpora.backends.template.ontology import DETAIL_WORDS, Place, allows
from hornbook.corpora.backends.template.plan import Placement, StoryPlan

TRAIT = (
    "{name} was {a_word} {kind}.",
    "Everyone [said|knew] that {name} was [very|really] {word}.",
    "{parent} always said {name} was {word}.",
    "{name} was a [very|really] {word} {kind}, and everyone liked {him}.",
    "{friend} liked {name} because {he} was so {word}.",
    "{name} tried to be {word} every day.",
    "People could see that {name} was {word}.",
    "{name} was {word}, and {he} [liked|loved] to help {his} friends.",
    "All the other kids knew that {name} was {word}.",
    "{name} was {a_word} little {kind} with a big smile.",
    "{name} was {word}, just like {parent}.",
    "Anyone who met {name} could tell that {he} was {word}.",
    "{name} had been {word} ever since {he} was a baby.",
    "{parent} liked how {word} {name} was.",
    "At home and at school, {name} was always {word}.",
    "{name} was {word}, and {his} {obj} went everywhere with {him}.",
    "If you asked {friend}, {fhe} would say that {name} was {word}.",
    '{parent} often told {name}, "You are so {word}!"',
    "{name} was {word}, and {friend} liked to play with {him}.",
    "Even on bad days, {name} was {word}.",
    "{name} was {word}, and {he} did not want to change.",
    "Even when {he} was very small, {name} was {word}.",
    "{friend} thought {name} was a little too {word} sometimes.",
    "{parent} smiled. {name} was always so {word}.",
    "{name} was {word}, and that made {parent} laugh.",
    "{name} was {a_word} {kind} who liked to play with {friend}.",
    "Some days {name} was {word}, and some days {he} was just tired.",
    "{name} was {word} in everything {he} did.",
    "Everyone in {his} family said {name} was {word}.",
    "{name} knew {he} was {word}, and {he} was happy about it.",
    "{name}'s friends liked that {he} was {word}.",
    "When {he} played with {friend}, {name} was always {word}.",
    "{parent} told {friend} that {name} was very {word}.",
    "{name} was {a_word} {kind}, and {he} had lots of friends.",
    "{name} was a {kind} who was {word} most of the time.",
    "Even {friend} could see how {word} {name} was.",
    "{name} was {word}, and {parent} loved {him} just the way {he} was.",
    "Everyone who played with {name} knew {he} was {word}.",
)
FEELING = (
    "{name} felt [so|really] {word}.",
    "{name} was {word}.",
    "{name} [was|felt] a little {word}.",
    "{name} started to feel {word}.",
    "Now {name} was [so|really] {word}.",
    "[Everyone|{friend}] could see that {name} was {word}.",
    "{name} was so {word} that {he} could not say a word.",
    "{name} felt {word}, and {he} [sat down|looked at {friend}].",
    "{name} had never felt so {word} before.",
    "When {he} saw what had happened, {name} felt {word}.",
    "{name} stood still, feeling so {word}.",
    "It made {name} feel {word}.",
    "{friend} could tell that {name} felt {word}, so {fhe} [stayed close|held {his} hand].",
    "{name} looked at {friend}. {He} felt so {word}.",
    "Deep inside, {name} felt {word}.",
    "{name} sat down because {he} felt {word}.",
    "{name} was {word}, and {friend} was {word} too.",
    "{He} did not know what to do, and {he} felt {word}.",
    "{name} sat still and felt {word}.",
    "Just then, {name} felt {word}.",
    "{name} did not say anything. {He} was just {word}.",
    "{name} felt {word}, and {he} looked down at {his} feet.",
    "{name} was {word}, so {he} went to find {parent}.",
    "{friend} looked at {name} and saw that {he} was {word}.",
    "{name} felt so {word} that {he} did not know what to say.",
    "For a while, {name} just felt {word}.",
    "{name} was {word}, and {friend} could tell.",
    "{name} felt {word} inside.",
    '{friend} asked {name} how {he} felt, and {name} said, "I am {word}."',
    '"I feel {word}," {name} said to {friend}.',
    '"I am so {word}," {name} said quietly.',
    "{name} held {friend}'s hand, because {he} felt {word}.",
    "{name} stood there, and {he} felt more and more {word}.",
    "{name} was {word}, and it showed on {his} face.",
    "Both {name} and {friend} felt {word}.",
    "{name} was {word} now, and {he} did not want to talk.",
    "{name} felt {word}, and {friend} sat down next to {him}.",
)
WEATHER_OUT = (
    "It was {a_word} day.",
    "The day was {word}.",
    "[That day|Outside], the weather was {word}.",
    "It was {word} [outside|that day], but they did not mind.",
    "It was {a_word} day, perfect for playing {at_place}.",
    "The weather was {word}, so {name} was glad to be {at_place}.",
    "The weather {at_place} was {word} that day.",
    'Soon after they got there, {friend} said, "What {a_word} day!"',
    "{name} looked around. It was {a_word} day.",
    "Because the day was {word}, {name} wore a hat.",
    "It was a very {word} day, and {name} was ready to play.",
    "When they got there, the day was {word}.",
    "{name} and {friend} did not mind that it was {word}.",
    "It was {word} out, and {name} was happy to be out too.",
    "{name} could tell it was going to be {a_word} day.",
    "It was {a_word} morning {at_place}.",
    "The weather was {word} when {name} and {friend} got there.",
    "{name} liked {word} days like this one.",
    "{name} looked around and saw that it was {a_word} day.",
    '"It is so {word} today!" {friend} said to {name}.',
    "That day was {word}, and {name} and {friend} played for a long time.",
    "It was {a_word} day {at_place}, and {name} was happy to be there.",
    "{name} loved {word} days, and today was one of them.",
    "It had been {word} all morning {at_place}.",
    "The morning was {word}, and {name} ran ahead.",
    "On such {a_word} day, {name} wanted to stay out all day.",
    "When {name} and {friend} got {to_place}, it was {word} out.",
    "The weather was {word}, just the way {name} liked it.",
    "{name} and {friend} walked {to_place} on {a_word} morning.",
    "{name} went out with {friend} on {a_word} day.",
    "{parent} said it would be {word} all day, and {name} was glad.",
)
WEATHER_IN = (
    "Outside it was {word}, but they were inside {place}.",
    "It was {word} outside, so they [stayed|played] inside {place}.",
    "The day was {word}, and {name} was glad to be inside.",
    "{name} looked out the window. It was {word} outside.",
    "Through the window, {name} could see it was {word} outside.",
    "Because it was {word} outside, they were glad to be in {place}.",
    "{friend} said it was {word} outside, so they stayed in.",
    "While it was {word} outside, {name} and {friend} played inside.",
    "It was {a_word} day, but {name} did not care, because they were inside.",
    "It was {word} out, but nobody inside {place} minded.",
    "{name} did not mind that the day was {word}, because {he} was inside.",
    "When they got inside, {parent} said it was {word} outside.",
    "It was {a_word} day outside, and {name} and {friend} were in {place}.",
    "It was {word} outside, but it was nice inside {place}.",
    "The weather outside was {word}, so they stayed in {place} all day.",
    "{name} looked outside and saw that the day was {word}.",
    "It was {a_word} day, so {name} and {friend} played in {place}.",
    "Even though it was {word} outside, {name} was happy in {place}.",
    "It was {word} outside, and {name} was glad to be in {place} with {friend}.",
    "{parent} said it was {a_word} day, but they would stay in.",
    "Outside, the day was {word}. Inside {place}, {name} and {friend} played.",
    "It was {word} out that day, so {name} was happy to be in {place}.",
    "When {name} looked out, {he} saw that it was {a_word} day.",
    "{name} did not go out, because it was {word} outside.",
    "On {a_word} day like this, {name} liked to be inside.",
    "They could see it was {word} outside, but they were inside {place}.",
    '{friend} came in and said, "It is so {word} outside!"',
)
OPINION = (
    "{name} thought {my_obj} {was} [very|so|really] {word}.",
    "[Everyone|{friend}] said {the_obj} looked {word}.",
    "{friend} [said|thought] that {my_obj} {was} {word}.",
    "{name} loved {my_obj}, which {was} so {word}.",
    "To {name}, {my_obj} {was} [very|the most] {word}.",
    '[{parent}|{friend}] looked at {my_obj} and said, "{It_is} {word}!"',
    "{name} liked how {word} {my_obj} {was}.",
    "Everyone who saw {my_obj} called {it} {word}.",
    "{the_obj_cap} {was} {word}, just the way {name} liked {it}.",
    "{name} thought nothing was as {word} as {my_obj}.",
    '"{It_is} so {word}!" {name} said when {he} looked at {my_obj}.',
    "{friend} wished {fhis} own {obj} {was} as {word} as {name}'s.",
    "{parent} smiled, because {my_obj} really {was} {word}.",
    "Every morning, {name} looked at how {word} {my_obj} {was}.",
    'When {friend} saw {my_obj}, {fhe} said, "{It_is} very {word}!"',
    "{my_obj} {was} {word}, and {name} liked {it} a lot.",
    '"Look! {It_is} so {word}!" {name} said to {friend}.',
    "{parent} said that {my_obj} {was} very {word}.",
    "{name} showed {friend} how {word} {my_obj} {was}.",
    "{the_obj_cap} {was} so {word} that {friend} wanted to look at {it} too.",
    "Of all {his} things, {name} thought {my_obj} {was} the most {word}.",
    "{friend} had never seen anything as {word} as {my_obj}.",
    "{name} thought {my_obj} looked {word} in the light.",
    "Everyone said {the_obj} {was} {word}, and {name} was proud.",
    "{my_obj} {was} {word}, and that made {name} happy.",
    '"I love {it}! {It_is} so {word}," {name} said.',
    "{name} held up {my_obj}. {It} {was} so {word}!",
    "To {friend}, {my_obj} looked very {word}.",
    "{name} thought {my_obj} {was} {word}, and {friend} thought so too.",
    "Nothing made {name} as happy as {my_obj}, which {was} so {word}.",
    "All {his} friends said {my_obj} {was} {word}.",
)
VERB = (
    "{name} [also|really|always] [liked|wanted|loved] to {phrase}.",
    "Sometimes {name} would {phrase}[ too|, just for fun|].",
    "{name} [could|knew how to] {phrase}[, too| very well|].",
    "{name} [liked|loved] to {phrase} [in the morning|after lunch|every day].",
    "Every day, {name} [would|liked to] {phrase}.",
    "{parent} had [shown|taught] {name} how to {phrase}.",
    "When {name} had nothing to do, {he} would {phrase}.",
    "{name} liked to {phrase} when {friend} came over.",
    "{name} was learning to {phrase}, and {he} was getting better every day.",
    "Most of all, {name} liked to {phrase}.",
    "{parent} liked to watch {name} {phrase}.",
    "After breakfast, {name} would often {phrase}.",
    "{name} wanted to {phrase}, so {he} tried every day.",
    "If {he} could, {name} would {phrase} all day.",
    "{friend} knew that {name} liked to {phrase}.",
    "Each morning, {name} got up and wanted to {phrase}.",
    "{name} was still small, but {he} could {phrase}.",
    "When {he} was happy, {name} liked to {phrase}.",
    "{name} asked {parent} if {he} could {phrase}.",
    "Before bed, {name} liked to {phrase} one more time.",
    "On good days, {name} would {phrase} and smile.",
    "{name} tried to {phrase} as often as {he} could.",
    "{parent} said {name} could {phrase} after lunch.",
    "{name} thought it was fun to {phrase}.",
    "It made {name} happy to {phrase}.",
    "{name} had learned to {phrase} when {he} was very small.",
    "{name} did not always want to {phrase}, but today {he} did.",
    "{name} got up early to {phrase}.",
    "After school, {name} liked to {phrase} for a while.",
    "{name} wanted to {phrase} like the big kids.",
    "{name} liked to {phrase}, and {parent} liked it too.",
    "{name} could not wait to {phrase} again.",
    "{name} often asked if {he} could {phrase}.",
    "Some days, {name} would {phrase} all morning.",
    "{name} wanted to show {parent} how {he} could {phrase}.",
    "When {he} felt happy, {name} would {phrase} and laugh.",
    "{parent} said it was good to {phrase}, so {name} did it a lot.",
)
PERSON = (
    "[On the way|There], {a_word} [smiled|waved] at {name} and [looked at|asked about] {my_obj}.",
    "{name} saw {a_word} [on the way|there] and [waved|said hello].",
    "On the way, they met {a_word}, who [was very kind|waved at them|said hello].",
    "{name} [told|showed] {a_word} about {my_obj}[ on the way|].",
    "{A_word} [said hello to|smiled at] {name} and {friend} on the way.",
    "{A_word} was there too, and {name} waved.",
    "The {word} there was very kind to {name} and {friend}.",
    "On the way, they saw {a_word} hard at work.",
    "{name} smiled at {a_word}, who smiled back.",
    "{friend} knew the {word}, so they stopped to say hello.",
    "On the way, {a_word} asked them where they were going.",
    '{A_word} looked at {my_obj} and said, "{It_is} very nice!"',
    "They stopped to talk to {a_word} for a little while.",
    "{A_word} waved, and {name} and {friend} waved back.",
    "When they got there, {a_word} was busy working.",
    "{name} had never met {a_word} before, so {he} was a bit shy.",
    "{name} and {friend} said hello to {a_word} [on the way|there].",
    "{A_word} helped them find the way {to_place}.",
    "There was {a_word} {at_place}, and {name} said hello.",
    "{name} liked the {word}, who was always kind.",
    "The {word} smiled at {name} and looked at {my_obj}.",
    "{name} asked the {word} a question, and the {word} answered.",
    "On the way {to_place}, they passed {a_word}.",
    "{friend} said hello to the {word}, and {name} did too.",
    '"Have fun, {name}!" said the {word}.',
    "{name} told the {word} {his} name.",
    "{name} had seen the {word} before, and {he} waved.",
    "On the way, {a_word} stopped to talk to {friend}.",
    "{name} looked up at the {word} and smiled.",
    '"Good morning!" said {a_word} to {name} and {friend}.',
    "They saw {a_word}, and {friend} said hello first.",
    'The {word} saw {my_obj} and said, "How nice!"',
    "{name} was a little shy, but {he} said hello to the {word}.",
)
ANIMAL = (
    "{my_obj} had a picture of {a_word} on {it}.",
    "{name} had a book about {a_word}, and {he} [read it|looked at it] every night.",
    "{name} [walked|jumped] like {a_word}, and {friend} laughed.",
    "{name} [wished|wanted] to see {a_word} one day.",
    "{name} told {friend} about {a_word} {he} had seen [once|the day before].",
    "{name} had a toy {word} that {he} took to bed every night.",
    "{name} could make a sound just like {a_word}.",
    "If {name} could be any animal, {he} would be {a_word}.",
    "{friend} liked to pretend to be {a_word}, and {name} liked it too.",
    "{name} knew a song about {a_word}, and {he} sang it all the time.",
    "{parent} had put a picture of {a_word} on the wall of {his} room.",
    "{name} asked {parent} for {a_word}, but {parent} said no.",
    "Last night, {name} had a dream about {a_word}.",
    "When {he} played, {name} liked to be {a_word}.",
    "{name} once saw {a_word} with {parent}, and {he} still talked about it.",
    "{friend} had a toy {word}, and {name} liked it a lot.",
    "{name} had a picture of {a_word} next to {his} bed.",
    "{name} liked to play that {he} was {a_word}.",
    "{friend} made a sound like {a_word}, and {name} laughed.",
    "{name} [wanted|hoped] to have {a_word} one day.",
    "{name} loved the {word} in {his} book more than any other animal.",
    "{name} made a picture of {a_word} for {friend}.",
    "{parent} told {name} a story about {a_word} who got lost.",
    "{name} wished {he} had {a_word} to play with.",
    "{name} and {friend} took turns being {a_word}.",
    "{name} asked {parent} what {a_word} liked to eat.",
    "Sometimes {name} made the sound of {a_word} just for fun.",
    "{name} remembered the {word} {he} had seen at the zoo.",
    "{name} read a book about {a_word} with {parent}.",
    "{name} thought {a_word} would be a good friend.",
    "If {name} saw {a_word}, {he} would say hello to it.",
    "{name} saw a toy {word} in a shop once and still thought about it.",
    "At night, {name} liked to pretend {he} was {a_word} in the dark.",
)
EVENT = (
    "[Later|After that|Soon|Then], [it was time for|they got ready for] {a_word}, and {name} [took|brought] {my_obj} along.",
    "[Later|That evening], there was {a_word}, and {name} [took|brought] {my_obj}.",
    "{parent} said they would have {a_word} [soon|the next day], and {name} could not wait.",
    "After that, they all went to {a_word}[ together|].",
    "That evening, they had {a_word}, and {name} was happy.",
    "Soon it was time for {a_word}, so {name} got ready.",
    "The next day, there was {a_word}, and {friend} came too.",
    "{name} and {friend} talked about the {word} all the way home.",
    'Then {parent} said, "Who is ready for {a_word}?"',
    "The day ended with {a_word}.",
    "After the {word}, {name} was very tired.",
    "When it was time for {a_word}, {name} ran to get ready.",
    "Before bed, {name} told {parent} about the {word}.",
    "{name} had {a_word} the next day, and {he} told {friend} all about it.",
    "Then it was time for {a_word}, and {name} was ready.",
    "{name} was happy, because next there was {a_word}.",
    "Later that day, {name} and {friend} had {a_word} together.",
    "At the end of the day, {name} had {a_word}.",
    "{parent} smiled and said it was time for {a_word}.",
    "{name} liked the {word} a lot.",
    "When the {word} was over, {name} was happy.",
    "{name} could not stop smiling after the {word}.",
    "{name} told {friend} that the {word} was the best part of the day.",
    "The {word} made {name} very happy.",
    "{name} got ready for {a_word} with {parent}.",
    "For {name}, {a_word} made the day even better.",
    "{name} would remember the {word} for a long time.",
    "After {a_word}, {name} and {friend} sat down to rest.",
    "Then {name} had {a_word}, and {he} felt good.",
    "That night, {name} talked about the {word} with {parent}.",
)
IDEA = (
    "That night, {parent} told {name} a story about {about}, and {name} listened with {my_obj} [next to {him}|in {his} arms].",
    "{name} [thought|talked] about {about} [for a long time|all the way home].",
    "Before bed, {name} and {parent} talked about {about}.",
    "That night, {name} [held|hugged] {my_obj} and thought about {about}.",
    "On the way home, {name} told {parent} about {about}.",
    "{name} asked {parent} a question about {about}.",
    "Later, {name} and {friend} talked about {about}.",
    "{name} did not know much about {about}, but {he} wanted to learn.",
    "That day, {name} learned something new about {about}.",
    "{name} went to sleep thinking about {about}.",
    "At dinner, the family talked about {about}.",
    "{friend} told {name} what {fhe} knew about {about}.",
    "{name} had a lot of questions about {about}.",
    "{parent} read {name} a book about {about} before bed.",
    "{name} wanted to know more about {about}.",
    "{parent} told {name} all about {about}.",
    "{name} and {friend} made up a game about {about}.",
    "That night, {name} dreamed about {about}.",
    "{name} asked so many questions about {about} that {parent} laughed.",
    "{name} learned a lot about {about} that day.",
    "When {he} got home, {name} told everyone about {about}.",
    "{name} wondered about {about} before {he} went to sleep.",
    "Later, {name} asked {friend} what {fhe} thought about {about}.",
    "{parent} and {name} had a long talk about {about}.",
    "That day, {name} thought a lot about {about}.",
    "{name} liked to listen when {parent} talked about {about}.",
    "Now {name} knew a little more about {about}.",
    "It was the first time {name} had thought about {about}.",
    "{name} had a book about {about}, and {he} read it again that night.",
)
IDEA_COUNT = (
    "{name} [had|thought of] {a_word} about {my_obj}.",
    "{friend} had {a_word} about {my_obj}, and {name} listened.",
    "On the way home, {name} thought of {a_word}.",
    "That night, {name} thought of {a_word} and smiled.",
    "{name} wanted to share {a_word} with {parent}.",
    "At dinner, {name} shared {a_word} with everyone.",
    "{friend} liked {about} a lot.",
    "{name} kept thinking about {about} all night.",
    "{name} and {friend} made up {a_word} together.",
    "Before bed, {name} told {parent} about {about}.",
    "{name} came up with {a_word} for {friend}.",
    "{name} lay in bed and thought of {a_word}.",
    "{name} thought of {a_word} and told {friend}.",
    "{name} could not stop thinking about {about}.",
    "{name} kept {about} in {his} head all day.",
    "On the way home, {name} and {friend} thought of {a_word} together.",
    "{name} was proud of {about}.",
    "Before {he} went to sleep, {name} thought of {a_word}.",
    "{name} had {a_word}, and {he} wanted to tell {parent}.",
    "{friend} thought {about} was very good.",
    "{parent} liked {about} a lot, and {name} was happy.",
    "Later, {name} told {friend} all about {about}.",
    "{name} had {a_word} for {parent}, and {he} could not wait to share it.",
    "All day, {name} thought about {about}.",
    "{name} wanted to remember {about}, so {he} thought about it again and again.",
    "Together, {name} and {friend} came up with {a_word}.",
)
STUFF = (
    "There was some {word} [near|next to] them, and {name} kept {my_obj} away from it.",
    "{name} found some {word} there and showed it to {friend}.",
    "{friend} [pointed at|found] some {word}, and they looked at it together.",
    "There was a lot of {word} {at_place}, and {name} [looked at|stepped over] it.",
    "They walked past some {word} on the way in.",
    "Someone had left some {word} there, and {friend} saw it first.",
    '{friend} asked, "What is all this {word}?"',
    "{name} had never seen so much {word} before.",
    "{friend} and {name} looked at the {word} for a while.",
    "Some {word} was there, so {name} held {my_obj} close.",
    "{name} walked around the {word} so {he} would not get dirty.",
    "{name} touched the {word} with one finger, and {friend} laughed.",
    "When they saw the {word}, {name} and {friend} stopped to look.",
    "{name} saw some {word} and pointed at it.",
    "There was {word} all around, so {name} walked slowly.",
    "{friend} found some {word} and showed {name}.",
    "{name} looked at the {word} and wondered where it came from.",
    "The {word} was everywhere, and {friend} laughed.",
    "{name} did not want {word} on {my_obj}, so {he} was careful.",
    "Near the {word}, {name} and {friend} stopped to talk.",
    '"Look at all the {word}!" {name} said.',
    "{name} and {friend} walked past the {word} together.",
    "{name} went close to look at the {word}.",
    "Some {word} got on {name}'s hands, and {he} laughed.",
    "{name} had never seen {word} like this before.",
    "They found lots of {word} there, and {name} was surprised.",
    "{friend} told {name} to stay away from the {word}.",
    "{name} asked {friend} what the {word} was for.",
)
THING = (
    "{name} showed {my_obj} to {friend} next to {a_word}.",
    "{name} put {my_obj} down by {a_word} for a little while.",
    "[Near|Next to|Close to|Not far from] them [was|stood] {a_word}, and {name} [sat|stood|waited] there with {my_obj}.",
    "On the way, {name} [saw|passed|spotted] {a_word} and [pointed at|smiled at|looked at] it.",
    "{name} and {friend} [talked about|looked at] {a_word} [for a while|together].",
    "There was {a_word} [near|next to] them, and {friend} [pointed at|looked at] it.",
    "{name} [stopped|sat down] [next to|near] {a_word} to [rest|look at {my_obj}].",
    "{friend} asked {name} about {a_word} they saw there.",
    "{friend} ran over to {a_word} and called to {name}.",
    '"Look!" {friend} said, and pointed at {a_word}.',
    "The first thing {name} saw there was {a_word}.",
    "As they walked, they saw {a_word}.",
    "{name} looked at {a_word} and then at {my_obj}.",
    "{name} and {friend} stood by {a_word} for a while.",
    "There was {a_word} there too, and {name} smiled at it.",
    "{name} had never seen {a_word} like that before.",
    "{friend} went to look at {a_word}, and {name} came too.",
    "{name} wanted to tell {parent} about {a_word} {he} saw there.",
    "Close to {a_word}, {name} and {friend} stopped to talk.",
    "When {name} saw {a_word}, {he} went over to look at it.",
    "{friend} told {name} a funny story about {a_word}.",
    "{name} saw {a_word} and went to look at it.",
    "{friend} liked {a_word} they saw there, and {name} did too.",
    "There was {a_word} there, and {friend} wanted to see it.",
    "{name} pointed at {a_word} and asked {friend} about it.",
    "Not far away, {name} could see {a_word}.",
    "{name} and {friend} found {a_word} and looked at it for a long time.",
    "{name} walked past {a_word} on the way in.",
    "{name} liked the {word} there, and {he} told {friend} so.",
    "{name} and {friend} played near the {word} for a while.",
    "{friend} took {name} to see {a_word}.",
    "It was fun to look at the {word}, so {name} stayed there a while.",
    "The {word} there looked like one {name} had seen before.",
    "There was {a_word} in the way, so {name} went around it.",
    "{name} stopped to look at {a_word}, and {friend} waited.",
    "{friend} laughed and pointed at {a_word}.",
    "{name} had fun looking at the {word} with {friend}.",
    "{name} wanted to know more about the {word}.",
)
ELSEWHERE = (
    "{name} told {friend} about {a_word} {he} had seen [once|the day before], and {friend} [listened|smiled].",
    "{name} [thought|talked] about {a_word} {he} had seen [once|the day before].",
    "There was no {word} {at_place}, but {name} did not mind.",
    "{name} asked {friend} if {fhe} remembered {a_word} they had seen.",
    "{name} remembered {a_word} {he} had seen on a trip.",
    "{friend} said {fhe} wanted to go and see {a_word} one day.",
    "{name} liked {place}, but {he} missed {a_word} {he} had seen before.",
    "{name} told {friend} a story about {a_word} {he} had seen.",
    "There was no {word} {at_place}, so {name} just thought about it.",
    "{name} wished {he} could show {friend} {a_word} {he} had seen.",
    "{friend} had seen {a_word} once, and {fhe} told {name} all about it.",
    "{name} said {he} had seen {a_word} far away from {place}.",
    "{name} made a picture of {a_word} for {friend}.",
    "{name} wanted to see {a_word} again one day.",
    "{name} looked around, but there was no {word} {at_place}.",
    "{name} [remembered|thought about] {a_word} from a trip with {parent}.",
    "{friend} said there was no {word} {at_place}, and {name} laughed.",
    "{name} and {friend} talked about {a_word} they had seen before.",
    "{name} pretended that {a_word} was there with them.",
    "{parent} had once shown {name} {a_word}.",
    "In {his} head, {name} could still see {a_word}.",
    "{friend} asked {name} about {a_word} {he} had seen.",
    "{name} wanted to tell {parent} about {a_word} {he} had seen.",
    "There was no {word} to see {at_place}, so {name} talked about it instead.",
    '{name} told {friend}, "I saw {a_word} once!"',
    "{name} and {parent} had seen {a_word} on a trip, and {name} still talked about it.",
    "{name} smiled when {he} thought of {a_word} far away.",
)
# Lexicon sentences that place weather or sand outdoors, said from inside instead.
INDOOR_SPECIAL = {
    "wind": "{name} heard the wind outside.",
    "lightning": "{name} saw lightning from the window.",
    "wild": "{name}'s hair was wild that day.",
    "wet": "{name}'s shoes were wet.",
    "cold": "It was cold outside, so {name} had a warm coat.",
    "fall": "It was fall, and the days were getting cold.",
    "black": "The night outside was black.",
    "gray": "The day outside was gray.",
    "square": "{name} made a square on a piece of paper.",
    "circle": "{name} made a circle on a piece of paper.",
    "triangle": "{name} made a triangle on a piece of paper.",
    "sky": "{name} looked at the sky from the window.",
}


def fits(place: Place, text: str, exempt: str = "") -> bool:
    """Whether every place-bound detail word of `text` fits `place` (`exempt` aside)."""
    for word in re.findall(r"[a-z]+", text.lower()):
        prop = DETAIL_WORDS.get(word)
        if prop is not None and word != exempt and not allows(place, prop):
            return False
    return True


def uncountable(noun: str) -> bool:
    """Abstract nouns said without an article ("a story about kindness", not "the")."""
    return noun in lx.MASS_NOUNS or noun.endswith(("ness", "ship", "dom", "ity", "ce", "th"))


def placement_line(
    plan: StoryPlan, rng: random.Random, placement: Placement
) -> tuple[str, str, str] | None:
    """(paragraph key, step, template) realising a required word that is not the object;
    None for the roles another step says (foods and tastes go in the treat line)."""
    word, lower, role = placement.word, placement.word.lower(), placement.role
    place = plan.place
    a_word = f"{lx._article(lower)} {lower}"
    if role == "trait":
        key, bank = "intro", TRAIT
    elif role == "feeling":
        key, bank = "react", FEELING
    elif role == "weather":
        key, bank = "place", WEATHER_OUT if place.outdoor else WEATHER_IN
    elif role in ("taste", "food"):
        return None
    elif role == "opinion":
        key, bank = "intro", OPINION
    elif role == "verb":
        phrase = lx._verb_phrase(lower, plan.friend.name, plan.hero.his)
        line = rng.choice(VERB).replace("{phrase}", phrase)
        return "intro", "verb", line
    elif role == "person":
        key, bank = "place", PERSON
    elif role == "animal":
        key, bank = "intro", ANIMAL
    elif role == "event":
        key, bank = "end", EVENT
    elif role == "idea":
        about = lower if uncountable(lower) else f"the {lower}"
        bank = IDEA_COUNT if lower in lx.COUNT_IDEA_NOUNS else IDEA
        line = rng.choice(bank).replace("{about}", about).replace("{a_word}", a_word)
        return "end", "idea", line
    elif role == "special":
        line = lx.SPECIAL_NOUN_SENTENCES[lower].replace("{adult}", "{parent}")
        line = re.sub(r"\b(?:Mom|Dad|Grandma|Grandpa)\b", "{parent}", line)
        if lower in INDOOR_SPECIAL and not fits(place, line, lower):
            line = INDOOR_SPECIAL[lower]
        return "place", "special", line
    else:  # "stuff" (mass nouns) and "thing"
        elsewhere = lower in DETAIL_WORDS and not allows(place, DETAIL_WORDS[lower])
        if role == "stuff":
            a_word = f"the {lower}" if elsewhere else lower
            bank = ELSEWHERE if elsewhere else STUFF
        else:
            a_word = word if word.isupper() else f"{lx._article(lower)} {word}"
            bank = ELSEWHERE if elsewhere else THING
        key = "place"
    line = rng.choice(bank).replace("{A_word}", a_word[:1].upper() + a_word[1:])
    line = line.replace("{a_word}", a_word).replace("{word}", lower)
    return key, role, line
