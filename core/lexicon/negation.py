"""Negation and modality words, one list per language policywatch reads.

    >>> sorted(negations("we do not sell and will never share".split(), "en"))
    ['never', 'not']
    >>> modality("nous pouvons partager".split(), "fr"), modality("wir werden teilen".split(), "de")
    ({'permission'}, {'commitment'})

A promise turns into a permission ("we will" -> "we may") or loses its
negation ("we do not sell" -> "we sell"): the two flips a diff must never
read as rewording. No library has these lists, so they are written here,
one block per language, each with the same three parts:

- ``neg``: words that negate a clause (the negative particle, "never",
  "no"/"none" determiners, "without"). Languages that negate with a verb
  prefix (Czech "ne-", Latvian "ne-") list the free-standing words only;
- ``may``: permission or possibility ("may", "can", "could");
- ``will``: commitment or obligation ("will", "shall", "must");
- ``only``: words that limit a clause to what they name ("we share it only with
  ..."), a promise as binding as a negation ("... and with nobody else").

Words are folded (lower case, NFC) and matched as whole words of a
comparison key, where "don't" has become "don t" (a lone "t" is a "not").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from policywatch.core.lexicon import LANGUAGES

# fmt: off
CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"neg": ("not", "never", "no", "none", "neither", "nor", "without", "cannot", "t"),
           "may": ("may", "might", "can", "could"),
           "will": ("will", "shall", "must", "undertake", "undertakes", "commit", "commits"),
           "only": ("only", "solely", "exclusively")},
    "fr": {"neg": ("ne", "n", "pas", "jamais", "aucun", "aucune", "sans", "ni", "nullement"),
           "may": ("peut", "peuvent", "pouvons", "pourra", "pourront", "pourrons", "pourrait",
                   "pourraient", "pouvez"),
           "will": ("doit", "doivent", "devons", "devra", "devront", "engage", "engageons"),
           "only": ("uniquement", "seulement", "exclusivement")},
    "de": {"neg": ("nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "nie",
                   "niemals", "ohne", "weder"),
           "may": ("kann", "können", "darf", "dürfen", "könnte", "könnten", "dürfte"),
           "will": ("muss", "müssen", "wird", "werden", "soll", "sollen", "verpflichten",
                    "verpflichtet"),
           "only": ("nur", "ausschließlich", "lediglich")},
    "nb": {"neg": ("ikke", "aldri", "ingen", "intet", "uten", "verken"),
           "may": ("kan", "kunne"),
           "will": ("skal", "må", "vil", "forplikter"),
           "only": ("kun", "bare", "utelukkende")},
    "nn": {"neg": ("ikkje", "aldri", "ingen", "inga", "utan", "verken"),
           "may": ("kan", "kunne"),
           "will": ("skal", "må", "vil", "forpliktar"),
           "only": ("berre", "kun", "utelukkande")},
    "da": {"neg": ("ikke", "aldrig", "ingen", "intet", "uden", "hverken"),
           "may": ("kan", "kunne"),
           "will": ("skal", "vil", "forpligter"),
           "only": ("kun", "udelukkende")},
    "sv": {"neg": ("inte", "ej", "aldrig", "ingen", "inget", "inga", "utan", "varken"),
           "may": ("kan", "kunna", "får", "kunde"),
           "will": ("ska", "skall", "måste", "kommer", "förbinder"),
           "only": ("endast", "bara", "enbart", "uteslutande")},
    "is": {"neg": ("ekki", "aldrei", "engin", "enginn", "ekkert", "án", "hvorki"),
           "may": ("getur", "getum", "geta", "má", "megum"),
           "will": ("skal", "skulum", "munum", "mun", "verður", "verðum"),
           "only": ("aðeins", "einungis", "eingöngu")},
    "fi": {"neg": ("ei", "en", "emme", "eivät", "koskaan", "ilman"),
           "may": ("voi", "voimme", "voivat", "saa", "saamme", "saattaa"),
           "will": ("täytyy", "pitää", "tulee", "sitoudumme", "velvollinen"),
           "only": ("vain", "ainoastaan", "pelkästään")},
    "et": {"neg": ("ei", "mitte", "kunagi", "ilma", "ega"),
           "may": ("võib", "võime", "võivad"),
           "will": ("peab", "peame", "peavad", "kohustub", "kohustume"),
           "only": ("ainult", "üksnes")},
    "lv": {"neg": ("ne", "nekad", "bez", "nav", "neviens", "nevienu"),
           "may": ("var", "varam", "drīkst", "drīkstam"),
           "will": ("būs", "apņemas", "jānodrošina", "pienākums"),
           "only": ("tikai", "vienīgi")},
    "lt": {"neg": ("ne", "niekada", "be", "nėra", "nei", "jokių"),
           "may": ("gali", "galime", "galės"),
           "will": ("turi", "turime", "privalo", "privalome", "įsipareigoja"),
           "only": ("tik", "tiktai", "išimtinai")},
    "pl": {"neg": ("nie", "nigdy", "żaden", "żadne", "żadnych", "bez", "ani"),
           "may": ("może", "możemy", "mogą", "możesz"),
           "will": ("musi", "musimy", "muszą", "będzie", "będziemy", "zobowiązuje"),
           "only": ("tylko", "wyłącznie", "jedynie")},
    "cs": {"neg": ("ne", "nikdy", "žádný", "žádné", "žádná", "bez", "ani"),
           "may": ("může", "můžeme", "mohou", "smí", "smíme"),
           "will": ("musí", "musíme", "budeme", "bude", "zavazuje"),
           "only": ("pouze", "jen", "výhradně")},
    "sk": {"neg": ("nie", "nikdy", "žiadny", "žiadne", "žiadna", "bez", "ani"),
           "may": ("môže", "môžeme", "môžu", "smie"),
           "will": ("musí", "musíme", "budeme", "bude", "zaväzuje"),
           "only": ("iba", "len", "výlučne")},
    "sl": {"neg": ("ne", "nikoli", "nikdar", "noben", "nobene", "brez", "niti"),
           "may": ("lahko", "sme", "smemo"),
           "will": ("mora", "moramo", "bomo", "bo", "zavezuje"),
           "only": ("samo", "izključno")},
    "hr": {"neg": ("ne", "nikada", "nikad", "nijedan", "nikakve", "bez", "niti", "nije"),
           "may": ("može", "možemo", "mogu"),
           "will": ("mora", "moramo", "ćemo", "će", "obvezuje"),
           "only": ("samo", "isključivo")},
    "bg": {"neg": ("не", "никога", "никакви", "без", "нито", "няма"),
           "may": ("може", "можем", "могат"),
           "will": ("трябва", "ще", "длъжен", "задължава"),
           "only": ("само", "единствено", "изключително")},
    "ro": {"neg": ("nu", "niciodată", "niciun", "nicio", "fără", "nici"),
           "may": ("poate", "putem", "pot", "poți"),
           "will": ("trebuie", "vom", "va", "obligă", "angajăm"),
           "only": ("doar", "numai", "exclusiv")},
    "hu": {"neg": ("nem", "soha", "semmilyen", "nélkül", "sem", "ne", "nincs"),
           "may": ("lehet", "tudunk", "tud", "jogosult"),
           "will": ("kell", "fogunk", "fog", "köteles", "kötelesek"),
           "only": ("csak", "kizárólag", "csupán")},
    "el": {"neg": ("δεν", "μη", "μην", "ποτέ", "κανένα", "καμία", "χωρίς", "ούτε"),
           "may": ("μπορεί", "μπορούμε", "μπορούν"),
           "will": ("πρέπει", "θα", "οφείλει", "υποχρεούται", "δεσμεύεται"),
           "only": ("μόνο", "αποκλειστικά")},
    "it": {"neg": ("non", "mai", "nessun", "nessuna", "nessuno", "senza", "né"),
           "may": ("può", "possiamo", "possono", "potrà", "potremo", "potrebbe"),
           "will": ("deve", "dobbiamo", "devono", "dovrà", "impegna", "impegniamo"),
           "only": ("solo", "soltanto", "esclusivamente", "unicamente")},
    "es": {"neg": ("no", "nunca", "jamás", "ningún", "ninguna", "ninguno", "sin", "ni"),
           "may": ("puede", "podemos", "pueden", "podrá", "podrán", "podría"),
           "will": ("debe", "debemos", "deben", "deberá", "compromete", "comprometemos"),
           "only": ("solo", "sólo", "solamente", "únicamente", "exclusivamente")},
    "pt": {"neg": ("não", "nunca", "jamais", "nenhum", "nenhuma", "sem", "nem"),
           "may": ("pode", "podemos", "podem", "poderá", "poderão"),
           "will": ("deve", "devemos", "devem", "deverá", "compromete", "comprometemos"),
           "only": ("apenas", "somente", "exclusivamente", "unicamente")},
    "nl": {"neg": ("niet", "nooit", "geen", "zonder", "noch", "nimmer"),
           "may": ("kan", "kunnen", "mag", "mogen", "kunt"),
           "will": ("zal", "zullen", "moet", "moeten", "verplicht", "verbinden"),
           "only": ("alleen", "uitsluitend", "enkel", "slechts")},
    "mt": {"neg": ("ma", "qatt", "ebda", "mingħajr", "lanqas"),
           "may": ("jista", "nistgħu", "jistgħu"),
           "will": ("għandu", "għandna", "irid", "se", "ser"),
           "only": ("biss", "esklussivament")},
    "ga": {"neg": ("ní", "níor", "nach", "gan", "riamh", "ná"),
           "may": ("féidir", "fhéadfadh"),
           "will": ("caithfidh", "beidh", "mór"),
           "only": ("amháin",)},
}
# fmt: on
KINDS = {"may": "permission", "will": "commitment"}


@cache
def cues(language: str | None) -> dict[str, frozenset[str]]:
    """The three lists of a page's language and English (English alone when unknown)."""
    base = (language or "").split("-")[0].lower()
    chosen = ["en"] + ([base] if base in LANGUAGES and base != "en" else [])
    # Folded as comparison keys fold ("ausschließlich" is read as "ausschliesslich").
    return {
        part: frozenset(w.casefold() for lang in chosen for w in CUES[lang][part])
        for part in ("neg", "may", "will", "only")
    }


def negations(words: Iterable[str], language: str | None = None) -> Counter[str]:
    """Negating words among the words of a comparison key, counted (a lone 't' is 'not')."""
    neg = cues(language)["neg"]
    counts = Counter("not" if w == "t" else w for w in words if w in neg)
    return +counts


# The preposition "without" of each language, one of its ``neg`` words: it negates a
# phrase ("without undue delay", "sans délai"), not the clause's verb, so a duty done
# "without delay" is no prohibition (:func:`clause_negations`).
# fmt: off
WITHOUT: dict[str, tuple[str, ...]] = {
    "en": ("without",), "fr": ("sans",), "de": ("ohne",), "nb": ("uten",), "nn": ("utan",),
    "da": ("uden",), "sv": ("utan",), "is": ("án",), "fi": ("ilman",), "et": ("ilma",),
    "lv": ("bez",), "lt": ("be",), "pl": ("bez",), "cs": ("bez",), "sk": ("bez",),
    "sl": ("brez",), "hr": ("bez",), "bg": ("без",), "ro": ("fără",), "hu": ("nélkül",),
    "el": ("χωρίς",), "it": ("senza",), "es": ("sin",), "pt": ("sem",), "nl": ("zonder",),
    "mt": ("mingħajr",), "ga": ("gan",),
}
# fmt: on


def clause_negations(words: Iterable[str], language: str | None = None) -> Counter[str]:
    """The negating words that negate a clause's verb: :func:`negations` without the
    preposition "without".

    >>> clause_negations("we shall notify you without delay".split(), "en")
    Counter()
    >>> clause_negations("vi skal ikke dele dem uten samtykke".split(), "nb")
    Counter({'ikke': 1})
    """
    base = (language or "").split("-")[0].lower()
    without = {*WITHOUT["en"], *WITHOUT.get(base, ())}
    return +Counter({w: n for w, n in negations(words, language).items() if w not in without})


# A clause limited by a phrase ("access is limited to staff who ...") says what "only"
# says ("only staff who ... have access"): counted as one limiting word. Keys are
# lower case without punctuation, so each phrase is written as a key.
# fmt: off
LIMIT_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("limited to", "restricted to"),
    "de": ("beschränkt auf", "begrenzt auf"),
    "fr": ("limité à", "limitée à", "limités à", "limitées à", "réservé à", "réservée à",
           "restreint à", "restreinte à"),
    "es": ("limita a", "limita al", "limitado a", "limitado al", "limitada a", "limitada al",
           "restringido a", "restringido al", "restringida a", "restringida al"),
    "it": ("limitato a", "limitato al", "limitata a", "limitata al", "limitati a", "limitati ai",
           "riservato a", "riservato al", "riservata a", "riservata al"),
    "nl": ("beperkt tot",),
    "sv": ("begränsad till", "begränsat till", "begränsade till"),
    "nb": ("begrenset til", "begrenses til"),
    "da": ("begrænset til",),
}
# fmt: on


def limits(words: Iterable[str], language: str | None = None) -> Counter[str]:
    """Limiting words ("only", "solely") among the words of a comparison key, counted;
    a limiting phrase ("limited to") counts as its first word.

    >>> limits("we share it only with our processors".split(), "en")
    Counter({'only': 1})
    >>> limits("access is limited to staff".split(), "en")
    Counter({'limited': 1})
    """
    only = cues(language)["only"]
    words = list(words)
    counts = Counter(w for w in words if w in only)
    base = (language or "").split("-")[0].lower()
    phrases = (*LIMIT_PHRASES["en"], *(LIMIT_PHRASES.get(base, ()) if base != "en" else ()))
    joined = f" {' '.join(words)} "
    for phrase in phrases:
        if f" {phrase} " in joined:
            counts[phrase.split()[0]] += joined.count(f" {phrase} ")
    return counts


def modals(words: Iterable[str], language: str | None = None) -> Counter[str]:
    """Modal words (permission or commitment) among the words of a comparison key."""
    c = cues(language)
    return Counter(w for w in words if w in c["may"] or w in c["will"])


def modality(words: Iterable[str], language: str | None = None) -> set[str]:
    """Which kinds of modality a clause expresses: ``permission``, ``commitment``."""
    c = cues(language)
    found = set()
    for w in words:
        if w in c["may"]:
            found.add("permission")
        elif w in c["will"]:
            found.add("commitment")
    return found
