"""One or two plain sentences about a diff, for a Slack message or an e-mail subject.

>>> from policywatch.diffing.model import Reason
>>> r = Reason("retention", "Data retention", "kept 30 days", "kept 24 months",
...            "period changed: 30 days → 24 months")
>>> text = summarise("material", [r], ["silent_edit"], {})
>>> text.startswith("Material change to retention: period changed: 30 days → 24 months")
True
>>> text.endswith("The stated date did not change (silent edit).")
True
"""

from __future__ import annotations

from typing import Any

from policywatch.diffing.model import Reason

LABELS = {
    "purposes": "purposes",
    "data_categories": "data collected",
    "recipients": "recipients and sub-processors",
    "sale_sharing": "sale or sharing of data",
    "retention": "retention",
    "transfers": "international transfers",
    "rights": "data-subject rights",
    "controller_contact": "controller or DPO contact",
    "legal_basis": "legal basis",
    "security": "security commitments",
    "breach": "breach notification",
    "children": "children and age limits",
    "tracking_ads": "tracking, cookies and ads",
    "law_liability": "governing law and liability",
    "fees_termination": "fees, refunds and termination",
    "ai_training": "AI training",
    "other": "other terms",
}
MAX_REASONS_IN_SUMMARY = 2


def summarise(
    verdict: str,
    reasons: list[Reason],
    flags: list[str],
    stats: dict[str, Any],
) -> str:
    """Plain-language summary of a verdict, its strongest reasons and its date flags.

    (A pair the guard refused is summarised by ``DiffResult.not_compared``.)
    """
    if verdict == "unchanged":
        return "No change."
    parts: list[str] = []
    if verdict == "material":
        cats = []
        for r in reasons:
            if r.category not in cats:
                cats.append(r.category)
        # One reason per category: a changed fact often restates a wording signal.
        lead = [next(r for r in reasons if r.category == c) for c in cats]
        lead = lead[:MAX_REASONS_IN_SUMMARY]
        details = "; ".join(_reason_phrase(r) for r in lead)
        label = ", ".join(LABELS.get(c, c) for c in cats[:4])
        parts.append(f"Material change to {label}: {details}.")
    elif verdict == "editorial":
        n = stats.get("changed_sentences", 0)
        plural = "s" if n != 1 else ""
        parts.append(f"Wording changed in {n} sentence{plural}; no change in substance detected.")
    else:
        parts.append("Only formatting, spelling, links or dates changed.")
    if "silent_edit" in flags:
        parts.append("The stated date did not change (silent edit).")
    elif "date_bump" in flags:
        parts.append("The stated date changed.")
    return " ".join(parts)


def _reason_phrase(reason: Reason) -> str:
    where = f" (section '{reason.section}')" if reason.section else ""
    return f"{reason.explanation.rstrip('.')}{where}"
