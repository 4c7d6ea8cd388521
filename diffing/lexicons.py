"""The materiality categories and their topic words (English, Norwegian, French, German).

:data:`CATEGORIES` are the category ids of the change labels (the dev corpus
README); every verdict, reason and alert uses them. Each category has
*stems*: regular expressions matched at a word start on the comparison key
(lower case, no punctuation). A stem is "strong" enough that adding or
removing it changes what a policy says about that topic; generic words
(data, information, privacy, use) are deliberately
absent. Keep them lists of plain words so a reviewer can read and extend them.
Grammar words (months, numbers, period units, countries, negation and
modality) are not here: they are the shared word lists of
:mod:`policywatch.core.lexicon`, in every language policywatch reads.

    >>> sorted(topics("we may sell your personal data to advertisers"))
    ['sale_sharing', 'tracking_ads']
    >>> sorted(topics("vi lagrer opplysningene i 30 dager"))
    ['retention']
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from policywatch.core.taxonomy import materiality_ids

# The one list of categories is the taxonomy's (policywatch.core.taxonomy).
CATEGORIES = materiality_ids()

# fmt: off
TOPIC_STEMS: dict[str, tuple[str, ...]] = {
    "purposes": (
        r"purpose", r"bad actor", r"fraud", r"profiling", r"personali[sz]",
        r"formål", r"finalité", r"zweck", r"lutte contre la fraude", r"betrug",
        r"auto.?shar", r"cross.?platform", r"how (?:do )?we use", r"use of your",
        r"we use your", r"utilisons vos", r"utilisation de vos", r"verwenden (?:wir )?ihre",
        r"bruker vi", r"bruk av (?:dine|personopplysning)",
    ),
    "data_categories": (
        r"biometric", r"voice", r"voiceprint", r"photo", r"video", r"selfie", r"geolocation",
        r"precise location", r"location data", r"ip address", r"phone number",
        r"government.?issued", r"government id", r"identity document", r"id document",
        r"passport", r"driver.?s licen",
        r"health", r"sexual orientation", r"facial", r"face", r"fingerprint", r"device identifier",
        r"contact list", r"payment card", r"credit card", r"ethnic", r"religio", r"criminal",
        r"biometri", r"ip.?adresse", r"lokasjon", r"fødselsnummer", r"helseopplysning",
        r"biométrique", r"voix", r"localisation", r"adresse ip", r"pièce d.?identité",
        r"données de santé", r"reconnaissance faciale", r"biometrisch", r"standort", r"ausweis",
        r"gesundheit", r"verification", r"vérification", r"verifizierung", r"verifisering",
        # The GDPR's special categories and the commonest kinds a notice lists, per
        # language (en, fr, de, nb).
        r"date of birth", r"birth date", r"postal address", r"home address",
        r"browsing history", r"search history", r"purchase history", r"bank account",
        r"financial information", r"income", r"political opinion", r"trade union",
        r"genetic", r"social security number", r"national id", r"sensitive (?:personal )?data",
        r"special categor", r"inferences", r"audio recording", r"voice recording",
        r"address book", r"date de naissance", r"adresse postale", r"historique de navigation",
        r"coordonnées bancaires", r"données bancaires", r"revenus", r"opinions? politiques?",
        r"appartenance syndicale", r"génétique", r"sécurité sociale", r"données sensibles",
        r"catégories particulières", r"geburtsdatum", r"postanschrift", r"bankverbindung",
        r"bankdaten", r"einkommen", r"politische meinung", r"gewerkschaft", r"genetisch",
        r"sozialversicherungsnummer", r"sensible daten", r"besondere kategorien", r"fødselsdato",
        r"postadresse", r"bankkonto", r"inntekt", r"politisk oppfatning", r"fagforeningsmedlem",
        r"genetisk", r"sensitive personopplysning", r"særlige kategorier",
        # Collecting data, the way a heading or sentence about what is collected says it,
        # per language (en, fr, de, nb).
        r"we (?:may )?collect", r"(?:data|information) (?:that )?we collect",
        r"categories of personal (?:data|information)", r"nous collectons",
        r"données (?:que nous )?collectées", r"catégories de données", r"wir erheben",
        r"erhobene daten", r"welche daten", r"kategorien (?:personenbezogener|von) daten",
        r"samler (?:vi )?inn", r"innsamling", r"hvilke (?:person)?opplysninger",
        r"kategorier (?:av )?personopplysninger",
    ),
    "recipients": (
        r"third.?part", r"sub.?processor", r"subprocessor", r"service provider", r"partners?\b",
        r"affiliate", r"disclos", r"recipient", r"vendor", r"processor", r"share[sd]?\b",
        r"sharing", r"group companies", r"tredjepart", r"databehandler", r"underleverandør",
        r"deler\b", r"utleverer", r"tiers", r"sous.?traitant", r"partenaire", r"destinataire",
        r"partag", r"dritte", r"auftragsverarbeiter", r"empfänger", r"weitergeb", r"weitergabe",
    ),
    "sale_sharing": (
        r"sell", r"sold\b", r"sale of", r"selling", r"vend(?:ons|re|u|ent)\b", r"vente",
        r"verkauf", r"selger", r"salg av",
    ),
    "retention": (
        r"retain", r"retention", r"we keep", r"kept for",
        r"keeps? (?:your|the|it|them|this|these|such|all|any|personal|a copy)\b",
        r"store[sd]? for", r"delete",
        r"deletion", r"erase", r"as long as", r"inactiv", r"lagre", r"lagring", r"slett",
        r"oppbevar", r"conserv", r"supprim", r"durée", r"aufbewahr", r"speicherdauer",
        r"gespeichert", r"lösch",
        # Keeping and deleting in the other languages the corpus and its users write
        # (nl, sv, da, pl; es, it and pt say "conserv-", matched above).
        r"bewaar", r"bewaren", r"verwijder", r"sparar", r"bevara", r"lagra", r"radera",
        r"gallr", r"opbevar", r"slet", r"przechowuj", r"przechowywan", r"usun", r"usuw",
    ),
    "transfers": (
        r"transfer", r"outside the (?:eea|european|eu|uk)", r"standard contractual",
        r"privacy shield", r"data privacy framework", r"adequacy", r"third countr",
        r"overfør", r"utenfor eøs", r"transfert", r"hors de l", r"clauses contractuelles",
        r"übermittl", r"drittland", r"standardvertragsklausel", r"binding corporate",
    ),
    # A data subject's rights, not "we reserve the right to", "all rights reserved"
    # or intellectual property rights.
    "rights": (
        r"(?<!reserve the )(?<!reserves the )right to", r"your (?:\w+ )?rights",
        r"(?:privacy|subject|data protection) rights", r"rights (?:of|as) (?:a )?data subject",
        r"opt.?out", r"withdraw (?:your )?consent", r"complain", r"supervisory authorit",
        r"rectif", r"erasure", r"portabilit", r"object to", r"judicial remedy",
        r"rett til", r"innsyn", r"klage", r"datatilsynet", r"vos droits",
        r"droit (?:d |de l |à l |à la |d accès|de rectification|d opposition|à l effacement)",
        r"cnil", r"introduire une réclamation", r"réclamation auprès",
        r"opposer", r"recht auf", r"ihre rechte", r"widerspruch", r"beschwerde",
        r"aufsichtsbehörde", r"auskunft", r"berichtigung",
    ),
    "controller_contact": (
        r"data protection officer", r"dpo\b", r"controller", r"representative",
        r"contact us", r"postal address", r"registered office", r"personvernombud",
        r"behandlingsansvarlig", r"délégué", r"responsable (?:du|de) traitement",
        r"représentant", r"datenschutzbeauftragt", r"verantwortlich", r"vertreter",
        r"protection des données", r"personvernansvarlig",
    ),
    "legal_basis": (
        r"legal basis", r"lawful basis", r"legitimate interest", r"consent",
        r"legal obligation", r"performance of (?:a|the|our) contract", r"behandlingsgrunnlag",
        r"samtykke", r"berettiget interesse", r"base légale", r"intérêt légitime",
        r"consentement", r"rechtsgrundlage", r"berechtigte", r"einwilligung",
    ),
    "security": (
        r"encrypt", r"end.?to.?end", r"(?<!national )(?<!social )security", r"iso.?27001",
        r"soc.?2", r"certif",
        r"pseudonym", r"kryptert", r"sikkerhet", r"chiffr", r"sécurité", r"verschlüssel",
        r"sicherheit", r"audit",
    ),
    "breach": (
        r"breach", r"security incident", r"notify", r"notification", r"avvik",
        r"sikkerhetsbrudd", r"violation de données", r"notifi", r"datenpanne",
        r"verletzung des schutzes",
    ),
    "children": (
        r"child", r"minor", r"under the age", r"age of", r"years old", r"years of age",
        r"parent", r"guardian", r"age limit", r"age of majority", r"barn", r"foreldre",
        r"enfant", r"mineur", r"majorité", r"âge", r"kinder", r"minderjährig", r"volljährig",
        r"age verification",
    ),
    "tracking_ads": (
        r"cookie", r"tracker", r"tracking", r"analytics", r"pixel", r"advertis", r"\bads\b",
        r"tag manager", r"sdk", r"targeted", r"bugsnag", r"piwik", r"matomo",
        r"informasjonskapsel", r"annonse", r"reklame", r"traceur", r"publicit", r"werbung",
        r"werbe",
    ),
    "law_liability": (
        r"governing law", r"jurisdiction", r"arbitra", r"court", r"liabilit", r"liable",
        r"indemn", r"warrant", r"injunct", r"waive", r"class action", r"venue", r"verneting",
        r"lovvalg", r"loi applicable", r"tribunal", r"responsabilité", r"juridiction",
        r"gerichtsstand", r"haftung", r"schiedsgericht", r"anwendbares recht",
    ),
    "fees_termination": (
        r"fee", r"price", r"refund", r"instal", r"billing", r"billed", r"charge",
        r"terminat", r"suspend", r"suspension", r"cancel", r"close (?:your|the) account",
        r"renew", r"subscription", r"balance", r"payment", r"pris", r"betaling", r"oppsigelse",
        r"refusjon", r"rembourse", r"abonnement", r"prix", r"résili", r"paiement",
        r"gebühr", r"preis", r"erstattung", r"kündig", r"zahlung", r"sperr",
    ),
    "ai_training": (
        r"train", r"machine learning", r"artificial intelligence", r"\bai\b", r"\bllm",
        r"large language model", r"models?\b", r"entraîn", r"apprentissage", r"modèle",
        r"ki.?training", r"sprachmodell", r"trening", r"scrap",
    ),
}
# fmt: on


# Categories whose words mean something else without a companion word in the same
# sentence: selling is about data only beside a word for data ("vente" alone is a
# shop's sale), training is AI training only beside a word for a model or AI
# ("entraîner" alone means "to cause").
# fmt: off
REQUIRES: dict[str, tuple[str, ...]] = {
    "sale_sharing": (
        r"data", r"information", r"personal", r"données", r"informations", r"daten",
        r"opplysning", r"informasjon", r"datos", r"dati", r"gegevens", r"persondata",
    ),
    "ai_training": (
        r"models?\b", r"\bai\b", r"\bllm", r"machine learning", r"artificial intelligence",
        r"algorithm", r"modèle", r"intelligence artificielle", r"\bia\b", r"\bki\b",
        r"modell", r"künstliche intelligenz", r"kunstig intelligens", r"maskinlæring",
        r"large language",
    ),
}
# fmt: on


@cache
def topic_pattern(category: str) -> re.Pattern[str]:
    """One compiled alternation per category, anchored at word starts."""
    stems = TOPIC_STEMS[category]
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + ")")


@lru_cache(maxsize=16384)
def topics(text: str) -> dict[str, list[str]]:
    """Categories whose stems occur in a comparison key, with the words found.

    Cached (the same sentence is read for its own words and as a neighbour's
    context): treat the result as read-only.
    """
    found: dict[str, list[str]] = {}
    for category in TOPIC_STEMS:
        hits = [m.group(0) for m in topic_pattern(category).finditer(text)]
        if hits and (category not in REQUIRES or _companion(category).search(text)):
            found[category] = hits
    return found


@cache
def _companion(category: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(REQUIRES[category]) + ")")


# Words that say where data lives or goes (a country beside them is a transfer, not an
# address): one list per language, each with the same parts: hosting, servers and
# data centres, storage, processing "in" a place.
# fmt: off
DATA_LOCATION_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"host", r"server", r"data cent", r"cloud", r"stored", r"storage", r"processed in",
           r"located (?:in|on)"),
    "fr": (r"héberg", r"serveur", r"centre de données", r"centres de données", r"cloud",
           r"stock", r"traitées? (?:en|au|aux|dans)"),
    "de": (r"gehostet", r"hosting", r"server", r"rechenzentr", r"cloud", r"gespeichert",
           r"speicher", r"verarbeitet in"),
    "nb": (r"server", r"datasenter", r"skyen", r"lagret", r"lagring", r"driftet",
           r"behandles i"),
    "es": (r"alojad", r"servidor", r"centros? de datos", r"almacena"),
    "it": (r"ospitat", r"server", r"data center", r"archiviat", r"conservat"),
    "nl": (r"gehost", r"server", r"datacent", r"opgeslagen", r"opslag"),
}
# fmt: on


# Words of a postal address or a company's registration (a country beside them is
# where the company sits): one list per language.
# fmt: off
ADDRESS_WORDS: dict[str, tuple[str, ...]] = {
    "en": (r"address", r"registered (?:office|in|with|under)", r"headquarter", r"street",
           r"avenue", r"company (?:number|registration)", r"incorporated"),
    "fr": (r"adresse", r"siège", r"rue", r"immatricul", r"rcs", r"registre du commerce"),
    "de": (r"anschrift", r"adresse", r"sitz", r"straße", r"strasse", r"handelsregister",
           r"amtsgericht"),
    "nb": (r"adresse", r"gate", r"veien", r"org nr", r"organisasjonsnummer",
           r"foretaksregisteret"),
    "es": (r"domicilio", r"dirección", r"calle", r"registro mercantil"),
    "it": (r"indirizzo", r"sede legale", r"registro delle imprese"),
    "nl": (r"adres", r"gevestigd", r"straat", r"kvk", r"handelsregister"),
}
# fmt: on


@lru_cache(maxsize=64)
def cue(words: str, language: str | None) -> re.Pattern[str]:
    """The word starts of one cue list (``"ADDRESS_WORDS"``, ``"DATA_LOCATION_WORDS"``)
    in English and the page's language, as one pattern.

    >>> bool(cue("ADDRESS_WORDS", "fr").search("siège social à paris"))
    True
    >>> bool(cue("ADDRESS_WORDS", "en").search("siège social à paris"))
    False
    """
    table = _CUE_LISTS[words]
    base = (language or "en").split("-")[0].lower()
    stems = [*table["en"], *(table.get(base, ()) if base != "en" else ())]
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + ")")


_CUE_LISTS = {"ADDRESS_WORDS": ADDRESS_WORDS, "DATA_LOCATION_WORDS": DATA_LOCATION_WORDS}


# Sentences that announce an update of the document itself: one list per language,
# each with the same three parts: "we updated this policy", "we added more detail /
# information", "we clarified / simplified" (and "this policy was updated").
_DOC = r"(?:this|our|the) (?:privacy )?(?:policy|notice|statement|terms|agreement)"
# fmt: off
CHANGE_NOTICE: dict[str, tuple[str, ...]] = {
    "en": (rf"we (?:have )?(?:updated|changed|revised|amended|modified) {_DOC}",
           r"we (?:have )?(?:added|provided|included) (?:more |additional |further |some )?"
           r"(?:detail|details|information|clarity|clarification|explanation|examples|context)",
           r"we (?:have )?(?:clarified|reorganised|reorganized|restructured|simplified|reworded"
           r"|rewritten)",
           rf"{_DOC} (?:was|were|has been|have been) (?:updated|changed|revised|amended)",
           r"summary of changes", r"what s new"),
    "fr": (r"nous avons (?:mis à jour|modifié|révisé) (?:cette|notre|la) (?:politique|charte"
           r"|déclaration|notice)",
           r"nous avons (?:ajouté|apporté) (?:plus de |davantage de |des )?(?:précisions|détails"
           r"|informations|clarifications|explications)",
           r"nous avons (?:clarifié|précisé|simplifié|reformulé|réorganisé)",
           r"(?:cette|la présente) politique a été (?:mise à jour|modifiée)"),
    "de": (r"wir haben (?:diese|unsere|die) \w+ (?:aktualisiert|geändert|überarbeitet)",
           r"wir haben (?:weitere |zusätzliche |mehr )?(?:details|informationen|erläuterungen"
           r"|beispiele) (?:ergänzt|hinzugefügt)",
           r"wir haben (?:\w+ )?(?:präzisiert|klargestellt|vereinfacht|umformuliert)"),
    "nb": (r"vi har (?:oppdatert|endret) (?:personvernerklæringen|erklæringen|vilkårene)",
           r"vi har lagt til (?:mer |flere )?(?:informasjon|detaljer|forklaringer|eksempler)",
           r"vi har (?:presisert|forenklet|omformulert)"),
    "es": (r"hemos (?:actualizado|modificado) (?:esta|nuestra|la) política",
           r"hemos (?:añadido|incluido) (?:más )?(?:detalles|información|aclaraciones)",
           r"hemos (?:aclarado|simplificado)"),
    "it": (r"abbiamo (?:aggiornato|modificato) (?:questa|la nostra|la) (?:informativa|politica)",
           r"abbiamo aggiunto (?:più |ulteriori )?(?:dettagli|informazioni|chiarimenti)",
           r"abbiamo (?:chiarito|semplificato)"),
    "nl": (r"we hebben (?:dit|ons|het) \w+ (?:bijgewerkt|gewijzigd)",
           r"we hebben (?:meer )?(?:details|informatie|uitleg) toegevoegd",
           r"we hebben (?:\w+ )?(?:verduidelijkt|vereenvoudigd)"),
}
# fmt: on


@cache
def _change_notice() -> re.Pattern[str]:
    stems = [s for stems in CHANGE_NOTICE.values() for s in stems]
    return re.compile(r"(?<![\w])(?:" + "|".join(stems) + ")")


def is_change_notice(key_text: str) -> bool:
    """Whether a sentence (its comparison key) announces an update of the document.

    >>> is_change_notice("we added more detail about how we use cookies")
    True
    >>> is_change_notice("nous avons précisé les durées de conservation")
    True
    >>> is_change_notice("we added cookies from our advertising partners")
    False
    >>> is_change_notice("we use cookies from our advertising partners")
    False
    """
    return bool(_change_notice().search(key_text))
