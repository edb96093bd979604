"""English lexicon: macros, rules and the context patterns that rule matches out.

Patterns run on normalised text (see :mod:`.normalize`): lowercase, no accents, no
apostrophes ("dont", "im", "ill" = I'll), "wanna" -> "want to", "gonna" -> "going to",
"rn" -> "right now", "i am" -> "im". Each rule's ``ex`` are sentences it must catch
(tests check them), which also documents what it is for.
"""

from __future__ import annotations

from .rules import R, Rule, words

MACROS: dict[str, str] = {
    # Words that may sit between a subject and its verb, or a verb and its object.
    "ADV": r"(?: (?:really|just|honestly|actually|literally|seriously|so|fucking|fking|fkn"
    r"|freaking|kind of|sort of|lowkey|genuinely|truly|still|always|sometimes|often|all|even"
    r"|simply|badly|desperately|totally|completely|definitely|probably|almost|srsly|secretly"
    r"|constantly|also|too|then|now|again|finally|already|very|deeply|quietly|low key|more"
    r"|sincerely|kind of just|like)){0,3}",
    "WANT": r"(?:want to|want too|need to|wish to|would (?:like|love) to|id (?:like|love) to"
    r"|(?:keep |kept |been |always |still )?wanting to|part of me (?:just )?wants to|half of me wants to"
    r"|wish i could|wish i can|long to|feel like i want to|feel like i need to"
    r"|want nothing more than to|would do anything to|want so badly to|wish i would"
    r"|want to just|would rather|id rather)",
    "DIE": r"(?:die|be dead|not be alive|not exist|not be here(?: anymore)?|stop existing"
    r"|stop living|cease to exist|cease existing|disappear(?! for a| to (?:a|an|the))(?: forever| for good| from this world"
    r"| from existence)?|vanish(?: forever)?|be gone(?: forever)?|never wake up|not wake up"
    r"|sleep forever|sleep and never wake up|sleep and not wake up"
    r"|(?:go to|fall) sleep and (?:never|not) wake up|fall asleep and (?:never|not) wake up"
    r"|be put out of my misery|leave this (?:world|earth|life)|not be around anymore"
    r"|stop breathing|give up on life|fade away(?: forever)?|be done with (?:life|it all|everything)"
    r"|not be alive anymore|not live anymore|not be on this earth|just not exist)",
    "KILL": r"(?:kill myself|end my (?:own )?life|end it all|end everything|end things"
    r"|end it(?= ?$| now| tonight| today| already| for good| forever| soon| right now| so bad| but| and| so| all)"
    r"|take my (?:own )?life|commit suicide|do suicide|off myself|hang myself|shoot myself"
    r"|drown myself|poison myself|gas myself|suffocate myself|overdose|od|slit my (?:wrists?|throat)"
    r"|jump (?:off|from) (?:a|the|my|this|that) \w+(?: \w+)?|jump in front of (?:a|the) \w+"
    r"|throw myself (?:off|from|in front of|under) (?:a|the) \w+"
    r"|step in front of (?:a|the) (?:train|bus|car|truck)|drive (?:my car )?(?:off|into) (?:a|the) \w+"
    r"|put a bullet in my (?:head|brain)|blow my brains out|end myself|die by suicide"
    r"|(?:take|swallow|down) (?:all|every)(?: of)? (?:my|the|these|those) (?:pills|meds|tablets|sleeping pills)"
    r"|check out)",
    "SLANG": r"(?:kms|ctb|unalive myself|unaliv\w*|go to sleep forever)",
    "INTENT": r"(?:going to|about to|planning (?:to|on)|plan (?:to|on)|intend to|ready to"
    r"|decided to|have decided to|ive decided to|made up my mind to|will|ill|shall"
    r"|getting ready to|preparing to|bout to|might|may|gotta|got to|have to|going to finally"
    r"|think ill|think im going to|im going to)",
    "MEANS": r"(?:pills|meds|tablets|sleeping pills|painkillers|tylenol|advil|paracetamol"
    r"|ibuprofen|xanax|insulin|rope|noose|gun|pistol|firearm|shotgun|rifle|bullets?|knife|knives"
    r"|blade|blades|razor|razors|razor blades?|belt|cord|bleach|poison|antifreeze|helium"
    r"|charcoal|oxy|opioids|fentanyl|heroin|benzos|antidepressants|medication|medications"
    r"|prescription|lithium|seroquel|sertraline|zoloft|prozac|klonopin|ambien|percocet|vicodin)",
    "TRIVIAL": r"(?:exam|exams|test|tests|quiz|homework|assignment|essay|class|lecture|meeting"
    r"|meetings|zoom|boss|coworker|traffic|commute|printer|wifi|monday|mondays|math|chemistry"
    r"|physics|calculus|finals|midterm|midterms|deadline|email|emails|song|episode|game|team"
    r"|match|cringe|embarrassing|awkward|heat|weather|hangover|diet|gym|customer|customers"
    r"|shift|queue|line at|group project|presentation|spreadsheet|excel|taxes|laundry|dmv"
    r"|cooking|hair|outfit|spoiler|season finale|referee|bus|train was late|alarm|pics|pictures"
    r"|photos|photo|facebook|instagram|selfie|video|posted|crush|texted me back|ex texted)",
}

RULES: list[Rule] = [
    # --- concern: passive ideation ----------------------------------------------------------
    R(
        "passive_ideation",
        "concern",
        r"{WANT}{ADV} {DIE}",
        ex=(
            "i just want to die",
            "honestly wanna disappear forever",
            "i wish i could sleep forever",
            "i really want to not exist",
            "i would rather be dead",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:dont|no longer|dont even|dont really|dont fucking|dont think i|dont know if i|dont know why i|not sure i|not sure if i|dont see why i should){ADV} (?:want to|wanna|should|can){ADV} "
        r"(?:live(?! in fear| with (?:regret|fear|anxiety|guilt)| for other| a lie| like (?:that|them|him|her)| through| in the past| in denial)|be alive|exist|be here anymore|keep (?:going|living|existing|breathing)|go on|wake up(?! early| at| for)"
        r"|continue living|be on this earth|be in this world|be around anymore|do this anymore|be me anymore|be alive anymore|stay alive|survive this)",
        skip="neg",
        ex=(
            "i dont want to live anymore",
            "i dont know if i want to be alive",
            "i dont want to wake up tomorrow",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"wish(?:ing)? (?:that )?i (?:was|were|could be|had been|would be)? ?(?:dead|never born|not born|not alive|not here|gone|dead already|never existed)"
        r"|wish(?:ing)? i (?:wasnt|werent) (?:alive|born|here|around)"
        r"|wish(?:ing)? i (?:didnt|did not|wouldnt|could not|couldnt|dont) (?:exist|wake up|have to wake up|have been born|survive|have survived)"
        r"|wish(?:ing)? i (?:could|would|can) (?:just )?(?:die|not wake up|disappear|stop existing|fall asleep forever|go to sleep forever|vanish|cease to exist)"
        r"|wish(?:ing)? i (?:had|would have|wouldve|had just) died|wish(?:ing)? (?:it|this|everything) (?:would|could) (?:all )?(?:just )?end"
        r"|wish i never woke up|wish(?:ing)? (?:for|for my) death|wish(?:ing)? i would die",
        skip="neg",
        ex=(
            "i wish i was dead",
            "wish i was never born",
            "i wish i didnt exist",
            "sometimes i wish i had died in that crash",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:hope|hoping|praying|pray) (?:that )?i (?:dont|never|wont) wake up"
        r"|(?:hope|hoping|pray|praying) (?:that )?i (?:die|get hit|crash|dont survive|just die|die in my sleep)"
        r"|(?:hope|hoping) (?:something|someone|a car|a truck|a bus) (?:kills|hits) me"
        r"|wouldnt (?:mind|care) (?:if i (?:died|was dead|didnt wake up|got hit|never woke up)|dying|not waking up|being dead)"
        r"|(?:dont|wouldnt) care if i (?:die|died|live|lived|wake up|woke up)",
        skip="neg",
        ex=("i hope i dont wake up tomorrow", "i wouldnt mind if i died", "hoping a car hits me"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"better off dead|rather be dead|id rather (?:die|be dead|not exist|not be alive)(?! than)"
        r"|(?:feel|feeling|feels) like dying|want death|death (?:sounds|seems|feels|looks) (?:so )?(?:good|nice|peaceful|better|like (?:a relief|relief|the only|peace|an escape))"
        r"|(?:think|thinking) about (?:death|dying|being dead|not existing|not being here) (?:a lot|all the time|constantly|every day|everyday|so much|daily|often|nonstop|every night)",
        ex=(
            "im better off dead",
            "i keep thinking about dying all the time",
            "death sounds peaceful",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:tired|sick|exhausted|so done) (?:of|with) (?:living|life|being alive|existing|existence|being here|waking up|this life|my life|breathing|everything)"
        r"|done with (?:life|living|this life|being alive|existing)",
        ex=("im so tired of living", "sick of being alive", "done with life"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:want|need|wish|wishing|wanting){ADV} (?:it all|everything|all of (?:it|this)|my life|this life|life) to (?:end|be over|stop)(?! so i can| and| for)",
        ex=("honestly just want it all to end", "i want everything to be over"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"why (?:am i|im|should i|do i|bother|even|the fuck am i|tf am i|tf im) (?:still |even )?(?:alive|living|here breathing|breathing|exist|existing|stay alive|keep living|be alive|wake up)"
        r"|(?:disappointed|dissapointed|dissappointed|disapointed|sad|upset|angry|mad|annoyed|pissed) (?:that |when )?(?:i (?:woke up|wake up|didnt die|survived)|im still (?:alive|here|breathing))",
        ex=(
            "why am i still alive",
            "why should i even stay alive",
            "idk why im still alive",
            "i wake up disappointed im still here",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:easier|better|simpler|fine|okay|ok|happier|a relief|peaceful|best)(?: for (?:everyone|everybody|them|all of us|my family|everyone else))?"
        r" if i (?:just |simply )?(?:wasnt (?:here|around|alive)|werent (?:here|around|alive)|was gone|were gone|was dead|were dead|died|disappeared"
        r"|never woke up|didnt wake up|didnt exist|wasnt born|stopped existing|left this world|wasnt in the picture)"
        r"|(?:if i died|if i (?:never|didnt) wake up|if i didnt exist)(?: \w+){0,3} (?:i )?(?:wouldnt|would not|dont|wont) (?:even )?(?:care|mind)"
        r"|(?:id|i would|i wouldnt|i wouldnt even) (?:be )?(?:fine|ok|okay|happy|relieved|glad|mind|upset|sad|bothered|disappointed|care) if i (?:just )?(?:died|never woke up|didnt wake up|was dead|got hit|stopped existing|disappeared)"
        r"|(?:shouldnt|dont deserve to|do not deserve to|shouldnt even) (?:be alive|be here|exist|live|be living)|everything in me (?:just )?wants to (?:stop|die|end)"
        r"|(?:daydream|daydreaming|fantasize|fantasizing|fantasise|fantasising|dream|dreaming|obsessing|romanticizing) about (?:not existing|dying|being dead|my death|my funeral|disappearing|not waking up|death|ending it)"
        r"|(?:dont|cant) (?:see|imagine) myself (?:making it|living|being alive|being here|surviving)(?: to| past| until| much| another| through the)"
        r"|dont think ill (?:make it|be alive|be here|survive) (?:to|past|until|much longer|another year|through the year|to see)"
        r"|(?:hate|hating) (?:being alive|living|existing|waking up every day|that i woke up)"
        r"|(?:i )?(?:should|deserve to|need to|ought to) (?:just )?(?:die|be dead|not exist|not be alive|not be here|disappear|vanish)(?! of| in (?:a|the) game| for a| from social)"
        r"|(?:id|i would|im|i am|i feel) (?:be )?(?:okay|ok|fine|at peace|alright|good) with (?:dying|death|not waking up|not existing|being dead)"
        r"|(?:dont|do not) want to be here(?= ?$| anymore| any longer| on this earth| in this world| alive)",
        ex=(
            "itd be easier if i just wasnt here",
            "if i died tomorrow i wouldnt even care",
            "id be fine if i never woke up",
            "i dont see myself making it to 30",
            "i deserve to die",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"wish(?:ing)? i (?:had )?never (?:been born|existed|woke up)"
        r"|(?:tired|exhausted|sick|worn out|so done) (?:of|from|with) (?:trying|fighting|struggling|having) to (?:stay alive|live|keep living|survive|keep going|exist|stay here)",
        ex=("i wish i had never been born", "im exhausted from trying to stay alive"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:hope|hoping|wish|wishing|pray|praying) (?:that )?my heart (?:just |would )?(?:stops?|gives out|gives up)"
        r"|(?:dont|stopped|stop|no longer) car(?:e|ing) (?:if|whether) i (?:live or die|die|wake up)"
        r"|(?:id|i would|i) (?:honestly |really )?welcome death|death would be (?:a )?(?:welcome|relief|mercy|gift)"
        r"|fade (?:out of existence|away forever|into nothing)|(?:imagining|picturing|planning|imagine|picture) my (?:own )?(?:funeral|death)"
        r"|all i (?:can|do) think about is (?:dying|death|not existing|killing myself|ending it)"
        r"|(?:want|wanna|need) to (?:morirme|morir|desaparecer)",
        ex=(
            "hoping my heart just stops",
            "ive stopped caring if i live or die",
            "id welcome death",
            "i keep imagining my own funeral",
            "i just want to morirme ya",
        ),
    ),
    # --- concern: hopelessness -------------------------------------------------------------
    R(
        "hopelessness",
        "concern",
        r"(?:life|living|it|my life) (?:isnt|is not|aint|not) worth (?:living|it anymore|it)(?! to| if| for)"
        r"|no (?:reason|point|purpose) (?:to|in|of) (?:live|living|go on|going on|keep going|being alive|be alive|staying alive|stay alive|exist|existing|be here|wake up|waking up|continue|life|anything|trying anymore)"
        r"|nothing (?:left )?to live for|no reason to keep going"
        r"|(?:whats|what is) (?:even )?the point (?:of|in) (?:even )?(?:me )?(?:living|being alive|existing|staying alive|life|going on|being alive|staying alive|existing|anything|waking up|it all|any of (?:this|it)|trying anymore|even trying)"
        r"|(?:whats|what is) (?:even )?the point(?: anymore| of anything| of it all| in anything)?(?= ?$| anymore)",
        ex=("life isnt worth living", "i have nothing to live for", "whats the point of living"),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:cant|can no longer|couldnt){ADV} (?:go on|keep going|do this|take (?:it|this|this pain|the pain)|handle (?:it|this|life)|live like this|keep living|keep doing this|fight (?:it|this)|cope|do it|deal with (?:it|this|life)){ADV} (?:anymore|any longer|much longer)"
        r"|(?:cant|can no longer){ADV} (?:go on|keep going|live like this)(?= ?$)"
        r"|cant go on living|cant keep living like this",
        skip="neg",
        ex=("i cant do this anymore", "i cant take it anymore", "i just cant go on"),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:i give up|giving up|given up) (?:on (?:life|everything|living|myself|getting better)|completely|for good)"
        r"|no (?:hope|way out|light at the end)(?: left| anymore| for me)?(?= ?$| left| anymore| for me|\b)"
        r"|(?:lost|losing|lost all|no more) (?:hope|will to live|the will to live)"
        r"|(?:feel|feeling|im|am|so|completely|totally|utterly|just) hopeless(?! about (?:my|the|this|our) (?:job|exam|team|car|cooking|math|grades|garden|hair|search))"
        r"|nothing (?:will|is going to|going to|ever) (?:ever )?(?:get better|change|improve|help)"
        r"|(?:it|things|life|this|i) (?:will never|wont ever|is never going to|isnt ever going to|never) (?:get|gets|going to get) better"
        r"|(?:dont|cant) see (?:a|any) (?:future|way out|point in anything|reason to keep going)"
        r"|no future for me|trapped with no way out|everything is pointless|life is (?:pointless|meaningless|hopeless)",
        ex=(
            "i feel so hopeless",
            "there is no way out",
            "nothing will ever get better",
            "i give up on life",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:theres|there is|there s) no point(?: anymore| in anything| to anything| to any of (?:this|it)| in trying anymore| in going on)?(?= ?$| anymore)"
        r"|(?:cant|can no longer|couldnt){ADV} (?:keep doing this|keep going|go on|do this|live like this|take (?:it|this)|keep living)(?= ?$| like this| any ?more| much longer| any longer)"
        r"|nothing (?:is|will|is ever|ever) (?:ever )?going to (?:change|get better|improve)"
        r"|(?:dont|no longer|dont even) have (?:the |any )?(?:strength|energy|will|fight|reason|reasons) (?:left )?(?:to|for) (?:keep going|go on|keep living|live|fight|stay alive|continue|keep fighting|survive)"
        r"|(?:nothing|no fight) left in me|(?:life|everything|it all|existence) (?:is|feels|seems) (?:so )?(?:pointless|meaningless|hopeless|empty and pointless)",
        skip="neg",
        ex=(
            "theres no point anymore",
            "i cant keep doing this",
            "nothing is ever going to change",
            "i dont have the strength to keep going anymore",
            "life feels pointless",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"no (?:reason|point|purpose) (?:to|in|of) keep(?:ing)? (?:living|going|existing|trying|fighting)"
        r"|(?:see no|theres no|there is no|no) way forward|(?:dont|cant) see (?:the|any) point (?:in|of) (?:living|life|going on|anything|trying|being alive|waking up|existing)"
        r"|(?:have no|no|lost (?:the|my|all)?) ?will to (?:live|go on|keep going)|(?:im|so) done with everything"
        r"|(?:just )?want (?:it|everything|this|the pain|it all) to (?:stop|end)(?= ?$| forever| permanently| for good)"
        r"|(?:pain|suffering|hurt) to (?:end|stop) (?:permanently|forever|for good)"
        r"|want out(?= ?$| of (?:this life|life|this world|existence|everything))|existing is (?:exhausting|too much|pointless|painful|torture|hell|unbearable)",
        skip="neg",
        ex=(
            "no reason to keep living",
            "i see no way forward",
            "i have no will to live",
            "i dont see the point in living anymore",
            "i want the pain to end permanently",
            "existing is exhausting, i want out",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:dont think i can|cant|can no longer|unable to) {ADV} ?(?:keep fighting|fight (?:this|it|anymore)|keep going)(?! to)"
        r"|(?:run|ran|running) out of (?:reasons|reason|will|strength|hope) to (?:keep going|live|go on|stay|keep living|fight)"
        r"|so close to giving up(?: on (?:everything|life|living))?",
        skip="neg",
        ex=("i dont think i can keep fighting this", "ive run out of reasons to keep going"),
    ),
    # --- concern: burden ---------------------------------------------------------------------
    R(
        "burden",
        "concern",
        r"(?:im|i feel like|i feel|feel like|feeling like|i became|i have become|ive become|being|i am just|im just|just|always){ADV} (?:a|such a|nothing but a|just a|the|an|only a) ?(?:huge |big |massive |total |fucking |constant |giant |)"
        r"(?:burden|waste of (?:space|air|oxygen|life)|drain on (?:everyone|everybody|my family|them))",
        ex=("im such a burden", "i feel like a burden to everyone", "im a waste of space"),
    ),
    R(
        "burden",
        "concern",
        r"(?:everyone|everybody|they|people|my (?:family|kids|children|parents|mom|mum|dad|wife|husband|partner|friends|boyfriend|girlfriend|bf|gf)|the world|you all|you guys|yall|everyone else|the people around me|the people i love|my loved ones|everyone i know)"
        r"(?: would| will| d|d)? (?:all )?(?:be )?(?:so much |much |a lot |way |all )?(?:better|happier|fine|okay|ok)(?: off)? without me"
        r"|(?:better off|happier) without me|world (?:would be|is|will be) (?:a )?better (?:place )?without me",
        ex=("everyone would be better off without me", "my family would be happier without me"),
    ),
    R(
        "burden",
        "concern",
        r"(?:nobody|none of you|not a single person) (?:would|will|is going to|would even|will even|even) (?:miss|notice|care|mourn) (?:me|if i (?:was|were|died|disappeared|left|was gone|were gone|killed myself|wasnt here))"
        r"|(?:nobody|no body) (?:would|will) (?:even )?(?:miss|notice|care)(?= ?$)",
        skip="neg",
        ex=("nobody would miss me", "nobody would notice if i was gone"),
    ),
    R(
        "burden",
        "concern",
        r"(?:drag|dragging|bring|bringing|pull|pulling) (?:everyone|everybody|them|people|my family|my friends|you all) down"
        r"|all i (?:do|ever do) is (?:cause|bring|make) (?:problems|trouble|pain|things worse|everyone sad)"
        r"|(?:they|everyone|everybody|people|my (?:family|kids|parents|wife|husband|partner|friends))(?: would|d)? be (?:so much |much )?(?:happier|better off|better|fine) if i (?:was|were) (?:gone|dead|not here|not around)",
        ex=(
            "i just drag everyone down",
            "all i do is cause problems",
            "theyd be happier if i was gone",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:would|d|will|might) (?:all )?be (?:\w+ ){0,2}(?:happier|better off|better|fine|relieved|glad|okay|ok|free) (?:if|when|once) i (?:was|were|am|m|died|disappeared|left|killed myself|wasnt|werent|stopped|m gone|im gone|am gone)",
        skip="subject",
        ex=("everyone would be relieved if i disappeared",),
    ),
    R(
        "burden",
        "concern",
        r"(?:an |a )?(?:easier|better|happier|lighter|simpler|calmer) (?:life|time|lives) without me|(?:such a |a |just a )drain on (?:my|everyone|everybody|them|people)"
        r"|(?:they|she|he|everyone|my \w+) deserves? (?:someone )?better than me",
        skip="subject",
        ex=(
            "my parents would have an easier life without me",
            "i feel like such a drain on my partner",
        ),
    ),
    # --- concern: suicidal thoughts (ideation without stated intent) -------------------------
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:im|i|feel|feeling|been|getting|get|became|become|so|very|really|pretty|kind of|extremely|severely|actively|passively|super|lowkey|always|still|constantly|currently|been feeling|feeling really|fucking|so fucking|chronically|is|am|this) suicidal"
        r"|^suicidal|suicidal (?:again|thoughts|ideation|feelings|urges|tonight|today|right now|lately|af|as hell|every day|all the time)",
        skip="idiom",
        ex=("im suicidal", "feeling suicidal again", "suicidal again. idk"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:having|have|had|get|getting|got|dealing with|struggling with|fighting|battling|experiencing|been having|still have|keep having|my) (?:\w+ )?(?:suicidal (?:thoughts|ideation|feelings|urges)|thoughts (?:of|about) (?:suicide|killing myself|ending (?:it|my life|it all)|dying|death))",
        skip="subject",
        ex=("ive been having suicidal thoughts", "im struggling with thoughts of suicide"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:thinking|think|thought|been thinking|keep thinking|cant stop thinking|considering|contemplating|seriously considering) (?:about |of )?(?:suicide|killing myself|ending (?:it all|my life|it|things|everything)|taking my (?:own )?life|kms|unaliving myself|jumping off|overdosing|hanging myself|my death|my suicide|how to die)",
        ex=(
            "i keep thinking about killing myself",
            "been thinking about ending it",
            "considering suicide",
        ),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:the )?only (?:way out|option|answer|solution|escape) (?:is|seems|feels like|left is|i see is) (?:suicide|death|dying|to die|killing myself|ending it)"
        r"|(?:suicide|death|dying) (?:seems|looks|feels|sounds|is looking) (?:like )?(?:the only|my only|better|easier|good|nice|tempting|appealing|like an option|like a good option)",
        ex=("the only way out is suicide", "suicide seems like the only option"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:i )?(?:tried|attempted|attempt) (?:to )?(?:kill myself|end (?:my life|it all|it)|suicide|overdose|hang myself|take my life|od)",
        ex=("i tried to kill myself", "i attempted suicide"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:thinking|think|thought|been thinking|keep thinking) (?:a lot|so much|constantly|seriously|more and more|again|more|every day|all the time) (?:about|of) (?:suicide|killing myself|ending (?:it all|my life|it|things|everything)|taking my (?:own )?life|dying|death)"
        r"|(?:suicide|killing myself|ending it|death|dying) (?:is|keeps|has been|been|is always|keeps popping|keeps creeping) (?:on|crossing|creeping into|in|into|popping into) my (?:mind|head)"
        r"|(?:thoughts|voices|voice|brain|head|mind)(?: \w+){0,3} (?:telling|tell|tells|keep telling|keeps telling|told) me to (?:kill myself|end it|die|hurt myself|jump|do it|end my life)",
        skip="subject",
        ex=(
            "ive been thinking a lot about ending my life",
            "suicide is always on my mind",
            "my thoughts keep telling me to end it",
        ),
    ),
    R(
        "not_safe",
        "concern",
        r"(?:dont|do not) (?:think|feel) (?:like )?(?:im|i am|i can be|i will be|ill be) safe|(?:im|i am|i feel) (?:not|un) ?safe(?: (?:right now|tonight|from myself|with myself|alone|at home|being alone))?(?= ?$| right| tonight| from myself| with myself| alone| being alone)"
        r"|(?:cant|can not|dont|do not) trust myself (?:right now|tonight|alone|not to)",
        skip="neg",
        ex=("i dont think im safe", "im not safe from myself", "i dont trust myself tonight"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:urges?|impulses?|pull) to (?:just )?(?:end it|end it all|kill myself|die|end my life|jump|unalive)",
        skip="subject",
        ex=("i get these urges to just end it",),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:dark |intrusive |bad |scary )?thoughts? (?:of|about) (?:suicide|killing myself|ending (?:it|things|my life|it all)|not being here|taking my life)"
        r"|(?:the )?(?:thought|idea) of (?:killing myself|suicide|dying|death|ending it) (?:is|feels|seems) (?:comforting|appealing|calming|tempting|peaceful|soothing)",
        ex=(
            "having really dark thoughts about ending things",
            "the thought of killing myself is comforting",
        ),
    ),
    # --- concern: slang ----------------------------------------------------------------------
    R(
        "slang_kms",
        "concern",
        r"{SLANG}(?! (?:him|her|them)sel(?:f|ves)| yourself)",
        ex=("kms", "i want to unalive", "ready to ctb"),
    ),
    # --- concern: self-harm urges --------------------------------------------------------------
    R(
        "self_harm_urge",
        "concern",
        r"{WANT}{ADV} (?:cut|hurt|harm|burn|punish|scratch|hit|bruise|starve|bleed)(?: myself| me)"
        r"|{WANT}{ADV} (?:cut|sh|self harm|bleed)(?= ?$| again| so\b| really| right now| tonight| today| badly| bad\b| deep| deeper| my (?:wrists?|arms?|thighs?|legs?|skin|body|stomach|hips?))",
        ex=("i want to hurt myself", "i really want to cut again", "wanna sh so bad"),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"(?:urges?|urging|craving|cravings|itch|itching|need|temptation|tempted) (?:to|for) (?:cut|self harm|sh|hurt myself|harm myself|bleed|burn myself|relapse (?:on|with|into) (?:sh|self harm|cutting)|feel the blade)",
        skip="subject",
        ex=("the urge to cut is so strong", "having urges to self harm"),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"(?:sh|self harm|cutting|cut|cutter) (?:urges?|cravings?)(?: (?:are|is|have been|been|r))? ?(?:so |really |super )?(?:bad|strong|back|intense|unbearable|crazy|awful|horrible|killing me|too much|getting worse|through the roof)?"
        r"|(?:thinking|thought|think) (?:about|of) (?:cutting|self harming|self harm|hurting myself|harming myself|relapsing|sh)(?! (?:my|the|her|his|your|our|out|down|back|ties|carbs|sugar|costs|hours|class))"
        r"|(?:trying|try|fighting|struggling|doing my best) (?:so hard |really hard |hard )?(?:not to|to not) (?:cut|self harm|sh|hurt myself|relapse on sh)(?! my hair)"
        r"|(?:cut|cutting|sh|self harm|harm|blade|blades)(?: \w+){0,8} (?:urges?|cravings?) (?:are|is|r|have been|been|keep|getting) (?:so |really |super |very )?(?:bad|strong|back|intense|unbearable|crazy|awful|horrible|loud|coming back|worse|stronger)",
        ex=(
            "sh urges are bad tonight",
            "thinking about cutting again",
            "trying so hard not to cut",
        ),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"relapsed (?:on|with|into) (?:sh|self harm|cutting)|(?:sh|self harm) relapse"
        r"|(?:cut|self harmed|hurt myself|burned myself|shd|harmed myself)(?: myself)? (?:again|last night|yesterday|this morning|earlier today|earlier)(?! my hair)",
        skip="tense",
        ex=("i relapsed on sh", "i cut myself again last night"),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"(?:relapse|relapsing) (?:on|with|into|to) (?:sh|self harm|cutting)|(?:deserve|need) (?:the |to feel )?(?:pain|to hurt|to bleed|to suffer|to be punished)"
        r"|(?:been|keep|started|im) (?:scratching|hitting|burning|cutting|picking at|biting) (?:my (?:arms?|wrists?|legs?|thighs?|skin|stomach)|myself)(?: again| until)",
        skip="neg",
        ex=(
            "struggling not to relapse with sh",
            "i feel like i deserve pain",
            "ive been scratching my arms again",
        ),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:been|started|am|im|keep|back to) (?:self harm|sh|cutting|hurting myself|harming myself|burning myself)(?: again| lately| a lot| every day| daily| more)"
        r"|relapsed and (?:cut|self harmed|hurt myself|burned myself)",
        skip="tense",
        ex=("ive been self harming again", "i relapsed and cut last night"),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"all i (?:can|do) think (?:about|of) is (?:cutting|hurting myself|self harm|sh|bleeding)",
        ex=("all i can think about is cutting",),
    ),
    # --- urgent: self-harm now / intent ----------------------------------------------------------
    R(
        "self_harm_now",
        "urgent",
        r"(?:just|currently|right now|am|im) (?:cut|cutting|burned|burning|hurting|harming|carving)(?: myself| my (?:wrists?|arms?|thighs?|legs?)| deep)(?! my hair)"
        r"|(?:cutting|burning|hurting) myself (?:right now|now|as we speak|as i type)"
        r"|cut (?:too|really|so|way too) deep|(?:wont|doesnt|cant|isnt going to|not going to|wont fucking) stop bleeding"
        r"|bleeding (?:wont|doesnt|isnt) stop(?:ping)?|theres so much blood|so much blood everywhere",
        skip="tense",
        ex=("i just cut myself", "i cut too deep", "its not going to stop bleeding"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:just |already )?(?:took|swallowed|downed|taken|taking|swallowing|have taken|ive taken) (?:all (?:of )?(?:my|the|these|those)|a (?:whole )?bottle of|the whole (?:bottle|box|pack|packet)|a handful of|\d{2,}|twenty|thirty|forty|fifty|a hundred|way too many|too many|all my) (?:of )?(?:my )?{MEANS}(?! for the| out| into| with (?:food|water|breakfast|dinner|lunch))"
        r"|(?:just|already) (?:overdosed|oded|took an overdose)|(?:im|am) overdosing",
        ex=("i just took all my pills", "i swallowed a bottle of sleeping pills", "just overdosed"),
    ),
    R(
        "self_harm_intent",
        "urgent",
        r"(?:{INTENT}|im going to|im about to){ADV} (?:cut|hurt|burn|harm) (?:myself|again)(?: tonight| now| right now)?",
        ex=("im going to cut myself tonight", "im about to hurt myself"),
    ),
    # --- urgent: active ideation, intent, plan ------------------------------------------------------
    R(
        "active_ideation",
        "urgent",
        r"{WANT}{ADV} {KILL}|(?:feel|feeling) like (?:killing myself|ending (?:it all|my life|it)|taking my life)",
        ex=("i want to kill myself", "i just wanna end my life", "feel like killing myself"),
    ),
    R(
        "intent",
        "urgent",
        r"{INTENT}{ADV} (?:{KILL}|kms|ctb|unalive(?: myself)?|die(?= tonight| today| tomorrow| this weekend| soon| by suicide| by my own hand))"
        r"|ready to{ADV} die|tonight (?:is|will be) the night i (?:die|end|do it|kill)",
        ex=(
            "im going to kill myself",
            "ill end it tonight",
            "im ready to die",
            "going to kms tonight",
        ),
    ),
    R(
        "recent_attempt",
        "urgent",
        r"(?:tried|attempted) (?:to )?(?:kill myself|end (?:my life|it all|it)|suicide|overdose|hang myself|take my life|od)(?: \w+){0,3} (?:last night|yesterday|this morning|earlier today|earlier tonight|today|tonight|hours ago|an hour ago|this weekend)",
        skip="tense past",
        ex=("i tried to kill myself last night",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:have|got|made|making|came up with|worked out|figured out|come up with|ive got) (?:a|the|my) (?:plan|method|way to do it|suicide plan)(?! for| to (?!die|end|kill))"
        r"|my plan is to (?:die|kill|end|jump|overdose|hang|take)"
        r"|(?:planned|planning|plan) (?:it all out|my death|my suicide|out my death|how (?:im going to|ill|i will|to) (?:do it|die|end it|kill myself))"
        r"|(?:know|figured out|decided) (?:exactly )?(?:how|when|where) (?:im going to|ill|i will|to) (?:do it|die|end it|kill myself)",
        ex=("i have a plan", "i know exactly how im going to do it", "my plan is to jump"),
    ),
    R(
        "plan",
        "urgent",
        r"(?:wrote|written|writing|finished|left|drafted|drafting|prepared) (?:my |a |the |all my |all the )?(?:suicide|goodbye|farewell|last) (?:note|notes|letter|letters)(?! to (?:my )?(?:old|younger|past|future|inner) self| to (?:my )?(?:anxiety|depression|ed|eating disorder|addiction|ocd|self harm)| in therapy| for (?:therapy|class))"
        r"|(?:wrote|written|finished|drafted|prepared|left) my (?:note|notes|letters)(?= ?$| to (?:my family|everyone|my kids|my parents)| for (?:my family|everyone|my kids))"
        r"|suicide (?:note|letter)(?! to my (?:old|younger|past|future|inner) self)",
        skip="media",
        ex=("i wrote my note", "finished my goodbye letters to my family", "wrote a suicide note"),
    ),
    R(
        "plan",
        "urgent",
        r"(?:how many|how much) (?:{MEANS}|mg|of (?:my|these|this|them)) (?:\w+ )?(?:would it take|does it take|to die|to overdose|to od|is lethal|is fatal|until|to kill|would kill|do i need|would i need|to not wake up|before i die)"
        r"|lethal dose|(?:painless|easiest|quickest|fastest|surest|best|least painful) (?:way|ways|method|methods) to (?:die|kill myself|end it|end my life|commit suicide|go)(?! in)"
        r"|(?:researching|researched|looked up|looking up|googled|googling|searched|searching|reading about) (?:how to (?:die|kill myself|end (?:it|my life)|overdose|hang myself|od)|(?:ways|methods|the best way|painless ways|the easiest way|the quickest way) to (?:die|kill myself|end (?:it|my life))|lethal doses?|suicide methods|how many \w+ (?:it takes|to die|would kill))",
        skip="media",
        ex=("how many tylenol would it take", "ive been researching painless ways to die"),
    ),
    R(
        "plan",
        "urgent",
        r"(?:stockpil\w*|hoard\w*|sav(?:e|ed|ing) up|collect(?:ed|ing)|stash(?:ed|ing)|been saving|saving) (?:all )?(?:my |some |the |enough |of my )?(?:pills|meds|medication|tablets|sleeping pills|painkillers|antidepressants)",
        ex=("ive been stockpiling my pills", "saving up my meds"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:im|i am|tonight im|today im){ADV} (?:ending (?:it|it all|my life|things|everything)|killing myself|taking my (?:own )?life|checking out|doing it)(?= ?$| tonight| today| now| this weekend| soon| for real| for good| after| on \w+day| this \w+| next \w+| tomorrow| in (?:a|\w+) (?:days?|weeks?|hours?))"
        r"|(?:i|maybe i|i really|i think i|honestly i) (?:should|need to|have to|gotta|ought to)(?: just)? (?:kill myself|end (?:it all|my life)|end it|take my (?:own )?life|off myself)",
        skip="idiom",
        ex=("tonight im finally ending it", "maybe i should just kill myself"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:im|am|currently) (?:cutting|burning myself|hurting myself|bleeding)(?= right now| now| as we speak| as i type| again right now| and i cant stop| and it wont stop)"
        r"|(?:just |already )?(?:took|swallowed|downed|taken) (?:a bunch of|a lot of|lots of|loads of|so many|a ton of|way too much) (?:my )?{MEANS}",
        ex=("im cutting right now and i cant stop", "i took a bunch of pills"),
    ),
    R(
        "plan",
        "urgent",
        r"(?:planned|planning|plan|figured|worked) (?:it|it all|everything) out|(?:know|decided|chose|picked) (?:exactly )?(?:where|when|how) and (?:where|when|how)"
        r"|how (?:many|much)(?: \w+){1,4} (?:to die|to overdose|to od|is lethal|is fatal|would kill|to kill (?:me|myself|a person)|to not wake up|before (?:i|you) die)"
        r"|how (?:many|much)(?: \w+){0,3} {MEANS}(?: \w+){0,2} (?:would it take|does it take|it would take|it takes|would i need|do i need)",
        skip="media",
        ex=(
            "ive planned it out",
            "i know where and when",
            "how many of my antidepressants it would take",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:tonight|today|tomorrow|this weekend|soon|friday|saturday|sunday) (?:is|will be) (?:when|the (?:night|day)) i (?:\w+ )?(?:{KILL}|die|do it|go)"
        r"|(?:when|the night|the day) i (?:finally )?(?:kill myself|end my life|end it all|take my (?:own )?life) (?:is|will be) (?:tonight|today|tomorrow|this weekend|soon)",
        ex=("decided tonight is when i end my life",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:going to|gonna|will|ill|about to) (?:use|turn) (?:it|them|the gun|the knife|the pills|the rope) (?:on|against) myself"
        r"|(?:i )?(?:overdosed|oded) (?:on|with)|bleeding (?:a lot|so much|badly|heavily|everywhere|really bad) (?:from|after) (?:cutting|my (?:wrists?|arms?|cuts?))"
        r"|{MEANS} (?:is |are )?(?:all )?(?:ready|set up|prepared|tied)(?! for the| for my| for work| for school| for tomorrow)",
        ex=(
            "i have a gun and im going to use it on myself",
            "i overdosed on my meds",
            "i have the rope ready",
        ),
    ),
    R(
        "means",
        "urgent",
        r"(?:knife|blade|razor|gun|pistol|scissors) (?:is )?(?:to|against|on|at) my (?:wrists?|throat|head|arms?|skin|temple|neck|chest)"
        r"|(?:in|inside) (?:my|the) car with the engine (?:running|on) in (?:the|a|my) garage|engine running in (?:the|a|my) (?:closed )?garage",
        skip="neg",
        ex=(
            "i have a knife to my wrist right now",
            "sitting in my car with the engine running in the garage",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:tonight|today|tomorrow|this weekend|now|finally) i (?:end it|end my life|kill myself|do it|take my life)(?= ?$| for good|,)"
        r"|i (?:end it|end my life|kill myself) (?:tonight|today|tomorrow|this weekend)",
        ex=("tonight i end it",),
    ),
    R(
        "plan",
        "urgent",
        r"know how (?:many|much) (?:{MEANS}|of (?:them|these|my \w+)) i (?:need|would need|have to take|must take)"
        r"|(?:looked|look) (?:it )?up how (?:many|much) (?:{MEANS}|it takes)",
        skip="media",
        ex=("i know how many pills i need, i looked it up",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:just |already )?(?:took|swallowed|downed|taken) (?:a )?whole (?:bunch|lot|handful|bottle|pack|box) (?:of )?(?:my )?{MEANS}",
        ex=("just took a whole bunch of pills",),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:ill|i will|im going to|im gonna|i am going to) be (?:dead|gone) (?:by|before|tomorrow|tonight|soon|in the morning)",
        ex=("ill be dead by tomorrow",),
    ),
    # --- concern: farewell, giving away ------------------------------------------------------------
    R(
        "farewell",
        "concern",
        r"(?:this is|its|it is|heres|here is) (?:my |a )?(?:goodbye|goodbye post|final goodbye|last goodbye|farewell)"
        r"|(?:goodbye|bye|farewell) (?:cruel world|world|forever|for good|for real this time)"
        r"|(?:this is|this will be|this may be|this might be|its) (?:my )?(?:last|final) (?:post|message|entry|words|time (?:posting|writing|talking|youll hear from me))"
        r"|(?:wont|will not|will never|never going to) (?:be )?(?:a problem|a burden|bothering (?:you|anyone|anybody)) (?:anymore|again|much longer|for long)"
        r"|(?:wont|will not) (?:be )?(?:here|around|alive) (?:anymore|much longer|for long|to see)"
        r"|(?:you|everyone|nobody|you all|yall) (?:wont|will not|will never|is never going to|are never going to|never|wont ever) (?:have to )?(?:hear from|see|deal with|worry about) me (?:again|anymore|ever again)"
        r"|(?:please )?(?:take care of|look after|feed) (?:my|our) (?:cat|dog|cats|dogs|kids|children|pets?|mom|family|plants|bunny|bird|fish|sister|brother) for me"
        r"|(?:tell|let) (?:my (?:mom|dad|mum|parents|family|sister|brother|kids)|everyone) (?:know )?(?:that )?i (?:love|loved) (?:them|her|him|you)"
        r"|see you (?:all )?(?:on the other side|in (?:another|the next) life)|last (?:night|day) (?:on earth|alive|of my life)"
        r"|leaving this (?:world|earth|life)|this is the end for me",
        ex=(
            "this is my last post",
            "goodbye forever",
            "you wont have to worry about me anymore",
            "please take care of my cat for me",
        ),
    ),
    R(
        "farewell",
        "urgent",
        r"by the time (?:you|anyone|someone|somebody|they|people) (?:read|see|find|reads|sees|finds|get|gets) (?:this|my)"
        r"|(?:wont|will not) (?:be )?(?:here|around|alive) (?:tomorrow|after tonight|by (?:tomorrow|morning|then|the weekend)|next week|in the morning)"
        r"|(?:tonight|today) (?:is|will be) my last (?:night|day)|this time tomorrow ill be (?:gone|dead)",
        ex=("by the time you read this ill be gone", "i wont be here tomorrow"),
    ),
    R(
        "farewell",
        "hint",
        r"(?:goodbye|bye|farewell) (?:everyone|everybody|all|guys|yall|friends|all of you)"
        r"|thank (?:you|u)(?: all| everyone| guys)? for everything|thanks for everything"
        r"|i love you all|love you all|im sorry for everything|(?:please )?forgive me|take care of yourselves"
        r"|(?:^|, )bye(?= ?$)|i (?:want|wanted) (?:everyone|you all|you guys) to know|i (?:really )?appreciated (?:this group|all of you|you all|everyone)"
        r"|i just wanted to say (?:thank you|thanks|goodbye|bye|i love you)|goodbye|farewell"
        r"|(?:tonight|today) is the (?:night|day)|tonights the night|todays the day|this is it|its over for me"
        r"|im done(?= ?$)|thank (?:you|u) (?:all |guys |everyone )?for (?:being|everything|all|trying)"
        r"|im sorry i (?:couldnt|wasnt|failed|cant|let you)|(?:i )?want to thank (?:everyone|you all|you guys)",
        ex=("thank you all for everything", "goodbye everyone"),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:giving|gave|give|given|gotten rid of|getting rid of) (?:away )?(?:all |most |some )?(?:of )?my (?:stuff|things|belongings|possessions|clothes|books|games|cat|cats|dog|dogs|pets?|plants|everything|prized|favorite|collection|art|guitar|stuff away|things away)(?: away)?"
        r"|(?:want|would like|need|wanted) (?:someone|somebody|you|one of you|my (?:sister|brother|friend|best friend|mom|kids)) to (?:have|take|keep) (?:all )?(?:of )?my (?:stuff|things|cat|dog|books|games|guitar|art|clothes|belongings|\w+ (?:when|after) im gone)"
        r"|(?:putting|put|getting|got|have) (?:all )?my (?:affairs|things|stuff|papers) in order|said my goodbyes|saying my goodbyes"
        r"|(?:wont|will not|not going to|dont) need (?:it|them|this|these|my \w+|any of (?:it|this|them|my stuff)|anything) (?:where im going|after (?:tonight|this week|today))",
        ex=(
            "ive been giving away all my stuff",
            "i want my sister to have my guitar",
            "getting my affairs in order",
        ),
    ),
    R(
        "giving_away",
        "hint",
        r"(?:wont|will not|not going to|dont) need (?:it|them|this|these|my \w+|any of (?:it|this|them|my stuff)|anything) (?:anymore|much longer)"
        r"|(?:wrote|written|made|updated|finished|did) my (?:will|last will)",
        ex=("i wont need them anymore",),
    ),
    R(
        "farewell",
        "concern",
        r"if (?:anything|something) (?:happens|were to happen|should happen) to me"
        r"|(?:it wasnt|it isnt|its not|this isnt|this wasnt) (?:anyones|your|nobodys) fault"
        r"|(?:wrote|written|writing) (?:goodbye )?letters (?:to|for) (?:my family|everyone|my kids|my parents|my friends|each of them)(?: \w+){0,3} (?:and )?(?:put|left|hid|hidden|leave|leaving) them",
        ex=("if anything happens to me please know it wasnt anyones fault",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:i )?love you (?:guys|all|everyone|so much)|im (?:so )?sorry(?= ?$| for everything| for all of it| for being| for what)"
        r"|(?:wrote|written|writing) (?:goodbye )?letters to (?:my family|everyone|my kids|my parents|my friends)",
        ex=("i love you guys", "im sorry"),
    ),
    R(
        "farewell",
        "concern",
        r"(?:it was|its been|been) (?:nice|good|great|an honor|a pleasure) knowing (?:you|all of you|everyone|yall)",
        skip="subject",
        ex=("it was nice knowing you all",),
    ),
    R(
        "farewell",
        "concern",
        r"(?:when|after|once|if) im (?:gone|dead|not here anymore|no longer here)(?! for| on| to| from)",
        ex=("please dont be sad when im gone",),
    ),
    # --- escalators ---------------------------------------------------------------------------------
    R(
        "means",
        "escalator",
        r"(?:have|got|bought|found|holding|hold|ordered|picked up|grabbed|sitting (?:here )?with|staring at|looking at|got hold of|took out|have access to) (?:a |the |my |some |all |all the |all my |enough |a bunch of |a bottle of |a box of |a handful of |\d+ |my (?:dads|moms|fathers|mothers|grandpas|brothers) )?{MEANS}"
        r"|(?:the |my )?{MEANS} (?:is|are) (?:ready|right here|in my hand|next to me|in front of me|loaded|tied|set up|counted out|in (?:the|my) (?:closet|drawer|cabinet|car|garage|nightstand|bathroom|bag|room|pocket|safe|basement))"
        r"|{MEANS} counted out"
        r"|(?:tied|tying|made|making) (?:a|the) (?:noose|knot)",
        skip="neg",
        ex=("i have the pills right here", "bought a rope", "the gun is loaded"),
    ),
    R(
        "place",
        "escalator",
        r"(?:im|standing|sitting|parked|waiting|here|currently|just got) (?:on|at|by|near|under|on top of|at the top of|at the edge of|on the edge of|in) (?:the|a|this|my)(?: \w+)? (?:bridge|roof|rooftop|ledge|edge|tracks|train tracks|railway|railroad|cliff|balcony|top floor|parking garage|overpass|pier|platform)",
        skip="neg",
        ex=("im on the bridge", "standing on the edge of the roof"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:going to|about to|ready to|will|ill|want to|im going to) (?:jump|let go|step off|fall)(?= ?$| off| from| now| tonight| right now| today)",
        skip="subject idiom cond hyper",
        ex=("im going to jump",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"tonights? (?:is )?the night|(?:today|todays) (?:is )?the day(?! of| for| i get| we)",
        skip="subject idiom cond hyper",
        ex=("tonights the night",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:got|have|ive got) everything (?:ready|prepared|planned|in place)",
        skip="subject idiom cond hyper",
        ex=("ive got everything ready",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:im going to|going to|ill|i will) do it(?= ?$|,| for real| this time)|(?:picked|chosen|chose|set|decided on) (?:a|the) (?:date|day|time|place|spot)(?! for| of)"
        r"|(?:have|got) everything i need(?= ?$|,| now)|{MEANS} (?:lined up|laid out|counted|in a row)",
        skip="subject idiom cond hyper",
        ex=("im going to do it", "ive picked the date", "pills lined up"),
    ),
    R(
        "timeframe_now",
        "escalator",
        r"right now|tomorrow|today|as we speak",
        skip="neg subject past idiom cond hyper",
        ex=("right now",),
    ),
    R(
        "timeframe",
        "escalator",
        r"tonight|this weekend|in (?:an|one|a few|two|\d+) hours?|in a few minutes|at midnight|by morning|before morning|on my birthday"
        r"|(?:when|after|once) (?:everyone|they|my (?:parents|family|wife|husband|mom|dad|roommates?|partner)) (?:is |are )?(?:asleep|sleeps?|goes to (?:bed|sleep)|go to (?:bed|sleep)|leaves?|falls? asleep|gone)",
        skip="neg subject past idiom cond hyper",
        ex=("tonight",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:going to|ill|will|im going to) do it (?:tonight|today|tomorrow|this weekend|now|soon|right now)"
        r"|(?:ive |i have )?(?:made (?:up )?my (?:mind|decision)|decided)(?= ?$| its| this)|my mind is made up|im ready(?= ?$| now| to go)"
        r"|no (?:more|going) back",
        skip="subject idiom cond hyper",
        ex=("ill do it tonight", "my mind is made up"),
    ),
]

# --- context: patterns that rule a match out ---------------------------------------------------

#: A negation just before the match, possibly with a few function words in between.
NEGATION = (
    r"\b(?:not|never|dont|doesnt|didnt|wont|wouldnt|cant|couldnt|shouldnt|no longer|isnt|arent"
    r"|aint|nor|without|wasnt|nothing makes me)"
    r"(?: (?:i|im|really|even|ever|actually|honestly|truly|necessarily|want|want to|to|plan"
    r"|planning|intend|going|going to|be|feel|like|think|have|any|seriously|currently|need"
    r"|need to|wish|wish to|again|try|trying|try to|trying to|at all|of|a|feel like|plan to"
    r"|plan on|intend to|ever again|ok with|okay with|about to|gonna|still|would|will|do))*"
    r" ?$"
)

#: Someone else's words, reported by the writer.
REPORTED = (
    r"\b(?:she|he|they|someone|somebody|my (?:\w+ )?(?:friend|friends|brother|sister|son|daughter"
    r"|kid|child|mom|mum|mother|dad|father|partner|husband|wife|boyfriend|girlfriend|bf|gf|cousin"
    r"|roommate|flatmate|student|client|patient|coworker|colleague|niece|nephew|teen|teenager"
    r"|aunt|uncle|grandma|grandpa|best friend|bestie|ex|fiance|neighbor|neighbour)"
    r"|a (?:friend|member|classmate|coworker|student|guy|girl|kid|person)|this (?:person|guy|girl"
    r"|member)|(?:a|one|another) member)(?: \w+){0,3} (?:said|says|told me|tells me|texted|texts"
    r"|wrote|writes|posted|posts|messaged|keeps saying|kept saying|is saying|was saying"
    r"|mentioned|admitted|confessed|confided|shared|screamed|yelled|sent me|dmed|dmd|called me"
    r"|threatened|threatens|has been saying|talks about|talked about|is talking about"
    r"|was talking about|whispered|cried)\b"
)

#: Film, song, research… in the same sentence.
MEDIA = (
    r"\b(?:(?:a|the|this|that|new|recent|one|his|her) (?:study|paper|article|report|survey|documentary"
    r"|movie|film|show|series|book|novel|song|episode|podcast|video|scene|character|poem|play"
    r"|essay|lecture|chapter|album|lyric|lyrics|headline|thread on|meme|anime)|studies|research"
    r"|researchers|statistics|stats|prevalence|rates? of|according to|lyrics|13 reasons why"
    r"|main character|the character|tv show|netflix|in class we|psych class|textbook|journal article"
    r"|literature on|the author)\b"
)

#: What follows the match makes it an idiom.
IDIOM_AFTER = (
    r" ?(?:(?:of|from) (?:embarrassment|shame|cringe|laughter|laughing|boredom|hunger|heat|thirst"
    r"|curiosity|jealousy|envy|cuteness|happiness|excitement|exhaustion|old age|natural causes"
    r"|the heat|the cold|secondhand embarrassment)|laughing|for (?:(?:a|some|this|that|one) (?:coffee"
    r"|pizza|burger|taco|cake|slice|drink|beer|nap|chance|ticket|piece|bite|cookie|donut|doughnut"
    r"|minute|good cause|cause)|my|your|it|him|her|them|you|love|this|that|(?!everything|nothing|anything|something)\w+ing)\b|on (?:this|that) hill|(?:my|her|his) hair|happy\b|old\b"
    r"|peacefully (?:at|when)|in (?:minecraft|fortnite|the game|a game|game|roblox|elden ring"
    r"|dark souls|skyrim)|than (?!keep|feel|live|go on|be |wake|continue|deal|spend|suffer|face)|(?:studying|working|at work|at the gym|trying|doing|cleaning"
    r"|over this|over that)|with embarrassment|inside\b)"
)

#: A protective thought right after ("…but then i remember my kids").
PROTECTIVE = (
    r" ?(?:\w+ ){0,6}?but (?:then )?i (?:remember|think (?:of|about)|look at|hold on|keep going"
    r"|have (?:my|a reason))"
)
#: A fear about some vague future ("scared ill feel suicidal again someday").
FEAR_BEFORE = (
    r"\b(?:scared|afraid|worried|terrified|frightened)(?: that)?(?: i(?:ll| will| might| could"
    r"| would)?)?(?: \w+){0,2} ?$"
)
FUTURE_AFTER = r" ?(?:\w+ ){0,3}(?:someday|some day|one day|in the future|in future|later in life)"

#: "If you…", "when someone…": about someone else or in general.
CONDITIONAL = (
    r"\b(?:what do you do|how do you (?:deal|cope|handle|manage|stop|get through)|how do people"
    r"|tips for|advice (?:on|for)|how (?:can|do) i (?:help|support))\b"
    r"|\b(?:if|when|whenever|in case) (?:you|your|youre|anyone|someone|somebody|any of you"
    r"|a friend|people|they|he|she|a loved one|a member|your friend|theyre|hes|shes)\b"
    r"|\b(?:do|did|have) you (?:ever )?$|\bdoes anyone else (?:ever )?$|\bis it normal to$"
)

#: A reply pointing someone to a crisis line.
REFERRAL = (
    r"\b(?:call|text|dial|ring|contact|reach out to|phone|chat with|message|try|use) (?:the |a "
    r"|your (?:local )?)?(?:988|741741|911|999|112|116 123|116123|samaritans|lifeline|crisis"
    r" (?:line|text line|team|center|centre|lines)|hotline|helpline|suicide (?:hotline|line"
    r"|prevention)|emergency services|a crisis)|\b988\b|\b741741\b|crisis text line"
)

#: Grief after someone's suicide.
GRIEF = (
    r"\b(?:lost (?:my|our|a|her|his) (?:\w+ ){0,2}to suicide|died by suicide|died of suicide"
    r"|death by suicide|suicide loss|loss to suicide|(?:killed|hanged|shot) (?:himself|herself"
    r"|themselves|themself)|took (?:his|her|their) (?:own )?life|(?:his|her|their) suicide"
    r"|committed suicide|survivors? of suicide|after (?:my|our) \w+s suicide)"
)

#: Farewell words that are ordinary ("see you next week", "taking a break").
FAREWELL_OFF = (
    r"\b(?:see you (?:all )?(?:next|on|at|tomorrow|soon|later|then|there|in (?:a|the|two|\d+)"
    r"|guys|around|thursday|monday|tuesday|wednesday|friday|saturday|sunday)|taking a break"
    r"|(?:a|my|short|little|social media) break|hiatus|vacation|holiday|moving (?:to|away|house|out)"
    r"|new job|deleting (?:this|the) app|logging off|signing off|leaving the (?:group|forum"
    r"|server|chat)|back (?:in|next|soon|on)|graduat\w+|retir\w+|last (?:day|shift|session"
    r"|meeting|class|week) (?:at|of|with|before|in)|good night|goodnight|talk (?:to you )?(?:soon"
    r"|tomorrow|later)|until next|till next|catch you later|be back)\b"
)

#: Ordinary reasons for giving things away.
GIVING_OFF = (
    r"\b(?:charity|goodwill|thrift|donat\w+|declutter\w*|moving|minimalis\w+|spring clean\w*"
    r"|kittens|puppies|litter|garage sale|yard sale|outgrew|too small|my old|baby clothes|estate"
    r"|inheritance|lawyer|new baby|kids clothes|storage)\b"
)

#: Markers of the past; only those after the last "but / now / today…" count.
PAST = (
    r"\b(?:used to|years? ago|months ago|back then|back in|when i was|as a (?:kid|teen|teenager"
    r"|child)|in (?:high school|college|middle school|my teens|my twenties|my early|the past"
    r"|\d{4})|at (?:my|the) (?:lowest|worst)|last year|a few years|at the time|during (?:my|that"
    r"|those)|for years i|there (?:was|were) (?:a time|times)|i remember|remember when"
    r"|before (?:therapy|treatment|meds|medication|recovery|i got help|rehab|i met)|that (?:year"
    r"|winter|summer|period)|growing up|as a child|my (?:old|younger) self|in my teens"
    r"|(?:\d+|one|two|three|four|five|six|ten) (?:years?|months?) (?:clean|sober|free|ago)"
    r"|(?:of|in|since|during|until|back in) (?:19|20)\d\d)\b"
)
PAST_BARRIER = (
    r"\b(?:now|today|again|lately|these days|currently|but|tonight|recently|this week|yet)\b"
)

#: A past verb right before the match ("i had the urge…").
PAST_VERB = r"\b(?:had|was|were|felt|used|wanted|thought|didnt|did)\b(?: \w+){0,2} ?$"
RECENT = (
    r"\b(?:last night|yesterday|this morning|earlier|today|tonight|right now|just now|again"
    r"|this week|hours ago|an hour ago|still|this weekend)\b"
)

#: Jokey hyperbole: humour markers, and trivial topics.
HUMOUR = r"\b(?:lol|jaja|lmao|xd|haha)\b"
TRIVIAL = r"\b{TRIVIAL}\b"
HYPERBOLE = (
    r"\b(?:makes?|made|making) me (?:want to|wanna|feel like)|\bif i (?:have to|hear|see|get"
    r"|eat|watch|listen to|sit through|do|read|lose|fail) "
)

#: Words that name the writer, or someone else, as the subject (see ``engine.subject``).
FIRST_PERSON = words(
    """
    i im ive id ill me myself my mine
    """
)
OTHER_PERSON = words(
    """
    you youre your yourself youve youll youd yall he she they hes shes theyre theyve
    theyd hed shed hell shell theyll we him her them his their people someone somebody
    anyone anybody everyone everybody friend friends brother sister son daughter mom mum
    mother dad father parent parents husband wife partner boyfriend girlfriend bf gf kid
    kids child children teen teenager teens student students client clients patient
    patients character characters cousin roommate coworker colleague niece nephew aunt
    uncle grandma grandpa member members person guy girl who many others folks men women
    veterans users fiance ex bestie classmate classmates one
    """
)
FILLER = words(
    """
    really just so honestly actually literally seriously still also kind of sort lowkey
    genuinely truly sometimes always often constantly even like and then now fucking
    fking fkn freaking tho though yeah yes ok okay well ugh omg god man bro dude lol is
    was are were be been being feel feels feeling felt get gets getting got seem seems
    has have had keep keeps kept am very pretty again right currently lately too more
    most
    """
)
GENERIC_BEFORE_TO = words(
    """
    normal ok okay fine common natural wrong weird possible what how is feels feel like
    """
)
