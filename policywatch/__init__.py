"""policywatch: track vendors' privacy policies, terms, DPAs and sub-processor lists.

The import package holds the CLI and the wiring; the components are its
subpackages: ``policywatch.core`` (the shared data model and vocabulary),
``policywatch.extract`` (bytes to text, sections, dates; the usability
guard), ``policywatch.crawler`` (the Scrapy edge), ``policywatch.diffing``
(semantic diff and materiality), ``policywatch.db`` (schema and queries,
Datasette configuration) and ``policywatch.alerts`` (outbox and channels).
"""

__version__ = "0.1.0"
