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
    r"|constantly|also|too|then|now|again|finally|already|very|deeply|quietly|low key|more|go"
    r"|sincerely|kind of just|like)){0,3}",
    "WANT": r"(?:want to|want too|need to|wish to|would (?:like|love) to|id (?:like|love) to"
    r"|(?:keep |kept |been |always |still )?wanting to|part of me(?: \w+){0,2} wants to|half of me wants to"
    r"|wish i could|wish i can|long to|feel like i want to|feel like i need to"
    r"|want nothing more than to|would do anything to|want so badly to|wish i would"
    r"|want to just|would rather|id rather)",
    "DIE": r"(?:die|be dead|not be alive|not exist|not be here(?: anymore)?|stop existing"
    r"|stop living|cease to exist|cease existing|disappear(?! for a| to (?:a|an|the)| into (?:a|an|the|my|his|her)| under)(?: forever| for good| from this world"
    r"| from existence)?|vanish(?: forever)?|be gone(?: forever)?|never wake up|not wake up"
    r"|sleep forever|sleep and never wake up|sleep and not wake up|sleep and (?:dont|wont|do not) wake up"
    r"|(?:go to|fall) sleep and (?:never|not) wake up|fall asleep and (?:never|not) wake up"
    r"|be put out of my misery|leave this (?:world|earth|life)|not be around anymore"
    r"|stop breathing|give up on life|fade away(?: forever)?|be done with (?:life|it all|everything)"
    r"|not be alive anymore|not live anymore|not be on this earth|just not exist)",
    "KILL": r"(?:kill myself|end my (?:own )?life|end it all|finish (?:my (?:own )?life|with my life|myself)|terminate my (?:own )?life|make (?:an )?end (?:to|of) my life|put an end to my (?:own )?life|take away my (?:own )?life|suicide myself|make suicide|end everything(?! i | (?:on|with) a)|end things"
    r"|end it(?= ?$| now| tonight| today| already| for good| forever| soon| right now| so bad| but| and| so| all| before| when| after| while| once| then| this| next| on| at| in| with (?:my |the |a |his |her )?(?:\w+ )?(?:gun|pistol|rifle|shotgun|revolver|pills|rope|knife|blade|razor|meds)|,)"
    r"|take my (?:own )?life|commit suicide|do suicide|off myself|hang myself|shoot myself"
    r"|drown myself|poison myself|gas myself|suffocate myself|overdose|od|slit my (?:wrists?|throat)"
    r"|end this(?= ?$| now| tonight| today| for good| forever| already|,)"
    r"|put my head in (?:the|an|a) (?:\w+ )?oven"
    r"|(?:drink|take|eat|swallow) (?:the |some |a bottle of |the whole bottle of )?(?:bleach|antifreeze|poison|drain cleaner|weed killer|rat poison|rat killer|pesticide|insecticide|sniper|phenyl|kerosene|paraquat|rodenticide|toilet cleaner|lighter fluid|lye|(?:cattle |sheep )?drench|sheep dip)"
    r"|(?:cut|slash) my (?:throat|wrists?|neck)(?! (?:on|with) (?:a|the) (?:paper|can|glass))"
    r"|walk (?:into|in|out into) (?:the )?(?:sea|ocean|river|lake|traffic|oncoming traffic|water|waves)|walk (?:onto|out onto|out on|into) (?:the )?(?:highway|motorway|freeway|interstate|tracks|railway)"
    r"|(?:lie|lay|sit|stand) (?:down )?(?:on|across) (?:the )?(?:railroad|railway|train|subway) (?:tracks|line)"
    r"|(?:step|throw myself|fling myself|hurl myself|launch myself) (?:off|from) (?:a|the|my|this|that) (?:\w+ )?(?:roof|bridge|ledge|building|balcony|cliff|edge|overpass|platform|tower|car park|parking garage)"
    r"|jump (?:off|from) (?:a|the|my|this|that) \w+(?: \w+)?(?!.*\b(?:with (?:my )?(?:friends|kids|family|mates|cousins)|for fun|tradition|into the (?:lake|pool|water|river|sea))\b)|jump in front of (?:a|the) \w+"
    r"|throw myself (?:off|from|in front of|under) (?:a|the) \w+"
    r"|(?:step|walk|run|throw myself|lie down) in front of (?:a|the|an|the next|a passing) (?:[\w:]+ ){0,2}(?:train|bus|car|truck|lorry)|drive (?:my car )?(?:off|into) (?:a|the) \w+"
    r"|put a bullet in my (?:head|brain)|blow my brains out|end myself|die by suicide"
    r"|(?:take|swallow|down|drink|inject) (?:all|every|the whole|the rest)(?: of)? (?:my|the|these|those|his|her) (?:\w+ )?{MEANS}"
    r"(?! (?:with|at|for|after|before) (?:breakfast|dinner|lunch|food|water|bedtime|a meal)| like (?:always|usual|normal|i should|the doctor|prescribed)| as (?:prescribed|usual|always)| on time| every)"
    r"|(?:crash|drive|steer|swerve|wrap|ram) (?:my |the )?(?:car |truck )?(?:into|off) (?:a|the) \w+"
    r"|(?:crash|wreck|total|flip) (?:my|the) (?:car|truck|bike|motorcycle)(?: \w+){0,3} on purpose"
    r"|(?:take|swallow|down|drink) (?:a|the) (?:whole|entire|full) (?:bottle|box|pack|packet|jar) (?:of )?(?:my |the |these )?(?:\w+ )?(?:{MEANS}|pills)"
    r"|check out)",
    # When the act is set for: a time soon, or a moment nobody will be around.
    "WHEN": r"(?:tonight|today|tomorrow(?: morning| night| afternoon| evening)?|this (?:weekend|week|morning|afternoon|evening)"
    r"|right now|now|soon|in (?:an|one|a few|a couple of|two|\d+) (?:hours?|minutes|mins|days)|at (?:midnight|noon|midday|dawn|\d+(?: ?(?:am|pm))?)"
    r"|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night| morning)?|after (?:work|school|class|my shift|the funeral|the weekend|dinner)|(?:when|after|once) my shift (?:ends|is over|finishes)"
    r"|(?:when|once|as soon as) (?:the sun (?:goes down|sets|comes up)|its dark|it gets dark)|at (?:sunset|sunrise|dusk|dawn)"
    r"|on (?:christmas|xmas|thanksgiving)|(?:on )?(?:christmas|xmas) (?:eve|day|morning|night)|(?:on )?(?:boxing day|new years (?:eve|day)|easter sunday)"
    r"|{SECRET_WHEN})",
    "SECRET_WHEN": r"(?:(?:when|after|once|as soon as|the moment|before) (?:everyone|everybody|they|he|she|the (?:house|kids|family)"
    r"|my (?:\w+ )?(?:parents|family|wife|husband|mom|mum|dad|partner|roommates?|flatmates?|kids|sister|brother|boyfriend|girlfriend))"
    r"(?:s|s| is| are)? (?:all )?(?:asleep|sleeping|sleeps|sleep|goes to (?:bed|sleep|work)|go to (?:bed|sleep|work)|falls? asleep|leaves?|left|gone|is gone|are gone"
    r"|goes out|go out|out|at work|leaves for work|empty|quiet)"
    r"|(?:when|once|as soon as|the moment) (?:im|i am|i get) (?:home )?alone|(?:when|once) (?:nobodys|nobody is|no ones|nobody) (?:home|around|awake|here))",
    # Gas let into a room shut tight: "turned on the gas and closed the windows".
    "GAS_ON": r"(?:(?:turned on|opened|switched on|left on|turned up) (?:the )?gas|(?:turned|switched|left) (?:the )?gas on|the gas is (?:on|running)(?: in the \w+)?)",
    "SHUT_IN": r"(?:(?:closed|shut|sealed|taped)(?: up)? (?:the |all the )?(?:kitchen |bedroom |bathroom )?(?:windows?|doors?|vents)"
    r"|(?:the |all the )?(?:windows|doors|vents) (?:are|have been) (?:all )?(?:closed|shut|sealed|taped))",
    "BATH": r"(?:(?:drawing|drew|running|ran|filled|filling|run) (?:a|the|myself a) (?:hot |warm )?bath|(?:bath|tub)(?:s| is) (?:running|drawn|filling|full|ready))",
    "BLADE": r"(?:(?:\w+s )?(?:razor|razors|razor blades?|blade|blades|knife|knives|box cutter|stanley knife|scalpel))",
    "SLANG": r"(?:kms|ctb|unalive myself|unaliv\w*|go to sleep forever)",
    "INTENT": r"(?:going to|about to|planning (?:to|on)|plan (?:to|on)|intend to|ready to|mean to"
    r"|decided to|have decided to|ive decided to|have decide to|i decide to|made up my mind to|will|ill|shall"
    r"|getting ready to|preparing to|bout to|might|may|gotta|got to|have to|going to finally"
    r"|think ill|think im going to|im going to)",
    "MEANS": r"(?:pills|meds|tablets|sleeping pills|painkillers|rope|noose|gun|guns|pistol"
    r"|revolver|handgun|glock|firearm|shotgun|rifle|bullets?|knife|knives|blade|blades|razor"
    r"|razors|razor blades?|belt|cord|helium|charcoal|medication"
    r"|medications|medicines|medicine|heart pills|heart medication|sleeping tablets|service weapon|ttos|syringe driver|morphine driver|box of shells|shotgun shells"
    r"|weapon|prescription|sidearm|service pistol|hunting rifle|deer rifle|ar15|twelve gauge"
    r"|{DRUGS}|{POISONS})",
    # Medicines and drugs people overdose on, by generic, brand and street name: a medicine
    # the list lacks is a frame the rules cannot see ("took 30 clozapine").
    "DRUGS": r"(?:(?:tylenol|advil|paracetamol|ibuprofen|xanax|insulin|oxy|opioids|fentanyl|heroin"
    r"|benzos|antidepressants|oxycodone|oxycontin|morphine|hydrocodone|codeine|tramadol|methadone"
    r"|diazepam|valium|lorazepam|ativan|clonazepam|alprazolam|temazepam|zopiclone|amitriptyline"
    r"|quetiapine|trazodone|lexapro|citalopram|escitalopram|fluoxetine|venlafaxine|bupropion"
    r"|wellbutrin|acetaminophen|aspirin|digoxin|warfarin|lithium|seroquel|sertraline|zoloft|prozac"
    r"|klonopin|ambien|percocet|vicodin|paroxetine|paxil|seroxat|celexa|cipramil|cipralex|effexor"
    r"|desvenlafaxine|pristiq|duloxetine|cymbalta|mirtazapine|remeron|nortriptyline|imipramine"
    r"|clomipramine|doxepin|dosulepin|lofepramine|phenelzine|nardil|tranylcypromine|vortioxetine"
    r"|trintellix|olanzapine|zyprexa|risperidone|risperdal|aripiprazole|abilify|clozapine|clozaril"
    r"|haloperidol|haldol|chlorpromazine|lurasidone|latuda|priadel|lamotrigine|lamictal|valproate"
    r"|depakote|carbamazepine|tegretol|gabapentin|neurontin|gabbies|pregabalin|lyrica|topiramate"
    r"|oxazepam|chlordiazepoxide|librium|nitrazepam|midazolam|midaz|zolpidem|stilnox|promethazine"
    r"|phenergan|diphenhydramine|benadryl|nytol|sominex|unisom|doxylamine|phenobarbital|phenobarb"
    r"|barbiturates|nembutal|pentobarbital|norco|dihydrocodeine|co codamol|cocodamol|tapentadol"
    r"|buprenorphine|subutex|suboxone|fent|propranolol|inderal|amlodipine|ramipril|metoprolol"
    r"|atenolol|bisoprolol|verapamil|diltiazem|flecainide|metformin|gliclazide|glipizide|panadol"
    r"|nurofen|motrin|naproxen|aleve|propofol|ketamine|potassium chloride|methotrexate|colchicine"
    r"|iron tablets|antihistamines|sleepers|sleeping meds|antipsychotics|mood stabilisers"
    r"|mood stabilizers|opiates|xannies|xans|zannies|percs|roxies|oramorph|oxynorm|zomorph|sevredol|insulin pens?|dawa|pressure tablets"
    r"|blood pressure tablets|bp tablets|bp meds)s?)",
    "POISONS": r"(?:bleach|poison|antifreeze|paraquat|gramoxone|weedkiller|weed killer|pesticide"
    r"|insecticide|rat poison|rodenticide|organophosphates?|carbofuran|furadan|cyanide|arsenic"
    r"|drain cleaner|caustic soda|lye|sodium nitrite|nitrite|degreaser|muriatic acid|hydrochloric acid"
    r"|battery acid|oven cleaner|ammonia|turpentine|methanol|screenwash|windscreen wash|phenyl|kerosene"
    r"|lighter fluid|toilet cleaner|rat killer|drench|sheep dip)",
    "TRIVIAL": r"(?:exam|exams|test|tests|quiz|homework|assignment|essay|class|lecture|meeting"
    r"|meetings|zoom|boss|coworker|traffic|commute|printer|wifi|monday|mondays|math|chemistry"
    r"|physics|calculus|finals|midterm|midterms|deadline|email|emails|song|episode|game|team"
    r"|match|cringe|embarrassing|awkward|heat|weather|hangover|diet|gym|customer|customers"
    r"|shift|queue|line at|group project|presentation|spreadsheet|excel|taxes|laundry|dmv"
    r"|cooking|hair|outfit|spoiler|season finale|joke|jokes|pun|referee|bus|train was late|alarm|pics|pictures"
    r"|photos|photo|facebook|instagram|selfie|video|posted|crush|texted me back|ex texted"
    r"|pop quiz|politics|thanksgiving|christmas dinner|family dinner|the holidays|in-laws|inlaws"
    r"|drills|conditioning|practice|rehearsal|leg day|workout|lag|laggy|ranked|patch"
    r"|teammates|noobs?|respawns?|nap|naps|napping|integrals?|fall damage|on the map|(?:this|game) mode|raid|loading screen|disconnects?|disconnected|paperwork|forms"
    r"|forecast|bookkeeping|invoices?|inbox|rugby|footy|football|soccer|clopen|clopens|rota)",
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
        r"(?:dont|no longer|dont even|dont really|dont fucking|dont think i|dont know if i|dont know why i|not sure i|not sure if i|dont see why i should){ADV} (?:want to|wanna|should|can|wish to|desire to|care to|intend to){ADV} "
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
        r"|wish(?:ing)? (?:i|id) (?:could |would |can )?(?:just )?(?:die|not wake up|disappear|stop existing|fall asleep forever|go to sleep forever|vanish|cease to exist)"
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
        r"|wouldnt (?:mind|care) (?:if i (?:died|was dead|didnt wake up|got hit|never woke up|passed away|passed|slipped away|went)|dying|not waking up|being dead)"
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
        r"(?:tired|sick|exhausted|so done|weary|worn out|knackered|fed up|over it|finished) (?:of|with) (?:living|life|being alive|existing|existence|being here|waking up|this life|my life|breathing|everything)"
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
        r"|(?:id|i would|i wouldnt|i wouldnt even) (?:be )?(?:fine|ok|okay|happy|relieved|glad|mind|upset|sad|bothered|disappointed|care) if i (?:just )?(?:(?:\w+ ){1,3}and died|died|never woke up|didnt wake up|was dead|got hit|stopped existing|disappeared|didnt make it|didnt survive|dont make it)"
        r"|(?:shouldnt|dont deserve to|do not deserve to|shouldnt even) (?:be alive|be here|exist|live|be living)|everything in me (?:just )?wants to (?:stop|die|end)"
        r"|(?:daydream|daydreaming|fantasize|fantasizing|fantasise|fantasising|dream|dreaming|obsessing|romanticizing) about{ADV} (?:not existing|dying|being dead|my death|my (?:own )?funeral|disappearing|not waking up|death|ending it)"
        r"|(?:dont|cant) (?:see|imagine|picture) myself (?:making it|living|being alive|being here|still here|still being here|surviving|getting through|making it through|lasting)(?: to| past| until| by| much| another| through the| this (?:year|month|week|winter|night)| the (?:year|month|week|winter|night))"
        r"|dont think ill (?:still )?(?:make it|be alive|be here|be around|survive) (?:to|past|until|much longer|another year|through the year|to see|next year|by next|this time next)"
        r"|(?:hate|hating) (?:being alive|living|existing|waking up every day|that i woke up)"
        r"|(?:i )?(?:should|deserve to|need to|ought to) (?:just )?(?:die|be dead|not exist|not be alive|not be here|disappear|vanish)(?! of| in (?:a|the) game| for a| from social)"
        r"|(?:id|i would|im|i am|i feel) (?:be )?(?:okay|ok|fine|at peace|alright|good) with (?:dying|death|not waking up|never waking up|not existing|being dead|not being here)"
        r"|(?:dont|do not)(?: even| really| honestly| fucking)? want to be here(?= ?$| anymore| any longer| on this earth| in this world| alive)",
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
        r"wish(?:ing)? (?:i|id) (?:had )?never (?:been born|existed|woke up|woken up)"
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
        r"|no (?:reason|point|purpose) (?:for me )?(?:to|in|of) (?:live|living|go on|going on|keep going|being alive|be alive|staying alive|stay alive|exist|existing|be here|wake up|waking up|continue|life|anything|trying anymore)"
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
        r"(?:i give up|giving up|given up) (?:on (?:life|everything|living|myself|getting better|being alive|staying alive|existing)|completely|for good)"
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
        r"|(?:just )?want (?:it|everything|this|the pain|it all) to (?:stop|end|be over)(?= ?$| forever| permanently| for good)"
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
        r"(?:im|i feel like|i feel|feel like|feeling like|i became|i have become|ive become|being|i am just|im just|just|always){ADV} (?:a|such a|nothing but a|just a|the|an|only a) ?(?:huge |big |massive |total |fucking |constant |giant |family |household |)"
        r"(?:burden|waste of (?:space|air|oxygen|life)|drain on (?:everyone|everybody|my family|them))",
        ex=("im such a burden", "i feel like a burden to everyone", "im a waste of space"),
    ),
    R(
        "burden",
        "concern",
        r"(?:everyone|everybody|they|people|my (?:family|kids|children|parents|mom|mum|dad|wife|husband|partner|friends|boyfriend|girlfriend|bf|gf)|the world|you all|you guys|yall|everyone else|the people around me|the people i love|my loved ones|everyone i know)"
        r"(?: would| will| d|d)? (?:all )?(?:be )?(?:so much |much |a lot |way |all )?(?:better|happier|fine|okay|ok)(?: off)? without me"
        r"|(?:better off|happier) without (?:me|people like me|someone like me)|world (?:would be|is|will be) (?:a )?better (?:place )?without me",
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
        r"|(?:they|she|he|everyone|my \w+) deserves? (?:someone )?better than me"
        r"|(?:everyone|everybody|my (?:family|kids|parents|wife|husband|partner|friends))(?:s| else)? (?:lives?|life) (?:would be |will be |would all be |is |are |d be )?(?:easier|better|happier|simpler|lighter|calmer)(?: \w+){0,2} (?:if|without|when|once) (?:i|im|me)\b",
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
        r"(?:thinking|think|thought|been thinking|keep thinking|cant stop thinking|considering|contemplating|seriously considering) (?:about |of )?(?:suicide|killing myself|ending (?:it all|my life|it|things|everything)|taking my (?:own )?life|kms|unaliving myself|offing myself|topping myself|doing myself in|jumping off|overdosing|hanging myself|my death|my suicide|how to die)",
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
        r"|(?:dark|intrusive|scary|suicidal|morbid) thoughts? (?:of|about) (?:dying|death|being dead|not existing|my death)"
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
        skip="subject idiom",
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
        r"(?:been|started|am|im|keep|back to) (?:self harm|sh|cutting|hurting myself|harming myself|burning myself|cutting myself|hitting myself|scratching myself)(?: \w+){0,4} (?:again|lately|a lot|every day|daily|more|every night|each night|all week|this week|nightly)"
        r"|(?:been|keep|started|im) (?:self harm|sh|cutting|hurting myself|burning myself)(?= to (?:cope|feel|deal|calm|numb|get through)| so i| because| when)"
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
        r"|bleeding (?:wont|doesnt|isnt) stop(?:ping)?|theres so much blood|so much blood everywhere"
        r"|(?:theres|there is|its|so) (?:a lot of|lots of|loads of|a ton of) blood(?! (?:in|on) (?:the|this|that) (?:film|movie|show|game|episode|book))",
        skip="tense",
        ex=("i just cut myself", "i cut too deep", "its not going to stop bleeding"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:just |already )?(?:took|swallowed|downed|taken|taking|swallowing|have taken|ive taken) (?:all (?:of )?(?:my|the|these|those)|a (?:whole )?bottle of|the whole (?:bottle|box|pack|packet)|a handful of|\d{2,}|twenty|thirty|forty|fifty|a hundred|way too many|too many|all my) (?:of )?(?:my )?{MEANS}(?! for the| out| into| to (?:my|the|a|his|her|their) | with (?:food|water|breakfast|dinner|lunch)| as prescribed| on time| like (?:i|the|my|a) | regularly| every| daily| each)"
        r"|(?:just|already) (?:overdosed|oded|took an overdose)|(?:im|am) overdosing|^overdosing(?= right now| now| as we speak|,| ?$)"
        r"|(?:put|stuck|slapped|put on|stuck on) (?:on )?(?:all|every one|every single one) (?:of )?(?:my |the |the last )?(?:fentanyl|morphine|pain|opioid|buprenorphine|duragesic) patches",
        ex=(
            "i just took all my pills",
            "i swallowed a bottle of sleeping pills",
            "just overdosed",
            "put on all my fentanyl patches",
        ),
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
        r"(?:tried|attempted) (?:to )?(?:kill myself|end (?:my life|it all|it)|suicide|overdose|hang myself|take my life|od)(?: (?!and |but |so |now |since )\w+){0,3} (?:last night|yesterday|this morning|earlier today|earlier tonight|today|tonight|hours ago|an hour ago|this weekend)(?! (?:im|i am|i feel|i m) (?:so )?(?:grateful|glad|happy|alive|okay|ok|better|fine|thankful|proud|still here|here))",
        skip="tense",
        ex=("i tried to kill myself last night",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:have|got|made|making|came up with|worked out|figured out|come up with|ive got) (?:a|the|my) (?:plan|method|way to do it|suicide plan)(?! for| to (?!die|end|kill)| with (?:my|the|a|our) (?:\w+ )?(?:counsellor|counselor|therapist|dietitian|dietician|doctor|gp|psychiatrist|psychologist|nurse|team|care team|sponsor|coach|social worker|case manager|key worker))"
        r"|^plan is to suicide|my plan is to (?:die|kill|end|suicide|jump(?! in| into| on)|overdose|hang|take (?:all|every|my (?:own )?life|the pills|them all|the whole)|(?:\w+ )?{KILL})"
        r"|(?:planned|planning|plan) (?:it all out|my death|my suicide|out my death|how (?:im going to|ill|i will|to) (?:do it|die|end it|kill myself))"
        r"|(?:know|figured out|decided) (?:exactly )?(?:how|when|where) (?:im going to|ill|i will|to) (?:do it|die|end it|kill myself)",
        ex=(
            "i have a plan",
            "i know exactly how im going to do it",
            "my plan is to jump",
            "my plan is to suicide this weekend",
            "plan is to suicide this weekend",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"(?:wrote|written|writing|finished|left|drafted|drafting|prepared) (?:my |a |the |all my |all the )?(?:suicide|goodbye|farewell|last) (?:note|notes|letter|letters)(?! in my head)(?! to (?:my )?(?:old|younger|past|future|inner) self| to the (?:old|younger) me| to (?:all )?(?:my )?(?:old )?(?:job|coworkers|colleagues|team|boss|workplace|students|class|classmates|flatmates|roommates|housemates)| to (?:my )?(?:anxiety|depression|ed|eating disorder|addiction|ocd|self harm|alcohol|booze|drinking|the bottle|drugs|weed|cocaine|smoking|gambling)| for (?:my )?step work| in therapy| for (?:therapy|class)| to (?:my |our )?(?:late|dead|deceased) \w+)"
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
        r"(?:stockpil\w*|hoard\w*|sav(?:e|ed|ing) up|collect(?:ed|ing)|stash(?:ed|ing)|been saving|saving|(?:putting|put|setting|set) aside|squirrel+(?:ing|ed) away|(?:keeping|kept|holding|held) back) (?:all )?(?:my |some |the |enough |of my )?(?:\w+ )?(?:{MEANS}|pills|script|scripts|refills)(?! (?:from|at) (?:the |my )?(?:pharmacy|chemist|drugstore|doctor|clinic|hospital|surgery)| for (?:the|a|my|our) (?:\w+ )?(?:trip|holiday|vacation|journey|flight|travels?|camp|festival))",
        ex=("ive been stockpiling my pills", "saving up my meds"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:im|i am|tonight im|today im){ADV} (?:ending (?:it|it all|my life|things|everything)|killing myself|hanging myself|shooting myself|drowning myself|poisoning myself|gassing myself|overdosing|taking my (?:own )?life|checking out|doing it)(?= ?$|,| tonight| today| now| this weekend| soon| for real| for good| after| on \w+day| this \w+| next \w+| tomorrow| in (?:a|\w+) (?:days?|weeks?|hours?))"
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
        r"|(?<!of )(?<!at )how (?:many|much)(?! i want)(?: \w+){1,4} (?:to die|to overdose|to od|is lethal|is fatal|would kill|to kill (?:me|myself|a person)|to not wake up|before (?:i|you) die)"
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
        r"|(?:i )?(?:overdosed|oded) (?:on|with)(?! (?:sugar|caffeine|coffee|chocolate|candy|netflix|tv|love|carbs|junk|memes|cuteness|anime|(?:\w+ ){0,2}(?:podcasts?|shows?|reality tv|documentaries|audiobooks|youtube|tiktok)))|bleeding (?:a lot|so much|badly|heavily|everywhere|really bad) (?:from|after) (?:cutting|my (?:wrists?|arms?|cuts?))"
        r"|{MEANS}(?:s| is| are)? (?:all )?(?:ready|set up|prepared|tied)(?! for the| for my| for work| for school| for tomorrow)",
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
        r"(?:tonight|today|tomorrow|this weekend|now|finally) i (?:end it|end this|end my life|kill myself|do it|take my life)(?= ?$| for good|,)"
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
        r"|(?:wont|will not|will never|never going to) (?:be )?(?:a problem|a burden|bothering (?:you|anyone|anybody)) (?:anymore|again|much longer|for long|for anyone|to anyone|for anybody|for you|to you|to my family|for my family)"
        r"|(?:wont|will not) (?:be )?(?:here|around|alive) (?:anymore|much longer|for long|to see)"
        r"|(?:you|everyone|nobody|you all|yall) (?:wont|will not|will never|is never going to|are never going to|never|wont ever) (?:have to )?(?:hear from|see|deal with|worry about) me (?:again|anymore|ever again)"
        r"|(?:please )?(?:take care of|look after|feed) (?:my|our) (?:cat|dog|cats|dogs|kids|children|pets?|mom|family|plants|bunny|bird|fish|sister|brother) for me"
        r"|(?:tell|let) (?:my (?:mom|dad|mum|parents|family|sister|brother|kids|\w+)|everyone|them|her|him) (?:know )?(?:that )?(?:i (?:love|loved) (?:them|her|him|you)|im sorry|i said goodbye|i tried)"
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
        r"(?!.*\b(?:plane|flight|airport|train|vacation|holiday|trip|boarding|landed|on my way|at work|asleep|married|home)\b)"
        r"|(?:wont|will not|shall not|shant|will no longer|am not going to|will not still) (?:be )?(?:here|around|alive) (?:tomorrow|after tonight|by (?:tomorrow|morning|then|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next week|in the morning|(?:on |by |come )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this weekend|after (?:today|this weekend))(?= ?$|,| to| for| when| anymore)"
        r"|(?:tonight|today) (?:is|will be) (?:my|the) last (?:night|day)(?! of (?:the|our|this) (?:festival|trip|holiday|vacation|camp|tour|sale))|this time tomorrow ill be (?:gone|dead)",
        ex=("by the time you read this ill be gone", "i wont be here tomorrow"),
    ),
    R(
        "farewell",
        "hint",
        r"(?:goodbye|bye|farewell) (?:everyone|everybody|all|guys|yall|friends|all of you)"
        r"|thank (?:you|u)(?: all| everyone| guys)? for everything|thanks for everything"
        r"|i love you all|love you all|im sorry for everything|(?:please )?forgive me|take care of yourselves"
        r"|(?:^|(?<=, ))bye(?= ?$)|i (?:want|wanted) (?:everyone|you all|you guys) to know|i (?:really )?appreciated (?:this group|all of you|you all|everyone)"
        r"|i just wanted to say (?:thank you|thanks|goodbye|bye|i love you)|goodbye|farewell"
        r"|(?:tonight|today) is the (?:night|day)(?! for| of)|tonights the night(?! for| of)|todays the day(?! for| of)|this is it|its over for me"
        r"|im done(?= ?$)|thank (?:you|u) (?:all |guys |everyone )?for (?:being|everything|all|trying)"
        r"|im sorry i (?:couldnt|wasnt|failed|cant|let you)|(?:i )?want to thank (?:everyone|you all|you guys)",
        ex=("thank you all for everything", "goodbye everyone"),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:giving|gave|give|given|gotten rid of|getting rid of) (?:away )?(?:all |most |some |a lot |lots |much |half |a bunch )?(?:of )?my (?:stuff|things|belongings|possessions|clothes|books|games|cat|cats|dog|dogs|pets?|plants|everything|prized|favorite|collection|art|guitar|stuff away|things away)(?: away)?"
        r"|(?:want|would like|need|wanted) (?:someone|somebody|you|one of you|my (?:sister|brother|friend|best friend|mom|kids)) to (?:have|take|keep) (?:all )?(?:of )?my (?:stuff|things|cat|dog|books|games|guitar|art|clothes|belongings|\w+ (?:when|after) im gone)"
        r"|(?:putting|put|getting|got|have) (?:all )?my (?:affairs|things|stuff|papers) in order"
        r"|my (?:affairs|papers|finances)(?: are| is)? (?:all )?(?:in order|settled|arranged|sorted)"
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
        r"(?:wont|will not|not going to|dont) need (?:it|them|this|these|my \w+|any of (?:it|this|them|my stuff)|anything) (?:anymore|much longer)|(?:^|(?<=, ))(?:i )?(?:wont|will not|dont) need (?:it|them)(?: anymore| now)?(?= ?$|,)"
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
        r"(?:i )?love you (?:guys|all|everyone|so much|mom|mum|dad|mama|papa|ma)(?= ?$|,| so)|im (?:so )?sorry(?= ?$| for everything| for all of it| for being| for what)"
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
        r"(?:have|got|bought|found|holding|hold|ordered|picked up|grabbed|sitting (?:here )?with|staring at|looking at|got hold of|took out|have access to|purchased|acquired|obtained"
        r"|kept|kept back|held back|hid|hidden|stashed|pocketed|stole|nicked|swiped|drawn up|drew up|poured|mixed up|stockpiled|hoarded) (?:a |the |my |some |all |all the |all my |enough |a bunch of |a bottle of |a box of |a handful of |a length of |a piece of |a drum of |a jug of |a can of |a glass of |\d+ |my (?:dads|moms|fathers|mothers|grandpas|brothers) )?{MEANS}"
        r"|(?:the |my )?{MEANS}(?: is| are|s) (?:ready|right here|in my hand|next to me|in front of me|loaded|tied|set up|counted out|in (?:the|my) (?:closet|drawer|cabinet|car|garage|nightstand|bathroom|bag|room|pocket|safe|basement))"
        r"|{MEANS} counted out"
        r"|(?:tied|tying|made|making) (?:a|the) (?:noose|knot)",
        skip="neg",
        ex=("i have the pills right here", "bought a rope", "the gun is loaded"),
    ),
    R(
        "place",
        "escalator",
        r"(?:im|standing|sitting|parked|waiting|here|currently|just got) (?:on|at|by|near|under|on top of|at the top of|at the edge of|on the edge of|in) (?:the|a|this|my)(?: \w+)? (?:bridge|roof|rooftop|ledge|edge|tracks|train tracks|railway|railroad|cliff|balcony|top floor|parking garage|overpass|pier|platform"
        r"|footbridge|viaduct|walkway|multi storey|multistorey|car park roof|level crossing|flyover|dam|water tower|crane|cliffs|cliff edge|sea wall)"
        r"|(?:im|standing|sitting|waiting|currently|just got) (?:on|at) (?:platform|level|floor) \d+(?! (?:for|of the (?:office|library|hospital|mall)))",
        skip="neg",
        ex=("im on the bridge", "standing on the edge of the roof"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:going to|about to|ready to|will|ill|want to|im going to|intend to|plan to|planning to|shall|mean to|am going to) (?:jump|let go|step off|fall|drive over|drive off)(?= ?$| off| from| now| tonight| right now| today| when| once| as soon as)",
        skip="subject idiom cond hyper",
        ex=("im going to jump",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"tonights? (?:is )?the night|(?:today|todays|tomorrow|tomorrows|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? (?:is )?the day(?! of| for| i get| we| we| off)"
        r"|(?:tonight|today) i finish (?:it|this|the job)(?= ?$|,)|finish what (?:\w+ ){1,3}(?:didnt|couldnt|started)",
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
        r"(?:im going to|going to|ill|i will) do it(?= ?$|,| for real| this time)|(?:picked|chosen|chose|set|decided on|selected|found) (?:a|the|my) (?:date|day|time|place|spot|beam|branch|tree|hook|rafter)(?! for| of)"
        r"|(?:have|got) everything i need(?= ?$|,| now)|{MEANS}(?: and (?:the |my |a )?\w+)?(?: are| is)?(?: all)? (?:lined up|laid out|counted|in a row)",
        skip="subject idiom cond hyper",
        ex=(
            "im going to do it",
            "ive picked the date",
            "pills lined up",
            "olanzapine and the vodka are lined up on the counter",
        ),
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
        r"tonight|this weekend|in (?:an|one|a few|two|three|five|ten|fifteen|twenty|thirty|\d+) (?:hours?|minutes|mins)|in a few minutes|at midnight|by morning|before morning|on my birthday"
        r"|(?:when|after|once) (?:everyone|they|my (?:parents|family|wife|husband|mom|dad|roommates?|partner)) (?:is |are )?(?:asleep|sleeps?|goes to (?:bed|sleep)|go to (?:bed|sleep)|leaves?|falls? asleep|gone)"
        r"|(?:the )?(?:house|flat|place|apartment|home)(?:s| is| will be)? (?:empty|all mine) (?:til|till|until|from|after) (?:\d+|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|midnight)",
        skip="neg subject past idiom cond hyper",
        ex=("tonight", "house empty til 9"),
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
    # --- general frames: the act, the means, the place and the time as people put them ------
    R(
        "intent",
        "urgent",
        r"{INTENT}{ADV} (?:walk|step|go) off (?:the|a|this|that) (?:\w+ )?(?:bridge|roof|rooftop|cliff|cliffs|ledge|edge|building|balcony|pier|viaduct|overpass|car park|multi storey|multistorey)"
        r"|(?:im|i am) (?:walking|stepping) off (?:the|a|this|that) (?:\w+ )?(?:bridge|roof|rooftop|cliff|cliffs|ledge|edge|building|balcony|pier|viaduct|overpass)"
        r"|{INTENT}{ADV} (?:put|drive|steer|crash|plough|plow|wrap|floor) (?:the|my|his|her) (?:\w+ )?(?:car|truck|ute|van|bike|motorbike|lorry|rig|motor)(?: \w+)? (?:into|under|off|through) (?:a|the|an|that|some) (?:\w+ )?(?:barrier|wall|tree|gum|pole|pillar|bridge|truck|lorry|semi|cliff|river|lake|sea|quarry|median|overpass|abutment|train|oncoming \w+)",
        ex=(
            "then im walking off the bridge by the hospital",
            "gonna put the car into the barrier on the a30 tonight",
            "im going to drive my truck into a tree",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:injected|shot up|pushed|jabbed) (?:all|every one|every last one|the whole|the rest|all the rest|everything)(?: of)?(?: \w+){0,3} {MEANS}"
        r"|(?:used|injected|did|took) (?:all|every one|every last one|the whole|the rest|all the rest)(?: of)?(?: \w+){0,2} (?:insulin|insulin pens?|pens|vials|ampoules)(?! (?:up|over|this|last|in|by)\b)",
        skip="tense",
        ex=("i used every one of my insulin pens", "injected all my insulin"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed|downed|drank|chugged|popped|ate|necked|knocked back|washed down|just taken|have taken|ive taken|(?:im |been )?taking|(?:im |been )?swallowing)"
        r" (?:like |about |around |maybe |nearly |almost |over |at least |more than |probably )?"
        r"(?:[1-9]\d+|all|every|twenty|thirty|forty|fifty|sixty|seventy|eighty|a hundred|half|(?:a|the|my) (?:whole |hole |full |entire )?(?:bottle|box|pack|packet|strip|jar|tub|handful|bunch|lot|ton|load|blister)"
        r"|the (?:whole|hole|entire|rest|full|last)|(?:a )?whole|(?:way )?too many|so many|lots|loads|heaps|a heap|enough|a fistful|what was left|whats left|what is left|every one|everything)"
        r"(?: \w+){0,4} {MEANS}(?! for (?:my|the|a) (?:headache|pain|cold|flu|cramps|back|tooth|fever|migraine)| to (?:my|the|a|his|her|their) (?!head|mouth)| with (?:food|water|breakfast|dinner|lunch)| this morning| on time| as prescribed| like (?:i|the|my) | for the (?:day|week)| every)",
        skip="tense",
        ex=(
            "took like 40 of my sertraline about 20 min ago",
            "i took a bunch of my moms sleeping pills",
            "i jus took like a hole bottle of advil",
            "swallowed the whole pack of paracetamol",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:drank|drunk|swallowed|chugged|ingested|drinking|swallowing|downed|took|ate|taken|had a (?:swig|mouthful|gulp|glass|cup|capful|bottle|sip) of) (?:\w+ ){0,4}(?:bleach|antifreeze|poison|drain cleaner|weed killer|rat poison|rat killer|pesticide|insecticide|sniper|phenyl|kerosene|paraquat|rodenticide|toilet cleaner|lighter fluid|lye|{POISONS})(?! for (?:the|my|our) (?:rats|mice|garden|godown|kitchen|house|shed|barn|yard|plants))",
        skip="tense",
        ex=("just drank a bottle of antifreeze", "swallowed some rat poison"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:im|am|still|keep|keeps|cant stop|wont stop|its|it keeps) bleeding (?:a lot|so much|so bad|(?:really |so |very )?badly|really bad|heavily|everywhere|really bad|through|out|and (?:i |it )?(?:cant|wont|dont|doesnt|isnt))(?! (?:from|out of) (?:my|the) (?:nose|gums|mouth|ears?))"
        r"|(?:i |just |accidentally )?cut (?:myself )?(?:(?:way|much|so|too|really|a lot|a bit|far) )+deep(?:er)?(?! into the| cut)|cut deeper than (?:i|ever|usual|before|last time|i meant)"
        r"|blood (?:all over|everywhere|wont stop|isnt stopping|keeps coming|is everywhere)(?! (?:from|after) (?:my|the) (?:nose|period))",
        skip="tense idiom",
        ex=(
            "im bleeding a lot and i dont want to call anyone",
            "cut way deeper than i meant to",
            "theres blood all over the floor",
        ),
    ),
    R(
        "means",
        "urgent",
        r"(?:knife|blade|razor|razor blade|glass|scissors|gun|pistol) (?:is )?(?:into|in|across|over|against|to) my (?:wrists?|throat|arms?|thighs?|skin|neck|temple|head|mouth)"
        r"|(?:in|into) (?:the|my) (?:bath|bathtub|tub|shower) with (?:a|the|my|some) (?:razor|blade|knife|razors|blades|razor blades?|pills|toaster|hair ?dryer)"
        r"|(?:the )?(?:rope|noose|belt|cord|ligature) (?:is |are )?(?:already )?(?:up|hung|hanging|tied|ready|in place|around my neck|set up)(?! for| to| on the (?:wall|hook))",
        ex=(
            "i keep pressing the knife into my wrist",
            "im sitting in the bathtub with a razor",
            "the rope is already up in the garage",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:im |i am |and im |now im )?(?:driving|walking|jumping|stepping|throwing myself|leaping) (?:off|into|in front of|under|from|onto) (?:the|a) (?:\w+ )?(?:cliff|bridge|sea|ocean|traffic|train|tracks|bus|truck|roof|rooftop|building|overpass|highway|motorway|freeway|tower|balcony|parking garage|car park|window|lake|river)(?! (?:with|for|to swim|to surf|to get))"
        r"(?!.*\b(?:into the (?:pool|water|lake|river|sea)|was (?:wild|fun|great|awesome|amazing|epic|so fun)|for fun)\b)"
        r"|(?:im |i am )?(?:about to|going to|ready to|finally going to|going to finally) (?:jump|let go)(?= ?$| now| right now| tonight)"
        r"|(?:my |the )?plan is (?:to )?(?:the |my |all the |all my )?{MEANS}"
        r"|^suicide (?:tonight|today|tomorrow|this weekend|now|right now)",
        ex=(
            "getting in the car and driving off the cliff road",
            "im about to jump",
            "my plan is the pills and the bath",
            "sewerslide tonight",
        ),
    ),
    R(
        "place",
        "urgent",
        r"(?:sitting|standing|sat|stood|perched|balancing|climbed|climbing|leaning|hanging) (?:on|over|onto|out over|up on|off) (?:the |a )?(?:edge|ledge|railing|rail|wrong side|other side|outside) (?:of )?(?:the |a |this |my )?(?:\w+ )?(?:bridge|roof|rooftop|building|cliff|balcony|overpass|railing|tower|parking garage|car park|window)"
        r"|(?:climbed|climbing|got|am) (?:over|past) the (?:railing|barrier|fence|rail) (?:of|on|at) (?:the|a|this) (?:\w+ )?(?:bridge|overpass|roof|balcony|building|cliff)",
        skip="neg idiom",
        ex=("sitting on the edge of the bridge railing", "climbed over the railing of the bridge"),
    ),
    R(
        "place",
        "escalator",
        r"(?:im|standing|sitting|parked|waiting|here|currently|just got|ill be|i will be|sat|stood)(?: presently| currently| now| still| already| right now)? (?:on|at|by|near|under|on top of|at the top of|at the edge of|on the edge of|in|into) (?:the|a|this|my)(?: \w+)?"
        r" (?:train station|station platform|subway platform|metro platform|tracks|railway|railroad|lake|river|sea|ocean|quarry|dam|water tower|tower|car park|rooftop|roof|overpass|cliffs?|bridge|ledge|stairwell|top floor)"
        r"|(?:driving|walking|heading|going|on my way|biking|cycling|getting a cab|getting an uber|drove|walked|went|came) (?:to|towards|down to|up to|out to) (?:the|a) (?:\w+ )?(?:bridge|cliffs?|tracks|roof|rooftop|river|lake|sea|ocean|overpass|train station|quarry|dam)",
        skip="neg",
        ex=(
            "ill be at the lake",
            "driving to the bridge now",
            "standing on the overpass by the highway",
        ),
    ),
    R(
        "means",
        "escalator",
        r"{MEANS}(?:s)? (?:is |are )?(?:already |all )?(?:up(?! on | to | from | by | again| last| this| a | my| (?:\d+|one|two|half))|hung|hanging|right here|here|lined up|laid out|counted out|counted|next to me|beside me|in front of me|on (?:the|my) (?:kitchen |bedroom |coffee |bathroom )?(?:desk|bed|table|nightstand|counter|floor|lap|dresser)|in my (?:hand|lap|pocket|bag|backpack|car)|in hand(?! in | within | by | at )|in (?:the|my|his|her) (?:closet|drawer|cabinet|safe|glovebox|glove box|nightstand|garage|basement|bathroom|barn|shed|truck|attic|sleeper|sleeper cab|cab|boot|trunk)|(?:cleaned|oiled|loaded|unlocked)(?: and (?:loaded|ready|cocked|on the \w+))?)"
        r"|(?:know|knows|found out) where (?:the|he|she|they|my \w+) (?:keeps? |hides? |hid |puts? )?(?:the |his |her |their )?(?:key|keys|gun|guns|pills|meds|rope|combination|code|ammo|bullets)"
        r"|(?:count|counted|counting|lined up|lining up|laid out|laying out|crushing|crushed|sorted out|gathering|gathered) (?:out )?(?:all )?(?:of )?(?:the |my |all the |all my |\d+ )?{MEANS}"
        r"|(?:loading|loaded|cleaning|holding|grabbed|took out|unlocked) (?:the|my|his|her|dads|moms|a) (?:gun|pistol|rifle|shotgun|revolver)"
        r"|(?:with|got|have|bought|holding) (?:a|the|my|some|all the|all my) (?:rope|noose|razor|razors|blade|blades|gun|knife|bleach|antifreeze|pills|meds|tablets|sleeping pills)(?= ?$| and| right| now| next| in my|,)",
        skip="neg",
        ex=(
            "got all my pills lined up on the desk",
            "his gun in the closet and i know where the key is",
            "just finished counting out the pills",
            "loading the gun",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:going to|about to|ready to|will|ill|shall|gonna|planning to|plan to|decided to|im|i am) (?:finally )?(?:take|swallow|down|drink|use|taking|swallowing|drinking|using|downing|do) (?:them all|all of them|all of it|it all|everything|every (?:last )?(?:one|pill|single one)|the (?:whole|entire|rest of the) \w+|the (?:whole )?lot)"
        # ... but not the shrug of "small win but ill take it".
        r"|(?<!but )(?<!win )(?<!win, )(?:going to|about to|ready to|will|ill|gonna|planning to|plan to|decided to|im going to) (?:finally )?(?:take|swallow|drink|use) (?:it|them|the \w+)(?= ?$|,| tonight| today| now| right now| tomorrow| when| after| once| as soon| before| on myself| this)"
        r"|(?:that|this|thatll|it|which|they) (?:should|will|would|ought to) be (?:more than )?enough(?= ?$| to (?:do it|die|kill|end|not wake))|theres (?:more than )?enough(?= ?$| to (?:do it|die|kill|end|not wake))"
        r"|(?:worked|figured|planned) out (?:the )?(?:timing|times|train times|schedule|dose|doses|how much|how many|when|where)"
        r"|(?:ive |i have |i )?(?:made (?:up )?my (?:mind|decision)|decided)(?= and| im|,)|(?:im |i am |feel )?at peace with (?:it|my decision|dying|this|what im about to do)(?= ?$| now)",
        skip="idiom cond hyper",
        ex=(
            "gonna take them all as soon as my shift ends",
            "im going to use it tonight",
            "im going to drink it",
            "that should be enough",
            "ive worked out the timing",
        ),
    ),
    R(
        "farewell",
        "concern",
        r"^(?:my |this is my |heres my )?(?:final|last) (?:post|message|goodbye|words|entry)(?= ?$)"
        r"|this is (?:the|my) last (?:night|day|time (?:ill|i will|im going to|youll|you will|anyone will|i) (?:log|post|write|talk|hear|see|be|bother|reach))(?! of| before| at| in| with| for| on)"
        r"|(?:to |for )?whoever (?:reads|finds|sees) (?:this|them|me|it)|(?:please )?(?:dont|do not) (?:try to |come )?(?:find|look for|search for|come looking for|come after|follow) me|(?:dont|do not) come looking(?= ?$|,| for me)"
        r"|(?:im|i am|i) (?:not|never|wont be|dont think im|will not be) (?:coming|going) (?:home|back)(?: from (?:my|the|this) \w+)?(?= ?$| tonight| this time|,| again)"
        r"|(?:not sure|dont think|doubt|dont know if) (?:im|i will|ill|i am) (?:going|coming|walking|climbing|getting) (?:back )?(?:down|home|back)(?= ?$|,| again| the stairs| from here| tonight| this time)",
        ex=(
            "final post",
            "this is the last night",
            "please dont try to find me",
            "i dont think im coming home",
        ),
    ),
    R(
        "giving_away",
        "hint",
        r"(?:passwords?|pin|bank (?:details|info)|logins?|passcodes?)(?: \w+){0,3} (?:are|is) (?:in|on|under|written|saved)",
        ex=("my passwords are in the notebook",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:wont|will not|not) be coming (?:home|back)"
        r"|(?:wrote|written|writing|left|leaving|finished) (?:goodbye |farewell )?(?:letters|notes|a letter|a note|messages) (?:to|for) (?:my|each|everyone|all|the people)"
        r"|(?:keep|keeps|kept|im|been|just|cant stop) (?:looking|staring|peering|leaning|hanging) (?:down|over|over the edge|at the (?:water|drop|tracks))(?= ?$| the|,)|(?:the )?train is (?:coming|approaching|pulling in)|so (?:they|someone|people) (?:can|will|could) find me|(?:its|it is) (?:really |so |very )?(?:high|far down|a long way down)(?= ?$| up here)"
        r"|love you all|i just wanted (?:someone|somebody|you all|you guys|one person) to know|its over(?= ?$)",
        ex=("i wont be coming back", "i keep looking down"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:thinking|think|thought|been thinking|keep thinking|considering|contemplating) (?:about |of )?(?:jumping (?:off|in front of|from)|walking into (?:the )?(?:sea|ocean|traffic|river)|driving (?:off|into)|stepping in front of|swallowing all|taking all (?:my|the|of my))",
        ex=("thinking of jumping in front of the train",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:hope|hoping|pray|praying|wish|wishing)(?: that)? i{ADV} (?:dont|never|wont|do not|will not) wake up"
        r"|(?:dont|cant) (?:see|imagine|picture) myself (?:being alive|alive|living|being here|here|making it|surviving)(?= in | by | at | past | until | much| another| for| ?$)"
        r"|(?:peaceful|nice|good|easy|easier|better|a relief|lovely|great|simpler) (?:it )?(?:would be|itd be|it would be|to be) to{ADV} {DIE}"
        r"|why (?:am i|im|are we|do i) (?:even )?(?:still )?(?:even )?(?:alive|here|breathing|living)(?= ?$| anymore| at all| honestly)"
        r"|wish(?:ing)?(?: that)? (?:a|some|the) (?:car|truck|bus|train|plane|meteor|asteroid|drunk driver) (?:would |could )?(?:just )?(?:hit|kill|take|crush)s? me"
        r"|(?:hate|hating|dread|dreading) waking up(?= ?$| every| each| in the morning)|(?:disappointment|disappointed|letdown|let down) (?:that |when )?(?:i|im) (?:still (?:here|alive|breathing)|woke up|wake up)"
        r"|wish(?:ing)? (?:i|id) (?:had )?never (?:been born|existed|woke up)"
        r"|(?:sleep|fall asleep|go to sleep) and (?:not|never) (?:have to |need to )?wake up"
        r"|(?:dont|dont really|no longer|stopped|dont even) car(?:e|ing) (?:if|whether) (?:im|i am|i live|i die|i wake up|i make it)(?: \w+){0,2}(?: or not| or die| or dead)?",
        ex=(
            "some nights i lie in bed hoping i just dont wake up",
            "i dont see myself being alive in a few years",
            "how peaceful it would be to just not exist",
            "why am i even still here",
            "some days i wish a car would just hit me",
            "i hate waking up",
            "i wish id never been born",
            "i just dont really care whether im here or not anymore",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:dont know|idk|not sure|no idea) how (?:much )?(?:longer|long) (?:i can|i could|im going to be able to|ill be able to|i will be able to|i can keep) (?:keep going|go on|do this|take (?:it|this)|hold on|last|keep doing this|keep living|survive|hang on|keep this up)",
        ex=("idk how much longer i can keep going like this",),
    ),
    R(
        "burden",
        "concern",
        r"(?:nobody|no one|not a single person|none of you|no body)(?: \w+){0,2} (?:would|will|d) (?:\w+ )?(?:notice|care|miss me|mourn) if i (?:\w+ ){0,1}(?:stopped|wasnt|werent|disappeared|left|vanished|died|was gone|were gone|stopped existing|was dead|went missing|never came back)"
        r"|if i (?:died|was gone|disappeared|vanished|killed myself|wasnt here)(?: \w+){0,4} (?:nobody|no one|anyone|anybody) (?:would|will) (?:even )?(?:care|notice|miss me)"
        r"|(?:world|everyone|everybody) (?:would|will|is|d)(?: \w+){0,2} (?:be )?(?:a )?better (?:place |off )?without me",
        skip="neg",
        ex=(
            "nobody would even notice if i stopped showing up",
            "if i died tomorrow i dont think anyone would care",
            "the world would honestly be better without me in it",
        ),
    ),
    R(
        "slang_kms",
        "concern",
        r"{WANT}{ADV} (?:suicide|unalive)(?= ?$| so| rn| right| tonight| today| again| fr| honestly| lol)",
        ex=("i wanna sewerslide", "wanna unalive so bad rn"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:slit|slashed|sliced|opened) (?:my|both) (?:wrists?|arms?|throat|veins)"
        r"|took (?:a|the|my) (?:razor|blade|knife|razor blade|box cutter) to my (?:arms?|wrists?|skin|legs?|thighs?|stomach|throat)"
        r"|(?:cant|cannot|couldnt|can not) (?:make it |get it to |seem to )?stop (?:the )?bleeding"
        r"|(?:took|swallowed|downed|taken) (?:every|each) (?:single |last )?(?:pill|tablet|capsule|med)(?! (?:on time|as prescribed|this morning|today|like))"
        r"|(?:garage(?: \w+){0,6} (?:engine|car) (?:is )?(?:running|on|still running)|(?:engine|car) (?:is )?(?:running|on|still running)(?: \w+){0,6} garage)"
        r"(?!.*\b(?:warm up|warming up|to warm|defrost|leaving in|heading out|about to leave)\b)",
        skip="tense",
        ex=(
            "i slit my wrists",
            "took a razor to my arm",
            "i cant make it stop bleeding",
            "took every pill in the house",
            "im in my car in the garage with the engine running",
        ),
    ),
    R(
        "place",
        "urgent",
        r"(?:writing|typing|posting|sending) this (?:from|on|at) (?:the|a|this|my) (?:\w+ )?(?:bridge|roof|rooftop|ledge|tracks|cliff|overpass|railing|edge)",
        skip="neg",
        ex=("im writing this from the bridge",),
    ),
    R(
        "place",
        "escalator",
        r"(?:at|on|from|by|near|to|towards|over) (?:the )?(?:edge|end|side) of (?:the|a|this) (?:\w+ )?(?:platform|bridge|roof|rooftop|cliff|building|balcony|tracks|overpass|parking garage|car park|pier|dam|quarry)"
        r"|(?:heading|walking|driving|going|go|on my way|running) (?:to|towards|down to|out to) (?:the )?(?:tracks|railway|railroad|train tracks|bridge|cliffs?|river|roof)(?! (?:to|for|with) )",
        skip="neg",
        ex=("standing at the edge of the platform", "heading to the tracks now"),
    ),
    R(
        "means",
        "escalator",
        r"(?:have|got|holding|hold|bought|found|grabbed|took|keep|kept|brought) (?!to |been |no |not |run out|ran out)(?:\w+ ){0,5}{MEANS}"
        r"|(?:take|taking|bring|bringing) (?:my |the |his |dads |my dads |my fathers )?(?:\w+ )?(?:gun|shotgun|rifle|pistol|revolver)"
        r"|(?:put|packed|hid|placed|stashed|hidden) (?:the|a|my|his|her) (?:\w+ )?{MEANS} (?:in|into|under) (?:my|the)"
        r"|(?:a|the|my) (?:\w+ )?(?:plastic )?bag over my head|(?:already|just) (?:took|swallowed|taken) (?:the|those|these) {MEANS}",
        skip="neg",
        ex=(
            "i have my dads revolver on the table",
            "i have 200 tylenol",
            "i already took the pills",
        ),
    ),
    R(
        "means",
        "urgent",
        r"(?:gun|pistol|revolver|rifle|shotgun|firearm)(?: \w+){0,3} (?:in my (?:hand|hands|mouth|lap)|to my (?:head|temple|chin))"
        r"|(?:holding|have|got|with) (?:a|the|my|my \w+s) (?:gun|pistol|revolver|rifle|shotgun)(?: \w+){0,2} (?:in my (?:hand|hands|mouth|lap)|to my (?:head|temple|chin)|cocked|loaded|safety off)",
        skip="neg",
        ex=("the gun is in my hand",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"^(?:its|it is|its finally|it will be|its going to be) happening(?= ?$| tonight| today| now| tomorrow| this)"
        r"|^(?:im |i am )?(?:finally )?doing it(?: in (?:an|a|one|two|a few|\d+) (?:hour|hours|minutes|mins|min))?(?= ?$| tonight| today| after| when| once| this| tomorrow| now| right now| before|,)"
        r"|(?:trying|try|going to try|ill try|gonna try|attempt|attempting) again (?:tonight|today|tomorrow|soon|this weekend|right now)"
        r"|(?:im )?(?:going to|about to|want to|ready to|gonna) (?:jump|let go|step off|fall)(?= ?$| off| from| now| tonight| right now| today| as soon| when| after)"
        r"|(?:ive |i )?(?:made|making) sure(?= ?$)|(?:nobody|no one|noone) knows (?:im here|where i am|where im going)|(?:want|going) to go over(?= ?$| the (?:edge|railing|side|rail|barrier))"
        r"|before i lose (?:the|my) nerve|everything is (?:ready|set|prepared|in place|done)(?= ?$|,)"
        r"|(?:made|making) sure (?:of (?:it|that)|nobody|no one|noone|they wont|it works|it will work)|(?:nobody|no one) will (?:find|stop|reach) me (?:until|before|in time)"
        r"|(?:im |been |ive been |and )?(?:drinking|drunk|wasted) and (?:i )?(?:have|got|holding)|no reason to stop(?= ?$)"
        r"|(?:my |the )?plan is (?:all )?(?:set|in place|ready|final|done|made|locked in)(?! for (?:the|a|our|my) (?:trip|party|wedding|weekend|holiday|vacation|move|birthday))",
        skip="idiom cond hyper",
        ex=(
            "its happening tonight",
            "doing it after my shift",
            "im trying again tonight",
            "i made sure of that",
            "ive been drinking and i have",
        ),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:not going to|wont|will not|not gonna|wont even) be (?:alive|here|around|breathing) (?:tomorrow|by (?:tomorrow|morning|tonight|then|the weekend|monday)|in the morning|after tonight|next week|much longer than tonight|when you wake up)",
        skip="neg",
        ex=("im not going to be alive tomorrow morning",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:said|saying|say|said all) my goodbyes|(?:said|saying|say) (?:goodbyes?|bye)(?= ?$| to (?:someone|somebody|anyone|people|everyone|everybody|my (?:family|friends|kids|parents|mom|dad|sister|brother)|them|you all))|sorry (?:mom|mum|dad|mama|papa|everyone|guys)(?= ?$|,)"
        r"|(?:written|wrote|writing) (?:everything|it all) down for (?:my|everyone|them)|just (?:want|wanted|need) (?:someone|somebody|one person|you all|someone here) to know"
        r"|can (?:someone|somebody|anyone) (?:just )?(?:talk to me|be here|stay with me)|(?:please )?(?:someone|somebody|anyone) talk to me",
        ex=(
            "ive said my goodbyes",
            "sorry mom",
            "just want someone to know",
            "can someone just talk to me",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:think|thinking|thought) (?:a lot |so much |sometimes |often )?about{ADV} (?:not being (?:here|alive|around)|not existing|not waking up|being gone|ending it|ending things|ending my life|killing myself|dying in my sleep)"
        r"|(?:lying|lie) if i (?:said|say) i (?:didnt|dont|never|wasnt|havent|had never)(?: \w+){0,2} (?:want to die|want to disappear|think about (?:dying|suicide|death|it|ending it)|feel suicidal|want to not exist|wish i was dead)"
        r"|(?:just )?waiting (?:to die|for (?:death|the end|my time|it all to end|it to be over|god to take me))"
        r"|(?:dont|no longer) want to{ADV} (?:do|live) (?:this|this life|life)(?: \w+){0,2} (?:anymore|any longer)"
        r"|(?:wish|want|wanna|need)(?: \w+){0,5} (?:sleep(?! in)|disappear|vanish|be gone)(?: \w+){0,5} forever(?! on| at| every)"
        r"|(?:pray|praying|prayed|hope|hoping|wish|wishing)(?: that)? (?:god|the universe|something|someone|death|jesus|the lord) (?:takes|will take|would take|took|kills|would kill|comes for) me"
        r"|done with (?:breathing|existing|being alive|being here|living|trying to live|life)",
        skip="neg",
        ex=(
            "sometimes i think about just not being here anymore",
            "id be lying if i said i didnt want to die sometimes",
            "feel like im just waiting to die",
            "i dont want to do this life thing anymore",
            "i wish i could just go to sleep for a year or forever",
            "every night i pray god takes me in my sleep",
            "done with breathing",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:dont|cant|no longer){ADV} see (?:the|any) point (?:in|of|to) (?:anything|living|life|going on|trying|being alive|waking up|existing|any of (?:this|it))"
        r"|no future for (?:me|someone like me|people like me|a person like me)|(?:i have|theres|there is) no future(?= ?$| left| anymore| for me)",
        skip="neg",
        ex=("dont really see the point in anything", "theres no future for someone like me"),
    ),
    R(
        "burden",
        "concern",
        r"(?:would|d|will|might)(?: \w+){0,2} be (?:\w+ ){0,2}(?:happier|better off|better|fine|relieved|glad|okay|ok|free) (?:if|when|once) i{ADV} (?:was gone|were gone|was dead|were dead|died|disappeared|vanished|left|wasnt here|werent here|stopped existing|killed myself|wasnt around|werent around)"
        r"|(?:world|everyone|everybody|my family|people|they|the people)(?: \w+){0,5} (?:fine|better|happier|easier|okay) without me(?! (?:for|this|next|today|tomorrow|while|during|at|on|there|here))",
        skip="subject",
        ex=(
            "everyone would be happier if i just vanished",
            "the world would keep spinning fine without me",
        ),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:giving|gave|given|been giving) (?:away )?(?:stuff|things|everything|all my things|most of my things|my stuff|my things)(?: away)?(?! (?:to charity|to goodwill|i dont use|that dont|that doesnt|from my))",
        ex=("ive been giving stuff away",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:cut|slit|sliced|slashed|stabbed|burned|burnt|opened) (?:my|both|into my) (?:wrists?|arms?|thighs?|legs?|throat|neck|stomach|veins?)(?: \w+){0,2} (?:deep|deeper|open|too deep|badly|really bad|to the bone)"
        r"|(?:tied|tying|hung|hanging|attached|fixed|secured|looped) (?:a |the |my )?(?:rope|noose|belt|cord|sheet|ligature|extension cord)(?: \w+){0,4} (?:to|around|from|on|over) (?:the|my|a) (?:\w+ )?(?:railing|beam|rafter|door|doorknob|closet|ceiling|fan|banister|tree|pipe|rod|hook|neck|balcony)"
        r"|(?:loaded|cocked|unlocked) (?:the |my |his |her |a )?(?:\w+ )?(?:gun|pistol|revolver|rifle|shotgun|handgun)(?! for (?:hunting|the range|target|practice| deer))",
        skip="tense",
        ex=(
            "i cut my wrist deep",
            "i tied the rope around the railing on my balcony",
            "loaded my dads gun and sat in the car",
        ),
    ),
    R(
        "place",
        "urgent",
        r"(?:standing|sitting|lying|laying|im|i am|waiting|kneeling|walking|currently) (?:\w+ ){0,2}(?:on|in|onto|along|between) (?:the )?(?:train tracks|railway tracks|railroad tracks|rail tracks|tracks|subway tracks|railway line)(?! (?:for|at) (?:a|the) (?:race|meet))"
        r"|(?:im|i am|im out|im outside|standing|sitting|sat|stood|perched|crouching|kneeling) (?:out |outside )?(?:on|at) the (?:\w+ ){0,2}ledge(?: of| outside)?"
        r"|(?:outside|out) (?:the|my) (?:window|balcony railing)(?: \w+){0,3} (?:\d+|nine|ten|eleven|twelve|twenty|fifteen) (?:floors|stories|storeys)",
        skip="neg",
        ex=("im standing on the train tracks right now", "im outside on the ledge of my window"),
    ),
    R(
        "place",
        "escalator",
        r"(?:at|on|to) the (?:very )?top of (?:the|a|this|my) (?:\w+ ){0,2}(?:parking structure|parking garage|parking deck|car park|building|bridge|tower|cliff|stairwell|stadium|dam|hotel)"
        r"|(?:\d+|nine|ten|eleven|twelve|twenty|fifteen|thirty) (?:floors|stories|storeys) (?:up|high|down)?(?= ?$)",
        skip="neg",
        ex=("im at the top of the parking structure downtown",),
    ),
    R(
        "means",
        "escalator",
        r"{MEANS}(?: \w+){0,4} (?:next to me|beside me|in front of me|in my (?:hand|hands|pocket|bag|lap|backpack|room|car|purse)|on me|with me|open|opened|unlocked|ready)"
        r"|(?:have|got|ive got|holding) (?:the|a|all the) (?:means|way to do it)|(?:pill bottle|bottle of pills|bottle of \w+|box of \w+) (?:is )?(?:open|opened|next to me|in my hand)"
        r"|(?:already|just) (?:taken|took|swallowed|downed) (?:them|it|all of them|them all|the lot|the whole lot)",
        skip="neg",
        ex=(
            "the pill bottle open next to me",
            "pills are in my pocket",
            "i have the means",
            "ive already taken them",
        ),
    ),
    R(
        "farewell",
        "hint",
        r"(?:feel|feeling|getting|im|so|really) (?:really |so |very |super )?(?:sleepy|dizzy|drowsy|woozy|faint|lightheaded|numb and sleepy)"
        r"|(?:vision|heart|eyes|chest|head)(?: is| are)? (?:\w+ )?(?:weird|blurry|racing|pounding|fading|going dark|heavy)|cant (?:breathe|stay awake|keep my eyes open|feel my)"
        r"|im (?:so )?sorry(?= ?$|,)|it will be (?:done|over)|itll be (?:done|over)|it(?:ll| will) look like an accident",
        ex=(
            "i feel really sleepy and my vision is weird",
            "im so sorry",
            "itll look like an accident",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:going to|gonna|plan to|planning to|planning on|will|ill|im going to|decided to) (?:go )?do it(?= before| after| when| while| once| on \w+| this \w+| next \w+| \w+day| in the morning| at night| at \d| as soon| tomorrow| tonight| today)"
        r"|(?:dont|do not) want to be (?:talked out of it|stopped|saved|found|rescued)|(?:dont|please dont|no one|nobody) (?:try to )?(?:stop|save|talk me out of) (?:me|it)"
        r"|waiting (?:for|until) (?:the house|everyone|everybody|my \w+|them|it) (?:to be|is|are|to get|gets|goes|to go|to leave|leaves)(?: \w+){0,2}"
        r"|(?:me|myself) (?:a |the )?(?:courage|guts|nerve) to (?:do it|end it|go through with it)",
        skip="idiom cond hyper",
        ex=(
            "im going to do it before my mom gets home",
            "i plan to do it sunday morning",
            "i dont want to be talked out of it",
            "waiting for the house to be empty",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:when|after|once|while|before|until) (?:everyone|everybody|they|theyre|hes|shes|he is|she is|my \w+|the house|the kids|the baby|nobody|no one|mom|moms|mum|mums|dad|dads)(?: \w+){0,3} (?:is |are |gets |get |goes |go |falls? )?"
        r"(?:asleep|sleeping|out|gone|away|empty|home|leaves?|in bed|to (?:bed|sleep|work|school|church|class)|at (?:work|school|church|class)|on shift|on nights|on the night shift|out of town|wakes? up)"
        r"|(?:after|before) (?:dinner|work|class|school|my shift|church|breakfast|lunch|the funeral|my exam)|(?:everyone|everybody)(?: \w+){0,3} (?:is |are )?(?:asleep|sleeping)"
        r"|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| night| evening| afternoon)?(?= ?$| when| after| before| while|,)",
        skip="neg subject past idiom cond hyper",
        ex=(
            "when my roommate is at church",
            "everyone in my house is asleep",
            "while hes on shift",
            "once shes asleep",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:not|no longer|never) (?:really |even )?(?:scared|afraid|frightened) (?:of|of the idea of) (?:dying|death|being dead)"
        r"|(?:death|dying|being dead|not existing|not waking up|the end) (?:seems|sounds|feels|looks|would be|is looking)(?: \w+){0,2} (?:nice|good|peaceful|better|appealing|tempting|comforting|like a relief|like relief|easier|okay|fine|inviting|attractive)"
        r"|(?:tired|exhausted|sick|worn out|weary|drained) (?:of|from|with) (?:being alive|living|existing|being here|waking up|breathing|surviving|life)(?! (?:paycheck|in this city|with my|at home|here))"
        r"|(?:^|what if i just |i just want to |i want to )stop(?:ped)? being(?= ?$)",
        skip="neg",
        ex=(
            "im not really scared of dying anymore",
            "death seems kind of nice right now",
            "im so exhausted from being alive",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:dont know|idk|not sure|no idea) how (?:to|i can|i could|im supposed to) (?:keep living|keep going|go on|live like this|survive this|keep doing this|stay alive|keep existing)"
        r"|(?:point|purpose) of me(?: even)?(?: is| existing| being here| being alive)?(?= ?$)|whats the point of me",
        skip="neg",
        ex=(
            "i dont know how to keep living like this",
            "i keep wondering what the point of me even is",
        ),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:courage|guts|nerve|strength|balls) to (?:end it|do it|kill myself|go through with it|end my life|jump|pull the trigger)"
        r"|(?:thinking|thought|think|planning|wondering|imagining) (?:about |of )?how (?:id|i would|ill|i will|i could|i can|i should|to) (?:do it|end it|kill myself|die|end my life|end things)",
        ex=("waiting for the courage to end it", "ive been thinking about how id do it"),
    ),
    R(
        "burden",
        "concern",
        r"(?:collect|collecting|get|getting|cash in|have|with) (?:my )?life insurance"
        r"|if i (?:disappeared|died|vanished|was gone|killed myself|left|stopped existing)(?: \w+){0,3} (?:would|will) (?:anyone|anybody|people|they|you)(?: even)? (?:notice|care|miss me)",
        ex=(
            "my family would be better off collecting my life insurance",
            "if i disappeared tomorrow would anyone even notice",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed|downed|drank|chugged) (?:the|a) (?:whole|entire|full|hole) (?:bottle|box|pack|packet|strip|jar|tub|blister)(?! of (?:water|wine|juice|soda|milk|beer|coke|pop|vodka|whiskey|tequila|rum|kombucha|vitamins|gummies))"
        r"|(?:cut|cutting|went) (?:too|way too|so|really) (?:much|far|deep|hard|many times)"
        r"|(?:idk|i dont know|dont know|not sure|lost count of) how many(?: i took| i swallowed| i had| pills| i downed| of them i took|(?= ?$))",
        skip="tense",
        ex=(
            "i took the whole bottle",
            "i cut too much and i feel cold",
            "took some xanax, idk how many",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:took|swallowed|downed|popped|taken) (?:some|a few|a couple of|a couple|a bunch of|several|extra|more) {MEANS}",
        skip="neg",
        ex=("took some xanax",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:about to|going to|gonna|want to|might) do something (?:\w+ )?(?:stupid|dumb|drastic|permanent|bad|i cant take back|irreversible|final)"
        r"|(?:need|want) (?:someone|somebody|anyone|you) to (?:stop|talk me down|come get) me|(?:please )?(?:someone|somebody|anyone) stop me"
        r"|(?:a|the|my) (?:date|day|time|place|spot|method) (?:is )?(?:picked|chosen|set|planned|decided)(?! for (?:the|our|my) (?:wedding|party|trip|move|meeting|exam|surgery|appointment))"
        r"|(?:its|it is) this (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)(?= ?$)",
        skip="idiom cond hyper",
        ex=(
            "im about to do something really stupid",
            "i need someone to stop me",
            "i have a date picked",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:middle|center|centre|top|edge|side|end) of (?:the|a|this) (?:\w+ )?(?:bridge|overpass|viaduct|pier|dam|cliff|cliffs|roof|quarry|gorge|canyon)"
        r"|(?:at|on|by|near|to) (?:the|a) (?:cliff|bridge|roof|rooftop|quarry|pier) (?:edge|ledge|railing|top)"
        r"|(?:bath|bathtub|tub) (?:is )?(?:running|filling|full|ready|filled)",
        skip="neg",
        ex=(
            "walked out to the middle of the bridge",
            "parked at the cliff edge",
            "the bath is running",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:dont|do not) think (?:im|i am|ill|i will|i can) (?:going to |gonna )?(?:make it|survive|last|hold on|be (?:here|alive|around))(?= ?$| this| to| through| past| until| much| another| till)"
        r"|(?:sleep|disappear|vanish)(?: \w+){0,2} and never (?:have to )?(?:deal with|wake|face|come back|feel|see)"
        r"|(?:imagining|picturing|imagine|picture|thinking about|daydreaming about)(?: \w+){0,3} (?:at )?my (?:own )?(?:funeral|death|grave|memorial)"
        r"|(?:dying|death|not waking up|being dead|the thought of (?:dying|death|not waking up|being dead|ending it)) (?:doesnt|does not|no longer|dont) (?:scare|frighten|bother|worry) me"
        r"|(?:think|thinking|thought) (?:about|of) (?:dying|death|suicide|killing myself|not being here)(?: \w+){0,2} (?:more than|all day|every day|constantly|daily|nonstop|every hour|every (?:single )?(?:night|day|morning))"
        r"|(?:stand|standing|lean|leaning|stood|walk|walking) (?:too )?close to the (?:edge|tracks|platform edge|railing|traffic)(?: \w+){0,4} on purpose",
        skip="neg",
        ex=(
            "i dont think im going to make it through this year",
            "i want to sleep and never have to deal with anything again",
            "i keep imagining everyone at my funeral",
            "the thought of not waking up doesnt scare me anymore",
            "i think about dying more than i think about living",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"{WANT}{ADV} give up(?= ?$| on (?:life|everything|living|myself))|(?:so|just|really) (?:tired|exhausted|done) (?:of|with) (?:everything|it all|myself)(?= ?$)",
        skip="neg",
        ex=("i just want to give up", "im just so tired of everything"),
    ),
    R(
        "burden",
        "concern",
        r"(?:my (?:life|existence|presence)|existing|me being here|me being alive) (?:is|feels like) (?:a|such a|just a|nothing but a|only a) (?:\w+ )?burden",
        ex=("my life is a burden to everyone who loves me",),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"(?:cutting|self harm|sh|hurting myself|burning myself|the blade|bleeding) (?:is )?(?:the only thing|all|the one thing)(?: \w+){0,2} (?:that )?(?:helps|works|makes me feel|calms me|keeps me)",
        ex=("cutting is the only thing that helps anymore",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:bought|got|have|saved|ordered|collected|found|picked|chose|stole|took) (?:\w+ ){0,3}(?:to|for|so i can|where i can|where ill|where i will) (?:overdose|od|kill myself|end it|end my life|hang myself|die|do it)(?: with| from| on| off)?(?= ?$| with| from| on| off|,| tonight| today| tomorrow)"
        r"|(?:getting|grabbing|going to get|fetching|gonna get) (?:the|a|my) (?:rope|noose|gun|pistol|pills|knife|blade|razor|bleach|belt)(?= now| right now)"
        r"|enough {MEANS} to (?:kill|die|overdose|end|do it|not wake up)(?: \w+){0,3} (?:and|so) (?:im|i am|ill|i will|im going to) (?:taking|take|use|using|swallow|swallowing)",
        ex=(
            "i bought pills to overdose with",
            "im getting the rope now",
            "i found a tree to hang myself from",
            "ive got enough pills to kill a horse and im taking them",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|taken|had|have taken) an overdose(?! of (?:caffeine|coffee|sugar|energy drinks?|chocolate|vitamin \w+|vitamins))|(?:i |just |ive )(?:overdosed|oded)(?= ?$| on| again| last night| tonight| just now| and|,|(?: \w+){0,3} ago)"
        r"(?! on (?:sugar|caffeine|coffee|chocolate|candy|netflix|tv|love|carbs|junk|memes|cuteness|anime|(?:\w+ ){0,2}(?:podcasts?|shows?|reality tv|documentaries|audiobooks|youtube|tiktok)))"
        r"|(?:cut|slit|slashed|sliced) (?:my|both|both my|both of my) wrists?(?! when| as a| in (?:high|middle)| years| back)",
        skip="tense",
        ex=("i took an overdose", "i overdosed", "i cut my wrists"),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"(?:cut|hurt|burned|harmed) myself(?: \w+){0,4} (?:and|but) (?:i )?(?:want|wanna|need|have the urge) to (?:do it |do that )?again",
        skip="tense past",
        ex=("i cut myself last week and want to again",),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"^suicide thoughts|suicide thoughts (?:again|lately|today|tonight|are back|every day|all the time)|(?:having|have|getting) suicide thoughts",
        ex=("sewerslide thoughts again",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:make|making|made) it look like an accident"
        r"|(?:researching|googling|looking up|looked up|searched|googled|reading about|read about) (?:\w+ ){0,2}how (?:long|much|many)(?: \w+){0,3} (?:to die|it takes to die|to kill|to overdose|is lethal|until you die)",
        ex=(
            "im going to make it look like an accident",
            "been researching how long it takes to die",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"covered in (?:my own )?blood|(?:cant|wont|cannot|can not) stop (?:the )?(?:blood|bleeding)"
        r"|every (?:single )?(?:pill|tablet)(?: \w+){0,4} (?:in front of me|next to me|on the (?:floor|bed|table|desk|counter)|in my hand)",
        skip="tense",
        ex=(
            "my hands are covered in blood and i cant stop it",
            "with every pill from the cabinet in front of me",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:when|after|once|while|before|until) (?:she|he|her|him) (?:\w+ ){0,1}(?:leaves?|goes|falls? asleep|is asleep|gets home|goes to (?:bed|sleep|work)|is at work|is out|is gone)|after dark|(?:once|when) its dark",
        skip="neg subject past idiom cond hyper",
        ex=("when she leaves for her night shift", "after dark"),
    ),
    R(
        "farewell",
        "concern",
        r"(?:wont|not going to|not gonna|will not) be (?:here|around|alive) (?:much|for much|any) longer"
        r"|(?:writing|wrote|drafting|drafted|typing|typed) (?:\w+ )?(?:goodbye|farewell|final) (?:messages|texts|notes|letters|posts|emails)",
        ex=("not going to be here much longer", "i keep writing goodbye messages"),
    ),
    R(
        "farewell",
        "hint",
        r"notes? (?:written|done|left|finished|ready)",
        ex=("notes written",),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:dog|cat|pets?|bird|rabbit|fish) (?:rehomed|given away)|rehomed (?:my|the|our) (?:dog|cat|pets?|bird|rabbit)",
        ex=("dog rehomed",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:dont|cant) (?:see|imagine|picture) myself (?:getting older|growing old|getting old|reaching \d+|turning \d+|as an adult|at \d+)"
        r"|(?:think|thinking|thought) about{ADV} (?:not stopping|not braking|swerving|driving into|letting go of the wheel|not turning the wheel|stepping out|walking into traffic)"
        r"|(?:didnt|did not|dont|wouldnt|would not) have to (?:exist|live|be alive|wake up|be here)(?= ?$| anymore| any longer)"
        r"|wish(?:ing)? (?:i|id) (?:had )?never (?:woken up|survived|made it|come back)"
        r"|keep (?:thinking|dreaming|fantasizing) about (?:dying|death|suicide|killing myself|ending it|not existing)",
        skip="neg",
        ex=(
            "i just dont see myself getting older",
            "think about just not stopping at the red light",
            "what if i didnt have to exist anymore",
            "honestly wish id never woken up from surgery",
            "i keep thinking about dying",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed|downed|taken|swallowing|chugged|ate) (?:every (?:single )?(?:pill|tablet|med)|everything|all (?:the|of the) (?:pills|meds|medicine|medication|tablets)) (?:in|from) (?:my|the|this|our) (?:\w+ )?(?:cabinet|house|home|drawer|bathroom|kitchen|bag|purse|room|cupboard)",
        skip="tense",
        ex=("i just swallowed everything in my medicine cabinet",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:im|i am) (?:emptying|going to empty|gonna empty|about to empty) (?:my|the|our) (?:\w+ )?(?:medicine cabinet|pill bottles?|pill box|pill organi[sz]er|meds|medication)(?= ?$| when| tonight| after| once| as soon| so )",
        ex=("im emptying the medicine cabinet when i get home",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:about|going|ready|gonna|planning|want) to (?:take|swallow|down|drink) (?:every (?:single )?(?:pill|tablet|med)|everything|all (?:the|of the) (?:pills|meds|medicine|medication|tablets)) (?:in|from) (?:my|the|this|our) (?:\w+ )?(?:cabinet|house|home|drawer|bathroom|kitchen|bag|purse|room|cupboard)",
        ex=("im about to take every pill in this house",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:tonight|today|tomorrow|now|then) i (?:use|take|swallow|drink) (?:them|it|the \w+|all of them|them all)"
        r"|(?:going to|gonna|will|ill|about to) use (?:the|my|his|her|dads|moms|my dads|my moms) (?:\w+ )?{MEANS}",
        skip="idiom cond hyper",
        ex=("tonight i use them", "im going to use my dads gun"),
    ),
    R(
        "means",
        "escalator",
        r"(?:been )?(?:stockpiling|hoarding|stockpiled|hoarded)(?= ?$| for| since|,)|engine (?:on|running|still running)(?= ?$|,)",
        skip="neg",
        ex=("ive been stockpiling for weeks", "engine on"),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:nobody|no one|noone)s? (?:is )?home|(?:im |i am )?home alone(?= ?$| tonight| now| all| this|,)|(?:everyone|everybody)s? (?:is )?(?:out|away|gone)(?= ?$| tonight| for|,)",
        skip="neg subject past idiom cond hyper",
        ex=("nobodys home",),
    ),
    R(
        "hopelessness",
        "hint",
        r"(?:want|need|wish|wanting)(?: for)? (?:the|this|my|it|everything)(?: \w+){0,5} to (?:stop|end)(?= ?$| forever| for good| permanently)",
        ex=("i just want the noise in my head to stop",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"existing until i (?:dont|die|stop|cant|dont anymore)|painless (?:exit|way out|way to go)|(?:exit|off) (?:button|switch) (?:for (?:life|me)|if (?:one|it) existed)"
        r"|(?:dying|death|being dead|not existing|not being alive) (?:sounds|seems|feels|looks|would be)(?: \w+){0,2} (?:better|nicer|easier|preferable) than",
        skip="neg",
        ex=(
            "im just existing until i dont",
            "id take a painless exit button if one existed",
            "dying sounds better than another year of this",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:struggling|hard|harder|cant|cannot|unable|trying) to (?:find|see|think of|come up with) (?:\w+ )?reasons? to (?:stay alive|live|keep going|go on|keep living|stay|be here|get up)",
        skip="neg",
        ex=("im really struggling to find reasons to stay alive",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:my |both )?wrists? (?:are |is )?(?:open|slit|cut open|sliced open|gushing)"
        r"|(?:keep |im |been |cant stop )?(?:stabbing|slashing|cutting|carving|burning|hitting) (?:my|myself)(?: \w+){0,3} (?:and|but) (?:i )?(?:cant|cannot|wont|can not) stop",
        skip="tense",
        ex=("lying in the bath with my wrists open", "i keep stabbing my leg and i cant stop"),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:this is|its|tonight is|today is|tonights) my last (?:night|day) (?:on earth|alive|on this earth|in this world)",
        ex=("this is my last night on earth",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:working|work|getting|get|building|build|worked|built) up (?:the )?(?:courage|nerve|guts)|made (?:my )?peace with (?:it|dying|death|my decision|everything|leaving)",
        skip="idiom cond hyper",
        ex=("sitting in my car working up the courage", "ive made peace with it"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:sleep|fall asleep) and (?:just )?stay (?:asleep|gone)|(?:imagining|picturing|imagine|picture|see) myself (?:jumping|falling|stepping off|dying|hanging|dead)(?= ?$|,| when| from| off| every)|(?:press|push|hit) a button and (?:not exist|disappear|die|never have existed|be gone|stop existing|vanish)",
        skip="neg",
        ex=(
            "i just wish i could go to sleep and stay asleep",
            "if i could press a button and not exist i would",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?<!new )(?<!new prescribed )(?<!new prescription )(?:{MEANS}) (?:are |is )?(?:already )?(?:kicking in|in my system|starting to work|starting to kick in|hitting me)|(?:feel|feeling) the {MEANS} (?:kicking in|working|hitting)"
        r"|cut(?: \w+){0,5} (?:its|it is|is|its really|its so) (?:really |so |too |very )?deep(?= ?$|,)"
        r"|(?:towel|shirt|sheets?|bandage|bandages|sleeve|floor) (?:is |are )?(?:soaked|full of blood|soaked through|covered in blood|all bloody)",
        skip="tense",
        ex=(
            "i can feel the pills kicking in",
            "i cut again and this time its deep",
            "the towel is soaked",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"(?:hanging|jumping|drowning|overdosing|shooting myself|the pills|the rope|the gun|the bridge|the train|pills|an overdose) (?:is|was always|will be) the (?:plan|way|method)",
        ex=("hanging is the plan",),
    ),
    R(
        "means",
        "escalator",
        r"(?:took|swallowed|taken) them (?:\w+ ){0,3}(?:ago|already)|(?:drank|downed|finished|chugged) (?:a|the|half a|a whole|most of a|half the) (?:bottle|fifth|handle) of (?:vodka|whiskey|whisky|wine|rum|tequila|gin|bourbon)",
        skip="neg",
        ex=("i took them an hour ago", "i drank a bottle of vodka"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:about|going|ready|gonna) to (?:take|swallow|down) (?:my|the|all|these|those) (?:\w+ )?{MEANS}",
        skip="idiom cond hyper",
        ex=("im about to take my sleeping pills",),
    ),
    R(
        "farewell",
        "concern",
        r"(?:written|wrote|left|finished) (?:the|my|all the|all my) (?:notes|letters|goodbye notes|goodbye letters)(?= ?$|,| and| for (?:my|everyone|them))",
        ex=("ive written the notes and charged my phone",),
    ),
    R(
        "place",
        "escalator",
        r"(?:heading|going|walking|climbing|on my way) (?:up )?(?:to|onto) (?:the|a) (?:rooftop|roof|top floor|bell tower|tower|ledge)(?! (?:to|for|with) )",
        skip="neg",
        ex=("heading up to the rooftop",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:wish|want|wanna|need)(?: \w+){0,5} sleep for (?:a )?(?:really |very |long )?(?:long time|long long time|years|a year|a century|ages|eternity)"
        r"|(?:dont|do not|never) (?:feel like i )?belong (?:in this world|on this earth|among the living|in this life|anywhere in this world)"
        r"|(?:hope|hoping|pray|praying) (?:that )?i (?:dont|never|wont) (?:make it|live|survive|get) (?:to|till|until|through|past)",
        skip="neg",
        ex=(
            "i wish i could just go to sleep for a really long time",
            "i dont feel like i belong in this world",
            "i hope i dont make it to my birthday",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:life|living|existing|my life) is (?:just |only |nothing but )(?:pain|suffering|torture|hell|misery)",
        ex=("honestly life is just pain and im done",),
    ),
    R(
        "means",
        "urgent",
        r"(?:rope|noose|belt|cord|ligature) (?:is )?(?:over|around|on|tied to|hanging from|looped over|thrown over) (?:the|a|my) (?:\w+ )?(?:beam|rafter|railing|banister|door|ceiling|fan|rod|hook|pipe|branch|stair rail)",
        skip="neg",
        ex=("in the garage with the rope over the beam",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:swallowed|downed|chugged) (?:all of them|them all|the lot|every one of them|all of it|it all|everything i had|everything)(?! (?:they|she|he|you) (?:said|told))",
        skip="tense",
        ex=("ive swallowed all of them and i feel sleepy",),
    ),
    R(
        "means",
        "escalator",
        r"(?:took|taken) (?:all of them|them all|the lot|every one of them|all of it|everything i had)",
        skip="neg",
        ex=("i took all of them",),
    ),
    R(
        "place",
        "urgent",
        r"(?:sitting|standing|perched|balancing|stood|sat|im) on (?:the|a) (?:\w+ )?(?:rail|railing|ledge|parapet|guardrail|guard rail)(?! of (?:the|a) (?:stairs|staircase|porch|deck|boat))",
        skip="neg",
        ex=("im sitting on the bridge rail right now",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:going to|gonna|will|ill|want to|about to) (?:go|cut) (?:really |so |extra |way )?deep(?:er)?(?= ?$| this time| tonight| now|,)"
        r"|(?:locking|locked|lock|shutting) myself in (?:the|my) (?:\w+ )?(?:bathroom|room|car|garage|closet|basement)",
        skip="idiom cond hyper",
        ex=("im going to go deep this time", "im locking myself in the bathroom"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:would be|itd be|it would be|its|it is|id be) (?:so |much |a lot |way )*(?:easier|better|nicer|more peaceful|simpler|a relief) to{ADV} {DIE}",
        skip="neg",
        ex=("i keep thinking it would be easier to just not be here",),
    ),
    R(
        "place",
        "hint",
        r"(?:im|i am|standing|sitting|parked|sat|stood|walked out|just got|currently|here)(?: \w+){0,3} (?:at|on|to|by|in|onto) (?:the )?(?:\w+ ){0,2}(?:(?:middle|edge|end|top|side|centre|center) of (?:the|a) (?:\w+ )?)?"
        r"(?:bridge|cliff|cliff edge|pier|overpass|roof|rooftop|ledge|tracks|railway|quarry|dam|viaduct)(?![a-z])"
        r"(?!.*\b(?:waiting|wait for|photos?|pictures?|pics|with (?:my|friends|the|a|some|family|our)|for (?:the|a|an|my|some|lunch|work)|fishing|watching|to (?:watch|see|meet|catch|take|get|pick|fix|eat)|fixing|repair|enjoying|sunset|sunrise|view|views|hiking|hike|trail|path|beautiful|lunch|coffee|picnic|walk|run|ride|tour|work|job|smoking|smoke|fireworks|concert|party|game|gutter|gutters|antenna|shingles|solar|cleaning|painting|repairing|traffic|running late|late for|stuck|commute|eating|chips|ice cream|proud|trip|holiday|vacation|day out)\b)",
        skip="subject",
        ex=(
            "walked out to the middle of the bridge, cars keep passing",
            "my car is parked at the cliff edge",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:car|engine)(?: \w+){0,4} garage(?: \w+){0,5} (?:door|doors) (?:is |are )?(?:shut|closed|down)|garage door (?:is )?(?:shut|closed|down)(?: \w+){0,5} (?:car|engine) (?:is )?(?:running|on)"
        r"|garage with the (?:car|engine|truck|troca|van|ute|motor) running(?: \w+){0,3} (?:door|doors) (?:is |are )?(?:shut|closed|down)",
        skip="tense",
        ex=("the car is in the garage and the door is shut",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:dont|do not) want to be found (?:in time|alive|until)|(?:make|made|making) sure (?:nobody|no one|noone) (?:finds|will find|can find) me(?: in time| until| before)?",
        ex=("i dont want to be found in time this time",),
    ),
    R(
        "place",
        "urgent",
        r"(?:sitting|standing|perched|sat|crouching) (?:on|in|out of) (?:my|the|a) (?:windowsill|window sill|window ledge|window)(?: \w+){0,4} (?:legs|feet) (?:out|hanging|dangling|over)",
        skip="neg",
        ex=("im sitting on my windowsill with my legs out, 8th floor",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:going|go|gonna go|to go) (?:all the way|through with it)(?= ?$| this time| tonight| now|,)"
        r"|(?:taking|take|swallow|swallowing) (?:every|each) (?:single |last )?one(?= ?$|,| of them| tonight| now)"
        r"|(?:take|taking|bring|bringing) (?:my |the |his |dads |my dads |my fathers )?(?:\w+ )?(?:gun|shotgun|rifle|pistol|revolver)(?: \w+){0,2} (?:out )?(?:to|into) the (?:woods|forest|field|desert|mountains|lake|river)(?!.*\b(?:hunting|hunt|deer|season|range|target|shooting club|with (?:my|dad|him|her))\b)",
        skip="idiom cond hyper",
        ex=(
            "tonight im going all the way",
            "im taking every one",
            "im going to take my dads shotgun out to the woods tomorrow",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:got|have|took|laid|put) (?:the|my|all the|all my|all of my) {MEANS} out(?= ?$|,| and| on| in front)"
        r"|\d+(?:st|nd|rd|th) floor(?= ?$|,| and| window| balcony| ledge| of)",
        skip="neg",
        ex=("ive got the pills out and a glass of water", "8th floor"),
    ),
    R(
        "farewell",
        "hint",
        r"(?:going to|gonna|about to) start(?= ?$| now)|wait(?:ing)? for the (?:\w+ )?(?:freight|express)(?: train)?|for the next train to (?:come|pass)",
        ex=("im going to start now", "wait for the 2am freight"),
    ),
    R(
        "burden",
        "concern",
        r"better off (?:with|having) (?:a|another|someone|somebody|a different)(?: \w+){0,3} (?:who wasnt me|than me|instead of me|other than me|who isnt me)"
        r"|(?:nobody|no one) (?:would|will) (?:even )?(?:come|show up|go|care) (?:to|at|about) my funeral",
        ex=(
            "my kids would be better off with a mother who wasnt me",
            "nobody would even come to my funeral",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:dont|do not) want to be (?:here|alive|around) (?:for|by|at|on|to see) (?:christmas|my birthday|new year|new years|next year|the holidays|thanksgiving|\w+day)"
        r"|(?:welcome|hope for|pray for|wish for|hoping for) (?:a|an) (?:heart attack|fatal accident|accident|car crash|stroke|aneurysm|terminal illness)"
        r"|hopes? (?:the|my) (?:cancer|tumou?r|illness|disease) (?:comes back|returns|wins|kills me|spreads)",
        skip="neg",
        ex=(
            "i dont want to be here for christmas",
            "honestly id welcome a heart attack",
            "part of me hopes the cancer comes back",
        ),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:thinking|thought|think|looking|looked|searching|reading) (?:of|about|for|up|into) (?:ways|how) to (?:not be here|not exist|die|end it|disappear|not wake up|kill myself|end my life|go)(?= ?$|,| for| forever| without| quietly)",
        ex=("been thinking of ways to not be here",),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:life|my life|living|existing) (?:has|holds) no (?:meaning|point|purpose|value)(?: for me)?(?= ?$| anymore| for me|,)",
        ex=("life has no meaning for me anymore",),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:im )?not (?:going to|gonna) make it (?:through |till |until |to )?(?:tonight|the night|morning|the morning|tomorrow)",
        skip="neg",
        ex=("im not going to make it through tonight",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:ive |i |just |already )(?:tied|made|tying|making|finished) (?:a|the|my) noose",
        skip="tense",
        ex=("ive tied a noose",),
    ),
    R(
        "means",
        "escalator",
        r"(?:already |just )?took something(?= ?$|,| and| to)|(?:the |my )?(?<!new )(?:{MEANS}) (?:are |is )?(?:working|kicking in)(?= ?$|,| now)"
        r"|(?:im|i am|home) alone(?= ?$| now| tonight)",
        skip="neg",
        ex=("i already took something", "the pills are working"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:im |i am )?going over(?= ?$| the (?:edge|railing|side|rail))",
        skip="idiom cond hyper",
        ex=("im going over",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:leaving|left) my (?:phone|wallet|keys|id|bag)(?: \w+){0,2} (?:here|behind|at home|in the car)|sitting next to it(?= ?$)",
        ex=("leaving my phone here",),
    ),
    R(
        "burden",
        "concern",
        r"(?:(?:would|will) (?:anyone|anybody|people|they)|(?:anyone|anybody|people|they) (?:would|will)) (?:even )?(?:come looking for me|look for me|notice|care|miss me) if i"
        r"|(?:im|i am|i feel like|feel like) (?:just |only |nothing but )?(?:a|the) (?:problem|nuisance|inconvenience|disappointment|mistake) (?:for|to) (?:everyone|everybody|my family|them|people|all)",
        ex=(
            "i wonder if anyone would come looking for me if i just left",
            "im just a problem for everyone",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"pretending (?:i want to|to want to|that i want to|i wanna) (?:be alive|live|be here|stay alive|exist)"
        r"|(?:hoping|hope|wish|wishing|praying) (?:that )?(?:something|anything) (?:bad )?(?:happens to me|kills me|hits me|takes me)"
        r"|life(?: \w+){0,6} (?:dont|do not) want it anymore",
        skip="neg",
        ex=(
            "idk how much longer i can keep pretending i want to be alive",
            "i keep hoping something bad happens to me",
            "i hate my life so much i dont want it anymore",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?<!of )(?<!of my )(?:my life|life) (?:feels|is|seems) (?:already |just |basically )?over(?= ?$| already|,)",
        skip="hyper",
        ex=("my life feels over already",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed|downed) (?:my |the |a )?(?:entire|whole|full) (?:prescription|supply|stash|months supply|month of (?:pills|meds)|refill)"
        r"|(?:the |my )?{MEANS} (?:are|is) (?:down|in me|gone|swallowed)(?= ?$|,)"
        r"|(?:swallowing|taking|downing) (?:them|the pills|my pills|pills|the \w+)(?: \w+){0,3} (?:one by one|one after (?:the )?(?:other|another)|one at a time|as i type|as we speak)"
        r"|(?:next|last|final) (?:one|bullet|shot|round) (?:is|will be|goes) (?:for|in) me",
        skip="tense",
        ex=(
            "i took my entire prescription at once",
            "the pills are down",
            "im swallowing them one by one as i type this",
        ),
    ),
    R(
        "means",
        "urgent",
        r"(?:writing|typing|posting) this with (?:a|the|my) (?:gun|knife|blade|razor|rope|noose|pills|shotgun|pistol)",
        ex=("im writing this with a gun next to me",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:ill|i will|im going to|i am going to|gonna) be (?:at the bottom of|under|in) (?:the|a) (?:lake|river|sea|ocean|quarry|bay)(?= ?$| by| tonight| tomorrow| before|,)",
        ex=("ill be at the bottom of the lake by morning",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"do what (?:ive|i have|i) (?:been )?plann(?:ed|ing)|go through with (?:it|my plan|the plan)(?= ?$| tonight| this time| now| tomorrow|,)",
        skip="idiom cond hyper",
        ex=("tonight im going to finally do what ive been planning",),
    ),
    R(
        "place",
        "escalator",
        r"(?:climbed|climbing|got|went|gone) (?:up )?(?:onto|on|up to|to|out onto) the (?:roof|rooftop|ledge|top floor|top of the \w+|railing)",
        skip="neg",
        ex=("ive climbed onto the roof of my apartment building",),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:the|my) (?:house|place|flat|apartment) to myself|(?:im|i am) (?:all )?alone (?:at home|in the house|tonight)",
        skip="neg subject past idiom cond hyper",
        ex=("the house to myself",),
    ),
    R(
        "farewell",
        "concern",
        r"if i (?:post|wake up|make it|am here) (?:again|tomorrow)? ?(?:itll|it will|it would) be a miracle",
        ex=("if i post again itll be a miracle",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:dont|do not) know how (?:long|much time) i have",
        ex=("i dont know how long i have",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:dont|do not|no longer) want to be (?:a person|a human|human|a human being|anything|anyone) (?:anymore|any longer)"
        r"|(?:thought|idea) of (?:dying|death|not existing|killing myself|ending it|not waking up)(?: \w+){0,3} (?:calm|peaceful|relief|relieved|better|comfort|comforting|at peace|safe)"
        r"|tired of (?:fighting|trying|struggling) to stay(?= ?$| alive| here|,)",
        skip="neg",
        ex=(
            "i dont want to be a person anymore",
            "the thought of dying makes me feel calm",
            "im tired of fighting to stay",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:just|only|im just|im only) taking up (?:space|air|oxygen|room)",
        ex=("i feel like im just taking up space",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:scratching|scratch|scratched|picking|picked|hitting|biting|bit) (?:my |at my )?(?:\w+ ){0,4}until (?:they|it|i|my \w+) (?:bleed|bleeds|bled)",
        skip="tense",
        ex=("ive been scratching my wrists with my nails until they bleed",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:climbing|climbed|getting|stepping|swinging my legs) over(?: the (?:railing|rail|edge|balcony|barrier|side|fence|wall))?(?= ?$|,| now)"
        r"|everything(?:s| is) (?:sorted|arranged|taken care of|in order|planned|organised|organized)(?= ?$|,)"
        r"|(?:tested|checked|tried) (?:the )?(?:knot|rope|noose|beam|belt)(?= ?$|,| and| already)"
        r"|(?:started|starting) (?:taking|swallowing) (?:them|the pills|my pills|all of them)",
        skip="idiom cond hyper",
        ex=(
            "im on the 9th floor balcony and im climbing over",
            "everythings sorted",
            "ive already tested the knot",
            "ive started taking them",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:leaving|left|heading out|setting off|off) (?:now )?for the (?:bridge|cliffs?|tracks|river|lake|roof|rooftop|quarry|pier|overpass|coast|sea)",
        skip="neg",
        ex=("im leaving for the bridge",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:letters|notes|goodbye notes|my letters|my notes|note|letter|my note|my letter)(?: is| are| r|s|,? (?:its|it is|theyre|they are))? (?:on|in|under|by|next to|beside) (?:the|my)(?: \w+)? (?:bed|desk|table|kitchen|counter|pillow|drawer|mantelpiece|fridge|door|dashboard|teapot|laptop|keyboard)"
        r"|(?:im|i am) (?:at|up to) (?:about |around )?\d+(?= ?$|,| now| so far| pills)",
        skip="subject",
        ex=("letters are on the bed", "im at about 20"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed|taken|had|downed|drank) (?:\w+ ){0,3}(?:too many|too much|a lot|loads)(?: \w+){0,3} on purpose|(?:overdosed|oded) on purpose",
        skip="tense",
        ex=("i think i took too many on purpose",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:driving|drive|crash|crashing|steer|steering|ram|ramming) my (?:car|truck) into (?:a|the) (?:\w+ )?(?:wall|tree|pole|bridge|truck|river|lake|barrier|pillar|building|train|lorry|bus|sea)",
        ex=("im driving my car into the wall at the end of my street",),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:wont|will not|not going to|never going to) (?:see|make it to|live to see|survive) (?:the )?(?:morning|tomorrow|sunrise|another day|the weekend|next week|daylight)",
        skip="neg",
        ex=("i wont see the morning",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:been|started|keep|im|ive been) (?:cutting|burning|scratching|hitting|hurting|carving) (?:into )?my (?:\w+ )?(?:thighs?|arms?|wrists?|legs?|stomach|hips?|skin|ankles?|chest)",
        skip="tense",
        ex=("ive been cutting my thighs so no one sees",),
    ),
    R(
        "hopelessness",
        "concern",
        r"no (?:reason|reasons) (?:left )?to (?:stay|live|keep going|be here)(?= ?$|,| alive| here| anymore)",
        skip="neg",
        ex=("i have no reason left to stay",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:my )?(?:wrists?|arms?|legs?|thighs?|cuts?) (?:are |is )?(?:bleeding|gushing|pouring)(?! from (?:a|the) (?:fall|accident|crash))"
        r"|cutting (?:as deep as|deeper than|way too deep|too deep|really deep|so deep)",
        skip="tense",
        ex=("my wrists are bleeding and im not calling anyone", "im cutting as deep as i can"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:its|it is|it was|thats) because i (?:killed myself|died|ended it|took my (?:own )?life|did it|overdosed|hanged myself)",
        ex=("if im not online tomorrow its because i killed myself",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:note|notes|letter|letters) (?:is |are )?(?:written|done|finished|ready|left)(?= ?$|,)",
        ex=("note is written",),
    ),
    R(
        "burden",
        "concern",
        r"(?:anyone|anybody|people|who) (?:would|will) (?:even )?(?:come|go|show up) to my funeral",
        ex=("i keep wondering if anyone would even go to my funeral",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:last time|since|the last time) i (?:actually |really |genuinely )?(?:wanted|want|felt like i wanted) to (?:be alive|live|exist|be here|stay alive)",
        ex=("i cant remember the last time i wanted to be alive",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:keep|kept|been|still|started) (?:cutting|burning|hurting|hitting|scratching|carving) (?:myself|into myself)(?= ?$|,| to| so| because| when| again| every)",
        skip="tense",
        ex=("i keep cutting myself to feel something",),
    ),
    R(
        "means",
        "urgent",
        r"hose (?:from|to|into|attached to|running from) the (?:exhaust|tailpipe)|(?:exhaust|tailpipe) (?:pipe )?(?:hose|into the car|in the window)",
        skip="neg",
        ex=("im sitting in the car with a hose from the exhaust",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:know|picked|found|chosen|chose) (?:which|what|the) (?:tree|bridge|building|spot|place|beam|cliff|train)(?= ?$|,| to| i)"
        r"|(?:found|picked|chose|chosen) (?:a|the) (?:good |strong |sturdy |perfect |high |tall )(?:branch|tree|beam|spot|place|bridge|building)",
        skip="idiom cond hyper",
        ex=("i know which tree",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:im )?(?:just )?waiting now(?= ?$|,)|(?:im )?just waiting(?= ?$|,)|going now(?= ?$|,)|(?:wanted|want) to thank (?:everyone|you all|all of you|this group)",
        skip="subject",
        ex=("im just waiting now", "going now", "i just wanted to thank everyone here"),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:hitting|banging|slamming|hit|banged|slammed) my head (?:against|on|into) (?:the |a )?(?:wall|floor|door|desk|mirror)",
        skip="tense",
        ex=("ive been hitting my head against the wall",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:put|take) me out of my misery|give up on (?:life|living|being alive|staying alive)(?= ?$|,| for good)"
        r"|life(?: \w+){0,6} (?:dont|do not) want to do (?:it|this) anymore"
        r"|(?:picturing|imagining|wondering|imagine) how it would (?:feel|be) to{ADV} (?:be gone|die|not exist|be dead|disappear|not be here)",
        skip="neg",
        ex=(
            "i wish someone would just put me out of my misery",
            "honestly im ready to give up on life",
            "life is too hard and i dont want to do it anymore",
            "i keep picturing how it would feel to just be gone",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:im|i am|and im) (?:\w+ )?jumping(?= ?$|,| at (?:noon|midnight|\d|dawn|sunrise|sunset)| tonight| today| tomorrow| now| in (?:an|a|one|two|\d+)| when| after| once)",
        skip="idiom cond hyper",
        ex=("im jumping at noon",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"{MEANS} (?:are |is )?in my mouth"
        r"|(?:took|swallowed|downed|drank|chugged)(?: \w+){0,6} (?:and|with|plus) (?:my|the|a) (?:whole |entire |full )?(?:bottle|box|pack|packet|strip) of (?:my )?(?:\w+ )?{MEANS}",
        skip="tense",
        ex=(
            "the pills are in my mouth",
            "just downed a bottle of vodka and my whole box of sleeping pills",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"^(?:(?:the|my|all my|all the) )?{MEANS}(?: {MEANS})* (?:tonight|today|now|right now|tomorrow)(?= ?$)",
        ex=("💊💊💊 tonight",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:opened|open|opening) (?:it|the window|the balcony door) (?:all the way|wide|up all the way)|not waiting (?:anymore|any longer)(?= ?$|,)",
        skip="idiom cond hyper",
        ex=("i opened it all the way", "im not waiting anymore"),
    ),
    R(
        "means",
        "escalator",
        r"(?:take|taking|bring|bringing|carry|carrying) (?:a|the|my) (?:bottle|box|pack|jar) of (?:\w+ )?{MEANS}",
        skip="neg",
        ex=("im going to take a bottle of pills to the park",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:not|never) (?:come|coming|go|going|get|getting) (?:back )?home(?= ?$|,| again| tonight)",
        ex=("and not come home",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"waiting for (?:something|someone|anything|death|god|a car|a bus) to (?:kill|take|end|hit) me"
        r"|(?:hate|despise|loathe) (?:my|this) (?:existence|being alive)(?= ?$|,| so)"
        r"|why (?:do i |should i |would i )?(?:even )?bother (?:staying alive|living|existing|being alive|waking up|trying to live|to stay alive|to live)"
        r"|(?:how )?(?:easy|easier|simple|quick) (?:it )?(?:would be|itd be|it would be) to{ADV} (?:end it|end it all|do it|kill myself|end my life|go through with it)",
        skip="neg",
        ex=(
            "honestly im just waiting for something to kill me",
            "i hate my existence",
            "why do i even bother staying alive",
            "i cant stop thinking about how easy it would be to end it",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:doing|do|be doing) (?:everyone|everybody|them|the world|my family|you all) a favou?r (?:by|if i) (?:disappearing|dying|leaving|killing myself|being gone|disappeared|died|left|vanishing)",
        ex=("id be doing everyone a favour by disappearing",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?<!to )(?<!wanna )(?<!gonna )(?:cut|sliced|slashed) myself (?:pretty |really |so |very |super |way too )?(?:bad|badly|deep|deeply)(?! (?:shaving|cooking|on))",
        skip="tense",
        ex=("ive cut myself pretty bad",),
    ),
    R(
        "means",
        "escalator",
        r"(?:i )?(?:took|swallowed|had) (?:way )?too many(?= ?$|,)",
        skip="neg",
        ex=("i took too many",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:heart|breathing|pulse) (?:is )?(?:slowing|slowing down|racing|stopping|so slow)|cant feel my (?:fingers|hands|legs|arms|feet|face)"
        r"|(?:the )?(?:room|ceiling)(?:s| is) (?:spinning|tilting|swaying)|(?:my )?ears(?: are)? ringing",
        ex=("i can feel my heart slowing", "took all of them. rooms spinning"),
    ),
    R(
        "burden",
        "concern",
        r"outlived my usefulness|(?:everyone|everybody|they|my family|my kids|people) (?:would|will|d) (?:all )?be better off(?= ?$|,)",
        ex=("ive outlived my usefulness, everyone would be better off",),
    ),
    R(
        "recent_attempt",
        "urgent",
        r"(?:i )?(?:hung|hanged|shot|drowned|poisoned|tried to hang|tried to drown) myself (?:but|and) (?:the|it|i)",
        skip="tense",
        ex=("i hung myself but the rope broke",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"better off (?:not existing|not alive|not here|gone|not being here|not being alive|never born)",
        ex=("i think id be better off not existing",),
    ),  # --- structure: a means at hand, a quantity, a set-up, a moment chosen -----------------
    # These frames read the shape of a plan rather than set phrases: the writer (named or
    # dropped), a means, and a sign that it is here and now.
    R(
        "means",
        "urgent",
        r"{MEANS}(?:s| is| are)?(?: (?:already|all|right|here|now|just|all of them|sitting|loaded|cocked|ready))* (?:in front of me|in my (?:hand|hands|mouth|fist)|(?:in|on|across) my lap|in hand(?! in | within | by | at )|right here(?= ?$|,| and| with me| now)"
        r"|around my neck|on my neck|against my (?:skin|wrists?|throat|neck|head|temple|chest)|to my (?:wrists?|throat|neck|head|temple|chest)|at my (?:throat|wrists?|temple))"
        r"(?!.*\b(?:chopping|cooking|carving|slicing|peeling|dinner|kitchen|onions?|range|shooting range|hunting|class|lesson|shav\w+|legs|beard|crafts?|project)\b)",
        ex=(
            "the pills are in front of me",
            "belts around my neck",
            "blades in my hand",
            "holding the razor right here in my hand",
            "guns loaded on my lap",
        ),
    ),
    R(
        "means",
        "urgent",
        r"(?:counted(?: out)?|counting(?: out)?|lined up|lining up|laid out|saved(?: up)?|saving(?: up)?|stockpiled|collected|hoarded|gathered|crushed|crushing|popped out)"
        r" (?:like |about |around |over |nearly |almost |maybe |at least |more than |exactly )?(?:[1-9]\d{1,2}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|two hundred)"
        r" (?:of )?(?:my |the |his |her |these |those |my \w+s )?(?:\w+ )?(?:{MEANS}|pills)(?! (?:a|per|each|every) (?:day|week|month)| for the (?:month|week|year)| prescribed| from the pharmacy)",
        ex=("ive counted out 50 tablets", "saved up like 40 of my moms sleeping pills"),
    ),
    R(
        "means",
        "urgent",
        r"(?:hose|tube|pipe)(?:s| is)? (?:\w+ )?(?:hooked up|attached|connected|taped|running|rigged|fitted|going) (?:up )?(?:to|from|into|in) (?:the |my )?(?:exhaust|tailpipe|tail pipe|window)"
        r"|(?:car|engine|motor)(?:s| is)? (?:still )?(?:running|on|idling)(?: \w+){0,3} in (?:the|a|my) (?:closed |shut |locked |sealed )?garage(?= (?:with|and) (?:the )?(?:garage )?doors? (?:shut|closed|down|locked))"
        r"|(?:car|engine|motor)(?:s| is)? (?:still )?(?:running|on|idling)(?: \w+){0,3} in (?:the|a|my) (?:closed|shut|locked|sealed) garage"
        r"|(?:lit|lighting|burning) (?:the |some )?charcoal in (?:the|my|a) (?:car|room|bathroom|bedroom|tent|closet)",
        ex=(
            "cars running in the garage with the door shut",
            "hose is hooked up to the exhaust",
            "lit charcoal in the bathroom",
        ),
    ),
    R(
        "place",
        "urgent",
        r"(?:^|\b(?:im|i am|standing|sitting|sat|stood|lying|laying|perched|balancing|currently|still|now|already|here)(?: (?:right|now|here|still|already|currently|just|up|out|outside|back|again))* )"
        r"(?:on|at|up on|out on|over|onto) (?:the|a|this) (?:ledge|railing|(?:balcony |bridge |roof )?rail|wrong side of|outside of the railing|edge of (?:the|a|this|my) (?:\w+ )?(?:roof|rooftop|bridge|building|cliff|balcony|platform|overpass|tower|parking garage|car park|quarry|dam))"
        r"|(?:sitting|lying|laying|lay|sat|standing|stood|waiting|kneeling|sit|lie|stand|wait|kneel) (?:down )?(?:on|across|between|in the middle of) (?:the )?(?:train |railway |railroad |subway )?(?:tracks|rails|rail line)"
        r"|(?:on|at|by|near|beside|next to) the (?:train |railway |railroad )?tracks(?: \w+){0,5} (?:waiting|wait) for",
        skip="neg",
        ex=(
            "on the ledge now",
            "im at the tracks waiting for the next train",
            "sitting on the tracks behind my house",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:(?:{WHEN}),? (?:im|i am|ill be|i will be|ill|i will) (?:finally |just )?|(?:im|i am) (?:finally |just )?)"
        r"(?:jumping(?! (?:in|into|on|over|around|up|rope|jacks|for|with|at|to|through|ship|the gun|in the (?:pool|lake|sea)))|hanging myself|ending it(?: all)?|ending things|ending my life|killing myself|overdosing|doing it|checking out|unaliving myself"
        r"|(?:taking|swallowing|downing) (?:them all|all of them|all of it|(?:all|every|the whole|the rest)(?: of)?(?: (?:my|the|these|those))?(?: \w+)? (?:{MEANS}|pills|bottle|pack|box|packet|jar)))"
        r"(?= ?$|,| and| for real| for good| i| now| {WHEN})",
        skip="idiom",
        ex=(
            "tomorrow morning im jumping",
            "tonight im doing it",
            "im taking all of them when everyones asleep",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"{SECRET_WHEN},? (?:im|i am|ill|i will|im going to|going to|gonna|im gonna|i can|i get to) (?:finally )?(?:take|taking|swallow|swallowing|do|doing|use|using|end|ending|go through with|hang|hanging|jump|jumping|cut|cutting|drink|drinking|kill|killing|overdose|overdosing|od)\b(?! (?:my|the) (?:homework|laundry|dishes|dog|trash|bins|shower|bath|nap|chores|cleaning|work|hair|grass|lawn|nails|makeup))"
        r"|(?:im|i am|ill|i will|im going to|going to|gonna) (?:finally )?(?:take|taking|swallow|swallowing|use|using) (?:them|it|the (?:pills|meds|tablets|gun|rope|knife|blade|razor|bottle)|all (?:of )?(?:the|my) \w+|all of them|them all|all of it|my (?:pills|meds)|everything)(?: \w+){0,3} {SECRET_WHEN}"
        r"|(?:im|i am|ill|i will|im going to|going to|gonna) (?:finally )?(?:take|taking|swallow|swallowing|down|downing) (?:all of them|them all|all of it|every (?:last )?(?:one|pill)|(?:the|a) (?:whole|entire|full) (?:bottle|box|pack|packet|jar|strip)|the rest of (?:them|the \w+|my \w+))(?: \w+){0,3} {WHEN}"
        r"|(?:im|i am|ill|i will|im going to|going to|gonna) (?:finally )?(?:do it|end it|go through with it|kill myself|hang myself|overdose|jump)(?: \w+){0,3} {SECRET_WHEN}",
        skip="idiom",
        ex=(
            "when they leave im taking the pills",
            "im going to take all of them after everyones asleep",
            "ill swallow the whole bottle when my shift ends",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:the |my |all the |all my )?(?:goodbye |last |final )?(?:notes|letters|note|letter)(?: (?:for|to) (?:everyone|everybody|my \w+|each of them|them|my family))?(?: is| are|s)? (?:all |already )?(?:written|done|finished|sealed|signed|on (?:my|the) (?:desk|table|bed|dresser|pillow|counter|kitchen table|nightstand)|left (?:on|for|in))"
        r"(?!.*\b(?:class|work|school|meeting|exam|lecture|test|teacher|fridge|essay|homework|report|speech|presentation|interview|study|studying)\b)"
        r"(?!.*\b(?:mail|mailing|mailed|post|posting|send|sending|christmas|birthday|valentines?|thank you|pen ?pals?|wedding|invitations?|cards?|santa)\b)"
        r"|(?:wrote|written|writing|left|finished|leaving) (?:the |my |all the |a |some |goodbye )?(?:notes|letters|a note|a letter|note|letter) (?:for|to) (?:everyone|everybody|my (?:family|kids|parents|mom|dad|mum|wife|husband|partner|sister|brother|friends|boyfriend|girlfriend|son|daughter)|each of them|them all|all of them|whoever finds)"
        r"|(?:wrote|written|finished|left) (?:the|my) (?:notes|letters)(?= ?$|,| and| already)",
        skip="subject idiom cond hyper",
        ex=("letters are written", "wrote letters for everyone", "wrote the notes"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:not|wont be|im not|dont think im going to|not going to|no) (?:stop|stopping|backing out|back out|chicken out|chickening out|turning back)(?: myself)?(?: this time| now| tonight)"
        r"|(?:no|theres no) (?:backing out|turning back|going back)(?: now| this time)?|this is it for me|its over for me|(?:i am |im )?going through with it"
        r"|^(?:im |i am )?ready(?: to go)?(?: now)?$|(?:finally )?doing it for real(?: this time)?|this time for real|this time i mean it|its time(?= ?$)",
        skip="subject idiom cond hyper neg",
        ex=("not stopping this time", "this is it for me", "ready to go"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:im|am|been|currently|just|still) cutting(?! (?:my |the |some |up |a )?(?:hair|onions?|vegetables|veggies|paper|wood|bread|meat|cake|fabric|grass|ties|class|school|back|carbs|corners|down|coupons|out|off|it close))(?: myself)?(?: \w+){0,3},? (?:and )?(?:its|it is|theyre|they are|theres|there is|so|too|really|way|it) (?:\w+ )?(?:deep|deeper|bleeding|blood|wont stop)"
        r"|(?:i |ive |i have )?(?:just|already) overdosed(?! on (?:sugar|caffeine|coffee|chocolate|candy|netflix|tv|love|carbs|junk|memes|cuteness|anime|(?:\w+ ){0,2}(?:podcasts?|shows?|reality tv|documentaries|audiobooks|youtube|tiktok)))",
        skip="tense",
        ex=("im cutting and its really deep", "i just overdosed"),
    ),
    R(
        "hopelessness",
        "hint",
        r"why (?:am i|im) (?:even |still )+here(?= ?$|,| anymore)|nothing (?:even |really )?matters(?: anymore| to me| at all)?(?= ?$|,)",
        ex=("why am i even here",),
    ),
    R(
        "means",
        "urgent",
        r"(?:have|got|ive got) (?:like |about |around |over |nearly |almost |maybe |at least |more than )?(?:[1-9]\d{1,2}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of)"
        r" (?:of )?(?:my |the |his |her |my \w+s )?(?:\w+ )?(?:{MEANS}|pills) (?:saved|stashed|hidden|ready|here|with me|lined up|counted out|in front of me|on (?:the|my) (?:desk|bed|table))"
        r"|(?:noose|rope|belt|cord|ligature)(?:s| is)? (?:on|around me|over my head)(?= ?$|,)"
        r"|(?:standing|stood|up) on (?:a|the|my) (?:chair|stool|bucket|box|ladder|crate) with (?:the|a|my) (?:noose|rope|belt|cord)",
        ex=("got 60 sleeping pills saved", "standing on the chair with the noose on"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed|finished|downed|chased|washed down|mixed|drank|had) (?:\w+ ){0,3}(?:vodka|wine|whiskey|whisky|alcohol|booze|tequila|rum|gin|liquor)(?: \w+){0,2} (?:and|with|plus) (?:the|all the|all my|all|my|a bunch of|some|a handful of|a whole|the whole) (?:\w+ )?(?:{MEANS}|pills)"
        r"|(?:took|swallowed|finished|downed|chased) (?:the|all the|all my|all|my|a bunch of|a handful of|the whole|a whole) (?:\w+ )?(?:{MEANS}|pills|bottle) (?:and|with|plus|down with) (?:a |the |some |half a )?(?:bottle of |fifth of )?(?:vodka|wine|whiskey|whisky|alcohol|booze|tequila|rum|gin|liquor)",
        skip="tense",
        ex=("just finished the bottle of vodka and the pills",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:enough|plenty)(?: \w+){0,2} to (?:not wake up|never wake up|die|kill me|kill myself|end it|end my life|do the job|not survive|stop my heart|be fatal|make sure)(?! of| from| laughing)",
        skip="idiom",
        ex=("ordered enough to not wake up",),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:this is|tonight is|today is|tonights|todays) my last (?:night|day)(?= ?$|,| alive| on earth| here)"
        r"|(?:i )?(?:wont|will not|am not going to|im not going to|will never) (?:be )?wak(?:e|ing) up (?:tomorrow|in the morning|again|this time)(?! (?:in time|early|before|for|at|on time))"
        r"|(?:i )?made sure (?:of it|i wont wake up|it works|this time)(?= ?$|,)",
        ex=("this is my last night", "i wont wake up tomorrow, i made sure of it"),
    ),
    R(
        "means",
        "escalator",
        r"^(?:the |my |some )?{MEANS}$",
        skip="subject idiom cond hyper",
        ex=("pills",),
    ),
    R(
        "giving_away",
        "hint",
        r"(?:my |the )?passwords? (?:are|is|written|for everything) (?:in|on|under|down|written)|(?:left|wrote down|written down|writing down) (?:my |all my |the )?passwords"
        r"|(?:the |my )?(?:cat|dog|cats|dogs|pets?|bird|fish|rabbit|hamster|bunny|plants) (?:goes|go|will go|is going|are going|should go|stays?|is staying|are staying|is|are) (?:to|with) (?:my|our) (?:\w+ )?(?:sister|brother|mom|mum|dad|neighbou?r|friend|aunt|uncle|cousin|parents|grandma|grandpa)"
        r"|(?:all )?(?:the |my )?(?:bills|rent) (?:are |is )?(?:all )?(?:paid|sorted|covered|taken care of)(?: (?:off|up|through \w+))?(?= ?$|,| and)"
        r"|(?:my )?(?:will|life insurance|insurance papers|bank details|account details)(?: is| are)? (?:signed|sorted|on the (?:table|desk)|in the (?:drawer|folder|envelope))"
        r"|everythings? (?:is )?(?:sorted|in order|taken care of|arranged)(?= ?$|,| now)",
        ex=("passwords are in the blue notebook", "the cat goes to my sister", "bills are paid"),
    ),
    R(
        "means",
        "urgent",
        r"(?:bought|got|have|ordered|found|picked up) (?:a|the) (?:\w+ )?(?:hose|tube|pipe)(?: \w+){0,3} (?:fits?|for|to fit|attach(?:es)? to|connect(?:s)? to|goes on|onto|to) (?:the |my )?(?:car )?(?:exhaust|tailpipe|tail pipe)"
        r"|(?:stones|rocks|weights|bricks) in (?:my|the) (?:coat|pockets?|jacket|backpack|bag)(?! (?:from|for) (?:the|my) (?:beach|garden|collection|kids?))",
        ex=("ive bought a hose that fits the exhaust", "with stones in my coat"),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:i think|probably|maybe|likely|it will be|itll be|its going to be|going to be|planning on|aiming for) (?:on )?(?:tonight|this weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= ?$|,| night| morning)",
        skip="neg subject past idiom cond hyper",
        ex=("i think saturday",),
    ),
    R(
        "means",
        "escalator",
        r"(?:counted|lined|laid|set|sorted|spread) (?:them|it all|them all|all of them) (?:out|up)(?: on (?:the|my) \w+)?",
        skip="subject idiom cond hyper",
        ex=("i counted them out on the counter",),
    ),
    R(
        "place",
        "escalator",
        r"(?:im|i am|standing|sitting|sat|here|currently|up) (?:up )?(?:on|at) (?:the )?(?:top floor|top level|roof level|highest floor|top) of (?:the|a|this) (?:\w+ )?(?:parking structure|parking deck|parking garage|car park|multi storey|multistory|building|garage|tower|hospital|mall)",
        skip="neg",
        ex=("im up on the top floor of the parking structure",),
    ),
    R(
        "burden",
        "concern",
        r"(?:feel like|im|i am|being|just) (?:a|an|the) (?:weight|anchor|drain|dead weight|problem|nuisance|drag)(?: that)? (?:everyone|everybody|my family|they|people|the people around me)(?:s| is| are| has| have)? (?:carrying|stuck with|dragging|putting up with|have to carry)"
        r"|(?:everyone|everybody|they|my (?:family|kids|parents|wife|husband|partner|friends)|people)(?: \w+){0,2} (?:would|will|d) (?:\w+ ){0,4}(?:more|less|better|easier|happier)(?: \w+){0,4} without me(?: around| here| in (?:the|their) (?:picture|lives|way))?(?= ?$|,)"
        r"|(?:she|he|they|shed|hed|theyd|youd|you)(?: would| will| d)? (?:be |all be )?(?:so much |much |way )?better off without me"
        r"|better off with (?:the )?(?:insurance|life insurance|money|insurance money|payout)(?: \w+)? (?:than|instead of) (?:with )?me",
        skip="subject",
        ex=(
            "i feel like a weight everyones carrying",
            "my family would have more money and less stress without me around",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:never|wasnt|werent|not) (?:supposed|meant) to (?:be born|exist|be here|be alive|have been born|live)"
        r"|(?:the world|god|the universe|life) made a mistake (?:with|on|making|when it made) me",
        skip="subject cond tense",
        ex=("does anyone else feel like they were never supposed to be born",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"wish(?:ing)? (?:i|id) (?:had )?(?:never (?:woken|woke) up|died|not survived|not woken up|didnt survive|didnt wake up) (?:from|after|in|during)",
        skip="past tense",
        ex=("most days i wish id never woken up from the surgery last year",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:i |ill |i will |im going to |going to |gonna )?(?:use|shoot|point|turn) (?:it|them|the \w+|my \w+|his \w+|her \w+|dads \w+) (?:on|at|against) (?:me|myself)(?! (?:for|as|in a|in the game))",
        ex=("tonight i use it on me",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:already|just) (?:take|swallow|eat|drink|drank|ate|took|swallowed) (?:like |about |around |maybe |over )?(?:[1-9]\d+|twenty|thirty|forty|fifty|the whole|whole|the rest of)(?: \w+){0,3} (?:{MEANS}|pills)(?! for the (?:day|week|month)| out of| from the| as prescribed| with (?:food|breakfast|dinner)| this morning| on time| every)"
        r"|(?:overdosed|oded|took (?:them all|all of them|all|everything|the whole \w+|the rest|the bottle|[1-9]\d+ \w+)|swallowed (?:them all|all of them|all|everything|the whole \w+|the rest|the bottle)|drank (?:the )?(?:bleach|antifreeze|poison))"
        r"(?: \w+){0,4} (?:(?:like |about |maybe |almost |nearly )?(?:an|a|one|two|three|\d+|half an|a few|few|a couple of|a couple) (?:minutes?|mins?|hours?|hrs?) ago)",
        skip="tense past",
        ex=("already take 25 pills of my mother", "overdosed an hour ago"),
    ),
    R(
        "place",
        "escalator",
        r"(?:\d+(?:st|nd|rd|th)|top|\w+th|highest) floor (?:window|balcony|ledge|roof)(?: is| are)? (?:open|opened|wide open)",
        skip="neg",
        ex=("5th floor window open",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"^(?:im )?(?:going|going now|here i go|off i go|time to go|goodbye and going)$|(?:done|tired of|finished|no more|sick of) waiting(?= ?$|,)"
        r"|(?:walking|heading|stepping|moving|climbing|walked|climbed) (?:to|towards|up to|over to|out to|onto) the (?:edge|ledge|railing)(?! of (?:the|my) (?:seat|bed|pool|town|city|forest|woods|map|sofa|couch))"
        r"|^(?:im )?doing it (?:{WHEN})|^i do it (?:{WHEN})|(?:it is|its|it has been|the decision is|my decision is) (?:decided|made|final)(?= ?$|,)"
        r"|(?:will |going to |gonna |ill )?finish (?:it all|everything)(?= ?$| today| tonight| now| tomorrow|,)",
        skip="subject idiom cond hyper",
        ex=(
            "going",
            "done waiting",
            "walking to the edge",
            "doing it at midnight",
            "it is decided",
        ),
    ),
    R(
        "means",
        "urgent",
        r"(?:the )?(?:rope|noose|belt|cord|beam|branch|hook|knot)(?:s| will)? (?:holds|hold|can hold|held|takes|will take|supports|can take|is strong enough)(?: my weight| me)?(?= ?$|,| fine| ok| now)"
        r"(?!.*\b(?:climb\w*|kg|kilos?|pounds|lbs|swing|hammock|tent|boat|sail\w*|tire|tyre)\b)"
        r"|(?:tested|tried|checked) (?:the )?(?:rope|noose|knot|belt|beam|branch)(?= ?$|,| and| it| already| tonight| today)",
        ex=("the rope holds", "tested the rope"),
    ),
    R(
        "means",
        "escalator",
        r"(?:pills|tablets|meds|them|bottle|medicines)(?: \w+){0,2} (?:and|with|next to|beside) (?:a |my )?(?:glass|cup|bottle) of (?:water|wine|vodka|whiskey)",
        skip="subject idiom cond hyper",
        ex=("pills and a glass of water",),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:tomorrow|tonight|by (?:tomorrow|morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|after (?:tonight|today)|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)),? (?:i|im) (?:will not|wont|will no longer|am not going to|will never|wont be|will not be) (?:be )?(?:alive|here|around|breathing)(?= ?$|,| anymore)",
        ex=("tomorrow i will not be alive",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:im |i am |so |really |very |too )*(?:tired|sick|exhausted) (?:to|for) (?:live|living|be alive|exist|existing|stay alive)",
        ex=("i am tired to live",),
    ),
    R(
        "burden",
        "hint",
        r"deserves? (?:a |someone |somebody )?better (?:\w+ )?than me|better (?:off )?(?:with )?no (?:mom|dad|mother|father|parent|wife|husband|me|mum)(?= ?$|,)",
        skip="subject",
        ex=("my kids deserve a better mom than me",),
    ),
    R(
        "intent",
        "urgent",
        r"i (?:will|want to|am going to|im going to|go to|going to|have decide to|decide to|decided to|must|need to|wish to) kill me(?= ?$| tonight| today| now| this| with|,)",
        ex=("i will kill me tonight",),
    ),
    # --- veiled words: joining the dead, being called, the moment after, help refused ------
    R(
        "farewell",
        "urgent",
        r"by the time (?:you|anyone|someone|somebody|they|people|my \w+|mom|mum|dad)(?: \w+){1,4},? (?:it|ill|i|this|everything)(?: will| ll|ll)? (?:be )?(?:over|done|gone|dead|too late|finished)"
        r"|(?:tonight|today|soon|tomorrow|this weekend),? i (?:will |ll |am going to |m going to )?(?:join|be with|go to|reunite with|see) (?:my |our )?(?:late |dead |departed )?(?:husband|wife|mom|mum|mother|dad|father|son|daughter|brother|sister|grandma|grandpa|grandmother|grandfather|baby|partner|best friend|family|god|jesus|the lord|my maker|the angels)"
        r"|(?:going|go|gone) home to (?:god|jesus|the lord|heaven|my maker)(?= ?$|,| tonight| today| soon| now)",
        ex=(
            "by the time you wake up it will be over",
            "tonight i join my husband",
            "going home to god tonight",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:want|wants|wanting|need|long|longing|wish i could) to (?:go )?(?:be with|join|see) (?:my |our )?(?:late |dead )?\w+(?: \w+)?,? (?:in heaven|on the other side|wherever (?:he|she|they) (?:is|are)(?: now)?)(?!.*\b(?:someday|some day|one day|eventually|when (?:its|it is) my time)\b)"
        r"|(?:pray|praying|hope|hoping|wish|wishing|ask|asking)(?: \w+){0,3} (?:that )?(?:god|jesus|the lord|someone|something|death) (?:takes|will take|would take|take|comes for|would come for) me"
        r"|(?:the )?(?:only|one) (?:thing|reason|person|thing thats)s? (?:keeping|that keeps|holding|that holds|still keeping) me (?:here|alive|going|around|from (?:doing it|ending it))",
        skip="cond",
        ex=(
            "some part of me wants to go be with my brother, wherever he is now",
            "i pray every night that god takes me in my sleep",
            "the only thing keeping me here is my dog",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:water|river|sea|ocean|lake|bridge|edge|darkness|void|ground|rope|train)(?: is| s)? calling(?: me| my name)?(?: \w+){0,2},? (?:and )?(?:tonight |now |today )?(?:im|i am|ill|i will|im going to|going to) (?:answer|answering|go|going|listen|listening|answer it)"
        r"|(?:{WHEN}),? i (?:take|swallow|drink|use|down) (?:the rest of|all of|all|every|the whole)(?: \w+){0,3} (?:{MEANS}|pills|them)",
        ex=(
            "the water is calling and tonight im answering",
            "tonight i take the rest of her morphine",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"how long (?:does|will|would|do) (?:it take )?(?:for )?(?:[1-9]\d+|twenty|thirty|forty|fifty|a hundred|all|the whole bottle of) (?:of )?(?:my |these |the )?(?:\w+ )?(?:{MEANS}|pills|tylenol|tablets) (?:to )?(?:work|kick in|take|act|kill|do it)"
        r"|(?:high|tall|far|deep|fast|cold) enough to (?:be sure|die|kill|not survive|end it|make sure|do it|be fatal)|(?:which|what) (?:floor|height|bridge|building|dose) (?:is|would be|will be) (?:high enough|fatal|lethal|enough|sure)",
        skip="cond",
        ex=("how long does it take for 40 tylenol to work", "what floor is high enough to be sure"),
    ),
    R(
        "means",
        "escalator",
        r"(?:already|just) (?:took|swallowed|taken|downed) (?:them|it|all of them|them all|everything)(?= ?$|,| and)"
        r"|everything (?:from|in) (?:the|my|his|her) (?:medicine |bathroom )?(?:cabinet|drawer|cupboard)"
        r"|{MEANS}(?: is| are|s) (?:clean|sharp|sharpened|oiled|new)(?= ?$|,| and)"
        r"|(?:taken|took|brought|bringing|carrying|carried) (?:my |a |the |his |her )?(?:gun|pistol|rifle|pills|knife|razor|blade) (?:to|into|out to|up to) (?:the |my )?(?:woods|forest|park|bridge|roof|lake|river|attic|basement|shed|barn|cliffs?)",
        skip="subject idiom cond hyper",
        ex=("already took them", "everything from the cabinet", "the blade is clean"),
    ),
    R(
        "means",
        "urgent",
        r"(?:taken|took|brought|bringing|carrying|carried) (?:my |a |the )?(?:belt|rope|cord|noose|extension cord|dog leash|scarf) (?:to|into|out to|up to) (?:the |my )?(?:woods|forest|attic|basement|shed|barn|garage|tree|trees|park)"
        r"|(?:car|engine|motor)(?:s| is| has)?(?: been)? (?:still )?(?:running|on|idling|going)(?: \w+){0,3} in (?:the|a|my) (?:closed|shut|locked|sealed) garage",
        ex=(
            "ive taken my belt to the woods behind school",
            "engines been going in the shut garage",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:not|wont be|wont|im not|i am not) (?:calling|telling|texting|ringing|call|tell|text) (?:anyone|anybody|nobody|911|999|988|for help|my \w+)(?: \w+)? (?:this time|first|before|tonight)"
        r"|(?:ive |i have )?made (?:my )?peace(?= ?$|,| with (?:it|everything|this|god|dying|my decision))|(?:im|i am|i feel) at peace now(?= ?$|,)"
        r"|(?:river|sea|ocean|lake|water|waves|current|tide)(?: \w+){0,5},? (?:and )?(?:im|i am|ill|i will|im going to|going to) (?:walking|walk|wading|wade|stepping|step) (?:in|into it|out|under)(?= ?$|,| now| tonight)",
        skip="subject idiom cond hyper",
        ex=(
            "this time im not calling anyone first",
            "ive made my peace",
            "the river is high and im walking in",
        ),
    ),
    R(
        "farewell",
        "concern",
        r"^(?:my |this is my |tonight is my |today is my )?last (?:sunset|sunrise|meal|song|cigarette|breath|night alive|day alive|goodbye)(?= ?$|,)",
        ex=("my last sunset",),
    ),
    R(
        "farewell",
        "hint",
        r"^(?:all |its )?done$|^(?:and )?thats it$",
        ex=("done",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:{MEANS}|pills)(?: \w+){0,6},? (?:all of them|every last one|the whole lot|every one of them|all of it),? (?:with|and|plus) (?:a bottle of |some |the )?(?:whiskey|whisky|vodka|wine|alcohol|booze|tequila|rum|gin|beer|liquor)",
        ex=("my heart pills and my sleeping pills, all of them, with whiskey",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:burned|burnt|cut|scratched|carved|punched|hurt|bruised) myself (?:\w+ ){0,4}(?:again|last night|yesterday|this morning|earlier today|earlier tonight|today)"
        r"|(?:scratch|scratching|pick|picking|hit|hitting|punch|punching|burn|burning) (?:my (?:arms|legs|skin|wrists|thighs)|myself) until (?:they|it|i) (?:bleed|bleeds|bled|bruise|bruised|blister)",
        skip="tense",
        ex=(
            "i burned myself with a lighter again last night",
            "i scratch my arms until they bleed",
        ),
    ),
    R(
        "passive_ideation",
        "hint",
        r"(?:stopped|quit|stopping|quitting|not taking|skipping|refuse to take|refusing|gave up|giving up) (?:taking |on )?(?:my |all my )?(?:\w+ )?(?:insulin|meds|medication|medications|pills|dialysis|treatment|chemo|inhaler|blood thinners|heart medicine|medicine)"
        r"|if it happens,? it happens|let(?:ting)? (?:it|nature|god) (?:happen|take (?:its|his) course)|whatever happens,? happens",
        skip="tense",
        ex=("ive stopped taking my heart meds", "if it happens, it happens"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:stopped|quit|stopping|not taking|skipping|refusing) (?:taking )?(?:my |all my )?(?:\w+ )?(?:insulin|dialysis|heart meds|heart medication|heart pills|blood thinners|seizure meds|transplant meds)(?: \w+){0,4} (?:on purpose|deliberately|so i (?:die|wont wake up|can die)|to die)",
        skip="tense past",
        ex=("i stopped my insulin three days ago on purpose",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:going to|gonna|about to|will|ill|im going to|ready to) (?:swallow|down|overdose on) (?:all of them|them all|every (?:last )?(?:one|pill)|all of it|the whole (?:bottle|box|pack|packet|lot))"
        r"|forgive me for what (?:im going to|i am going to|im about to|i am about to|i will|ill|im gonna) do",
        ex=("im gonna swallow all of them", "forgive me for what im about to do"),
    ),
    R(
        "burden",
        "concern",
        r"(?:nobody|no one|not a single person) (?:cares|would care|will care|gives a \w+|would even care|even cares) (?:if|whether) i (?:live|die|lived|died|exist|existed|am alive|m alive)",
        ex=("nobody cares if i live or die",),
    ),
    R(
        "means",
        "urgent",
        r"(?:^|\b(?:im|i am|just|now|still|literally|currently|sitting here|sat here)\b )(?:\w+ )?holding (?:a|the|my|his|her|dads|moms) (?:loaded |\w+s )?(?:gun|pistol|revolver|rifle|shotgun|knife|blade|razor|noose|rope)(?= right now| now| in my| to my| against| and| rn| again|,| ?$)"
        r"|(?:cord|rope|belt|noose|sheet|scarf|cable|leash)(?: is| s)? (?:tied |already |all )?(?:around|to|on|over) (?:the|a|my) (?:closet (?:bar|rod|rail)|door(?: handle| frame|knob)?|beam|rafter|banister|railing|pipe|ceiling fan|hook|branch|tree|bunk bed|shower (?:rod|rail)|curtain rod)"
        r"(?!.*\b(?:laundry|clothes|drying|swing|hammock|decorations?|lights|dog|plant|tent|pulley|hay|hoist|tarp|tackle)\b)",
        skip="neg",
        ex=(
            "im literally holding the gun right now",
            "the cord is around the closet bar and im standing on the stool",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:bottle|pack|box|pills|tablets|meds|them)(?: \w+){0,6},? (?:and )?(?:im|i am|ive gone) (?:halfway|half way|partway|most of the way) through(?= ?$|,| it| them| the)|halfway through (?:the|my|a) (?:bottle|pack|box|pills|tablets|meds)"
        r"|(?:wont|will not|doesnt|does not|isnt|cant get it to|cant make it|it wont) (?:clot|stop bleeding|stop the bleeding)",
        ex=("the bottle is open and im halfway through", "its deep this time and it wont clot"),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:if|when|whoever) (?:anyone|someone|somebody|they|you|people|my \w+) (?:finds?|found) my body",
        skip="cond",
        ex=("if anyone finds my body please tell my sister",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:is|are|would|will|isnt|would be) (?:[1-9][\d.]* ?(?:grams|g|mg|milligrams|pills|tablets)|all|the whole bottle|twenty|thirty|forty|fifty)(?: of)?(?: my| the| these)?(?: \w+)? (?:{MEANS}|pills|them|it)? ?enough(?! for (?:a|my|the|your) (?:headache|pain|fever|cold|back|cramps|period|migraine|kid|child|dog|cat|baby|day|week))(?= ?$|,| to| bc| because| if| or)",
        skip="cond",
        ex=("is 2 grams of sertraline enough",),
    ),
    R(
        "means",
        "escalator",
        r"(?:have|got|ive got) (?:them|it|the \w+|all of them|all) out(?= ?$|,| on| in front| already)"
        r"|(?:pills|meds|tablets|them)(?: are| is)? (?:crushed|dissolved|ground up|mixed) (?:in|into|up in) (?:the|my|a) (?:drink|juice|water|glass|coffee|soda|vodka|wine|cup)"
        r"(?!.*\b(?:grandma|grandpa|mom|dad|kid|child|son|daughter|dog|cat|patient|cant swallow|cannot swallow|applesauce)\b)",
        skip="subject idiom cond hyper",
        ex=("i already have them out", "pills are crushed in the drink"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:its |it is )?now or never"
        r"|(?:not|never|wont|wont be|im not|i am not|no) (?:"
        r"(?:swimming|coming|going|walking|climbing|getting|turning) back(?= ?$|,|\.|!| up| out(?! of (?:bed|my room|the house|hibernation))| in| over| down| to| this time| inside| again| home(?= ?$|,|\.|!))"
        r"|(?:come|swim|go|get|walk|climb) back (?:up|out|in|home)(?= ?$|,|\.| again)"
        r"|(?:coming|getting) (?:back|home)(?= ?$|,|\.|!| this time| from (?:the|this|that|there)| after (?:that|this|tonight|today|my shift)))"
        r"|(?:nobody|no one|noone)(?:s| is)? (?:around|here|awake|home|watching)(?= ?$|,)",
        skip="subject idiom cond hyper neg",
        ex=(
            "its now or never",
            "im not swimming back",
            "this time im not climbing back over",
            "im not coming back from the lake house",
            "gonna go for a swim at the old quarry tonight and not come back up",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:im|i am|standing|waist deep|knee deep|up to my \w+) (?:in|into) (?:the )?(?:water|river|sea|ocean|lake|waves|current)(?= ?$|,| now| and)",
        skip="neg",
        ex=("im in the water",),
    ),
    R(
        "place",
        "urgent",
        r"(?:climbed|climbing|jumped|hopped|got) (?:over )?(?:the |a )?(?:fence|railing|barrier|rail|wall|gate|guard rail|guardrail) (?:at|on|of|around|by) (?:the |a )?(?:\w+ )?(?:dam|bridge|overpass|roof|rooftop|cliff|cliffs|quarry|reservoir|tracks|tower|parking garage|car park|ledge)",
        skip="neg",
        ex=("i climbed the fence at the reservoir dam",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:wrists|pills|rope|gun|knife|belt|cuts?) first,? (?:and )?then (?:the )?(?:pills|wrists|rope|gun|knife|belt|jump|bridge|bath|water|car)"
        r"|first (?:the )?(?:pills|wrists|rope|gun|knife|belt),? (?:and )?then (?:the )?(?:pills|wrists|rope|gun|knife|belt|jump|bridge|bath|water|car)",
        ex=("wrists first then the pills",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"relapsed? (?:on|with|into|back into)? ?(?:sh|self harm|cutting|burning|self injury)|(?:hit|punch|slap|scratch|bite|burn|cut|hurt) myself (?:when|whenever|every time|if|because|to)"
        r"|(?:hit|punch|slap|scratch|bite|burn|cut|hurt)(?:s|ting)? myself (?:again|a lot|more|every day|daily)",
        skip="past tense",
        ex=("i relapsed on sh after 8 months clean", "i hit myself when i get angry"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"wish (?:something|someone|a car|an accident|a bus|a truck|lightning|god) would (?:just )?(?:happen to me|hit me|kill me|take me|end me|run me over)",
        ex=("i wish something would just happen to me",),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:brain|head|mind|thoughts|voice|voices|depression)(?: \w+){0,2} (?:keeps? |keep on |is |are |wont stop |cant stop )?(?:going|saying|telling me|repeating|whispering|screaming|yelling)(?: me)?(?: to)? (?:just )?(?:end it|kill myself|kill yourself|die|do it|jump|kms|end my life|end everything)",
        skip="subject",
        ex=("my brain keeps going just end it on loop",),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:cant|cannot|dont|do not|can not) (?:see|find|think of) (?:any|a|one|a single) (?:reason|point) (?:to|in|for) (?:keep(?:ing)? living|live|living|go on|going on|stay(?:ing)? alive|keep going|be alive|being alive|be here)",
        skip="neg",
        ex=("cant see any reason to keep living",),
    ),
    R(
        "giving_away",
        "hint",
        r"(?:left|put|leaving) everything (?:in|on) (?:the|a|my) (?:\w+ )?(?:folder|envelope|drawer|box|desk|table|safe|binder)",
        ex=("i left everything in the blue folder",),
    ),
    # --- formal wording ---------------------------------------------------------------------
    R(
        "farewell",
        "concern",
        r"sorry for (?:the|any|all the) (?:trouble|mess|pain|hurt|grief|heartache|burden) (?:this|i|it|my death) (?:will |is going to |might )?(?:cause|bring|leave)"
        r"|(?:tonight|today|soon|tomorrow),? i (?:will |ll |am going to |m going to |shall )?(?:join|be with|go to) (?:him|her|them)(?= ?$|,| again| in heaven| there)",
        ex=("i am sorry for the trouble this will cause", "tonight i will join him"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:swallowed|took|taken|downed|ate|consumed|emptied) (?:the contents of|everything in|all (?:of )?(?:the )?(?:pills|tablets|meds) (?:in|from)) (?:my|the|a|her|his) (?:\w+ ){0,2}(?:organi[sz]er|pill ?box|bottle|cabinet|dosette|blister packs?|packet|prescription|supply)"
        r"|(?:have |ive |i )?taken an overdose(?! (?:in|back in|years|when|as a))",
        skip="tense",
        ex=(
            "ive swallowed the contents of my pill organizer for the whole month",
            "i have taken an overdose",
        ),
    ),
    R(
        "means",
        "urgent",
        r"(?:charcoal|grill|barbecue|bbq|brazier|hibachi|generator)(?: \w+){0,2}(?: is| are)?(?: lit| burning| running)? (?:in|inside) (?:the|my|a) (?:bathroom|bedroom|car|tent|room|closet|bathtub)(?!.*\b(?:clean\w*|storage|stored|sale|selling)\b)"
        r"|(?:{GAS_ON}(?: \w+){0,5} {SHUT_IN}|{SHUT_IN}(?: \w+){0,5} {GAS_ON})(?!.*\b(?:soup|stew|kettle|cook\w*|bak\w*|dinner|tea|boil\w*|pasta|warm\w*|heat\w*|cold|freezing|check\w*|ocd)\b)",
        ex=(
            "the charcoal grill is in the bathroom",
            "ive turned on the gas and closed the windows",
            "ive shut the kitchen door and turned the gas on",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:door|doors|windows|vents|gaps)(?: is| are)? (?:taped|sealed)(?: up| shut)?"
        r"|{MEANS}(?: is| are|s) (?:beside|next to|by|on|under) (?:my|the) (?:bed|pillow|photo|picture)",
        skip="subject idiom cond hyper",
        ex=("the door is taped", "the tablets are beside my bed"),
    ),
    R(
        # Sealing a room is the set-up of a charcoal or gas death: a plan detail of its own
        # kind next to the means ("bought the charcoal and taped the windows").
        "intent_vague",
        "escalator",
        r"(?:taped|sealed|taping|sealing)(?: up)? (?:the|my|all the|all my) (?:doors?|windows?|vents?|gaps)"
        r"(?! (?:for|against|because of|before) (?:the )?(?:storm|hurricane|cyclone|typhoon|winter|draughts?|drafts?|cold|wind|painting|paint|smoke|wildfire|bushfire|mosquitoes|bugs|flies|move|moving))",
        skip="subject idiom cond hyper",
        ex=("bought the charcoal and taped the windows today",),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:see|find|there is|theres|there seems) (?:little|no|not much|hardly any) (?:purpose|point|reason|meaning) (?:in|to) (?:carrying on|going on|living|continuing|life|being alive|getting up|any of it|anything|it all)"
        r"|(?:there seems|there is|theres|i see) no point in (?:any of it|anything|it all)(?: anymore)?(?= ?$|,)",
        ex=("i see little purpose in carrying on", "there seems no point in any of it anymore"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:have|ive|often|sometimes|i) wished (?:that )?i (?:would not|wouldnt|could not|did not|didnt|wont|will not|might not) (?:wake|wake up|survive|exist|live)"
        r"|(?:would be|be|would feel like) (?:a )?(?:mercy|relief|blessing|kindness|gift) if (?:i|my heart|my life|it all) (?:\w+ )?(?:died|stopped|ended|didnt wake|passed|went|just stopped)"
        r"|(?:would|will|shall) welcome (?:death|its end|the end|dying|my death|an end|the grave)",
        skip="tense",
        ex=(
            "lately i have wished i would not wake in the morning",
            "it would be a mercy if my heart simply stopped",
            "would welcome its end",
        ),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:thoughts|mind) (?:keeps? |is |are )?(?:turn|turns|turning|go|goes|going|drift|drifts|drifting|wander|wanders|wandering) (?:back )?to (?:suicide|death|dying|ending (?:it|my life|things)|killing myself|not being here)"
        r"|(?:persistent|constant|recurring|frequent|intrusive|daily) thoughts (?:of|about) (?:death|dying|suicide|ending my life|killing myself|not being alive)",
        skip="subject",
        ex=(
            "my thoughts turn to suicide more often than i would like",
            "i have been experiencing persistent thoughts of death",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:would|will|d|might|theyd|shed|hed|youd|itd|everyoned)(?: \w+){0,3} (?:better|easier|happier|happy|glad|free|relieved|fine|at peace)(?: \w+){0,2} (?:if|once|when) (?:i (?:was|were|am|m)|im) (?:no longer|not|gone|no more)(?: \w+)?",
        skip="subject",
        ex=("everybody would cope better if i were no longer around",),
    ),
    # --- internet euphemisms ----------------------------------------------------------------
    R(
        "intent",
        "urgent",
        r"(?:throwing|yeeting|launching|flinging|jumping|leaping) (?:myself )?(?:off|from|in front of|under) (?:the|a|my|this) (?:[\w:]+ ){0,2}(?:floor|roof|rooftop|bridge|building|balcony|cliff|cliffs|overpass|parking deck|parking garage|car park|tower|window|ledge|train|bus|truck|dam)"
        r"(?!.*\b(?:into the (?:pool|water|lake|river|sea|ocean|snow)|was (?:wild|fun|great|awesome|amazing|epic|so fun)|for fun|party|trampoline|parachute|bungee|skydiv\w*)\b)"
        r"|(?:^|\bim |\bi am )(?:unaliving myself|killing myself|ending it(?! with| between| off)|ending my life|taking my (?:own )?life(?! back| in| into| seriously)|overdosing|hanging myself)(?: \w+){0,4} (?:{WHEN})"
        r"|(?:suicide|it|the plan|my death|unaliving|kms|my exit)(?: is|s) (?:happening|going down|on|set|scheduled|planned)(?: for)?(?: \w+){0,2} (?:{WHEN})",
        skip="idiom",
        ex=(
            "yeeting myself off the parking deck after class",
            "jumping from the 7th floor at sunset",
            "deleting myself from this world tonight",
            "the sewerslide is happening after my parents go to bed",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:final|last|forever|eternal|permanent|big|long) (?:nap|sleep|rest)(?= ?$|,| tonight| now| today)"
        r"|(?:become|becoming|turn into|turning into) (?:a )?(?:ghost|angel|star)(?= ?$|,| tonight| now| today| soon)"
        r"|(?:log(?:ging)? off|take the l|taking the l|check(?:ing)? out)(?: \w+)? (?:permanently|for good|forever)(?= ?$|,| tonight| at| after| when)",
        skip="subject idiom cond hyper",
        ex=(
            "final nap tonight",
            "gonna go become a ghost tonight",
            "about to take the l permanently",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:got|have|holding|bought|grabbed|opened) (?:the|a) (?:whole|full|entire|new) (?:bottle|box|pack|packet|jar|strip) of (?:my |his |her |the )?(?:\w+ )?(?:{MEANS}|pills)",
        skip="neg",
        ex=("got the whole bottle of my sleep meds",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:already|just) (?:took|swallowed|downed|taken) (?:like |about |around |maybe |over )?(?:[1-9]\d+|twenty|thirty|forty|fifty) (?:of )?(?:the |my |these |those )?(?:\w+ )?(?:ones|of them|tabs|caps|capsules|pills)"
        r"|^(?:cutting|bleeding|burning myself)(?: myself)? (?:right now|now|as we speak)",
        skip="tense",
        ex=("already took 30 of the blue ones", "cutting right now and its not stopping"),
    ),
    R(
        "farewell",
        "concern",
        r"^(?:its |it is )?game over for me(?= ?$|,)|^bye bye world|^goodbye world",
        ex=("game over for me", "bye bye world"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:log(?:ging)? off|log(?:ging)? out|unsubscrib\w+|quit\w*|exit\w*) (?:from |of )?(?:life|this life|existence|this world|the world)(?! for (?:a|the) (?:day|night|weekend|week))"
        r"|(?:just |only )?(?:waiting|vibing|existing|surviving|killing time|passing time|counting down) (?:until|till|til) i (?:die|am dead|can die|m dead|finally die)(?! of)",
        ex=("i want to log off from life permanently", "im just vibing until i die"),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:^|(?<=, ))(?:sh|self harm|cutting|cut|burning)(?: myself)? again(?= ?$|,)",
        skip="tense",
        ex=("sh again",),
    ),
    R(
        "place",
        "escalator",
        r"^(?:on|at|up on|out on) (?:the|a|this) (?:\w+ )?(?:bridge|overpass|roof|rooftop|ledge|tracks|cliff|cliffs|dam|pier|platform|viaduct|quarry)(?= ?$|,| now| again| alone)",
        skip="neg",
        ex=("on the railway bridge",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:looking|staring|peering|gazing) (?:straight )?(?:down|over the edge|at the (?:ground|water|drop|tracks|cars below|street below))(?= ?$|,| at| and| now)",
        skip="subject idiom cond hyper",
        ex=("standing at the top looking down",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:please )?(?:take care of|look after|feed|walk) (?:my|our) (?:cat|dog|cats|dogs|kids|children|pets?|plants|bunny|bird|fish|rabbit|hamster)(?= ?$|,| when| after| for me)",
        ex=("please look after my dog",),
    ),
    R(
        "means",
        "escalator",
        r"(?:theres|there is|got|have|keep) (?:a |the |my |his |dads )?(?:{MEANS}) (?:in|out in|up in) (?:the|my|his) (?:barn|shed|garage|truck|attic|basement|closet|safe|car|woods)",
        skip="neg",
        ex=("theres a shotgun in the barn",),
    ),
    R(
        "timeframe",
        "escalator",
        r"after (?:supper|dinner|lunch|work|school|class|church|my shift|the kids are (?:in bed|asleep|at school))(?= ?$|,| tonight| today)"
        r"|(?:till|until|before) (?:morning|dawn|tomorrow)(?= ?$|,)",
        skip="neg subject past idiom cond hyper",
        ex=("after supper",),
    ),
    R(
        "giving_away",
        "hint",
        r"(?:sold|selling|gave away|giving away) (?:all )?(?:of )?my (?:tools|guns|truck|car|guitar|stuff|things|gear|bikes?)"
        r"|paid off (?:the|my) (?:truck|car|debts?|loans?|bills|credit cards?|mortgage)"
        r"|(?:took|take|taking) out (?:extra |more |a )?life insurance|(?:updated|changed) (?:my )?(?:beneficiar\w+|will)",
        ex=("sold my tools", "paid off the truck", "took out extra life insurance"),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:handing|handed|giving|gave|passing|passed) (?:out|over|on|down) (?:all )?my (?:gear|stuff|things|belongings|tools|clothes|books|medals|uniform|guns)",
        ex=("ive been handing out my gear to the younger guys",),
    ),
    R(
        "place",
        "escalator",
        r"(?:climbing|climbed|going up|gone up|up on|on top of) (?:the|a) (?:water tower|tower|crane|radio tower|silo|bridge|roof|rooftop|cliff|overpass|billboard)",
        skip="neg",
        ex=("climbing the water tower now",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:no one|nobody|noone)(?: will| is going to|ll|s going to) (?:see|find|notice|stop) me(?: \w+){0,2}(?= ?$|,| till| until| before| in time| now)",
        skip="subject idiom cond hyper neg",
        ex=("no one will see me till morning",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"wish(?:ing|ed)? (?:that )?(?:i|id) (?:had )?(?:died|been killed|not survived|not made it|not come back|not come home|never come back|gone with them|been the one who died)(?! of)",
        skip="past tense",
        ex=("i keep wishing id died over there with my buddies",),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:dont|cant|do not|cannot) see how (?:i can|i could|im going to|i will|to) (?:keep|go on|continue|carry on|survive)(?: \w+){0,2}(?= ?$|,| like this| this way| much longer| anymore)"
        r"|(?:being alive|life|living|existing) (?:feels like|is|has become) (?:a |one long |just a )?(?:punishment|prison|sentence|torture|curse|nightmare)(?! for (?:a|the) (?:day|week|game))",
        ex=("i dont see how i can keep living like this", "being alive feels like a punishment"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:just |only )?want (?:it|this|everything|it all|life) (?:to be )?over(?= ?$|,| already| for good)",
        ex=("i just want it over",),
    ),
    # --- chat fragments -------------------------------------------------------------------
    R(
        "means",
        "urgent",
        r"(?:knife|blade|razor|gun|pistol|dads pistol|dads gun),? (?:on |to |against |at )?(?:my )?(?:wrist|wrists|throat|neck|temple|head|arm)(?:,? (?:right )?now)?(?= ?$|,)"
        r"|^(?:my |dads |moms |the )?(?:gun|pistol|rifle|shotgun|revolver|rope|noose|knife|razor|blade|pills)(?:,? \w+){0,3},? (?:right )?now$",
        ex=("knife, wrist, now", "dads pistol my room now"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:swallowed|downed|drank|finished|emptied) (?:the|a|my|her|his) (?:whole |entire |full )?(?:bottle|pack|box|packet|jar|strip|blister)(?! of (?:water|wine|soda|juice|coke|beer|milk))(?= ?$|,| of| and)",
        skip="tense",
        ex=("swallowed the bottle",),
    ),
    R(
        "means",
        "escalator",
        r"(?:^|(?<=, ))(?:i )?(?:took|swallowed) them(?: all)?(?= ?$|,)",
        skip="subject idiom cond hyper",
        ex=("i took them",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:^|(?<=, ))i did it(?= ?$|,)",
        skip="subject idiom cond hyper",
        ex=("i did it",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:^|(?<=, ))(?:im|i am) (?:going|leaving|gone|off) (?:tonight|today|now|soon)$|(?:^|(?<=, ))its (?:tonight|today|happening tonight)$",
        skip="subject idiom cond hyper",
        ex=("im going tonight",),
    ),
    R(
        "hopelessness",
        "concern",
        r"whats (?:even )?the point (?:of|in) (?:trying|anything|any of it|it all|going on|carrying on|getting up|waking up)",
        ex=("whats even the point of trying",),
    ),
    R(
        "hopelessness",
        "hint",
        r"(?:^|(?<=, ))no (?:future|point|hope|way out|reason)(?= ?$|,| left| for me| anymore)|(?:^|(?<=, ))nothing(?= ?$)",
        ex=("no future, no point, nothing",),
    ),
    R(
        "burden",
        "concern",
        r"(?:theyd|they would|everyone would|everybody would|theyll|they will|my family would|everyone will) (?:all )?(?:be )?(?:so much |much )?better off(?= ?$|,)",
        skip="subject",
        ex=("i ruin everything theyd be better off",),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:gave|giving|give|given) (?:(?:to )?my \w+ |(?:to )?my (?:best )?friend )?my (?:jewelry|jewellery|watch|ring|necklace|jacket|guitar|xbox|playstation|laptop|phone|savings|car|bike|medals|collection)(?! back| for (?:her|his|their) birthday| to (?:fix|repair|borrow))",
        ex=("gave my sister my jewelry",),
    ),
    # --- other Englishes ----------------------------------------------------------------------
    R(
        "intent",
        "urgent",
        r"(?:want|wan|go|gonna|going to|will|ill|about to)(?: to)? (?:drink|take|eat|swallow) (?:the |some )?(?:bleach|antifreeze|poison|drain cleaner|weed killer|rat poison|rat killer|pesticide|insecticide|sniper|phenyl|kerosene|paraquat)(?! for| in the (?:garden|godown|shed|barn))",
        ex=("i wan drink sniper tonight",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:cut|slit|slashed|sliced|opened) (?:my )?(?:nerves?|veins?|wrists?)(?: \w+){0,4},? (?:and )?(?:the )?(?:blood|bleeding|its bleeding)"
        r"|blood is (?:coming|flowing|pouring|gushing) (?:out )?(?:too much|a lot|so much|heavily|nonstop|everywhere|fast)",
        skip="tense",
        ex=("i have cut my nerves with blade, blood is coming too much",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:been|keep|am|im|started) (?:cutting|burning|scratching|hitting) my (?:hands|arms|legs|wrists|thighs|skin|stomach|body)(?! (?:on|with) (?:a|the) (?:paper|can|glass))",
        skip="tense",
        ex=("i have been cutting my hands with blade when tension comes",),
    ),
    R(
        "hopelessness",
        "concern",
        r"no (?:use|point|sense) (?:of|in) (?:living|going on|life|being alive|carrying on|staying alive|existing)",
        ex=("there is no use of living like this",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:dont|do not|no longer|never) feel like (?:living|being alive|existing|going on|staying alive|waking up)(?! in| at| with| near| here| there| today)",
        skip="neg",
        ex=("i dont feel like living anymore",),
    ),
    # --- questions about a method, and calm wording --------------------------------------
    R(
        "suicidal_thoughts",
        "concern",
        r"how long (?:does it take|would it take|will it take|until|before|do you have) (?:to |for (?:you|me|someone|a person) to |you |i |someone )?(?:bleed out|die|pass out|lose consciousness|suffocate|drown|stop breathing|overdose)"
        r"|(?:does|would|will|do|is) (?:hanging|drowning|jumping|bleeding out|an overdose|overdosing|it|slitting|cutting your wrists|dying) (?:hurt|painful|quick|take long)"
        r"|what happens (?:to your body |to you |to a body )?(?:when|if) (?:you|i|someone|a person) (?:jump|fall|hang|overdose|take|od|drink|swallow) (?:from|off|\d+|all|a whole|too many|bleach)"
        r"|is it (?:quicker|faster|less painful|more painful|easier|surer|more certain) (?:with|to|by|if|using) (?:the )?(?:car|pills|garage|rope|jump|jumping|gun|bridge|hanging|tablets|gas)"
        r"|(?:take|took|swallow) all (?:\d+|of (?:my|the|them))(?: \w+){0,6} will i (?:feel|notice|wake up|survive|die)",
        skip="subject cond",
        ex=(
            "how long does it take to bleed out if you cut the wrist lengthwise",
            "does hanging hurt",
            "what happens to your body when you jump from 10 stories",
            "is it quicker with the car in the garage or with pills",
        ),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:think|thinking|thoughts) (?:about|of) (?:killing|ending) (?:yourself|your life|oneself)(?: \w+){0,2} (?:every day|everyday|all the time|constantly|a lot|daily|every night)"
        r"|(?:does anyone else|do you ever|anyone else) (?:\w+ ){0,2}(?:pray|hope|wish) (?:that )?(?:they|you) (?:wont|dont|never|would not) wake up"
        r"|(?:wonder|imagine|think about) what it (?:would|d) (?:be like|feel like) to (?:just )?(?:stop existing|not exist|die|be dead|not be here|disappear)",
        skip="subject cond",
        ex=(
            "is it normal to think about killing yourself every day",
            "does anyone else pray they wont wake up",
            "sometimes i wonder what it would be like to just stop existing",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|taken|swallowed|had) (?:a lot |way |much |far |so much )?more (?:of )?(?:my |the )?(?:{MEANS}|pills) than (?:im|i am|i was|you are) (?:supposed to|meant to|prescribed)"
        r"|(?:the|a) whole (?:weeks|months|weekss|bottles) (?:worth|supply)(?: of (?:my )?(?:{MEANS}|pills))?",
        skip="tense",
        ex=("i just took a lot more of my meds than im supposed to", "the whole weeks worth"),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:hide|hiding|cover|covering|conceal|concealing) (?:my |the )?(?:cuts|scars|self harm|burns|marks|wounds)(?: \w+)? (?:from|so)",
        ex=("whats the best way to hide cuts from my parents",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"i know what (?:im|i am) (?:doing|going to do|gonna do)(?: \w+)? (?:tonight|today|now|tomorrow)|(?:im|i am) (?:doing|going to do) (?:one of them|it|this|that) (?:tonight|today|after dinner|after work)"
        r"|(?:^|(?<=, ))(?:im|i am|i feel) (?:finally )?at peace(?= ?$|,)|(?:im|i am) up here(?= ?$|,| and| now)"
        r"|(?:im|i am) (?:sitting )?in the (?:bath|bathtub|tub)(?= ?$|,| now| with)",
        skip="subject idiom cond hyper",
        ex=(
            "i know what im doing tonight",
            "im doing one of them tonight",
            "im at peace",
            "im up here and i need to know",
        ),
    ),
    # --- round three: means kept somewhere, a moment chosen, a deadline, an act under way ------
    R(
        "means",
        "escalator",
        r"(?:the |my |a |his |her )?{MEANS}(?:s| is| are|s been| has been| have been) (?:already )?(?:out(?: (?:on|in) (?:my|the) \w+)?|on (?:my|the) (?:desk|tile|floor|counter|table|nightstand|bed|seat)|(?:in|under|still in) (?:my|the) (?:\w+ )?(?:trunk|backpack|glovebox|glove box|car|truck|ute|shed|closet|drawer|bag|wardrobe|slipper|locker)|here with me|with me)(?= ?$|,| and| since| now| tonight| right| already)",
        skip="neg",
        ex=(
            "the belts been in my closet since monday",
            "the rifles here with me",
            "the blades are out on my desk",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"when it gets dark|once it gets dark|at dusk|before (?:sunrise|dawn|the sun comes up)"
        r"|(?:after|once|when|as soon as) (?:i (?:hit post|post this|send this|hit send)|this posts|this is posted)"
        r"|(?:after|once|when) (?:the|my|his|her) (?:\w+ )?(?:nurse|carer|caregiver|aide|sitter|roommate|flatmate|shift) (?:leaves|goes|has gone|is gone|goes home|finishes|has been and gone|has been)(?: at \d+)?"
        r"|by (?:quarter|half|ten|twenty) (?:past|to)(?= ?$|,| \w)|(?:this|next|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:night|morning|evening)"
        r"|(?:i think )?(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday) is (?:it|the night|the day)(?= ?$|,)",
        skip="neg subject past idiom cond hyper",
        ex=(
            "once it gets dark",
            "after i hit post",
            "after the night nurse leaves at 6",
            "i think tomorrow is it",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:im|i am|ill be|i will be|ill|doing is) (?:finishing|ending|finish|end) (?:it|this|things|it all)(?: myself)?(?= (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|after|when|once|before|at|by))"
        r"|(?:ive|i have|i) (?:chosen|picked|set) (?:next |this |a )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|date|day|night)(?= ?$|,|\.)"
        r"|(?:made|making) my mind up|(?:its|it is|everything is|everythings) (?:all )?(?:arranged|sorted|planned|set)(?= ?$|,| for)"
        r"|(?:im|i am|ill be|i will be) (?:using|doing|taking) (?:them|it|those) (?:as soon as|when|once|after|tonight|now|right after)"
        r"|(?:im|i am|i will|ill|going to|about to) (?:walk|walking|swim|swimming|wade|wading) (?:in|into|out into) (?:the )?(?:water|lake|river|sea|ocean|waves|tide)(?= ?$|,| tonight| like| and| until| when| after| once)",
        skip="subject idiom cond hyper",
        ex=(
            "im finishing it sunday night",
            "ive chosen next thursday",
            "its all arranged",
            "im using them as soon as this posts",
            "tonight im going to walk into the lake",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:on|at|from) (?:the )?top (?:level|floor|deck) of (?:the|a|this) (?:\w+ ){0,3}(?:garage|car park|parking|building|structure|hospital|library|mall)"
        r"|(?:im|i am|sitting|standing|waiting) (?:on|at|by) the (?:dock|tracks|cliffs?|quarry|dam|overpass|rail|train tracks)(?= ?$|,| right| now| and| behind| by| at| with| of)"
        r"|(?:parked|sitting|standing|waiting) (?:under|underneath|below|beneath) (?:it|the (?:overpass|bridge))"
        r"|(?:at|by) the tracks (?:behind|near|by) (?:the|my) \w+ (?:rn|right now|now)",
        skip="neg",
        ex=(
            "on the top level of the parking garage",
            "im sitting on the dock",
            "parked underneath it",
            "at the tracks behind the school right now",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:ive|i have|i|just|already) (?:taken|took|swallowed|drank|downed) (?:the lot|everything i (?:had|have|had left|have left|could find)|all of them|the rest of (?:them|it|the \w+))(?= ?$|,| and| just| now| tonight|\.)"
        r"|(?:(?<=^)|(?<=im )|(?<=i am )|(?<=, ))(?:taking|swallowing) everything i (?:have|had|got) left"
        r"|(?:im|i am) (?:starting|started) on the (?:pills|meds|tablets|bottle)(?= ?$|,| now)"
        r"|garage (?:doors? )?(?:is )?(?:shut|closed)(?: \w+){0,3},? (?:the )?(?:car|engine)s? (?:is )?running"
        r"|(?:the )?(?:car|engine)s? (?:is )?running in the (?:closed |shut )?garage(?= ?$|,| and (?:the|i|im)| with)(?!.{0,40}(?:warm|leaving|heat|defrost|defrost))"
        r"|went deeper than (?:usual|ever|before|last time) (?:tonight|today|just now|this time)"
        r"|(?:going to|gonna|im going to) keep (?:going|cutting|burning) (?:till|until) i (?:feel|bleed)",
        skip="tense",
        ex=(
            "ive taken the lot",
            "taking everything i have left",
            "im starting on the pills now",
            "garage doors shut, cars running",
            "i went deeper than usual tonight",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:im|i am|ill be|i will be) (?:not going to|not gonna|never going to|not) be (?:here|around|alive) (?:when (?:he|she|they|you|my \w+) (?:opens|reads|sees|finds|gets|comes)|by (?:morning|tomorrow|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
        r"|(?:ill be|i will be|im going to be) joining (?:her|him|them|my \w+) (?:tonight|today|tomorrow|soon|this weekend|very soon)"
        r"|(?:mixing|mix|going to mix) (?:it all|everything|them|the pills|all of it) with (?:the|a) (?:bottle|booze|vodka|whiskey|whisky|alcohol|drink)"
        r"|(?:shoot|use|take|do) the rest (?:and|to) (?:sleep for good|never wake up|not wake up|be done)"
        r"|not planning on (?:driving|walking|coming|going) (?:back|home)",
        skip="tense",
        ex=(
            "im not going to be here when he opens it",
            "ill be joining her tonight",
            "im mixing it all with the bottle",
            "going home to shoot the rest and sleep for good",
            "not planning on driving back down",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:(?<=^)|(?<=im )|(?<=i am )|(?<=, ))doing it(?= in (?:like )?(?:an|a few|one|two|\d+) (?:hours?|minutes|mins)| when| after| once| tonight| tomorrow| at \d)",
        skip="subject idiom cond hyper",
        ex=("doing it in like an hour when my roommate leaves",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:got rid of|threw (?:out|away)|tossed|hid|flushed) (?:the|my|all the|all my) (?:narcan|naloxone)",
        ex=("i got rid of the narcan on purpose",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"cut myself (?:\w+,? ){0,10}(?:its|it is|theyre|they are|the cuts? (?:is|are)) (?:really |so |very )?deep and (?:still |wont stop )?bleeding",
        skip="tense",
        ex=("cut myself tonight after mum hit me again, its deep and still bleeding",),
    ),
    R(
        "burden",
        "concern",
        r"(?:her|his|their|my \w+s?) li(?:fe|ves) would be (?:so much |much |a lot )?(?:better|easier|lighter) without me"
        r"|(?:shed|hed|theyd|she would|he would|they would|she could|he could|they could) (?:have (?:her|his|their) li(?:fe|ves) back|be (?:better off|fine|relieved|free)) (?:without me|if i (?:wasnt|werent|was not|were not) (?:here|around)|if i (?:was|were) gone)"
        r"|(?:tired of|sick of) being (?:the|a) (?:thing|one|person|burden|problem)(?: \w+){0,3} (?:have to|has to|needs? to) (?:manage|deal with|look after|carry|worry about|clean up after)"
        r"|(?:no one|nobody|noone) would (?:need|have) to (?:look after|care for|worry about|deal with|take care of) me (?:if|once|when) i (?:wasnt|werent|was not|were not) (?:here|around)",
        ex=(
            "her life would be better without me in it",
            "shed have her life back without me",
            "im tired of being the thing they all have to manage",
            "no one would need to look after me if i wasnt here",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:id|i would|i think id) be (?:\w+ )?(?:ok|okay|alright|all right|fine|content|happy|at peace|relieved) (?:with (?:that|it) )?(?:if (?:i|my heart|the withdrawal|it|something|a \w+)(?: \w+){0,5} (?:took me out|gave out|didnt wake up|never woke up|stopped|hit me|took me)|not to wake up|to not wake up|not waking up)"
        r"|(?:hope|hoping|wish|wishing) (?:that )?(?:a|the) (?:car|truck|bus|train|lorry) (?:doesnt|wont|didnt|does not|would not) stop"
        r"|(?:itd|it would|it wouldnt|itd not) be (?:fine|ok|okay|alright|so bad|the worst) if (?:a|the) (?:car|truck|bus|train|lorry) (?:came|hit|ran|crossed|swerved)"
        r"|(?:pray|hope|wish)(?: that)? (?:we both|i|we) (?:just )?(?:go|die|pass|slip away) in (?:my|our) sleep"
        r"|if the withdrawal (?:took|takes|kills) me(?: out)?,? (?:id|i would|i wouldnt)",
        skip="context",
        ex=(
            "id be alright if my heart just gave out one night in my sleep",
            "id be quite content not to wake up",
            "i kinda hope a car doesnt stop",
            "itd be fine if a truck came over the median",
            "some nights i pray we both just go in our sleep",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:cant|can not|cannot|dont|do not) (?:even )?(?:picture|see|imagine) (?:(?:me|myself|a version of me) )?(?:getting old|growing old|being (?:\d\d|twenty|thirty|forty|old)|at (?:\d\d|twenty|thirty|forty))(?= ?$|,|\.| lol| when| and| not| really)",
        ex=("i dont see me getting old, not really", "cant even picture being 20"),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:scratch|scratching|scratched|pick|picking|hit|hitting|punch|punching|bang|banging|bite|biting) (?:at )?my (?:arms?|legs?|skin|head|wrists?|thighs?)(?: \w+){0,2} (?:till|until) (?:they|it) (?:bleeds?|bleed|bruises?|bruise)"
        r"|(?:pressing|press|pressed|holding|held|putting|put) (?:a |the |my )?(?:hot |lit )?(?:lighter|cigarette|iron|spoon|match) (?:to|against|on|into) my (?:skin|arms?|legs?|hips?|thighs?|wrists?|stomach)",
        ex=("i scratch my arms till they bleed", "ive been pressing a hot lighter to my hip"),
    ),
    R(
        "farewell",
        "concern",
        r"(?:if|in case) (?:im|i am) not (?:at|on|in|here|around)(?: \w+){0,4},? (?:just )?(?:know|remember|thank you|thanks)"
        r"|(?:i dont think|i doubt) ill be (?:posting|around|on here|here|coming)(?: \w+){0,2} (?:much )?(?:anymore|again)(?= ?$|,|\.)",
        ex=(
            "if im not at thursdays meeting, just know this group meant something to me",
            "i dont think ill be posting much anymore",
        ),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:ive been|been|im|i keep|i spend hours) (?:reading|researching|looking up|googling) (?:about )?(?:how (?:people|someone) (?:ended it|end it|killed themselves|did it)|ways to (?:die|end it))",
        ex=("lately ive been reading about how people ended it",),
    ),
    # --- round four: check-in fields, thread replies, saved pills, the body as the means -------
    R(
        "self_harm_now",
        "urgent",
        r"(?:already|just) took (?:them|it) all|(?:already|just) took them,? (?:like )?(?:\d+|all)"
        r"|took (?:like )?\d{2,} of (?:the|my) \w+|(?:took|swallowed) all (?:the|my|of the) \w+ in the (?:bottle|box|pack)"
        r"|(?:drinking|drank) on top of the (?:pills|meds|tablets)|doing it right now with the (?:vodka|booze|pills|whiskey|whisky|wine)"
        r"|(?:cutting|burning (?:my|myself)|purging)(?: \w+){0,5} (?:right now|now)(?= ?$|,|\.| and| bc| because| cant| where| so| while| in)"
        r"|(?:doing|im doing)(?: right now)?,? cutting|its deeper than (?:usual|ever|before)"
        r"|opened (?:my|up my) (?:fore)?arm (?:up )?(?:with|using)|opened my (?:fore)?arm up"
        r"|(?:already )?up the ladder in the (?:shed|garage|barn|loft|attic)",
        skip="tense",
        ex=(
            "already took them all",
            "took all the depakote in the bottle",
            "drinking on top of the pills now",
            "doing it right now with the vodka",
            "burning my arm with the lighter right now",
            "its deeper than usual",
            "opened my forearm up with the stanley knife",
            "already up the ladder in the shed",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:cutting|cut|burning|burnt|burned|purged|purging|throwing up|hitting|heating it up)(?: \w+){0,10},? (?:and )?(?:im |i am )?(?:going to|gonna|about to) (?:keep going|do the other one|do it again|keep cutting|keep burning)"
        r"|(?:going to|gonna|im going to) keep going (?:till|until) (?:my heart|it (?:feels|stops|finishes)|i (?:pass out|bleed|feel|die))"
        r"|(?:maybe|hoping|hope) (?:this time )?(?:it|this) (?:finishes|kills|ends) me",
        skip="tense",
        ex=(
            "already cut twice and im going to keep going till it feels like enough",
            "burnt my hand on the hotplate on purpose again and im about to do the other one",
            "purged 4 times tonight and im going to keep going till my heart gives out",
            "maybe this time it finishes me",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:im going to|going to|gonna|i will|ill|im) (?:stop eating|starve|starving)(?: myself)? (?:until|till|to) (?:i (?:disappear|die|am gone|drop)|death|the end)|starve the rest of the way|done eating for good"
        r"|(?:i know|knowing) exactly how many (?:it takes|i need|to take)|i have enough (?:now|saved|saved up)(?= ?$|,|\.)"
        r"|(?:this week|tonight|today|tomorrow|this weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday) is it for me"
        r"|(?:ill|i will|im going to) go tonight (?:after|when|once) (?:everyone|everybody|they|the house)(?: \w+){0,2} (?:is |are )?(?:asleep|sleeping|quiet|in bed)"
        r"|(?:the )?(?:voices|angels|messages|they) (?:say|said|told me|gave me|are telling me)(?: \w+){0,3} (?:tonight|a date|to (?:cut|jump|die|do it|kill myself|go|end it))"
        r"|where i (?:finish|end) it(?= ?$|,| tonight| today| tomorrow)",
        ex=(
            "im going to stop eating until i disappear",
            "ive decided im going to starve the rest of the way",
            "i know exactly how many it takes",
            "ive decided this week is it for me",
            "ill go tonight after everyone is asleep",
            "the voices say tonight",
            "this is where i finish it tonight",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"(?:(?:ive|i have|i|been|im|and) )?(?:got )?(?:\w+ ){0,3}(?:saved|saving|keeping back|kept|stockpiling|stockpiled|hoarding|hoarded|been keeping) (?:up )?(?:mine|my (?:pills|meds|prescription|tablets|sleeping pills)|every (?:pill|tablet)|(?:\w+ )?(?:months?|weeks?) of (?:them|my \w+|pills|meds))(?= ?$|,|\.| for| since| and| saved)"
        r"|(?:pills|meds|tablets|sleeping pills)(?: \w+){0,2} (?:ive|i have|i) been saving"
        r"|(?:ive got|i have|ive|got) (?:\w+ ){0,2}(?:months?|weeks?) of (?:them|my \w+|pills|meds) saved",
        ex=(
            "ive been saving mine since october",
            "ive got two months of them saved for friday night",
            "kept every pill",
            "the sleeping pills ive been saving",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:location|where i am|where im at|currently at)(?: right now| now)?:? (?:the )?(?:\w+ ){0,4}(?:roof|rooftop|bridge|overpass|tracks|cliff|cliffs|ledge|pier|garage|station|platform|lake|river|quarry|lookout)"
        r"|(?:^|im |i am )(?:parked|parked up|sitting|stood|standing|been sitting) (?:up )?(?:at|on|by) (?:the|a) (?:\w+ ){0,2}(?:lookout|quarry|cliffs?|bridge|overpass|pier|dam|lake|river|tracks)"
        r"|^(?:on|at|up on) (?:the|a) (?:bridge|roof|rooftop|ledge|overpass|cliff|pier|platform|tracks)"
        r"|^(?:the )?(?:roof|rooftop|top floor|top level) of (?:my|the|our) \w+",
        skip="neg",
        ex=(
            "location: roof of my building",
            "parked up at the lookout on the old quarry road",
            "on the bridge by the rail yards",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:just |been |im )?working (?:myself )?up to it|(?:tonights|todays|tomorrows) it(?= ?$|,|\.)"
        r"|(?:god|jesus|the lord|heaven) is calling me home"
        r"|(?:im )?taking (?:all of them|them all|every one|the whole (?:box|bottle|pack|lot))(?= ?$|,| tonight| tomorrow| after| when| once| at| now)",
        skip="subject idiom cond hyper",
        ex=(
            "just working up to it",
            "tonights it",
            "god is calling me home",
            "taking all of them tonight",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:picked up|got|bought|grabbed) (?:what i need|everything i need|what i needed)(?= ?$|,| from| at| today| on| and)"
        r"|(?:hose|hosepipe) and (?:tape|duct tape)|{MEANS}(?: is| are|s) (?:loaded and )?in the (?:hall cupboard|cupboard|wardrobe|nightstand|shed|boot|trunk|glovebox)",
        skip="neg",
        ex=(
            "picked up what i need from the hardware store",
            "hose and tape are in the garage",
            "rifle is in the hall cupboard",
        ),
    ),
    R(
        "farewell",
        "concern",
        r"wanted to say (?:thanks|thank you|goodbye|bye)(?: \w+){0,3} before (?:tonight|tomorrow|friday|saturday|sunday|i go|its over)"
        r"|take care of (?:the group|everyone|each other|my \w+) for me"
        r"|(?:so|want|wanted) (?:my )?(?:mom|mum|mama|dad|family|parents|wife|husband|kids)(?: \w+){0,2} (?:knows?|to know) (?:it )?(?:wasnt|was not|isnt|is not) (?:her|his|their|your) fault",
        ex=(
            "wanted to say thanks before tonight",
            "take care of the group for me ok",
            "writing this so my mom knows it wasnt her fault",
        ),
    ),
    # --- round five: joining the dead, a day tied to someone else's, things set up and counted --
    R(
        "intent",
        "urgent",
        r"made up my mind to (?:go )?(?:be with|join)|(?:go|going to go|ill go|time to go) be with (?!my friends|friends|family)\w+(?= ?$|,|\.| now| tonight| soon| in)"
        r"|the day (?:she|he|they|my \w+) (?:goes|dies|passes)(?: \w+)?,? (?:im|i am|ill) (?:taking|going|doing|going with)"
        r"|(?:im|i am|ill be|i will be) going with (?:him|her|them)(?= ?$|,|\.)"
        r"|(?:wait|waiting) (?:till|until) (?:they|everyone|she|he)(?:re| are|s| is)? asleep and do it"
        r"|(?:im )?not (?:getting out|leaving|coming out|going home) (?:until|till) (?:its|it is) (?:done|over)"
        r"|(?:letters|emails|messages|notes) (?:are )?scheduled to (?:send|go out)"
        r"|(?:walking|driving|heading) to the (?:bridge|tracks|cliff|cliffs|roof|overpass|pier|ledge)(?: \w+){0,2} (?:now|right now)(?= ?$|,|\.)"
        r"|(?:ive got|i have|got|have) (?:it|everything) (?:all )?planned(?: out)?(?= ?$|,|\.| for| tonight)",
        ex=(
            "ive made up my mind to go be with sophie",
            "the day she goes, im taking them",
            "when the doctors stop his treatment im going with him",
            "im going to wait till theyre asleep and do it",
            "im not getting out until its done",
            "the letters are scheduled to send at 7",
            "walking to the bridge now",
            "ive got it all planned for after my daughters asleep tonight",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed) everything (?:that was |i could find |i had )?in the (?:\w+ )?(?:cabinet|cupboard|drawer)"
        r"|already started and i cant stop|(?:a lot )?more blood than usual|its bad this time,? (?:a )?lot of blood",
        skip="tense",
        ex=(
            "i took everything that was in the bathroom cabinet",
            "i already started and i cant stop",
            "theres a lot more blood than usual",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"what (?:ive|i have|i) (?:stockpiled|saved up|been saving|collected|hoarded)|(?:i have|ive got|got) my own plan",
        skip="idiom",
        ex=("im using what ive stockpiled this evening", "i have my own plan for that day"),
    ),
    R(
        "means",
        "escalator",
        r"(?:bringing|packed|brought|taking) all (?:the|my) {MEANS}|(?:have|got) (?:a |my )?(?:full )?(?:\w+ )?(?:months?|weeks?)s? (?:supply|worth)(?: of \w+)?"
        r"|(?:theyre|they are) (?:already )?counted out|(?:i have|ive got|its) (?:it )?(?:all )?set up in (?:the|my) (?:closet|garage|shed|basement|attic|bathroom|room)"
        r"|(?:i have|ive got|got) (?:what i need|everything i need) (?:in|at) (?:the|my) (?:car|truck|bag|room|trunk)"
        r"|(?:staring|been staring|looking) at (?:the|a|my) (?:pill )?bottle(?: of \w+)? on (?:my|the) (?:nightstand|counter|desk|table|bed)"
        r"|(?:i )?loaded (?:it|the gun|the revolver|the rifle|the pistol|my gun)(?: about| like)? (?:an hour|\w+ minutes|a while) ago",
        skip="neg",
        ex=(
            "im bringing all the insulin",
            "i have a full months supply on the counter",
            "theyre already counted out",
            "i have it set up in the closet",
            "i have what i need in the car",
            "been staring at the bottle on my nightstand",
            "i loaded it about an hour ago",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:going to|gonna|im going to|ill) walk in and (?:keep walking|not come (?:back|out))|has to be (?:this week|tonight|today|tomorrow|soon)(?= ?$|,|\.)"
        r"|how many (?:\w+ ){0,2}(?:is too many|would it take|does it take)|(?:i have|ive got|i got) the (?:date|day|time|place)(?= ?$|,|\.| my| and)"
        r"|it ends (?:there|here|tonight|today)(?= ?$|,|\.)|not coming back (?:from it|this time)|counted (?:it|them) (?:twice|again)"
        r"|(?:when|after) (?:they|she|he|someone|you) finds? me|not driving home|(?:when|after|once) i get home(?: \w+){0,2},? thats it",
        skip="subject idiom cond hyper",
        ex=(
            "going to walk in and keep walking",
            "it has to be this week",
            "how many amitriptyline is too many",
            "i have the date",
            "it ends there",
            "not coming back from it",
            "counted it twice",
            "when they find me",
            "not driving home",
            "when i get home this morning thats it",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"at (?:sunrise|dawn|first light|sunset)|(?:till|until|for) (?:its|it gets) dark|after (?:the|my) (?:\w+ ){0,2}(?:call|phone call)|(?:once|when) my phone dies",
        skip="neg subject past idiom cond hyper",
        ex=("at sunrise", "waiting till its dark", "after the kids goodnight call"),
    ),
    R(
        "place",
        "escalator",
        r"(?:sitting|parked) in (?:my|the) car at the (?:\w+ ){0,2}(?:overlook|lookout|cliffs?|bridge|quarry|lake|river|pier)|(?:parked|sitting) (?:up )?at the (?:\w+ ){0,2}overlook",
        skip="neg",
        ex=("sitting in my car at the overlook above the hospital",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:punching|hitting|banging) (?:the |a |my )?(?:\w+ )?wall (?:until|till) my (?:knuckles|hands?|fists?) (?:split|bleed|break)"
        r"|dragging (?:the |a )?(?:\w+ ){0,3}(?:across|over|along) my (?:arm|arms|wrist|leg|thigh|skin)",
        ex=(
            "punching the studio wall until my knuckles split",
            "dragging the broken e string across my arm",
        ),
    ),
    # --- round six: self-harm words, the very old, service weapons, plain English -------------
    R(
        "self_harm_now",
        "urgent",
        r"(?:past|beyond) beans|(?:into|hit|to|reached) styro|(?:fresh ones|the cuts?|it) (?:are|is) soaking through|its soaking through (?:the|my) (?:towel|bandage|plaster|sleeve|sheets?)"
        r"|bled through (?:\d+|two|three|four|several|the|my) (?:band ?aids|bandaids|bandages|plasters|towels?|gauze)"
        r"|(?:clean streak|relapsed|butterfly (?:died|project))(?: \w+){0,8},? (?:and )?(?:im|i am) (?:still going|not done|not stopping)"
        r"|(?:cut|cutting) (?:myself )?deeper than (?:usual|ever|before|normal|last time)|i cut my (?:arm|wrist|leg|thigh|arms|wrists|legs) (?:now|just now|right now)"
        r"|(?:i )?took (?:to|too) many (?:tablets|pills|meds)|(?:took|swallowed) all (?:the|my) (?:sleepers|sleeping tablets|sleeping pills|tablets|pills|meds)(?! for| out| from| to (?:the|my|a|his|her|their) | with me| back| in)"
        r"|(?:ive )?used all (?:the|my) insulin(?: pens)?|(?:im )?taking them (?:all )?now(?= ?$|,|\.| with)",
        skip="tense",
        ex=(
            "past beans into styro tonight",
            "fresh ones are soaking through the towel",
            "its bled through 3 bandaids",
            "broke my 94 day clean streak about 10 min ago and im not done",
            "cut myself deeper than usual",
            "i cut my arm now",
            "i took to many tablets",
            "took all the sleepers they prescribed me",
            "ive used all the insulin pens",
            "taking them now with my cocoa",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:decided|going) to stop (?:\w+ ){0,3}so (?:i|that i) can (?:go|die|pass|be with)|(?:thats|that is) the day ill (?:go and )?join (?:him|her|them)|ill go and join (?:him|her|them)"
        r"|(?:going to|gonna|ill|i will) (?:go to )?sleep(?: properly)?(?: tonight)?,? for good|got \d+,? only need one|only need one (?:round|bullet)",
        ex=(
            "ive decided to stop so i can go",
            "thats the day ill go and join him",
            "im going to sleep properly tonight, for good",
            "got 3, only need one",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:i )?(?:want|wanna) die\b|(?:i )?(?:want|wanna) to go to heaven(?: (?:and|to) (?:see|be with) (?:my )?\w+)?",
        ex=("i want die", "i want to go to heaven and see my nan"),
    ),
    R(
        "means",
        "escalator",
        r"everything (?:is )?(?:laid out|lined up|set out) on (?:my|the) (?:desk|bed|table|counter)|everythings (?:literally )?in my hand"
        r"|{MEANS}(?:s| is) on the (?:passenger seat|kitchen table|table|seat|bed|tray table)"
        r"|didnt (?:sign|lock|hand) (?:my|the) (?:sidearm|duty weapon|service weapon|weapon|rifle|gun|pistol)(?: \w+){0,2} (?:back in|away|in)"
        r"|(?:rounds|bullets|ammo)(?: \w+){0,3} (?:put by|put aside|saved|set aside)|pocketing (?:rounds|bullets|ammo)"
        r"|(?:the )?old hose|everythings put by|(?:everything|it all) is put by",
        skip="neg cond",
        ex=(
            "i have everything laid out on my desk",
            "the sidearm is on the passenger seat",
            "didnt sign my sidearm back in",
            "ive got a couple of rounds put by",
            "the garage still has the old hose",
            "everythings put by in the wardrobe",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"this is it (?:tonight|today)"
        r"|(?:had|have|ive had) (?:\w+ ){0,2}picked out for (?:weeks|months|days|a while)|locks from (?:the )?inside"
        r"|(?:ive )?set it for (?:after|before|on) |i intend to use (?:it|them)|they all go down with|(?:shant|wont|will not|shall not) be coming back"
        r"|opens wide enough",
        skip="subject idiom cond hyper",
        ex=(
            "i think this is it tonight",
            "a bridge ive had picked out for weeks",
            "the door locks from inside",
            "tonight i intend to use it",
            "tonight they all go down with the sherry",
            "i shant be coming back",
            "the window opens wide enough",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:when|once|after) (?:evry ?one|everyone|every one|everybody) (?:is )?(?:a)?sleep|after (?:lights out|chow|mess|scran|the parade|the medal parade)",
        skip="neg subject past idiom cond hyper",
        ex=("when evry one is sleep", "after lights out", "after chow"),
    ),
    R(
        "place",
        "escalator",
        r"(?:i )?(?:sit|am sitting|stand|am standing|wait|am waiting) (?:by|on|at|near) the (?:train )?tracks?",
        skip="neg",
        ex=("i sit by the train track",),
    ),
    # --- round twelve: taking them all, not coming back, scripts, calibres, a bridge's middle --
    R(
        "intent_vague",
        "escalator",
        r"(?:im|i am|gonna|going to|ill|i will|about to|planning (?:to|on)|plan to|then) (?:take|taking|swallow|swallowing|neck|necking|pop|popping|down|downing)"
        r" (?:all of (?:em|them|those|these)|(?:em|them) all|every (?:last )?one of (?:em|them))(?= ?$|,|\.|!| tonight| now| right now| at | when | after | once | so | and )"
        r"|(?:im|i am) starting now(?= ?$|,|\.| good ?b(?:ye|uy)| bye)"
        r"|(?:walking|walk|wade|wading|swim|swimming) (?:out )?into the (?:sea|ocean|river|lake|water|waves|surf|tide|loch|reservoir|quarry|ohio|mississippi|missouri|hudson|delaware|potomac|thames|severn|mersey|clyde|shannon|liffey|\w+ river)(?= ?$|,|\.| behind| at | tonight| after| and| when)"
        r"|(?:i )?(?:cant|can not|never learned to) swim anyway",
        skip="subject idiom cond hyper",
        ex=(
            "tonight once hes down for the night im taking all of em",
            "the xans are on the night stand and im starting now",
            "then im walking into the ohio behind my apartment",
            "cant swim anyway so",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:im|i am|and im|ill be) not (?:driving|swimming|walking|hiking|paddling|rowing|riding) (?:back|home)(?: in| out)?(?= ?$|,|\.|!| again| this time)"
        r"|not (?:planning|planning on|intending|going) (?:on |to )?(?:swimming|swim|driving|drive|walking|walk) back(?: in| out)?(?= ?$|,|\.|!| if)"
        r"|(?:all|them all|the lot|everything|the whole \w+|every one|every last one)(?: \S+){0,8} so (?:that )?i (?:dont|wont|never|do not|will not) wake (?:up|back up)(?= ?$|,|\.|!| again| ever| dont| and| pls| please)",
        ex=(
            "im driving up to the lake afterwards and im not driving back",
            "going off the rocks at dawn. not planning on swimming back in",
            "im doing all of them tonight so i dont wake up",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed|downed|necked|popped|taken|taking|ive taken|just took) (?:my|the|a|his|her|their|mums?|moms?|dads?) (?:whole|entire) (?:{MEANS} )?(?:script|scrip|prescription|supply|stash)(?! (?:to|back|in|with|for|from|into) )"
        r"|(?:took|swallowed|downed|necked|popped|taken|taking|ive taken|just took) (?:my|the|a|his|her) (?:whole|entire) {MEANS} (?:bottle|box|pack|packet|strip|tub|jar|blister pack)(?! (?:to|back|in|with|for|from|into) )",
        skip="tense",
        ex=(
            "drank half a fifth n took my whole xanax script",
            "swallowed the whole sertraline box",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:my|his|her|dads|moms|mums|fathers|grandads|the|a|old|that|this) (?:\.22|\.38|\.357|\.45|\.44|9mm|9 mm|12 gauge|12 ga|shotty)(?: (?:revolver|pistol|special|auto|magnum|rifle))?(?:s| is) (?:on|in|under) (?:the|my) (?:\w+ )?(?:seat|passenger seat|glovebox|glove box|console|lap|nightstand|night stand|bedside table|drawer|table|bed|pocket|hand)"
        r"|{MEANS}(?: and (?:the |a |my )?\w+(?: \w+){0,3})?(?: are| is) (?:both |all )?(?:on|by) the (?:night ?stand|nightstand|bedside table|dresser|counter|sink|coffee table)",
        skip="neg cond",
        ex=(
            "my dads .38 is on the passenger seat",
            "the xans and the fifth of jack are both on the night stand",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:im|i am|standing|sitting|parked) out on (?:the|a|this) (?:\w+ )?(?:bridge|pier|jetty|breakwater|sea wall|rocks|ledge|roof)"
        r"|(?:walked|walking|got|went) (?:out )?to the middle(?: of (?:the|a|this) (?:\w+ )?(?:bridge|span|viaduct|footbridge))?(?= ?$|,|\.)"
        r"|(?:going|heading|goin|gonna go|im going) (?:up )?(?:on|onto) (?:the|a) roof(?:top)?(?! to (?:fix|clean|check|clear|get|look)| for (?:the|a) (?:party|drinks|view|fireworks|sunset|bbq))"
        r"|(?:im |i am )?parked (?:up )?(?:at|by|near) the (?:\w+ )?(?:reservoir|quarry|lookout|gorge|dam|cliffs?|bridge|river|lake)(?: lot| car park| parking)?",
        skip="neg",
        ex=(
            "im out on the cuomo bridge, walked to the middle",
            "going up on the roof on 143rd when the shift change hits",
            "im parked at the reservoir lot",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"wish (?:that |the )?(?:wave|water|current|river|sea|surf|rip) (?:had|would have|wouldve) (?:kept|taken|held|pulled) me (?:under|down|out)"
        r"|(?:hoping|hope|pray|praying) (?:a|some|the) (?:bus|car|truck|train|lorry|drunk driver) (?:just )?(?:makes|will make|would make) the (?:decision|choice) for me"
        r"|not the (?:sleep|sleepy|nap) kind(?: of tired)?(?= ?$|,|\.)|(?:not|isnt) the kind of tired (?:sleep|a nap|rest) (?:fixes|can fix|will fix)",
        ex=(
            "wish that wave had kept me under",
            "i keep hoping a bus just makes the decision for me",
            "im tired tired. not the sleep kind",
        ),
    ),
    # --- round twelve, second part: the clinic, the workshop, a policy's clause, the chair ----
    R(
        "intent_vague",
        "escalator",
        r"(?:thats|that is|that will be|thatll be) the (?:night|day)(?= ?$|,|\.|!)"
        r"|(?:this weekend|tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) is it(?= ?$|,|\.|!)"
        r"|(?:tonight|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) makes (?:the most )?sense"
        r"|(?:got|have|ive got) it (?:all )?planned(?: out)?(?: down)? to the (?:hour|minute)"
        r"|(?:not|im not|wont be|no) (?:chickening|bottling|backing|pussying|wimping) out (?:twice|again|this time)"
        r"|(?:id|i would) rather (?:the |a |my )?(?:\w+ ){0,3}(?:find|finds|found) me than"
        r"|(?:dont|do not|just dont|never) let (?:my|the|our) \w+ be the (?:one|ones) (?:that|who|to) finds? me"
        r"|(?:aint|its not|not|isnt) for (?:deer|duck|hunting) season",
        skip="subject idiom cond hyper",
        ex=(
            "friday when my flatmates at her parents, thats the night",
            "he is out of town til monday so this weekend is it",
            "she comes at 9 so tonight makes the most sense",
            "got it planned down to the hour",
            "going back out once moms asleep. not chickening out twice",
            "id rather the district nurse find me than my daughter",
            "just dont let my daughter be the one that finds me",
            "bought a box of shells on the way home. aint for deer season.",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:kept|keeping|put|putting|held|holding) (?:some|a few|a couple|enough) (?:back|aside|by) for (?:myself|me)"
        r"|(?:what|the stuff|everything) i (?:bought|got|saved|ordered)(?: \w+){0,3} (?:and )?(?:hid|hidden|stashed) (?:in|under|behind) (?:the|my) \w+(?!.*\b(?:presents?|gifts?|christmas|xmas|birthday|surprise)\b)"
        r"|(?:sat|sitting|sit) in the garage with the (?:car|engine) running",
        skip="neg cond",
        ex=(
            "ive kept some back for myself, its in my bag",
            "going home to what i bought last month and hid in the wardrobe",
            "sat in the garage with the car running for a while",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"(?:suicide (?:clause|exclusion)|(?:the|a|that|my|his|her) (?:\d|two|one)(?: |-)?year (?:suicide )?(?:clause|exclusion))(?: \w+){0,4} (?:is |was )?(?:up|over|passed|expired|done|gone)"
        r"|(?:know|knows|told me|tell me)(?: \w+){0,3} how long (?:you|i|one|people|someone) (?:last|survive|live|can go) without (?:it|dialysis|insulin|treatment|my meds|the machine)",
        skip="past tense subject",
        ex=(
            "the two year clause on the life policy was up last month",
            "they told me years ago roughly how long you last without it",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:drive|roll|wheel|push|steer|take) (?:this|my|the) (?:\w+ )?(?:chair|wheelchair|scooter|mobility scooter) (?:off|over|into) (?:the (?:end|edge) of )?(?:the |a )?(?:\w+ )?(?:pier|cliff|cliffs|edge|harbour|harbor|river|canal|quay|jetty|bridge|platform|tracks)",
        ex=("i can still drive this chair off the end of southsea pier",),
    ),
    R(
        "hopelessness",
        "concern",
        r"whats left for (?:a (?:guy|man|woman|girl|bloke|lad) like me|someone like me)(?= ?$|\?)"
        r"|(?:dont|do not) know how many more (?:\w+ )?(?:i have|ive got|i got) in me"
        r"|(?:dont|do not) want to be (?:rescued|saved|revived|resuscitated|brought back) (?:next time|this time|again)",
        skip="neg",
        ex=(
            "whats left for a guy like me. nothing honestly",
            "i dont know how many more i have in me",
            "i dont want to be rescued next time i go into dka",
        ),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:thought|thoughts|idea) of (?:ctb|kms|unaliving(?: myself)?)|try not to (?:unalive|kill|kms) myself"
        r"|take me instead of (?:someone|somebody|a \w+|the \w+) who (?:actually |really )?wants? to live",
        ex=(
            "the thought of ctb has been visiting a lot since discharge",
            "try not to unalive myself",
            "take me instead of someone who actually wants to live",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:im|i am|im just|i am just|im such|im always) (?:a |such a )?drain on (?:this|the|everyone|everybody|my|you)",
        ex=("i know im a drain on this group",),
    ),
    # --- round twelve, third part: brakes, life jackets, the ledge, every pill, the tackle -----
    R(
        "intent",
        "urgent",
        r"(?:car|truck|ute|van|interstate|highway|motorway|freeway|bend|curve|corner|wall|tree|bridge)(?: \S+){0,12} (?:not|never|wont be|im not|not gonna be|not going to be) (?:hitting|touching|using|pressing|going to hit|gonna hit) the brakes?"
        r"|(?:make|making|so) it (?:look|looks) like an accident"
        r"|by then (?:ill|i will|i) (?:already )?be gone",
        ex=(
            "when i log off im taking the car out on the interstate and im not hitting the brakes",
            "want to make it look like an accident for the insurance",
            "scheduled them for 6am. by then ill already be gone",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:took|swallowed|downed|necked|popped) every (?:single |last )?(?:\w+ )?(?:pill|tablet|capsule|sleeper|sleeping pill|painkiller|{MEANS}) (?:i had|i could find|in the (?:house|bottle|box|cabinet|cupboard|packet)|left)"
        r"|(?:took|swallowed|downed|drank|had) the rest of (?:my |the |his |her |\w+s )?(?:\w+ )?{MEANS}(?! back| to)"
        r"|(?:drank|took|swallowed|necked|downed)(?: \S+){0,8} (?:and|with|plus) all (?:my|the|of my) {MEANS}(?! for| to| back| out| in)"
        r"|(?:used|injected|took) (?:a bunch|a lot|loads|most|half|heaps) of (?:my |the |his |her |\w+s )?(?:\w+s )?insulin"
        r"|(?:pressing|pushing|dragging|digging) the (?:knife|blade|razor) (?:in )?(?:harder|deeper)"
        r"|cut (?:again|it|myself)?,? deeper than (?:the other times|usual|before|last time|ever)"
        r"|(?:cut|cutting|bleeding)(?: \S+){0,8} (?:its|it is|it isnt|its not|it wont be) (?:not )?stopping",
        skip="tense",
        ex=(
            "just took every sleeping pill i had left",
            "took the rest of bills oramorph from the hospice about an hour ago",
            "drank the rest of the grog and all my sleepers",
            "i used a bunch of my abuelas insulin",
            "keep pressing the knife harder to check im alive",
            "cut again, deeper than the other times, its not stopping",
        ),
    ),
    R(
        "place",
        "urgent",
        r"(?:typing|writing|posting|texting|sitting|standing) (?:this )?(?:from|on) (?:the|a|my) (?:ledge|edge|railing)(?: of| on)? (?:my |the |a )?(?:\w+ )?(?:building|buildings roof|roof|bridge|balcony|car park|multistorey)",
        skip="neg",
        ex=("typing from the ledge on my buildings roof",),
    ),
    R(
        "place",
        "escalator",
        r"^at the (?:train |railway )?tracks|(?:ill|i will|im going to) be (?:up |out |down )?(?:at|on) the (?:bluffs?|cliffs?|bridge|tracks|ledge|roof|dam|quarry|gorge)(?= ?$|,|\.)"
        r"|(?:heading|going|paddling|rowing|swimming|motoring) out (?:past|beyond) the (?:reef|breakers|heads|bar|point|buoys?)"
        r"|(?:top|highest) (?:level|floor|deck) of (?:the )?(?:multistorey|multi storey|car park|parking garage|parking structure)|(?:multistorey|car park|parking garage)(?: on \w+ \w+)?,? (?:top|highest) (?:level|floor|deck)",
        skip="neg",
        ex=(
            "at the tracks behind the convention center",
            "ill be up at the bluffs.",
            "im heading out past the reef",
            "go to the multistorey on mill street, top level",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:no|without (?:a|my)) (?:life ?jacket|lifejacket|life vest|pfd)(?= ?$|,|\.| on)"
        r"|(?:tap|tapping|tapped) out for good"
        r"|(?:after (?:that|this|\w+)|then) nobody (?:has|will have|needs) to deal with me",
        skip="subject idiom cond hyper",
        ex=(
            "heading out past the reef no life jacket",
            "tapping out for good after the 6 oclock news tonight",
            "shift ends 6am and after that nobody has to deal with me",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:and |but )?tonight i (?:finally )?agree(?: with (?:him|her|it|them))?(?= ?$|,|\.)",
        skip="subject report idiom cond hyper",
        ex=("the not voice keeps saying do it and tonight i finally agree",),
    ),
    R(
        "means",
        "escalator",
        r"(?:got|took|taken|get|getting|grabbed|fetched|brought) (?:my |his |her |the |\w+s )?(?:\w+s )?(?:old )?(?:service |hunting |army |police |spare )?(?:glock|gun|pistol|revolver|rifle|shotgun|handgun) (?:down )?(?:out of|from) the (?:safe|cabinet|lockbox|lock box|drawer|closet|gun safe|loft|attic|wardrobe|cupboard)"
        r"|(?:blade|razor|knife|pills|rope) (?:is|are) out on the (?:sink|counter|desk|bed|table|side)",
        skip="neg",
        ex=(
            "got my brothers glock out of the safe",
            "blade is out on the sink",
            "got dads old service pistol down from the loft",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"wish (?:that |the )?(?:\w+ ){0,2}(?:had|would have|wouldve) (?:just )?(?:finished me off|finished the job|killed me|taken me|kept me under)"
        r"|if i (?:did not|didnt|dont|do not|never) wake up(?: tomorrow)? it would (?:solve|fix|be easier|help)"
        r"|(?:i mean|meaning|i mean it as) not (?:existing|being here|being alive)",
        ex=(
            "wish that tackle had just finished me off",
            "if i did not wake up tomorrow it would solve several problems",
            "because i mean not existing",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:id|i would) rather not (?:wake up|be alive|exist|be here)",
        skip="idiom",
        ex=("id rather not wake up than do this every single day",),
    ),
    R(
        "giving_away",
        "concern",
        r"no (?:sense|point) (?:in )?keeping (?:any of )?(?:it|them|anything)(?: now| anymore)?(?= ?$|,|\.)"
        r"|(?:not gonna|not going to|wont|will not) need (?:it|them|any of (?:it|them)) where im (?:going|headed)",
        ex=("no sense keeping any of it now", "not gonna need it where im headed lol"),
    ),
    R(
        "farewell",
        "concern",
        r"(?:im|i am) saying goodbye (?:to (?:him|her|them|everyone|you all) )?in (?:little|small|quiet|tiny) ways",
        ex=("i think im saying goodbye to him in little ways",),
    ),
    # --- round twelve, fourth part: flat logistics, the lighter, the towel, the marina --------
    R(
        "self_harm_now",
        "urgent",
        r"burned myself(?: \S+){0,8} (?:properly this time|its blistering|blistering already|it blistered)"
        r"|bleeding through (?:the|my|a) (?:towel|bandage|bandages|sleeve|shirt|sheet|sheets|plaster|gauze|hoodie)"
        r"|(?:took|swallowed|had|necked) (?:a lot|loads|too much|a load|heaps|a bunch)(?: of (?:them|pills|tablets|\w+))? with (?:the |some |a |my )?(?:whisky|whiskey|vodka|wine|booze|drink|beer|gin|rum|cider)",
        skip="tense",
        ex=(
            "burned myself with the lighter again, properly this time, its blistering already",
            "bleeding through the towel pretty bad",
            "i took a lot with the whisky",
        ),
    ),
    R(
        "means",
        "escalator",
        r"garage(?: \S+){0,6} (?:car|cars|cars got|car has)(?: \S+){0,3} full tank"
        r"|(?:whole|full) (?:strip|sheet|bottle|pack) of (?:bars|xans|blues|percs|{MEANS})"
        r"|{MEANS} (?:plus|and|with) (?:the |a )?(?:handle|bottle|fifth|pint|litre|liter) of (?:vodka|whisky|whiskey|gin|rum|tequila|jack|wine)"
        r"|{MEANS} on the (?:bathroom )?sink|{MEANS} (?:bottle|box|pack|packet|strip)s? (?:is |are )?(?:now )?empty",
        skip="neg cond",
        ex=(
            "the garage is sorted and the cars got a full tank",
            "plug came through with a whole strip of bars",
            "zoloft plus the handle of vodka",
            "razor on the bathroom sink",
            "ambien bottle empty",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:started|began) (?:about |like )?(?:an|a|\d+|one|two) (?:hour|hours|minutes|mins) ago(?= ?$|,|\.)"
        r"|^was full (?:at \d+|this morning|an hour ago|last night|yesterday)",
        skip="subject idiom cond hyper",
        ex=("started an hour ago. just logging it somewhere", "was full at 8"),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:parents|mom|mum|dad|everyone|they|roommate|flatmate)(?: are| is)? (?:always )?asleep by (?:midnight|\d+|ten|eleven|twelve)"
        r"|(?:roommate|flatmate|wife|husband|partner|mom|mum|dad) leaves for (?:work|her shift|his shift) at \d+",
        skip="neg subject past idiom cond hyper",
        ex=("parents are always asleep by midnight", "roommate leaves for work at 7"),
    ),
    R(
        "place",
        "escalator",
        r"(?:im|i am) (?:down |out )?(?:at|on|by) the (?:marina|harbour|harbor|docks|wharf|jetty|quay|breakwater|quarry)"
        r"|(?:driving|going|heading|walking) (?:out )?to the (?:quarry|gorge|marina|reservoir)",
        skip="neg",
        ex=("im down at the marina where we kept the boat", "driving out to the quarry thursday"),
    ),
    R(
        "farewell",
        "concern",
        r"(?:thank you|thanks)(?: \w+){0,4} for trying(?: with me| to help)?(?= ?$|,|\.|!)"
        r"|(?:they|it|these|which) (?:sound|read|sounds|reads) like (?:a )?goodbyes?"
        r"|if (?:something|anything|sumthin) (?:happens|hapens) (?:to|2) me,? (?:please )?(?:tell|let) (?:my )?\w+",
        skip="tense",
        ex=(
            "just wanted to say thank you to this group for trying",
            "reading them back tonight, they sound like goodbyes",
            "if something happens to me please tell my sis i love her",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:be|it would be|itd be|itll be) (?:quite |so |rather |really )?(?:restful|peaceful|a relief|nice|easier) if (?:a|the|some) (?:lorry|truck|bus|car|train|drunk driver) (?:just )?(?:took me out|hit me|ran me over|ploughed into me|wiped me out)"
        r"|why did i (?:even )?(?:wake up|have to wake up)|(?:dont|do not) want (?:any ?)?more days"
        r"|if (?:it|the plane) (?:goes down|crashes),? (?:thats|that is|its|itd be|that would be) (?:fine|ok|okay)"
        r"|if i got hit by a (?:car|bus|truck|train)(?: \S+){0,3} (?:i )?(?:wouldnt|wudnt) (?:even )?(?:be mad|mind|care)"
        r"|not seeing a reason (?:for|to) (?:the rest of it|go on|keep going|carry on|live|continue)",
        ex=(
            "i think itd be quite restful if a lorry just took me out",
            "my first thought every single morning is why did i wake up at all",
            "i dont want any more days though",
            "flying thursday. if it goes down thats fine",
            "if i got hit by a car tomorrow i wouldnt even be mad",
            "not seeing a reason for the rest of it",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:finally |get |have )?a break from me(?= ?$|,|\.| win| for once)|better for (?:them|everyone|him|her|the kids) with (?:less of me|me gone|me out of the picture)",
        ex=(
            "my fam would get the life insurance and finally a break from me",
            "better for them with less of me",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:someone|somebody) (?:wholl|who will|who is going to) (?:actually )?make it",
        ex=("told her to pass them on to someone wholl actually make it",),
    ),
    R(
        "plan",
        "urgent",
        r"life insurance (?:passed|hit|is past|has passed|went past) the (?:\d|two|one) year mark",
        skip="past tense",
        ex=("life insurance passed the 2 year mark yesterday",),
    ),
    # --- round twelve, fifth part: the wrong side of the railing, three shops, the to-do list -
    R(
        "place",
        "urgent",
        r"(?:standing|sitting|stood|sat|im|i am) on the (?:wrong|other|outside) side of the (?:railing|rail|railings|barrier|fence|guardrail|balustrade)"
        r"|(?:writing|typing|posting) (?:this )?from the (?:top|roof|edge) of (?:the|a) (?:\w+ )?(?:multistorey|multi storey|car park|parking garage|parking structure|building|bridge|cliff|cliffs)",
        skip="neg",
        ex=(
            "standing on the wrong side of the railing on the tappan zee at 2am",
            "writing this from the top of the multistorey at the childrens hospital",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:from|in) the car at the (?:reservoir|quarry|cliffs?|bridge|dam|lake|river|lookout)(?: car park| lot)?"
        r"|(?:the )?ledge is right there|(?:bridge|cliff|cliffs|tracks|river|multistorey|quarry|viaduct)(?: \w+){0,5} is (?:a (?:\w+ )?(?:minute|min) walk|(?:\d+|two|five|ten|fifteen) (?:min|mins|minutes) (?:from|away|walk))"
        r"|(?:beachy head|golden gate bridge|clifton suspension bridge|humber bridge|erskine bridge|tappan zee|sunshine skyway|coronado bridge|aurora bridge|jacques cartier bridge|bloor viaduct|westgate bridge|cliffs of moher|niagara falls)",
        skip="neg",
        ex=(
            "writing this from the car at the reservoir car park",
            "the ledge is right there",
            "the bridge over the ring road is a ten minute walk from the department",
            "going to drive down to beachy head",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:that|this) (?:was|is) the (?:last|final) (?:item|thing) on (?:the|my) (?:to ?do list|list)"
        r"|none of this (?:is|will be) my problem (?:anymore|any more)|(?:thats|that is|that will be) my last day(?= ?$|,|\.)"
        r"|(?:dont|do not) think (?:im|i am|ill be) (?:going|coming|getting) back (?:down|up|inside|in|home)"
        r"|(?:after \w+(?: tonight)?|tonight) thats it(?= ?$|,|\.)",
        skip="subject idiom cond hyper",
        ex=(
            "that was the last item on the to do list",
            "after group meeting on friday none of this is my problem anymore",
            "the cat goes to my sister on the 30th and thats my last day.",
            "i dont think im going back down",
            "after eastenders tonight thats it",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"(?:bought|got|buying|getting) {MEANS} (?:from|at) (?:\d+|two|three|four|five|several|different) (?:different )?(?:shops|pharmacies|chemists|stores|places)"
        r"|(?:saving|saved|been saving) up (?:my |the )?(?:insulin|pills|meds|tablets|{MEANS}) for (?:it|this|that day|then|the day)",
        ex=(
            "bought paracetamol from 3 different shops so no one would clock it",
            "ive been saving up insulin for it",
        ),
    ),
    R(
        "means",
        "escalator",
        r"counted (?:out )?(?:the|my|all the|all my) (?:old )?{MEANS}",
        skip="neg",
        ex=("counted the old clonazepam from when i first got diagnosed",),
    ),
    R(
        "means",
        "escalator",
        r"(?:^|my )pockets (?:are )?(?:full of|filled with|loaded with|weighed down with) (?:stones|rocks|sinkers|weights)"
        r"|(?:stones|rocks|sinkers|weights) in my (?:pockets|coat pockets|jacket pockets)"
        r"|(?:anchor |boat |heavy |the |a )?chains? (?:wrapped |tied |locked )?(?:round|around) my (?:legs|ankles|waist|feet)",
        skip="neg subject past idiom cond hyper",
        ex=("pockets full of sinkers", "stones in my pockets", "the anchor chain round my legs"),
    ),
    R(
        "place",
        "escalator",
        r"^(?:at the |on the )?(?:very )?(?:end|edge|tip) of the (?:jetty|pier|dock|wharf|breakwater|harbour wall|harbor wall|slipway)(?= ?$|,|\.| with )",
        skip="neg subject past idiom cond hyper",
        ex=("end of the jetty.",),
    ),
    R(
        "place",
        "escalator",
        r"(?:taking|driving|dropping) me (?:to|off at) the (?:bridge|overpass|flyover|viaduct|cliffs?|tracks|railway|river|quarry|pier|jetty|dam|reservoir|top floor|multi ?storey)(?! club| party| game| market| walk| festival)",
        skip="neg past idiom cond hyper",
        ex=("ubers taking me to the bridge",),
    ),
    R(
        "means",
        "escalator",
        r"everything (?:i need|ill need|i will need) is (?:in|on|under|behind) (?:the|my) (?:gun safe|gun cabinet|lockbox|lock box|glovebox|glove box)",
        skip="neg subject past idiom cond hyper",
        ex=("everything i need is in the gun safe",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"i cut(?: myself)?(?: at \S+| (?:an|\d+|a few|two|three) (?:hours?|hrs?|mins?|minutes) ago)? and (?:it|the bleeding) (?:hasnt|has not|wont|will not|doesnt|does not) stop(?:ped)?(?: bleeding)?(?= ?$|,|\.)",
        skip="subject past cond hyper",
        ex=("i cut at 19:40 and it has not stopped",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"bleeding (?:a lot |way )?more than i meant(?! to (?:say|write|post|share|tell))"
        r"|cut (?:myself )?(?:a lot |way |much )?deeper than i (?:meant|intended|wanted)",
        skip="neg subject past cond hyper",
        ex=("bleeding more than i meant",),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:hes|shes|theyre|\w+s) on nights(?: all week| this week| tonight)?(?= ?$|,|\.)",
        skip="neg subject past idiom cond hyper",
        ex=("marks on nights all week",),
    ),
    R(
        "farewell",
        "concern",
        r"(?:hear|see) my (?:voice|face) one (?:more|last) time|look after (?:yourselves|each other|yourself),? whatever happens"
        r"|(?:write|wrote|writing) goodbye (?:texts|messages|notes|letters)(?: \S+){0,5} (?:and )?(?:then )?delet(?:e|es|ed|ing)",
        skip="tense subject",
        ex=(
            "after the sunday call with mum, so she gets to hear my voice one more time",
            "look after yourselves, whatever happens",
            "me when i write goodbye texts in my notes app and then delete them",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:tired of|sick of|hate|done) taking up (?:space|oxygen|air|room)|(?:im|i am) (?:a |such a )?waste of a bed"
        r"|(?:told|tell|telling) (?:the wife|my wife|her|him|my husband|my partner|the missus) (?:she|he) (?:should|needs to|ought to) find someone better"
        r"|easier for (?:her|him|them|everyone) (?:if|when) (?:\w+ ){0,4}gets? used to (?:me|you) not being (?:around|here)",
        skip="report past tense",
        ex=(
            "so tired of taking up space, oxygen, funding",
            "im a waste of a bed, as my granny used to say",
            "told the wife she should find someone better while shes still young",
            "itll be easier for her if she gets used to you not being around",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:id|i would|itd) (?:fit|be|rest|belong) (?:better|more peaceful|calmer) down there|i (?:keep having|have|get|keep getting) thoughts? of not being (?:here|around|alive)",
        ex=(
            "stand at the rail and think id fit better down there",
            "i keep having thoughts of not being here",
        ),
    ),
    # --- round twelve, sixth part: the quonset, the coulee, the overpass, the clause that pays
    R(
        "self_harm_now",
        "urgent",
        r"(?:sitting|sat|im) in the (?:car|truck|van|ute|pickup)(?: \S+){0,6} (?:door|doors) (?:shut|closed|down)(?: \S+){0,3} (?:it|engine|motor) running",
        skip="tense",
        ex=("im sitting in the truck in the quonset with the big door shut and it running",),
    ),
    R(
        "means",
        "escalator",
        r"(?:the|my|his|dads|a) (?:12 gauge|twelve gauge|shotgun|rifle|\.22|\.38|gun|pistol)(?:s| is) by the (?:back |front )?(?:door|bed|stairs)"
        r"|{MEANS}(?: \S+){1,5} (?:is|are) right here",
        skip="neg cond",
        ex=(
            "the 12 gauge is by the back door",
            "the bottle of pain pills from my knee surgery is right here",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:\w+s|hes|shes|theyre) (?:at|out at) the \w+ (?:till|until|til) (?:dark|late|\d+|tonight|tomorrow)",
        skip="neg subject past idiom cond hyper",
        ex=("dales at the auction till dark",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:taking|take|bringing) the (?:\.22|\.38|rifle|gun|shotgun|12 gauge|pistol) (?:down|out) to the (?:coulee|creek|barn|pasture|woods|river|gully|back forty)"
        r"|(?:and )?(?:thatll|that will) be that(?= ?$|\.)|finish it (?:there|here)(?= ?$|,|\.)",
        skip="subject idiom cond hyper",
        ex=(
            "friday im taking the .22 down to the coulee and thatll be that.",
            "seems right to finish it there.",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:driving|heading|going|walking) (?:out |down |up )?to the (?:\w+ ){1,3}(?:overpass|bridge|viaduct|cliffs?|tracks|quarry)(?! (?:to|for|with) )",
        skip="neg",
        ex=("im driving out to the route 9 overpass after work that day",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:checked|read|looked at|looked up) the (?:\w+ ){0,2}(?:life insurance|insurance|policy) (?:clause|small print|terms),?(?: \S+){0,3} (?:it pays|it covers|pays out|it still pays)",
        skip="past tense",
        ex=("also checked the mortgage life insurance clause, it pays",),
    ),
    R(
        "burden",
        "concern",
        r"(?:life (?:insurance|policy)|policy) is (?:literally )?worth more than (?:im|i am|me)"
        r"|(?:life|lives) would be (?:so much |much |a lot )?(?:lighter|easier|better) without me",
        skip="subject idiom",
        ex=(
            "our term life policy is literally worth more than i am right now",
            "everyones life would be so much lighter without me to manage",
        ),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"urge to (?:press|push|drag|dig) the (?:razor|blade|knife) (?:down|in|harder|deeper)",
        ex=("does anyone else get the urge to press the razor down when youre shaving",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"disappearing (?:permanently|forever|for good)|(?:id|i would) rather be (?:wherever|where) (?:he|she|they) (?:is|are)"
        r"|(?:cant|can not) (?:picture|imagine|see) (?:a version of me|myself) (?:that |who )?(?:makes it|making it|living|alive) past \d+",
        ex=(
            "mood: disappearing permanently",
            "some nights i think id rather be wherever he is",
            "i just genuinely cant picture a version of me that makes it past 30",
        ),
    ),
    # --- round fourteen: in my lap, a crash to fool people, over the railing, done on purpose -
    R(
        "means",
        "urgent",
        # ... and the means named first, where it came from in between.
        r"(?:have|got|holding|sitting with) (?:the|a|my|his|her|\w+s) {MEANS}(?: \w+){0,5} (?:on|in|across) my lap",
        ex=("have the gun from my uncles hunting cabinet on my lap",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:people|they|everyone|everybody|my family|mum|mom)(?: will| would|ll)? (?:think|say|believe) (?:it was|its) (?:just )?an? (?:accident|crash)"
        r"|enough (?:\w+ )?to do it (?:properly|right|for sure|for real)"
        r"|(?:doing|do|take|taking|use|using) (?:all|the whole) (?:of it|bag|lot|stash) (?:at once|in one go)",
        skip="subject idiom cond hyper",
        ex=(
            "people will think it was a crash",
            "spent it on enough to do it properly",
            "doing all of it at once in the tent tonight",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:climbed|climbing|got|stepped|stepping) over the (?:\w+ )?(?:railing|railings|guardrail|parapet|balustrade)"
        r"|(?:sitting|standing|stood|sat) on the wrong side(?= ?$|,|\.)",
        skip="neg",
        ex=("i climbed over the stairwell railing", "im sitting on the wrong side. 5th floor"),
    ),
    R(
        "place",
        "escalator",
        r"^(?:on|at) (?:top of )?the (?:\w+ )?(?:footbridge|bridge|overpass|flyover|viaduct|rooftop|roof|cliff edge|cliffs?|tracks|level crossing)(?: (?:by|near|over|above|at) the \w+)?(?= ?$|\.)",
        skip="subject",
        ex=("on the railway footbridge by the allotments.",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:did|took|used|snorted|shot|injected|smoked|drank) (?:the whole|all the|all of the|the rest of the) (?:bag|baggie|bottle|box|pack|packet|stash|gram|point|{MEANS})(?: \w+){0,2} on purpose",
        skip="tense",
        ex=("i did the whole bag on purpose this time",),
    ),
    # --- round fourteen, second part: said formally, politely, in full sentences ------------
    R(
        "self_harm_now",
        "urgent",
        r"(?:have |ive |just )?(?:taken|swallowed|took) (?:rather |far |much |a lot |a good deal |considerably |way |a great deal )?more (?:of )?(?:my |the )?(?:\w+ )?{MEANS} than (?:prescribed|i should|is safe|i was told|the dose|recommended)"
        r"|(?:have |ive |just )?(?:taken|swallowed|took) (?:all )?(?:of )?(?:the|my) remaining (?:\w+ )?{MEANS}(?! (?:of|in|from) (?:my|the) (?:course|prescription|pack|antibiotics))"
        r"|(?:\d+|two|three|four|five|six) (?:whole )?(?:boxes|bottles|packs|packets|strips|blister packs) of (?:\w+ )?{MEANS} (?:down|gone|in me|taken|swallowed)"
        r"|cut myself(?: \w+){0,6} (?:and|but) (?:the )?bleeding (?:has not|hasnt|wont|doesnt|is not|isnt) (?:stop|stopped|stopping|slowing)",
        skip="tense",
        ex=(
            "i have taken rather more of my medication than prescribed",
            "taken the remaining sleeping tablets, all of them",
            "2 boxes of tylenol down",
            "i have cut myself rather badly this evening and the bleeding has not stopped",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?:i shall|i will|ill|im going to|i intend to)(?: be)? (?:stepping|throwing myself|jumping|lying down|stepping out) (?:in front of|off|under) (?:a|the|an|the next) (?:[\w:]+ ){0,2}(?:train|bus|lorry|truck|bridge|roof|cliff|cliffs|building|car park|multistorey)",
        ex=("i shall be stepping in front of the 18:42 train this evening",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:wont|dont|shall not) (?:need|require|be needing) (?:a )?(?:return ticket|return|ticket back|the return half)"
        r"|(?:tying|tied|knotting|knotted) (?:the|a|my) (?:bed ?sheet|sheet|belt|cord|towel|scarf|shoelaces?|lanyard) (?:to|round|around) the (?:top bunk|bunk|bed frame|door|door handle|railing|bars|pipe|beam|rail|hook|shower rail|banister|bannister)",
        skip="subject idiom cond hyper",
        ex=(
            "i will not require a return ticket",
            "tying the bedsheet to the top bunk now",
        ),
    ),
    # --- round fourteen, third part: the dose it takes, a gaping cut, the far end of the platform
    R(
        "intent_vague",
        "escalator",
        r"(?:i )?know (?:exactly )?(?:what|which|how much|the) (?:dose|amount|quantity)(?: of \w+)? (?:it takes|is lethal|would kill|will do it|would do it|i need)"
        r"|(?:the (?:one|train|express|freight|next one(?: through)?)|it|\d+:\d+ (?:freight|express|train)) (?:that )?(?:doesnt|wont|dont) (?:stop|slow down)(?: at (?:our|the|my|this) (?:station|stop)|(?= here| there| ?$|,|\.))"
        r"|(?:made|making) (?:my|the) (?:final )?arrangements(?= ?$|,|\.)"
        r"|(?:thats|that is|this is) where (?:it|it all|everything) (?:ends|will end)(?= ?$|,|\.)"
        r"|i know the (?:tree|branch|beam|rafter)(?= ?$|,|\.| at| by| in| where| on| behind)"
        r"|(?:door|room) is locked from (?:the )?inside"
        r"|(?:not|never) (?:planning|going|intending) (?:to|on) (?:paddle|paddling|swim|swimming|walk|walking|drive|driving|row|rowing|sail|sailing|motor|motoring) back"
        r"|(?:im |i am )?(?:taking|going to take|swallowing) (?:all of it|it all|them all|all of them)(?= once| when| after| tonight| at)"
        r"|(?:checked in|booked in)(?: \w+){0,4} (?:and )?brought everything i need"
        r"|didnt (?:get|buy|book) a return(?: ticket)?(?= ?$|,|\.)",
        skip="subject idiom cond hyper",
        ex=(
            "i know exactly what dose of potassium it takes",
            "the 11:40, the one that doesnt stop at our station",
            "so ive made my arrangements.",
            "it started there so thats where it ends.",
            "i know the tree at the lake",
            "door is locked from inside",
            "taking the kayak out alone tonight and not planning to paddle back",
            "im taking all of it once everyones asleep",
            "checked in for 3 nights and brought everything i need",
            "bought a train ticket to the coast and i didnt get a return",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:fan|ceiling fan|hook) and (?:the |my )?(?:dupatta|chunni|saree|sari|scarf|rope|belt)"
        r"|(?:been )?saving (?:them|these|it|my \w+) (?:up )?(?:since|for (?:weeks|months))",
        skip="neg",
        ex=("fan and dupatta are there", "ive been saving them since march"),
    ),
    R(
        "plan",
        "urgent",
        r"how (?:many|much) (?:units|pills|tablets|mg|grams)(?: of (?:my |the |his |her )?\w+)? (?:would|will|does it) (?:be|take) (?:lethal|fatal|to die|to kill(?: me| you| someone)?|to not wake up|to overdose)",
        ex=("how many units of my insulin would be lethal",),
    ),
    R(
        "place",
        "escalator",
        r"(?:at|to|on) the (?:far |very )?(?:end|edge) of the (?:platform|station platform)"
        r"|(?:\d+(?:st|nd|rd|th)|top) floor (?:stairwell|landing|fire escape)",
        skip="neg",
        ex=("ill be at the far end of the platform", "typing this from the 14th floor stairwell"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:its|it is|the cut is|the wound is|cut is) gaping|(?:\d+|two|three|four|five|six) (?:dressings|bandages) (?:through|soaked through)"
        r"|(?:started on|been swallowing) them(?: \w+){0,3} (?:\d+|ten|five|twenty|thirty|fifteen) (?:mins?|minutes) ago"
        r"|(?:drank|drunk|have drunk|swallowed) (?:some |the |a bottle of |a sachet of )?sniper"
        r"|(?:just |have |ive )?swallowed (?:the |some |a few |a handful of |\d+ )?(?:batteries|battery|button batteries|glass|broken glass|razor blades?|screws|nails|magnets)"
        r"|took (?:way |far |a lot |much )?more than (?:the )?(?:prescription|label|bottle|doctor|pharmacist) (?:says|said)",
        skip="tense",
        ex=(
            "cut again after group, its gaping and wont stop",
            "3 dressings through",
            "started on them ten minutes ago with a whisky",
            "i have drunk sniper",
            "just swallowed the batteries out of the tv remote",
            "took way more than the prescription says, like all of it",
        ),
    ),
    R(
        "means",
        "escalator",
        r"{MEANS} (?:to hand|at hand|within reach)(?! for| in case)",
        skip="neg",
        ex=("with my late fathers razor to hand",),
    ),
    R(
        # A bath run and a blade beside it, in one breath.
        "means",
        "urgent",
        r"{BATH}(?:,? \w+){0,8},? {BLADE}|{BLADE}(?:s| is)? (?:out|ready|to hand|at hand)(?:,? \w+){0,4},? {BATH}",
        skip="tense",
        ex=(
            "i shall be drawing a bath this evening, with my late fathers razor to hand",
            "razors out, baths running",
        ),
    ),
    # --- round sixteen: drawn up, a strap right here, the rail at sunrise, hurt that goes on --
    R(
        "intent_vague",
        "escalator",
        r"(?:and |then |and then )(?:ill |i will |im going to |going to )?(?:go|going|roll|wheel myself) over (?:the )?(?:edge|railing|side|rail|barrier)(?= ?$|,|\.| at| when| once| after)"
        r"|(?:finally|now) (?:have|got|ive got) enough(?= ?$|,|\.| to do it| to make sure| to not wake up| for the job)"
        r"|(?:aint|am not|im not) (?:playin|playing|joking|kidding)(?: around)? this time(?= ?$|,|\.)"
        r"|need (?:the )?(?:nerve|courage|guts) (?:for (?:one (?:more |last )?(?:push|step|roll)|the last (?:step|bit|push))|to (?:push off|step off|roll off|let go of the rail))",
        skip="neg subject idiom cond hyper",
        ex=(
            "gonna play one last song on the pier and then go over the rail",
            "been skimming from the count for a month and i finally have enough.",
            "i aint playin this time",
            "just need the nerve for one more push",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:syringes?|the syringe|the needle|the dose|the shot)(?: all| is| are)? drawn up(?= ?$|,|\.| on| in| and| next| beside| ready)"
        r"|(?:its|it is) (?:all )?drawn up (?:on|in|next to|beside) (?:the|my) (?:counter|table|nightstand|desk|bed|syringe|lap)"
        r"|(?:strap|blicky|glock|pistol|revolver)(?: is| s)? (?:right )?(?:here|next to me|in my (?:lap|hand)|on (?:the|my) (?:table|bed|lap|nightstand))",
        skip="neg",
        ex=("its drawn up on the counter.", "my cousins strap is right here and hes passed out"),
    ),
    R(
        "means",
        "urgent",
        r"if (?:its|it is|it s|theres|there is|its got) (?:fent|fentanyl|fetty)(?: in it)?,? (?:then )?(?:good|fine|even better|so be it|whatever|all the better)",
        ex=("not testing it. if its fent then good.",),
    ),
    R(
        # Hurt that is still going on as the member writes.
        "ongoing",
        "escalator",
        r"(?:its |it is |and its |im )?still (?:happening|going on|going|bleeding|cant stop)|wont stop bleeding"
        r"|(?:in|within) the (?:last|past) (?:hour|half hour|few minutes|\d+ (?:minutes|mins))"
        r"|(?:doing it|going back for (?:more|another)|at it|cutting|burning) (?:again )?(?:right now|as we speak)"
        r"|(?:its|it is|the cut is|cut is|this one is) (?:really |so |too |very )?deep(?: this time)?(?= ?$|,|\.)"
        r"|^(?:i )?cant stop(?= ?$|\.)|cant stop,? i (?:want|need) to keep going",
        skip="neg past cond",
        ex=(
            "third burn in the last hour",
            "and its still happening right now",
            "doing it again right now",
        ),
    ),
    R(
        "means",
        "escalator",
        r"{MEANS}(?: \w+){0,3} (?:saved|stockpiled|stashed|hoarded|squirrelled|squirreled|put aside|set aside)(?: up| away)?(?= ?$|,|\.| in| for| since| over)"
        r"|loaded (?:m4|m16|ar|ar15|rifle|pistol|gun|glock|shotgun|weapon|sidearm|service weapon|revolver|nine|carbine)"
        r"|life insurance(?: policy)?(?: is| s)? (?:still )?(?:active|valid|good|paid up|in force|current)",
        skip="neg",
        ex=(
            "two months of my own antidepressants saved up in a sandwich bag",
            "pulling guard alone tonight with a loaded m4",
            "the life insurance is still active til end of month",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"if i (?:miss|dont make|dont answer|dont call in for|skip) (?:the |my )?(?:\w+ ){0,3}(?:check|checkin|check in|call|roll call|muster)(?:,)? (?:thats|that is|now you know|you know) why",
        skip="neg cond hyper",
        ex=("if i miss the 0300 radio check thats why",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:im|i am) (?:swallowing|downing|necking) (?:these|them|em|the pills|the lot|all of (?:them|these|it))(?: \w+){0,2} (?:right now|as we speak|now)",
        skip="tense",
        ex=("counting on that bc im swallowing these right now",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"wish (?:the|my|that) (?:od|overdose|attempt|pills|jump|crash)(?: \w+){0,3} (?:had|would have|wouldve|had have) (?:actually |really |just )?(?:worked|succeeded|finished (?:it|me|the job)|killed me)"
        r"|(?<!hope im )(?<!hope i am )(?:ready|want|wanna|waiting|hoping) to meet my maker(?!,? but)"
        r"|(?:ask|asking|asked|beg|begging|pray|praying|prayed) (?:allah|god|jesus|the lord|the universe|him)(?: \w+)? to take (?:my soul|me|my life)(?! to| home from| back)"
        r"|(?:ive|i have) never wanted to (?:die|unalive|kms|not exist|disappear|not be here|end it)(?: \w+)? (?:more|so much|this much)"
        r"|(?:daydream\w*|fantasi\w+|keep thinking) about (?:a |the )?(?:car|truck|bus|train|lorry) (?:hitting|running over|taking out|wiping out) me"
        r"|(?:my head|my mind|my brain) (?:goes|went|drifts|goes straight) (?:somewhere|someplace|to a|straight to a) dark(?: place)?(?= ?$|,|\.| when| every| and)",
        skip="past tense",
        ex=(
            "wish the od last year had actually worked ngl",
            "lowkey ready to meet my maker",
            "i ask allah to take my soul before fajr",
            "ive never wanted to unalive more",
            "i keep daydreaming about a car hitting me on the commute",
            "every time i clean my rifle now my head goes somewhere dark",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:tied|tying|knotted|fixed|hung|strung) (?:it|the rope|the cord|the belt|the noose)(?: off)? (?:to|round|around|over|from) (?:the |a )?(?:beam|rafter|joist|banister|bannister|hook|branch|pipe|door)",
        skip="neg",
        ex=("tied it off to the beam in the garage",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:one|a) last (?:smoke|cigarette|ciggie|drink|beer|song|look)(?:,)? (?:then|and then|and) (?:thats it|thats that|im gone|its done|its over|i go)(?= ?$|,|\.)",
        skip="neg subject cond hyper",
        ex=("having one last smoke then thats it",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:im|i am|ill|i will|going to|gonna) (?:stepping|step|walk|walking|jump|jumping) in front of the \d+(?::\d+)?(?: ?(?:am|pm))? (?:train|express|freight|bus)",
        skip="cond",
        ex=("im stepping in front of the 7:40 train",),
    ),
    R(
        "means",
        "escalator",
        r"(?:beam|rafter|joist|hook|branch)(?: \w+){0,3} and (?:a |the |some |my )?(?:coil|length|bit|piece|roll) of (?:rope|cord|tow rope)"
        r"|(?:coil|length) of rope (?:and|by|under|next to) (?:a |the )?(?:beam|rafter|stool|ladder|chair)",
        skip="neg",
        ex=("the shed has a good strong beam and a coil of rope",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"^(?:i )?(?:just )?(?:took|swallowed|downed) (?:them|em|the lot|it) all(?: just now| already| tonight)?(?= ?$|\.)",
        skip="tense",
        ex=("took them all just now", "swallowed em all."),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:wish i could|want to|i wanna|wanna|could just|i just want to) (?:just )?(?:despawn|uninstall myself|alt f4 (?:my life|irl|myself))(?! from| the| this| my)"
        r"|hop(?:e|ing) (?:the |this |my )?(?:next )?(?:infection|cancer|illness|disease|tumou?r|heart attack|stroke|pneumonia|sepsis|clot)(?: just)? (?:takes me|gets me|finishes me|finishes me off|kills me|wins)(?! back| to| through| out| home| better| moving| walking| again)"
        r"|(?:im|i am) (?:a ghost|invisible|dead|gone) already,? (?:might|may) as well make it (?:official|permanent|real)",
        skip="neg",
        ex=(
            "wish i could just despawn",
            "starting to hope the next infection just takes me",
            "kinda hoping the cancer wins this time",
            "im a ghost already might as well make it official",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:just|only|im just|im only)(?:\.+ ?| )taking up (?:space|air|oxygen|room)(?! in)"
        r"|^taking up (?:space|air|oxygen)(?= ?$|,|\.)",
        ex=("now im just... taking up space",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:its|it s) been real(?: \w+)?(?= ?$|,|\.)|take care of each other(?= ?$|,|\.)"
        r"|if (?:yall|you all|you guys|anyone|yous|y all) (?:dont|do not|don t) hear from me (?:after|by|again|for)"
        r"|^gg (?:all|everyone|yall|guys|chat|friends)(?= ?$|\.)|^peace(?: out)?(?= ?[.!]? ?$)",
        ex=(
            "its been real",
            "take care of each other",
            "if yall dont hear from me after this week",
            "roof. tonight. peace",
        ),
    ),
    # --- round eighteen: friday works, the whole pen tonight, a lanyard for saturday -------
    R(
        "timeframe",
        "escalator",
        r"(?:(?:last|final) (?:pay ?check|paycheque|check|cheque|payment|unemployment check|deposit)(?: \w+){0,3}|(?:pay ?check|paycheque)) (?:clears|hits|lands|comes in|goes through|goes in)"
        r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow) (?:works|it is|then)(?= ?$|,|\.)"
        r"|(?:when|once|after) i get (?:home|back) from (?:here|this|the hospital|the er|the a and e|work|my shift)"
        r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)(?: morning| night| evening| afternoon)?(?= (?:im going to|im gonna|ill|i will|i am going to|im) )"
        r"|before midnight",
        skip="neg subject past idiom cond hyper",
        ex=(
            "last check clears friday",
            "pills are saved, friday works.",
            "theres a rope in my wardrobe. when i get home from here",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:thats|that is|its) the date(?= ?$|,|\.)"
        r"|(?:tonight|today|this weekend|tomorrow|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?) feels (?:right|like (?:the|a good) (?:night|day|time))(?= ?$|,|\.)"
        r"|(?:wont|will not|wont ever) (?:happen|bother (?:you|anyone)|be a problem) (?:again )?after (?:tonight|today|this weekend|tomorrow|friday|saturday|sunday)"
        r"|after (?:that|tonight|midnight|today|this weekend|friday|saturday|sunday),? (?:it|nothing|none of it) (?:wont|will not|wouldnt|doesnt|will) (?:matter|hurt)(?: anymore)?(?= ?$|,|\.)"
        r"|by (?:the )?morning (?:it|nothing) (?:wont|will not) (?:hurt|matter)(?: anymore)?"
        r"|(?:and )?(?:then|after that) im done(?: for good)?(?= ?$|,|\.)"
        r"|i know exactly how much(?= ?$|,|\.| it| to)"
        r"|(?:not looking|dont want|not trying|not asking|im not here) (?:to be|to get) talked out of (?:it|this)",
        skip="neg subject past idiom cond hyper",
        ex=(
            "thats the date",
            "tonight feels right",
            "wont happen again after tonight",
            "after that it wont matter",
            "by the morning it wont hurt anymore",
            "i pay off the bookie and then im done for good",
            "i know exactly how much, its literally my job",
            "not looking to be talked out of it",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:found|finally found) a use for (?:the|my|that|an|a) (?:\w+ )?(?:lanyard|rope|cord|belt|strap|extension cord|dog lead|leash|tie down|ratchet strap)"
        r"|(?:theres|there is|i have|ive got|got) (?:a|the|my) (?:rope|noose|belt|cord|gun|pistol|rifle|shotgun|ligature) (?:in|under|behind|on top of) (?:my|the) (?:wardrobe|closet|car|trunk|boot|drawer|room|bag|truck|locker|shed|garage)"
        r"|(?:found|know|figured out|worked out|got) (?:where|the code to|the combination to|the key to)(?: \w+){0,6} (?:gun safe|gun cabinet|gun locker|safe|lockbox)"
        r"|(?:its|it is|the \w+ is|syringe is|dose is|the dose is|shot is) (?:already )?drawn up (?:next to|beside|in front of|by) me"
        r"|(?:pills|tablets|stuff|meds) i ordered (?:off|from|on) (?:that|an|a|the) (?:\w+ )?(?:site|website|guy)(?: \w+){0,2} (?:came|arrived|got here|showed up)"
        r"|(?:out|in|into|onto) (?:on |onto )?the (?:\w+ )?(?:lake|reservoir|river|sea|ocean|bay|water)(?: \w+){0,3} without (?:the|a|my) (?:life ?)?(?:vest|jacket|lifejacket|pfd)",
        skip="neg past cond",
        ex=(
            "lol finally found a use for the retired lanyard",
            "theres a rope in my wardrobe",
            "i found where he keeps the key to the gun safe",
            "its drawn up next to me",
            "the pills i ordered off that overseas site came today",
            "taking the jon boat out on the reservoir without the vest",
        ),
    ),
    R(
        "place",
        "escalator",
        r"^(?:the )?(?:train |rail |railway )?(?:roof|rooftop|bridge|tracks|train tracks|overpass|cliffs?|ledge|quarry|pier|dam|viaduct)(?:[.,]? (?:tonight|at (?:\d+(?::\d+)? ?(?:am|pm)?|midnight|dawn|sunrise)|after (?:dark|midnight)))?(?= ?[.!]? ?$|,)"
        r"|(?:im going to|im gonna|gonna|ill|i will|going to) (?:walk|drive|go|head|cycle|ride)(?: \w+){0,3} to the (?:bridge|viaduct|cliffs?|tracks|overpass|quarry|dam|pier)(?! for| to (?:see|watch|meet|take|get))",
        skip="neg subject past cond hyper",
        ex=(
            "roof. tonight. peace",
            "bridge at 2am. sorry guys",
            "so saturday morning im going to walk the 200 metres to the bridge",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:have |ive |i have |just )?(?:taken|swallowed|had) (?:rather |quite |far |way )?(?:a lot|too many|lots|loads|a handful|all|the rest|the lot) of (?:my |the |her |his )?(?:sleeping |pain |heart )?(?:tablets|pills|meds|capsules|painkillers)(?: \w+){0,3} with (?:a |the |some )?(?:glass|bottle|drink|wine|whisky|whiskey|vodka|sherry|gin|beer)",
        skip="tense",
        ex=("have taken rather a lot of my sleeping tablets with a glass of sherry",),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:if )?(?:anyone|whoever|somebody|someone) wants my (?:\w+ )?(?:skins|account|stuff|things|games|clothes|guitar|bike|collection|cards|items|gear|plants|books)(?: \w+){0,2} (?:dm|message|pm|text|take|come|grab|speak up|shout)",
        skip="neg past",
        ex=("if anyone wants my skins dm me before midnight",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:i shall|ill|i will|im going to|going to|gonna|im gonna) (?:inject|take|swallow|down|use) (?:the whole|the entire|all (?:of )?(?:the|my)|every one of (?:the|my)|the rest of (?:the|my)) (?:\w+ )?(?:pen|pens|bottle|box|pack|packet|vial|vials|pills|tablets|insulin|strip|blister)(?= ?$|,|\.| and| tonight| today| then| at| when| after)",
        skip="cond",
        ex=("tonight i shall inject the whole insulin pen and go to sleep",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:just )?wanted to say thanks? (?:you )?to (?:whoever|everyone who|anyone who|all of you who|the people who)(?: used to)?"
        r"|wrote (?:a )?(?:letters?|notes?) (?:for|to) (?:my (?:sis|sister|brother|bro|mum|mom|dad|kids|wife|husband|best friend|family|partner)|each of|everyone)",
        ex=(
            "just wanted to say thanks to whoever used to reply to my posts",
            "wrote letters for my sis and my best friend",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:whats|what is|what do i have|what have i got) (?:even )?(?:left )?(?:to live for|to stay for|to stick around for|to keep going for)"
        r"|what is there (?:even )?(?:left )?to (?:stay|live|stick around|keep going) for",
        skip="neg subject",
        ex=("whats left to live for", "what is there to stay for, really?"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:almost|nearly) (?:hit|clipped|ran over|crushed|got|took out|flattened) me(?: \w+){0,10},? (?:damn|dang|shame|pity|too bad|bummer|unfortunately),? (?:it )?(?:missed|so close|not today)(?= ?$|,|\.)"
        r"|(?:envy|am jealous of|im jealous of|jealous of) (?:the|every|each) (?:dog|dogs|cat|patient|patients|animal|animals|dead|ones who die|ones who go)(?= ?$|,|\.| we| i| they| on| at| in| that| who)"
        r"|(?:sewerslide|unalive|unaliving|suicide|kms|ctb) (?:memes|jokes|posts|tiktoks) (?:hit|hits|are hitting|started hitting) (?:different|harder|too close|close to home)",
        skip="neg subject past",
        ex=(
            "forklift almost clipped me in aisle 12 today and my first thought was damn, missed",
            "i envy every dog we put down",
            "the sewerslide memes hit different when the bank takes the house",
        ),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"(?:keep|cant stop|i keep|been) (?:staring at|looking at|eyeing) (?:the|my) (?:sharpener|blade|blades|razor|razors|box cutter|scissors|lighter)(?= ?$|,|\.| in| on| and| again)",
        skip="neg past",
        ex=("keep staring at the sharpener in my pencil case",),
    ),
    # --- round nineteen: one round packed, the letters in the glove box, the stairwell door
    R(
        "intent",
        "urgent",
        r"(?:only|just) (?:packing|taking|bringing|loading|need|needs|needed|got|have) (?:one|1|a single) (?:round|bullet|shell|cartridge)(?= ?$|,|\.| for| in| tomorrow| tonight)",
        skip="cond",
        ex=("Range day tomorrow. Only packing one round.",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:ive|i have|i) thought it (?:through|all through|out)(?= ?$|,|\.| more)"
        r"|(?:seems|feels|its|how) (?:fitting|appropriate|poetic)(?= ?$|,|\.)"
        r"|(?:dont|do not) (?:at |send |give |dm |tag )?me (?:with )?(?:hotline|crisis line|helpline|988|samaritans) (?:numbers?|links?)"
        r"|(?:the )?life insurance (?:finally )?(?:gets to |will |can |is going to )?(?:earn its keep|pay out|pays out|be worth (?:something|it)|kick in|do its job)"
        r"|(?:decided|ive decided|i decided) (?:that )?(?:thats|this is|its) the (?:spot|place|one)(?= ?$|,|\.)"
        r"|(?:then |and )?it (?:wont|will not) be (?:my|anyones|anybodys|your) problem(?: anymore)?"
        r"|(?:its been|been) planned since(?: \w+){1,2}"
        r"|(?:ive |i )?checked (?:that )?the (?:\w+ )?(?:door|gate|hatch|window|roof access)(?: \w+){0,2} (?:stays|is|was) (?:unlocked|open)"
        r"|i know the (?:freight |train )?(?:schedule|timetable)(?= ?$|,|\.| by)"
        r"|(?:its|it is) just the plan(?= ?$|,|\.)"
        r"|(?:its|its just|just) the last thing on my list"
        r"|finally found a use for (?:being|my|this)"
        r"|(?:thats|that was|thatll be) the last time (?:she|he|they|you|anyone|mom|dad) (?:gets|get|will get) to",
        skip="neg subject past idiom cond hyper report",
        ex=(
            "ive thought it through more than any assignment",
            "its my deadnames birthday next week. seems fitting.",
            "dont @ me with hotline numbers",
            "guess the life insurance finally gets to earn its keep",
            "ive decided thats the spot",
            "and then it wont be my problem, or anybodys",
            "its been planned since spring",
            "ive checked that the stairwell door stays unlocked",
            "i know the freight schedule by heart",
            "im not upset about it anymore, its just the plan.",
            "its the last thing on my list",
            "finally found a use for being awake at that hour",
            "if only she knew thats the last time she gets to say it",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:rifle|gun|shotgun|pistol|handgun)(?: \w+){0,3} in (?:a|the|his|her) (?:cabinet|safe|drawer|closet|cupboard)(?: that)? (?:he|she|they) (?:never|doesnt|dont) locks?"
        r"|kept (?:the|my) (?:backup|service|spare|duty|off duty) (?:piece|gun|pistol|weapon|sidearm)"
        r"|(?:the |my )?(?:gun|pistol|rifle|shotgun|rope|pills|tablets)(?: is| are| s)? in (?:there|the glove ?box|the glovebox|the car|the truck|my bag|my backpack) (?:with (?:them|it|the letters?)|too|already)"
        r"|(?:been |im |i am )?(?:keeping|saving|holding onto|hoarding) (?:it|them|those|the pills|my (?:prescription|pills|meds|tablets))(?= for (?:this weekend|tonight|friday|saturday|sunday|when|the weekend))"
        r"|(?:filled|picked up) (?:my|the) (?:prescription|script|scrip)s?(?: \w+){0,2} and (?:not|never|havent) taken (?:any|one|a single)"
        r"|(?:pills|tablets|meds) (?:ive|i have|i|id) (?:been )?(?:keeping|saving|hiding|stockpiling|collecting) in (?:the|my) \w+"
        r"|everything (?:ive|i have|i) (?:saved|stockpiled|been saving|hoarded|collected)(?: up)?"
        r"|(?:bought|got|picked up) (?:the|a|some) (?:soga|cuerda)",
        skip="neg past cond subject idiom",
        ex=(
            "keeps his hunting rifle in a cabinet he never locks",
            "turned in my vest but kept the backup piece",
            "the gun is in there with them",
            "ive been keeping it for this weekend when my housemate goes",
            "ive filled my prescription twice and not taken any of it",
            "then im taking the pills ive been keeping in the sock drawer",
            "that night at the hotel im taking everything ive saved up",
            "bought the soga at home depot today",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:\w+ )?roof(?:top)? (?:after|at|tonight|then)(?= (?:my|the|class|\d|then|tonight))|(?:\w+ )?roof after my \w+"
        r"|(?:walking|walk|going|heading|driving) (?:out )?to the (?:train line|tracks|railway|rail line|railroad|freight line)"
        r"|(?:the )?(?:freight |the )?train (?:passes|pass|goes by|comes through|comes thru|comes by|runs)(?: \w+){0,4} at \d+(?::\d+)?",
        skip="neg subject past cond hyper",
        ex=(
            "library roof after my 4pm then",
            "then im walking out to the train line behind the old plant",
            "the freight train passes behind our subdivision at 6:12 every morning",
        ),
    ),
    R(
        "farewell",
        "hint",
        r"(?:you|they) (?:got|get|finally got) what (?:you|they) (?:prayed|wished|asked|hoped) for"
        r"|tell (?:\w+ )?(?:mommy|daddy|mom|dad|mum|mama|papa|that i|her i|him i|them i)(?: \w+)? (?:loved|love|always loved)"
        r"|(?:its|it is|this is) better this way(?= ?$|,|\.)",
        ex=(
            "if anyone from my old church reads this, you got what you prayed for",
            "tell lily mommy loved her more than anything",
            "its better this way",
        ),
        skip="cond",
    ),
    R(
        "active_ideation",
        "concern",
        r"(?:im|i am) not (?:staying|stopping|sticking around) (?:in this world|on this earth|here|alive)(?: without)?",
        skip="neg subject past cond",
        ex=("im not staying in this world without him",),
    ),
    R(
        "timeframe",
        "escalator",
        r"weekend plans? (?:are |is )?(?:sorted|set|made|locked in)(?= ?$|,|\.)"
        r"|after my (?:\d+(?::\d+)? ?(?:am|pm)?|class|lecture|shift|exam|final)(?= ?$|,|\.| then)"
        r"|when (?:nobody|no one|nobodys|noones)(?: is)? (?:out|around|about|there|awake|up|home)",
        skip="neg subject past idiom cond hyper",
        ex=(
            "weekend plans sorted",
            "library roof after my 4pm then",
            "thursday morning early when nobodys out",
        ),
    ),
    # --- round twenty: the two-year clause ran out, the revolver out of the safe ---------
    R(
        "intent_vague",
        "escalator",
        r"(?:the )?(?:two|2)[- ]?(?:year|yr) (?:clause|exclusion|waiting period)(?: \w+){0,2} (?:ran out|runs out|expired|is up|passed|ended|is over)"
        r"|(?:suicide|exclusion) (?:clause|period)(?: \w+){0,2} (?:ran out|runs out|expired|is up|passed|ended|is over)"
        r"|(?:except|but|only|and) now i (?:have|got|ve got) the (?:rope|gun|pills|means|stuff)"
        r"|(?:finish|finishing|write|writing) (?:the|my) (?:letters|notes|goodbye letters)(?= before)"
        r"|(?:go |going to |gonna )?ask (?:him|god|jesus|the lord) (?:in person|face to face)"
        r"|(?:meet|see) (?:him|god|jesus|my maker) (?:in person|face to face)(?= ?$|,|\.| tonight| soon)",
        skip="neg subject past idiom cond hyper",
        ex=(
            "checked the policy today, the two-year clause ran out in march",
            "same as last week except now i have the rope",
            "brb gotta finish the letters before 11",
            "guess ill go ask him in person",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:revolver|gun|pistol|rifle|shotgun|handgun|piece)(?: is| s)? (?:out of|out from) (?:the|his|her|my) (?:safe|cabinet|case|lockbox|locker|gun safe)",
        skip="neg past cond subject",
        ex=("dads old revolver is out of the safe",),
    ),
    R(
        "farewell",
        "hint",
        r"so (?:u|you|yall|everyone|you all) (?:know|knows|remember) i was here",
        skip="subject",
        ex=("reacting to everyone so u know i was here",),
    ),
    R(
        "timeframe",
        "escalator",
        r"before \d+(?::\d+)?(?: ?(?:am|pm))?(?= ?$|,|\.)",
        skip="neg subject past idiom cond hyper",
        ex=("brb gotta finish the letters before 11",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:suicide|suicidal|unalive|unaliving|ctb|kms) (?:brain|mode|hours|on my mind|is on|on the brain)"
        r"|(?:im|i am) the one who (?:should (?:have|ve)|shouldve) (?:died|drowned|been killed|gone|not made it)"
        r"|(?:id|i would) (?:honestly |really |genuinely |literally )?rather be dead than"
        r"|thinking (?:about|abt|of) my (?:old )?(?:blades|razors|blade|razor)(?: again)?(?= ?$|,|\.)"
        r"|(?:nobody|no one)(?: here)? (?:is )?(?:gonna|going to|will|would) miss (?:me|the (?:weird|quiet|strange|odd|sad) (?:one|kid|guy|girl))(?= ?$|,|\.| anyway)",
        skip="neg subject past",
        ex=(
            "sewerslide on my mind like a song stuck on repeat",
            "i feel like im the one who shouldve drowned instead of my brother",
            "id honestly rather be dead than brave",
            "thinking abt my old blades again",
            "nobody here is gonna miss the weird one",
        ),
    ),
]


# --- context: patterns that rule a match out ---------------------------------------------------

#: A negation just before the match, possibly with a few function words in between.
NEGATION = (
    r"\b(?:not|never|dont|doesnt|didnt|wont|wouldnt|cant|couldnt|shouldnt|no longer|isnt|arent"
    r"|aint|nor|without|wasnt|nothing makes me|zero)"
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
    r"|keeps talking about|keep talking about|kept talking about|keeps saying|keeps posting|keeps texting"
    r"|was talking about|whispered|cried)\b"
    r"|\b(?:our|a|an|the|this|that|his|her|their) (?!part of me)(?:\w+ ){1,5}(?:keeps saying|kept saying"
    r"|talks about|talked about|keeps talking about|says|said|told me)(?: (?:stuff|things))?(?: like)?\b"
)

#: Film, song, research… in the same sentence.
MEDIA = (
    r"(?<!like )\b(?:health class|(?:tiktok|internet|gen z|teen|online) (?:speak|slang)|(?:slang|euphemism|code word|code) for|(?:such a|a|the|this|that|new|recent|one|his|her)(?: good| great| sad| beautiful| dark| new| old)? (?:study|paper|article|report|survey|documentary"
    r"|movie|film|show|series|book|novel|song|episode|podcast|video|scene|character|poem|play"
    r"|essay|lecture|chapter|album|lyric|lyrics|headline|thread on|meme|anime)|studies|research"
    r"|researchers|statistics|stats|prevalence|rates? of|according to|lyrics|13 reasons why"
    r"|main character|the character|tv show|netflix|in class we|psych class|textbook|journal article"
    r"|literature on|the author|wellbeing index|survey|the report|a report)\b"
)

#: What follows the match makes it an idiom.
IDIOM_AFTER = (
    r" ?(?: (?:wrong|serious|tired|set on|certain|sure|broke|meat|weight|ringer|asleep on my feet)\b|(?:of|from) (?:embarrassment|shame|cringe|laughter|laughing|boredom|hunger|heat|thirst"
    r"|curiosity|jealousy|envy|cuteness|happiness|excitement|exhaustion|old age|natural causes"
    r"|the heat|the cold|secondhand embarrassment)|laughing|for (?:(?:a|some|this|that|one) (?:coffee"
    r"|pizza|burger|taco|cake|slice|drink|beer|nap|chance|ticket|piece|bite|cookie|donut|doughnut"
    r"|minute|good cause|cause)|my|your|it|him|her|them|you|love|this|that|(?!everything|nothing|anything|something)\w+ing)\b|on (?:this|that) hill|(?:my|her|his) hair|happy\b|old\b"
    r"|peacefully (?:at|when)|in (?:minecraft|fortnite|the game|a game|game|roblox|elden ring"
    r"|dark souls|skyrim)|in (?:the |my |this |all the )?(?:paperwork|admin|work|emails?|homework|laundry|coffee|wine|chocolate|ice cream|netflix|tea|books?|forms?|invoices)\b"
    r"|(?:straight |right |back )?into (?:buying|bed|conclusions|action|the weekend|it)\b|than (?!keep|feel|live|go on|be |wake|continue|deal|spend|suffer|face|another|this|more|one more|any more|living|existing|being alive)|(?:studying|working|at work|at the gym|trying|doing|cleaning"
    r"|over this|over that)|with embarrassment|inside\b)"
)

#: The writer taking the sentence back for themselves ("my ex posted about my weight and im
#: sitting in the car…"): what someone else said before it is not what follows.
RESTART = (
    r"\b(?:and|but|so|now|while) (?:im|i am|ive|i)\b(?! quote| said| asked| told| replied| say)"
    r"|\bif only (?:she|he|they|you|my \w+) knew\b"
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
FUTURE_AFTER = (
    r" ?(?:\w+ ){0,3}(?:someday|some day|one day|in the future|in future|later in life)"
    r"| ?(?:\w+ ){0,4}(?:even though|even tho|though|but) i (?:dont|do not) want to"
)

#: "If you…", "when someone…": about someone else or in general.
CONDITIONAL = (
    r"\b(?:what do you do|how do you (?:deal|cope|handle|manage|stop|get through)|how do people"
    r"|tips for|advice (?:on|for)|how (?:can|do) i (?:help|support))\b"
    r"|\b(?:if|when|whenever|in case) (?:you|your|youre|anyone|someone|somebody|any of you"
    r"|a friend|people|they|he|she|a loved one|a member|your friend|theyre|hes|shes)\b"
    r"|\b(?:do|did|have) you (?:ever )?$|\bdoes anyone else (?:ever )?$|\bis it normal to$"
    r"|\bwhat if i (?:secretly|actually|really|subconsciously) ?$|\bwhether (?:or not )?$"
)

#: Refusing help is not pointing someone to it ("please dont call 911").
NO_REFERRAL = r"\b(?:dont|do not|please dont|never|not going to|wont|no need to) (?:call|text|contact|ring|phone|dial)\b"

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
    r"\b(?:goodbye (?:\w+,? ){1,3}hello|tonights the night[.!, ]*(?:im |i am |were |we are |finally |gonna |going to )*(?:telling"
    r"|tell|asking|ask|proposing|propose|coming out)|last (?:day|shift) (?:after|ever|today|tomorrow|tonight)"
    r"|see you (?:all )?(?:next|on|at|tomorrow|soon|later|then|there|in (?:a|the|two|\d+)"
    r"|guys|around|thursday|monday|tuesday|wednesday|friday|saturday|sunday)|taking a break"
    r"|(?:a|my|short|little|social media) break|hiatus|vacation|holiday|(?:going for|go for|having|have|taking|take|need) a nap|nap time|the big (?:game|match|fight|date|show|race)|(?:game|date|opening|quiz|movie|karaoke|poker) night|prom|premiere|season finale|world cup|super ?bowl|moving (?:to|away|house|out|back)|(?:my|our|the) flight|flying (?:home|back|out)|going back home|back home for good|leav(?:e|ing) (?:the )?(?:uk|us|usa|states|country|city|town|island)"
    r"|in therapy|as an exercise|for (?:therapy|class|school|an assignment|homework)|for (?:tomorrows|todays|the|my|a|next|our) (?:\w+ )?(?:meeting|class|lecture|exam|test|presentation|interview|shift|session|call)|new job|moving day|my old (?:apartment|house|place|job|room|school|car|flat)|abroad|deleting (?:this|the) app|logging off(?! for good| forever| permanently)|signing off(?! for good| forever| permanently)|leaving the (?:group|forum"
    r"|server|chat)|back (?:in|next|soon|on)|graduat\w+|retir\w+|transferring to (?:a new |another )?(?:school|uni|university|college|campus)|transferring to \w+ (?:next|this) (?:term|semester|year)|last (?:day|shift|session"
    r"|meeting|class|week) (?:at|of|with|before|in)|good night|goodnight|talk (?:to you )?(?:soon"
    r"|tomorrow|later)|until next|till next|for the (?:winter|summer)|(?:till|until) (?:spring|summer|autumn|the new year)|until (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)|catch you later|be back"
    r"|(?:christmas|xmas|holiday|birthday|thank you|wedding|sympathy|get well) (?:cards|notes|letters)"
    r"|cover letters?|pen ?pals?|for (?:christmas|xmas|the holidays|her birthday|his birthday)"
    r"|(?:letter|note|card) to my (?:late|dead|deceased) \w+|for (?:fathers|mothers) day"
    r"|(?:mailing|posting|sending|send|mail|post) (?:it|them|the letters?) (?:today|tomorrow|this week|on \w+)|im getting help|(?:will|ill) report back|disappearing for the (?:whole )?(?:weekend|week|day|night)|phone off"
    r"|(?:counsellor|counselor|therapist|grief counsellor|grief counselor|psychologist) (?:suggested|asked|told me|recommended))\b"
)

#: The writer saying at once that "ending it" was about something else ("I'm ending it
#: tonight. With Ryan, I mean, before anyone panics").
CLARIFIED = (
    r"\b(?:(?:with|w) [a-z]+,? i mean|i mean (?:with|the relationship|the lease|the job|my job)|before (?:anyone|anybody|you all|yall|everyone|people|you) (?:panics?|freaks? out|worries|gets? worried|calls? (?:anyone|someone|the police))"
    r"|not (?:like )?that kind of (?:ending|ending it|goodbye)|(?:relationship|friendship)[- ]wise)\b"
)

#: A thought the writer fears and disowns, named as OCD or an intrusive thought ("my OCD
#: keeps giving me intrusive thoughts about jumping... I would never do it")...
FEARED_THOUGHT = (
    r"\b(?:(?:ocd|intrusive|harm|unwanted) (?:thoughts?|spikes?|images?)|harm ocd|suicidal ocd|my ocd|ocd (?:brain|noise))\b"
    r"(?=.*\b(?:i (?:know i )?(?:would|will|could) never|id never|ill never|zero (?:wish|desire|intention)"
    r"|no (?:wish|desire|intention) to|dont want (?:that|it|this|to(?: \w+){0,3}) at all|horrif\w*|terrif\w*"
    r"|not a wish|(?:its|theyre|just) (?:just )?(?:ocd|intrusive|noise)|ego ?dystonic|not suicidal)\b)"
)
#: ... unless it says the thought has changed ("it's not the OCD this time", "a relief").
FEARED_DRIFT = (
    r"\b(?:anymore|any more|this time|(?:is|feels|its) different|(?:not|isnt|arent) (?:the |an? |just |my )?(?:ocd|intrusive)"
    r"|no longer|used to|relief|dont hate|louder|more often|getting worse|calm about|i want (?:it|them|to)"
    r"|(?:tonight|now) i (?:want|dont fight)|real ideation|actually want)\b"
)

#: An injury by accident, not self-harm ("cut my hand on a can, it wont stop bleeding").
ACCIDENT = (
    r"\b(?:(?<!look like an )(?<!think it was an )(?<!say it was an )accident\w*|(?:cut|sliced|burned|burnt|stabbed|hurt) my (?:hand|finger|thumb|foot|toe|knee|lip|chin|palm)"
    r" (?:on|with|while|in|opening|chopping|cooking)|chopping|cooking|urgent care|nosebleed|nose bleed|on a (?:can|nail|glass|knife)"
    r"|shaving|paper cut|stitches from (?:the|a) fall|(?:near|nearly|almost) took (?:my|me) (?:thumb|finger|hand) off)\b"
)

#: An ordinary purpose for a means or a place ("the rope is for climbing this weekend").
BENIGN = (
    r"\bfor (?:climbing|camping|hiking|hunting|fishing|sailing|the tent|the boat|the garden|a costume"
    r"|halloween|a play|a project|crafts?|my (?:back|headache|cold|allergies|period|cramps)|the (?:pain|fever))\b"
    r"|\bat the (?:range|gun range|shooting range)\b|\b(?:climbing|camping|hunting) (?:trip|gear|season|with)\b|\b(?:deer|duck|elk|bird|turkey|pheasant|boar|moose|goose|rabbit) hunting\b|\b(?:\w+ )?season (?:opens|opener|starts)\b|\bopening day\b|\b(?:my |the )?surgery is (?:on )?(?:\w+day|tomorrow|next week)\b|\bbefore (?:my|the) (?:surgery|operation)\b|\bthe surgeon (?:said|says)\b|\b(?:went|gone|going|taken it) hunting\b"
    r"|\bshav(?:e|ed|ing)(?: my| his| her)? (?:legs|face|head|beard|armpits|pits|chin|bikini line)\b"
    r"|\b(?:jump rope|skipping rope|jumprope|for gym)\b"
    r"|\b(?:dishwasher|washing machine|dryer|microwave|blender|air fryer|coupon|voucher|gift card|climbing gym|rock climbing|bouldering|abseiling|what a view)\b"
    r"|\bfor (?:the|a|our) (?:\w+ )?(?:project|mural|pulley|hoist|swing|festival|fireworks|photos?|shoot|repairs?|inspection|tomatoes|beans|garden|fence|washing line)\b"
)

#: Ordinary reasons for giving things away.
GIVING_OFF = (
    r"\b(?:charity|goodwill|thrift|donat\w+|declutter\w*|moving|minimalis\w+|spring clean\w*|leav(?:e|ing) (?:the )?(?:uk|us|usa|states|country|city|town|island)|vacation|holiday|trip|travel\w*|flight|honeymoon|hospital stay|surgery|retir\w*|debt free|upgrad\w*|new (?:truck|car|job|house|place)|wedding|baby"
    r"|kittens|puppies|litter|garage sale|yard sale|night crew|day crew|closet|wardrobe|sizes|outgrew|too small|my old|baby clothes|estate|moving|move|abroad|relocat\w+"
    r"|inheritance|lawyer|new baby|kids clothes|storage|too big|outgrown|newborn)\b"
)

#: Markers of the past; only those after the last "but / now / today…" count. "More than i
#: used to" compares with the past and is about now.
PAST = (
    r"\b(?:(?<!than i )(?<!than we )used to|years? ago|months ago|back then|back in|when i was|as a (?:kid|teen|teenager"
    r"|child)|in (?:high school|college|middle school|my teens|my twenties|my early|the past"
    r"|\d{4})|at (?:my|the) (?:lowest|worst)|last year|(?<!in )a few years(?! from now)|at the time|during (?:my|that"
    r"|those)|for years i|there (?:was|were) (?:a time|times)|i remember|remember when"
    r"|before (?:therapy|treatment|meds|medication|recovery|i got help|rehab|i met)|that (?:year"
    r"|winter|summer|period)|growing up|as a child|my (?:old|younger) self|in my teens"
    r"|(?:\d+|one|two|three|four|five|six|ten) (?:years?|yrs?|months?) (?:clean|sober|free|ago)"
    r"|(?:of|in|since|during|until|back in) (?:19|20)\d\d)\b"
)
PAST_BARRIER = r"\b(?:now|(?<!was )(?<!were )(?<!i )still|i still|(?<!ago )today|again|lately|these days|currently|but|(?<!ago )tonight|recently|this week|yet)\b"

#: A place named by what someone used to do there ("the woods where we used to walk the dog"):
#: the habit is past, the plan is not.
PLACE_USED_TO = r"\bwhere (?:\w+ ){1,2}used to\b"

#: A past verb right before the match ("i had the urge…"; not "i have had the urge", which
#: goes on now).
PAST_VERB = r"\b(?:(?<!have )(?<!ive )(?<!has )had|was|were|felt|used|wanted|thought|didnt|did)\b(?: \w+){0,2} ?$"
RECENT = (
    r"\b(?:last night|yesterday|this morning|earlier|today|tonight|right now|just now|again"
    r"|this week|hours ago|an hour ago|still|this weekend)\b"
)

#: Jokey hyperbole: humour markers, and trivial topics.
HUMOUR = r"\b(?:lol|jaja|lmao|xd|haha|lovingly|affectionate|affectionately|joking obviously|obviously joking|only joking|just joking|jk|(?<!not )(?<!no )(?<!im )kidding(?! aside))\b"
#: ... and the writer taking the laugh back.
SERIOUS = r"\b(?:for real though|for real tho|not a joke|not joking|not (?:fully|totally|entirely|completely|even fully) joking|not even joking|not kidding|im serious|i mean it|no joke|jk not jk|not jk|seriously though|like actually|(?:this|its|it is|this is) not a vent|this isnt a vent|not (?:just )?venting|not being dramatic|made my mind up|not a cry for help|(?:jk|kidding|joking)[.,!]* (?:mostly|kind of|kinda|sort of|maybe|ish)|(?:only |mostly |half )(?:joking|kidding))\b"
TRIVIAL = r"\b{TRIVIAL}\b"
#: A sentence that names when the act is set for: a laugh and a trivial topic elsewhere in
#: the message do not make it light. Narrower than ``WHEN`` on purpose: "now", "soon" and
#: "today" are the words of jokes too ("finals week lol. gonna kill myself soon").
NAMED_TIME = r"\b(?:tonight|right now|tomorrow|this weekend)\b"
#: An annoyance that sets the hyperbole off ("if one more family asks us to 'do everything'…").
IF_ONE_MORE = (
    r"\bif (?:one more|another|1 more) (?:\w+ ){0,3}(?:asks?|says?|tells?|calls?|sends?|emails?|texts?|comments?|complains?|yells?|wants?|needs?|books?|schedules?|pages?)\b"
    r"|\bif i (?:see|hear|read|grade) (?:one more|another|1 more)\b"
)

HYPERBOLE = (
    r"\bif (?:\w+ ){1,3}(?:gives?|makes?|assigns?|blows?|loses?|fumbles?|misses|drops?|says?|brings? up|asks?|plays?|posts?|schedules?|books?|puts?) (?:us |me )?(?:\w+ ){0,3}(?:one more|another|again)\b|"
    r"\b(?:makes?|made|making) me (?:want to|wanna|feel like)|\bso (?:bad|cringe|cringey|embarrassing|awkward|dumb|stupid) (?:that )?i (?:want|could|wanted)\b|\bif i (?:have to|hear|see|get"
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
