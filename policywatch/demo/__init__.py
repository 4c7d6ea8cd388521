"""The demo: a local vendor site built from the five seed policies.

``site/`` is what the server starts with; ``changed/`` holds the pages the
demo swaps in before its second crawl (``vendor__page.html`` stands for
``vendor/page.html``). Both are package data, built by
``scripts/build_demo_site.py``.
"""
