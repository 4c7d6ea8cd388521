"""The named things facts report, each pattern with its canonical name: transfer
mechanisms, well-known third parties, certifications, data-subject rights and
privacy laws.

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

RIGHTS: list[tuple[str, str]] = [
    (
        # Access as the data subject's right, not access to a service ("you may lose
        # access to the services", "Access Reciprocity"): the right named, access to
        # one's data, an access request, access listed beside the other rights, or an
        # item that is just "Access" ("3. Access", "Access: you can ask for a copy").
        r"rights? (?:of |to )(?:request )?(?:access|know)|"
        r"access to (?:your|the|their) (?:own )?(?:personal )?(?:data|information)|"
        r"\baccess (?:requests?|rights?)\b|request(?:ing)? (?:to )?access\b|"
        r"\baccess,? (?:and |or )?(?:to )?(?:rectif|correct|eras|delet|portab|restrict|updat)|"
        r"(?:rectif\w*|correct\w*|eras\w*|delet\w*|portabilit\w*|restrict\w*),? (?:and |or )?"
        r"access\b|(?<!\w )access(?:(?: ?/ ?know)?\W*$|\W{0,3}[:–-])|"
        r"innsyn\w*|rett til (?:å få )?tilgang|droit d'accès|auskunft\w*",
        "access",
    ),
    (r"rectif\w*|to correct|retting\w*|rettelse\w*|berichtigung", "rectification"),
    (
        r"erasure|right to (?:delete|deletion|be forgotten)|delet\w*|sletting\w*|slette\w*|"
        r"effacement|suppression|löschung",
        "erasure",
    ),
    (r"portabilit\w*|dataportabilitet|übertragbarkeit", "portability"),
    (
        r"right to object|object to|protester\w*|innsigelse\w*|innvending\w*|opposition|"
        r"widerspruch\w*",
        "objection",
    ),
    (r"restrict\w*|begrens\w*|limitation du traitement|einschränkung", "restriction"),
    (
        r"withdraw\w* (?:your |any )?consents?|trekke (?:tilbake )?(?:ditt )?samtykke|"
        r"retirer (?:votre )?consentement|widerruf\w*",
        "withdraw_consent",
    ),
    (
        r"lodge a complaint|right to complain|complain to|complaint (?:with|to)|"
        r"data protection authorit\w*|datatilsynet|klage (?:til|på|hos)|réclamation auprès|cnil|"
        r"beschwerde bei",
        "complaint",
    ),
    (r"opt[- ]out of (?:the )?sale|do not sell my", "opt_out_of_sale"),
    (
        r"automated (?:individual )?decision\w*|automatisert\w* (?:individuell\w* )?"
        r"beslutning\w*|décision\w* automatisée\w*",
        "automated_decisions",
    ),
]

PRIVACY_LAWS: list[tuple[str, str]] = [
    (r"\bUK GDPR\b", "UK GDPR"),
    (
        r"\bGDPR\b|General Data Protection Regulation|personvernforordningen|\bRGPD\b|\bDSGVO\b",
        "GDPR",
    ),
    (r"\bCCPA\b|California Consumer Privacy Act", "CCPA"),
    (r"\bCPRA\b|California Privacy Rights Act", "CPRA"),
    (r"\bLGPD\b", "LGPD"),
    (r"\bPIPEDA\b", "PIPEDA"),
    (r"personopplysningsloven", "Norwegian Personal Data Act"),
    (r"Data Protection Directive|EU-direktivet om databeskyttelse|95/46", "EU Directive 95/46/EC"),
    (
        r"Federal Act on Data Protection|\bFADP\b|\bnLPD\b|"
        r"sveitsiske føderale lov\w* om databeskyttelse",
        "Swiss FADP",
    ),
    (r"\bCOPPA\b|Children's Online Privacy Protection", "COPPA"),
    (r"\bHIPAA\b", "HIPAA"),
]
