"""policywatch: track vendors' privacy policies, terms, DPAs and sub-processor lists.

The import package holds the CLI and the wiring; the components are its
subpackages: ``policywatch.crawler`` (fetch and extract), ``policywatch.diffing``
(semantic diff and materiality), ``policywatch.db`` (schema and queries,
Datasette configuration) and ``policywatch.alerts`` (outbox and channels).
"""

__version__ = "0.1.0"
