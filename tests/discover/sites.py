"""Two vendor sites, English and Norwegian, and a site that moves its privacy page.

Each has what real sites have: navigation and a footer, a legal hub page,
a sitemap (named in robots.txt or not), and decoys that share the words of
legal documents without being one: a blog post "How we think about
privacy", a "privacy settings" login page, a PDF brochure. The privacy
policies are real ones (the demo site's); the DPA is a PDF.
"""

from __future__ import annotations

from benchmarks.sites import (
    Route,
    Site,
    a,
    esc,
    gone,
    html_page,
    paragraphs,
    pdf_document,
    redirect,
    sitemap,
    sitemap_index,
    text_file,
)
from tests.conftest import DEMO

EN_NAV = " ".join(
    [a("/product", "Product"), a("/pricing", "Pricing"), a("/blog", "Blog"),
     a("/account/login", "Sign in")]
)  # fmt: skip
EN_FOOTER = " ".join(
    [
        a("/legal/privacy-policy", "Privacy"),
        a("/legal/terms", "Terms"),
        a("/legal", "Legal"),
        a("/account/privacy-settings", "Privacy settings"),
        a("/downloads/acme-security-and-privacy.pdf", "Security & privacy brochure (PDF)"),
        a("#", "Cookie settings"),
        a("/internal/privacy-draft", "Draft"),
    ]
)

EN_TERMS = [
    ("1. The agreement", [
        "These Terms of Service form a binding agreement between you and Acme Cloud Ltd."
        " By creating an account or using the service you agree to these terms.",
    ]),
    ("2. Fees and subscription", [
        "Paid plans are billed in advance for each subscription period. Fees are not"
        " refundable except where the law requires it.",
    ]),
    ("3. Liability", [
        "To the extent permitted by law, our total liability for any claim arising out of"
        " this agreement is limited to the fees you paid in the twelve months before the claim."
        " We give no warranty that the service will be uninterrupted.",
    ]),
    ("4. Termination", [
        "You may terminate this agreement at any time. We may suspend or terminate your"
        " account if you breach these terms.",
    ]),
    ("5. Governing law and disputes", [
        "This agreement is governed by the laws of England and Wales, and any dispute is"
        " subject to the exclusive jurisdiction of the courts of London. Intellectual property"
        " in the service remains ours; you keep the rights to your content.",
    ]),
]  # fmt: skip
EN_DPA = [
    ("1. Scope and roles", [
        "This Data Processing Addendum forms part of the agreement between the Customer as"
        " controller and Acme Cloud Ltd as processor. It applies to Customer Personal Data"
        " processed by the processor on behalf of the controller.",
    ]),
    ("2. Instructions", [
        "The processor shall process Customer Personal Data only on documented instructions"
        " from the controller, including with regard to transfers to a third country.",
    ]),
    ("3. Sub-processors", [
        "The controller gives general authorisation to engage sub-processors. The processor"
        " shall inform the controller of any intended changes and give the controller the"
        " opportunity to object.",
    ]),
    ("4. Security", [
        "The processor shall implement the technical and organisational measures described in"
        " Annex 2 and shall notify the controller without undue delay after becoming aware of"
        " a personal data breach.",
    ]),
    ("5. Audits and transfers", [
        "The processor shall make available all information necessary to demonstrate"
        " compliance with Article 28 GDPR and allow for audits. Transfers outside the EEA are"
        " made under the Standard Contractual Clauses; the data exporter and data importer"
        " agree to the confidentiality of the processing.",
    ]),
]  # fmt: skip
EN_SUBPROCESSORS = [
    ("Acme Cloud sub-processors", [
        "Acme Cloud uses the following sub-processors to provide the service. Each"
        " sub-processor processes customer data only for the purpose listed.",
    ]),
    ("Infrastructure", [
        "Amazon Web Services EMEA SARL - Purpose: cloud hosting and storage - Location:"
        " Ireland - Entity: Amazon Web Services EMEA SARL, Luxembourg.",
        "Cloudflare Inc. - Purpose: content delivery and DDoS protection - Location: United"
        " States - Entity: Cloudflare Inc.",
    ]),
    ("Service providers", [
        "Postmark (ActiveCampaign LLC) - Purpose: transactional email - Location: United States.",
        "Zendesk Inc. - Purpose: customer support tickets - Location: Ireland, United States.",
        "Stripe Payments Europe Ltd - Purpose: payment processing - Location: Ireland.",
    ]),
    ("Changes", [
        "We give thirty days' notice before a new sub-processor starts processing customer"
        " data. Subscribe to updates to be told by email.",
    ]),
]  # fmt: skip
EN_COOKIES = [
    ("What cookies are", [
        "Cookies are small files that a website stores in your browser. Some are session"
        " cookies that expire when you close the browser; persistent cookies stay until their"
        " expiry date.",
    ]),
    ("Cookies we use", [
        "acme_session - strictly necessary, keeps you signed in - duration: session.",
        "_ga, _gid - Google Analytics, analytics - duration: 2 years and 24 hours.",
        "hubspotutk - HubSpot, tracking of marketing visits - duration: 6 months.",
    ]),
    ("Your choices", [
        "You can withdraw consent to analytics and tracking cookies at any time in the"
        " cookie settings, or block third-party cookies in your browser.",
    ]),
]  # fmt: skip
EN_BLOG = [
    ("", [
        "By Jane Doe, Head of Product - 5 min read",
        "Privacy is not a feature we bolt on at the end. When we started Acme we asked"
        " ourselves what our customers would expect from us, and the answer was simple: keep"
        " their data safe and never surprise them.",
        "That is why we collect as little personal data as we can, why we never sell it to"
        " third parties, and why every engineer learns about consent and the rights people"
        " have over their data in their first week.",
        "We believe regulation such as the GDPR is a floor, not a ceiling. Read our privacy"
        " policy for the legal details, and subscribe to our newsletter for more stories"
        " from the team.",
    ]),
]  # fmt: skip
EN_BROCHURE = [
    ("Acme Cloud: secure by design", [
        "Trusted by 5,000 teams worldwide. Acme Cloud keeps your files safe with encryption"
        " at rest and in transit, single sign-on and fine-grained permissions.",
    ]),
    ("Privacy built in", [
        "Choose where your data lives: EU or US regions. Our privacy features help your team"
        " meet its obligations without slowing down.",
    ]),
    ("Plans and pricing", [
        "Start a free 14-day trial today. Business plans from 12 EUR per user per month."
        " Contact sales for a demo.",
    ]),
]  # fmt: skip


def _doc(title: str, sections: list[tuple[str, list[str]]], footer: str, nav: str,
         lang: str = "en", date: str = "") -> Route:  # fmt: skip
    return html_page(title, paragraphs(sections, title.split(" | ")[0], date), nav=nav,
                     footer=footer, lang=lang)  # fmt: skip


def acme_site() -> Site:
    """English: a footer, a "Legal" hub, robots.txt with a sitemap, decoys, a DPA as PDF."""
    nav, footer = EN_NAV, EN_FOOTER
    home_main = (
        "<h1>Acme Cloud - files for teams</h1><p>Share, sync and sign documents.</p>"
        f"<p>{a('/blog/how-we-think-about-privacy', 'How we think about privacy')}</p>"
    )
    legal_main = (
        "<h1>Legal</h1><ul>"
        + "".join(
            f"<li>{a(href, text)}</li>"
            for href, text in [
                ("/legal/privacy-policy", "Privacy Policy"),
                ("/legal/terms", "Terms of Service"),
                ("/legal/acme-dpa.pdf", "Data Processing Addendum (PDF)"),
                ("/legal/subprocessors", "Sub-processors"),
                ("/legal/cookie-policy", "Cookie Policy"),
            ]
        )
        + "</ul>"
    )
    policy = (DEMO / "site" / "connectmyapps" / "privacy-policy.html").read_bytes()
    routes = {
        "/": html_page("Acme Cloud", home_main, nav=nav, footer=footer),
        "/robots.txt": text_file(
            "User-agent: *\nDisallow: /internal/\nSitemap: {base}/sitemap.xml\n"
        ),
        "/sitemap.xml": sitemap(
            [
                "{base}/",
                "{base}/product",
                "{base}/pricing",
                "{base}/blog/how-we-think-about-privacy",
                "{base}/legal",
                "{base}/legal/privacy-policy",
                "{base}/legal/terms",
                "{base}/legal/subprocessors",
            ]
        ),
        "/legal": html_page("Legal | Acme Cloud", legal_main, nav=nav, footer=footer),
        "/legal/privacy-policy": Route(policy),
        "/legal/terms": _doc(
            "Terms of Service | Acme Cloud",
            EN_TERMS,
            footer,
            nav,
            date="Last updated: 3 March 2025",
        ),
        "/legal/acme-dpa.pdf": pdf_document("Data Processing Addendum", EN_DPA),
        "/legal/subprocessors": _doc("Sub-processors | Acme Cloud", EN_SUBPROCESSORS, footer, nav),
        "/legal/cookie-policy": _doc("Cookie Policy | Acme Cloud", EN_COOKIES, footer, nav),
        "/blog": html_page("Blog | Acme Cloud", "<h1>Blog</h1>", nav=nav, footer=footer),
        "/blog/how-we-think-about-privacy": _doc(
            "How we think about privacy | Acme Cloud blog", EN_BLOG, footer, nav
        ),
        "/account/privacy-settings": html_page(
            "Privacy settings | Acme Cloud",
            "<h1>Privacy settings</h1><p>Sign in to manage your privacy settings.</p>"
            '<form><label>Email <input name="email"></label>'
            '<label>Password <input type="password" name="password"></label>'
            "<button>Sign in</button></form><p>Forgot your password?</p>",
            nav=nav,
            footer=footer,
        ),
        "/downloads/acme-security-and-privacy.pdf": pdf_document(
            "Acme Cloud security & privacy brochure", EN_BROCHURE
        ),
        "/internal/privacy-draft": _doc("Privacy Policy (draft)", EN_TERMS, footer, nav),
    }
    truth = {
        "privacy_policy": "/legal/privacy-policy",
        "terms": "/legal/terms",
        "dpa": "/legal/acme-dpa.pdf",
        "subprocessors": "/legal/subprocessors",
        "cookie_policy": "/legal/cookie-policy",
    }
    return Site(routes, truth, "en", "Acme Cloud")


NB_NAV = " ".join(
    [a("/produkt", "Produkt"), a("/priser", "Priser"), a("/blogg", "Blogg"),
     a("/konto/logg-inn", "Logg inn")]
)  # fmt: skip
NB_FOOTER = " ".join(
    [
        a("/personvern", "Personvern"),
        a("/vilkar", "Vilkår"),
        a("/informasjonskapsler", "Informasjonskapsler"),
        a("/juridisk", "Juridisk"),
        a("/konto/personverninnstillinger", "Personverninnstillinger"),
        a("/filer/fjordsoft-brosjyre.pdf", "Last ned brosjyre (PDF)"),
    ]
)
NB_TERMS = [
    ("1. Avtalen", [
        "Disse brukervilkårene er en avtale mellom deg som kunde og Fjordsoft AS. Ved å"
        " opprette en konto godtar du vilkårene.",
    ]),
    ("2. Abonnement og betaling", [
        "Abonnementet faktureres forskuddsvis per måned eller år. Vederlaget betales innen"
        " 14 dager etter fakturadato.",
    ]),
    ("3. Ansvar", [
        "Fjordsoft er ikke ansvarlig for indirekte tap. Vårt samlede ansvar er begrenset til"
        " vederlaget for de siste tolv månedene. Vi gir ingen garanti for at tjenesten er"
        " feilfri.",
    ]),
    ("4. Oppsigelse", [
        "Du kan si opp avtalen med én måneds varsel. Ved vesentlig mislighold kan avtalen"
        " heves.",
    ]),
    ("5. Lovvalg og tvister", [
        "Avtalen reguleres av norsk rett. Tvister avgjøres ved Oslo tingrett som verneting."
        " Immaterielle rettigheter til tjenesten tilhører Fjordsoft.",
    ]),
]  # fmt: skip
NB_DPA = [
    ("1. Formål og roller", [
        "Denne databehandleravtalen regulerer Fjordsofts behandling av personopplysninger"
        " på vegne av kunden. Kunden er behandlingsansvarlig og Fjordsoft er databehandler.",
    ]),
    ("2. Instruks", [
        "Databehandleren skal bare behandle personopplysninger etter dokumentert instruks fra"
        " den behandlingsansvarlige, jf. personvernforordningen artikkel 28.",
    ]),
    ("3. Underdatabehandlere", [
        "Databehandleren kan benytte underleverandører som underdatabehandlere. Den"
        " behandlingsansvarlige skal varsles før en ny underdatabehandler tas i bruk.",
    ]),
    ("4. Sikkerhet og avvik", [
        "Databehandleren skal gjennomføre tekniske og organisatoriske tiltak for å sikre"
        " personopplysningene, og skal varsle den behandlingsansvarlige om avvik uten"
        " ugrunnet opphold.",
    ]),
    ("5. Revisjon og taushetsplikt", [
        "Den behandlingsansvarlige kan gjennomføre revisjon. Alle som behandler"
        " personopplysninger har taushetsplikt. Overføring til tredjeland skjer på grunnlag"
        " av EUs standard personvernbestemmelser.",
    ]),
]  # fmt: skip
NB_SUBPROCESSORS = [
    ("Underleverandører", [
        "Fjordsoft bruker følgende underleverandører (underdatabehandlere) for å levere"
        " tjenesten. Listen viser formål og hvor opplysningene behandles.",
    ]),
    ("Drift og infrastruktur", [
        "Microsoft Norge AS - formål: drift og lagring i Azure - lokasjon: Norge.",
        "Cloudflare Inc. - formål: nettverk og beskyttelse mot angrep - lokasjon: EU og USA.",
    ]),
    ("Kundeservice og e-post", [
        "Zendesk Inc. - formål: kundeservice - lokasjon: Irland.",
        "Mailgun Technologies Inc. - formål: utsending av e-post - lokasjon: EU.",
    ]),
]  # fmt: skip
NB_COOKIES = [
    ("Hva er informasjonskapsler?", [
        "Informasjonskapsler (cookies) er små tekstfiler som lagres i nettleseren din når du"
        " besøker nettstedet vårt.",
    ]),
    ("Hvilke informasjonskapsler bruker vi?", [
        "fs_session - nødvendig for innlogging - varighet: økt.",
        "_ga - Google Analytics, statistikk og analyse - varighet: 2 år.",
        "_fbp - Meta, sporing av annonser - varighet: 3 måneder.",
    ]),
    ("Samtykke", [
        "Vi bruker bare informasjonskapsler til analyse og sporing når du har gitt samtykke."
        " Du kan trekke samtykket tilbake, eller slette informasjonskapsler i nettleseren.",
    ]),
]  # fmt: skip
NB_BLOG = [
    ("", [
        "Av Kari Nordmann, produktsjef - 4 minutter lesetid",
        "Personvern er ikke noe vi legger til til slutt. Da vi startet Fjordsoft spurte vi"
        " oss selv hva kundene våre ville forvente, og svaret var enkelt: ta vare på"
        " opplysningene deres og aldri overrask dem.",
        "Derfor samler vi inn så lite personopplysninger som mulig, og derfor lærer alle"
        " utviklere om samtykke og rettighetene folk har den første uken.",
        "Les personvernerklæringen vår for detaljene, og meld deg på nyhetsbrevet for flere"
        " historier fra teamet.",
    ]),
]  # fmt: skip
NB_BROCHURE = [
    ("Fjordsoft - trygg samhandling", [
        "Over 2000 norske bedrifter bruker Fjordsoft. Alt lagres kryptert i Norge, med"
        " innlogging via BankID og detaljerte tilganger.",
    ]),
    ("Personvern innebygd", [
        "Velg hvor dataene dine lagres. Funksjonene våre hjelper deg å følge reglene uten"
        " ekstra arbeid.",
    ]),
    ("Priser", ["Prøv gratis i 30 dager. Bedriftsabonnement fra 99 kroner per bruker per måned."]),
]  # fmt: skip


def fjordsoft_site() -> Site:
    """Norwegian: a footer, a "Juridisk" hub, a sitemap index, decoys, a DPA as PDF."""
    nav, footer = NB_NAV, NB_FOOTER
    home_main = (
        "<h1>Fjordsoft - samhandling for norske bedrifter</h1><p>Del filer og signer avtaler.</p>"
        f"<p>{a('/blogg/slik-tenker-vi-om-personvern', 'Slik tenker vi om personvern')}</p>"
    )
    hub_main = (
        "<h1>Juridisk</h1><ul>"
        + "".join(
            f"<li>{a(href, text)}</li>"
            for href, text in [
                ("/personvern", "Personvernerklæring"),
                ("/vilkar", "Brukervilkår"),
                ("/dokumenter/databehandleravtale.pdf", "Databehandleravtale (PDF)"),
                ("/juridisk/underleverandorer", "Underleverandører"),
            ]
        )
        + "</ul>"
    )
    policy = (DEMO / "site" / "faveo" / "personvern.html").read_bytes()

    def doc(title: str, sections: list[tuple[str, list[str]]]) -> Route:
        return _doc(title, sections, footer, nav, lang="nb")

    routes = {
        "/": html_page("Fjordsoft", home_main, nav=nav, footer=footer, lang="nb"),
        "/robots.txt": text_file("User-agent: *\nAllow: /\nSitemap: {base}/sitemap_index.xml\n"),
        "/sitemap_index.xml": sitemap_index(["{base}/sitemap-sider.xml"]),
        "/sitemap-sider.xml": sitemap(
            [
                "{base}/",
                "{base}/blogg/slik-tenker-vi-om-personvern",
                "{base}/juridisk",
                "{base}/personvern",
                "{base}/informasjonskapsler",
            ]
        ),
        "/juridisk": html_page("Juridisk | Fjordsoft", hub_main, nav=nav, footer=footer, lang="nb"),
        "/personvern": Route(policy),
        "/vilkar": doc("Brukervilkår | Fjordsoft", NB_TERMS),
        "/dokumenter/databehandleravtale.pdf": pdf_document("Databehandleravtale", NB_DPA),
        "/juridisk/underleverandorer": doc("Underleverandører | Fjordsoft", NB_SUBPROCESSORS),
        "/informasjonskapsler": doc("Informasjonskapsler | Fjordsoft", NB_COOKIES),
        "/blogg/slik-tenker-vi-om-personvern": doc(
            "Slik tenker vi om personvern | Fjordsoft-bloggen", NB_BLOG
        ),
        "/konto/personverninnstillinger": html_page(
            "Personverninnstillinger | Fjordsoft",
            "<h1>Personverninnstillinger</h1><p>Logg inn for å endre personverninnstillingene"
            ' dine.</p><form><input name="epost"><input type="password" name="passord">'
            "<button>Logg inn</button></form><p>Glemt passordet?</p>",
            nav=nav,
            footer=footer,
            lang="nb",
        ),
        "/filer/fjordsoft-brosjyre.pdf": pdf_document("Fjordsoft brosjyre", NB_BROCHURE),
    }
    truth = {
        "privacy_policy": "/personvern",
        "terms": "/vilkar",
        "dpa": "/dokumenter/databehandleravtale.pdf",
        "subprocessors": "/juridisk/underleverandorer",
        "cookie_policy": "/informasjonskapsler",
    }
    return Site(routes, truth, "nb", "Fjordsoft")


def decoys_only_site() -> Site:
    """The English site's decoys and nothing else: no document to find."""
    full = acme_site().routes
    footer = " ".join(
        [a("/account/privacy-settings", "Privacy settings"),
         a("/downloads/acme-security-and-privacy.pdf", "Security & privacy brochure (PDF)"),
         a("/blog/how-we-think-about-privacy", "How we think about privacy")]
    )  # fmt: skip
    keep = ("/account/privacy-settings", "/downloads/acme-security-and-privacy.pdf",
            "/blog/how-we-think-about-privacy")  # fmt: skip
    routes = {path: full[path] for path in keep}
    routes["/"] = html_page("Acme Cloud", "<h1>Acme Cloud</h1>", nav=EN_NAV, footer=footer)
    routes["/sitemap.xml"] = sitemap([f"{{base}}{path}" for path in keep])
    return Site(routes, {}, "en", "Acme Cloud")


def moving_site(moved: str | None, *, footer_updated: bool = True) -> Site:
    """A site whose privacy page is at /privacy, until it moves to /legal/privacy-notice.

    ``moved``: None (not yet), ``"home"`` (the old URL now redirects to the
    home page) or ``"gone"`` (it answers 410). The sitemap lists the old URL
    and, once moved, the new one; a footer that was not updated still links
    the old URL.
    """
    policy = (DEMO / "site" / "fusetools" / "privacy.html").read_bytes()
    old, new = "/privacy", "/legal/privacy-notice"
    linked = new if moved and footer_updated else old
    footer = f"{a(linked, 'Privacy notice')} {a('/pricing', 'Pricing')}"
    listed = ["{base}/", "{base}/privacy", "{base}/pricing"] + (["{base}" + new] if moved else [])
    routes = {
        "/": html_page("Movers", f"<h1>Movers</h1><p>{esc('We move things.')}</p>", footer=footer),
        "/sitemap.xml": sitemap(listed),
        "/pricing": html_page("Pricing", "<h1>Pricing</h1><p>From 10 EUR.</p>", footer=footer),
    }
    if moved is None:
        routes[old] = Route(policy)
    else:
        routes[new] = Route(policy)
        routes[old] = redirect("{base}/", 302) if moved == "home" else gone()
    return Site(routes, {"privacy_policy": new if moved else old}, "en", "Movers")
