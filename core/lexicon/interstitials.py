"""What an interstitial page says in place of the document: the guard's phrases.

A page fetched for a policy can be a bot challenge, a login wall, a refusal,
a "page not found" served with status 200, or a CDN error page. These lists
are the phrases (matched case-insensitively, literally, anywhere in a short
page's text or title) and markup fingerprints by which the guard
(:mod:`policywatch.extract.guard`) recognises each kind; it alone reads them.
Privacy policies mention "reCAPTCHA", "log in" and "access" in passing, so the
guard only counts them on short pages::

    >>> "verify you are human" in CHALLENGE, "page introuvable" in NOT_FOUND
    (True, True)
    >>> import re
    >>> bool(re.search(CHALLENGE_MARKUP, b"<div id='cf-challenge'>", re.IGNORECASE))
    True

English first, with the commonest forms of the other languages of the dev
corpus where pages showed them (soft 404s in German, French, Norwegian,
Spanish, Italian; login words likewise).
"""

from __future__ import annotations

# Bot challenges (CDN and anti-bot interstitials): the page asks the visitor to prove it is human.
CHALLENGE: tuple[str, ...] = (
    "just a moment",
    "checking your browser",
    "verify you are human",
    "verifying you are human",
    "are you a robot",
    "not a robot",
    "security check",
    "attention required",
    "ddos protection",
    "press & hold",
    "press and hold",
    "unusual traffic",
    "captcha",
    "bot detection",
    "enable javascript and cookies to continue",
)

# Login walls: the page asks the visitor to sign in before showing anything.
LOGIN_WALL: tuple[str, ...] = (
    "sign in to continue",
    "log in to continue",
    "login to continue",
    "please sign in",
    "please log in",
    "you must be logged in",
    "you need to sign in",
    "forgot your password",
    "forgot password",
    "session has expired",
)

# Refusals: a CDN, firewall or geo-block denies the request.
ACCESS_DENIED: tuple[str, ...] = (
    "access denied",
    "access to this page has been denied",
    "you don't have permission to access",
    "you do not have permission to access",
    "request blocked",
    "request could not be satisfied",
    "request rejected",
    "error 1020",
    "403 forbidden",
    "has been blocked",
    "not available in your country",
    "not available in your region",
)

# Soft 404s: a page says it does not exist, with a 200 status.
NOT_FOUND: tuple[str, ...] = (
    "page not found",
    "404 not found",
    "error 404",
    "page you requested could not be found",
    "page you are looking for",
    "page you're looking for",
    "page does not exist",
    "page doesn't exist",
    "no longer available",
    "seite nicht gefunden",
    "page introuvable",
    "siden finnes ikke",
    "siden ble ikke funnet",
    "página no encontrada",
    "pagina non trovata",
)

# Server and CDN error pages, and maintenance notices.
SERVER_ERROR: tuple[str, ...] = (
    "service unavailable",
    "bad gateway",
    "gateway timeout",
    "internal server error",
    "temporarily unavailable",
    "something went wrong",
    "under maintenance",
    "scheduled maintenance",
    "origin is unreachable",
    "web server is down",
)

# Challenge interstitials by their markup (a regular expression on the raw
# bytes). Only the challenge pages' own scripts and ids: a reCAPTCHA widget in
# a contact form footer is normal on a real policy page (seen in the corpus).
CHALLENGE_MARKUP: bytes = (
    rb"challenge-platform|cf-challenge|cf_chl_|px-captcha|captcha-delivery\.com"
    rb"|geo\.captcha|awswaf|_Incapsula_Resource"
)

# Words of a sign-in form (a regular expression, matched case-insensitively):
# beside a password field they make a short page a login wall.
LOGIN_WORDS: str = (
    r"\b(sign[ -]?in|log[ -]?in|log[ -]?on|password|anmelden|passwort|connexion|se connecter"
    r"|mot de passe|logg inn|passord|iniciar sesi[oó]n|contrase[nñ]a|accedi)\b"
)
