"""Spanish lexicon: macros, rules and context patterns.

Patterns run on normalised text: lowercase, accents removed except ``ñ`` ("quizá" ->
"quiza", "mañana" stays), chat spellings mapped ("kiero" -> "quiero", "xq" -> "porque").
Spanish marks the person on the verb, so "quiero morir" (I) and "quiere morir" (she/he)
are told apart by the patterns themselves; "me mato" and "se mata" likewise.
"""

from __future__ import annotations

from .rules import R, Rule

MACROS: dict[str, str] = {
    "ADV": r"(?: (?:de verdad|realmente|solo|solamente|ya|tan|muy|en serio|enserio|la verdad|neta"
    r"|literal|literalmente|honestamente|a veces|siempre|todavia|aun|tanto|mucho|nomas"
    r"|simplemente|de plano|tambien|otra vez|de nuevo|ahora|tantas|unas|muchas|re|bien"
    r"|sinceramente|hoy)){0,3}",
    "QUIERO": r"(?:quiero|necesito|deseo|quisiera|me gustaria|tengo ganas de|siento ganas de"
    r"|me (?:dan|da|entran|vienen) ganas de|tengo muchas ganas de|ojala pudiera|prefiero"
    r"|preferiria|solo quiero|lo unico que quiero es)",
    "MORIR": r"(?:morir(?:me)?|estar muert[oa]|dejar de existir|no existir|desaparecer(?: para siempre"
    r"| del mapa| del mundo| de este mundo)?|dormir (?:para siempre|y no despertar(?: mas| nunca)?"
    r"|y no volver a despertar)|no despertar(?: mas| nunca| nunca mas)?|no volver a despertar"
    r"|irme (?:de este mundo|para siempre)|no estar (?:aqui|aca|mas)|dejar de vivir"
    r"|que todo (?:pare|se detenga|termine|acabe|se acabe|se termine|se acabara|terminara|se terminara|acabara)|que se acabe todo|dejar de respirar"
    r"|dormirme (?:para siempre|y no despertar(?: mas| nunca)?)"
    r"|no seguir (?:viviendo|aqui|aca|existiendo))",
    "MATARME": r"(?:matarme|suicidarme|(?:tomarme|beberme|tragarme) (?:el |la )?(?:cloro|veneno|raticida|lejia|anticongelante)|quitarme la vida|acabar con mi vida|terminar con mi vida"
    r"|acabar con todo(?! (?!(?:esta|este) (?:noche|tarde|madrugada|semana|vez|fin|finde|sabado|domingo|viernes|mes)\b)(?:este|esta|estos|estas|el|la|lo|eso|esto|ese|esa|mis|los|las|tus)\b)|terminar con todo(?! (?!(?:esta|este) (?:noche|tarde|madrugada|semana|vez|fin|finde|sabado|domingo|viernes|mes)\b)(?:este|esta|estos|estas|el|la|lo|eso|esto|ese|esa|mis|los|las|tus)\b)|ponerle fin a (?:mi vida|todo)|quitarme de en medio"
    r"|colgarme|ahorcarme|tirarme (?:de|del|desde|por|a|al|bajo|frente a|abajo de|abajo del|debajo de|debajo del) {LUGAR}"
    r"|aventarme (?:de|del|desde|por|a|al|bajo|frente a|abajo de|abajo del|debajo de|debajo del) {LUGAR}"
    r"|pegarme un tiro|darme un tiro|cortarme las venas|tomarme (?:todas )?(?:las|mis) pastillas"
    r"|envenenarme|una sobredosis|hacerme una sobredosis|unalive)",
    "LUGAR": r"(?:un |una |el |la |las |los |este |esta )?(?:(?:primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|\d+) piso|puente|edificio|balcon|ventana|azotea|techo"
    r"|tren|metro|vias|vias del tren|auto|carro|coche|camion|precipicio|barranco|piso|acantilado|rio"
    r"|trafico|autopista|cornisa|ultimo piso|terraza|mirador)",
    "MEDIOS": r"(?:pastillas|pills|pastis|medicinas|medicamentos|cuerda|soga|pistola|arma|navaja"
    r"|cuchilla|cuchillas|cuchillo|cutter|gillette|hojas de afeitar|cinturon|lazo|escopeta|rifle"
    r"|revolver|balas|fusca|cuete|pastillas para dormir|pildoras|capsulas|tabletas|{FARMACOS})",
    # Medicines, drugs and poisons by generic, brand and street name (see ``DRUGS`` in the
    # English lexicon).
    "FARMACOS": r"(?:veneno|raticida|cloro|lejia|anticongelante|antidepresivos|clonazepam|rivotril"
    r"|alprazolam|tafil|paracetamol|ibuprofeno|sertralina|fluoxetina|insulina|tramadol|tramadoles"
    r"|paracetamoles|ibuprofenos|diazepam|lorazepam|morfina|paroxetina|citalopram|escitalopram"
    r"|venlafaxina|duloxetina|mirtazapina|bupropion|trazodona|amitriptilina|quetiapina|seroquel"
    r"|olanzapina|risperidona|aripiprazol|clozapina|haloperidol|litio|plenur|lamotrigina|valproato"
    r"|acido valproico|depakine|carbamazepina|gabapentina|pregabalina|lyrica|trankimazin|orfidal"
    r"|zolpidem|stilnox|zopiclona|midazolam|fenobarbital|pentobarbital|nembutal|euthasol|dolethal|eutanasico|cloruro de potasio|barbituricos|oxicodona|codeina|fentanilo"
    r"|fenta|heroina|metadona|buprenorfina|digoxina|propranolol|sumial|metformina|aspirina"
    r"|naproxeno|ketamina|propofol|metotrexato|antipsicoticos|ansioliticos|benzodiacepinas|benzos"
    r"|pepas|chochos|roches|somniferos|xanax|valium|ambien|matarratas|veneno para ratas|herbicida"
    r"|glifosato|paraquat|gramoxone|gramoxon|tamaron|metamidofos|folidol|plaguicida|pesticida|insecticida|furadan|carbofurano|cianuro"
    r"|arsenico|soda caustica|fosfuro|pastilla del gorgojo)",
    "CUANDO": r"(?:(?:cuando|en cuanto|apenas|despues de que|una vez que) (?:todos|todas|se|mis \w+|mi \w+|la casa|los niños|los demas|nadie)"
    r"(?: \w+){0,2} (?:duerman|se duerman|esten dormid[oa]s|se vayan|vayan|salgan|se acuesten|no esten|se va|se vaya|salga|se duerma|este sol[oa]|quede sol[oa]|este vacia|este)"
    r"|(?:cuando|en cuanto|apenas) (?:me quede|este|estemos) sol[oa]s?)",
    "TRIVIAL": r"(?:examen|examenes|tarea|tareas|clase|clases|reunion|jefe|jefa|trafico|lunes"
    r"|matematicas|mate|parcial|parciales|final|finales|calor|frio|resaca|partido|equipo|cancion"
    r"|verguenza|cringe|gym|gimnasio|dieta|cliente|clientes|turno|fila|cola|profe|profesor"
    r"|profesora|exposicion|trabajo practico|tp|capitulo|serie|spoiler|pelo|outfit|cafe|juego|partida"
    r"|lag|desconecta|desconecto|ranked|papeleo|formulario|tramites?)",
}

RULES: list[Rule] = [
    # --- concern: passive ideation ------------------------------------------------------------
    R(
        "passive_ideation",
        "concern",
        r"{QUIERO}{ADV} {MORIR}|me (?:quiero|quisiera|gustaria|dan ganas de|da ganas de) (?:morir|desaparecer)",
        ex=(
            "me quiero morir",
            "quiero desaparecer",
            "solo quiero dormir y no despertar",
            "tengo ganas de morirme",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:ya )?no quiero{ADV} (?:vivir(?! con miedo| con ansiedad| en el pasado| escondid| sin | de esa manera| para los demas| para otros| asi de| con culpa)|seguir viviendo|seguir (?:aqui|aca|asi|adelante|mas)|seguir(?= ?$|,)|existir"
        r"|despertar(?:me)?(?! temprano)|estar (?:aqui|aca|viv[oa]|en este mundo)|estar(?= ?$)|vivir mas|seguir con (?:vida|mi vida|esto|esta vida)|seguir en este mundo)"
        r"|no se (?:si|para que|por que|pa que) (?:quiero )?(?:seguir viviendo|sigo viv[oa]|sigo aqui|sigo aca|vivir|seguir|existo|sigo existiendo)",
        skip="neg",
        ex=("ya no quiero vivir", "no quiero despertar mañana", "no se para que sigo viva"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"ojala (?:me muera|me muriera|morirme|no despertar|no despierte|no haber nacido|nunca haber nacido|no hubiera nacido|nunca hubiera nacido|no me hubiera despertado|no hubiera despertado|desaparecer"
        r"|estar muert[oa]|estuviera muert[oa]|no estuviera viv[oa]|no existiera|dejar de existir|me pase algo|me pasara algo|me atropelle|me atropellen|me atropellara|me atropellaran|me muriera"
        r"|un (?:auto|carro|coche|camion) me atropelle|no amanecer|no volver a despertar|todo se acabe|me diera algo)",
        skip="neg",
        ex=("ojala no despertar", "ojala me muera"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:desearia|deseo|quisiera|hubiera preferido) (?:no haber nacido|estar muert[oa]|no existir|morirme|desaparecer|no despertar|nunca haber nacido)"
        r"|(?:preferiria|prefiero) estar muert[oa]|mejor (?:me muero|morirme|muert[oa])(?! de)|estaria mejor muert[oa]",
        ex=("desearia no haber nacido", "estaria mejor muerta"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:para que|pa que|por que) (?:sigo|seguir|estoy) (?:yo )?(?:viv[oa]|viviendo|aqui|aca|existiendo|respirando)"
        r"|pienso (?:mucho |todo el tiempo |siempre |cada dia |a cada rato |mucho )?en (?:la muerte|morir(?:me)?|estar muert[oa]|desaparecer|no existir)"
        r"|(?:pensando|pienso) (?:mucho |todo el tiempo )?en (?:morir(?:me)?|la muerte) (?:todo el tiempo|todos los dias|cada dia|a cada rato)",
        ex=("para que sigo viva", "pienso mucho en la muerte"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:estoy|me siento|ando|toy) (?:tan |muy |re |bien |demasiado )?(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|la vida|mi vida|existir|estar viv[oa]|estar aqui|seguir aqui|seguir|esta vida|despertar|luchar|sobrevivir|intentarlo)",
        ex=("estoy cansada de vivir",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:ya )?no tengo (?:ganas|fuerzas|motivos|razones|ilusion) (?:de|para) (?:vivir|seguir|seguir viviendo|existir|seguir aqui|seguir en este mundo)"
        r"|me quiero ir (?:de este mundo|para siempre)|(?:seria|todo seria|estaria todo|todo estaria) (?:mucho )?mejor si (?:yo )?(?:no estuviera|me muero|me muriera|desapareciera|no existiera|no hubiera nacido)"
        r"|(?:deberia|merezco) (?:morirme|morir|estar muert[oa]|desaparecer|no existir)|no (?:deberia|merezco) (?:estar viv[oa]|existir|vivir|seguir viv[oa]|estar aqui)|(?:ya )?no me quiero (?:despertar|levantar nunca mas)|odio (?:estar viv[oa]|seguir viv[oa]|despertar cada dia|existir)",
        skip="neg",
        ex=(
            "ya no tengo ganas de vivir",
            "me quiero ir de este mundo",
            "seria mejor si no estuviera",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:me da igual|no me importa|me vale) si (?:vivo o (?:me )?muero|me muero|muero|despierto)"
        r"|(?:pensando|pienso|imagino|imaginando) (?:en )?como seria (?:morirme|morir|mi funeral|estar muert[oa]|no existir)",
        skip="neg",
        ex=("me da igual si vivo o me muero", "me la paso pensando en como seria morirme"),
    ),
    # --- concern: hopelessness -------------------------------------------------------------------
    R(
        "hopelessness",
        "concern",
        r"no (?:le )?(?:veo|encuentro) (?:ningun |el )?(?:sentido|razon|motivo) (?:a|para|de) (?:la vida|vivir|seguir|mi vida|nada|existir|estar viv[oa])"
        r"|(?:la|mi) vida (?:ya )?no tiene (?:ningun )?sentido|no tiene sentido (?:vivir|seguir(?: viviendo)?|mi vida|nada|existir)"
        r"|nada tiene sentido(?: ya| en mi vida)?(?= ?$| ya| en mi)"
        r"|no tengo (?:razones|motivos|por que|para que|nada|ninguna razon) (?:para |por que |por lo que )?(?:vivir|seguir|quedarme|estar aqui)",
        skip="neg",
        ex=("no le veo sentido a la vida", "no tengo razones para vivir"),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:ya )?no (?:puedo|aguanto|soporto){ADV} (?:mas|con esto)(?= ?$| con (?:esto|esta vida|mi vida|nada|todo|la vida)| de verdad| en serio| ya| asi| jamas| nada)"
        r"|no puedo (?:seguir|continuar) (?:asi|viviendo|con esto|con esta vida|mas|adelante)",
        skip="neg",
        ex=("ya no puedo mas", "no aguanto mas", "no puedo seguir asi"),
    ),
    R(
        "hopelessness",
        "concern",
        r"no (?:hay|veo|le veo|encuentro|tengo) (?:ningun[ao]? |la |una )?(?:salida|esperanza|futuro)(?! para (?:el|la|los|las|este|esta|nuestro))"
        r"|(?:perdi|he perdido|ya perdi) (?:toda )?(?:la esperanza|las ganas de vivir|las ganas de todo|la fe en todo)"
        r"|sin (?:esperanza|ganas de vivir)|nada va a (?:mejorar|cambiar) nunca|nunca (?:va a mejorar|voy a mejorar|voy a estar bien|se va a arreglar|va a cambiar nada)"
        r"|(?:me rindo|ya me rendi|ya me rindo|me doy por vencid[oa]) (?:con (?:la vida|todo|mi vida)|de vivir)"
        r"|(?:me siento|estoy) (?:tan |muy |completamente )?(?:sin esperanza|desesperanzad[oa])",
        skip="neg",
        ex=("no hay salida", "perdi las ganas de vivir", "me siento sin esperanza"),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:ya )?no (?:puedo|aguanto|doy)(?: mas)?(?= ?$)|no (?:aguanto|soporto) (?:vivir|seguir viviendo|estar viv[oa]|mi vida|esta vida)",
        skip="neg",
        ex=("estoy agotada de luchar, ya no puedo", "no aguanto vivir asi"),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:ya )?no vale la pena (?:vivir|seguir|seguir viviendo|nada|luchar|existir)|(?:la|mi) vida no vale la pena",
        skip="neg",
        ex=("siento que no vale la pena vivir", "la vida no vale la pena"),
    ),
    R(
        "hopelessness",
        "concern",
        r"no tengo fuerzas (?:para|de) (?:nada|seguir|vivir|luchar)|me rindo(?= ?$)|ya no (?:quiero|puedo) luchar(?: mas)?",
        skip="neg",
        ex=("ya no tengo fuerzas para nada, me rindo",),
    ),
    # --- concern: burden ----------------------------------------------------------------------------
    R(
        "burden",
        "concern",
        r"(?:soy|me siento|me siento como|siento que soy|me he vuelto|solo soy|no soy mas que) (?:solo |solamente |nada mas que |nomas )?(?:una|un) (?:carga|estorbo|peso muerto|peso|molestia para todos|desperdicio de (?:espacio|aire|oxigeno|vida))",
        ex=("soy una carga para mi familia", "me siento un estorbo"),
    ),
    R(
        "burden",
        "concern",
        r"(?:estarian|estaria|vivirian|viviria|serian|seria|estaran|estara|van a estar|va a estar) (?:todos |todas )?(?:mucho |muchisimo |tan |mas )?(?:mejor|felices|feliz|tranquil[oa]s?|bien|aliviad[oa]s?|en paz|content[oa]s?) sin mi"
        r"|el mundo (?:seria|estaria) mejor sin mi|nadie me (?:extrañaria|extranaria|echaria de menos|va a extrañar|va a extranar|extrañara|va a echar de menos)"
        r"|a nadie le (?:importaria|importa|va a importar|importara) si (?:me muero|muero|desaparezco|no estoy|me voy|me mato|no despierto)"
        r"|solo (?:les )?(?:doy|causo|traigo) problemas(?: a todos| a mi familia)?",
        skip="neg",
        ex=("todos estarian mejor sin mi", "nadie me extrañaria"),
    ),
    R(
        "burden",
        "concern",
        r"(?:solo|nomas|nada mas|les|le|siempre) (?:estorbo|molesto|arruino todo|causo problemas)|(?:arrastro|hundo) a (?:todos|mi familia|los demas)",
        ex=("siento que solo estorbo",),
    ),
    R(
        "burden",
        "concern",
        r"(?:estarian|estaria|vivirian|viviria|serian|seria) (?:\w+ ){0,2}(?:mejor|tranquil[oa]s?|felices|feliz|aliviad[oa]s?|en paz|descansad[oa]s?|content[oa]s?) si (?:yo )?(?:no existiera|no estuviera|me muriera|desapareciera|no hubiera nacido|me esfumara|me largara|me fuera para siempre|me borrara)",
        skip="neg",
        ex=("mis papas estarian mas tranquilos si yo no existiera",),
    ),
    # --- concern: suicidal thoughts -------------------------------------------------------------
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:tengo|he tenido|estoy teniendo|vuelvo a tener|volvieron|regresaron|me vienen|me llegan|mis|con|otra vez|de nuevo|sigo con|sigo teniendo|tuve) (?:\w+ )?(?:pensamientos|ideas|ideacion) (?:suicidas|de suicidio|de muerte|de matarme|de quitarme la vida)"
        r"|^(?:pensamientos|ideas) suicidas|(?:pensamientos|ideas) suicidas (?:otra vez|de nuevo|todo el tiempo|todos los dias|hoy|esta noche)",
        skip="subject",
        ex=("tengo pensamientos suicidas", "volvieron las ideas suicidas"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:pienso|pensando|estoy pensando|pense|he pensado|sigo pensando|no dejo de pensar|no paro de pensar|considero|considerando|me la paso pensando) (?:mucho |seriamente |cada vez mas |todo el tiempo |mas )?en (?:el suicidio|suicidarme|matarme|quitarme la vida|acabar con (?:mi vida|todo)|tirarme|colgarme|ahorcarme|desvivirme)",
        ex=("pienso en suicidarme", "no dejo de pensar en matarme"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:me siento|estoy|ando|me pongo|toy) (?:muy |tan |re |bastante |medio )?suicida"
        r"|el suicidio (?:es|parece|suena|se ve) (?:como )?(?:la unica|mi unica|una buena|la mejor) (?:salida|opcion|solucion)"
        r"|(?:la )?unica (?:salida|opcion|solucion) (?:es|seria|que veo es|que me queda es) (?:morir(?:me)?|la muerte|matarme|suicidarme|el suicidio)",
        ex=("me siento suicida", "la unica salida es morir"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:intente|trate de|intento de) (?:suicidarme|matarme|quitarme la vida|suicidio)",
        ex=("intente suicidarme",),
    ),
    # --- concern: slang ---------------------------------------------------------------------------
    R(
        "slang_kms",
        "concern",
        r"(?:quiero|me quiero|voy a|me voy a|ganas de) desvivir(?:me)?",
        ex=("me quiero desvivir",),
    ),
    # --- concern: self-harm ---------------------------------------------------------------------
    R(
        "self_harm_urge",
        "concern",
        r"{QUIERO}{ADV} (?:cortarme|lastimarme|hacerme daño|hacerme dano|autolesionarme|quemarme|golpearme|hacerme sh|rasguñarme|castigarme)(?! el pelo| el cabello| las uñas| las unas| el fleco)"
        r"|(?:ganas|deseos|impulsos|necesidad|urgencia) (?:muy fuertes |fuertes |enormes |horribles )?de (?:cortarme|lastimarme|hacerme daño|hacerme dano|autolesionarme|quemarme|hacerme sh|recaer (?:en|con) (?:el sh|sh|las autolesiones|los cortes))"
        r"|me (?:quiero|dan ganas de|da ganas de) (?:cortar|lastimar|hacer daño|hacer dano|quemar)(?! el pelo| el cabello| las uñas| las unas| el fleco| un| una| la| el)"
        r"|(?:pienso|pensando|estoy pensando|dejar de pensar|dejo de pensar|paro de pensar) (?:mucho )?en (?:cortarme|lastimarme|hacerme daño|hacerme dano|autolesionarme|recaer (?:en|con) (?:sh|las autolesiones))"
        r"|(?:intentando|tratando de|trato de|intento|lucho por|luchando por) no (?:cortarme|lastimarme|hacerme daño|hacerme dano|recaer en (?:el sh|sh|las autolesiones))",
        ex=(
            "tengo ganas de cortarme",
            "quiero lastimarme",
            "me quiero cortar",
            "tratando de no cortarme",
        ),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"me volvi a cortar|volvi a cortarme|volvi a lastimarme|recai (?:en|con) (?:el sh|sh|las autolesiones|los cortes|cortarme)"
        r"|me (?:corte|lastime|queme) (?:otra vez|de nuevo|anoche|ayer|esta mañana)",
        ex=("me volvi a cortar", "recai en sh"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:acabo de|me acabo de|ahora mismo) (?:cortar(?:me)?|lastimar(?:me)?|hacerme daño|hacerme dano|quemar(?:me)?)(?! el pelo| las uñas)"
        r"|me estoy (?:cortando|lastimando|quemando|haciendo daño|haciendo dano)(?! el pelo)"
        r"|no (?:para|deja|paro|dejo) de sangrar|me corte (?:muy |demasiado )?profundo",
        ex=("acabo de cortarme", "me estoy cortando", "no para de sangrar"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:me tome|tome|me trague|trague|me acabo de tomar|me he tomado|acabo de tomarme|ya me tome) (?:todas (?:mis |las )?(?:pastillas|pastis|medicinas)|toda la caja|todo el frasco|un monton de pastillas|muchas pastillas|demasiadas pastillas|\d{2,} pastillas|todas las pastillas)",
        ex=("me tome todas las pastillas",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:me puse|me pegue|me acabo de poner|me he puesto|ya me puse) todos (?:mis |los )?parches (?:de (?:fentanilo|morfina|buprenorfina|opioides?)|para el dolor)",
        ex=("me puse todos los parches de fentanilo",),
    ),
    R(
        "self_harm_intent",
        "urgent",
        r"(?:me voy a|voy a|estoy a punto de|ahora me voy a) (?:cortar(?:me)?|lastimar(?:me)?)(?= ?$| esta noche| ahora| otra vez| de nuevo| hoy| lo mas| muy (?:profundo|hondo)| profundo| hondo| las venas| las muñecas| las munecas| el cuello)",
        ex=("me voy a cortar esta noche",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"volvi a (?:autolesionarme|hacerme daño|hacerme dano|quemarme)|recai y me (?:corte|lastime|queme)"
        r"|me (?:autolesione|hice daño|hice dano) (?:otra vez|de nuevo|anoche|ayer|hoy)",
        ex=("volvi a autolesionarme", "recai y me corte"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"ya me (?:tome|trague) (?:las|mis|todas las|todas mis) (?:pastillas|pastis|medicinas)|me (?:corte|abri) las venas",
        ex=("ya me tome las pastillas", "me corte las venas"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:ya )?(?:me tome|me trague|me bebi|acabo de tomarme|acabo de tragarme|me acabo de tomar|me he tomado) (?:todo lo que (?:habia|tenia|quedaba)|todo|la mitad) (?:en|de|del) (?:el |la |las |mis |los )?(?:botiquin|pastillas|pastis|medicinas|medicamentos|frasco|cajon)",
        ex=("me tome todo lo que habia en el botiquin", "ya me tome la mitad de las pastillas"),
    ),
    R(
        "plan",
        "urgent",
        r"(?:esta es|aqui esta|les dejo|este es) mi (?:carta|mensaje) (?:de despedida|suicida|final)(?! (?:en el slack|a mis compañeros|del trabajo|de la oficina))|mi carta de despedida(?! (?:en el slack|a mis compañeros|del trabajo|de la oficina|al equipo))",
        skip="media",
        ex=("esta es mi carta de despedida",),
    ),
    # --- urgent: active ideation, intent, plan -------------------------------------------------------
    R(
        "active_ideation",
        "urgent",
        r"{QUIERO}{ADV} {MATARME}"
        r"|me (?:quiero|gustaria|dan ganas de|da ganas de|quisiera) (?:matar|suicidar|quitar la vida|colgar|ahorcar|tirar (?:de|del|desde|por|a|al) \w+)(?! (?:a|al) (?!un|una|el|la)\w+)",
        ex=("quiero matarme", "me quiero suicidar", "tengo ganas de quitarme la vida"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:me voy a|(?<!te )(?<!lo )(?<!la )(?<!le )(?<!los )(?<!las )(?<!les )voy a|ya voy a|ya me voy a|hoy (?:me|voy a)|pienso|planeo|estoy (?:decidid[oa]|list[oa]) (?:a|para)|decidi|he decidido|ya decidi|estoy por|estoy a punto de|me quiero y me voy a)"
        r"{ADV} (?:matar(?:me)?|suicidar(?:me)?|quitar(?:me)? la vida|acabar con (?:mi vida|todo(?! (?!(?:esta|este) (?:noche|tarde|madrugada|semana|vez|fin|finde|sabado|domingo|viernes|mes)\b)(?:este|esta|estos|estas|el|la|lo|eso|esto|ese|esa|mis|los|las|tus)\b))|terminar con (?:mi vida|todo(?! (?!(?:esta|este) (?:noche|tarde|madrugada|semana|vez|fin|finde|sabado|domingo|viernes|mes)\b)(?:este|esta|estos|estas|el|la|lo|eso|esto|ese|esa|mis|los|las|tus)\b))|colgar(?:me)?|ahorcar(?:me)?|ahogar(?:me)? en (?:el|la) (?:mar|rio|lago|tina|bañera|presa)"
        r"|tirar(?:me)? (?:de|del|desde|por|al|a|bajo|frente a) {LUGAR}|aventar(?:me)? (?:de|del|desde|por|al|a|bajo) {LUGAR}|desvivir(?:me)?|tomar(?:me)? todas (?:las|mis) pastillas|pegar(?:me)? un tiro)"
        r"(?! (?:a|al) (?!un|una|el|la|las|los)\w+| estudiando| trabajando| de risa| entrenando)",
        ex=(
            "me voy a matar",
            "voy a suicidarme",
            "ya decidi quitarme la vida",
            "hoy me voy a tirar del puente",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"(?<!de )(?:hoy|esta noche|mañana|ahora|ya|ahorita|este fin de semana|esta semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) me (?:mato|suicido|quito la vida|quito de en medio|cuelgo|ahorco|aviento|pego un tiro|doy un tiro|disparo|corto las venas|envenen[oa])(?! (?!cuando\b)(?:\w+ando|\w+iendo)| de| por)|me mato (?:hoy|esta noche|mañana|ahora|ya)(?! (?!cuando\b)\w+ando| \w+iendo)",
        ex=("esta noche me mato",),
    ),
    R(
        "recent_attempt",
        "urgent",
        r"(?:intente|trate de) (?:suicidarme|matarme|quitarme la vida)(?: \w+){0,3} (?:anoche|ayer|hoy|esta mañana|hace (?:unas|un par de|pocas) horas|este fin de semana)",
        skip="tense",
        ex=("intente suicidarme anoche",),
    ),
    R(
        "plan",
        "urgent",
        r"(?:tengo|ya tengo|hice|he hecho|tengo todo) (?:un|el|mi) plan(?! de (?:estudio|viaje|negocio|trabajo|ahorro|dieta|entrenamiento|comidas|datos|celular|vida))(?= ?$| para (?:morir|matarme|hacerlo|acabar|suicidarme)| ya| y)"
        r"|(?:ya )?se (?:como|cuando|donde) (?:lo voy a hacer|voy a hacerlo|hacerlo|me voy a matar|me voy a suicidar|voy a morir)",
        ex=("ya tengo un plan", "ya se como lo voy a hacer"),
    ),
    R(
        "plan",
        "urgent",
        r"(?:tengo|ya tengo|tengo todo|ya esta todo|ya lo tengo|lo tengo todo) (?:bien )?(?:planeado|planificado|pensado y planeado)(?! para (?:el|la|las|los|mis|mi|este|esta) (?!muerte|final))"
        r"|(?:ya )?se (?:como|cuando|donde) y (?:como|cuando|donde)",
        ex=("ya tengo todo planeado", "se donde y cuando"),
    ),
    R(
        "plan",
        "urgent",
        r"(?:escribi|deje|ya tengo|estoy escribiendo|termine) (?:mi|la|una|las|mis) cartas? (?:de despedida|para mi familia|suicida|para cuando no este)",
        skip="media",
        ex=("ya escribi mi carta de despedida",),
    ),
    R(
        "plan",
        "urgent",
        r"cuantas (?:{MEDIOS}) (?:\w+ )?(?:necesito|se necesitan|hacen falta|son letales|para morir|para no despertar|tengo que tomar|me tengo que tomar)"
        r"|dosis letal|(?:busque|buscando|estoy buscando|investigue|investigando|averiguando|googlee|googleando) (?:como|formas de|maneras de|metodos para|la forma de|la mejor forma de) (?:matarme|suicidarme|morir|quitarme la vida|hacerlo sin dolor)"
        r"|(?:guardando|juntando|acumulando|ahorrando|guarde|junte) (?:mis |las |todas las |todas mis )?(?:pastillas|medicinas|medicamentos|pastis)",
        skip="media",
        ex=("cuantas pastillas necesito para morir", "estoy juntando mis pastillas"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:hoy|esta noche|mañana|ya|ahora) (?:termino|acabo) con (?:todo|mi vida)|(?:termino|acabo) con (?:todo|mi vida) (?:hoy|esta noche|mañana|ya|ahora)"
        r"|me (?:quiero|voy a) (?:tirar|aventar)(?= ?$| ya| de una vez| por la ventana| de aqui| desde aqui)|(?:quiero|voy a) (?:tirarme|aventarme)(?= ?$| ya| de una vez| por la ventana| de aqui| desde aqui)",
        ex=("hoy termino con todo", "estoy en la azotea y me quiero tirar"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:hoy|esta noche|mañana|ahora|ya|ahorita) me (?:tomo|trago|acabo) (?:todas (?:las|mis) (?:pastillas|pastis|medicinas)|el frasco|la caja|el blister)"
        r"|me (?:tomo|trago) (?:todas (?:las|mis) (?:pastillas|pastis|medicinas)|el frasco|la caja) (?:hoy|esta noche|mañana|ahora|ya)",
        ex=("esta noche me tomo todas las pastillas",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:me tome|tome|me trague|trague|me acabo de tomar|me he tomado|acabo de tomarme|ya me tome) (?:un|una|el|la|todo el|toda la) (?:frasco|caja|blister|tira|bote) (?:entero |entera |completo |completa )?de (?:pastillas|pastis|medicinas|medicamentos|\w+)",
        ex=("me tome un frasco de pastillas hace rato",),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:hoy|esta noche|mañana) es (?:el|mi) ultim[oa] (?:dia|noche)|(?:el|mi) ultimo dia de (?:mi vida|vida)",
        ex=("hoy es el ultimo dia de mi vida",),
    ),
    # --- concern: farewell, giving away ---------------------------------------------------------------
    R(
        "farewell",
        "concern",
        r"(?:adios|chau|chao|bye) (?:para siempre|mundo cruel|mundo)|(?:este|esto) (?:es|sera) mi (?:ultimo|ultima) (?:mensaje|post|publicacion|escrito|dia|noche)"
        r"|(?:ya )?no (?:voy a estar|estare|voy a seguir) (?:aqui|aca|mas|mucho tiempo|por mucho)(?! (?:el|la|los|las|este|esta) )"
        r"|(?:ya )?no (?:los|las|te|les) (?:voy a molestar|molestare|voy a causar problemas) (?:mas|nunca mas)"
        r"|no (?:tendran|van a tener|tendras|vas a tener) que (?:preocuparse|preocuparte|aguantarme|soportarme|lidiar) (?:por|con)? ?(?:mi|mas)"
        r"|(?:cuiden|cuida|cuidad|alimenten|quieran)(?: mucho| bien)? (?:a|de) mi (?:gato|gata|perro|perra|mama|familia|hijo|hija|hermano|hermana|mascota|gatos|perros|hijos)(?: por mi)?(?=,| ?$| por mi| cuando| si| porfa| por favor| cuando ya)"
        r"|(?:diganle|dile|decile|diles) a (?:mi )?(?:mama|papa|familia|todos|hermana|hermano) que (?:la|lo|los|las) (?:quiero|quise|amo)"
        r"|nos vemos en (?:otra vida|el otro lado|la otra vida)|me despido (?:de (?:este mundo|la vida)|para siempre)|mi despedida final",
        ex=("este es mi ultimo mensaje", "adios para siempre", "cuiden a mi gato por mi"),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:cuando|para cuando) (?:lean|leas|alguien lea|vean|veas|encuentren) (?:esto|este mensaje)"
        r"|(?:cuando|para cuando) (?:despiertes|despierten|despierte|vuelvas|vuelvan|llegues|lleguen|regreses|regresen|amanezca),? (?:ya )?no (?:voy a estar|estare|estoy)"
        r"|(?:ya )?no (?:voy a estar|estare) (?:aqui |aca )?(?:mañana|manana|para mañana|despues de esta noche)"
        r"|(?:mañana|para mañana|despues de esta noche) (?:ya )?no (?:voy a estar|estare)"
        r"|(?:hoy|esta) es mi ultima noche",
        ex=("cuando lean esto ya no voy a estar", "mañana ya no voy a estar aqui"),
    ),
    R(
        "farewell",
        "hint",
        r"(?:adios|chau|chao) a (?:todos|todas|todes)|gracias por todo|gracias a todos|los quiero (?:mucho|a todos)|las quiero (?:mucho|a todas)"
        r"|perdon por todo|perdonenme|me despido de (?:ustedes|todos|todas)|cuidense mucho|adios|me despido"
        r"|(?:hoy|esta noche) es (?:el dia|la noche)|ya es hora",
        ex=("gracias por todo", "adios a todos"),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:regalando|regale|voy a regalar|estoy regalando|quiero regalar|he regalado|regalar) (?:todas |todos )?mis (?:cosas|pertenencias|libros|juegos|ropa|mascotas|gato|perro|posesiones)"
        r"|(?:quiero|me gustaria) que (?:alguien|tu|vos|ustedes|mi (?:hermana|hermano|mejor amiga|mejor amigo|mama|prima|primo)) (?:se quede|se queden|tenga|tengan) (?:con )?mis (?:cosas|\w+) (?:cuando|si) (?:ya no|no) (?:este|estoy)"
        r"|(?:dejando|deje|dejar|dejo) (?:todo|mis cosas|mis asuntos) (?:en orden|arreglad[oa]s?|list[oa]s?) (?:para cuando|antes de)",
        skip="idiom",
        ex=("estoy regalando todas mis cosas", "le regale mis cosas a mi hermana"),
    ),
    R(
        "giving_away",
        "hint",
        r"ya no (?:lo|la|los|las|me) (?:voy a necesitar|necesitare|va a hacer falta|van a hacer falta)|(?:hice|escribi|redacte) mi testamento"
        r"|(?:regale|he regalado|estoy regalando|le di|le deje|le regale) (?:a \w+ )?(?:mi|mis) (?:guitarra|libros|cosas|ropa|juegos|consola|perro|gato|compu|computadora|bici|bicicleta|discos|coleccion|celular|joyas|plantas)",
        ex=("ya no los voy a necesitar",),
    ),
    R(
        "farewell",
        "hint",
        r"los voy a extrañar|las voy a extrañar|fue un gusto conocer(?:los|las|te)|los quiero|perdon(?= ?$)|(?:lo siento|perdon) por (?:todo|ser asi)"
        r"|(?:no|nunca) fue culpa de (?:nadie|ustedes)|si me pasa algo",
        ex=("los voy a extrañar",),
    ),
    # --- escalators -------------------------------------------------------------------------------------
    R(
        "means",
        "escalator",
        r"(?:tengo|compre|consegui|tengo aqui|tengo en la mano|agarre|junte|ya tengo) (?:una |la |el |mis |las |unas |un |su |sus |todas las |suficientes |un frasco de |una caja de |una botella de |un bote de |muchas )?{MEDIOS}"
        r"|(?:la cuerda|la soga|las pastillas|el arma|la pistola|la navaja) (?:esta|estan|ya esta|ya estan) (?:lista|listas|aqui|en mi mano|cargada|preparada)",
        skip="neg",
        ex=("ya tengo las pastillas",),
    ),
    R(
        "place",
        "escalator",
        r"(?:estoy|estoy parad[oa]|estoy sentad[oa]|aqui|ando) (?:en|sobre|arriba de|al borde de|en el borde de|en la orilla de) (?:el |la |las |los |un |una |este |esta )?(?:puente|azotea|techo|vias|borde|cornisa|acantilado|balcon|barranco|precipicio|ultimo piso|anden|terraza)",
        skip="neg",
        ex=("estoy en el puente",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"lo voy a hacer(?= ?$|,| de verdad| en serio)|voy a hacerlo(?= ?$|,)|estoy a punto de hacerlo",
        skip="subject idiom cond hyper",
        ex=("lo voy a hacer",),
    ),
    R(
        "timeframe_now",
        "escalator",
        r"ahora mismo|ya mismo|mañana|hoy",
        skip="neg subject past idiom cond hyper",
        ex=("ahora mismo",),
    ),
    R(
        "timeframe",
        "escalator",
        r"esta noche|este fin de semana|en (?:unas|un par de|dos|\d+) horas|en un rato|a la medianoche|antes de que amanezca"
        r"|cuando (?:todos|mis (?:papas|padres)|mi (?:familia|mama|papa|esposo|esposa)) (?:se )?(?:duerman|esten dormidos|se vayan)",
        skip="neg subject past idiom cond hyper",
        ex=("esta noche",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:lo voy a hacer|voy a hacerlo) (?:esta noche|hoy|mañana|ya|ahora)|ya (?:tome|hice) (?:la|mi) decision|ya (?:lo )?decidi(?= ?$)|ya estoy list[oa](?= ?$)",
        skip="subject idiom cond hyper",
        ex=("lo voy a hacer esta noche",),
    ),
    # --- marcos generales: el acto, los medios, el lugar y el momento como se dicen ------------
    R(
        "self_harm_now",
        "urgent",
        r"(?:me tome|tome|me trague|trague|me bebi|bebi|me acabo de tomar|acabo de tomar(?:me)?|me he tomado|ya me tome|me meti)"
        r" (?:como |unas |unos |mas de |casi |todas |todos |toda |todo |ya )?"
        r"(?:[1-9]\d+|veinte|treinta|cuarenta|cincuenta|cien|todas|todos|muchas|demasiadas|un monton|un puñado|media caja|medio frasco|media botella|toda la botella|(?:un|una|el|la|toda la|todo el) (?:frasco|caja|blister|tira|bote|paquete|tableta|botella) (?:entero |entera |completo |completa )?)"
        r"(?: \w+){0,4} {MEDIOS}"
        r"|(?:me tome|tome|me bebi|bebi|me trague|trague|tomando|bebiendo|me estoy tomando) (?:\w+ ){0,3}(?:cloro|lejia|veneno|raticida|anticongelante|matarratas|insecticida|acido)",
        skip="tense",
        ex=("me tome como 30 pastillas hace rato", "me bebi el cloro"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:estoy|me estoy|sigo|ahorita me estoy) (?:cortandome|lastimandome|quemandome|cortando|haciendome daño|haciendome dano)(?! el pelo| el cabello| las uñas| las unas| el fleco| la barba| las puntas| con (?:el|un) papel)"
        r"|(?:estoy|sigo) sangrando (?:mucho|demasiado|un monton|sin parar|bastante|y no|muchisimo)(?! (?:de|por) la nariz)"
        r"|no (?:para|deja|paro|dejo) de salir (?:la )?sangre|(?:hay|sale) (?:mucha )?sangre por (?:todos lados|todas partes)",
        skip="tense",
        ex=("estoy cortandome ahora mismo", "estoy sangrando mucho", "no para de salir sangre"),
    ),
    R(
        "means",
        "urgent",
        r"(?:tengo|ya tengo) (?:la|el|las|los|mis|una|un) {MEDIOS} (?:lista|listas|listo|listos|preparad[oa]s?|colgad[oa]|atad[oa]|amarrad[oa]|puest[oa]|cargad[oa]|en la mano)(?!.*\b(?:cocinando|cocina|cebolla|picando|pelar|pelando|fruta|manzana|comida|cena|almuerzo|clase|afeitar\w*|depilar\w*|cazar|caceria|campamento|escalar|mudanza)\b)"
        r"|(?:la cuerda|la soga|el lazo|el cinturon) (?:ya )?(?:esta|estan) (?:colgad[oa]|atad[oa]|puest[oa]|list[oa])",
        ex=("tengo la soga lista en el closet",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:me voy a|voy a|hoy me voy a|ya me voy a) (?:cortar las venas|envenenar|disparar|pegar un tiro|tirar (?:de|del|desde|a|al|por|bajo|frente a|abajo de|abajo del|debajo de|debajo del) {LUGAR}|aventar (?:de|del|desde|a|al|por|bajo|abajo de|abajo del|debajo de|debajo del) {LUGAR}|lanzar (?:de|del|desde|a|al) {LUGAR})"
        r"|(?<!no )me (?:tiro|aviento|lanzo|arrojo) (?:de|del|desde|a|al|por|bajo|frente a|abajo de|abajo del|debajo de|debajo del) {LUGAR}(?! (?:a|para) (?:nadar|bañarme|refrescarme))"
        r"|voy a (?:dejar de (?:existir|vivir|respirar)|desaparecer para siempre|irme para siempre|irme de este mundo)"
        r"|(?:hoy|esta noche|mañana|ya|ahorita) se (?:acaba|termina) todo(?= ?$|,)|se (?:acaba|termina) todo (?:hoy|esta noche|mañana)(?= ?$|,)",
        ex=(
            "me voy a cortar las venas",
            "mañana me tiro del puente",
            "voy a dejar de existir esta noche",
            "esta noche se acaba todo",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:tengo|compre|consegui|agarre|junte|ya tengo|tengo guardad[oa]s|tengo juntad[oa]s?|guarde|escondi|tengo escondid[oa]s|tiene|tienen|saque|cargue) (?:una |la |el |mis |las |unas |un |todas las |suficientes |muchas |sus )?{MEDIOS}"
        r"|(?:ya )?(?:esta|estan) cargad[oa]s?(?= ?$|,)"
        r"|se donde (?:esta|estan|guarda|guardan|tiene|tienen|esconde) (?:la llave|las llaves|el arma|la pistola|las pastillas|el veneno|la cuerda|las balas)"
        r"|(?:tengo|ya tengo) (?:la|el|las|los|mis|una|un) {MEDIOS} (?:aqui|en (?:la|el|mi) (?:mochila|bolsa|cajon|closet|cuarto|mano|buro|mesa))",
        skip="neg",
        ex=("tengo guardadas las pastillas", "se donde esta la llave"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:me )?(?:las|los|la|lo) voy a (?:tomar|usar|tragar|beber)(?= ?$|,| todas| todos| esta| hoy| ya| ahora| cuando| en cuanto| despues| mañana| y)"
        r"|voy a (?:tomarme|tragarme|beberme|tomar) (?:todas|todos|todo|el frasco|la caja|el bote|el blister|todas las|todas mis)"
        r"|(?:hoy|esta noche|mañana|ya|ahorita) (?:la|lo|las|los) (?:uso|tomo|trago|bebo)|(?:ya )?tengo todo(?: listo| preparado)?(?= ?$)"
        r"|ya (?:lo )?decidi(?=,| y| ya)",
        skip="subject idiom cond hyper",
        ex=(
            "me las voy a tomar todas",
            "me voy a tomar todo el frasco",
            "hoy la uso",
            "ya tengo todo",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"cuando (?:todos|todas|mis (?:papas|padres|hermanos)|mi (?:familia|mama|papa|esposo|esposa|pareja|novio|novia|roomie)) (?:se )?(?:duerma|duerman|este dormid[oa]|esten dormidos|se vaya|se vayan|salga|salgan|vaya a trabajar|se vaya a trabajar)",
        skip="neg subject past idiom cond hyper",
        ex=("cuando mi esposo se vaya a trabajar",),
    ),
    R(
        "farewell",
        "concern",
        r"me voy (?:para siempre|de este mundo)(?! de vacaciones)|(?:no me busquen|no me vayan a buscar|no intenten buscarme)",
        ex=("me voy para siempre", "no me busquen"),
    ),
    R(
        "farewell",
        "hint",
        r"no (?:quiero|voy a) bajar(?= ?$| de aqui|,)|(?:estoy )?mirando (?:hacia )?abajo|esta (?:muy |tan |bien )?alto(?= ?$)|se (?:acabo|acaba|termina|termino) todo(?= ?$)"
        r"|no (?:voy a )?volver(?= ?$| a casa| nunca)|(?:mis )?contraseñas (?:estan|las deje) (?:en|bajo)",
        ex=("no quiero bajar", "no voy a volver"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"ojala (?:no )?(?:despertara|me despierte|amaneciera|despierte)(?: mas| nunca| mañana)?"
        r"|odio (?:despertar(?:me)?|levantarme|amanecer)(?= ?$| cada| todos| todas| otra vez| en las)"
        r"|(?:seria|todo seria|estaria todo|todo estaria|seria todo) (?:mucho )?(?:mas facil|mas sencillo|mejor para todos|mas tranquilo) si (?:yo )?(?:no estuviera|me muero|me muriera|desapareciera|no existiera|no hubiera nacido)"
        r"|(?:para que|pa que) (?:seguir|sigo)(?= ?$| si| viviendo| asi| aqui| con vida| en este mundo)",
        ex=(
            "ojala no despertara mañana",
            "odio despertarme cada mañana",
            "todo seria mas facil si no existiera",
            "para que seguir si nada cambia",
        ),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:ya )?no (?:aguanto|soporto|puedo con)(?: mas)? (?:esta vida|mi vida|vivir|vivir asi|seguir asi|existir)"
        r"|no se cuanto (?:tiempo )?mas (?:voy a|puedo|podre|vaya a) (?:aguantar|seguir|resistir|soportar)",
        skip="neg",
        ex=("ya no aguanto mas esta vida", "no se cuanto tiempo mas voy a aguantar"),
    ),
    R(
        "burden",
        "concern",
        r"(?:nadie|ni uno) (?:notaria|se daria cuenta|lo notaria|me extrañaria|me extranaria|se enteraria) (?:si|cuando) (?:yo )?(?:me muero|muero|me muriera|desaparezco|desapareciera|no estoy|me voy|me mato|no despierto|ya no estoy)",
        skip="neg",
        ex=("nadie notaria si me muero",),
    ),
    R(
        "place",
        "escalator",
        r"(?:estoy|ando|aqui|sigo|estoy parad[oa]|estoy sentad[oa]) (?:arriba de|arriba en|encima de|en|sobre|al borde de|en la orilla de) (?:el |la |las |los |un |una |este |esta |del |de la )?"
        r"(?:puente|azotea|techo|vias|borde|cornisa|acantilado|balcon|barranco|precipicio|ultimo piso|anden|terraza|edificio|rio|estacion)"
        r"|(?:estoy )?arriba del (?:puente|edificio|techo|estacionamiento|parking|hospital|centro comercial)|(?:voy|ando yendo|me voy) (?:camino )?(?:a|al|hacia) (?:las vias|el puente|la azotea|el acantilado)(?! (?:a|para|con) )",
        skip="neg",
        ex=("estoy arriba del puente", "estoy en la terraza"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:quiero|voy a|me quiero|me voy a|tengo ganas de) (?:saltar|tirarme|aventarme|lanzarme|soltarme)(?= ?$|,| ya| de aqui| desde aqui| ahora| esta noche| hoy| al mediodia| a las| en cuanto| cuando| mañana)"
        r"|(?:hoy|esta noche|mañana) es el dia(?= ?$|,)|(?:ya )?(?:tengo todo|esta todo) (?:listo|preparado)(?= ?$|,)",
        skip="subject idiom cond hyper",
        ex=("quiero saltar", "hoy es el dia", "tengo todo listo"),
    ),
    R(
        "means",
        "urgent",
        r"(?:tengo|agarre|sostengo) (?:la|el|una|un) (?:pistola|arma|revolver|escopeta)(?: \w+){0,3} en (?:la|mi|mis) (?:mano|manos|cabeza|boca)",
        skip="neg",
        ex=("tengo la pistola de mi papa en la mano",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"me (?:corte|abri|raje) (?:las|los|la|mis) (?:dos |ambas )?(?:muñecas|munecas|venas|brazos|muñeca)",
        skip="tense",
        ex=("me corte las muñecas",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:ya )?(?:escribi|deje|termine) (?:mi|la|las|mis) cartas?(?= ?$|,| en| sobre| para)|perdon (?:mama|papa|a todos|ma|pa)(?= ?$|,)",
        ex=("ya escribi mi carta",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:seria|es|estaria|sera) mejor (?:no despertar(?:me)?|no existir|morir(?:me)?|no estar|desaparecer|estar muert[oa]|no haber nacido)"
        r"|(?:dormir|dormirme) y (?:ya )?no (?:volver a )?despertar(?:me)?"
        r"|(?:esperando|espero) (?:la muerte|morirme|que me llegue la muerte|que todo termine)",
        skip="neg",
        ex=("a veces pienso que seria mejor no despertar", "quisiera dormirme y ya no despertar"),
    ),
    R(
        "hopelessness",
        "concern",
        r"no (?:encuentro|tengo|veo|le encuentro|le veo) (?:ningun[ao]? )?(?:razones|motivos|razon|motivo|sentido) (?:para|de|por las que|por la que|a) (?:seguir|vivir|seguir viviendo|nada|la vida)"
        r"|(?:ya )?no (?:puedo|aguanto|doy)(?: mas)?(?=,)",
        skip="neg",
        ex=("no encuentro razones para seguir", "ya no doy mas, estoy cansada"),
    ),
    R(
        "burden",
        "concern",
        r"(?:siento que |creo que |se que )?(?:sobro|estorbo)(?= ?$| en (?:todos|todas|este|esta|mi|la|el)| aqui| para)",
        ex=("siento que sobro en todos lados",),
    ),
    R(
        "place",
        "urgent",
        r"(?:estoy|estoy parad[oa]|estoy sentad[oa]|estoy acostad[oa]|sigo|ando) (?:\w+ ){0,2}(?:en|sobre) (?:las )?vias(?: del (?:tren|metro))?"
        r"|(?:estoy|estoy parad[oa]|estoy sentad[oa]|estoy acostad[oa]|sigo) (?:en|sobre) la via del \w+(?: a la altura de \w+)?(?= ?$|,|\.)"
        r"|(?:en|a|al) (?:la )?(?:orilla|borde|cornisa|filo) de(?:l| la| el)? (?:azotea|techo|edificio|puente|ventana|balcon|acantilado)",
        skip="neg",
        ex=(
            "estoy en las vias del tren esperando",
            "estoy parada en la orilla de la azotea",
            "estoy en la via del sarmiento a la altura de haedo. el proximo tren pasa en 10",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"me (?:tomo|trago|bebo|meto) (?:todo el frasco|todas (?:las|mis) \w+|la caja entera|el frasco entero|toda la caja|todo el bote|todas)"
        r"|(?:hoy|esta noche|mañana|ahorita|ya) lo hago|lo hago (?:hoy|esta noche|mañana|ya)(?= ?$|,)|(?:ya )?estoy decidid[oa](?= ?$|,| a)",
        skip="subject idiom cond hyper",
        ex=("me tomo todo el frasco", "hoy lo hago", "ya estoy decidida"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:hoy|esta noche|mañana|ahora|ya|ahorita|este fin de semana|esta semana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo))(?: \w+){1,4} me (?:mato|suicido|quito la vida|cuelgo|ahorco|tiro|aviento|pego un tiro|doy un tiro|disparo)(?! (?!cuando\b)(?:\w+ando|\w+iendo)| de risa| de hambre| por| a la (?:cama|piscina|alberca))",
        ex=("mañana temprano me cuelgo",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:ni|sin|ningunas|pocas) (?:ganas )?de vivir|(?:me canse|me harte|me cansé|estoy cansad[oa]|estoy hart[oa]|estoy agotad[oa]) de (?:vivir|la vida|existir|sobrevivir|estar viv[oa])"
        r"|{QUIERO}(?: \w+,?){0,4} (?:dejar de existir|dejar de vivir|morirme|desaparecer para siempre)",
        skip="neg",
        ex=(
            "ya no tengo ganas de nada, ni de vivir",
            "me canse de vivir",
            "quiero dejar de sentir, dejar de existir",
        ),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:he estado|estuve|sigo|volvi a|ando) (?:cortandome|lastimandome|quemandome|haciendome daño|haciendome dano|autolesionandome|arañandome|aranandome|rasguñandome|golpeandome)"
        r"|me he estado (?:cortando|lastimando|quemando|haciendo daño|arañando|aranando|rasguñando|golpeando)|(?:arañandome|rasguñandome|rascandome|golpeandome|pellizcandome|me (?:araño|rasguño|rasco)) hasta (?:sangrar|que sangra)",
        skip="tense",
        ex=("me he estado cortando otra vez",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:me tome|me trague|tome|trague|me bebi) (?:el|la|un|una) (?:frasco|caja|bote|blister|tira) (?:completo|completa|entero|entera)"
        r"|me (?:corte|lastime|queme) (?:bastante|mucho|demasiado|muy feo|muy profundo|muy hondo|hondo|profundo)",
        skip="tense",
        ex=("ya me tome el frasco completo", "ya me corte bastante, no para"),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:hoy|esta) (?:por la |en la )?noche|en la noche|(?:al|en el) amanecer|(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
        skip="neg subject past idiom cond hyper",
        ex=("hoy por la noche",),
    ),
    R(
        "place",
        "escalator",
        r"(?:voy|ando yendo|me voy|voy de|estoy yendo|llegando) (?:camino |caminando |corriendo |manejando )?(?:a|al|hacia|para)(?: el| la| las| los)? (?:vias|puente|azotea|acantilado|techo|edificio|rio|mar|lago)(?! (?:a|para|con) )",
        skip="neg",
        ex=("voy camino al puente",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"no creo que (?:llegue|viva|dure|siga aqui|siga viv[oa]|aguante) (?:a|hasta|mucho|mas|otro)",
        skip="neg",
        ex=("no creo que llegue a fin de año",),
    ),
    R(
        "intent",
        "urgent",
        r"me voy a (?:quitar de en medio|quitar la vida|ir de este mundo)|voy a (?:tomarme|beberme|tragarme) (?:el |la )?(?:cloro|veneno|raticida|lejia|anticongelante)|voy a (?:cruzar|atravesar) (?:la autopista|la carretera|las vias|la avenida)(?: \w+){0,2} (?:sin mirar|sin ver|con los ojos cerrados)",
        ex=("me voy a quitar de en medio esta noche", "voy a cruzar la autopista sin mirar"),
    ),
    R(
        "place",
        "urgent",
        r"(?:sentad[oa]|parad[oa]|estoy|ando|colgad[oa]) (?:en|sobre|afuera de) (?:la |el )?(?:ventana|cornisa|barandal|baranda|borde|barandilla)(?: \w+){0,3} (?:piso|pisos)",
        skip="neg",
        ex=("estoy sentada en la ventana del quinto piso",),
    ),
    R(
        "timeframe",
        "escalator",
        r"cuando se (?:duerman|duerma|vayan|vaya|salgan|salga) (?:mis|mi|todos|todas|los|las)",
        skip="neg subject past idiom cond hyper",
        ex=("cuando se duerman mis viejos",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"me (?:tomo|trago|bebo|meto) todo(?= ?$|,)",
        skip="subject idiom cond hyper",
        ex=("me tomo todo",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"me (?:da igual|vale|importa poco) (?:morirme|morir|vivir o morir|si muero|si me muero)"
        r"|(?:sueño|sueno|fantaseo|suelo pensar|me imagino) con (?:no despertar|morirme|morir|desaparecer|no existir|mi funeral|estar muert[oa])"
        r"|no (?:le )?(?:veo|encuentro) (?:ningun |el )?caso a (?:seguir|vivir|nada|la vida)",
        skip="neg",
        ex=("me da igual morirme", "sueño con no despertar", "ya no le veo caso a seguir"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"me (?:las|los|la|lo) (?:tomo|trago|bebo)(?: todas| todos)?(?= ?$|,| todas| todos| hoy| esta| ya| ahora| mañana| al| cuando| despues| en cuanto)"
        r"|(?:voy a|me voy a|pienso) usar (?:la|el|las|los|mi|mis|una|un) {MEDIOS}|(?:hoy|esta noche|mañana|ya) (?:uso|usare) (?:la|el|las|los|mi|mis) {MEDIOS}",
        skip="subject idiom cond hyper",
        ex=("esta noche me las tomo todas", "voy a usar la pistola de mi papa"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:cuando|en cuanto|apenas|despues de que|ni bien)(?: \w+){1,7} me (?:mato|suicido|cuelgo|ahorco|tiro|aviento|quito la vida)(?= ?$|,)",
        ex=("cuando mis papas se vayan a trabajar me mato",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:saliendo|sale|salio|brota|chorrea) (?:mucha|demasiada|un monton de|tanta) sangre|(?:mucha|demasiada|tanta) sangre (?:sale|saliendo|en el piso|por todos lados)",
        skip="tense",
        ex=("me corte y esta saliendo mucha sangre",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:la muerte|morir(?:me)?|morirse|estar muert[oa]) (?:seria|es|sera|suena|parece|se siente)(?: \w+){0,2} (?:un alivio|un descanso|lo mejor|mejor|la solucion|una salida|tentador|paz)",
        skip="neg",
        ex=("siento que la muerte seria un alivio",),
    ),
    R(
        "means",
        "urgent",
        r"(?:navaja|cuchilla|cuchillo|cutter|pistola|arma|revolver) (?:en|sobre|contra) (?:la|mi|mis|el) (?:muñeca|muñecas|muneca|munecas|cuello|cabeza|brazo|sien|garganta)",
        skip="neg",
        ex=("tengo la navaja en la muñeca ahora mismo",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:he vuelto|volvi|vuelvo|volvere) a (?:hacerme daño|hacerme dano|cortarme|lastimarme|autolesionarme|quemarme|golpearme)",
        skip="tense",
        ex=("he vuelto a hacerme daño",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"me (?:tomo|trago) (?:las|mis|todas las|todas mis) (?:pastillas|pastis|medicinas|medicamentos|pildoras)(?= ?$|,)"
        r"|(?:me voy a |voy a )?(?:meter(?:me)?|me meto) al (?:mar|rio|lago|agua)|(?:ya )?(?:prepare|organice|deje listo|arregle) todo(?= ?$|,)",
        skip="subject idiom cond hyper",
        ex=(
            "cuando todos se vayan me tomo las pastillas",
            "me voy a meter al mar",
            "ya prepare todo",
        ),
    ),
    R(
        "farewell",
        "hint",
        r"no (?:voy a|pienso) (?:salir|volver)(?= ?$|,)|(?:mañana|hoy|esta noche) me voy(?= ?$)",
        ex=("no voy a salir", "mañana me voy"),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"me (?:he vuelto|volvi) a (?:cortar|lastimar|quemar|hacer daño|hacer dano|golpear)",
        skip="tense",
        ex=("me he vuelto a cortar",),
    ),
    R(
        "place",
        "urgent",
        r"(?:estoy|parad[oa]|sentad[oa]|sigo|ando) (?:\w+ )?(?:en|sobre) (?:la )?cornisa|(?:en|sobre) el (?:borde|barandal) del (?:puente|edificio|balcon|techo)",
        skip="neg",
        ex=("estoy parada en la cornisa",),
    ),
    R(
        "place",
        "hint",
        r"(?:estoy|estoy parad[oa]|estoy sentad[oa]|aqui|sigo) (?:en|sobre|arriba de|al borde de|en el borde de|en la orilla de) (?:el |la |las |los |este |esta |del |de la )?(?:puente|azotea|techo|vias|cornisa|acantilado|muelle|presa)"
        r"(?!.*\b(?:esperando|fotos?|con (?:mis|mi|amigos|la|el|unos|unas)|para|tomando|viendo|arreglando|trabajando|paseando|comiendo|atardecer|amanecer|vista|sol|cafe|fiesta|tendiendo|ropa|regando|plantas|leyendo|lavando)\b)",
        skip="subject",
        ex=("estoy en el puente, ya no aguanto",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:me estoy|estoy|me voy a|quiero) desangr(?:ando|arme|ar)|(?:tomandome|tragandome|me estoy tomando|me estoy tragando) (?:las|mis|todas las) (?:pastillas|pastis|medicinas|pildoras)(?: \w+){0,2} (?:una (?:por|tras) (?:una|otra)|mientras escribo|ahora mismo|en este momento)",
        skip="tense",
        ex=("me estoy desangrando", "estoy tomandome las pastillas una por una"),
    ),
    R(
        "place",
        "urgent",
        r"(?:piso|planta) \d+(?: \w+){0,3} con las piernas (?:colgando|afuera|fuera)|con las piernas (?:colgando|afuera|fuera)(?: \w+){0,3} (?:piso|planta|azotea|terraza|balcon|ventana)",
        skip="neg",
        ex=("estoy en la terraza del piso 12 con las piernas colgando",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:la|mi) vida (?:ya )?no me importa(?: nada)?(?= ?$|,)",
        skip="neg",
        ex=("la vida ya no me importa",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:me tome|tome|me trague|trague|me acabo de tomar|acabo de tomarme) (?:toda la receta|todo el tratamiento|todo el mes|la receta entera)(?: de golpe| de una vez)?",
        skip="tense",
        ex=("me tome toda la receta de golpe",),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:la|tengo la) casa (?:esta )?sola|(?:estoy|me quede) sol[oa] en (?:la )?casa|nadie (?:esta )?en (?:la )?casa",
        skip="neg subject past idiom cond hyper",
        ex=("tengo la casa sola",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:es|sera) ahora(?= ?$|,)|ya es hora(?= ?$|,)",
        ex=("es ahora",),
    ),
    R(
        "place",
        "escalator",
        r"(?:me (?:subi|trepe|voy a subir)|voy a subir|estoy subiendo|subi) (?:a|al|en) (?:la|el)? ?(?:azotea|techo|puente|cornisa|barandal|ultimo piso)(?! (?:para|a) (?:la fiesta|tender|arreglar|ver|tomar))",
        skip="neg",
        ex=("me subi a la azotea del edificio",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:me )?(?:rasguño|araño|rasco|golpeo|pellizco|rasguñe|arañe) (?:los|las|mis|el|la) \w+ hasta (?:que )?sangr(?:en|an|e|a|ar)",
        skip="tense",
        ex=("me rasguño los brazos hasta que sangran",),
    ),
    R(
        "burden",
        "concern",
        r"(?:solo|nomas|nada mas) (?:ocupo|estoy ocupando) (?:espacio|lugar)",
        ex=("siento que solo ocupo espacio",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:me enojo|me molesta|odio|me decepciona|me frustra) (?:por |de )?(?:haber despertado|despertar otra vez|seguir viv[oa])"
        r"|ojala (?:me durmiera|dormirme|me quedara dormid[oa]) y (?:ya|no despertar|no despertara|nunca despertar)",
        skip="neg",
        ex=("a veces me enojo por haber despertado", "ojala me durmiera y ya"),
    ),
    R(
        "farewell",
        "concern",
        r"(?:ya )?no (?:voy a estar|estare) (?:aqui |aca )?(?:el|para el) (?:proximo|siguiente) año|(?:ya )?no (?:voy a estar|estare) (?:aqui |aca )?(?:el año que viene|en navidad|para mi cumpleaños)",
        skip="neg",
        ex=("creo que ya no voy a estar aqui el proximo año",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"no (?:veo|hay|imagino) (?:un|ningun) futuro (?:en el que|donde|en donde) (?:siga|este|sigo|estoy) (?:viv[oa]|aqui|aca)",
        skip="neg",
        ex=("no veo un futuro en el que siga viva",),
    ),
    R(
        "place",
        "hint",
        r"(?:voy|voy caminando|ando yendo|estoy yendo|voy corriendo|voy manejando|camino) (?:a|al|hacia|para) (?:las |el |la )?(?:vias|puente|azotea|acantilado|techo)"
        r"(?!.*\b(?:esperando|fotos?|con (?:mis|mi|amigos|la|el|unos|unas)|tomando|viendo|arreglando|trabajando|paseando|comiendo|atardecer|amanecer|vista|sol|cafe|fiesta|trabajo|escuela|clase)\b)",
        skip="subject",
        ex=("voy caminando a las vias del tren",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:las muñecas|las munecas|la muñeca|los brazos|el brazo|los cortes|mis muñecas|mis brazos) (?:estan |esta |me estan )?sangrando",
        skip="tense",
        ex=("tengo las muñecas sangrando y no voy a llamar a nadie",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:es|fue|sera) porque me (?:mate|suicide|quite la vida|colgue|mori)",
        ex=("si mañana no me conecto es porque me mate",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:rezo|ruego|pido|le pido a dios) (?:a dios )?(?:para |por )?(?:no despertar|morirme|que me lleve|no amanecer)"
        r"|(?:la )?ultima vez que (?:quise|tuve ganas de) vivir",
        skip="neg",
        ex=("a veces rezo para no despertar", "ya no me acuerdo la ultima vez que quise vivir"),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:mi cabeza|mi mente|las voces|una voz|algo) me (?:dice|dicen|repite|repiten) que me (?:mate|muera|corte|tire|haga daño|suicide)",
        skip="subject",
        ex=("mi cabeza me dice que me mate",),
    ),
    R(
        "means",
        "urgent",
        r"(?:en la|en mi|dentro de la) (?:tina|bañera|banera|ducha) con (?:una|la|mi|unas|las|mis) (?:navaja|cuchilla|cuchillas|cuchillo|gillette|cutter|pastillas)",
        skip="neg",
        ex=("estoy en la tina con una navaja",),
    ),
    R(
        "means",
        "escalator",
        r"{MEDIOS} (?:contadas|contados|listas|listos|preparadas|preparados|separadas|en fila)",
        skip="neg",
        ex=("tengo 40 pastillas contadas",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:despues de|tras|luego de) (?:tomarme|tragarme|haberme tomado|haberme tragado) (?:todas|todo|un frasco|una caja|muchas)"
        r"|(?:ya )?me (?:tome|trague) tod[oa]s(?= ?$|,)",
        skip="tense",
        ex=(
            "estoy tirada en el piso despues de tomarme todas las pastillas",
            "ya me tome todas, solo estoy esperando",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:ya )?se (?:que|cual) (?:arbol|puente|edificio|lugar|viga|tren)(?= ?$|,)"
        r"|uso (?:su|la|el|mi|las|sus) {MEDIOS}"
        r"|en (?:una|un par de|dos|\d+) (?:hora|horas|minutos) lo hago|lo hago en (?:una|un par de|dos|\d+) (?:hora|horas|minutos)",
        skip="subject idiom cond hyper",
        ex=("ya se que arbol", "mañana uso su pistola", "en una hora lo hago"),
    ),
    R(
        "timeframe",
        "escalator",
        r"cuando (?:mi|mis) \w+ (?:este|esten|se quede|se queden) (?:en el trabajo|fuera|dormid[oa]s?|de viaje)",
        skip="neg subject past idiom cond hyper",
        ex=("cuando mi papa este en el trabajo",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:solo )?estoy esperando(?= ?$|,)|esta vez me pase|voy para (?:alla|alli)(?= ?$|,)",
        skip="subject",
        ex=("solo estoy esperando", "esta vez me pase"),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"me (?:golpeo|pego|golpee) (?:la cabeza|los brazos|las piernas) (?:contra|en) (?:la|el) (?:pared|piso|puerta)",
        skip="tense",
        ex=("me golpeo la cabeza contra la pared",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"no (?:creo que )?quiera llegar a (?:los )?\d+",
        skip="neg",
        ex=("no creo que quiera llegar a los 30",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:me estoy tomando|estoy tomandome|tomandome|me estoy tragando) (?:todas|todos) (?:las|los|mis) (?:pastillas|pastis|medicinas|medicamentos|antidepresivos|pildoras|{MEDIOS})"
        r"|me (?:corte|raje|abri) (?:el|la|los|las|mis) (?:brazo|brazos|muñeca|muñecas|munecas|pierna|piernas|cuello)(?: \w+){0,3} (?:profundo|hondo|muy feo)"
        r"|(?:me tome|tome|me trague|trague|me bebi|bebi)(?: \w+){0,5} (?:y|con|mas) (?:toda la caja|todo el frasco|todas (?:las|mis)|un frasco|una caja|la caja entera|el frasco entero) (?:de )?(?:\w+ )?{MEDIOS}",
        skip="tense",
        ex=(
            "me estoy tomando todos mis antidepresivos ahora mismo",
            "me raje el brazo y es profundo",
            "me tome una botella de vodka y toda la caja de pastillas para dormir",
        ),
    ),
    R(
        "means",
        "urgent",
        r"(?:cuerda|soga|cinturon|lazo|cable|sabana) (?:en|alrededor de|al rededor de|amarrad[oa] a) (?:el|mi) cuello",
        skip="neg",
        ex=("estoy parado en una silla con el cinturon en el cuello",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:me las|me los) estoy (?:tomando|tragando)(?: \w+){0,2} (?:una por una|uno por uno|todas|todos|ahora mismo|ya)",
        skip="tense",
        ex=("me las estoy tomando una por una",),
    ),
    R(
        "means",
        "escalator",
        r"(?:colgue|amarre|ate|puse|prepare) (?:la|una|el|mi) (?:cuerda|soga|cinturon|lazo|sabana|cable)",
        skip="neg",
        ex=("ya colgue la cuerda del ventilador",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"me (?:las|los) (?:tome|trague|bebi) tod[oa]s",
        skip="tense",
        ex=("ya lo hice, me las tome todas",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:ya )?(?:la|lo) abri(?= ?$|,| toda| completa)|abri (?:la ventana|el balcon) (?:toda|de par en par|completa)|ya no (?:espero|aguanto esperar) mas",
        skip="subject idiom cond hyper",
        ex=("ya la abri", "ya no espero mas"),
    ),
    R(
        "means",
        "escalator",
        r"(?:piso|planta) \d+(?= ?$|,| y)|(?:estoy|ando|sigo)(?: \w+){0,4} con (?:una|la|mi|el) (?:soga|cuerda|pistola|navaja|cuchilla|arma)|(?:llevar(?:me)?|llevo|me llevo) (?:un|una|el|la|mis|las) (?:frasco de |caja de |bote de )?{MEDIOS}",
        skip="neg",
        ex=("estoy en la ventana del piso 14", "me voy a llevar un frasco de pastillas"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"esperando (?:a )?que algo me (?:mate|atropelle|lleve)|odio mi (?:existencia|vida entera)"
        r"|(?:para que|pa que|por que) (?:sigo|seguir) (?:intentando|tratando de) vivir",
        skip="neg",
        ex=(
            "solo estoy esperando que algo me mate",
            "odio mi existencia",
            "para que sigo intentando vivir",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:les )?haria un favor (?:a todos |a mi familia )?si (?:desapareciera|me muriera|me fuera|no estuviera|me matara)",
        ex=("les haria un favor a todos si desapareciera",),
    ),
    R(
        "means",
        "escalator",
        r"(?:me )?(?:tome|trague) (?:demasiadas|demasiados|muchisimas)(?= ?$|,)",
        skip="neg",
        ex=("me tome demasiadas",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:el corazon se me (?:para|detiene)|siento el corazon (?:lento|muy lento|parado))|no siento (?:los dedos|las manos|las piernas)"
        r"|(?:todo|el cuarto|la pieza|la habitacion) me da vueltas|me zumban los oidos",
        ex=("siento que el corazon se me para",),
    ),
    R(
        "means",
        "escalator",
        r"(?:piedras|rocas|plomos|pesas) en (?:los|mis) bolsillos|(?:mis )?bolsillos (?:llenos|cargados) de (?:piedras|rocas|plomos|pesas)",
        skip="neg subject past idiom cond hyper",
        ex=("con piedras en los bolsillos de la campera",),
    ),
    R(
        "place",
        "escalator",
        r"(?:estoy|sentad[oa]|parad[oa]) (?:en|al) (?:la punta|el borde|el final|el extremo) del (?:muelle|malecon|espigon|embarcadero)",
        skip="neg subject past idiom cond hyper",
        ex=("estoy en la punta del muelle",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:ya )?encontre (?:una|un|la|el) (?:buena |buen )?(?:rama|arbol|viga|lugar|puente|edificio)|(?:ya )?(?:puse|tengo|elegi|escogi) (?:la |una )?fecha(?= ?$|,| y)",
        skip="subject idiom cond hyper",
        ex=("ya encontre una buena rama", "ya puse fecha y es mañana"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:no me importaria|me daria igual|no me molestaria) (?:no despertar|morirme|morir|que me pasara algo|no volver a despertar)",
        skip="neg",
        ex=("no es que sea suicida pero no me importaria no despertar",),
    ),  # --- estructura: el medio a mano, una cantidad, un momento elegido -------------------
    R(
        "means",
        "urgent",
        r"{MEDIOS} (?:ya )?(?:esta |estan |las tengo |la tengo |lo tengo |los tengo )?(?:aqui |ya )?(?:frente a mi|delante de mi|enfrente de mi|enfrente mio|en (?:la|mi|mis) manos?"
        r"|en mi regazo|al lado mio|a mi lado|junto a mi|en el cuello|alrededor del cuello|en mi cuello|contra (?:mi|la) (?:muñeca|piel|cuello|cabeza|sien)|en (?:la|mi) (?:muñeca|sien|boca|cabeza))"
        r"(?!.*\b(?:cocinando|cocina|cebolla|picando|pelar|pelando|fruta|manzana|comida|cena|almuerzo|clase|afeitar\w*|depilar\w*)\b)",
        ex=("tengo las pastillas frente a mi", "la navaja en la mano", "el cinturon en el cuello"),
    ),
    R(
        "means",
        "urgent",
        r"(?:tengo|junte|he juntado|llevo juntando|guarde|he guardado|ahorre|conte|compre|acumule|tengo guardadas|tengo juntadas|tengo contadas)"
        r" (?:como |unas |unos |mas de |casi |ya )?(?:[1-9]\d{1,2}|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|doscientas|un monton de|muchisimas)"
        r" (?:de )?(?:mis |las |sus )?{MEDIOS}(?! (?:al|por) (?:dia|mes|semana)| para el mes| recetad)",
        ex=("tengo como 40 pastillas", "junte cincuenta de mis pastillas"),
    ),
    R(
        "intent",
        "urgent",
        r"{CUANDO},? (?:ya )?(?:lo hago|me (?:mato|voy|tiro|aviento|cuelgo|ahorco|corto|las tomo|la tomo|lo tomo|tomo (?:todo|todas|las|el|la|mis))|las tomo|me las trago|acabo con todo|termino con todo|lo voy a hacer|me voy a (?:matar|tirar|colgar|cortar|tomar))"
        r"|(?:lo hago|me (?:mato|tiro|aviento|cuelgo|ahorco|las tomo)|me tomo (?:todas|todo|las pastillas|el frasco)|me las tomo|lo voy a hacer|me voy a (?:matar|tirar|colgar|tomar (?:todas|todo|las pastillas|el frasco)))(?: \w+){0,3} {CUANDO}",
        ex=("cuando se duerman lo hago", "me las tomo cuando se vayan"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:ya )?(?:escribi|deje|he escrito|he dejado|termine|tengo escritas|tengo listas) (?:las|mis|unas|todas las) cartas|(?:las|mis) cartas (?:ya )?(?:estan )?(?:escritas|listas|hechas|en (?:la|mi) (?:mesa|cama|escritorio))"
        r"|(?:escribi|deje|he dejado|dejo) (?:una |la |mi |unas )?cartas? (?:para|a) (?:todos|mi familia|mis \w+|mi (?:mama|papa|madre|padre|herman[oa]|hij[oa]|novi[oa]|espos[oa]|jef[ae]|vieja|viejo|pareja))"
        r"|(?:esta vez )?(?:no me voy a echar para atras|no hay vuelta atras|no me voy a detener|no me detengo)(?: esta vez)?|esta vez va en serio|(?:ya )?(?:llego|es) la hora(?= ?$)",
        skip="neg",
        ex=("ya escribi las cartas", "deje una carta para mi mama", "no hay vuelta atras"),
    ),
    R(
        "farewell",
        "hint",
        r"(?:hoy|esta noche|mañana|ya) me voy(?: para siempre| de aqui)?(?= ?$|,)|me voy (?:lejos )?para siempre",
        skip="neg",
        ex=("hoy me voy",),
    ),
    R(
        "hopelessness",
        "concern",
        r"(?:que|cual es el|para que) sentido (?:tiene|tendria) (?:seguir|vivir|estar aqui|estar viv[oa]|seguir viviendo|levantarme|despertar|existir)(?! (?:con|en) (?:la|el|esta|este) (?:carrera|trabajo|relacion|clase|curso|serie))",
        ex=("que sentido tiene seguir",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"me (?:corto|sigo cortando|vuelvo a cortar|lastimo|hago daño)(?= cuando| para| porque| todos los dias| seguido| a veces| cada (?:vez|noche|dia)| otra vez| de nuevo)",
        ex=("me corto cuando estoy mal",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:me voy a|voy a|ya me voy a|hoy me voy a) (?:dar|pegar|meter) un (?:tiro|balazo|disparo)|(?:darme|pegarme|meterme) un (?:balazo|disparo)"
        r"|(?:voy a|me voy a|pienso) (?:manejar|ir|caminar|subir|llegar|irme|manejar) (?:hasta|a|al) (?:\w+ ){0,2}{LUGAR} (?:y|para) (?:saltar|tirarme|aventarme|lanzarme|colgarme|matarme)",
        ex=("me voy a dar un tiro esta noche", "voy a manejar hasta el puente y saltar"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:estoy|me siento|ando) (?:tan |muy |re |bien )?(?:podrid[oa]|hasta la madre|hasta el gorro|hasta la coronilla|hasta el culo) de (?:vivir|la vida|mi vida|existir|estar viv[oa]|todo)",
        ex=("estoy podrida de vivir",),
    ),
    R(
        "timeframe",
        "escalator",
        r"al rato|en un rato|en un ratito|ahorita(?= ?$|,)",
        skip="neg subject past idiom cond hyper",
        ex=("al rato",),
    ),
    R(
        "means",
        "urgent",
        r"(?:la |el |mi )?(?:cuerda|soga|cinturon|viga|rama|gancho|nudo|lazo) (?:ya )?(?:aguanta|resiste|soporta|sostiene|aguanto|resistio|sostuvo)(?: mi peso| bien)?(?= ?$|,| ya)"
        r"(?!.*\b(?:escal\w*|kg|kilos?|columpio|hamaca|carpa|barco|llanta)\b)",
        ex=("la cuerda aguanta",),
    ),
    R(
        "means",
        "escalator",
        r"(?:tengo|con|tengo aqui) (?:el|un|los|mi) (?:frasco|frascos|blister|blisters|bote|tarro)(?: de \w+)? (?:abierto|abiertos|lleno|llenos|entero|enteros|de pastillas)"
        r"|(?:pastillas|frasco|pastis|medicinas)(?: \w+){0,3} (?:y|con|junto a) (?:un|el) vaso de (?:agua|vino|alcohol)",
        skip="neg",
        ex=("tengo el frasco abierto", "las pastillas y un vaso de agua"),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:esta noche|hoy|mañana|ya|pronto),? me (?:voy a reunir|reuno|junto|voy a juntar|voy) con (?:mi |mis )?(?:viejo|vieja|mama|papa|madre|padre|espos[oa]|hij[oa]|herman[oa]|abuel[oa]|novi[oa]|dios|jesus|el señor|los angeles)"
        r"|me (?:voy a reunir|reuno|voy a juntar) con (?:mi |mis )?(?:viejo|vieja|mama|papa|madre|padre|espos[oa]|hij[oa]|herman[oa]|abuel[oa]|dios)(?: \w+){0,2} (?:esta noche|hoy|mañana|pronto)",
        ex=("esta noche me voy con dios", "me voy a reunir con mi viejo esta noche"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"lo unico que me (?:mantiene|tiene|retiene|sostiene) (?:aqui|aca|viv[oa]|con vida|en este mundo)"
        r"|(?:le )?(?:pido|rezo|ruego) (?:a dios )?(?:para )?que (?:dios |la muerte )?(?:ya )?me (?:lleve|recoja|lleve pronto)",
        ex=(
            "lo unico que me mantiene aqui es mi perro",
            "le pido a dios que me lleve mientras duermo",
        ),
    ),
    R(
        "hopelessness",
        "hint",
        r"(?:la vida|vivir|existir) me pesa(?: demasiado| mucho| tanto)?|(?:quiero|quisiera) (?:salirme|bajarme|irme) de (?:todo|la vida|este mundo)(?= ?$|,)"
        r"|(?:deje|dejo|estoy dejando|ya no tomo|deje de tomar) (?:de tomar )?(?:mis |las |la |el )?(?:pastillas|medicinas|insulina|tratamiento|quimio|dialisis|medicamentos)"
        r"|si me pasa algo,? (?:que pase|me da igual|ni modo|pues que pase)",
        ex=("la vida me pesa demasiado", "deje de tomar mis pastillas", "si me pasa algo que pase"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:rio|mar|lago|agua|olas|corriente|presa)(?: \w+){0,4},? (?:y )?(?:voy a|me voy a) (?:entrar|meterme|caminar|adentrarme)(?= ?$|,| ya| ahora| esta noche)",
        skip="neg",
        ex=("el rio esta crecido y voy a entrar",),
    ),
    R(
        "farewell",
        "concern",
        r"(?:esta es|esto es|aqui va) mi despedida|ya no me (?:van a|vas a|volveran a|volveras a) (?:volver a )?ver(?: nunca| mas| nunca mas)?(?= ?$|,)",
        ex=("esta es mi despedida", "ya no me van a volver a ver"),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:perdon(?:en|enme|ame|a)?|disculp(?:en|enme|ame)|lo siento) por lo que (?:voy a hacer|estoy por hacer|voy a hacerme|estoy a punto de hacer|hare)",
        ex=("perdonenme por lo que voy a hacer",),
    ),
    R(
        "farewell",
        "hint",
        r"me despido de (?:todos|todas|ustedes|ti|vos)",
        ex=("me despido de todos",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"me (?:corte|raje|abri) (?:las venas |los brazos |las muñecas )?(?:y (?:es|esta|fue) )?(?:muy |bien |re |demasiado |super )?(?:profundo|hondo|feo)(?= ?$|,| y| no)",
        skip="neg",
        ex=("ya me corte y es profundo", "me corte feo"),
    ),
    R(
        "farewell",
        "urgent",
        r"(?:si|cuando) (?:alguien|alguno|ustedes|mi \w+) (?:encuentra|encuentran|encuentre|encuentren|halla|hallan) mi cuerpo",
        ex=("si alguien encuentra mi cuerpo",),
    ),
    R(
        "means",
        "escalator",
        r"(?:moli|triture|machaque|aplaste|disolvi) (?:las|mis|todas las) (?:pastillas|pastis|medicinas)|(?:las|los) (?:eche|puse|meti|disolvi) en (?:el|la|mi) (?:jugo|agua|bebida|cafe|vaso|refresco|cerveza|te)"
        r"(?!.*\b(?:abuel[oa]|mama|papa|hij[oa]|perr[oa]|gat[oa]|paciente|tragar)\b)",
        skip="neg",
        ex=("ya moli las pastillas", "las eche en el jugo"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"hoy se acaba(?: todo)?(?= ?$|,)|(?:lo voy a hacer|lo hago) (?:ya|hoy|ahora|esta noche|ahorita)(?= ?$|,)"
        r"|no (?:voy a )?(?:regresar|volver|salir)(?: \w+)? (?:nadando|a la orilla|del agua)|(?:esta vez )?no me voy a bajar",
        skip="neg",
        ex=("hoy se acaba", "lo voy a hacer ya", "no voy a regresar nadando"),
    ),
    R(
        "place",
        "escalator",
        r"(?:estoy|ando) (?:en|dentro del|metid[oa] en) (?:el|la) (?:agua|rio|mar|lago|presa)(?= ?$|,| y)",
        skip="neg",
        ex=("estoy en el agua",),
    ),
    R(
        "plan",
        "urgent",
        r"primero (?:las muñecas|la soga|las pastillas|el cuchillo|la navaja|el arma)(?: \w+){0,2},? (?:y )?(?:luego|despues) (?:las muñecas|la soga|las pastillas|el cuchillo|la navaja|el arma|el puente|el agua|saltar)",
        ex=("primero las muñecas y luego las pastillas",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:me imagino|imagino|fantaseo con|sueño con|pienso mucho en) (?:mi (?:propio )?funeral|mi (?:propia )?muerte|estar muert[oa]|no despertar|mi entierro)",
        ex=("me imagino mi propio funeral",),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:mi cabeza|mi mente|una voz|las voces|mi depresion)(?: \w+){0,2} (?:me )?(?:repite|repiten|dice|dicen|grita|gritan|susurra|pide|piden)(?: que)? (?:matate|me mate|me muera|muerete|hazlo|salta|tirate|acaba con todo|me suicide)",
        ex=("mi cabeza repite matate todo el dia",),
    ),
    R(
        "not_safe",
        "concern",
        r"no me siento (?:a salvo|segur[oa]) (?:conmigo mism[oa]|sol[oa]|esta noche|en mi casa)",
        skip="neg",
        ex=("no me siento a salvo conmigo misma esta noche",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"me (?:pego|golpeo|rasguño|muerdo|quemo|corto|lastimo) (?:a mi mism[oa] |los brazos |las piernas |las muñecas |la piel |los muslos |el brazo )?(?:cuando|si|cada vez|para|porque|hasta)"
        r"|reca(?:i|igo|yendo) (?:en|con) (?:las autolesiones|la autolesion|los cortes|cortarme|el cutting)",
        skip="neg",
        ex=("me pego a mi mismo cuando me enojo", "recai en las autolesiones"),
    ),
    R(
        "means",
        "urgent",
        r"(?:coche|carro|auto|motor|camioneta) (?:en marcha|prendido|encendido|andando|arrancado)(?: \w+){0,3} (?:en|dentro del|dentro de|adentro del) (?:el |la )?(?:garaje|cochera|garage)(?: \w+)? cerrad[oa]"
        r"|(?:abri|deje abierta|deje abierto|prendi) (?:la llave del |la llave de |el )?gas(?: \w+){0,5} (?:cerre|cerradas|cerrados|tape|selle) (?:las |los |todas las )?(?:ventanas|puertas|rendijas)",
        ex=(
            "tengo el coche en marcha dentro del garaje cerrado",
            "abri la llave del gas y cerre las ventanas",
        ),
    ),
    R(
        "place",
        "urgent",
        r"(?:me paso|me pase|pase|cruce|salte|me subi a|me subo a|estoy del otro lado de|del otro lado de) (?:la|el) (?:baranda|barandilla|barandal|valla|reja|muro|pretil)",
        skip="neg",
        ex=("ya me paso la baranda",),
    ),
    R(
        "place",
        "escalator",
        r"(?:estoy|ando|sigo) (?:arriba del|arriba de|encima del|sobre el|sobre la|en lo alto del|en lo alto de) (?:la |el )?{LUGAR}",
        skip="neg",
        ex=("estoy arriba del puente",),
    ),
    R(
        "farewell",
        "concern",
        r"(?:os|les|te|vengo a|quiero|para) (?:escribo para )?despedir(?:me|os|les|te|nos)(?= ?$|,| de todos| de ustedes| de vosotros)",
        ex=("os escribo para despediros",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:ya )?(?:empiezo a|estoy empezando a|comienzo a) (?:notar|sentir) (?:el efecto|los efectos|las pastillas|como hacen efecto)",
        ex=("ya empiezo a notar el efecto",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:ya )?no (?:deseo|quiero|tengo ganas de) seguir (?:viviendo|con vida|aqui|en este mundo|existiendo)",
        skip="neg",
        ex=("ya no deseo seguir viviendo",),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:me estoy deshaciendo|deshaciendome|me deshice|me deshago|me voy a deshacer|deshacerme) de (?:todas )?(?:mis|todas mis) (?:cosas|pertenencias|posesiones)",
        ex=("me estoy deshaciendo de mis cosas",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:me )?(?:quiero|quisiera|voy a|gustaria|necesito)(?: \w+)? (?:dar(?:me)?|darme) de baja de (?:la vida|este mundo|la existencia|todo)"
        r"|(?:para que|por que|pa que) sigo (?:viv[oa]|aqui|respirando|existiendo)",
        ex=("me quiero dar de baja de la vida", "para que sigo viva"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:me voy a|voy a|ya me voy a|hoy me voy a) (?:dar de baja de (?:este mundo|la vida)|borrar (?:para siempre|de este mundo|del mapa))(?: \w+){0,2} (?:esta noche|hoy|mañana|ahorita|al rato|ya)"
        r"|(?:esta noche|hoy|mañana|ya),? me (?:voy a )?(?:dar de baja de (?:este mundo|la vida)|borrar para siempre|borro para siempre)",
        ex=("me voy a borrar para siempre esta noche",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:hoy|esta noche|mañana|ahorita|al rato|ya) me (?:las|los) (?:tomo|trago|bebo) (?:todas|todos)"
        r"|me (?:las|los) (?:tomo|trago) (?:todas|todos) (?:hoy|esta noche|mañana|ahorita|al rato|ya)",
        ex=("hoy me los tomo todos",),
    ),
    R(
        "place",
        "escalator",
        r"(?:estoy )?(?:subiendo|subi|me subi|trepando|trepe) (?:al|a la|a el|hasta el|hasta la) (?:tanque de agua|torre|puente|azotea|techo|edificio|antena|grua|silo)",
        skip="neg",
        ex=("estoy subiendo al tanque de agua",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"nadie me (?:va a|podra|puede) (?:ver|encontrar|detener|parar)(?: \w+){0,2}(?= ?$|,| hasta| antes)",
        skip="neg",
        ex=("nadie me va a ver hasta mañana",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:quisiera|ojala|me gustaria) (?:haber muerto|hubiera muerto|me hubiera muerto|no haber vuelto|no haber sobrevivido|haberme muerto)",
        skip="past",
        ex=("quisiera haber muerto alla con mis compañeros",),
    ),
    R(
        "hopelessness",
        "concern",
        r"no (?:se|veo) como (?:seguir|puedo seguir|voy a seguir|aguantar) (?:viviendo|asi|adelante|con esto)"
        r"|no (?:me queda|tengo) nada (?:por|para) (?:que|lo que) vivir|no tengo (?:por|para) (?:que|quien) vivir",
        ex=("no se como seguir viviendo asi", "no me queda nada por que vivir"),
    ),
    R(
        "intent",
        "urgent",
        r"(?:voy a|me voy a|lo voy a|hoy|esta noche|mañana|ya) (?:estrellar|estampar|chocar|meter|aventar|tirar)(?:lo|la)? (?:el|mi|la) (?:carro|auto|coche|camion|camioneta|troca|moto|trailer) (?:contra|debajo de|bajo|por)"
        r"|(?:agarro|tomo|cojo|saco) (?:el|mi|la) (?:carro|auto|coche|camion|camioneta|troca|moto) y (?:lo |la )?(?:estrello|estampo|choco|meto|aviento|tiro) (?:contra|debajo de|bajo|por|al|a la|en)",
        ex=(
            "hoy a la noche agarro el auto y lo estampo contra un camion",
            "voy a estrellar el carro contra un arbol",
        ),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:pienso|pensando|penso|pense) (?:mucho |seguido )?en (?:estrellar|chocar|estampar|tirar) (?:el|mi) (?:carro|auto|coche|camion|moto) (?:contra|en|por)",
        ex=("pienso en estrellar el carro contra un arbol",),
    ),
    R(
        "place",
        "escalator",
        r"^(?:en|arriba de|arriba del|sobre|encima de) (?:la |el )?(?:azotea|techo|puente|cornisa|vias|barandal|barandilla|terraza|balcon|ultimo piso|acantilado)(?= ?$|,| ya| ahora| sol[oa])",
        skip="neg",
        ex=("en la azotea",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:^|(?<=, ))es (?:esta noche|hoy|mañana|ahora)$|(?:^|(?<=, ))(?:ultimo|mi ultimo) mensaje$",
        skip="neg",
        ex=("es esta noche",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:ya )?no quiero seguir (?:en|con) (?:esta|la|mi) (?:vaina|vida|mierda|existencia|porqueria)(?= ?$|,)",
        skip="neg",
        ex=("ya no quiero seguir en esta vaina",),
    ),
    R(
        "suicidal_thoughts",
        "concern",
        r"(?:cuanto|cuánto) (?:tarda|tardan|tardaria) en (?:hacer efecto|morir|morirse|desangrarse|ahogarse)|(?:duele|dolera|dolería) (?:ahorcarse|colgarse|cortarse las venas|tirarse|saltar|morir|una sobredosis|ahogarse)"
        r"|que (?:pasa|pasaria) si (?:me )?(?:tomo|trago|tomara|tragara) (?:todas|\d+|un frasco)"
        r"|pensar en (?:matarse|suicidarse|quitarse la vida|morirse|matarme|suicidarme) (?:todos los dias|todo el tiempo|seguido|siempre|a cada rato)"
        r"|me pregunto (?:como|cómo) seria (?:dejar de existir|no existir|morir|estar muert[oa]|desaparecer)"
        r"|(?:pienso|pensando) (?:mucho |seguido |todo el tiempo )?en (?:no estar viv[oa]|no existir|estar muert[oa]|no despertar)",
        ex=(
            "cuanto tarda en hacer efecto si me tomo 40 pastillas",
            "duele ahorcarse",
            "me pregunto como seria dejar de existir",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:ya )?(?:las|los) tengo (?:aqui|aca|conmigo|en la mano|listas|listos|contadas|contados)",
        skip="neg",
        ex=("ya las tengo aqui",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:voy a|pienso|quiero|estoy por) hacer una (?:locura|tonteria|estupidez)",
        skip="neg",
        ex=("voy a hacer una locura",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:cuando|en cuanto|apenas) (?:se (?:meta|ponga|oculte) el sol|oscurezca|anochezca|amanezca|caiga la noche)(?: \w+)?,? (?:salto|me tiro|me aviento|me mato|lo hago|me cuelgo|me las tomo)",
        ex=("cuando se meta el sol salto",),
    ),
    R(
        "self_harm_recent",
        "concern",
        r"(?:esconder|esconderle|escondo|tapar|tapo|ocultar|oculto) (?:los|mis) (?:cortes|cicatrices|marcas|heridas)",
        ex=("como escondo los cortes de mis papas",),
    ),
    R(
        "hopelessness",
        "concern",
        r"no me veo (?:pasando|llegando a|sobreviviendo|terminando|viv[oa] en) (?:este|el proximo|fin de|otro) (?:año|mes|invierno)",
        ex=("no me veo pasando este año",),
    ),
    # --- tercera ronda: la decisión tomada, el momento elegido, los medios guardados ---------
    R(
        "intent",
        "urgent",
        r"(?:tome|he tomado|ya tome|ya he tomado|tengo tomada) la decision de {MATARME}"
        r"|(?:ma[nñ]ana|hoy|esta noche|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|cuando (?:\w+ ){1,5}?)(?:,? )?(?:ya )?(?:yo )?no voy a estar(?= ?$|,|\.| aqui| aca| mas)"
        r"|ya no voy a estar (?=ma[nñ]ana|para (?:el|cuando|ma[nñ]ana)|cuando)"
        r"|(?:cuando|en cuanto|apenas|que) se (?:vayan|vaya|duerman|duerma|van|acuesten)(?: \w+){0,4},? lo hago(?= ?$|,|\.)"
        r"|(?:lo voy a|voy a|me lo voy a) mezclar(?: todo| todas| las pastillas)? con (?:la botella|el alcohol|el whisky|el vodka|el vino|el tequila|el ron)",
        ex=(
            "he tomado la decision de terminar con mi vida esta semana",
            "cuando llegue de la escuela ya yo no voy a estar",
            "mañana que se vayan todos a misa lo hago",
            "lo voy a mezclar todo con la botella",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"(?:pastillas|pastis|metadona|medicinas|medicamentos|morfina|insulina|clonazepam|rivotril|pastillas para dormir) que (?:he ido|fui|he estado|llevo (?:\w+ ){0,2}|estuve) (?:guardando|juntando|ahorrando|acumulando)"
        r"|(?:he dejado|deje|dejo|he dejado de tomar|deje de tomar) (?:la |mi |mis |el )?(?:medicacion|medicina|insulina|tratamiento|pastillas)(?: \w+){0,3} (?:adrede|a proposito|aposta|para no despertar|para morir)",
        ex=(
            "me tomo las pastillas que he ido guardando",
            "he dejado la medicacion del corazon adrede",
        ),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"me (?:corte|he cortado) mas (?:hondo|profundo) (?:que|de lo)"
        r"|(?:cortes|cortando|cortarme)(?: \w+){0,4} y no (?:pienso|quiero|voy a) parar"
        r"|me (?:hice|he hecho) (?:\w+ ){0,2}cortes(?: \w+){0,6} hace (?:un rato|poco|\w+ minutos|media hora)",
        skip="tense",
        ex=(
            "me corte mas hondo que otras veces",
            "ya me he hecho varios cortes y no pienso parar",
            "me hice cortes en el antebrazo hace un rato",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:la|el|mi|las|los) (?:pistola|arma|escopeta|rifle|cuerda|soga|cuchilla|navaja|pastillas) (?:de mi \w+ )?(?:ya )?(?:esta|estan|la tengo|lo tengo) (?:en (?:el|la|mi) (?:carro|troca|coche|auto|camioneta|cuarto|cajon|mochila|bolsa|guantera)|escondid[oa]s?|aqui|aca|conmigo)"
        r"|compre lo que (?:necesitaba|me hacia falta)|lo tengo escondido",
        skip="neg",
        ex=("la pistola de mi tio esta en el carro", "compre lo que necesitaba"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:el|este|hasta el) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) se (?:acaba|termina) todo|lo tengo (?:todo )?(?:decidido|pensado)(?= ?$|,|\.| hace| desde| para)",
        skip="idiom cond hyper",
        ex=("el viernes se acaba todo", "lo tengo decidido hace semanas"),
    ),
    R(
        "timeframe",
        "escalator",
        r"antes (?:de )?que se (?:levanten|despierten|levante|despierte)(?: \w+){0,2}",
        skip="neg past idiom cond hyper",
        ex=("antes que se levanten mis viejos",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"ojala (?:ya )?no (?:me )?(?:despertara|despierte|despertar|volviera a despertar)|esperando no (?:despertar(?:me)?|volver a despertar)"
        r"|(?:le pido a dios|pido a dios|le pido a diosito|rezo para|rezo) (?:que )?(?:no me (?:deje )?despertar|me lleve|me recoja)"
        r"|si (?:ma[nñ]ana )?no me despierto(?: \w+){0,2} (?:no )?me (?:importaria|daria igual)"
        r"|me (?:da|daria) (?:completamente |totalmente )?igual (?:seguir o no|vivir o no|si (?:me )?(?:despierto|muero) o no)"
        r"|me (?:chupa un huevo|vale madre|vale verga|importa un carajo|da lo mismo) si (?:ma[nñ]ana )?(?:me despierto|despierto|sigo|vivo) o no"
        r"|no se (?:ni )?para que sigo",
        skip="neg",
        ex=(
            "pienso que ojala no me despertara",
            "a veces tomo esperando no despertar",
            "le pido a dios que no me deje despertar",
            "si mañana no me despierto tampoco me importaria mucho",
            "me da completamente igual seguir o no",
            "no se para que sigo",
        ),
    ),
    R(
        "self_harm_urge",
        "concern",
        r"ganas (?:\w+ )?de volver a (?:cortarme|lastimarme|hacerme daño|hacerme dano|autolesionarme|quemarme)"
        r"|no paro de pensar en (?:las tijeras|la cuchilla|la navaja|el cutter|cortarme|hacerme daño|hacerme dano)"
        r"|(?:aguantan|aguantar|aguanto|resisto|resistir|se resisten) las ganas de (?:cortarse|cortarme|lastimarse|lastimarme|hacerse daño|hacerme daño)",
        skip="neg",
        ex=(
            "tengo muchas ganas de volver a cortarme",
            "no paro de pensar en las tijeras del escritorio",
            "como se aguantan las ganas de cortarse",
        ),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:le |les )?regale (?:mi|mis) \w+ a (?:mi |la |el |los )?\w+ y (?:mis |mi |la |el |los |las )?\w+ a (?:mi |la |el |los )?\w+",
        ex=("le regale mi moto a mi sobrino y la tele a mi comadre",),
    ),
    R(
        "farewell",
        "concern",
        r"si (?:algun dia |un dia |un tiempo )?(?:ya no me conecto|dejo de (?:venir|escribir|conectarme|aparecer)(?: \w+){0,3}|me callo(?: del todo)?|ya no me ven(?: por aqui)?),? (?:q|que) sepan (?:q|que)"
        r"|(?:sepan|sabed|quiero que sepan|que sepan) (?:q|que) (?:los|las|os) quise mucho"
        r"|si dejo de escribir(?: \w+){0,3},? gracias por todo",
        ex=(
            "si algun dia ya no me conecto q sepan q los quise mucho",
            "si dejo de escribir un tiempo, gracias por todo",
        ),
    ),
    R(
        "burden",
        "concern",
        r"(?:sin mi|si yo no estuviera|si no estuviera) (?:\w+ ){0,3}(?:tendria|tendrian|estaria|estarian|seria|serian|podria|podrian) (?:su vida|sus vidas|mejor|mas tranquil|libres?)"
        r"|nadie tendria que (?:cuidarme|preocuparse por mi|aguantarme|bañarme|mantenerme) si (?:yo )?no estuviera"
        r"|(?:estarian|estaria) mejor sin vos",
        ex=(
            "sin mi tendria su vida de vuelta",
            "nadie tendria que cuidarme si yo no estuviera",
            "todos estarian mejor sin vos",
        ),
    ),
    # --- cuarta ronda: fichas de ánimo, respuestas en hilos, el cuerpo como medio ------------
    R(
        "self_harm_now",
        "urgent",
        r"van (?:\w+|\d+) cortes|(?:el auto|el carro|el coche|la camioneta) en el gara(?:ge|je) con el motor (?:prendido|encendido|en marcha)"
        r"|(?:me he dado|me di|me estoy dando|me pegue|me estoy pegando|me queme|me estoy quemando)(?: \w+){0,10} (?:y|e) (?:voy a|pienso) seguir"
        r"|(?:voy a|pienso) seguir hasta que (?:el cuerpo|mi cuerpo|el corazon|me muera|no aguante)",
        skip="tense",
        ex=(
            "van cinco cortes",
            "tengo el auto en el garage con el motor prendido",
            "me he dado con el martillo en la mano hasta no sentirla y voy a seguir",
            "voy a seguir hasta que el cuerpo no aguante mas",
        ),
    ),
    R(
        "intent",
        "urgent",
        r"voy a dejar de comer hasta (?:desaparecer|morir(?:me)?|que me muera)|esta noche lo hago(?= ?$|,|\.)"
        r"|a las \d+(?: \w+)? (?:termino|acabo) con (?:todo esto|todo|esto)",
        ex=(
            "voy a dejar de comer hasta desaparecer",
            "esta noche lo hago",
            "a las 12 termino con todo esto",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"(?:guarde|he guardado|fui guardando|le fui guardando|he ido guardando) (?:toda|todas|todo)(?: la| las| el)? (?:vieja|viejas|medicacion|pastillas|medicina|lo que)"
        r"|(?:todo )?lo que (?:he ido|fui|llevo|le fui) (?:guardando|juntando)"
        r"|(?:pastillas|pastis|medicinas) que (?:le |les )?(?:fui|he ido) (?:guardando|juntando)",
        ex=(
            "guarde toda la vieja",
            "me tomo todo lo que he ido guardando",
            "las pastillas que le fui guardando a mi mama",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:estoy|ya estoy|sigo|estoy sentad[oa]) (?:justo ahora |ahora |arriba |aca arriba |aqui arriba )?en (?:la|el) (?:azotea|terraza|techo|baranda|puente|cornisa|borde|vias|acantilado)"
        r"|(?:manejo|voy|paso|camino|conduzco) (?:hasta|por) (?:el |la )?(?:acantilado|puente|vias|rio|mar|azotea)",
        skip="neg media",
        ex=(
            "ya estoy arriba en la azotea de la obra",
            "estoy justo ahora en la terraza del edificio",
            "manejo hasta el acantilado de siempre",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"voy a (?:brincar|saltar|tirarme|aventarme)(?= ?$|,|\.)|me voy a (?:tirar|aventar|lanzar)(?= ?$|,|\.| de (?:ahi|alli|aqui|ahi arriba))|ya tengo todo (?:ahi|aqui|aca|listo|preparado)(?: en (?:el|la|mi) \w+)?(?= ?$|,|\.| y)"
        r"|(?:termino|voy a terminar|terminar|acabo|voy a acabar|acabar) con (?:todo esto|todo|esto)(?= en| esta| hoy| ma[nñ]ana| cuando| ?$|,|\.)"
        r"|lo hago (?:en el|con (?:sus|las|mis))|ya (?:elegi|escogi|puse) (?:el dia|la fecha|la hora)"
        r"|(?:y|hoy) no vuelvo(?: a casa)?(?= ?$|,|\.)|(?:aqui |aca )?lo voy a (?:acabar|terminar)(?= esta noche| hoy| ma[nñ]ana| el)"
        r"|dios me esta llamando",
        skip="idiom cond hyper",
        ex=(
            "voy a brincar",
            "ya tengo todo ahi",
            "terminar con esto en el garaje",
            "lo hago con sus pastillas",
            "ya elegi el dia",
            "hoy no vuelvo a casa",
            "aqui lo voy a acabar esta noche",
            "dios me esta llamando",
        ),
    ),
    R(
        "means",
        "escalator",
        r"tengo (?:el frasco|la caja|el blister|las pastillas|la pistola|la cuerda|la cuchilla|la navaja)(?: de \w+)? en (?:la|el|mi) \w+"
        r"|(?:ya )?tengo guardad[oa]s? (?:en (?:la|el) \w+ )?(?:el veneno|las pastillas|la pistola|la cuerda|el arma)",
        skip="neg",
        ex=(
            "tengo el frasco de clonazepam en la mochila",
            "ya tengo guardado en la troca el veneno",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"esperando (?:a )?que (?:mi|la|el) \w+(?: \w+){0,3} se (?:duerma|vaya|acueste)"
        r"|(?:cuando|en cuanto|apenas|que) (?:mi|mis|la|el) \w+(?: \w+)? se (?:vaya|vayan|duerma|duerman|acueste|acuesten|lleve|lleven)"
        r"|(?:hoy |esta noche )?que se (?:duerman|vayan|acuesten) todos|(?:cuando|en cuanto) (?:ella|el|ellos) (?:este|esten) (?:donde|en|con)",
        skip="neg past idiom cond hyper",
        ex=(
            "esperando que mi compañera de depto se duerma",
            "cuando mi hermana se vaya a trabajar",
            "hoy que se duerman todos",
            "cuando ella este donde la mama",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:si|cuando) (?:se para|se detiene)(?: el corazon)?,? mejor",
        skip="neg",
        ex=("si se para, mejor",),
    ),
    # --- quinta ronda: irse con quien murió, lo guardado, el día elegido ----------------------
    R(
        "self_harm_now",
        "urgent",
        r"me (?:corte|he cortado)(?: \S+){0,6},? (?:y )?(?:sigue|no para de|no deja de) sangr(?:ando|ar)"
        r"|(?:me tome|me trague) tod[oa]s (?:las|los|mis) (?!vitaminas|gomitas|galletas|cervezas|chelas|birras|pastillas de menta|caramelos|chuches|fotos|clases)\w+(?: que (?:me quedaban|tenia))?"
        r"|(?:me tome|me trague|me he tomado|ya me tome) tod[oa] (?:el|la|mi) {FARMACOS}",
        skip="tense",
        ex=(
            "me corte hace un rato y sigue sangrando bastante",
            "me tome todas las benzos que me quedaban",
            "me tome todo el clonazepam que tenia",
        ),
    ),
    R(
        "plan",
        "urgent",
        r"(?:llevo|llevas|llevo meses|llevo semanas)(?: \w+){0,3} (?:juntando|guardando|ahorrando|acumulando) (?:los |las |la |el )?(?:somniferos|pastillas|morfina|medicinas|pastis|calmantes|ansioliticos|benzos|{MEDIOS})"
        r"|(?:pastillas|morfina|medicinas|somniferos) que tengo guardad[oa]s|ya se (?:como y con que|como lo voy a hacer|como hacerlo)",
        ex=(
            "llevo desde octubre juntando los somniferos",
            "llevo meses guardando la morfina",
            "con las pastillas que tengo guardadas",
            "ya se como y con que",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"para irme con (?:ella|el|ellos|mi \w+)|(?:ya decidi|he decidido|ya he decidido) que|ya tengo (?:suficientes?|bastantes?)(?= ?$|,|\.)"
        r"|(?:me la|me las|me los|me lo) (?:tomo|voy a tomar) (?:tod[oa]s?|enter[oa]s?)(?= ?$|,|\.)|cuando (?:\w+ ){1,5}se acaba todo"
        r"|(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?: \w+){0,5} lo hago(?= ?$|,|\.)"
        r"|^no vuelvo a casa|(?:la carta|las cartas) (?:esta|estan|ya esta|ya estan) en (?:el|la|mi) \w+|(?:ya )?deje todo (?:ordenado|arreglado|en orden)(?= ?$|,|\.|:)",
        skip="idiom cond hyper",
        ex=(
            "para irme con ella",
            "ya decidi que esta semana termino con esto",
            "ya tengo suficiente",
            "me la tomo toda",
            "cuando termine la ultima ronda se acaba todo",
            "el domingo despues del ultimo partido lo hago",
            "no vuelvo a casa",
            "la carta esta en el cajon",
            "ya deje todo ordenado",
        ),
    ),
    R(
        "means",
        "escalator",
        r"(?:el frasco|la cuerda|el arma|la pistola|la escopeta)(?: de mi \w+)? ya esta (?:listo|lista|preparad[oa]|cargad[oa])|me traje (?:el arma|la pistola|la escopeta|el revolver)"
        r"|(?:con|tengo) (?:todo )?lo que necesito(?= ?$|,|\.)|la escopeta (?:de mi \w+ )?(?:sigue|esta) en el armario",
        skip="neg",
        ex=(
            "el frasco ya esta listo",
            "me traje el arma de casa",
            "con lo que necesito",
            "la escopeta de mi papa sigue en el armario",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:nada mas |nomas |solo )?espero (?:a )?que se (?:apaguen|duerman|vayan|acuesten)",
        skip="neg past idiom cond hyper",
        ex=("nada mas espero a que se apaguen las luces del vecino",),
    ),
    # --- ronda doce: ampollas guardadas, la soga en el patio, sin frenar, subir a la terraza ----
    R(
        "means",
        "escalator",
        r"(?:tengo guardad[oa]s|tengo escondid[oa]s|ya tengo|guarde|junte) (?:las |los |unas |unos |mis )?(?:ampolletas|ampollas|viales|jeringas|parches|cajas|frascos|blisters) de {MEDIOS}"
        r"|(?:la|una|mi) (?:soga|cuerda)(?: ya)? (?:esta|la tengo|quedo) (?:en (?:el|la) (?:patio|garaje|cochera|bodega|galpon|closet|armario|arbol|viga|baño)|colgada|atada|lista)",
        skip="neg",
        ex=(
            "ya tengo guardadas las ampolletas de morfina que le dejaron",
            "la soga esta en el patio",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:me las|me los|me la|me lo) (?:pongo|inyecto|meto|chuto|clavo)(?: (?:todas|todos|toda|todo))?(?= ?$|,|\.| y | esa| ese| cuando| despues| el | la | esta)"
        r"|(?:cuando|en cuanto|apenas) (?:los|las|mis) (?:muchachos|chamacos|niños|chicos|cabros|pibes|hijos|nenes|crios) se (?:vayan|duerman|acuesten)(?: \S+){0,6} me voy (?:yo )?tambien",
        skip="subject idiom cond hyper",
        ex=(
            "el sabado que mi hermana se la lleve me las pongo",
            "cuando los muchachos se vayan pa la escuela mañana me voy yo tambien",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:subo|me subo|subire) (?:a|al) (?:la )?(?:terraza|azotea|techo|ultimo piso|puente|cornisa)(?! a (?:tender|colgar|regar|limpiar|arreglar|ver|tomar)| para | por (?:la|el|unas?|unos?) )",
        skip="neg",
        ex=("despues de la audiencia del jueves subo a la terraza de tribunales",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:coche|auto|carro|camioneta|moto|curva|carretera|autopista)(?: \S+){0,12} no (?:pienso|voy a|vamos a|tengo intencion de) frenar",
        skip="idiom cond hyper",
        ex=("cojo el coche y en la curva de siempre no pienso frenar",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:le )?(?:pido|rezo|ruego) (?:a )?(?:dios|diosito|la virgen|el señor|el senor|tata dios)? ?(?:para )?que (?:dios |diosito )?nos (?:lleve|recoja)(?: a (?:las|los) dos| juntos| juntas)"
        r"|ni (?:se|sé) (?:ni )?para que sigo(?: aqui| aca| viv[oa]| en este mundo)?",
        ex=(
            "a veces le pido a diosito que nos recoja a las dos juntas",
            "ni se para que sigo aqui la verdad",
        ),
    ),
    # --- ronda doce, segunda parte: el lazo colgado, ya estuvo, es el dia, la dialisis ---------
    R(
        "means",
        "escalator",
        r"(?:ya )?(?:colgue|amarre|ate|puse) (?:el|la) (?:lazo|soga|cuerda|mecate) (?:en|de) (?:la|el) \w+"
        r"|saque (?:\w+ ){0,3}(?:de|del) (?:almacen|armario|botiquin|carro|cuarto) de (?:controlados|medicamentos|farmacia|estupefacientes)"
        r"|(?:junte|tengo) (?:suficientes?|bastantes?) (?:de )?(?:las |los )?(?:muestras medicas|muestras|ampollas|ampolletas)",
        skip="neg",
        ex=(
            "ya colgue el lazo en la galera",
            "saque del almacen de controlados y lo traigo en el coche",
            "ya junte suficiente de las muestras medicas del consultorio",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:cuando|en cuanto|apenas|despues de que) (?:\w+ ){1,8}(?:ya estuvo|lo hago)(?= ?$|,|\.)"
        r"|(?:ese|el) (?:\w+ ){0,5}es el dia(?= ?$|,|\.)|ya no me (?:van|vas) a (?:tener que )?ver"
        r"|no (?:voy|vuelvo|pienso ir) a (?:la )?dialisis|(?:dejo|dejar|dejare) la dialisis"
        r"|(?:me voy|voy|me ire) (?:a|al) (?:la )?(?:pantano|embalse|presa|acantilado|barranco)(?= ?$|,|\.| y | a las| despues| esta| mañana)",
        skip="subject idiom cond hyper media",
        ex=(
            "cuando acabe la novela de las nueve ya estuvo",
            "en cuanto salga de mi turno a las 10 lo hago",
            "el sabado que los chicos se van con el padre es el dia",
            "ese dia ya no me van a tener que ver",
            "el jueves no voy a dialisis",
            "cojo el coche y me voy al pantano",
        ),
    ),
    R(
        "passive_ideation",
        "concern",
        r"^que (?:dios|diosito|la virgen|el señor|el senor) me (?:recoja|lleve)(?: ya| pronto)?",
        ex=("que dios me recoja ya",),
    ),
    # --- ronda doce, tercera parte: el frasco entero, que parezca accidente, el viaducto ------
    R(
        "self_harm_now",
        "urgent",
        r"(?:me tome|me trague|me bebi)(?: hace (?:como )?(?:una|un|\d+) (?:hora|horas|rato|minutos))? (?:el|un|todo el) (?:pomo|frasco|bote|tarro|blister|envase|paquete|sobre)(?: entero| completo)?(?: \S+){0,3} {MEDIOS}",
        skip="tense",
        ex=("me tome hace como una hora el pomo entero de las pastillas de dormir",),
    ),
    R(
        "intent",
        "urgent",
        r"(?:lo|la|me) (?:estrello|estampo|choco|voy a estrellar|voy a estampar) contra (?:un|una|el|la) \w+|(?:que|para que|pa que) parezca (?:un )?accidente",
        skip="idiom cond hyper",
        ex=(
            "hoy en la noche lo estrello contra un muro",
            "que parezca accidente pa que le paguen el seguro",
        ),
    ),
    R(
        "means",
        "escalator",
        r"{MEDIOS} ya (?:lo|la|los|las) tengo|(?:la pistola|el arma|la escopeta|el revolver)(?: de mi \w+)? (?:esta|sigue) en (?:el|la|su|mi) \w+",
        skip="neg",
        ex=(
            "el tamaron ya lo tengo en mi aguayo",
            "la pistola de mi papa esta en el cajon de su buro",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:hoy )?no (?:llega|llegan|vuelve|vuelven|regresa|regresan) hasta (?:tarde|la noche|las \d+|mañana)",
        skip="neg past idiom cond hyper",
        ex=("hoy no llega hasta tarde",),
    ),
    R(
        "place",
        "escalator",
        r"(?:estoy|ando|sigo) en el (?:viaducto|puente|mirador)(?: de \w+)?",
        skip="neg",
        ex=("estoy en el viaducto de segovia",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:para|pa) no tener que (?:existir|vivir|seguir viv[oa]|despertar)",
        ex=("duermo todo el dia pa no tener que existir",),
    ),
    # --- ronda doce, cuarta parte: la via, la parte alta sin reja, la cochera, no me devuelvo --
    R(
        "intent",
        "urgent",
        r"(?:pienso|voy a|quiero) estar en (?:la via|las vias)(?: cuando pase)?",
        skip="idiom cond hyper",
        ex=("pienso estar en la via cuando pase",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"(?:carro|auto|coche|camioneta)(?: \S+){0,8} (?:cochera|garaje|garage),?(?: \S+){0,8} (?:prendido|encendido|en marcha)",
        skip="tense",
        ex=("el carro esta en la cochera, la puerta cerrada y prendido",),
    ),
    R(
        "means",
        "escalator",
        r"{MEDIOS} y (?:una|un|media) (?:botella|litro|caja) de (?:whisky|vodka|ron|tequila|pisco|aguardiente|vino|guaro)",
        skip="neg",
        ex=("clonazepam y una botella de whisky",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"empece hace (?:una|un|\d+) (?:hora|horas|minutos|rato)(?= ?$|,|\.)"
        r"|(?:hoy )?no me (?:devuelvo|regreso)(?= ?$|,|\.)|(?:hoy )?les doy (?:en )?el gusto"
        r"|ya no (?:tendra|tendran|van a tener) que (?:cargar (?:mas )?con|preocuparse por mi)"
        r"|hoy (?:\w+ ){0,8}es el dia(?= ?$|,|\.)|(?:y )?de (?:ahi|alli|alla) no (?:vuelvo|regreso|me devuelvo)"
        r"|(?:en la parte alta|arriba) donde no hay (?:reja|baranda|barandal|valla)",
        skip="subject idiom cond hyper",
        ex=(
            "empece hace una hora.",
            "hoy no me devuelvo",
            "capaz que hoy les doy en el gusto",
            "ya no tendra que cargar mas con el de la familia",
            "en la parte alta donde no hay reja",
        ),
    ),
    R(
        "place",
        "escalator",
        r"me voy (?:pal|pa el|al|para el) (?:rio|puente|mar|lago|acantilado|vias|barranco)(?= ?$|,|\.| y)",
        skip="neg",
        ex=("despues del noticiero de las 7 me voy pal rio, ya no aguanto mas",),
    ),
    R(
        "giving_away",
        "concern",
        r"(?:pa|para) que (?:la|lo|las|los) voy a (?:querer|necesitar|ocupar)",
        ex=("regale toda mi ropa a la fundacion. pa que la voy a querer",),
    ),
    R(
        "burden",
        "concern",
        r"sin mi (?:le|les) (?:sobraria|alcanzaria|iria mejor)",
        ex=("sin mi le sobraria plata",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"si (?:mañana )?(?:choca|se cae|se estrella) el (?:omnibus|avion|bus|colectivo|camion)(?: \S+){0,3},? (?:da igual|me da igual|mejor)",
        ex=("si mañana choca el omnibus, da igual",),
    ),
    # --- ronda doce, quinta parte: lanzarse al lago, seguir por el borde, el botiquin entero --
    R(
        "intent",
        "urgent",
        r"me lanzo (?:al|a la|del|desde el|desde la|por (?:el|la)) (?:lago|rio|mar|vacio|agua|puente|balcon|ventana|barranco)"
        r"|(?:sigo|me sigo|seguire) (?:derecho|de largo|recto) (?:por el borde|al barranco|al precipicio|al rajo|al vacio)"
        r"|me (?:tomo|trago|bebo) todo lo que (?:hay|tengo|queda) en el (?:botiquin|cajon|gabinete|armario)",
        skip="idiom cond hyper",
        ex=(
            "me voy pa la baranda de la gabarra y me lanzo al lago",
            "apenas termine el cambio de turno sigo derecho por el borde",
            "apenas se la lleve yo me tomo todo lo que hay en el botiquin",
        ),
    ),
    R(
        "place",
        "escalator",
        r"(?:el puente|las vias|el acantilado|la azotea|el viaducto)(?: de (?:la )?\w+)? (?:esta|queda) a (?:\w+ )?(?:calles|cuadras|minutos|pasos)",
        skip="neg",
        ex=("el puente de la autovia esta a dos calles de mi piso",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:le )?pido a dios que se (?:caiga|estrelle|hunda)|(?:alla|ahi) abajo estaria (?:mas )?(?:tranquil[oa]|mejor|en paz)"
        r"|cansad[oa] de (?:estar viv[oa]|vivir)",
        ex=(
            "le pido a dios que se caiga",
            "siento que alla abajo estaria mas tranquilo que en mi casa",
            "cansada de estar viva, literal",
        ),
    ),
    R(
        "farewell",
        "concern",
        r"(?:los|las) quise mucho",
        skip="tense past",
        ex=("chau grupo, los quise mucho",),
    ),
    # --- ronda doce, sexta parte: laxantes, medio frasco ------------------------------------
    R(
        "self_harm_now",
        "urgent",
        r"me (?:he metido|meti|tome|trague|he tomado) (?:dos|tres|cuatro|\d+|varias) cajas de (?:laxantes|{MEDIOS})"
        r"|(?:me tome|me trague|me he tomado) (?:medio|un|el|todo el) (?:frasco|bote|pomo|blister|tarro)(?: entero)? de lo que (?:le |me )?(?:recetaron|dieron|mandaron)",
        skip="tense",
        ex=(
            "esta tarde me he metido dos cajas de laxantes",
            "ya me tome medio frasco de lo que le recetaron a el para dormir",
        ),
    ),
    # --- ronda catorce: la manguera al escape, las pastillas contadas, todo lo que quedaba ---
    R(
        "means",
        "urgent",
        r"(?:le )?(?:puse|conecte|meti|acomode|amarre) (?:la|una) manguera (?:al|en el|del) (?:tubo de )?(?:escape|mofle)"
        r"|(?:con )?la manguera (?:del|al) (?:tubo de )?(?:escape|mofle) (?:metida|puesta|conectada)"
        r"|(?:el )?(?:carro|coche|auto|motor) (?:prendido|encendido|en marcha) en (?:el|la) (?:garaje|cochera)(?: cerrad[oa])?,? (?:y )?(?:yo|estoy) (?:adentro|dentro)"
        r"|ya (?:pase|saque|tengo) una pierna(?: (?:por fuera|del otro lado|por encima) (?:del|de la) (?:barandal|baranda|barandilla|reja|muro|ventana|balcon|borde|puente))?(?= ?$|\.)"
        r"|(?:compre|consegui|junte) (?:las |unas )?{MEDIOS}(?: \w+){0,6} y (?:las|los) estoy (?:contando|juntando|alineando)(?!.*\bpastillero)",
        ex=(
            "ya le puse la manguera al escape de la troca",
            "el carro prendido en el garaje, yo adentro",
            "ya pase una pierna",
            "compre pastillas con la plata que me quedaba y las estoy contando en el hostal",
        ),
    ),
    R(
        "place",
        "hint",
        r"^(?:estoy )?en (?:la azotea|el techo|el puente|las vias|la cornisa|el balcon|el acantilado)(?: \w+)?(?= ?$|,|\.| ahorita| ahora)"
        r"|(?:en|a) la orilla del (?:lago|rio|mar|canal|embalse)(?!.*\b(?:con (?:mi|mis|la|los|el|unos|unas)|tomando|pescando|paseando|picnic|nadando)\b)",
        skip="subject",
        ex=("en la azotea ahorita", "ahorita estoy en la orilla del lago"),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"me (?:meti|tome|trague|inyecte) (?:to|todo) lo que (?:me )?(?:quedaba|tenia|habia)"
        r"|(?:ingeri|me tome|me trague|tome|trague|me he tomado) (?:el contenido (?:completo |entero )?de|todo el contenido de) (?:un|una|el|la|mi|mis) (?:frasco|caja|bote|blister|tarro|pastillero)"
        r"|(?:me he cortado|me corte)(?: \w+){0,6} y no (?:logro|puedo|consigo) (?:detener|parar|contener|frenar) (?:la hemorragia|el sangrado|la sangre)"
        r"|(?:hice|me hice|me he hecho|me acabo de hacer) una sobredosis"
        r"|ya me (?:la|las|lo|los) (?:tome|trague|bebi) (?:toda|todas|todo|todos) hace (?:rato|un rato|poco|media hora|una hora|\d+ (?:min|minutos))",
        skip="tense",
        ex=(
            "me meti to lo que quedaba",
            "hace media hora ingeri el contenido completo de un frasco de clonazepam",
            "me he cortado hace un momento y no logro detener la hemorragia",
            "hice una sobredosis a proposito con las pastillas de dormir",
            "ya me las tome todas hace rato",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:con|tengo|traigo|llevo) (?:todo )?lo (?:necesario|que necesito)(?= ?$|,|\.)"
        r"|no (?:tengo (?:intencion|pensado)|pienso|planeo) (?:de )?salir de aqui"
        r"|(?:me dirigire|me dirijo|ire|voy a ir|me voy a ir) (?:al|a la|a las|hacia el|hacia la) (?:puente|viaducto|acantilado|azotea|vias|presa)(?: \w+)?(?: y no (?:regresare|volvere|voy a volver|regreso|vuelvo))?",
        skip="idiom cond hyper",
        ex=(
            "me encuentro en un motel con lo necesario",
            "no tengo intencion de salir de aqui",
            "me dirigire al puente villena y no regresare",
        ),
    ),
    # --- ronda dieciseis: me aviento esta noche, hoy me toca a mi ------------------------
    R(
        "intent",
        "urgent",
        r"(?:hoy|esta noche|mañana|ahorita|al amanecer)(?:,? (?!no |nunca )\w+){0,6},? (?:me aviento|me tiro|me lanzo)(?= ?$|,|\.| (?:de|del|desde) (?!cabeza|risa|los pelos)| por (?:la|el|esa|este|esta) )",
        skip="idiom",
        ex=("esta noche en el cambio de turno me aviento", "mañana temprano me tiro del puente"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:hoy|esta noche|ahora) me toca a mi(?= ?$|,|\.)",
        skip="idiom cond hyper",
        ex=("estacionado en el puente donde recogemos gente. hoy me toca a mi",),
    ),
    # --- ronda diecisiete: me la tomo esta noche, hoy se termina, renunciar a vivir ------
    R(
        "intent",
        "urgent",
        r"(?:hoy|esta noche|mañana|ahorita|al rato)(?:,? \w+){0,6},? me (?:la|las) (?:tomo|trago|meto|inyecto|pongo)(?: yo| todas?| toda entera)?(?= ?$|,|\.)",
        skip="idiom",
        ex=("tengo guardada la morfina de mi papa y esta noche cuando se duerma me la tomo yo",),
    ),
    R(
        "means",
        "escalator",
        r"me (?:meto|tomo|trago) todo lo que (?:me )?(?:queda|quedaba|tengo|hay)"
        r"|(?:el |la |mi |su )?(?:arma|pistola|escopeta|revolver|fusil)(?: \w+){0,3} cargad[ao]"
        r"|me (?:meto|tomo|trago) todo(?: lo que (?:me )?(?:queda|quedaba|tengo|hay))? (?:pa|para) no (?:despertar|despertarme|volver a despertar)",
        skip="neg",
        ex=("esta noche me meto todo lo que me queda", "tengo el arma de mi viejo cargada"),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:hoy|esta noche|mañana) se (?:termina|acaba)(?: todo)?(?= ?$|,|\.)",
        skip="idiom cond hyper",
        ex=("hoy se termina",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"renunciar a (?:vivir|la vida|seguir viviendo|existir)"
        r"|ojala (?:la sobredosis|el intento|las pastillas)(?: \w+){0,3} (?:hubiera|hubieran|hubiese) (?:funcionado|servido|resultado|salido bien)"
        r"|(?:me vienen|tengo|me llegan|me dan) pensamientos (?:oscuros|feos|de muerte)(?! sobre (?:el|la|mi) (?:trabajo|examen))",
        skip="neg",
        ex=(
            "no quiero renunciar al trabajo, quiero renunciar a vivir",
            "ojala la sobredosis del año pasado hubiera funcionado",
            "cuando limpio el arma me vienen pensamientos oscuros",
        ),
    ),
    # --- ronda dieciocho: sigue sangrando, la morfina guardada, el tren de las 23:10 -----
    R(
        "self_harm_now",
        "urgent",
        r"me (?:corte|he cortado|acabo de cortar)(?: \w+){0,8},? (?:y )?(?:esta|sigue|no (?:para|deja) de|no dejo de|estoy) sangr\w+",
        skip="tense",
        ex=("me corte en el vestier del hospital con un bisturi, esta sangrando harto",),
    ),
    R(
        "means",
        "escalator",
        r"(?:me traje|me lleve|me robe|robe|saque|me guarde|tengo guardad[oa]s?|tengo escondid[oa]s?) (?:a casa )?(?:el |la |los |las |unas? |un |del |de la )?(?:\w+ )?(?:{FARMACOS}|{MEDIOS})",
        skip="neg past cond",
        ex=(
            "me traje el pentobarbital a casa",
            "tengo guardada la morfina que le sobro a mi madre",
        ),
    ),
    R(
        "timeframe",
        "escalator",
        r"(?:saliendo|al salir|cuando salga|despues de salir) del (?:turno|trabajo|laburo|curro|jale|hospital)"
        r"|(?:el|ese|este) (?:tren|bus|camion|colectivo) de las \d+(?::\d+)?",
        skip="neg subject past idiom cond hyper",
        ex=(
            "voy pa alla saliendo del turno a las 8",
            "el tren de las 23:10 pasa por el paso a nivel",
        ),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|hoy|mañana|esta noche|este fin(?: de semana)?) dejo de (?:ser (?:un problema|una carga|un estorbo|un gasto)|molestar|sufrir|existir)"
        r"|ya (?:compre|consegui|tengo|junte) (?:todo )?lo que (?:necesito|necesitaba|hace falta)"
        r"|voy (?:pa|para|pa') (?:alla|alli|ahi)(?= (?:saliendo|al salir|cuando salga|esta noche|a las))"
        r"|(?:la|una|las) cartas? (?:para|a) (?:los chicos|los niños|los pibes|mis hijos|mi familia|mis papas|mi \w+)(?: \w+){0,2} (?:quedo|quedaron|esta|estan|la deje|las deje)",
        skip="neg subject past idiom cond hyper",
        ex=(
            "pues el viernes dejo de ser un problema para la seguridad social",
            "ya compre lo que necesito",
            "voy pa alla saliendo del turno",
            "la carta para los chicos quedo arriba de la heladera",
        ),
    ),
    R(
        "farewell",
        "hint",
        r"me voy (?:pa|para|pa') siempre|no me esperen (?:el|la|para|mañana|hoy|esta)",
        ex=("este fin de semana me voy pa siempre", "no me esperen el domingo para el asado"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:le tengo|les tengo|tengo|siento) (?:un poco de |un poquito de |algo de )?envidia (?:al|a los|del|de los|a la|de la) (?:perro|perros|gato|gatos|muerto|muertos|paciente|pacientes|difunto|difuntos|animal|animales)",
        skip="neg subject past",
        ex=("en cada eutanasia le tengo un poquito de envidia al perro",),
    ),
    # --- ronda diecinueve: la cuerda en el trunk, las pastillas del viejo -----------------
    R(
        "means",
        "escalator",
        r"(?:con )?(?:la|una|mi) (?:cuerda|soga|pistola|escopeta|fusca)(?: \w+)? en (?:el|la|mi) (?:trunk|carro|auto|coche|baul|maletero|cajuela|troca|mochila|cuarto|closet|guantera)",
        skip="neg past cond",
        ex=("hoy mi therapist me dio de alta y yo con la cuerda en el trunk",),
    ),
    R(
        "self_harm_now",
        "urgent",
        r"me (?:tome|trague|bebi) (?:las|todas las|unas|las pastillas|todas las pastillas)(?: pastillas| pildoras| medicinas)? (?:del|de mi|de la|de mis) (?:viejo|vieja|papa|mama|abuel[oa]|jefa|jefe|marido|esposo|esposa|suegr[oa]|madre|padre|hij[oa])",
        skip="tense",
        ex=("me tome las pastillas del viejo, las del alzheimer y las de dormir",),
    ),
    # --- ronda veinte: primero me mato, ya escogí el tren de las 6 ------------------------
    R(
        "active_ideation",
        "concern",
        r"(?:primero|antes) me mato(?= ?$|,|\.| (?:que|antes|yo))",
        skip="neg past",
        ex=("no vuelvo al psiquiatrico. primero me mato.",),
    ),
    R(
        "means",
        "escalator",
        r"(?:la|una|el|un) (?:soga|cuerda|pistola|escopeta|fusca|veneno|pastillas) que (?:compre|consegui|traje|me traje|guarde|tengo guardad[oa])",
        skip="neg past cond",
        ex=("mañana temprano, con la soga que compre ayer",),
    ),
    R(
        "intent_vague",
        "escalator",
        r"(?:ya )?(?:escogi|elegi|tengo (?:escogido|elegido)) (?:el|la) (?:tren|puente|lugar|dia|fecha|hora|edificio)",
        skip="neg subject past idiom cond hyper",
        ex=("ya escogi el tren de las 6",),
    ),
    R(
        "timeframe",
        "escalator",
        r"antes (?:de )?que (?:lleguen|llegue|se despierte|se despierten|vuelva|vuelvan|regrese|regresen) (?:los|las|mi|mis|el|la)",
        skip="neg subject past idiom cond hyper media",
        ex=("mañana tempranito, antes que lleguen los muchachos a la obra",),
    ),
    R(
        "farewell",
        "hint",
        r"(?:nomas |nada mas |solo )?queria que alguien (?:supiera|lo supiera|sepa)",
        ex=("nomas queria que alguien supiera",),
    ),
    R(
        "passive_ideation",
        "concern",
        r"si (?:la vida|vivir) (?:va a ser|es|sigue) (?:asi|siempre asi),? no la quiero"
        r"|(?:dios|el señor) (?:simplemente |ya |tal vez )?no me quiere (?:aqui|en este mundo|viv[oa])"
        r"|no tiene sentido (?:vivir|seguir viviendo|seguir viv[oa])",
        skip="neg subject past",
        ex=(
            "si la vida va a ser asi, no la quiero",
            "tal vez dios simplemente no me quiere aqui",
            "siento que ya no tiene sentido vivir",
        ),
    ),
    R(
        "burden",
        "concern",
        r"si (?:desaparezco|me muero|me voy|no estoy),? nadie (?:se da cuenta|se daria cuenta|lo nota|lo notaria|me extraña|me extrañaria)",
        skip="neg subject past",
        ex=("si desaparezco nadie se da cuenta jaja",),
    ),
]


NEGATION = (
    r"\b(?:no|nunca|jamas|ni|tampoco|ya no|sin)(?: (?:me|te|se|lo|la|le|quiero|voy|voy a|a"
    r"|pienso|creo que|realmente|de verdad|tengo|tengo ganas de|siento|quisiera|pretendo|planeo"
    r"|para nada|mas|nunca|volvere a|vuelvo a|estoy|tengo intencion de|haria|podria|quise))*"
    r" ?$"
)
REPORTED = (
    r"\b(?:(?:me|nos|le|les) (?:dijo|dice|escribio|conto|confeso|mando|comento|grito|texteo"
    r"|aseguro)|(?:dijo|dice|escribio|publico|amenazo|amenaza|comenta|cuenta|decia|comento|posteo"
    r"|confeso) que|(?:mi|su|un|una) (?:amig[oa]|herman[oa]|hij[oa]|mama|madre|papa|padre|pareja"
    r"|novi[oa]|espos[oa]|prim[oa]|compañer[oa]|companer[oa]|alumn[oa]|paciente|sobrin[oa]|ti[oa]"
    r"|abuel[oa]|vecin[oa]|ex|roomie)(?: \w+){0,3} (?:dice|dijo|escribio|publico|me pregunto|pregunta|me conto"
    r"|me escribio|me mando|comento|posteo|repite))\b"
)
MEDIA = (
    r"\b(?:(?:una|la|esta|esa|nueva) (?:pelicula|serie|cancion|novela|escena|investigacion|encuesta"
    r"|noticia|obra|letra|tesis)|(?:un|el|este|ese|nuevo) (?:estudio|libro|articulo|documental"
    r"|capitulo|personaje|podcast|video|informe|poema|episodio)|estudios|segun|tasas? de"
    r"|estadisticas|la letra|el protagonista|la protagonista|por trece razones|13 reasons why)\b"
)
IDIOM_AFTER = (
    r" ?(?:antes (?:que|de) (?:volver a |tener que |ir a |hacer |ver |escuchar |trabajar |pagar |estudiar )|(?:un|unos|una|unas) (?:fin de semana|dias|semana|semanas|rato|tiempo|momento)|por (?:un|unos|una)"
    r" (?:dias|tiempo|rato|semana|momento)|(?:a|de) (?:la playa|vacaciones|viaje)|del (?:trabajo|grupo|chat)"
    r"|de (?:las |los )?redes|de tanto|de (?:risa|la risa|verguenza|la verguenza|pena|hambre|sueño|sueno|frio|calor|ganas|amor"
    r"|envidia|aburrimiento|cringe|nervios|miedo|cansancio|sed|ternura|felicidad|la emocion"
    r"|emocion|curiosidad|celos|asco|viej[oa]|la ternura|tanto reir|lo lindo|lo bonito)|(?:del|por el)"
    r" (?:calor|frio|aburrimiento|cansancio|sueño|hambre)|(?:estudiando|trabajando|entrenando"
    r"|corriendo|limpiando|haciendo|en el gym|en el gimnasio|a trabajar)|por (?:verte|ver|ir|saber"
    r"|un|una|probar|conocer|comer|ir)|con esta cancion"
    r"|en (?:minecraft|el juego|fortnite)|a (?:besos|abrazos|cosquillas|preguntas|regaños|disgustos|sustos))"
)
PROTECTIVE = r" ?(?:\w+ ){0,6}?pero (?:luego |despues )?(?:recuerdo|pienso en|miro a|tengo a)"
FEAR_BEFORE = r"\b(?:tengo miedo de|me da miedo|temo)(?: que)?(?: \w+){0,2} ?$"
FUTURE_AFTER = r" ?(?:\w+ ){0,3}(?:algun dia|en el futuro|mas adelante)"
CONDITIONAL = (
    r"\b(?:si|cuando) (?:alguna vez |algun dia )?(?:tu|te|tienes|sientes|piensas|alguien|conoces"
    r"|estas|alguno|alguna|tu amig[oa]|un ser querido|él|el|ella)\b|\bte ha pasado que$"
    r"|\b(?:alguna vez has|han|has) $|\bes normal$"
)
NO_REFERRAL = r"\b(?:no|nunca) (?:llamen|llames|llamar|avisen|marquen|le digan)\b"
REFERRAL = (
    r"\b(?:llama|llame|llamen|marca|marque|marquen|escribe|escribi|contacta|comunicate|habla con)"
    r" (?:a |al |a la |con la )?(?:linea|024|911|112|emergencias|la linea de la vida|telefono de la"
    r" esperanza|un profesional|tu psicolog[oa]|los servicios de emergencia)|\b(?:linea de la vida"
    r"|telefono de la esperanza|linea 024|linea de prevencion)\b|\b024\b"
)
GRIEF = (
    r"\b(?:se suicido|se quito la vida|se mato|se colgo|se ahorco|se tiro (?:de|del)"
    r"|perdi a (?:mi|un) \w+ (?:por|al|a causa del|por el) suicidio|su suicidio|el suicidio de mi"
    r"|murio por suicidio|sobrevivientes? (?:de|del) suicidio|duelo por suicidio)"
)
FAREWELL_OFF = (
    r"\b(?:(?:hoy|esta noche) es (?:el dia|la noche)[.!, ]*(?:por fin |al fin )?(?:le digo|les digo|le cuento"
    r"|les cuento|le pido|le pregunto|me declaro|salgo del closet)"
    r"|nos vemos (?:el|la|en la|mañana|pronto|el lunes|la proxima|en el|en la reunion|el jueves)"
    r"|hasta (?:el|la|mañana|pronto|luego|la proxima)|vacaciones|me mudo|me cambio de|nuevo trabajo|me trasladan|me transfieren"
    r"|me tomo un descanso|vuelvo a [a-z]+ (?:el|este|la|en|para siempre)|me despido de (?:la|el|mi) (?:residencia|depa|departamento|trabajo|oficina|ciudad|pais|piso|casa|equipo|colegio|escuela|uni|cuartel)|(?:vamos|nos vamos|voy|me voy|ir) (?:a cazar|de caza|a pescar|de pesca|de campamento)|(?:mañana|hoy|el \w+) vuelo a|mi vuelo|el vuelo sale|vuelvo a mi (?:pais|tierra)|me regreso a|nos regresamos|un descanso|un tiempo fuera|dejo el grupo|salgo del grupo|me voy de viaje"
    r"|buenas noches|me desconecto|vuelvo (?:en|el|pronto|la)|regreso (?:en|el|pronto|la)"
    r"|me jubilo|me gradu\w+|me dieron (?:un cuarto|una habitacion|un departamento|un depa|un piso|una casa)|se jubila|jubilacion|ultimo dia (?:en|de) (?:la oficina|el trabajo|mi trabajo|la empresa|el colmado|la tienda|el laburo|la maquila|la chamba|la pega|el curro|la escuela|el colegio|la uni|la universidad|clases|la obra|el turno)|me largo a)\b"
)
IF_ONE_MORE = r"\bsi (?:otr[oa]|un[oa] (?:\w+ )?mas) (?:\w+ ){0,3}(?:me |nos )?(?:pide|dice|pregunta|manda|llama|escribe|viene|exige)\b"
CLARIFIED = r"\b(?:con [a-z]+,? digo|digo,? con [a-z]+|antes de que (?:alguien|nadie) se (?:asuste|preocupe|alarme)|no (?:en )?ese sentido)\b"
FEARED_THOUGHT = (
    r"\b(?:pensamientos? intrusivos?|imagenes intrusivas|(?:mi|el|por el|del) toc)\b"
    r"(?=.*\b(?:nunca (?:lo )?haria|jamas (?:lo )?haria|no quiero (?:hacerlo|morir|hacerme daño)|me horroriza\w*"
    r"|me aterra\w*|me da(?:n)? (?:terror|panico)|no es un deseo|(?:es|son) (?:solo )?(?:el toc|intrusiv\w+))\b)"
)
FEARED_DRIFT = r"\b(?:ya no (?:es|son|me da|me dan)|esta vez|no es (?:el )?toc|alivio|quiero hacerlo|de verdad quiero|ya no lo peleo)\b"
#: Not self-harm: an accident, or medicine taken as the doctor said.
ACCIDENT = (
    r"\b(?:accidente|sin querer|por error|por equivocacion|me equivoque de|como (?:dijo|me dijo|indico|me indico|receto|me receto|mando|me mando) el (?:medico|doctor|doc|psiquiatra)|como me (?:indicaron|recetaron)|me (?:corte|queme|lastime) (?:el|la) (?:dedo|mano|pie|rodilla) (?:con|mientras|al)"
    r"|con una lata|cocinando|picando|afeitandome|urgencias por (?:un|una) (?:caida|accidente))\b"
)
BENIGN = (
    r"\b(?:me operan|me van a operar|antes de (?:la|mi) (?:operacion|cirugia)|el cirujano (?:dice|dijo)|a cazar|de caza|cazando|al coto|el coto|temporada de \w+|perdiz|jabali|venado|ciervo|tapon|trafico|atasco|embotellamiento|fotos?|paseando|de paseo|que vista|la vista|atardecer|me mudo|mudanza)\b"
    r"|\bpara (?:cortar|pelar|picar|abrir|rebanar|partir|cocinar) (?:el|la|los|las|un|una|unos|unas) |\bpara (?:escalar|acampar|la carpa|cazar|pescar|el barco|el jardin|un disfraz|halloween|una obra|el mural|la polea"
    r"|un proyecto|manualidades|el dolor|la fiebre|la cabeza|mi espalda|amarrar|atar|sujetar|tender)\b|\b(?:de|en el) (?:campamento|caceria)\b"
)
GIVING_OFF = (
    r"\b(?:viej[oa]s|biblioteca|usad[oa]s|dono|donar|done|donacion|caridad|mudanza|me mudo|ropa vieja|ya no me queda|venta de garaje"
    r"|gatitos|cachorros|bebe|ya no le queda|ropita|recien nacid[oa]|nos regresamos|nos mudamos|me regreso a|nos vamos a vivir)\b"
)
PAST = (
    r"\b(?:hace (?:\w+ )?(?:anos|años|meses|mucho|tiempo)(?! (?:que )?no (?:me pasaba|lo hacia|me cortaba|lo sentia|me sentia))|(?<!desde )hace un (?:ano|año|mes)(?! que)|se cumplen (?:\w+ )?(?:anos|años|meses) de|en (?:el )?(?:19|20)\d\d|(?<!decir )(?<!decirles )(?<!avisar )(?<!contarles )(?<!decirlo )antes(?! de| que)|de (?:adolescente|joven|niñ[oa]"
    r"|nin[oa]|pequeñ[oa]|pequen[oa]|chic[oa])|cuando (?:era|tenia|estaba en|iba a)|en (?:aquel"
    r"|ese|esa) (?:entonces|tiempo|momento|epoca)|el año pasado|el ano pasado|en el pasado"
    r"|en (?:la )?(?:prepa|secundaria|universidad|facultad|colegio)|en mi peor (?:momento|epoca)"
    r"|solia|hubo (?:un tiempo|una epoca|momentos)|recuerdo (?:cuando|que)|durante (?:anos|años"
    r"|mi depresion)|(?:\d+|un|dos|tres|cuatro|cinco|seis|diez) (?:años|anos|meses) (?:limpi[oa]"
    r"|sin|libre))\b"
)
PAST_BARRIER = (
    r"\b(?:ahora|hoy|otra vez|de nuevo|ultimamente|todavia|aun|pero|esta noche|estos dias)\b"
)
PLACE_USED_TO = r"\bdonde (?:\w+ )?(?:solia|soliamos|solian)\b"
PAST_VERB = (
    r"\b(?:tuve|tenia|pensaba|queria|solia|estaba|fue|fui|senti|sentia|pense)\b(?: \w+){0,2} ?$"
)
RECENT = (
    r"\b(?:anoche|ayer|hoy|esta mañana|esta noche|ahora|otra vez|de nuevo|esta semana|todavia|desde que"
    r"|hace (?:unas|un par de|pocas) horas)\b"
)
HUMOUR = r"\b(?:jaja|lol|xd|que cringe)\b"
SERIOUS = r"\b(?:en serio|no es broma|de verdad|lo digo en serio|no estoy bromeando|sin broma|no es (?:un )?drama|esta decidido|lo tengo decidido|ya lo decidi|no es un desahogo)\b"
TRIVIAL = r"\b{TRIVIAL}\b"
NAMED_TIME = r"\b(?:esta noche|mañana|ahora mismo|hoy)\b"
HYPERBOLE = (
    r"\bme (?:da|dan|dio|dieron|hace|hacen) (?:ganas de|querer)|\bsi (?:tengo que|me toca|vuelvo a|me vuelven a|me vuelve a"
    r"|escucho|veo|pierdo|repruebo) |\bcada vez que (?:llega|llegan|veo|me (?:llega|llegan|mandan|piden|dicen|toca))\b|\bsi (?:\w+ ){0,3}(?:dice|dicen|me dice|me dicen|pregunta|menciona|nombra)(?: \S+){0,4} (?:una vez mas|otra vez|de nuevo)"
)
