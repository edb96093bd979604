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
    r"|que todo (?:termine|acabe|se acabe|se termine)|que se acabe todo|dejar de respirar"
    r"|dormirme (?:para siempre|y no despertar(?: mas| nunca)?)"
    r"|no seguir (?:viviendo|aqui|aca|existiendo))",
    "MATARME": r"(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida"
    r"|acabar con todo(?! (?:este|esta|estos|estas|el|la|lo|eso|esto|ese|esa|mis|los|las|tus)\b)|terminar con todo(?! (?:este|esta|estos|estas|el|la|lo|eso|esto|ese|esa|mis|los|las|tus)\b)|ponerle fin a (?:mi vida|todo)|quitarme de en medio"
    r"|colgarme|ahorcarme|tirarme (?:de|del|desde|por|a|al|bajo|frente a) {LUGAR}"
    r"|aventarme (?:de|del|desde|por|a|al|bajo|frente a) {LUGAR}"
    r"|pegarme un tiro|darme un tiro|cortarme las venas|tomarme (?:todas )?(?:las|mis) pastillas"
    r"|envenenarme|una sobredosis|hacerme una sobredosis|unalive)",
    "LUGAR": r"(?:un |una |el |la |las |los |este |esta )?(?:puente|edificio|balcon|ventana|azotea|techo"
    r"|tren|metro|vias|vias del tren|auto|carro|coche|camion|precipicio|barranco|piso|acantilado|rio"
    r"|trafico|autopista|cornisa|ultimo piso|terraza|mirador)",
    "MEDIOS": r"(?:pastillas|pastis|medicinas|medicamentos|cuerda|soga|pistola|arma|navaja|cuchilla"
    r"|cuchillas|cuchillo|veneno|cutter|gillette|hojas de afeitar|cinturon|lazo|raticida)",
    "TRIVIAL": r"(?:examen|examenes|tarea|tareas|clase|clases|reunion|jefe|jefa|trafico|lunes"
    r"|matematicas|mate|parcial|parciales|final|finales|calor|frio|resaca|partido|equipo|cancion"
    r"|verguenza|cringe|gym|gimnasio|dieta|cliente|clientes|turno|fila|cola|profe|profesor"
    r"|profesora|exposicion|trabajo practico|tp|capitulo|serie|spoiler|pelo|outfit|cafe)",
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
        r"(?:ya )?no quiero{ADV} (?:vivir(?! con miedo| con ansiedad| en el pasado| escondid| sin | de esa manera| para los demas| para otros| asi de| con culpa)|seguir viviendo|seguir (?:aqui|aca|asi|adelante|mas)|seguir$|existir"
        r"|despertar(?:me)?(?! temprano)|estar (?:aqui|aca|viv[oa]|en este mundo)|vivir mas|seguir con (?:vida|mi vida|esto|esta vida)|seguir en este mundo)"
        r"|no se (?:si|para que|por que|pa que) (?:quiero )?(?:seguir viviendo|sigo viv[oa]|sigo aqui|sigo aca|vivir|seguir|existo|sigo existiendo)",
        skip="neg",
        ex=("ya no quiero vivir", "no quiero despertar mañana", "no se para que sigo viva"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"ojala (?:me muera|me muriera|morirme|no despertar|no despierte|no haber nacido|nunca haber nacido|desaparecer"
        r"|estar muert[oa]|estuviera muert[oa]|no existiera|dejar de existir|me pase algo|me atropelle|me atropellen"
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
        r"(?:para que|pa que|por que) (?:sigo|seguir|estoy) (?:viv[oa]|viviendo|aqui|aca|existiendo|respirando)"
        r"|pienso (?:mucho |todo el tiempo |siempre |cada dia |a cada rato |mucho )?en (?:la muerte|morir(?:me)?|estar muert[oa]|desaparecer|no existir)"
        r"|(?:pensando|pienso) (?:mucho |todo el tiempo )?en (?:morir(?:me)?|la muerte) (?:todo el tiempo|todos los dias|cada dia|a cada rato)",
        ex=("para que sigo viva", "pienso mucho en la muerte"),
    ),
    R(
        "passive_ideation",
        "concern",
        r"(?:estoy|me siento|ando|toy) (?:tan |muy |re |bien |demasiado )?(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|la vida|mi vida|existir|estar viv[oa]|seguir|esta vida|despertar|luchar|sobrevivir|intentarlo)",
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
        r"no (?:le )?(?:veo|encuentro) (?:ningun |el )?(?:sentido|razon|motivo) (?:a|para|de) (?:la vida|vivir|seguir|mi vida|nada|existir)"
        r"|(?:la|mi) vida no tiene (?:ningun )?sentido|no tiene sentido (?:vivir|seguir(?: viviendo)?|mi vida|nada|existir)"
        r"|nada tiene sentido(?: ya| en mi vida)?(?= ?$| ya| en mi)"
        r"|no tengo (?:razones|motivos|por que|para que|nada|ninguna razon) (?:para |por que |por lo que )?(?:vivir|seguir)",
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
        r"(?:estarian|estaria|vivirian|viviria|serian|seria|estaran|estara|van a estar|va a estar) (?:todos |todas )?(?:mucho |muchisimo |tan |mas )?(?:mejor|felices|feliz|tranquil[oa]s?) sin mi"
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
        r"(?:estarian|estaria|vivirian|viviria|serian|seria) (?:\w+ ){0,2}(?:mejor|tranquil[oa]s?|felices|feliz) si (?:yo )?(?:no existiera|no estuviera|me muriera|desapareciera|no hubiera nacido)",
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
        r"(?:pienso|pensando|estoy pensando|pense|he pensado|sigo pensando|no dejo de pensar|no paro de pensar|considero|considerando|me la paso pensando) (?:mucho |seriamente |cada vez mas |todo el tiempo )?en (?:el suicidio|suicidarme|matarme|quitarme la vida|acabar con (?:mi vida|todo)|tirarme|colgarme|ahorcarme|desvivirme)",
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
        "self_harm_intent",
        "urgent",
        r"(?:me voy a|voy a|estoy a punto de|ahora me voy a) (?:cortar(?:me)?|lastimar(?:me)?)(?= ?$| esta noche| ahora| otra vez| de nuevo| hoy)",
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
        "plan",
        "urgent",
        r"(?:esta es|aqui esta|les dejo|este es) mi (?:carta|mensaje) (?:de despedida|suicida|final)|mi carta de despedida",
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
        r"(?:me voy a|voy a|ya voy a|ya me voy a|hoy (?:me|voy a)|pienso|planeo|estoy (?:decidid[oa]|list[oa]) (?:a|para)|decidi|he decidido|ya decidi|estoy por|estoy a punto de|me quiero y me voy a)"
        r"{ADV} (?:matar(?:me)?|suicidar(?:me)?|quitar(?:me)? la vida|acabar con (?:mi vida|todo(?! (?:este|esta|estos|estas|el|la|lo|eso|esto|ese|esa|mis|los|las|tus)\b))|terminar con (?:mi vida|todo(?! (?:este|esta|estos|estas|el|la|lo|eso|esto|ese|esa|mis|los|las|tus)\b))|colgar(?:me)?|ahorcar(?:me)?"
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
        r"(?:hoy|esta noche|mañana|ahora|ya|ahorita) me (?:mato|suicido|quito la vida|cuelgo|ahorco)(?! (?:\w+ando|\w+iendo|de|por))|me mato (?:hoy|esta noche|mañana|ahora|ya)(?! \w+ando| \w+iendo)",
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
        r"(?:me tome|tome|me trague|trague|me acabo de tomar|me he tomado|acabo de tomarme|ya me tome) (?:un|una|el|la) (?:frasco|caja|blister|tira|bote) (?:entero |entera |completo |completa )?de (?:pastillas|pastis|medicinas|medicamentos|\w+)",
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
        r"|(?:ya )?no (?:voy a estar|estare) (?:aqui |aca )?(?:mañana|manana|para mañana|despues de esta noche)"
        r"|(?:mañana|para mañana|despues de esta noche) (?:ya )?no (?:voy a estar|estare)"
        r"|(?:hoy|esta) es mi ultima noche",
        ex=("cuando lean esto ya no voy a estar", "mañana ya no voy a estar aqui"),
    ),
    R(
        "farewell",
        "hint",
        r"(?:adios|chau|chao) a (?:todos|todas|todes)|gracias por todo|los quiero (?:mucho|a todos)|las quiero (?:mucho|a todas)"
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
        r"ya no (?:lo|la|los|las|me) (?:voy a necesitar|necesitare|va a hacer falta|van a hacer falta)|(?:hice|escribi|redacte) mi testamento",
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
        r"(?:tengo|compre|consegui|tengo aqui|tengo en la mano|agarre|junte|ya tengo) (?:una |la |el |mis |las |unas |un |todas las |suficientes |un frasco de |una caja de |muchas )?{MEDIOS}"
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
    r"|abuel[oa]|vecin[oa]|ex|roomie)(?: \w+){0,3} (?:dice|dijo|escribio|publico|me conto"
    r"|me escribio|me mando|comento|posteo|repite))\b"
)
MEDIA = (
    r"\b(?:(?:una|la|esta|esa|nueva) (?:pelicula|serie|cancion|novela|escena|investigacion|encuesta"
    r"|noticia|obra|letra|tesis)|(?:un|el|este|ese|nuevo) (?:estudio|libro|articulo|documental"
    r"|capitulo|personaje|podcast|video|informe|poema|episodio)|estudios|segun|tasas? de"
    r"|estadisticas|la letra|el protagonista|la protagonista|por trece razones|13 reasons why)\b"
)
IDIOM_AFTER = (
    r" ?(?:(?:un|unos|una|unas) (?:fin de semana|dias|semana|semanas|rato|tiempo|momento)|por (?:un|unos|una)"
    r" (?:dias|tiempo|rato|semana|momento)|(?:a|de) (?:la playa|vacaciones|viaje)|del (?:trabajo|grupo|chat)"
    r"|de (?:las |los )?redes|de (?:risa|la risa|verguenza|la verguenza|pena|hambre|sueño|sueno|frio|calor|ganas|amor"
    r"|envidia|aburrimiento|cringe|nervios|miedo|cansancio|sed|ternura|felicidad|la emocion"
    r"|emocion|curiosidad|celos|asco|viej[oa]|la ternura|tanto reir|lo lindo|lo bonito)|(?:del|por el)"
    r" (?:calor|frio|aburrimiento|cansancio|sueño|hambre)|(?:estudiando|trabajando|entrenando"
    r"|corriendo|limpiando|haciendo|en el gym|en el gimnasio|a trabajar)|por (?:verte|ver|ir|saber"
    r"|un|una|probar|conocer|comer|ir)|con esta cancion"
    r"|en (?:minecraft|el juego|fortnite))"
)
PROTECTIVE = r" ?(?:\w+ ){0,6}?pero (?:luego |despues )?(?:recuerdo|pienso en|miro a|tengo a)"
FEAR_BEFORE = r"\b(?:tengo miedo de|me da miedo|temo)(?: que)?(?: \w+){0,2} ?$"
FUTURE_AFTER = r" ?(?:\w+ ){0,3}(?:algun dia|en el futuro|mas adelante)"
CONDITIONAL = (
    r"\b(?:si|cuando) (?:alguna vez |algun dia )?(?:tu|te|tienes|sientes|piensas|alguien|conoces"
    r"|estas|alguno|alguna|tu amig[oa]|un ser querido|él|el|ella)\b|\bte ha pasado que$"
    r"|\b(?:alguna vez has|han|has) $|\bes normal$"
)
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
    r"\b(?:nos vemos (?:el|la|en la|mañana|pronto|el lunes|la proxima|en el|en la reunion|el jueves)"
    r"|hasta (?:el|la|mañana|pronto|luego|la proxima)|vacaciones|me mudo|me cambio de|nuevo trabajo"
    r"|me tomo un descanso|un descanso|un tiempo fuera|dejo el grupo|salgo del grupo|me voy de viaje"
    r"|buenas noches|me desconecto|vuelvo (?:en|el|pronto|la)|regreso (?:en|el|pronto|la)"
    r"|me jubilo|me gradu\w+)\b"
)
GIVING_OFF = (
    r"\b(?:viej[oa]s|biblioteca|usad[oa]s|dono|donar|done|donacion|caridad|mudanza|me mudo|ropa vieja|ya no me queda|venta de garaje"
    r"|gatitos|cachorros|bebe)\b"
)
PAST = (
    r"\b(?:hace (?:\w+ )?(?:anos|años|meses|mucho|tiempo)|antes(?! de)|de (?:adolescente|joven|niñ[oa]"
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
PAST_VERB = (
    r"\b(?:tuve|tenia|pensaba|queria|solia|estaba|fue|fui|senti|sentia|pense)\b(?: \w+){0,2} ?$"
)
RECENT = (
    r"\b(?:anoche|ayer|hoy|esta mañana|esta noche|ahora|otra vez|de nuevo|esta semana|todavia"
    r"|hace (?:unas|un par de|pocas) horas)\b"
)
HUMOUR = r"\b(?:jaja|lol|xd)\b"
TRIVIAL = r"\b{TRIVIAL}\b"
HYPERBOLE = (
    r"\bme (?:da|dan|dio|dieron|hace|hacen) (?:ganas de|querer)|\bsi (?:tengo que|me toca|vuelvo a"
    r"|escucho|veo|pierdo|repruebo) "
)
