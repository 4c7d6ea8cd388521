"""The shared core every part may import: the data model and the project's vocabulary.

It imports nothing of Scrapy, SQLite or the other parts of policywatch, so
``policywatch.crawler``, ``policywatch.extract``, ``policywatch.diffing``,
``policywatch.db`` and ``policywatch.alerts`` all depend on it and it on none
of them (the contracts in pyproject.toml say so and CI checks them).
"""
