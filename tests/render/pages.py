"""Pages for the rendering tests, written for them: a policy built by scripts, its
static twin, a bot challenge and pages with subresources on refused addresses."""

from __future__ import annotations

# Twenty clauses of a privacy policy; the last one is what the tests look for.
CLAUSES = [
    f"Clause {i}. Acme processes the personal data of its customers only for the purposes"
    f" named in this privacy policy, keeps it for {30 + i} days after an account is closed,"
    " and shares it only with the processors listed in our data processing agreement."
    for i in range(1, 21)
]
LAST_CLAUSE = "keeps it for 50 days"


def _static_body() -> str:
    paragraphs = "".join(f"<p>{c}</p>" for c in CLAUSES)
    return f"<h1>Privacy policy</h1>{paragraphs}"


# An app shell: an empty mount point; the script writes the policy after the
# load event, a little later, as single-page apps and policy embeds do.
SCRIPTED = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Privacy policy - Acme</title></head><body><div id="root"></div>
<script>
window.addEventListener("load", function () {{
  setTimeout(function () {{
    document.getElementById("root").innerHTML = {_static_body()!r};
  }}, 300);
}});
</script></body></html>""".encode()

# The same policy sent as HTML: the page stopped needing a browser.
STATIC = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Privacy policy - Acme</title></head><body><div id="root">{_static_body()}</div>
</body></html>""".encode()

# A bot challenge whose script never lets a crawler through (the shape of
# Cloudflare's managed challenge), sent with HTTP 403.
CHALLENGE = b"""<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head>
<body><div class="main-wrapper" role="main"><h1>www.acme.example</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<div id="challenge-stage"></div>
<p>www.acme.example needs to review the security of your connection before proceeding.</p>
</div><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/managed/v1"></script>
</body></html>"""


def with_subresource(src: str) -> bytes:
    """The static policy with a script loaded from ``src`` (to test the address guard)."""
    return STATIC.replace(b"</body>", f'<script src="{src}"></script></body>'.encode())
