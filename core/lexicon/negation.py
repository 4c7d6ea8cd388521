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
- ``will``: commitment or obligation ("will", "shall", "must").

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
           "will": ("will", "shall", "must", "undertake", "undertakes", "commit", "commits")},
    "fr": {"neg": ("ne", "n", "pas", "jamais", "aucun", "aucune", "sans", "ni", "nullement"),
           "may": ("peut", "peuvent", "pouvons", "pourra", "pourront", "pourrons", "pourrait",
                   "pourraient", "pouvez"),
           "will": ("doit", "doivent", "devons", "devra", "devront", "engage", "engageons")},
    "de": {"neg": ("nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "nie",
                   "niemals", "ohne", "weder"),
           "may": ("kann", "können", "darf", "dürfen", "könnte", "könnten", "dürfte"),
           "will": ("muss", "müssen", "wird", "werden", "soll", "sollen", "verpflichten",
                    "verpflichtet")},
    "nb": {"neg": ("ikke", "aldri", "ingen", "intet", "uten", "verken"),
           "may": ("kan", "kunne"),
           "will": ("skal", "må", "vil", "forplikter")},
    "nn": {"neg": ("ikkje", "aldri", "ingen", "inga", "utan", "verken"),
           "may": ("kan", "kunne"),
           "will": ("skal", "må", "vil", "forpliktar")},
    "da": {"neg": ("ikke", "aldrig", "ingen", "intet", "uden", "hverken"),
           "may": ("kan", "kunne"),
           "will": ("skal", "vil", "forpligter")},
    "sv": {"neg": ("inte", "ej", "aldrig", "ingen", "inget", "inga", "utan", "varken"),
           "may": ("kan", "kunna", "får", "kunde"),
           "will": ("ska", "skall", "måste", "kommer", "förbinder")},
    "is": {"neg": ("ekki", "aldrei", "engin", "enginn", "ekkert", "án", "hvorki"),
           "may": ("getur", "getum", "geta", "má", "megum"),
           "will": ("skal", "skulum", "munum", "mun", "verður", "verðum")},
    "fi": {"neg": ("ei", "en", "emme", "eivät", "koskaan", "ilman"),
           "may": ("voi", "voimme", "voivat", "saa", "saamme", "saattaa"),
           "will": ("täytyy", "pitää", "tulee", "sitoudumme", "velvollinen")},
    "et": {"neg": ("ei", "mitte", "kunagi", "ilma", "ega"),
           "may": ("võib", "võime", "võivad"),
           "will": ("peab", "peame", "peavad", "kohustub", "kohustume")},
    "lv": {"neg": ("ne", "nekad", "bez", "nav", "neviens", "nevienu"),
           "may": ("var", "varam", "drīkst", "drīkstam"),
           "will": ("būs", "apņemas", "jānodrošina", "pienākums")},
    "lt": {"neg": ("ne", "niekada", "be", "nėra", "nei", "jokių"),
           "may": ("gali", "galime", "galės"),
           "will": ("turi", "turime", "privalo", "privalome", "įsipareigoja")},
    "pl": {"neg": ("nie", "nigdy", "żaden", "żadne", "żadnych", "bez", "ani"),
           "may": ("może", "możemy", "mogą", "możesz"),
           "will": ("musi", "musimy", "muszą", "będzie", "będziemy", "zobowiązuje")},
    "cs": {"neg": ("ne", "nikdy", "žádný", "žádné", "žádná", "bez", "ani"),
           "may": ("může", "můžeme", "mohou", "smí", "smíme"),
           "will": ("musí", "musíme", "budeme", "bude", "zavazuje")},
    "sk": {"neg": ("nie", "nikdy", "žiadny", "žiadne", "žiadna", "bez", "ani"),
           "may": ("môže", "môžeme", "môžu", "smie"),
           "will": ("musí", "musíme", "budeme", "bude", "zaväzuje")},
    "sl": {"neg": ("ne", "nikoli", "nikdar", "noben", "nobene", "brez", "niti"),
           "may": ("lahko", "sme", "smemo"),
           "will": ("mora", "moramo", "bomo", "bo", "zavezuje")},
    "hr": {"neg": ("ne", "nikada", "nikad", "nijedan", "nikakve", "bez", "niti", "nije"),
           "may": ("može", "možemo", "mogu"),
           "will": ("mora", "moramo", "ćemo", "će", "obvezuje")},
    "bg": {"neg": ("не", "никога", "никакви", "без", "нито", "няма"),
           "may": ("може", "можем", "могат"),
           "will": ("трябва", "ще", "длъжен", "задължава")},
    "ro": {"neg": ("nu", "niciodată", "niciun", "nicio", "fără", "nici"),
           "may": ("poate", "putem", "pot", "poți"),
           "will": ("trebuie", "vom", "va", "obligă", "angajăm")},
    "hu": {"neg": ("nem", "soha", "semmilyen", "nélkül", "sem", "ne", "nincs"),
           "may": ("lehet", "tudunk", "tud", "jogosult"),
           "will": ("kell", "fogunk", "fog", "köteles", "kötelesek")},
    "el": {"neg": ("δεν", "μη", "μην", "ποτέ", "κανένα", "καμία", "χωρίς", "ούτε"),
           "may": ("μπορεί", "μπορούμε", "μπορούν"),
           "will": ("πρέπει", "θα", "οφείλει", "υποχρεούται", "δεσμεύεται")},
    "it": {"neg": ("non", "mai", "nessun", "nessuna", "nessuno", "senza", "né"),
           "may": ("può", "possiamo", "possono", "potrà", "potremo", "potrebbe"),
           "will": ("deve", "dobbiamo", "devono", "dovrà", "impegna", "impegniamo")},
    "es": {"neg": ("no", "nunca", "jamás", "ningún", "ninguna", "ninguno", "sin", "ni"),
           "may": ("puede", "podemos", "pueden", "podrá", "podrán", "podría"),
           "will": ("debe", "debemos", "deben", "deberá", "compromete", "comprometemos")},
    "pt": {"neg": ("não", "nunca", "jamais", "nenhum", "nenhuma", "sem", "nem"),
           "may": ("pode", "podemos", "podem", "poderá", "poderão"),
           "will": ("deve", "devemos", "devem", "deverá", "compromete", "comprometemos")},
    "nl": {"neg": ("niet", "nooit", "geen", "zonder", "noch", "nimmer"),
           "may": ("kan", "kunnen", "mag", "mogen", "kunt"),
           "will": ("zal", "zullen", "moet", "moeten", "verplicht", "verbinden")},
    "mt": {"neg": ("ma", "qatt", "ebda", "mingħajr", "lanqas"),
           "may": ("jista", "nistgħu", "jistgħu"),
           "will": ("għandu", "għandna", "irid", "se", "ser")},
    "ga": {"neg": ("ní", "níor", "nach", "gan", "riamh", "ná"),
           "may": ("féidir", "fhéadfadh"),
           "will": ("caithfidh", "beidh", "mór")},
}
# fmt: on
KINDS = {"may": "permission", "will": "commitment"}


@cache
def cues(language: str | None) -> dict[str, frozenset[str]]:
    """The three lists of a page's language and English (English alone when unknown)."""
    base = (language or "").split("-")[0].lower()
    chosen = ["en"] + ([base] if base in LANGUAGES and base != "en" else [])
    return {
        part: frozenset(w for lang in chosen for w in CUES[lang][part])
        for part in ("neg", "may", "will")
    }


def negations(words: Iterable[str], language: str | None = None) -> Counter[str]:
    """Negating words among the words of a comparison key, counted (a lone 't' is 'not')."""
    neg = cues(language)["neg"]
    counts = Counter("not" if w == "t" else w for w in words if w in neg)
    return +counts


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
