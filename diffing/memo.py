"""Results of a pure reading of texts, kept for the texts read last.

    >>> calls = []
    >>> def lengths(texts):
    ...     calls.append(list(texts))
    ...     return [len(t) for t in texts]
    >>> memo = TextMemo(100)
    >>> memo.many(["ab", "abc", "ab"], lengths), memo.many(["abc", "d"], lengths)
    ([2, 3, 2], [3, 1])
    >>> calls
    [['ab', 'abc'], ['d']]

A new version of a document repeats most of the paragraphs and headings of
the one before, and `policywatch analyse --all`, the benchmarks and training
read many versions in one process: a paragraph's rule terms, concept ids and
stems are read once. Only pure functions of their key are kept (the same
key always gives the same result), so nothing read changes; the results are
shared, so callers must not change them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class TextMemo(Generic[K, V]):
    """``read_many``'s results for the last ``size`` distinct keys (first in, first out)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.kept: dict[K, V] = {}

    def many(self, keys: Sequence[K], read_many: Callable[[list[K]], list[V]]) -> list[V]:
        """``read_many(keys)``, reading only the keys not kept (each once)."""
        known = {k: self.kept[k] for k in keys if k in self.kept}
        missing = list(dict.fromkeys(k for k in keys if k not in known))
        if missing:
            known.update(zip(missing, read_many(missing), strict=True))
            for key in missing:
                if len(self.kept) >= self.size:
                    del self.kept[next(iter(self.kept))]
                self.kept[key] = known[key]
        return [known[k] for k in keys]
