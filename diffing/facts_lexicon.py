"""Word lists and patterns that :mod:`policywatch.diffing.facts` reads facts with.

Kept apart from the extraction logic so a reviewer can check (and extend)
the vocabulary in one place. Languages: English, Norwegian bokmål, with the
commonest French and German forms. Every pattern is generic: none names a
particular vendor's document.

This module is a table of data, not code (no function of its own): the cues
and patterns that say what a sentence is about (retention, locations,
processors, the DPO, governing law, sale, ads, children, breach notice, AI).
The named things the facts report (transfer mechanisms, third parties,
certifications, rights, privacy laws) are in :mod:`.facts_names`. The
readers that use both are in :mod:`.facts_readers` and :mod:`.facts_units`;
grammar words shared with other layers come from :mod:`policywatch.core.lexicon`.
"""

from __future__ import annotations

import re

from policywatch.core.lexicon import countries, legal_forms, negation, numbers, periods
from policywatch.core.lexicon.authorities import AUTHORITY_WORDS
from policywatch.core.lexicon.phrases import spell_frames
from policywatch.diffing.lexicons import ADDRESS_WORDS
from policywatch.diffing.prefilter import long_phrase_regex

IC = re.IGNORECASE

# The languages the fact readers are written for; their grammar words come from
# the shared word lists (core.lexicon), not from here.
FACT_LANGUAGES = ("en", "nb", "fr", "de")
# Articles that count as "one" before a unit ("a year", "ett år", "une semaine").
_ARTICLES = {"a": 1, "an": 1, "ei": 1, "ett": 1, "une": 1, "eine": 1, "einem": 1, "einer": 1}
# The numbers policies spell out in periods ("three years", "tre år", "thirty days").
SPELLED = frozenset(range(1, 32)) | {36, 40, 45, 48, 50, 60, 72, 90, 100}
# Their words in the fact languages, from num2words.
NUMBER_WORDS: dict[str, int] = {
    **{
        w: n
        for lang in FACT_LANGUAGES
        for w, n in numbers.number_words(lang).items()
        if n in SPELLED
    },
    **_ARTICLES,
}
# Unit word -> days (hours for breach notice are handled separately), from CLDR.
UNIT_DAYS: list[tuple[str, int]] = [
    (
        "|".join(
            re.escape(w)
            for w in sorted(
                {w for lang in FACT_LANGUAGES for w, u in periods.unit_words(lang).items()
                 if u == unit},
                key=len,
                reverse=True,
            )
        ),
        0 if unit == "hour" else periods.in_days(1, unit),
    )
    for unit in periods.UNITS
]  # fmt: skip
_NUMBER = r"(?P<num>\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?P<unit>" + "|".join(u for u, _ in UNIT_DAYS) + r")"
# A range's lower bound and what stands between its numbers ("30–90 days", "1 to 3 years").
_RANGE_FROM = (
    r"(?:\d{1,4}\s*(?:["
    + periods.RANGE_DASHES
    + r"]|(?:"
    + "|".join(sorted({w for lang in FACT_LANGUAGES for w in periods.RANGE_WORDS[lang]}))
    + r")(?=\s))\s*)?"
)
# "14 days", "three (3) months", "14 dager", "24 Monate", "30–90 days" (its upper bound)
PERIOD = re.compile(
    r"(?<![\w-])"
    + _RANGE_FROM
    + _NUMBER
    + r"(?:\s*\(\d{1,4}\))?[\s-]+(?:calendar |business |working )?"
    + _UNIT
    + r"(?![\w])",
    IC,
)

RETENTION_CUE = re.compile(
    r"\b(?:retain|retention|keep|kept|stor(?:e|ed|es|ing|age)|delet|eras|remov|purg|anonymi|destroy|"
    r"archiv|lagr|oppbevar|behold|slett|fjern|makuler|conserv|supprim|efface|speicher|"
    r"aufbewahr|lösch|gelöscht)",
    IC,
)
# A period that is an age, a look-back or a response time is not a retention period.
NOT_RETENTION_BEFORE = re.compile(
    r"(?:under|below|younger than|older than|over|at least|aged?|age of|preceding|past|last|"
    r"previous|moins de|unter|innen|within)\s*(?:the age of\s*)?$",
    IC,
)
NOT_RETENTION_AFTER = re.compile(r"^\s*(?:of age|old|gamle?|alt|alte?n?|d'âge)\b", IC)
RESPONSE_CUE = re.compile(
    r"\b(?:respond|response|reply|answer|svar\w*|répond\w*|antwort\w*|notif\w*|varsl\w*)", IC
)
TERMINATION = re.compile(
    r"\b(?:after|following|upon|from)\b[^.;]{0,40}?\b(?:terminat\w*|cancel\w*|clos\w*|"
    r"end of|expir\w*|deactivat\w*|delet\w* (?:of )?(?:your )?account|inactiv\w*|"
    r"last (?:use|login|activity))|\b(?:etter|ved)\b[^.;]{0,40}?\b(?:oppsigelse\w*|"
    r"avslutning\w*|utløp\w*|opphør\w*|sletting\w*)|\baprès\b[^.;]{0,30}?\b(?:résiliation|"
    r"clôture|fin)\b|\bnach\b[^.;]{0,30}?\b(?:beendigung|kündigung|ende)\b",
    IC,
)
AS_LONG_AS = re.compile(
    r"\bas long as\b[^.;]{0,40}?\b(?:necessary|needed|required)|\bs[åa] lenge\b[^.;]{0,40}?"
    r"\b(?:nødvendig|påkrevd|behov)|\baussi longtemps que nécessaire|\bsolange\b[^.;]{0,30}?"
    r"\berforderlich|\b(?:for )?as long as (?:your|an|the) account (?:is|remains) (?:active|open)|"
    r"\bså lenge (?:en|din) konto er aktiv",
    IC,
)
# A period without a number, the contract's term ("for the duration of the contract",
# "für die Dauer des Vertrages"): core/lexicon/periods.py, every fact language.
CONTRACT_TERM = long_phrase_regex(
    sorted({p for lang in FACT_LANGUAGES for p in spell_frames(periods.CONTRACT_TERM[lang])})
)
# What a period of no number must be about to be a retention fact: data kept, named by a
# data word or a compound of one ("Kontodaten", "kontodataene", "données de votre
# compte"), not access kept ("you keep access until the end of your subscription") nor
# a cookie's or a password's lifetime.
RETAINED_DATA = re.compile(
    r"\b\w*(?:data|daten|datene|dataene|opplysning\w*)\b|\b(?:information|informasjon\w*|"
    r"données|informations|personal details)\b",
    IC,
)

# The places data is stored in or sent to that the readers report: CLDR codes, whose
# names in the fact languages come from the shared country list (core.lexicon).
REGION_CODES = (
    "EEA", "EU", "US", "GB", "CH", "NO", "SE", "DK", "FI", "DE", "FR", "IE", "NL", "CA", "IN",
    "JP", "AU", "SG", "BR", "CN", "IL", "HK", "KR",
)  # fmt: skip
REGION_RE: list[tuple[re.Pattern[str], str]] = countries.region_patterns(
    REGION_CODES, FACT_LANGUAGES
)
# Words right before a region that make it a data location, not a law or a head office.
LOCATIVE = re.compile(
    r"(?:\b(?:in|into|to|within|inside|outside(?: of)?|across|throughout|from|i|til|innenfor|"
    r"utenfor|fra|en|au|aux|vers|hors de|dans|nach|außerhalb|innerhalb)\s+(?:the |det |le |la |"
    r"les |der |die |den |l')?|(?:,|\band|\bog|\bor|\beller|\bet|\bund|/)\s*)$",
    IC,
)
OUTSIDE = re.compile(
    r"\b(?:outside|utenfor|hors|außerhalb)\s+(?:of\s+)?(?:the |det |de l'|der )?$", IC
)
LOCATION_CUE = re.compile(
    r"\b(?:transfer\w*|stor(?:e|ed|age)\b|host\w*|process\w*|server\w*|data cent\w*|"
    r"overfør\w*|lagr\w*|behandl\w*|drift\w*|transf[eé]r\w*|héberg\w*|"
    r"stock(?:age|ée?s?|és|er|ons|ez|ent)?\b|traitement|"
    r"übermitt\w*|speicher\w*|verarbeit\w*|country|countries|land)",
    IC,
)

# Companies named in a processor context: "Acme Hosting, Inc.", "Foo AS".
COMPANY = re.compile(
    r"\b((?:[A-Z][\w&.'-]*\s+){0,4}?[A-Z][\w&.'-]*),?\s+"
    rf"(?:{legal_forms.NAME_END})\b\.?"
)
PROCESSOR_CUE = re.compile(
    r"\b(?:sub-?processors?|processors?|service providers?|suppliers?|subcontractors?|"
    r"vendors?|hosting|recipients?|databehandler\w*|underleverandør\w*|leverandør\w*|"
    r"sous-traitants?|auftragsverarbeit\w*|dienstleister\w*)",
    IC,
)

IN_PROGRESS = re.compile(
    r"\b(?:undergoing|working towards?|in progress|pursuing|expected|plan(?:s|ning)? to|"
    r"aim(?:s|ing)? to|in the process|under arbeid|pågående|i ferd med|jobber mot|en cours|"
    r"in vorbereitung)",
    IC,
)

EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", IC)
DPO: list[tuple[str, str]] = [
    (
        r"\b(?:data protection officer|DPO|personvernombud\w*|délégué à la protection des données|"
        r"datenschutzbeauftragte[rn]?)\b",
        "Data protection officer",
    ),
    (r"\b(?:chief )?privacy office(?:r)?\b", "Privacy officer"),
]

GOVERNING_LAW: list[re.Pattern[str]] = [
    re.compile(
        r"governed by(?: and construed in accordance with)? the laws? of "
        r"(?P<law>(?:the )?(?:State of )?[A-Z][\w]+(?: [A-Z][\w]+)*)"
    ),
    re.compile(
        r"(?P<law>[A-Z][\w]+ (?:and [A-Z][\w]+ )?(?:data protection )?"
        r"(?:law|laws|legislation)) (?:shall )?(?:govern|appl(?:y|ies))"
    ),
    re.compile(
        r"(?:is|are) subject to (?P<law>[A-Z][\w]+(?: and [A-Z][\w]+)? "
        r"(?:data protection )?(?:law|laws|legislation))"
    ),
    re.compile(r"(?:reguleres av|underlagt|lovvalg[^.]{0,20}?) (?P<law>norsk (?:rett|lov)\w*)", IC),
    re.compile(r"(?:soumis au|régi par le) (?P<law>droit \w+)", IC),
    re.compile(r"unterliegt?(?: dem)? (?P<law>\w+ Recht)", IC),
]
VENUE = re.compile(
    r"\b(?P<law>[A-ZÆØÅ][\wæøå]+ tingrett)\b|"
    r"\bcourts? of (?P<law2>[A-Z][\w ]+?)\b(?=[,.;]| shall| will)"
)

SALE_TERMS = re.compile(
    r"\b(?:sell|sells|selling|sold|rent(?:s)? out|sale of (?:your |their )?(?:personal )?"
    r"(?:data|information)|selge\w*|selger|solgt|salg av (?:person)?opplysning\w*|vend(?:re|ons|"
    r"ent|u|us)|verkauf(?!skan[aä]l)\w*)\b",
    IC,
)
NOT_SALE = re.compile(
    r"\b(?:sale of (?:a|the|our|its) (?:business|company|assets)|merger|acquisition|opt[- ]out of "
    r"(?:the )?sale|right to opt|fusjon|oppkjøp|fusion|rachat)",
    IC,
)
NEGATION = re.compile(
    r"\b(?:n't|n'|"
    + "|".join(
        sorted(
            {re.escape(w) for lang in FACT_LANGUAGES for w in negation.CUES[lang]["neg"]
             if len(w) > 1},
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    IC,
)  # fmt: skip
ADS_TERMS = re.compile(
    r"\b(?:advertis\w*|ads|ad networks?|targeted|interest-based|remarketing|retarget\w*|"
    r"annons\w*|reklame|målrettet|publicit\w*|ciblée|werbung|werbe\w*)",
    IC,
)
ADS_PARTY = re.compile(
    r"\b(?:third[- ]part\w*|partners?|networks?|vendors?|pixels?|share\w*|facebook|google|meta|"
    r"tredjepart\w*|partner\w*|nettverk\w*|tiers|partenaires?|dritt\w*)",
    IC,
)

CHILD_CUE = re.compile(
    r"\b(?:child\w*|minors?|kids?|teen\w*|age|barn\w*|mindreårig\w*|enfants?|mineurs?|kinder\w*|"
    r"minderjährig\w*|jugendlich\w*)",
    IC,
)
AGE = re.compile(
    r"\b(?:under|below|younger than|age of|aged|at least|over|minimum age of|moins de|unter|"
    r"mindestens)\s+(?:the age of\s+)?(?P<age>\d{1,2})\b(?!\s*(?:%|days|months|dager))"
    r"|\b(?P<age2>\d{1,2})\s*(?:years? (?:of age|old)|år|ans|jahre?n?)\b",
    IC,
)

BREACH_CUE = re.compile(
    r"\b(?:breach\w*|security incident\w*|incident\w*|brudd\w*|avvik\w*|sikkerhetsbrudd|"
    r"violation\w*|datenpanne\w*|verletzung\w*)",
    IC,
)
NOTIFY_CUE = re.compile(
    r"\b(?:notif\w*|inform\w*|alert|tell you|varsl\w*|melde\w*|underrett\w*|benachrichtig\w*)", IC
)
PROMPT = re.compile(
    r"\b(?:without undue delay|promptly|as soon as (?:reasonably )?(?:possible|practicable)|"
    r"uten ugrunnet opphold|snarest|dans les meilleurs délais|unverzüglich)",
    IC,
)

RIGHTS_CUE = re.compile(
    r"\b(?:rights?|rett(?:ighet\w*)?|krav på|droits?|rechte?|request|be om)\b", IC
)

AI_TERMS = re.compile(
    r"\b(?:train\w* (?:our |the |its |their )?(?:ai |artificial intelligence |machine learning )?"
    r"(?:models?|algorithms?|systems?)|model training|machine learning|artificial intelligence|"
    r"generative ai|large language models?|\bLLMs?\b|kunstig intelligens|maskinlæring|"
    r"trene\w* (?:modell\w*|ki)|entraîn\w* (?:nos |les |des )?(?:modèles?|ia)|"
    r"intelligence artificielle|künstliche intelligenz|trainier\w*)",
    IC,
)
AI_DATA = re.compile(
    r"\b(?:your|customer|user|personal|content|data|prompts?|inputs?|conversations?|dine|"
    r"kunde\w*|données|daten)\b",
    IC,
)
REASONABLE_TIME = re.compile(
    r"\b(?:within a reasonable (?:time|period)|innen rimelig tid|dans un délai raisonnable|"
    r"innerhalb einer angemessenen frist)",
    IC,
)
# A unit about which law applies ("processing in Norway is governed by GDPR")
# names a place without saying data goes there, unless it also stores/transfers.
LAW_SCOPE = re.compile(
    r"\b(?:governed|legislation|regulation|law|laws|lov\w*|forordning\w*|direktiv\w*)\b", IC
)
STRONG_LOCATION = re.compile(
    r"\b(?:transfer\w*|stor(?:e|ed|age)\b|host\w*|server\w*|data cent\w*|overfør\w*|lagr\w*|"
    r"héberg\w*|stock(?:age|ée?s?|és|er|ons|ez|ent)?\b|übermitt\w*|speicher\w*)",
    IC,
)
# A unit that reads as a postal address or a company's registration ("registered office
# 1 Main Street, Dublin, Ireland", "siège social ... France") names where a company sits,
# not where data goes, unless it also stores or transfers: the address words of every
# language (diffing.lexicons.ADDRESS_WORDS, the one list).
ADDRESS_SCOPE = re.compile(
    r"(?<!\w)(?:" + "|".join(s for stems in ADDRESS_WORDS.values() for s in stems) + ")", IC
)
# A unit naming a supervisory authority gives where to complain and the authority's
# address ("... Landesamt für Datenschutzaufsicht, Promenade 18, 91522 Ansbach,
# Deutschland"), not where data goes, unless it also stores or transfers: the authority
# words of every language (core/lexicon/authorities.py, the one list).
AUTHORITY_SCOPE = re.compile(
    r"(?<!\w)(?:" + "|".join(s for stems in AUTHORITY_WORDS.values() for s in stems) + ")", IC
)
