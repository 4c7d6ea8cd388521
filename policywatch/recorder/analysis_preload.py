"""Imported once by the analyse stage's forkserver, so that its workers start warm.

    >>> analysis = warm_up()  # what importing this module does, once
    >>> sorted({f.kind for f in analysis.facts})[:3]
    ['breach_notice', 'certification', 'children_age']

Why it exists: ``policywatch analyse --workers N`` reads in worker processes
started by a forkserver (never by forking the command itself, which holds the
database open). A worker used to pay, on its own, the import of the analysis
code (about 550 ms of CPU) and, on its first version, the patterns and tables
the topic model and the fact readers build lazily (about 150 ms): with two
workers, that was more CPU than the reading they saved on a run of a hundred
versions. :func:`policywatch.recorder.analysis.analysis_pool` names this
module in ``set_forkserver_preload``: the forkserver imports it once, which
imports what a worker runs and analyses :data:`WARM_UP` (a tiny built-in
document), and every worker is then a fork of that process, sharing those
modules and tables copy-on-write. ``gc.freeze()`` last: the workers' garbage
collector then leaves those objects alone instead of writing to (and so
copying) the pages they share.

Nothing here changes a result: the warm-up's analysis is thrown away, and a
table built here is the one a worker would have built on its first version.
"""

from __future__ import annotations

import gc

from policywatch.core.model import ExtractedDocument, Section
from policywatch.db.analysis import VersionAnalysis, analyse_version

# The workers unpickle their function from this module: import it here too.
from policywatch.recorder import analysis as _worker_functions  # noqa: F401

# Sentences of the usual kinds (retention, countries, certifications, parties,
# rights, children...), so that the readers of each kind build their tables.
WARM_UP = ExtractedDocument(
    text="",
    title="Privacy policy",
    language="en",
    sections=[
        Section(2, "1. Retention", "We keep account data for 30 days after the account is closed."),
        Section(
            2,
            "2. Sharing and transfers",
            "We never sell personal data. We use Amazon Web Services in the United States"
            " under the Standard Contractual Clauses. We are ISO 27001 certified.",
        ),
        Section(
            2,
            "3. Your rights",
            "Under the GDPR you may ask for access to or erasure of your data; we answer"
            " within one month. Write to privacy@example.com. We notify a breach within"
            " 72 hours. Children under 16 may not use the service. These terms are governed"
            " by the laws of Ireland.",
        ),
    ],
)
WARM_UP.text = "\n\n".join(f"## {s.heading}\n\n{s.text}" for s in WARM_UP.sections)


def warm_up() -> VersionAnalysis:
    """Analyse :data:`WARM_UP` (this process then holds what analysing builds); its analysis."""
    return analyse_version(WARM_UP)


warm_up()
gc.freeze()
