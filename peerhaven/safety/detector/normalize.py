"""Text normalisation for matching: one canonical spelling for the many ways people type.

What it does, in order:

1. keeps at most ``HEAD_CHARS`` + ``TAIL_CHARS`` of a very long message (a 1 MB paste is
   assessed on its beginning and end, so it still answers in milliseconds), and drops the
   lines a reply quotes ("> i want to die" above "please call 988");
2. casefolds, strips accents (but keeps ``ñ``), drops apostrophes ("don't" -> "dont"),
   turns hyphens into spaces and a few emoji into words ("💊" -> "pills");
3. un-obfuscates words such as "k!ll", "su1c1de", "s*icide" when exactly one word of the
   risk vocabulary fits, and collapses stretched letters ("diieee" -> "die", "sooo" -> "so",
   "killlll" -> "kill");
4. maps chat abbreviations, common misspellings and regional forms to one form ("wanna" ->
   "want to", "rn" -> "right now", "kiero" -> "quiero", "i am" -> "im", "top myself" ->
   "kill myself", "20 mins back" -> "20 mins ago", Spain's "me he tomado" -> "me tome",
   dictated "period" -> ".");
5. splits into sentences (on . ! ? ; … and line breaks; commas stay inside a sentence so
   that "two years ago, I wanted to die" keeps its time marker; a break between two short
   chat lines joins them, and "die... of boredom" stays one sentence).
"""

from __future__ import annotations

import re
import unicodedata

from .rules import words

HEAD_CHARS = 12_000
TAIL_CHARS = 4_000

# --- characters -------------------------------------------------------------------------


def _build_char_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        if ch in "ñÑ":
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base and base != ch and base.isascii():
            table[cp] = base.lower()
    for ch in "'’‘`´ʼʻ":
        table[ord(ch)] = ""
    for ch in '-–_~=+^|\\/"“”«»()[]{}<>':
        table[ord(ch)] = " "
    for ch in "¿¡":
        table[ord(ch)] = " "
    table[ord("…")] = ". "
    # Emoji that carry meaning here become words; the rest stay as they are.
    emoji = {
        "💊": " pills ",
        "🔪": " knife ",
        "🗡": " knife ",
        "🪢": " rope ",
        "🔫": " gun ",
        "⚰": " coffin ",
        "🪦": " grave ",
        "🩸": " blood ",
        "🌉": " bridge ",
        "😂": " lol ",
        "🤣": " lol ",
        "😆": " lol ",
        "😹": " lol ",
        "💀": " lol ",
        "😅": " lol ",
        "🙄": " lol ",
    }
    for k, v in emoji.items():
        table[ord(k)] = v
    return table


_CHAR_TABLE = _build_char_table()

# --- de-obfuscation and stretched letters -------------------------------------------------

#: Words of the risk vocabulary that people disguise ("k!ll", "su1c1de", "d*e").
RISK_VOCAB = words(
    """
    kill killing die dying dead death suicide suicidal myself unalive cut cutting harm
    hang pills overdose alive live life end goodbye kms noose rope blood bleed morir
    muerte muerto muerta matarme suicidio suicidarme suicida cortarme vida
    """
)
_LEET = {"1": "il", "!": "il", "3": "e", "4": "a", "@": "a", "0": "o", "$": "s", "5": "s", "7": "t"}
_WILD = "*#"
_OBFUSCATED = re.compile(r"[a-zñ0-9*@$!#]*[a-zñ][a-zñ0-9*@$!#]*")
_HAS_SYMBOL = re.compile(r"[0-9*@$!#]")
_STRETCH = re.compile(r"([a-zñ])\1{2,}")
_TOKEN_WITH_STRETCH = re.compile(r"[a-zñ]*([a-zñ])\1{2,}[a-zñ]*")

#: Words legitimately spelled with a double letter, so that "killlll" becomes "kill",
#: not "kil" ("sooo" becomes "so" because "soo" is not here).
DOUBLE_LETTER_WORDS = words(
    """
    kill killing killed all will still feel feeling feels need needed sleep sleeping see
    too good goodbye sorry well off bleed bleeding bottle pills really happy little
    pretty stuff tomorrow asleep free three week weeks keep keeping anymore yall hurry
    worry worried terrible horrible guess less cross miss missed press pressure
    depressed stress stressed mess passed across ill soon seem seems been loop book look
    took llorar llamar llevo lleva calle ella ello ellos ellas pesadilla cuello sello
    allí alli perro perra tierra guerra cerrar correr burro aguantarlo arriba ahorrar
    carro
    """
)


def _deobfuscate(token: str) -> str:
    core = token.strip("!#*")
    if not core or not _HAS_SYMBOL.search(core):
        return token
    letters = sum(c.isalpha() for c in core)
    if letters < 2 or letters < len(core) / 2:
        return token
    found = None
    for word in RISK_VOCAB:
        if len(word) != len(core):
            continue
        for c, w in zip(core, word):
            if c == w or c in _WILD or w in _LEET.get(c, ""):
                continue
            break
        else:
            if found is not None:
                return token
            found = word
    if found is None:
        return token
    return token.replace(core, found)


def _unstretch(token: str) -> str:
    """The best guess at a word typed with stretched letters ("pleeease", "diieee")."""
    options = (
        _STRETCH.sub(r"\1\1", token),
        _STRETCH.sub(r"\1", token),
        _ANY_RUN.sub(r"\1", token),
    )
    for option in options:
        if option in _KNOWN_WORDS:
            return option
    return options[1]


_ANY_RUN = re.compile(r"([a-zñ])\1+")
_KNOWN_WORDS = (
    DOUBLE_LETTER_WORDS
    | RISK_VOCAB
    | words(
        """
    so bye please want dead tired nobody help alone hate hurt ya no
    """
    )
)


# --- abbreviations and misspellings ----------------------------------------------------------

#: Whole-word replacements, applied after the steps above. Keys are whole words.
ABBREVIATIONS: dict[str, str] = {
    # English chat
    "wanna": "want to", "wana": "want to", "wnna": "want to", "wantto": "want to",
    "wnat": "want", "wamt": "want", "wnt": "want", "whant": "want", "wan": "want",
    "gonna": "going to", "gona": "going to", "gunna": "going to", "finna": "going to",
    "gnna": "going to", "imma": "im going to", "ima": "im going to", "iam": "im",
    "boutta": "about to", "tryna": "trying to", "gotta": "got to", "kinda": "kind of",
    "u": "you", "ur": "your", "r": "are", "b4": "before", "bc": "because", "bcuz": "because",
    "cuz": "because", "coz": "because", "cos": "because", "bcs": "because",
    "becuz": "because", "rn": "right now", "atm": "right now",
    "tn": "tonight", "2nite": "tonight", "2night": "tonight", "tonite": "tonight",
    "tonigth": "tonight", "tonght": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmrow": "tomorrow", "tmrrw": "tomorrow", "tomorow": "tomorrow", "tommorow": "tomorrow",
    "tommorrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "2day": "today",
    "ppl": "people", "every1": "everyone", "evry1": "everyone", "evryone": "everyone",
    "some1": "someone", "sum1": "someone", "no1": "no one", "noone": "no one",
    "any1": "anyone", "idk": "i dont know", "idc": "i dont care", "idec": "i dont even care",
    "ngl": "honestly", "tbh": "honestly", "tbf": "honestly", "fr": "really", "frfr": "really",
    "pls": "please", "plz": "please", "plss": "please", "thx": "thanks", "thnx": "thanks",
    "anymor": "anymore", "anymoe": "anymore", "nemore": "anymore", "anymroe": "anymore",
    "anynore": "anymore", "abt": "about", "thru": "through", "wat": "what", "wut": "what",
    "dnt": "dont", "cnt": "cant", "cannot": "cant", "rly": "really", "rlly": "really",
    "realy": "really", "jus": "just", "jst": "just", "lyf": "life", "ded": "dead",
    "alr": "already", "wont": "wont", "w8": "wait", "l8r": "later", "nothin": "nothing",
    "dyin": "dying", "tryin": "trying", "goin": "going", "killin": "killing",
    "cuttin": "cutting", "livin": "living", "thinkin": "thinking", "feelin": "feeling",
    "tierd": "tired", "depresed": "depressed", "deppressed": "depressed",
    "n": "and", "b": "be", "gud": "good", "hav": "have", "evrything": "everything",
    "everythin": "everything", "somethin": "something", "aki": "aqui", "aca": "aqui", "tird": "tired", "beter": "better", "nobdy": "nobody",
    "everyon": "everyone", "burdon": "burden", "burdern": "burden", "burdan": "burden",
    "goodby": "goodbye", "gudbye": "goodbye", "hopless": "hopeless", "myslef": "myself",
    "mysef": "myself", "myselfe": "myself", "mself": "myself", "meself": "myself",
    "myelf": "myself", "msyelf": "myself", "myseld": "myself", "mysel": "myself",
    "kil": "kill", "kiil": "kill", "suicde": "suicide", "sucide": "suicide",
    "suicid": "suicide", "suiside": "suicide", "sucicide": "suicide", "siucide": "suicide",
    "suicdal": "suicidal", "sucidal": "suicidal", "sucidial": "suicidal",
    "suicidial": "suicidal", "suicidle": "suicidal", "suisidal": "suicidal",
    "suicidel": "suicidal", "sewerslide": "suicide", "oding": "overdosing",
    "selfharm": "self harm", "selfharming": "self harming", "unaliving": "unaliving",
    "lmao": "lol", "lmfao": "lol", "rofl": "lol", "lolol": "lol", "xd": "lol",
    # phonetic and hurried spellings
    "tomoro": "tomorrow", "tomorro": "tomorrow", "tomoz": "tomorrow", "skool": "school",
    "brige": "bridge", "bridg": "bridge", "brdge": "bridge", "jumpin": "jumping",
    "wil": "will", "slef": "self", "razr": "razor", "rite": "right", "pils": "pills",
    "pilz": "pills", "tak": "take", "wen": "when", "leavs": "leaves", "tok": "took",
    "sleepin": "sleeping", "rouf": "roof", "ruf": "roof", "bilding": "building",
    "sry": "sorry", "thursdy": "thursday", "stuf": "stuff", "givin": "giving",
    "alredy": "already", "aready": "already", "allready": "already", "grup": "group",
    "nite": "night", "wateva": "whatever", "savin": "saving", "workin": "working",
    "tol": "told", "luv": "love", "evrythin": "everything", "wudnt": "wouldnt",
    "sumthin": "something", "hapens": "happens", "tel": "tell", "enuf": "enough",
    "standin": "standing", "sittin": "sitting", "walkin": "walking", "drivin": "driving",
    "agen": "again", "takin": "taking", "doin": "doing", "endin": "ending", "leavin": "leaving",
    "pastiyas": "pastillas", "pastiyitas": "pastillas", "mañna": "mañana", "aser": "hacer",
    # Scots
    "gonnae": "going to", "dae": "do", "intae": "into", "efter": "after", "dinnae": "dont",
    "cannae": "cant", "aboot": "about", "wi": "with",
    # misspellings and autocorrect
    "garaj": "garage", "garag": "garage", "runing": "running", "siting": "sitting",
    "perscription": "prescription", "presciption": "prescription", "enuff": "enough",
    "tabelts": "tablets", "tablits": "tablets", "overdoes": "overdose", "ospital": "hospital",
    "sobredosiz": "sobredosis",
    # Spanish chat
    "q": "que", "k": "que", "ke": "que", "qe": "que", "xq": "porque", "pq": "porque",
    "pk": "porque", "xk": "porque", "porq": "porque", "porqe": "porque", "xque": "porque",
    "tb": "tambien", "tmb": "tambien", "tmbn": "tambien", "kiero": "quiero",
    "qiero": "quiero", "qero": "quiero", "kero": "quiero", "quero": "quiero",
    "kisiera": "quisiera", "morirm": "morirme", "morime": "morirme", "matarm": "matarme",
    "suicidarm": "suicidarme", "suisidarme": "suicidarme", "sucidarme": "suicidarme",
    "suisidio": "suicidio", "nadien": "nadie", "naide": "nadie", "mui": "muy", "bn": "bien",
    "dsp": "despues", "dps": "despues", "hoi": "hoy", "aora": "ahora", "manana": "mañana",
    "mñn": "mañana", "vdd": "verdad", "xfa": "por favor", "cansad": "cansado",
    "jaja": "jaja", "jajaja": "jaja", "jajajaja": "jaja", "jsjs": "jaja", "jsjsjs": "jaja",
}  # fmt: skip

#: Multi-word canonical forms (regex -> replacement), applied after ABBREVIATIONS.
PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bi m\b", "im"),
    (r"\bi am\b", "im"),
    (r"\bdo not\b", "dont"),
    (r"\bcan not\b", "cant"),
    (r"\bwill not\b", "wont"),
    (r"\bwould not\b", "wouldnt"),
    (r"\bdid not\b", "didnt"),
    (r"\bdoes not\b", "doesnt"),
    (r"\bcould not\b", "couldnt"),
    (r"\bany more\b", "anymore"),
    (r"\bfor ever\b", "forever"),
    (r"\bmy self\b", "myself"),
    (r"\bno one\b", "nobody"),
    (r"\bnot (?:going to|gonna) lie\b", "honestly"),
    (r"\bs h\b", "sh"),
    (r"\bself harm(?:ing)?\b", "self harm"),
    (r"\bsewer slide\b", "suicide"),
    (r"\bk m s\b", "kms"),
    (r"\bun alive\b", "unalive"),
    (r"\bself delete\b", "unalive myself"),
    (r"\bdelet(?:e|ing) myself\b", "unaliving myself"),
    (r"\byeet(?:ing)? myself\b", "throwing myself"),
    # British and Irish slang for killing oneself
    (r"\b(?:top|neck) myself\b(?! up| off)", "kill myself"),
    (r"\b(?:topping|necking) myself\b(?! up| off)", "killing myself"),
    (r"\b(?:topped|necked) myself\b(?! up| off)", "killed myself"),
    (r"\bdo (?:myself in|away with myself)\b", "kill myself"),
    (r"\bdoing (?:myself in|away with myself)\b", "killing myself"),
    # "consume" for take, "20 mins back" for 20 mins ago (Indian English)
    (r"\bconsume\b", "take"),
    (r"\bconsumed\b", "took"),
    (r"\bconsuming\b", "taking"),
    (r"\bmins back\b", "mins ago"),
    (r"\bminutes back\b", "minutes ago"),
    (r"\bhour back\b", "hour ago"),
    (r"\bhours back\b", "hours ago"),
    (r"\bhrs back\b", "hrs ago"),
    (r"\bdays back\b", "days ago"),
    (r"\bweeks back(?=,| i\b| we\b| my\b| he\b| she\b|\.|$)", "weeks ago"),
    (r"\bmonths back(?=,| i\b| we\b| my\b| he\b| she\b|\.|$)", "months ago"),
    (r"\byears back(?=,| i\b| we\b| my\b| he\b| she\b|\.|$)", "years ago"),
    # Police and military slang for shooting oneself
    (
        r"\beat (?:my (?:gun|glock|pistol|revolver|shotgun|service weapon)|a bullet)\b",
        "shoot myself",
    ),
    (
        r"\beating (?:my (?:gun|glock|pistol|revolver|shotgun|service weapon)|a bullet)\b",
        "shooting myself",
    ),
    (
        r"\bi ate (?:my (?:gun|glock|pistol|revolver|shotgun|service weapon)|a bullet)\b",
        "i shot myself",
    ),
    # Nigerian Pidgin: "i don drink" is "i have drunk"
    (r"\bi don drink\b", "i have drunk"),
    (r"\bi don swallow\b", "i have swallowed"),
    (r"\bi don take\b", "i have taken"),
    (r"\bi don cut\b", "i have cut"),
    # "ice una sobredosis": "hice" as it sounds
    (r"\bice una (?=sobredosis)", "hice una "),
    # "me boy" for "me voy" (Spanish by ear)
    (r"\bme boy\b", "me voy"),
    (r"\bthis night\b", "tonight"),
    (r"\ba hole (?=bottle|box|pack|packet|strip|jar)", "a whole "),
    (r"\b(?:a|an) our ago\b", "an hour ago"),
    (r"\bsui (?=thoughts|ideation|urges|feelings|idea)", "suicidal "),
    (r"\bw (?=(?:the|my|a|an|his|her|no|them|him|me|you|everyone|friends|family)\b)", "with "),
    (r"\bha(?:ha)+h?\b|\bhe(?:he)+\b", "lol"),
    (r"\bja(?:ja)+j?\b|\bje(?:je)+\b|\bji(?:ji)+\b", "jaja"),
)

_SLASHED_WORDS = {"s/h": "sh", "w/o": "without", "w/": "with ", "b/c": "because"}
_SLASHED = re.compile(r"(?<![a-z])(?:s/h|w/o|b/c|w/)(?![a-z/])")
_JUNK = re.compile(r"[^a-zñ0-9 .,!?;:\n\r]+")
#: Abbreviations are whole words: one set lookup says whether a text has any.
_WORD = re.compile(r"[a-zñ0-9]+")
_ABBREVIATED = frozenset(ABBREVIATIONS)
assert all(_WORD.fullmatch(k) for k in ABBREVIATIONS)
# Every phrase starts at a word boundary; saying so once, outside the alternation, lets the
# search skip the middle of words without trying each phrase there. Each phrase is marked
# by an empty named group *after* it, so every alternative begins with its first letter
# and the search rejects a word at once when no phrase starts with that letter.
assert all(p.startswith(r"\b") for p, _ in PHRASES)
_PHRASES_RE = re.compile(
    r"\b(?:" + "|".join(f"(?:{p[2:]})(?P<p{i}>)" for i, (p, _) in enumerate(PHRASES)) + ")"
)
_PHRASE_REPL = {f"p{i}": r for i, (_, r) in enumerate(PHRASES)}
_SPACES = re.compile(r" +")
#: "i dont want to be here no more": "no more" after these words means "anymore".
_NO_MORE = re.compile(r"\b(here|live|alive|this|it|living|exist|existing) no more\b")
#: "want 2", "going 2": the digit as a word, only after verbs that take "to".
_TWO_AS_TO = re.compile(
    r"\b(want|need|wish|ready|going|about|trying|have|got|decided|planning|wanna|gonna) 2\b"
)
#: "od'd", "oded": before apostrophes go, since "od'd" would become "odd".
_ODED = re.compile(r"\bod(?:['’`´]e?d|ed)\b")
#: Spain's perfect tense as the preterite the lexicon is written in ("me he tomado" ->
#: "me tome", "he abierto" -> "abri").
_PERFECT = {
    "tomado": "tome", "tragado": "trague", "cortado": "corte", "bebido": "bebi",
    "comprado": "compre", "escrito": "escribi", "dejado": "deje", "decidido": "decidi",
    "intentado": "intente", "hecho": "hice", "abierto": "abri", "cerrado": "cerre",
    "preparado": "prepare", "atado": "ate", "colgado": "colgue", "guardado": "guarde",
    "juntado": "junte", "regalado": "regale", "despedido": "despedi", "vuelto": "volvi",
}  # fmt: skip
_PERFECT_RE = re.compile(r"\bhe (" + "|".join(_PERFECT) + r")\b")
#: Spanish drops the subject pronoun; "si yo desapareciera" reads as "si desapareciera".
_YO_AFTER = re.compile(r"\b(si|cuando|que|porque|aunque) yo\b")
#: Dictated punctuation ("i love you period i left it in the folder period").
_DICTATED_PERIOD = re.compile(
    r"(?<!\bmy)(?<!\bthe)(?<!\ba)(?<!\bher)(?<!\bthis)(?<!\bthat)(?<!\bof)(?<!\bon)(?<!\bnext)"
    r"(?<!\blast)(?<!\bfirst)(?<!\bhard)(?<!\btrial)(?<!\bwaiting)(?<!\bgrace) period\b"
)
_SENTENCE_SPLIT = re.compile(r"(?:[!?;\n\r]|\.(?!\d)|(?<!\d):(?!\d))+")


def _fix_token(m: re.Match[str]) -> str:
    token = m.group(0)
    if _HAS_SYMBOL.search(token):
        token = _deobfuscate(token)
    if _STRETCH.search(token):
        token = _unstretch(token)
    return token


_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


def _unquote(text: str) -> str:
    """A reply without the lines it quotes ("> i want to die" above "please call 988"):
    the quoted words are someone else's. A message that is all quotes is kept whole."""
    rest = _QUOTED_LINE.sub("", text)
    return rest if rest.strip() else text


#: Someone else's words in quotation marks after a verb of saying: "my friend texted me this:
#: "i've got the pills saved up"", "mi madre ha escrito en el grupo: "sobro"". The writer's
#: own ("i texted her: "..."", "le dije: "...", "my note says: "..."") are kept.
_REPORTED_QUOTE = re.compile(
    r"(?i)\b(?:texted|messaged|wrote|posted|said|says|writes|tweeted|sent|told me)(?: me| us)?"
    r"(?: this| that| something like)?(?: on (?:his|her|their) (?:story|wall|page))?"
    r"|\bon (?:his|her|their) (?:story|status)|\b(?:ha escrito|escribio|escribió|dijo|me dijo|puso|publico|publicó)"
    r"(?: en [^:\"“]{0,30})?"
)
_QUOTE_AFTER = re.compile(r"\s*:?\s*[\"“]([^\"”]{3,400})[\"”]")
_WRITER = re.compile(r"(?i)(?:^|[^a-z])(?:i|yo|le|les|it|note|nota)(?: just| then| also)? $")


def _drop_reported_quotes(text: str) -> str:
    """The message without what someone else said in quotation marks (see above)."""
    out, last = [], 0
    for verb in _REPORTED_QUOTE.finditer(text):
        quote = _QUOTE_AFTER.match(text, verb.end())
        if (
            quote is None
            or verb.start() < last
            or _WRITER.search(text[max(0, verb.start() - 12) : verb.start()])
        ):
            continue
        out.append(text[last : quote.start(1)])
        last = quote.end(1)
    if not out:
        return text
    out.append(text[last:])
    rest = "".join(out)
    return rest if rest.strip(' "“”:.') else text


def normalize(text: str) -> str:
    """The canonical, lowercase, accent-free form of ``text`` used by every rule."""
    if len(text) > HEAD_CHARS + TAIL_CHARS:
        text = text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]
    if ">" in text:
        text = _unquote(text)
    if '"' in text or "“" in text:
        text = _drop_reported_quotes(text)
    text = unicodedata.normalize("NFKC", text).casefold()
    if "od" in text:
        text = _ODED.sub("overdosed", text)
    if "/" in text:
        text = _SLASHED.sub(lambda m: _SLASHED_WORDS[m.group(0)], text)
    text = text.translate(_CHAR_TABLE)
    if _HAS_SYMBOL.search(text) or _STRETCH.search(text):
        text = _OBFUSCATED.sub(_fix_token, text)
    text = _JUNK.sub(" ", text)
    if not _ABBREVIATED.isdisjoint(_WORD.findall(text)):
        text = _WORD.sub(lambda m: ABBREVIATIONS.get(m.group(0), m.group(0)), text)
    if " 2" in text:
        text = _TWO_AS_TO.sub(r"\1 to", text)
    if " no more" in text:
        text = _NO_MORE.sub(r"\1 anymore", text)
    if "he " in text:
        text = _PERFECT_RE.sub(lambda m: _PERFECT[m.group(1)], text)
    if " yo " in text:
        text = _YO_AFTER.sub(r"\1", text)
    if " period" in text:
        text = _DICTATED_PERIOD.sub(".", text)
    text = _PHRASES_RE.sub(lambda m: _PHRASE_REPL[m.lastgroup], text)  # type: ignore[index]
    return _SPACES.sub(" ", text)


#: "i want to die... of boredom", "sleep forever... till noon", "i'm jumping... straight
#: into buying more": a trailing "of …", "until …" or "into …" after dots finishes the same
#: sentence.
_DOTS_THEN_IDIOM = re.compile(
    r"\.[. ]*(?= (?:of|from|till|until|til|de|hasta|(?:straight |right |back )?into) )"
)


#: In chat one sentence is often typed over several short lines ("wish i could just" /
#: "not wake up"); a break between two short lines with no punctuation is a space.
SHORT_LINE_WORDS = 6


def _soft(before: str, line: str) -> bool:
    return bool(
        before
        and line
        and before[-1] not in ".!?;:,"
        and before.count(" ") < SHORT_LINE_WORDS
        and line.count(" ") < SHORT_LINE_WORDS
    )


def soft_breaks(normalized: str) -> bool:
    """Whether some line break of the text joins two short chat lines."""
    lines = [line.strip() for line in normalized.splitlines()]
    return any(_soft(a, b) for a, b in zip(lines, lines[1:]))


def _join_short_lines(text: str, joiner: str) -> str:
    lines = [line.strip() for line in text.splitlines()]
    out = lines[0]
    for before, line in zip(lines, lines[1:]):
        out += (joiner if _soft(before, line) else "\n") + line
    return out


def sentences(normalized: str, joiner: str = " ") -> list[str]:
    """The sentences of a normalised text, stripped, without empty ones. A break between
    two short lines with no punctuation becomes ``joiner`` (a space: one sentence)."""
    if "\n" in normalized:
        normalized = _join_short_lines(normalized, joiner)
    if ". " in normalized:
        normalized = _DOTS_THEN_IDIOM.sub("", normalized)
    out = []
    for part in _SENTENCE_SPLIT.split(normalized):
        part = part.strip(" ,")
        if part:
            out.append(part)
    return out
