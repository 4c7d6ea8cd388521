"""The named things facts report, each pattern with its canonical name: transfer
mechanisms, well-known third parties, certifications, data-subject rights (from
:mod:`policywatch.core.lexicon.subject_rights`) and privacy laws.

    >>> [name for rx, name in THIRD_PARTY_RE if rx.search("hosted on AWS in Frankfurt")]
    ['Amazon Web Services']

A gazetteer, not code: one ``(pattern, name)`` row per thing, its patterns in
English, Norwegian bokmål, French and German where the name is not the same in
every language. A reader matches the patterns case-blind (third parties: as
written, since "Segment" or "Slack" are also words) and reports the name, so
"SCCs" and "standardkontraktsklausuler" are one fact. The cues that say what a
sentence is about are in :mod:`.facts_lexicon`.
"""

from __future__ import annotations

import re

# Rights and privacy laws are words of every part (extraction reads the laws to tell
# a law's date from the document's), so they live in the shared word layer; the facts
# read them from here with the other named things.
from policywatch.core.lexicon.laws import PRIVACY_LAWS as PRIVACY_LAWS
from policywatch.core.lexicon.subject_rights import RIGHTS as RIGHTS

TRANSFER_MECHANISMS: list[tuple[str, str]] = [
    (
        r"standard contractual clauses|standard data protection clauses|\bSCCs?\b|"
        r"standardkontrakt\w*|standard personvernbestemmelser|EU-standardklausul\w*|"
        r"clauses contractuelles types|standardvertragsklauseln",
        "Standard Contractual Clauses",
    ),
    (
        r"adequacy decision\w*|adekvansbeslutning\w*|décision d'adéquation|"
        r"angemessenheitsbeschlu\w*",
        "Adequacy decision",
    ),
    (
        r"binding corporate rules|\bBCRs?\b|bindende virksomhetsregler|règles d'entreprise "
        r"contraignantes",
        "Binding Corporate Rules",
    ),
    (r"data privacy framework|\bDPF\b", "EU-US Data Privacy Framework"),
    (r"privacy shield", "Privacy Shield"),
]

# Well-known third parties and processors: (pattern, canonical name).
THIRD_PARTIES: list[tuple[str, str]] = [
    (r"Amazon Web Services|\bAWS\b", "Amazon Web Services"),
    (r"Microsoft(?: Inc\.?| Corporation)?\s*\(?Azure\)?|Azure", "Microsoft Azure"),
    (r"Microsoft", "Microsoft"),
    (r"Google Cloud(?: Platform)?|\bGCP\b", "Google Cloud"),
    (r"Google Analytics", "Google Analytics"),
    (r"Google(?! Chrome)", "Google"),
    (r"Facebook|Meta Platforms", "Meta (Facebook)"),
    (r"Instagram", "Instagram"),
    (r"LinkedIn", "LinkedIn"),
    (r"Twitter", "Twitter"),
    (r"YouTube", "YouTube"),
    (r"TikTok", "TikTok"),
    (r"PayPal", "PayPal"),
    (r"Stripe", "Stripe"),
    (r"Adyen", "Adyen"),
    (r"Klarna", "Klarna"),
    (r"Vipps", "Vipps"),
    (r"Salesforce", "Salesforce"),
    (r"HubSpot", "HubSpot"),
    (r"Zendesk", "Zendesk"),
    (r"Intercom", "Intercom"),
    (r"Mailchimp", "Mailchimp"),
    (r"SendGrid", "SendGrid"),
    (r"Twilio", "Twilio"),
    (r"Cloudflare", "Cloudflare"),
    (r"Akamai", "Akamai"),
    (r"Fastly", "Fastly"),
    (r"Datadog", "Datadog"),
    (r"Sentry", "Sentry"),
    (r"Segment", "Segment"),
    (r"Mixpanel", "Mixpanel"),
    (r"Amplitude", "Amplitude"),
    (r"Hotjar", "Hotjar"),
    (r"Atlassian", "Atlassian"),
    (r"Slack", "Slack"),
    (r"Zoom", "Zoom"),
    (r"Oracle", "Oracle"),
    (r"Snowflake", "Snowflake"),
    (r"MongoDB", "MongoDB"),
    (r"OpenAI", "OpenAI"),
    (r"Anthropic", "Anthropic"),
    (r"Apple", "Apple"),
    (r"AppsFlyer", "AppsFlyer"),
    (r"Braze", "Braze"),
    (r"OVH(?:cloud)?", "OVHcloud"),
    (r"Scaleway", "Scaleway"),
    (r"Hetzner", "Hetzner"),
]
THIRD_PARTY_RE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<![\w@./])(?:" + p + r")(?![\w])"), name) for p, name in THIRD_PARTIES
]

CERTIFICATIONS: list[tuple[str, str]] = [
    (r"ISO[ /-]?(?:IEC[ /-]?)?27001", "ISO 27001"),
    (r"ISO[ /-]?(?:IEC[ /-]?)?27701", "ISO 27701"),
    (r"ISO[ /-]?(?:IEC[ /-]?)?27017", "ISO 27017"),
    (r"ISO[ /-]?(?:IEC[ /-]?)?27018", "ISO 27018"),
    (r"ISO[ /-]?9001", "ISO 9001"),
    (r"SOC ?2(?: Type (?:II|2|I|1))?", "SOC 2"),
    (r"SOC ?1", "SOC 1"),
    (r"SOC ?3", "SOC 3"),
    (r"PCI[- ]DSS", "PCI DSS"),
    (r"CSA STAR", "CSA STAR"),
    (r"TISAX", "TISAX"),
    (r"FedRAMP", "FedRAMP"),
    (r"\bHDS\b|hébergeur de données de santé", "HDS"),
    (r"BSI C5|\bC5\b", "BSI C5"),
]
