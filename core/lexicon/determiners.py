"""Determiners and quantifiers that open a sentence about parties, never a company's
name: "Jeder Unterauftragsverarbeiter ...", "Sämtliche Unterauftragsverarbeiter ...",
"Chaque sous-traitant ...", "Hver underdatabehandler ...", "Such Sub-processors ...".

wordfreq's most frequent words (:mod:`.function_words`) hold the commonest ones
("alle", "ces"), not the rarer quantifiers of legal text ("sämtliche", "ledit",
"samtlige"). This table is written systematically: every language the diff reads
fills the same rows, one concept each, and a German stem is written once and
declined with the strong adjective endings (``jed-`` gives jede, jeder, jedes,
jedem, jeden).

Rows: distributive (every, each), universal (all, whole set), quantity (some,
several, many, various, certain), negative (no, none), dual (both), other (other,
further, remaining), such, which, demonstrative (this, these), possessive (our,
your, their), and the legal anaphora (said, the aforementioned). Words of two
letters or fewer stay out (they are also initials: "TA", "CI").

    >>> "sämtliche" in DETERMINERS["de"], "jeder" in DETERMINERS["de"]
    (True, True)
    >>> is_determiner("Chaque", "fr"), is_determiner("Stripe", "fr")
    (True, False)
"""

from __future__ import annotations

from policywatch.core.lexicon import one_norwegian_row

# German determiner stems, declined with the strong endings; "kein", "manch", "solch",
# "welch" and the possessives also stand bare. "all-" is written out without "allen",
# which opens names ("Allen & Overy LLP").
_GERMAN_ENDINGS = ("e", "er", "es", "em", "en")
_GERMAN_STEMS = (
    "jed", "jeglich", "sämtlich", "einig", "etlich", "manch", "mehrer", "viel",
    "wenig", "verschieden", "bestimmt", "kein", "beid", "ander", "weiter", "übrig",
    "zusätzlich", "solch", "welch", "dies", "jen", "unser", "eur", "ihr", "besagt",
    "vorgenannt", "genannt",
)  # fmt: skip
_GERMAN_BARE = (
    "kein", "manch", "solch", "welch", "unser", "euer", "ihr", "alle", "aller", "alles",
    "allem",
)  # fmt: skip


def _declined(stems: tuple[str, ...], endings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(stem + end for stem in stems for end in endings)


# fmt: off
_ROWS: dict[str, tuple[str, ...]] = {
    "en": (
        "every", "each", "all", "some", "several", "many", "few", "various", "certain",
        "any", "none", "neither", "either", "both", "other", "another", "further",
        "additional", "remaining", "such", "which", "what", "whichever", "this", "that",
        "these", "those", "our", "your", "their", "its", "said", "aforementioned",
    ),
    "nb": (
        "hver", "hvert", "enhver", "ethvert", "alle", "samtlige", "noen", "noe", "flere",
        "mange", "diverse", "ulike", "visse", "enkelte", "ingen", "intet", "begge",
        "andre", "annen", "annet", "øvrige", "ytterligere", "slik", "slikt", "slike",
        "sådan", "sådanne", "hvilken", "hvilket", "hvilke", "denne", "dette", "disse",
        "den", "det", "vår", "vårt", "våre", "din", "ditt", "dine", "deres", "nevnte",
        "førnevnte",
    ),
    "de": (*_declined(_GERMAN_STEMS, _GERMAN_ENDINGS), *_GERMAN_BARE),
    "fr": (
        "chaque", "tout", "toute", "tous", "toutes", "certains", "certaines", "plusieurs",
        "quelques", "quelque", "divers", "diverses", "différents", "différentes",
        "aucun", "aucune", "nul", "nulle", "autre", "autres", "tel", "telle",
        "tels", "telles", "quel", "quelle", "quels", "quelles", "ce", "cet", "cette",
        "ces", "notre", "nos", "votre", "vos", "leur", "leurs", "ledit", "ladite",
        "lesdits", "lesdites", "susdits", "susdites",
    ),
    "es": (
        "cada", "todo", "toda", "todos", "todas", "algún", "alguno", "alguna", "algunos",
        "algunas", "varios", "varias", "muchos", "muchas", "ciertos", "ciertas",
        "diversos", "diversas", "ningún", "ninguno", "ninguna", "ambos", "ambas", "otro",
        "otra", "otros", "otras", "demás", "tal", "tales", "cualquier", "cualesquiera",
        "qué", "cuál", "cuáles", "este", "esta", "estos", "estas", "ese", "esa", "esos",
        "esas", "aquel", "aquella", "aquellos", "aquellas", "nuestro", "nuestra",
        "nuestros", "nuestras", "dicho", "dicha", "dichos", "dichas",
    ),
    "it": (
        "ogni", "ciascun", "ciascuno", "ciascuna", "tutto", "tutta", "tutti", "tutte",
        "alcun", "alcuno", "alcuna", "alcuni", "alcune", "vari", "varie", "diversi",
        "diverse", "molti", "molte", "certi", "certe", "nessun", "nessuno", "nessuna",
        "entrambi", "entrambe", "altro", "altra", "altri", "altre", "tale", "tali",
        "qualsiasi", "qualunque", "quale", "quali", "questo", "questa", "questi",
        "queste", "quello", "quella", "quelli", "quelle", "quei", "quegli", "nostro",
        "nostra", "nostri", "nostre", "detti", "dette", "suddetti", "suddette",
    ),
    "nl": (
        "elke", "elk", "ieder", "iedere", "alle", "sommige", "enkele", "meerdere",
        "verscheidene", "diverse", "vele", "bepaalde", "geen", "beide", "andere",
        "overige", "verdere", "dergelijke", "zulke", "zulk", "welke", "welk", "deze",
        "dit", "die", "dat", "onze", "ons", "uw", "hun", "genoemde", "voornoemde",
    ),
    "sv": (
        "varje", "varenda", "alla", "samtliga", "några", "någon", "något", "flera",
        "många", "vissa", "diverse", "olika", "ingen", "inget", "inga", "båda", "bägge",
        "andra", "annan", "annat", "övriga", "ytterligare", "sådan", "sådant", "sådana",
        "vilken", "vilket", "vilka", "denna", "detta", "dessa", "den", "det", "vår",
        "vårt", "våra", "deras", "nämnda", "ovannämnda",
    ),
    "da": (
        "hver", "hvert", "enhver", "ethvert", "alle", "samtlige", "nogle", "nogen",
        "noget", "flere", "mange", "visse", "diverse", "forskellige", "ingen", "intet",
        "begge", "andre", "anden", "andet", "øvrige", "yderligere", "sådan", "sådant",
        "sådanne", "hvilken", "hvilket", "hvilke", "denne", "dette", "disse", "den",
        "det", "vores", "vor", "vort", "vore", "jeres", "deres", "nævnte", "førnævnte",
    ),
    "pl": (
        "każdy", "każda", "każde", "wszyscy", "wszystkie", "wszelki", "wszelkie",
        "niektórzy", "niektóre", "kilka", "kilku", "wiele", "wielu", "różni", "różne",
        "pewni", "pewne", "żaden", "żadna", "żadne", "żadni", "oba", "obie", "obaj",
        "inny", "inna", "inne", "inni", "pozostali", "pozostałe", "dodatkowi",
        "dodatkowe", "taki", "taka", "takie", "tacy", "który", "która", "które",
        "którzy", "tych", "nasz", "nasza", "nasze", "nasi", "wasze", "ich", "wymienieni",
        "wymienione",
    ),
    "pt": (
        "cada", "todo", "toda", "todos", "todas", "algum", "alguma", "alguns", "algumas",
        "vários", "várias", "muitos", "muitas", "certos", "certas", "diversos",
        "diversas", "nenhum", "nenhuma", "ambos", "ambas", "outro", "outra", "outros",
        "outras", "demais", "tal", "tais", "qualquer", "quaisquer", "qual", "quais",
        "este", "esta", "estes", "estas", "esse", "essa", "esses", "essas", "aquele",
        "aquela", "aqueles", "aquelas", "nosso", "nossa", "nossos", "nossas",
        "referidos", "referidas",
    ),
}
# fmt: on

# Longer than two letters (see above).
DETERMINERS: dict[str, frozenset[str]] = {
    language: frozenset(w for w in words if " " not in w and len(w) > 2)
    for language, words in _ROWS.items()
}
ALL_DETERMINERS: frozenset[str] = frozenset().union(*DETERMINERS.values())


def is_determiner(word: str, language: str | None = None) -> bool:
    """Whether ``word`` (any case) is a determiner of ``language``'s row (of any row
    when the language is unknown or has none)."""
    return word.casefold() in DETERMINERS.get(one_norwegian_row(language), ALL_DETERMINERS)
