"""English lexicon: macros, rules and the context patterns that rule matches out.

Patterns run on normalised text (see :mod:`.normalize`): lowercase, no accents, no
apostrophes ("dont", "im", "ill" = I'll), "wanna" -> "want to", "gonna" -> "going to",
"rn" -> "right now", "i am" -> "im". Each rule's ``ex`` are sentences it must catch
(tests check them), which also documents what it is for.
"""

from __future__ import annotations

from .rules import R, Rule

MACROS: dict[str, str] = {
    # Words that may sit between a subject and its verb, or a verb and its object.
    "ADV": r"(?: (?:really|just|honestly|actually|literally|seriously|so|fucking|fking|fkn"
    r"|freaking|kind of|sort of|lowkey|genuinely|truly|still|always|sometimes|often|all|even"
    r"|simply|badly|desperately|totally|completely|definitely|probably|almost|srsly|secretly"
    r"|constantly|also|too|then|now|again|finally|already|very|deeply|quietly|low key|more"
    r"|sincerely|kind of just|like)){0,3}",
    "WANT": r"(?:want to|want too|need to|wish to|would (?:like|love) to|id (?:like|love) to"
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
    r"|end it(?= ?$| now| tonight| today| already| for good| forever| soon| right now| so bad)"
    r"|take my (?:own )?life|commit suicide|do suicide|off myself|hang myself|shoot myself"
    r"|drown myself|poison myself|gas myself|suffocate myself|overdose|od|slit my (?:wrists?|throat)"
    r"|jump (?:off|from) (?:a|the|my|this|that) \w+(?: \w+)?|jump in front of (?:a|the) \w+"
    r"|throw myself (?:off|from|in front of|under) (?:a|the) \w+"
    r"|step in front of (?:a|the) (?:train|bus|car|truck)|drive (?:my car )?(?:off|into) (?:a|the) \w+"
    r"|put a bullet in my (?:head|brain)|blow my brains out|end myself|die by suicide"
    r"|take all (?:my|the|of my|of the) (?:pills|meds|tablets))",
    "SLANG": r"(?:kms|ctb|unalive myself|unalive|go to sleep forever)",
    "INTENT": r"(?:going to|about to|planning (?:to|on)|plan (?:to|on)|intend to|ready to"
    r"|decided to|have decided to|ive decided to|made up my mind to|will|ill|shall"
    r"|getting ready to|preparing to|bout to|might|may|gotta|got to|have to|going to finally"
    r"|think ill|think im going to|im going to)",
    "MEANS": r"(?:pills|meds|tablets|sleeping pills|painkillers|tylenol|advil|paracetamol"
    r"|ibuprofen|xanax|insulin|rope|noose|gun|pistol|firearm|shotgun|rifle|bullets?|knife|knives"
    r"|blade|blades|razor|razors|razor blades?|belt|cord|bleach|poison|antifreeze|helium"
    r"|charcoal|oxy|opioids|fentanyl|heroin|benzos)",
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
        r"(?:dont|no longer|dont even|dont really|dont fucking|dont think i|dont know if i|dont know why i|not sure i|not sure if i|dont see why i should) {ADV}? ?(?:want to|wanna|should|can) {ADV}? ?"
        r"(?:live|be alive|exist|be here anymore|keep (?:going|living|existing|breathing)|go on|wake up(?! early| at| for)"
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
        r"(?:want|need|wish|wishing|wanting)(?: {ADV})? ?(?:it all|everything|all of (?:it|this)|my life|this life|life) to (?:end|be over|stop)(?! so i can| and| for)",
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
    # --- concern: hopelessness -------------------------------------------------------------
    R(
        "hopelessness",
        "concern",
        r"(?:life|living|it|my life) (?:isnt|is not|aint|not) worth (?:living|it anymore|it)(?! to| if| for)"
        r"|no (?:reason|point|purpose) (?:to|in|of) (?:live|living|go on|going on|keep going|being alive|be alive|staying alive|stay alive|exist|existing|be here|wake up|waking up|continue|life|anything|trying anymore)"
        r"|nothing (?:left )?to live for|no reason to keep going"
        r"|(?:whats|what is) the point (?:of|in) (?:living|life|going on|being alive|staying alive|existing|anything|waking up|it all|any of (?:this|it)|trying anymore|even trying)"
        r"|(?:whats|what is) (?:even )?the point(?: anymore| of anything| of it all| in anything)?(?= ?$| anymore)",
        ex=("life isnt worth living", "i have nothing to live for", "whats the point of living"),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:cant|can no longer|couldnt) {ADV}? ?(?:go on|keep going|do this|take (?:it|this|this pain|the pain)|handle (?:it|this|life)|live like this|keep living|keep doing this|fight (?:it|this)|cope|do it|deal with (?:it|this|life)) {ADV}? ?(?:anymore|any longer|much longer)"
        r"|(?:cant|can no longer) {ADV}? ?(?:go on|keep going|live like this)(?= ?$)"
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
    # --- concern: burden ---------------------------------------------------------------------
    R(
        "burden",
        "concern",
        r"(?:im|i feel like|i feel|feel like|feeling like|i became|i have become|ive become|being|i am just|im just|just|always) {ADV}? ?(?:a|such a|nothing but a|just a|the|an|only a) ?(?:huge |big |massive |total |fucking |constant |giant |)"
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
    # --- urgent: self-harm now / intent ----------------------------------------------------------
    R(
        "self_harm_now",
        "urgent",
        r"(?:just|currently|right now|am|im) (?:cut|cutting|burned|burning|hurting|harming|carving)(?: myself| my (?:wrists?|arms?|thighs?|legs?)| deep)(?! my hair)"
        r"|(?:cutting|burning|hurting) myself (?:right now|now|as we speak|as i type)"
        r"|cut (?:too|really|so|way too) deep|(?:wont|doesnt|cant|isnt going to) stop bleeding"
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
        r"(?:{INTENT}|im going to|im about to) {ADV}? ?(?:cut|hurt|burn|harm) (?:myself|again)(?: tonight| now| right now)?",
        ex=("im going to cut myself tonight", "im about to hurt myself"),
    ),
    # --- urgent: active ideation, intent, plan ------------------------------------------------------
    R(
        "active_ideation",
        "urgent",
        r"{WANT}{ADV} {KILL}|(?:feel|feeling) like (?:killing myself|ending (?:it all|my life)|taking my life)",
        ex=("i want to kill myself", "i just wanna end my life", "feel like killing myself"),
    ),
    R(
        "intent",
        "urgent",
        r"{INTENT}{ADV} (?:{KILL}|kms|ctb|unalive(?: myself)?|die(?= tonight| today| tomorrow| this weekend| soon| by suicide| by my own hand))"
        r"|ready to {ADV}? ?die|tonight (?:is|will be) the night i (?:die|end|do it|kill)",
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
        r"(?:wrote|written|writing|finished|left|drafted|drafting|prepared) (?:my |a |the |all my |all the )?(?:suicide|goodbye|farewell|last) (?:note|notes|letter|letters)"
        r"|(?:wrote|written|finished|drafted|prepared|left) my (?:note|notes|letters)(?= ?$| to (?:my family|everyone|my kids|my parents)| for (?:my family|everyone|my kids))"
        r"|suicide (?:note|letter)",
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
        r"|i just wanted to say (?:thank you|thanks|goodbye|bye|i love you)|goodbye|farewell"
        r"|(?:tonight|today) is the (?:night|day)|this is it|its over for me",
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
    r"|minute|good cause|cause)|my|your|it|him|her|them|you|love|this|that)\b|on (?:this|that) hill|(?:my|her|his) hair|happy\b|old\b"
    r"|peacefully (?:at|when)|in (?:minecraft|fortnite|the game|a game|game|roblox|elden ring"
    r"|dark souls|skyrim)|than (?!keep|feel|live|go on|be |wake|continue|deal|spend|suffer|face)|(?:studying|working|at work|at the gym|trying|doing|cleaning"
    r"|over this|over that)|with embarrassment|inside\b)"
)

#: "If you…", "when someone…": about someone else or in general.
CONDITIONAL = (
    r"\b(?:if|when|whenever|in case) (?:you|your|youre|anyone|someone|somebody|any of you"
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
    r"|(?:\d+|one|two|three|four|five|six|ten) (?:years?|months?) (?:clean|sober|free|ago))\b"
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
FIRST_PERSON = frozenset(["i", "im", "ive", "id", "ill", "me", "myself", "my", "mine"])
OTHER_PERSON = frozenset(
    [
        "you",
        "youre",
        "your",
        "yourself",
        "youve",
        "youll",
        "youd",
        "yall",
        "he",
        "she",
        "they",
        "hes",
        "shes",
        "theyre",
        "theyve",
        "theyd",
        "hed",
        "shed",
        "hell",
        "shell",
        "theyll",
        "we",
        "him",
        "her",
        "them",
        "his",
        "their",
        "people",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "friend",
        "friends",
        "brother",
        "sister",
        "son",
        "daughter",
        "mom",
        "mum",
        "mother",
        "dad",
        "father",
        "parent",
        "parents",
        "husband",
        "wife",
        "partner",
        "boyfriend",
        "girlfriend",
        "bf",
        "gf",
        "kid",
        "kids",
        "child",
        "children",
        "teen",
        "teenager",
        "teens",
        "student",
        "students",
        "client",
        "clients",
        "patient",
        "patients",
        "character",
        "characters",
        "cousin",
        "roommate",
        "coworker",
        "colleague",
        "niece",
        "nephew",
        "aunt",
        "uncle",
        "grandma",
        "grandpa",
        "member",
        "members",
        "person",
        "guy",
        "girl",
        "who",
        "many",
        "others",
        "folks",
        "men",
        "women",
        "veterans",
        "users",
        "fiance",
        "ex",
        "bestie",
        "classmate",
        "classmates",
        "one",
    ]
)
FILLER = frozenset(
    [
        "really",
        "just",
        "so",
        "honestly",
        "actually",
        "literally",
        "seriously",
        "still",
        "also",
        "kind",
        "of",
        "sort",
        "lowkey",
        "genuinely",
        "truly",
        "sometimes",
        "always",
        "often",
        "constantly",
        "even",
        "like",
        "and",
        "then",
        "now",
        "fucking",
        "fking",
        "fkn",
        "freaking",
        "tho",
        "though",
        "yeah",
        "yes",
        "ok",
        "okay",
        "well",
        "ugh",
        "omg",
        "god",
        "man",
        "bro",
        "dude",
        "lol",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "being",
        "feel",
        "feels",
        "feeling",
        "felt",
        "get",
        "gets",
        "getting",
        "got",
        "seem",
        "seems",
        "has",
        "have",
        "had",
        "keep",
        "keeps",
        "kept",
        "am",
        "very",
        "pretty",
        "again",
        "right",
        "currently",
        "lately",
        "too",
        "more",
        "most",
    ]
)
GENERIC_BEFORE_TO = frozenset(
    [
        "normal",
        "ok",
        "okay",
        "fine",
        "common",
        "natural",
        "wrong",
        "weird",
        "possible",
        "what",
        "how",
        "is",
        "feels",
        "feel",
        "like",
    ]
)
