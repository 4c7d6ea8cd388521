"""Which topics each section of a policy covers, and the words that say so.

Topics start from the OPP-115 categories (Wilson et al., 2016) and add what
a procurement team asks before signing: sale of data, sub-processors,
international transfers, breach notice, certifications, AI training,
governing law, DPO/contact. Classification is a transparent lexicon match
(English, Norwegian bokmål, with some French and German), so every
assignment carries the words that placed it there::

    >>> from policywatch.crawler.extract.model import ExtractedDocument, Section
    >>> doc = ExtractedDocument(text="", sections=[
    ...     Section(2, "Oppbevaring av personlig informasjon",
    ...             "Vi sletter alle dataene dine 14 dager etter oppsigelsen.")])
    >>> [(h.topic, h.matched) for h in classify_sections(doc)[0].topics]
    [('retention', ('oppbevaring', 'sletter'))]

Why a lexicon and not a model: the verdicts must be checkable by a person
reading the matched words, it runs in a few milliseconds per document, and
it needs no weights or training data we do not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from policywatch.crawler.extract.model import ExtractedDocument

# A heading that names a topic is much stronger evidence than a word in the
# body: "Data retention" settles it, one "keep" in a paragraph does not.
HEADING_WEIGHT = 3.0
# A body word counts at most this many times (long sections repeat words).
MAX_REPEATS = 3
# Minimum score for a section to be placed in a topic.
THRESHOLD = 2.0


@dataclass(frozen=True)
class Topic:
    """One topic: an id, a label, and weighted regex terms (any language)."""

    id: str
    label: str
    opp115: bool
    # (regex, weight): regexes are matched case-insensitively at word starts.
    terms: tuple[tuple[str, float], ...]


def _t(weight: float, *patterns: str) -> tuple[tuple[str, float], ...]:
    return tuple((p, weight) for p in patterns)


TOPICS: tuple[Topic, ...] = (
    Topic(
        "first_party_collection",
        "First-party collection and use",
        True,
        _t(
            2,
            r"(?:information|data|personal data) (?:we|that we) collect",
            r"we collect",
            r"collect(?:ion)? (?:and|&) use",
            r"how we use",
            r"information you provide",
            r"samler (?:vi )?inn",
            r"innsamling",
            r"hvilken informasjon",
            r"kategorier av personopplysninger",
            r"donn[ée]es (?:que nous )?collect",
            r"erhobene daten",
            r"erheben",
        )
        + _t(
            1,
            r"collect\w*",
            r"purposes?",
            r"we use",
            r"use of (?:your )?(?:personal )?(?:data|information)",
            r"bruk(?:e|er)? (?:av )?(?:den|dine|personopplysning|informasjon)",
            r"formål\w*",
            r"finalit[ée]s?",
            r"zweck\w*",
            r"verarbeit\w*",
            r"traitement",
        ),
    ),
    Topic(
        "third_party_sharing",
        "Third-party sharing and collection",
        True,
        _t(
            2,
            r"third[- ]part(?:y|ies)",
            r"share (?:your |personal |the )?(?:data|information)",
            r"we share",
            r"disclos\w* (?:of |your |personal )",
            r"recipients?",
            r"tredjepart\w*",
            r"deler? (?:visse )?(?:personopplysning|informasjon|opplysning)",
            r"utlever\w*",
            r"mottakere?",
            r"tiers",
            r"destinataires?",
            r"partag\w*",
            r"dritt\w*",
            r"empf[äa]nger\w*",
            r"weitergabe",
        )
        + _t(
            1,
            r"shar(?:e|es|ed|ing)",
            r"disclos\w*",
            r"partners?",
            r"vendors?",
            r"affiliates?",
            r"dele",
            r"samarbeidspartner\w*",
            r"konsernselskap\w*",
            r"leverandør\w*",
        ),
    ),
    Topic(
        "user_choice",
        "User choice and control",
        True,
        _t(
            2,
            r"opt[- ]?(?:out|in)",
            r"unsubscrib\w*",
            r"withdraw\w* (?:your )?consent",
            r"your choices?",
            r"manage (?:your )?(?:cookie )?preferences",
            r"trekke tilbake",
            r"reservere",
            r"melde deg av",
            r"velge bort",
            r"widerruf\w*",
            r"d[ée]sinscri\w*",
        )
        + _t(
            1,
            r"consent(?:ement)?",
            r"samtykke\w*",
            r"einwillig\w*",
            r"choice\w*",
            r"preferences?",
            r"settings?",
            r"turn (?:it |them )?off",
            r"disable",
            r"innstilling\w*",
            r"slå (?:dem |av)",
        ),
    ),
    Topic(
        "access_edit_deletion",
        "Access, edit and deletion",
        True,
        _t(
            2,
            r"right (?:of|to) (?:access|rectif\w*|erasure|deletion|delete|know|data portability)",
            r"access(?:,)? (?:to )?(?:and )?(?:correct|update|delete|rectify)\w*",
            r"rectif\w*",
            r"erasure",
            r"data portability",
            r"portabilit\w*",
            r"your rights",
            r"individuals'? rights",
            r"data subject",
            r"innsyn\w*",
            r"retting\w*",
            r"sletting\w*",
            r"dataportabilitet",
            r"rettigheter",
            r"registrertes rettigheter",
            r"droit d'acc[eè]s",
            r"droits?",
            r"auskunft\w*",
            r"berichtigung",
            r"l[öo]schung",
            r"betroffenenrecht\w*",
        )
        + _t(
            1,
            r"access",
            r"correct\w*",
            r"updat\w*",
            r"delet\w*",
            r"right to",
            r"tilgang",
            r"endre",
            r"slette\w*",
            r"fjern\w*",
            r"rett til",
            r"rectification",
            r"suppression",
        ),
    ),
    Topic(
        "retention",
        "Data retention",
        True,
        _t(
            2,
            r"retention",
            r"retain\w*",
            r"how long",
            r"storage period",
            r"kept for",
            r"stored for",
            r"keep (?:your )?(?:personal )?(?:data|information)",
            r"oppbevar\w*",
            r"lagringstid\w*",
            r"hvor lenge",
            r"beholder",
            r"lagrer (?:vi )?data",
            r"conserv\w*",
            r"dur[ée]e de conservation",
            r"speicherdauer",
            r"aufbewahr\w*",
            r"speicher(?:n|ung)",
        )
        + _t(
            1,
            r"as long as (?:\w+ )?necessary",
            r"delet\w*",
            r"anonymi[sz]\w*",
            r"so lenge",
            r"sletter",
            r"slettes",
            r"period\w*",
        ),
    ),
    Topic(
        "security",
        "Data security",
        True,
        _t(
            2,
            r"secur(?:e|ity|ed|ing)",
            r"encrypt\w*",
            r"safeguards?",
            r"unauthori[sz]ed access",
            r"sikkerhet\w*",
            r"kryptering",
            r"krypter\w*",
            r"beskytt\w*",
            r"tilgangskontroll",
            r"s[ée]curit[ée]",
            r"chiffr\w*",
            r"sicherheit\w*",
            r"verschl[üu]ssel\w*",
        )
        + _t(
            1,
            r"protect\w*",
            r"firewalls?",
            r"access control",
            r"confidential\w*",
            r"ssl",
            r"tls",
            r"penetration",
            r"misuse",
            r"integritet",
            r"konfidensiel\w*",
            r"taushet\w*",
        ),
    ),
    Topic(
        "policy_change",
        "Policy change",
        True,
        _t(
            2,
            r"changes? to (?:this|our|these)",
            r"updates? to (?:this|our)",
            r"(?:may|will) (?:update|change|modify|amend) (?:this|our|these)",
            r"material changes?",
            r"endringer (?:i|av) (?:denne|disse|personvern)",
            r"endring\w*",
            r"modifications?",
            r"[äa]nderung\w*",
        )
        + _t(1, r"last updated", r"effective date", r"revis\w*", r"oppdater\w*", r"changes?"),
    ),
    Topic(
        "do_not_track",
        "Do Not Track",
        True,
        _t(4, r"do[- ]not[- ]track", r"dnt", r"ikke spor", r"global privacy control", r"gpc"),
    ),
    Topic(
        "specific_audiences",
        "Specific audiences (children, California...)",
        True,
        _t(
            2,
            r"child(?:ren)?",
            r"minors?",
            r"under (?:the age of )?1[0-8]",
            r"age of 1[0-8]",
            r"california",
            r"ccpa",
            r"cpra",
            r"residents? of",
            r"barn\w*",
            r"mindreårig\w*",
            r"under 1[0-8] år",
            r"foreldre",
            r"enfants?",
            r"mineurs?",
            r"kinder\w*",
            r"minderj[äa]hrig\w*",
            r"eea residents",
            r"european users",
            r"brazil\w*",
            r"lgpd",
        )
        + _t(1, r"parents?", r"guardians?", r"age"),
    ),
    Topic(
        "sale_of_data",
        "Sale of personal data",
        False,
        _t(
            3,
            r"sell\w*",
            r"sold",
            r"sale of (?:your )?(?:personal )?(?:data|information)",
            r"rent(?:s)? out",
            r"selge\w*",
            r"selger",
            r"solgt",
            r"vend(?:re|ons|ent|u)",
            r"verkauf\w*",
            r"do not sell",
            r"sharing for cross-context",
        ),
    ),
    Topic(
        "sub_processors",
        "Sub-processors and processors",
        False,
        _t(
            3,
            r"sub-?processors?",
            r"data processors?",
            r"processors?",
            r"service providers?",
            r"databehandler\w*",
            r"underleverandør\w*",
            r"underdatabehandler\w*",
            r"data processing agreements?",
            r"databehandleravtale\w*",
            r"sous-traitants?",
            r"auftragsverarbeit\w*",
            r"unterauftrag\w*",
        )
        + _t(
            1,
            r"suppliers?",
            r"subcontractors?",
            r"on (?:our|its) behalf",
            r"på (?:våre|vegne)",
            r"leverandør\w*",
        ),
    ),
    Topic(
        "international_transfers",
        "International transfers",
        False,
        _t(
            3,
            r"(?:international|cross-border) (?:data )?transfers?",
            r"transfer\w* (?:of (?:your |personal )?(?:data|information) )?(?:to|outside|from)",
            r"outside (?:the )?(?:eu|eea|european)",
            r"standard contractual clauses",
            r"sccs?",
            r"adequacy decision",
            r"binding corporate rules",
            r"privacy shield",
            r"data privacy framework",
            r"overfør\w*",
            r"utenfor (?:eu|eøs)",
            r"transferts?",
            r"hors de l'union",
            r"drittl[äa]nd\w*",
            r"[üu]bermittlung",
        )
        + _t(1, r"countr(?:y|ies)", r"united states", r"usa", r"eea", r"eøs", r"land"),
    ),
    Topic(
        "breach_notification",
        "Breach notification",
        False,
        _t(
            3,
            r"(?:data|security|personal data) breach\w*",
            r"breach\w*",
            r"security incidents?",
            r"without undue delay",
            r"brudd på",
            r"avvik\w*",
            r"sikkerhetsbrudd",
            r"violation de donn[ée]es",
            r"datenpanne\w*",
            r"verletzung des schutzes",
        ),
    ),
    Topic(
        "certifications",
        "Certifications and audits",
        False,
        _t(
            4,
            r"iso[ /-]?(?:iec )?2700[0-9]",
            r"iso[ /-]?2770[01]",
            r"iso[ /-]?2701[78]",
            r"soc ?[123]",
            r"soc ?2 type",
            r"pci[- ]dss",
            r"csa star",
            r"hds",
            r"tisax",
            r"certifi\w*",
            r"sertifi\w*",
            r"zertifi\w*",
        )
        + _t(0.5, r"audits?", r"auditors?", r"revisjon\w*"),
    ),
    Topic(
        "ai_training",
        "AI training on customer data",
        False,
        _t(
            3,
            r"train\w* (?:our |the |its )?(?:ai |machine learning )?models?",
            r"(?:artificial intelligence|machine learning|generative ai|large language)",
            r"model training",
            r"improve (?:our )?models?",
            r"kunstig intelligens",
            r"maskinlæring",
            r"trene\w* (?:modell|ki)",
            r"entra[îi]n\w*",
            r"intelligence artificielle",
            r"k[üu]nstliche intelligenz",
            r"trainier\w*",
        ),
    ),
    Topic(
        "governing_law",
        "Governing law and disputes",
        False,
        _t(
            3,
            r"governing law",
            r"governed by (?:the )?laws?",
            r"jurisdiction",
            r"arbitration",
            r"venue",
            r"courts? of",
            r"lovvalg",
            r"verneting",
            r"norsk rett",
            r"domstol\w*",
            r"droit applicable",
            r"tribunal\w*",
            r"gerichtsstand",
            r"anwendbares recht",
        )
        + _t(1, r"disputes?", r"applicable law", r"gjeldende lov\w*", r"tvist\w*"),
    ),
    Topic(
        "contact_dpo",
        "Contact, controller and DPO",
        False,
        _t(
            3,
            r"data protection officer",
            r"dpo",
            r"privacy officer",
            r"personvernombud\w*",
            r"contact us",
            r"contact information",
            r"kontakt(?:er|e)? oss",
            r"kontaktinformasjon",
            r"controller",
            r"behandlingsansvarlig\w*",
            r"dataansvarlig\w*",
            r"nous contacter",
            r"d[ée]l[ée]gu[ée] [àa] la protection",
            r"datenschutzbeauftragt\w*",
            r"verantwortlich\w*",
        )
        + _t(
            1,
            r"contact\w*",
            r"kontakt\w*",
            r"questions?",
            r"spørsmål",
            r"e-?mail",
            r"e-post",
            r"epost",
        ),
    ),
)

TOPIC_IDS: tuple[str, ...] = tuple(t.id for t in TOPICS)
TOPIC_LABELS: dict[str, str] = {t.id: t.label for t in TOPICS}

_META = set("\\()[]{}?*+|.^$")


def literal_prefix(pattern: str) -> str:
    """The literal characters every match of ``pattern`` starts with ("" if none).

    Used to skip a regex cheaply when its prefix is not in the text at all:
    most terms are absent from any one section, and a substring test is far
    cheaper than a regex scan with look-arounds.
    """
    out = []
    for i, ch in enumerate(pattern):
        if ch in _META:
            # A quantifier after the last literal makes that literal optional.
            if ch in "?*{" and out:
                out.pop()
            break
        out.append(ch)
        if i + 1 < len(pattern) and pattern[i + 1] == "|":
            return ""
    return "".join(out) if "|" not in pattern.split("(", 1)[0] else ""


# Compiled once: (topic, prefix, regex, weight). Patterns are lower case and
# are matched against lower-cased text. A term must start at a word start so
# "dnt" does not match inside "didn't" and "age" not inside "page".
_COMPILED: list[tuple[str, str, re.Pattern[str], float]] = [
    (
        topic.id,
        literal_prefix(pattern),
        re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w])"),
        weight,
    )
    for topic in TOPICS
    for pattern, weight in topic.terms
]


@dataclass(frozen=True)
class TopicHit:
    """A section placed in a topic: the score and the words that did it."""

    topic: str
    score: float
    matched: tuple[str, ...]


@dataclass
class SectionTopics:
    """The topics of one section (``position`` is its index in the document)."""

    position: int
    heading: str
    topics: list[TopicHit] = field(default_factory=list)

    @property
    def topic_ids(self) -> list[str]:
        return [h.topic for h in self.topics]


def score_text(heading: str, text: str) -> list[TopicHit]:
    """Score one heading + body against every topic; return hits above threshold."""
    scores: dict[str, float] = {}
    words: dict[str, list[str]] = {}
    heading, text = heading.lower(), text.lower()
    for topic, prefix, regex, weight in _COMPILED:
        if prefix and prefix not in heading and prefix not in text:
            continue
        hits = [m.group(0) for m in regex.finditer(heading)] if heading else []
        body = [m.group(0) for m in regex.finditer(text)] if text else []
        if not hits and not body:
            continue
        score = (HEADING_WEIGHT * weight if hits else 0.0) + weight * min(len(body), MAX_REPEATS)
        scores[topic] = scores.get(topic, 0.0) + score
        seen = words.setdefault(topic, [])
        for word in [*hits, *body]:
            if word not in seen:
                seen.append(word)
    result = [
        TopicHit(topic, round(score, 2), tuple(words[topic][:8]))
        for topic, score in scores.items()
        if score >= THRESHOLD
    ]
    result.sort(key=lambda h: (-h.score, TOPIC_IDS.index(h.topic)))
    return result


def classify_sections(doc: ExtractedDocument) -> list[SectionTopics]:
    """Topics of every section of ``doc``, in document order.

    A document without sections is treated as one section holding its text.
    Sections whose heading and text are empty get an empty topic list.
    """
    sections = doc.sections or []
    if not sections:
        return [SectionTopics(0, doc.title or "", score_text(doc.title or "", doc.text))]
    return [
        SectionTopics(i, s.heading, score_text(s.heading, s.text)) for i, s in enumerate(sections)
    ]


@dataclass
class DocumentTopic:
    """How a whole document covers one topic: where, and with which words."""

    topic: str
    score: float
    sections: list[str]
    matched: list[str]


def document_topics(classified: list[SectionTopics]) -> dict[str, DocumentTopic]:
    """Fold section topics into one entry per topic covered by the document."""
    out: dict[str, DocumentTopic] = {}
    for section in classified:
        for hit in section.topics:
            entry = out.setdefault(hit.topic, DocumentTopic(hit.topic, 0.0, [], []))
            entry.score = round(entry.score + hit.score, 2)
            if section.heading and section.heading not in entry.sections:
                entry.sections.append(section.heading)
            entry.matched.extend(w for w in hit.matched if w not in entry.matched)
    return out
