"""The crisis-language detector, as a member or moderator would notice it. No database."""

from __future__ import annotations

import base64
import dataclasses
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peerhaven.safety.detector import Assessment, assess, assess_rules, engine, gates
from peerhaven.safety.detector.normalize import normalize, sentences

EVAL_SET = Path(__file__).resolve().parents[1] / "eval" / "crisis_eval.jsonl"
HOLDOUT_SET = EVAL_SET.with_name("holdout.jsonl")
ORDINARY_SET = EVAL_SET.with_name("ordinary.jsonl")
SIGNAL_NAME = re.compile(r"[a-z]+(?:_[a-z]+)*")
KNOWN_SIGNALS = {engine.PUBLIC_NAME.get(r.signal, r.signal) for r in engine.RULES} | {
    "word_model",
    "word_pieces",
}

URGENT = [
    "im going to kill myself tonight",
    "i have the pills right here and i want to die",
    "i wrote my note. goodbye",
    "i just took all my pills",
    "im on the bridge and im going to jump",
    "by the time you read this ill be gone",
    "i want to kill myself",
    "me voy a matar esta noche",
    "ya tengo las pastillas, me quiero morir",
    "acabo de cortarme y no para de sangrar",
    "quiero suicidarme",
    "cuando lean esto ya no voy a estar",
]
CONCERN = [
    "i just want to disappear forever",
    "i dont want to be alive anymore",
    "everyone would be better off without me",
    "im such a burden",
    "i cant do this anymore",
    "kms",
    "thinking about unaliving myself lately",
    "ctb has been on my mind",
    "i really want to cut again",
    "ive been giving away all my stuff",
    "goodbye everyone. thank you for everything",
    "me quiero morir",
    "no quiero vivir",
    "ya no puedo mas",
    "soy una carga para mi familia",
    "tengo ganas de cortarme",
    "adios a todos, gracias por todo",
]
NONE = [
    # idioms and hyperbole
    "this commute is killing me",
    "me muero de risa",
    "im dying to see the new movie",
    "this cake is to die for",
    "this exam makes me want to die lol",
    "me quiero morir de la verguenza jaja",
    "me mato estudiando para el final",
    # past or recovered
    "two years ago i wanted to die, today im doing well",
    "i used to cut. 3 years clean today",
    "hace dos años queria morirme, hoy estoy mucho mejor",
    # someone else's crisis, described by a supporter
    "my friend told me she wants to die, how do i help her",
    "my son has been cutting and im scared",
    "mi hermana dice que se quiere morir, como la ayudo",
    # grief after a suicide loss
    "i lost my brother to suicide last year",
    "mi papa se suicido hace tres años",
    # supportive replies naming a crisis line
    "if youre feeling suicidal please call or text 988, youre not alone",
    "si piensas en suicidarte llama a la linea 024",
    # media and research
    "13 reasons why handled suicide badly",
    "a new study says suicide rates rose among teens",
    # negation
    "i would never kill myself",
    "no quiero morir, solo quiero que esto pase",
    # ordinary life
    "new meds are kicking in I think, mornings are easier",
    "took my meds on time every day this week, small win but i'll take it",
    "goodbye everyone, see you next week!",
    "cutting my hair short tomorrow",
    "me voy a cortar el pelo",
    "",
]


@pytest.mark.parametrize("text", URGENT)
def test_urgent_messages_are_urgent(text):
    assert assess(text).level == "urgent"


@pytest.mark.parametrize("text", CONCERN)
def test_concern_messages_are_flagged_as_concern(text):
    assert assess(text).level == "concern"


@pytest.mark.parametrize("text", NONE)
def test_hard_negatives_are_not_flagged(text):
    result = assess(text)
    assert result.level == "none"
    assert result.signals == ()


#: A plan told the way people write it: the means, a place or a time, and what they will do,
#: in any order and in neither set's words.
PLAN_IN_OWN_WORDS = [
    "i have the pills in front of me and i'm taking them tonight",
    "gonna do it after everyone goes to sleep, the rope is ready",
    "im gonna do it after everyone sleeps",
    "just swallowed a whole box of my sleeping tablets",
    "im sitting on the railing of the overpass",
    "me tome un frasco entero de pastillas hace una hora",
    "estoy en la cornisa del edificio y me voy a tirar",
    # the means at hand, a quantity, a set-up, a chosen moment, final arrangements
    "the pills are in front of me",
    "ive counted out 50 tablets",
    "cars running in the garage w the door shut",
    "on the ledge now",
    "when they leave im taking the pills",
    "wrote letters for everyone. tonight",
    "passwords are in the blue notebook, the cat goes to my sister. tonight",
    "i have decide to finish my life this night",
    "tengo las pastillas frente a mi",
    "cuando se duerman me las tomo",
    "la cuerda aguanta, ya probe. hoy",
]
#: ... and the look-alikes that must stay quiet.
PLAN_LOOK_ALIKES = [
    "my plan is to jump into the pool after the exam",
    "going to the bridge tonight to watch the fireworks",
    "i'm on the roof fixing the gutter",
    "we built a rope swing by the lake",
    "took my pills like the doctor said",
    "te voy a matar si llegas tarde jaja",
    "razor in hand, shaving my legs before the party",
    "counted out 30 pills for the month in my organizer",
    "when my parents leave im going to throw a party",
    "wrote the letters for my pen pals tonight",
    "finished all my letters and cards for christmas, posting them tomorrow",
    "tengo la navaja en la mano para pelar la fruta",
    "cuando se duerman me como todo el pastel jaja",
    "this deadline is literally going to kill me",
    "Writing a goodbye letter to my late dad for Father's Day like my counselor suggested.",
    "i have to take my meds tonight",
    "Took the train to the coast today. Sitting on the pier eating chips, proud of myself",
    "Estoy en la azotea tendiendo ropa, les escucho pero no puedo hablar",
    "si la mediadora dice 'coparentalidad' una vez más me tiro por la ventana jajajaja",
    "el entrenamiento de hoy me mató, ya no siento las piernas jajaja",
    "i'm writing my goodbye letter to my old job lol, last day is Friday",
    "the plan is to kill time at the mall until mum picks me up",
    "our plan is to take all the kids to the zoo on saturday",
    "ive got a plan for tomorrow so im less anxious",
    "taking my life back today, first day sober",
    "wrote goodbye letters to all my flatmates because I'm transferring to Edinburgh next term",
    "mañana es mi último día en el colmado, me despido de to'el mundo, me voy pa' Nueva York",
    "at the end of the pier eating chips, sun is out",
    "my brother ate a bullet in 2015 and i still think about it",
    "shut the kitchen door and turned the gas on to boil the kettle",
    "drenched the sheep this morning, the drum of drench is nearly empty",
    "i gave away all my clothes that are too big now, lost 15 kg since therapy and walking",
    "Two years ago today I tried to end it. Today I'm 730 days bet free.",
    "hace un año pensé en quitarme la vida. hoy estoy bien, con terapia",
    "said goodbye to the team at the end of the pier, what a view",
    "compré una soga para amarrar el colchón al techo del carro, el sábado me mudo",
    "mañana es mi última noche en el albergue, me dieron un cuarto en un programa de vivienda",
    "the pills for the week are laid out in my organiser, sunday ritual",
    "climbed over the fence to get our ball back",
    "running a bath and shaving my legs with a new razor before the party",
    "the gas is on in the kitchen and the windows are closed because its freezing, making soup",
    "drew a bath with lavender salts tonight, best self care",
    "ran a bath and took my pills like always",
    "today is my last day on the organising committee. goodbye forever (until monday)",
    "me dirijo al puente de la calle 5 para ver los fuegos artificiales",
    "got a jump rope for gym and i literally cannot do double unders, its over for me",
    "prefiero morirme antes que volver a hacer un excel de esos",
    "hoy se cumplen tres años de la noche que me tomé todas las pastillas; hoy corrí 10 km",
    "llevo la semana regalando mis cosas porque nos regresamos a Guadalajara",
    "Said my goodbyes at the bowls club today. Moving up to be near my daughter.",
    "Sharpened the knives for the harvest supper and near took me thumb off. Blood everywhere.",
    "Saying my goodbyes this week, we're off to our daughter's in Cornwall for the winter.",
    "en la azotea ahorita tendiendo ropa",
    "we had five puppies and the neighbours took them all.",
    "i'm on the 9th floor balcony watching the sunset",
    "having one last beer before the match, then home",
    "último día en el laburo. me voy a Córdoba, ¡nuevo comienzo! gracias chicos",
    "el mensaje de mi compañero: hoy es mi último día, adiós. se jubila después de 35 años",
    "ahorita estoy en la orilla del mar tomando sol",
    "One last beer with the lads before I move to Leeds on Saturday",
    "One last smoke before I quit tomorrow. Day 1 starts at midnight, wish me luck!",
    "Me tomé todas las pastillas del antibiótico como dijo el médico, ya me siento mejor",
]
#: ... and look-alikes of this round's rules that a review found: the rules leave them alone
#: (what the word model makes of them is its own matter).
RULE_LOOK_ALIKES = [
    "I took all the blame on purpose so my little brother wouldn't get in trouble.",
    "Used all the hot water on purpose to annoy my flatmate lol",
    "She kept giving me compliments at group and honestly I took them all.",
    "How many units would be too much at a wedding? Trying to stay sober-ish.",
    "Period is awful this month, 3 pads soaked in an hour.",
    "Started on the tablets 30 minutes ago and I feel a bit sick, is that normal?",
    "Finally swallowed the remaining tablets of my course, so glad that's over",
    "Switched the gas on and closed the windows, finally warm in here.",
    "I'm sure I left the gas on and shut the door without checking, OCD is exhausting.",
    "Ya me la tomé hace rato, gracias por recordarme la pastilla de la presión.",
    "Me fumé todo lo que tenía el finde",
    "Ya pasé una pierna por el pantalón",
    "Compré mis pastillas del mes y las estoy separando en el pastillero.",
    "The window is open. Packed everything I need.",
    "On the roof, fixing the gutter. Packed everything I need.",
    "I didn't get a return on my shares. Packed everything I need.",
    "Gracias por todo, grupo. Hoy estoy en la orilla del lago con mi hija.",
    "Having one last beer at the pub tonight, love you all x",
    "I tried to overdose in the flat where we lived in 2012, I'm doing much better now.",
    "the knife is on my lap while i peel the apples for the kitchen",
]


@pytest.mark.parametrize("text", RULE_LOOK_ALIKES)
def test_the_rules_leave_look_alikes_of_their_own_phrases_alone(text):
    assert assess_rules(text).level == "none"


@pytest.mark.parametrize("text", PLAN_IN_OWN_WORDS)
def test_a_plan_in_the_writers_own_words_is_urgent(text):
    assert assess(text).level == "urgent"


@pytest.mark.parametrize("text", PLAN_LOOK_ALIKES)
def test_plan_look_alikes_stay_quiet(text):
    assert assess(text).level == "none"


def test_no_quiero_vivir_is_concern_but_no_quiero_morir_is_not():
    assert assess("no quiero vivir").level == "concern"
    assert assess("no quiero morir").level == "none"
    assert assess("i dont want to live anymore").level == "concern"
    assert assess("i dont want to die").level == "none"


def test_how_people_type_is_understood():
    for text in [
        "i wanna diiiie",
        "I WANT TO DIE",
        "i want to d!e",
        "i want 2 k1ll myself 2nite",
        "im sooo tired of living 😞",
        "kiero morirme ya",
        "Me quiero MORIR",
        "quiero suicidarme 😭😭",
        "i just wanna unalive",
    ]:
        assert assess(text).level != "none", text


def test_phonetic_and_hurried_spelling_is_read_as_the_words_meant():
    assert assess("tomoro after skool im goin 2 the brige on 5th st n im jumpin").level == "urgent"
    assert assess("i tok a hole bottle of my moms sleepin pils bout a our ago").level == "urgent"
    assert normalize("wil b there tomoro").startswith("will be there tomorrow")


def test_a_laugh_elsewhere_does_not_lighten_a_plan_with_a_time():
    assert assess("my boss fired me today lol. im going to kill myself tonight").level == "urgent"
    assert (
        assess("my manager fired me today lol. im going to kill myself tonight").level == "urgent"
    )
    assert assess("this exam makes me want to die lol").level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "took all of them. room's spinning",
        "me tome todo el clonazepam que tenia",
        "Ending my life on Boxing Day.",
        "End of the jetty. Pockets full of sinkers. Water's cold. Won't take long.",
        "gonna eat my gun after shift. been a good run boys",
        "plan is to suicide this weekend. got it sorted. farm goes to my nephew",
        "I cut at 19:40 and it has not stopped. I have used 3 towels.",
        "Taking my life before the minister comes Tuesday.",
        "bye everyone. uber's taking me to the bridge. you lot were nicer than anyone here irl",
        "ive shut the kitchen door and turned the gas on. not leaving this time",
        "i drank the cattle drench. the whole drum pretty much",
        "at the end of the wharf with the anchor chain round my legs",
        "parked the bike on the overpass. phone on 4%. this is my last drop. goodbye x",
        "have the gun from my uncles cabinet on my lap. scholarship got rescinded today",
        "ride off the switchbacks tomorrow at dawn. people will think it was a crash",
        "olanzapine and the vodka are lined up on the counter and im starting now",
        "on the railway footbridge by the allotments. no one would miss me",
        "used again after 8 months. i did the whole bag on purpose this time",
        "ya le puse la manguera al escape de la troca en el garaje y la prendi",
        "compre pastillas con la plata que me quedaba y las estoy contando en el hostal",
        "estoy en la via del sarmiento. el proximo tren pasa en 10",
        "the syringe is drawn up on the nightstand. tonight once hes asleep",
        "my brothers strap is right here on the table and i aint playin this time",
        "gonna sit on the pier at sunrise and then go over the rail",
        "not testing it. if its fent, so be it",
        "cut again after dinner, third time in the last hour",
        "been burning my wrist with the lighter since lunch and im still going",
        "esta noche cuando apaguen las luces me aviento por la ventana",
        "took them all just now",
        "the barn has a strong beam and a length of rope, and the kids are at their mums until sunday",
        "my boss posted my review in the team chat and im sitting in the car with the engine running and the garage shut",
        "six weeks of my sleeping tablets saved up in a jar. tonight, once the kids are down",
        "on night watch alone with a loaded rifle. if i miss the 0400 check in thats why",
        "im swallowing these right now, sorry everyone",
        "tengo guardadas las pastillas de mi abuela y esta noche cuando se duerma me las tomo",
        "tengo la escopeta de mi tio cargada en el cuarto. hoy se termina",
        "sitting on the edge of the roof at work, 12 floors up",
        "tied it off to the banister. one last cigarette then thats it",
        "after the hearing im stepping in front of the 6:15 train",
    ],
)
def test_the_rules_read_an_overdose_a_place_or_a_time_said_plainly(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I have taken rather more of my medication than prescribed, perhaps forty minutes ago.",
        "Dear all, I have taken the remaining sleeping tablets, all of them, a short while ago.",
        "I have cut myself rather badly this evening and the bleeding has not stopped.",
        "I write with some difficulty. The gas is on in the kitchen and the windows are closed.",
        "I feel it only courteous to inform you that I shall be stepping in front of the 18:42 "
        "train this evening.",
        "I shall be drawing a bath this evening, with my late father's razor to hand.",
        "I have booked a room at a hotel for Friday and will not require a return ticket. "
        "The tablets are in my bag.",
        "Hace media hora ingerí el contenido completo de un frasco de clonazepam.",
        "Me he cortado hace un momento y no logro detener la hemorragia.",
        "Me encuentro en un motel con lo necesario. No tengo intención de salir de aquí.",
        "So I've made my arrangements. The 11:40, the one that doesn't stop at our station. "
        "I'll be at the far end of the platform.",
        "cut again after group, thigh this time. it's gaping and wont stop, 3 dressings through.",
        "started on them ten minutes ago with a whisky",
        "Abeg if anybody sees this, I don drink Sniper. About 20 mins now.",
        "I don swallow all the tablets wey doctor give me for one month.",
        "car is runing in the closed garaj and im just siting here in it",
        "ice una sobredosis a proposito con las pastiyas de dormir",
        "Mañana tempranito, antes que mi papá se vaya, voy a subir al cerro y me voy a tirar.",
        "gun's loaded on my lap rn",
        "just swallowed the batteries out of the tv remote in the side room",
        "took way more than the prescription says, like all of it",
        "i have the rope in the trunk and i know the tree at the lake",
        "im going to the spot under the bridge where i first used. thats where it ends. tonight.",
        "en la azotea ahorita, adiós a todos",
        "el carro prendido en el garaje, yo adentro",
        "estoy en el balcón del piso 11. ya pasé una pierna",
        "fan and dupatta are there, door is locked from inside",
        "i hid my olanzapine the whole time and im taking all of it once everyones asleep",
        "taking the kayak out alone tonight and not planning to paddle back",
        "What happens if you take 60 lithium at once? I've been saving them since March.",
        "how many units of my insulin would be lethal? nobody would check",
        "on the platform now, the next one through doesnt stop here. i cant live like this",
        "Wrote my wife a letter, it's on the kitchen table. The bridge is 10 min from the office.",
        "see efter the funeral on friday am walkin intae the Clyde",
        "le dieron la custodia. ahorita estoy en la orilla del lago. no me busquen",
        "¿cuánto tarda el clonazepam? ya me las tomé todas hace rato",
        "I've turned on the gas and closed the windows, I want to sleep and not wake up.",
        "Me tomé todas las pastillas del antibiótico y las de dormir de mi mamá, ya no aguanto.",
        "I'm on the edge of the roof, the view is the last thing I'll see. Goodbye everyone.",
        "cut my wrists just now. people will think it was an accident",
        "the rifle is across my lap",
        "bought a hose for the exhaust, sunday in the car park by the woods where we used to walk",
        "just cut really deep on my arm where she used to have her scars, it wont stop bleeding",
        "tonight once my husband's asleep I'm done.",
        "cuando se duerman todos me despido, ya esta decidido",
    ],
)
def test_a_plan_told_formally_plainly_or_misspelt_is_still_urgent(text):
    assert assess_rules(text).level == "urgent"


def test_wanting_to_die_rather_than_go_on_is_not_hyperbole():
    assert assess_rules("Me quiero morir antes que seguir viviendo así.").level == "concern"
    assert assess_rules("prefiero morirme antes que volver a hacer un excel").level == "none"


def test_what_was_collected_for_a_while_is_not_told_in_the_past():
    # "desde hace un mes" is since a month ago, still going on; "hace un mes" alone is past.
    text = "tengo las pastillas juntadas desde hace un mes. el viernes lo hago"
    assert assess_rules(text).level == "urgent"


def test_an_attempt_years_ago_is_told_in_the_past_even_beside_today():
    assert (
        assess_rules("Three years ago I tried to end my life and today I ran a marathon").level
        == "none"
    )
    assert (
        assess_rules(
            "Six years ago tonight I swallowed a bottle of pills. Tonight I cook for my kids."
        ).level
        == "none"
    )
    # ... but a match that names its own recent time stays recent.
    assert (
        assess_rules("i tried to kill myself again last night, years ago i swore i wouldnt").level
        == "urgent"
    )


def test_self_harm_still_going_on_is_urgent_but_a_habit_that_will_not_stop_is_concern():
    assert assess_rules("cut myself again tonight and its still bleeding").level == "urgent"
    assert (
        assess_rules("i keep picking at my skin until it bleeds and i cant stop").level == "concern"
    )


@pytest.mark.parametrize(
    "text",
    [
        "LAST SHIFT TODAY!! goodbye ER, hello nursing school. gave my mug to the night crew",
        "si me toca otra auditoria hoy me aviento por la ventana jajaja",
        "esta noche me tiro en el sofa a ver la final",
        "the lease is drawn up, signing it tonight",
        "im not playing this time, im reporting him to HR",
        "who ate the cookies? i took them all lol",
        "my sister said she was done with him and im so proud of her",
        "When my time comes I hope I'm ready to meet my maker, but right now I've got roses to prune",
        "me trasladan a Monterrey, me despido del grupo, gracias por todo",
        "one last beer and then thats it for me tonight lads, early start",
    ],
)
def test_this_rounds_frames_leave_their_look_alikes_alone(text):
    assert assess_rules(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Goodbye everyone!! my flight is tomorrow 6am, going back home for good after 4 years",
        "bueno gente, me despido, mañana vuelo a Bogota definitivamente, los voy a extrañar",
        "Giving away everything before I leave the UK: desk lamp, pans, duvet. last week here!",
        "tied the rope to the beam for the tire swing, the kids are going to love it",
        "harm OCD is hell. I have zero wish to hurt myself which is why it's so upsetting",
        "if one more family asks us to 'do everything' for their 98yo im walking into the ocean",
        "Husband's taken the rifle up north deer hunting so it's just me and the cat this weekend",
        "el finde nos vamos a cazar jabalí con la escopeta de mi viejo, no me busquen che",
        "overdosed on true crime podcasts during this flare lmao, send recs",
        "This weekend I'm just going to walk the dog along the canal. That's the plan.",
        "Mi hermano se tomó unas pastillas y no contesta. Ya llamé al 123 y voy para allá.",
    ],
)
def test_this_rounds_look_alikes_stay_quiet(text):
    assert assess_rules(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Rheumatologist said 'learn to live with it'. Nah. Pills are saved, Friday works.",
        "bought a gun off a guy at the yard today. end of the week once my last check clears",
        "theres a rope in my wardrobe. when I get home from here",
        "I know exactly how much, it's literally my job. It's drawn up next to me.",
        "Have taken rather a lot of my sleeping tablets with a glass of sherry. Feeling drowsy.",
        "tonight I shall inject the whole insulin pen and go to sleep",
        "if anyone wants my skins dm me before midnight. after that it wont matter",
        "bridge at 2am. sorry guys",
        "roof. tonight. peace",
        "me corté en el vestier con un bisturí, está sangrando harto",
        "me traje el pentobarbital a casa, está en el placard. el domingo que la clínica cierra",
        "El viernes dejo de ser un problema. Tengo guardada la morfina que le sobró a mi madre.",
    ],
)
def test_this_rounds_plans_are_urgent(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "Range day tomorrow. Only packing one round.",
        "My cousin keeps his rifle in a cabinet he never locks, and I'm driving up saturday",
        "lol turned in my vest but kept the backup piece. figure after the recital saturday its time",
        "I already wrote the letters and they're in the glove box, and the gun is in there with them",
        "Thursday morning early when nobody's out, I've decided that's the spot",
        "tonight I'm going up to the top of the parking garage, I've checked that the stairwell "
        "door stays unlocked",
        "I'm finishing the border tonight, it's the last thing on my list, and then I'm taking the "
        "pills I've been keeping in the sock drawer",
        "guess the life insurance finally gets to earn its keep. weekend plans sorted",
        "Goodbye. Baby is with my mom. Tell Lily mommy loved her. It's better this way. Tonight.",
        "bought a rope today. if anyone from my old church reads this, you got what you prayed for",
        "hoy mi therapist me dio de alta y yo con la cuerda en el trunk. gracias por todo, grupo",
        "me tomé las pastillas del viejo, las del alzheimer y las de dormir, hace media hora",
    ],
)
def test_the_next_rounds_plans_are_urgent(text):
    assert assess_rules(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "I'm ending it tonight. With Ryan, I mean, before anyone panics reading that.",
        "If I see one more integral I'm going to kill myself (affectionate). Finals start Monday",
        "if this baby doesn't nap in the next 10 min I'm walking into the ocean (kidding. coffee.)",
        "me despido de la residencia, regalé el microondas, vuelvo a Bogotá el domingo para siempre",
        "El sábado me llevo la escopeta al coto con mi cuñado, que abre la temporada de perdiz.",
        "tonight is the night! the big game",
        "saqué el cuchillo para cortar el pastel esta noche",
        "me tomé las pastillas de mi mamá por error, qué hago",
        "the train passes behind our house at 6 every morning, tonight too",
    ],
)
def test_the_next_rounds_look_alikes_stay_quiet(text):
    assert assess_rules(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "No vuelvo al psiquiátrico. Primero me mato. Mañana temprano, con la soga que compré ayer.",
        "train pass at 11:40. goodbye everyone thank u for listen to my bad english",
        "Hoy compré una soga en el Home Depot. Mañana tempranito, antes que lleguen los muchachos.",
        "tranqui, no voy a llegar a la audiencia jajaja. ya escogí el tren de las 6",
        "goodbye group. you were the only people who ever believed me. train bridge at 10",
        "got the charcoal n tape today. reacting to everyone so u know i was here",
        "checked the policy today, the two-year clause ran out in March. this weekend i make it right",
        "dad's old revolver is out of the safe. don't reply, just saying bye",
        "guess I'll go ask Him in person. train comes through at 6:15",
    ],
)
def test_the_third_rounds_plans_are_urgent(text):
    assert assess_rules(text).level == "urgent"


def test_a_streak_of_days_is_now_but_years_ago_is_past():
    assert assess_rules(
        "2 yrs ago tonight i took a bottle of pills. today 730 days safe"
    ).level == ("none")
    assert (
        assess_rules("40 days clean from cutting and the urge is SO loud tonight").level
        == "concern"
    )
    assert (
        assess_rules("if the Jets blow another 4th quarter lead I'm jumping off my roof lol").level
        == "none"
    )


def test_a_thought_feared_and_disowned_as_ocd_is_not_a_crisis_but_one_embraced_is():
    feared = (
        "my OCD keeps giving me intrusive thoughts about jumping in front of the train and it "
        "terrifies me, I would never do it"
    )
    assert assess_rules(feared).level == "none"
    assert assess_rules("el TOC me da pensamientos intrusivos de tirarme, me aterra").level == (
        "none"
    )
    embraced = (
        "the intrusive thoughts about jumping in front of the train aren't the OCD this time. "
        "I'm jumping in front of the train tonight"
    )
    assert assess_rules(embraced).level == "urgent"


def test_a_holiday_is_a_time_only_when_it_is_named_as_one():
    assert assess_rules("i want to die every christmas").level == "concern"
    assert assess_rules("im doing it on christmas eve").level == "urgent"


def test_a_dot_before_a_number_does_not_end_the_sentence():
    assert sentences(normalize("my dads .38 is on the passenger seat")) == [
        "my dads .38 is on the passenger seat"
    ]
    assert sentences(normalize("upped it to 2.5 mg. feels better")) == [
        "upped it to 2.5 mg",
        "feels better",
    ]


def test_a_reply_is_judged_on_its_own_words_not_the_lines_it_quotes():
    reply = "> i want to die\n\nplease stay with us tonight and call or text 988"
    assert assess(reply).level == "none"
    answer = "> how is everyone doing tonight\n\nnot good. the pills are in front of me"
    assert assess(answer).level == "urgent"
    assert assess("> i want to die").level == "concern"


def test_an_overdose_typed_with_an_apostrophe_is_not_odd():
    assert assess("i just od'd").level == "urgent"
    assert assess("that was odd").level == "none"


def test_the_gates_never_skip_a_rule_that_would_match():
    rows = [json.loads(line) for path in (EVAL_SET, HOLDOUT_SET) for line in path.open()]
    texts = [r["text"] for r in rows] + [ex for rule in engine.RULES for ex in rule.examples]
    for text in texts:
        for sentence in sentences(normalize(text)):
            allowed = set(engine._rules_for(sentence))
            starts: dict[str, list[int]] = {}
            for word in re.finditer(r"[a-zñ]+", sentence):
                starts.setdefault(word.group(0), []).append(word.start())
            for i, rule in enumerate(engine.RULES):
                everywhere = [m.span() for m in rule.pattern.finditer(sentence)]
                if i not in allowed:
                    assert everywhere == [], (rule.source, sentence)
                elif rule.first is not None:
                    # Tried only where one of its first words starts, it finds the same.
                    begin = rule.first.intersection(starts)
                    found = engine._matches_at(rule.pattern, sentence, begin, starts)
                    assert [m.span() for m in found] == everywhere, (rule.source, sentence)


def test_the_first_words_of_a_pattern_are_listed_only_when_they_are_certain():
    def first(source):
        return gates.first_words(f"(?<![a-zñ])(?:{source})(?![a-zñ])")

    assert first(r"(?:i am|im) (?:on|at) the bridge") == {"i", "im"}
    assert first(r"(?:the |my )?(?:pills?|meds)(?: \w+){0,3} here") == {
        "the", "my", "pill", "pills", "meds"
    }  # fmt: skip
    assert first(r"kill(?:ing)? myself|unalive") == {"kill", "killing", "unalive"}
    assert first(r"\w+ pills") is None
    assert first(r"\d+ pills") is None
    assert first(r"(?:took )?\w+ pills") is None
    assert first(r"pill\w*") is None
    # Without the word-end guard, "kill" could be the start of "killer".
    assert gates.first_words("kill") is None
    assert sum(rule.first is not None for rule in engine.RULES) > 0.9 * len(engine.RULES)


def test_the_assessment_is_a_frozen_value_with_a_language():
    result = assess("me quiero morir")
    assert isinstance(result, Assessment)
    assert result.language == "es"
    assert assess("i want to die").language == "en"
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.level = "none"  # type: ignore[misc]


@pytest.mark.parametrize("text", URGENT + CONCERN + ["secret-word-7731 want to die xyzzy"])
def test_signals_are_names_never_the_text(text):
    result = assess(text)
    assert result.signals, text
    for signal in result.signals:
        assert SIGNAL_NAME.fullmatch(signal)
        assert signal in KNOWN_SIGNALS
        assert "xyzzy" not in signal and "7731" not in signal


def test_every_rule_catches_its_own_examples():
    for rule in engine.RULES:
        for example in rule.examples:
            norm = normalize(example)
            hits = [
                m
                for sentence in sentences(norm)
                if any(g in sentence for g in rule.gate) or not rule.gate
                for m in rule.pattern.finditer(sentence)
                if engine._rejection(rule, sentence, m, engine._Message(norm)) is None
            ]
            assert hits, f"{rule.signal} ({rule.lang}) misses its example {example!r}"


def test_a_one_megabyte_message_answers_quickly():
    text = "the bus was late again and i had a long day at work. " * 20_000
    start = time.perf_counter()
    result = assess(text + " i want to die")
    assert time.perf_counter() - start < 1.0
    assert result.level == "concern"


def test_odd_input_never_raises():
    for text in [
        "\x00\x01\x02",
        "\ufffd" * 1000,
        "🙂" * 5000,
        "a" * 300_000,
        "..." * 1000,
        "\n" * 500,
    ]:
        assert assess(text).level in ("none", "concern", "urgent")


def test_the_detector_imports_without_django():
    code = (
        "import sys, peerhaven.safety.detector as d; d.assess('x'); print('django' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
        env={"PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "False"


def _rate(rows, label, ok):
    picked = [r for r in rows if r["label"] == label]
    return sum(assess(r["text"]).level in ok for r in picked) / len(picked)


def test_the_evaluation_set_is_well_formed():
    rows = [json.loads(line) for line in EVAL_SET.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 420
    assert sum(r["lang"] == "es" for r in rows) >= len(rows) / 3
    assert {r["split"] for r in rows} == {"dev", "heldout"}
    for r in rows:
        assert r["label"] in ("none", "concern", "urgent")
        assert r["lang"] in ("en", "es")
        assert r["text"] and r["note"]
    # Hard negatives: idioms, hyperbole, the past, someone else's crisis, grief, crisis-line
    # replies, media and research (ordinary-life look-alikes are "everyday" and not counted).
    hard = [r for r in rows if r["label"] == "none" and r["note"] not in ("everyday", "support")]
    assert len(hard) >= len(rows) / 3
    assert len({r["text"] for r in rows}) == len(rows)


def test_the_goals_hold_on_the_held_out_split():
    rows = [json.loads(line) for line in EVAL_SET.read_text(encoding="utf-8").splitlines()]
    held = [r for r in rows if r["split"] == "heldout"]
    assert _rate(held, "urgent", ("concern", "urgent")) >= 0.99
    assert _rate(held, "urgent", ("urgent",)) >= 0.90
    assert _rate(held, "concern", ("concern", "urgent")) >= 0.90
    assert _rate(held, "none", ("concern", "urgent")) <= 0.05


def test_the_held_out_file_is_well_formed_and_apart_from_the_project_set():
    rows = [json.loads(line) for line in HOLDOUT_SET.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 150
    assert {r["lang"] for r in rows} == {"en", "es"}
    assert {r["label"] for r in rows} == {"none", "concern", "urgent"}
    for r in rows:
        assert r["text"] and r["note"] and isinstance(r["batch"], int)
    assert len({r["text"] for r in rows}) == len(rows)
    project = {
        json.loads(line)["text"] for line in EVAL_SET.read_text(encoding="utf-8").splitlines()
    }
    assert not project & {r["text"] for r in rows}
    # Hard negatives of every kind the issue names are there.
    notes = {r["note"] for r in rows if r["label"] == "none"}
    assert {"idiom", "past", "third_person", "grief", "referral", "media"} <= notes


def test_ordinary_messages_are_well_formed_apart_from_the_other_sets_and_left_alone():
    """The word model learns from ordinary messages what most of what members write looks
    like; the detector leaves them alone, and holds none of them for care."""
    rows = [json.loads(line) for line in ORDINARY_SET.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 1500
    assert {r["lang"] for r in rows} == {"en", "es"} and {r["label"] for r in rows} == {"none"}
    texts = {r["text"] for r in rows}
    assert len(texts) == len(rows) and all(texts)
    for other in (EVAL_SET, HOLDOUT_SET):
        lines = other.read_text(encoding="utf-8").splitlines()
        assert not texts & {json.loads(line)["text"] for line in lines}
    levels = [assess(r["text"]).level for r in rows]
    assert levels.count("urgent") == 0
    assert levels.count("concern") <= len(rows) // 100


#: Held-out batches from this one on were scored once, then the rules were widened for part
#: of what they missed, not all of it (docs/performance.md).
UNTUNED_FROM_BATCH = 36


def test_the_goals_hold_on_the_held_out_batches_the_rules_were_tuned_on():
    rows = [json.loads(line) for line in HOLDOUT_SET.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["batch"] < UNTUNED_FROM_BATCH]
    assert len(rows) > 2800
    assert _rate(rows, "urgent", ("concern", "urgent")) >= 0.99
    assert _rate(rows, "urgent", ("urgent",)) >= 0.90
    assert _rate(rows, "concern", ("concern", "urgent")) >= 0.90
    assert _rate(rows, "none", ("concern", "urgent")) <= 0.05


def test_the_untuned_held_out_batches_keep_few_false_positives():
    """Batches 36+ are styles the rules were only partly widened for (long throwaway posts,
    teen chat, recovery rooms, caregivers, "asking for a friend", poems, code-switching,
    anger): the detector flags most of their urgent messages and keeps false alarms rare."""
    rows = [json.loads(line) for line in HOLDOUT_SET.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["batch"] >= UNTUNED_FROM_BATCH]
    assert len(rows) >= 500
    assert _rate(rows, "urgent", ("concern", "urgent")) >= 0.60
    assert _rate(rows, "none", ("concern", "urgent")) <= 0.05


def test_the_benchmark_scores_the_held_out_file_on_request(tmp_path, monkeypatch, capsys):
    sys.path.insert(0, str(EVAL_SET.parents[3]))
    from bench import crisis_eval

    monkeypatch.setattr(crisis_eval, "RESULTS", tmp_path / "crisis_eval.json")
    assert crisis_eval.main(["--holdout", "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "held-out file" in out and "batch 1" in out
    results = json.loads((tmp_path / "crisis_eval.json").read_text())
    assert results["holdout"]["groups"]["all"]["n"] >= 150
    assert results["groups"]["all"]["n"] >= 420


def test_the_semantic_layer_is_optional_and_never_overrides_the_rules():
    from peerhaven.safety.detector import semantic

    # Importing it never needs torch; without the model the layered answer is the rules'.
    assert semantic.assess_layered("i want to kill myself").level == "urgent"
    assert semantic.assess_layered("") == assess("")
    if not semantic.available():
        pytest.skip("semantic layer not installed (pip install peerhaven[ml])")
    for text in (
        "this commute is killing me",
        "my friend said she wants to die and i dont know how to help her",
        "we lost my brother to suicide last year and the anniversary is hard",
        "if you feel like this please call 988, they helped me a lot",
        "i used to cut myself in high school but i've been clean for 6 years",
    ):
        assert semantic.assess_layered(text).level == "none", text
    level, flagged = semantic.classify(
        "honestly whats the point of any of this, nothing will ever get better"
    )
    assert level == "concern" and semantic.FLAG_PROBABILITY <= flagged <= 1.0001
    assert semantic.classify("")[0] in ("none", "concern", "urgent")
    assert semantic.classify("x" * 1_000_000)[0] == "none"


def test_the_semantic_weights_were_trained_on_the_current_examples():
    """Changing the examples it learns from needs a retrained weights file (no torch needed
    to check): python -m peerhaven.safety.detector.semantic train"""
    from peerhaven.safety.detector import semantic

    weights = json.loads(semantic.MODEL_FILE.read_text(encoding="utf-8"))
    rows = semantic.training_rows()
    assert weights["training_digest"] == semantic.training_digest(rows)
    assert weights["examples"] == len(rows)
    assert sorted(weights["classes"]) == sorted(semantic.LEVELS)
    assert [len(row) for row in weights["coef"]] == [384, 384, 384]
    # ... and so does changing how it learns.
    settings = {
        "C": semantic.C,
        "rank": semantic.RANK,
        "adapted_layers": semantic.ADAPTED_LAYERS,
        "epochs": semantic.EPOCHS,
        "learning_rate": semantic.LEARNING_RATE,
        "weight_decay": semantic.WEIGHT_DECAY,
        "adapter_dropout": semantic.ADAPTER_DROPOUT,
        "batch": semantic.BATCH,
        "seed": semantic.SEED,
    }
    assert {k: weights[k] for k in settings} == settings
    # One pair of low-rank matrices for each linear map of the last layers.
    names = [a["module"] for a in weights["adapters"]]
    assert names == [
        f"encoder.layer.{layer}.{name}"
        for layer in range(6 - semantic.ADAPTED_LAYERS, 6)
        for name in semantic.ADAPTED_MAPS
    ]
    for adapter in weights["adapters"]:
        for key in ("a", "b"):
            size = len(base64.b64decode(adapter[key]))
            assert size % (4 * semantic.RANK) == 0 and size // (4 * semantic.RANK) in (384, 1536)
    # The held-out file's last batches stay unseen by the layer.
    held = [r["batch"] for r in rows if isinstance(r.get("batch"), int)]
    assert max(held) == semantic.UNSEEN_FROM_BATCH - 1
    # ... and it learns from the ordinary messages too.
    assert any(str(r.get("batch")).startswith("ordinary-") for r in rows)


def test_the_semantic_layer_on_holdout_batches_it_never_saw():
    """Batches from UNSEEN_FROM_BATCH on trained nothing in the semantic layer: alone it flags
    a good part of their crisis messages and few of their hard negatives, and after the
    default detector it only ever adds."""
    from peerhaven.safety.detector import semantic

    if not semantic.available():
        pytest.skip("semantic layer not installed (pip install peerhaven[ml])")
    path = semantic.EVAL / "holdout.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["batch"] >= semantic.UNSEEN_FROM_BATCH]
    assert len(rows) >= 500
    flagged = {"none": [], "concern": [], "urgent": []}
    for row in rows:
        level, _ = semantic.classify(row["text"])
        flagged[row["label"]].append(level != "none")
        default = assess(row["text"])
        layered = semantic.assess_layered(row["text"])
        if default.level != "none":
            assert layered == default
        elif layered.level != "none":
            assert layered.signals == ("semantic_match",) and layered.level == level

    def rate(label):
        return sum(flagged[label]) / len(flagged[label])

    assert rate("urgent") >= 0.75 and rate("concern") >= 0.75
    assert rate("none") <= 0.03


#: A message the rules and the word model leave alone and the semantic layer flags.
SEMANTIC_ONLY = "honestly fading out forever sounds nice"


@pytest.mark.django_db
def test_screening_uses_the_semantic_layer_when_installed_unless_turned_off(settings):
    from peerhaven.safety import screening
    from peerhaven.safety.detector import semantic

    text = SEMANTIC_ONLY
    assert assess(text).level == "none"
    if not semantic.available():
        pytest.skip("semantic layer not installed (pip install peerhaven[ml])")
    settings.PEERHAVEN_CRISIS_SEMANTIC = "auto"
    layered = screening.screen(text)
    assert (layered.level, layered.signals) == ("concern", ("semantic_match",))
    settings.PEERHAVEN_CRISIS_SEMANTIC = "off"
    assert screening.screen(text).level == "none"


def test_the_word_model_only_speaks_when_the_rules_found_nothing():
    from peerhaven.safety.detector import assess_rules, wordmodel

    rows = [json.loads(line) for line in HOLDOUT_SET.read_text(encoding="utf-8").splitlines()]
    spoke = 0
    for row in rows[::7]:
        rules, both = assess_rules(row["text"]), assess(row["text"])
        if rules.level != "none":
            assert both == rules
        elif both.signals == ("word_model",):
            spoke += 1
            assert both.level == wordmodel.classify(normalize(row["text"]))
        elif both.level != "none":
            assert both.signals == ("word_pieces",)
            assert wordmodel.classify(normalize(row["text"])) == "none"
    assert spoke > 0
    # A veiled wish the rules have no frame for, and the hard negatives around it.
    text = "i keep wondering how much lighter everything would be for my family without me"
    assert assess_rules(text).level == "none"
    assert assess(text) == Assessment("concern", ("word_model",), "en")
    for quiet in NONE + ["so tired of this rain", "tengo la navaja en la mano para pelar la fruta"]:
        assert assess(quiet).level == "none", quiet


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to hurt myself, i just feel overwhelmed",
        "no tengo ganas de hacerme daño, solo queria desahogarme",
        "i remember when i thought everyone would be better off without me. i was wrong",
    ],
)
def test_the_word_model_stays_silent_on_what_the_rules_read_as_negated_or_past(text):
    """The words lean towards concern, and the model alone would flag them; the rules read
    the negation or the past tense, and their answer stands."""
    from peerhaven.safety.detector import wordmodel

    reading = engine.assess(text)
    assert reading.level == "none" and reading.ruled_out & wordmodel.DEFERS_TO_RULES
    assert wordmodel.classify(normalize(text)) == "concern"
    assert assess(text).level == "none"


@pytest.mark.parametrize(
    "text",
    [
        "some nights i sit in the garage among his tools and think how much easier it would be"
        " just to go and be with him. i do not have a plan or anything of that sort. i am just"
        " so lonely",
        "no tengo un plan. solo pienso todos los dias a las 3 de la tarde que seria mas facil"
        " no estar.",
    ],
)
def test_a_sentence_set_aside_as_negated_leaves_the_rest_of_the_message_to_the_word_model(text):
    """ "I don't have a plan" is negated, and the rules set it aside; the thought around it
    is still concern."""
    reading = engine.assess(text)
    assert reading.level == "none" and "neg" in reading.ruled_out
    assert assess(text).level == "concern" and assess(text).signals == ("word_model",)


def test_a_story_told_in_the_past_keeps_the_word_model_silent_on_the_whole_message():
    """The sentence after "i remember wanting to die at 19" belongs to the same story."""
    from peerhaven.safety.detector import wordmodel

    text = "i remember wanting to die at 19. i wish i could tell that kid it gets better"
    reading = engine.assess(text)
    assert reading.level == "none" and "past" in reading.ruled_out
    rest = normalize(text).split(". ", 1)[1]
    assert wordmodel.classify(rest, wordmodel.REST_FLAG_PROBABILITY) == "concern"
    assert assess(text).level == "none"


def test_the_word_model_was_trained_on_the_current_examples_and_not_on_the_held_out_split():
    """Changing the examples needs new weights: python -m peerhaven.safety.detector.wordmodel
    train. The project set's held-out split stays unseen, so its figures stay honest."""
    from peerhaven.safety.detector import wordmodel

    model = json.loads(wordmodel.MODEL_FILE.read_text(encoding="utf-8"))
    rows = wordmodel.training_rows()
    assert model["training_digest"] == wordmodel.training_digest(rows)
    assert model["examples"] == len(rows)
    # ... and so does changing how it learns.
    assert [t["weight"] for t in model["trained_on"]] == [w for _, _, w in wordmodel.TRAINING]
    settings = ("epochs", "learning_rate", "l2", "dropout", "seed")
    assert [model[k] for k in settings] == [
        wordmodel.EPOCHS,
        wordmodel.LEARNING_RATE,
        wordmodel.L2,
        wordmodel.DROPOUT,
        wordmodel.SEED,
    ]
    held = {
        json.loads(line)["text"]
        for line in EVAL_SET.read_text(encoding="utf-8").splitlines()
        if json.loads(line)["split"] == "heldout"
    }
    assert held and not held & {r["text"] for r in rows}
    assert all(len(w) == 3 for w in model["weights"].values())


def test_the_word_model_learns_the_same_weights_every_time():
    from peerhaven.safety.detector import wordmodel

    rows = [
        {"text": "i want to end it all tonight", "label": "urgent"},
        {"text": "i wish i could disappear", "label": "concern"},
        {"text": "this traffic is killing me", "label": "none"},
    ]
    assert wordmodel.fit(rows) == wordmodel.fit(rows)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody is here yet.",
        "This post is already gone.",
        "Thanks @Cole and @otto and @nobody!",
        "Nobody has their hand up.",
        "This appeal has already been decided.",
        "Not every day, but most days.",
        "Hello, I would like to join.",
    ],
)
def test_the_word_model_leaves_short_ordinary_lines_alone(text):
    """Too few words for the model to weigh: ordinary short lines were its false alarms."""
    from peerhaven.safety.detector import wordmodel

    assert assess(text).level == "none"
    assert len(text.split()) < wordmodel.MIN_WORDS


def test_someone_elses_words_in_quotation_marks_are_theirs_not_the_writers():
    friend = 'My best friend just texted me this: "ive got the pills saved up." What do I do?'
    assert assess(friend).level == "none"
    story = 'A kid in my class posted on his story: "nobody would notice if I disappeared."'
    assert assess(story).level == "none"
    madre = 'Mi madre ha escrito en el grupo: "a veces pienso que sobro en esta familia".'
    assert assess(madre).level == "none"
    # The writer quoting their own words is still the writer speaking.
    assert assess('I texted my sister: "i want to die tonight"').level == "urgent"
    assert assess('Le dije a mi hermana: "me quiero morir"').level == "concern"
    assert assess('I wrote a note. It says "sorry mom, goodbye". Tonight.').level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "took 30 clozapine. they told me to.",
        "had a swig of the gramoxone about 10 min ago",
        "necked the whole strip of tramadol about 30 min ago",
        "i used every one of my insulin pens a short while ago",
        "took heaps of my mates oxys half an hour ago",
        "me tome todas las pepas de mi mama",
        "me tomé toda la caja de lamotrigina hace un rato",
    ],
)
def test_an_overdose_of_any_medicine_the_lexicons_name_is_urgent(text):
    assert assess(text).level == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "my new lamotrigine dose is working, first good week in ages",
        "started clozapine last month and the voices are much quieter",
        "picked up my propranolol from the pharmacy on the way home",
        "el psiquiatra me subio la pregabalina y duermo mejor",
        "tengo la navaja en la mano para pelar la fruta",
    ],
)
def test_naming_a_medicine_or_a_knife_is_not_a_crisis(text):
    assert assess(text).level == "none"


def test_the_word_model_reads_a_medicine_it_never_saw_as_any_named_medicine():
    from peerhaven.safety.detector import wordmodel

    seen = wordmodel.features(normalize("took the whole sertraline bottle"))
    unseen = wordmodel.features(normalize("took the whole vortioxetine bottle"))
    shared = {"b:whole <substance>", "b:<substance> bottle"}
    assert shared <= seen & unseen
    assert not any("<substance>" in f for f in wordmodel.features(normalize("took the cake")))


def _words_in_examples() -> set[str]:
    words: set[str] = set()
    for path in (EVAL_SET, HOLDOUT_SET, ORDINARY_SET):
        for line in path.read_text(encoding="utf-8").splitlines():
            words.update(re.findall(r"[a-z']+", json.loads(line)["text"].lower()))
    return words


def test_the_word_piece_layer_settles_what_the_word_model_leant_towards_but_never_saw():
    """The rules have no frame for this, and the word model never met "slumber": it leans
    towards concern without flagging. The word pieces carry what the encoder knows of it."""
    from peerhaven.safety.detector import wordmodel, wordpieces

    text = "some nights i'd welcome an eternal slumber, no more mornings to drag myself through"
    assert "slumber" not in _words_in_examples()
    reading = engine.assess(text)
    assert reading.level == "none" and wordmodel.classify_reading(reading) == "none"
    level, leant = wordmodel.weigh(reading.normalized)
    assert level == "none" and wordpieces.WORD_MODEL_LEAN <= leant < wordmodel.FLAG_PROBABILITY
    assert wordpieces.classify(text) == "concern"
    assert assess(text) == Assessment("concern", ("word_pieces",), "en")
    # Where the message is too short for the word model to weigh, the pieces stay silent,
    # however sure of themselves.
    quiet = "Hello, I would like to join."
    assert wordpieces.classify(quiet) == "concern"
    assert wordmodel.weigh(normalize(quiet)) == ("none", 0.0)
    assert assess(quiet).level == "none"


def test_the_word_piece_layer_flags_a_long_message_it_reads_as_urgent_as_concern():
    """A place, a time and nobody about, with no word of intent: the rules have nothing, the
    word model leans without flagging, and the pieces read it as urgent. The layer flags it,
    as concern: on what a message is about, it never holds it."""
    from peerhaven.safety.detector import wordmodel, wordpieces

    text = (
        "the trawler got repossessed on monday. the harbour wall is high and the water is "
        "black and freezing and nobody walks there after ten"
    )
    reading = engine.assess(text)
    level, leant = wordmodel.weigh(reading.normalized)
    assert reading.level == "none" and level == "none"
    assert wordpieces.URGENT_LEAN <= leant < wordmodel.FLAG_PROBABILITY
    p = wordpieces.probabilities(text)
    assert p["concern"] < wordpieces.FLAG_PROBABILITY and wordpieces.classify(text) == "none"
    assert p["urgent"] >= wordpieces.URGENT_PROBABILITY
    assert assess(text) == Assessment("concern", ("word_pieces",), "en")
    # A shorter line about a place, which the pieces read the same way, stays ordinary.
    short = "at the car park by the beach waiting for the rain to stop so I can walk"
    assert len(short.split()) < wordpieces.URGENT_MIN_WORDS
    assert wordpieces.probabilities(short)["urgent"] >= wordpieces.URGENT_PROBABILITY
    assert wordmodel.weigh(normalize(short))[1] >= wordpieces.URGENT_LEAN
    assert assess(short).level == "none"


def test_the_word_piece_layer_cuts_words_as_the_encoder_does():
    """Lowercase, accents stripped, punctuation apart, the longest known piece first."""
    from peerhaven.safety.detector import wordpieces

    assert wordpieces.pieces("Overdosing TONIGHT!") == ["over", "##dos", "##ing", "tonight", "!"]
    assert wordpieces.pieces("¿Quién sabrá?") == ["¿", "qui", "##en", "sa", "##bra", "?"]
    assert wordpieces.pieces("x" * 101) == ["[UNK]"]
    assert wordpieces.pieces("") == [] and wordpieces.pieces("\x00\u200b\ufffd") == []
    junk = bytes(range(256)).decode("latin-1") * 4000
    assert wordpieces.classify(junk) in ("none", "concern")  # it never says urgent
    assert wordpieces.classify("   ") == "none"


def test_the_word_pieces_match_the_encoders_own_tokenizer():
    """Checked against the encoder's tokenizer where the ``ml`` extra is installed."""
    from peerhaven.safety.detector import semantic, wordpieces

    if not semantic.available():
        pytest.skip("semantic layer not installed (pip install peerhaven[ml])")
    tokenizer = semantic._model()[0].tokenizer
    texts = [
        json.loads(line)["text"]
        for path in (EVAL_SET, HOLDOUT_SET, ORDINARY_SET)
        for line in path.read_text(encoding="utf-8").splitlines()[::5]
    ] + [
        "naïve café ﬁne İstanbul",
        "日本語です",
        "emoji 😀🔪 ok",
        "don’t “quote”",
        "ǅ Σσς x\u0301y",
    ]
    for text in texts:
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        assert wordpieces.pieces(text) == tokenizer.convert_ids_to_tokens(ids), text


def test_the_word_piece_layer_was_trained_on_the_current_examples():
    """Changing the word model's examples, or the adapted encoder, needs a new table (no
    torch needed to check): python -m peerhaven.safety.detector.wordpieces train"""
    from peerhaven.safety.detector import semantic, wordmodel, wordpieces

    model = json.loads(wordpieces.MODEL_FILE.read_text(encoding="utf-8"))
    rows = wordmodel.training_rows()
    assert model["training_digest"] == wordmodel.training_digest(rows)
    assert model["examples"] == len(rows)
    assert model["encoder_training_digest"] == semantic.training_digest()
    assert model["C"] == wordpieces.C
    assert len(model["scores"]) == 30522 and len(model["intercept"]) == 3
    assert all(len(s) == 3 for s in model["scores"].values())
