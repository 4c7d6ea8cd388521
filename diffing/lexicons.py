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

CATEGORIES = (
    "purposes",
    "data_categories",
    "recipients",
    "sale_sharing",
    "retention",
    "transfers",
    "rights",
    "controller_contact",
    "legal_basis",
    "security",
    "breach",
    "children",
    "tracking_ads",
    "law_liability",
    "fees_termination",
    "ai_training",
    "other",
)

# fmt: off
TOPIC_STEMS: dict[str, tuple[str, ...]] = {
    "purposes": (
        r"purpose", r"bad actor", r"fraud", r"profiling", r"personali[sz]",
        r"formål", r"finalité", r"zweck", r"lutte contre la fraude", r"betrug",
        r"auto.?shar", r"cross.?platform",
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
        r"retain", r"retention", r"we keep", r"kept for", r"store[sd]? for", r"delete",
        r"deletion", r"erase", r"as long as", r"inactiv", r"lagre", r"lagring", r"slett",
        r"oppbevar", r"conserv", r"supprim", r"durée", r"aufbewahr", r"speicherdauer",
        r"gespeichert", r"lösch",
    ),
    "transfers": (
        r"transfer", r"outside the (?:eea|european|eu|uk)", r"standard contractual",
        r"privacy shield", r"data privacy framework", r"adequacy", r"third countr",
        r"overfør", r"utenfor eøs", r"transfert", r"hors de l", r"clauses contractuelles",
        r"übermittl", r"drittland", r"standardvertragsklausel", r"binding corporate",
    ),
    "rights": (
        r"right to", r"rights", r"opt.?out", r"withdraw", r"complain", r"supervisory authorit",
        r"rectif", r"erasure", r"portabilit", r"object to", r"judicial remedy",
        r"rett til", r"innsyn", r"klage", r"datatilsynet", r"droit", r"cnil", r"réclamation",
        r"opposer", r"recht auf", r"widerspruch", r"beschwerde", r"aufsichtsbehörde",
        r"auskunft", r"berichtigung",
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
        r"encrypt", r"end.?to.?end", r"security", r"iso.?27001", r"soc.?2", r"certif",
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
        if hits:
            found[category] = hits
    return found


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
