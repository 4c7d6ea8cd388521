"""Align the sentences of two texts, then word-diff each changed pair.

Sentences are compared by their comparison key (:func:`text.key`), so a
sentence whose markup alone changed lines up as equal-by-key and is reported
as a cosmetic unit. Runs of removed and added sentences between two anchors
are paired by word overlap: a pair is an edited sentence, the rest are whole
sentences removed or added.

    >>> units = sentence_units("We keep data. Call us.", "We keep data for 2 years. Call us.")
    >>> [(u.old, u.new) for u in units]
    [('We keep data.', 'We keep data for 2 years.')]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache

from policywatch.core.lexicon.abbreviations import (
    MAY_END_A_SENTENCE,
    NAME_AFTER_A_COUNTRY,
    ONLY_BEFORE_A_NUMBER,
    no_sentence_end,
)
from policywatch.core.lexicon.bound_parties import BOUND_PARTIES
from policywatch.core.lexicon.function_words import FUNCTION_WORDS
from policywatch.core.lexicon.negation import modality
from policywatch.core.lexicon.stems import stemmer, words
from policywatch.diffing.text import containment, key, similarity, split_sentences
from policywatch.diffing.words import Op, token_diff, word_ops

# Two sentences are one edited sentence above this word overlap...
PAIR_SIMILARITY = 0.4
# ...or when the new one keeps this share of the old one's words, and the old has this
# many words at least: the same sentence told more fully ("The controller is Acme Ltd."
# -> "The controller is Acme Limited, company number 123, registered office Dublin.").
EXTENDED_CONTAINMENT = 0.8
EXTENDED_MIN_WORDS = 4
# A sentence left unpaired in a changed run is the rewording of the run's unpaired old
# sentence whose content-word stems it shares most, both ways, above this overlap. Each
# stem weighs its inverse sentence frequency in the two versions (:func:`stem_weights`):
# "processor", "customer", "shall", "personal data" stand in most sentences of a DPA and
# weigh little, so two unrelated obligations of one clause (a breach notice, a deletion)
# share little, while a rewording keeps the words that tell its sentence apart. The
# threshold sits in the gap between the reworded DPA sentences and same-clause unrelated
# pairs of all eight DPA languages, and holds leaving any one language out
# (``tests/diffing/test_reworded_twins.py::test_the_threshold_holds_leaving_a_language_out``).
REWORDED_SIMILARITY = 0.1
# Words this short are function words in every language read ("the", "der", "les", "og").
CONTENT_WORD = 4


@dataclass
class Unit:
    """One changed sentence: ``old``/``new`` is None for an added/removed sentence."""

    old: str | None
    new: str | None
    ops: list[Op] = field(default_factory=list)


def sentence_units(old_text: str, new_text: str, language: str | None = None) -> list[Unit]:
    """The changed sentences between two texts (equal sentences are left out)."""
    return [u for u in sentence_diff(old_text, new_text, language) if u.old != u.new]


def sentence_diff(old_text: str, new_text: str, language: str | None = None) -> list[Unit]:
    """Every sentence of both texts in reading order: equal ones (old == new) and changes.

    Concatenating the units' ops gives a redline of the whole text. ``language`` picks
    the stemmer that pairs reworded sentences (:func:`_reworded`).
    """
    a, b = sentences(old_text, language), sentences(new_text, language)
    ka, kb = [key(s) for s in a], [key(s) for s in b]
    weights = _LazyWeights(a, b, language)
    units: list[Unit] = []
    i = j = 0
    pending_a: list[int] = []
    pending_b: list[int] = []
    for op, text in token_diff([k + "\n" for k in ka], [k + "\n" for k in kb], semantic=False):
        n = text.count("\n")
        if op == 0:
            units.extend(_pair_run(a, b, pending_a, pending_b, weights))
            pending_a, pending_b = [], []
            for _ in range(n):
                if a[i] != b[j]:
                    units.append(Unit(a[i], b[j], word_ops(a[i], b[j])))
                else:
                    units.append(Unit(a[i], b[j], [(0, a[i])]))
                i, j = i + 1, j + 1
        elif op < 0:
            pending_a.extend(range(i, i + n))
            i += n
        else:
            pending_b.extend(range(j, j + n))
            j += n
    units.extend(_pair_run(a, b, pending_a, pending_b, weights))
    return units


def sentences(text: str, language: str | None = None) -> list[str]:
    """The sentences of ``text`` (:func:`text.split_sentences`), where an abbreviation's
    full stop ends none (``core/lexicon/abbreviations``: "U.S.", "z. B.", "p. ex.") and
    an opening guillemet after a sentence's end starts one ("ici. « Mesures").

    >>> sentences("We are certified to the U.S. Data Privacy Framework. Ask us.", "en")
    ['We are certified to the U.S. Data Privacy Framework.', 'Ask us.']
    >>> sentences("Nous agissons ici. « Mesures » désigne les mesures.", "fr")
    ['Nous agissons ici.', '" Mesures " désigne les mesures.']
    """
    # Parts of one sentence are gathered and joined once: joining as we go is
    # quadratic on a long run of abbreviations ("Sent to the U.S. " * 40000).
    # The last characters of the sentence so far are enough to read an abbreviation
    # spanning parts ("z." + "B.").
    groups: list[list[str]] = []
    tail = ""
    abbreviation = _abbreviation(language)
    starts = _sentence_starts(language)
    for piece in split_sentences(text):
        for part in _quote_opens(piece):
            if groups and _ends_in(tail, part, abbreviation, starts):
                groups[-1].append(part)
                tail = (tail + " " + part)[-_TAIL:]
            else:
                groups.append([part])
                tail = part[-_TAIL:]
    return [" ".join(group) for group in groups]


# How far back from a full stop an abbreviation is read (:func:`_ends_in`).
_TAIL = 12


# A sentence's end, then a quotation mark set apart by spaces before a capital: the
# French « (folded to a straight quote with its spaces) or the German „.
_QUOTE_AFTER_END = re.compile(r"(?<=[.!?])\s+(?=[\"«„]\s+[A-ZÆØÅÄÖÜÉÈÀÂÎÔ0-9]|„)")


def _quote_opens(piece: str) -> list[str]:
    """``piece`` cut where a quotation opens after a sentence's end: an even count of
    straight quotes before it (a closing « Mesures. » Ensuite is no opening)."""
    parts, start = [], 0
    for m in _QUOTE_AFTER_END.finditer(piece):
        if piece.count('"', 0, m.start()) % 2 == 0 and piece[start : m.start()].strip():
            parts.append(piece[start : m.start()].strip())
            start = m.end()
    parts.append(piece[start:].strip())
    return parts


@cache
def _abbreviation(language: str | None) -> re.Pattern[str]:
    """The abbreviations of ``language`` (and English), each a whole word."""
    return re.compile(
        r"(?<![^\W\d_])(?:"
        + "|".join(
            re.escape(a) + (r"(?=\s*\d)" if a in ONLY_BEFORE_A_NUMBER else "")
            for a in no_sentence_end(language)
        )
        + ")"
    )


@cache
def _sentence_starts(language: str | None) -> frozenset[str]:
    """Function words of ``language`` and English: a capitalised one after "U.S." starts
    a sentence ("U.S. We keep"), a name does not ("U.S. Data Privacy Framework")."""
    base = (language or "en").split("-")[0].lower()
    return FUNCTION_WORDS["en"] | FUNCTION_WORDS.get(base, frozenset())


def _ends_in(
    previous: str, following: str, abbreviation: re.Pattern[str], starts: frozenset[str]
) -> bool:
    """Whether the full stop ending ``previous`` belongs to an abbreviation, which may
    reach into ``following`` ("z." + "B. die Namen"), and does not also end the
    sentence (:data:`MAY_END_A_SENTENCE` before a capitalised function word)."""
    if not previous.endswith("."):
        return False
    window = previous[-_TAIL:] + " " + following[:8]
    end = len(previous[-_TAIL:])
    for m in abbreviation.finditer(window):
        if not m.start() < end <= m.end():
            continue
        if m.group() in MAY_END_A_SENTENCE and _starts_a_sentence(following, starts):
            continue
        return True
    return False


def _starts_a_sentence(following: str, starts: frozenset[str]) -> bool:
    """Whether the words after a country's abbreviation ("U.S.") start a new sentence: a
    capitalised function word ("We keep"), or a capitalised word before a lower-case one
    that continues no name ("Questions about", "Fragen zu", "Spørsmål om"). An acronym
    ("EU-U.S. DPF"), a title-case run ("Data Privacy Framework") or a name head
    (:data:`NAME_AFTER_A_COUNTRY`: "Department of Commerce") continues the name.

    >>> _starts_a_sentence("Questions about this policy", frozenset())
    True
    >>> _starts_a_sentence("Department of Commerce", frozenset())
    False
    """
    first, second, *_ = [*following.split(maxsplit=2), "", ""]
    if not first[:1].isupper():
        return False
    if first.strip(",;:").casefold() in starts:
        return True
    word = first.strip(",;:.!?")
    title_case_run = second[:1].isupper()
    return not (word.isupper() or word in NAME_AFTER_A_COUNTRY or title_case_run)


def _pair_run(
    a: list[str], b: list[str], ia: list[int], ib: list[int], weights: _LazyWeights
) -> list[Unit]:
    """Pair removed with added sentences by overlap, keeping document order."""
    if not ia and not ib:
        return []
    if ia and ib and " ".join(key(a[i]) for i in ia) == " ".join(key(b[j]) for j in ib):
        # The same words cut into sentences differently (re-wrapped, PDF -> HTML).
        old, new = " ".join(a[i] for i in ia), " ".join(b[j] for j in ib)
        return [Unit(old, new, word_ops(old, new))]
    wa = {i: set(key(a[i]).split()) for i in ia}
    wb = {j: set(key(b[j]).split()) for j in ib}
    scored = sorted(
        ((_overlap(wa[i], wb[j]), i, j) for i in ia for j in ib if len(ia) * len(ib) <= 4000),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    match: dict[int, int] = {}
    used: set[int] = set()
    for sim, i, j in scored:
        if sim < PAIR_SIMILARITY:
            break
        if i not in match and j not in used:
            if key(a[i]) == key(b[j]):
                # The same sentence moved within the section: no new wording.
                match[i] = j
                used.add(j)
                continue
            match[i] = j
            used.add(j)
    match |= _reworded(
        [(i, a[i]) for i in ia if i not in match],
        [(j, b[j]) for j in ib if j not in used],
        weights,
    )
    used = set(match.values())
    units: list[Unit] = []
    for i in ia:
        if i in match:
            j = match[i]
            if key(a[i]) == key(b[j]) and a[i] == b[j]:
                units.append(Unit(a[i], b[j], [(0, a[i])]))
                continue
            units.append(Unit(a[i], b[j], word_ops(a[i], b[j])))
        else:
            units.append(Unit(a[i], None, [(-1, a[i])]))
    units.extend(Unit(None, b[j], [(1, b[j])]) for j in ib if j not in used)
    return units


def _overlap(old: set[str], new: set[str]) -> float:
    """How much two sentences are one: their word overlap, or just enough to pair when
    one keeps nearly all of the other's words (told more fully, or cut back)."""
    sim = similarity(old, new)
    if sim < PAIR_SIMILARITY and any(
        len(short) >= EXTENDED_MIN_WORDS and containment(short, long) >= EXTENDED_CONTAINMENT
        # Told more fully, or told more shortly again (a party cut from the sentence).
        for short, long in ((old, new), (new, old))
    ):
        return PAIR_SIMILARITY
    return sim


def _reworded(
    old: list[tuple[int, str]], new: list[tuple[int, str]], weights: _LazyWeights
) -> dict[int, int]:
    """Pair the run's leftover sentences that say the same thing in other words: the
    highest weighted content-word overlap on stems first, each sentence once (old index
    -> new).

    >>> old = [(0, "Access is limited to staff who need the data.")]
    >>> new = [(0, "Only personnel who require the data have access to it.")]
    >>> kept = ["We keep logs for a year.", "Backups are encrypted."]
    >>> _reworded(old, new, _LazyWeights([*kept, old[0][1]], [*kept, new[0][1]], "en"))
    {0: 0}
    """
    if not old or not new or len(old) * len(new) > MAX_REWORDED:
        return {}
    language = weights.language
    so = {i: content_stems(text, language) for i, text in old}
    sn = {j: content_stems(text, language) for j, text in new}
    weight = weights.get()
    scored = sorted(
        ((weighted_overlap(so[i], sn[j], weight), i, j) for i in so for j in sn if so[i] and sn[j]),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    match: dict[int, int] = {}
    for sim, i, j in scored:
        if sim < REWORDED_SIMILARITY:
            break
        if i not in match and j not in match.values():
            match[i] = j
    return match


# Above this many comparisons a run is a rewrite, not a few reworded sentences.
MAX_REWORDED = 400


def content_stems(text: str, language: str | None) -> frozenset[str]:
    """The stems of a sentence's content words: not its modal verbs nor the parties it
    binds (:data:`BOUND_PARTIES`), which the pair's statements compare once paired
    ("the Processor must delete" -> "the Customer may delete" is one sentence whose
    party and modal changed), so they never make two sentences one.

    >>> sorted(content_stems("The Processor must delete these data.", "en"))
    ['data', 'delet', 'these']
    """
    stem, party = stemmer(language), _party_words(language)
    return frozenset(
        stem(w)
        for w in words(text)
        if len(w) >= CONTENT_WORD and not party.match(w) and not modality([w], language)
    )


@cache
def _party_words(language: str | None) -> re.Pattern[str]:
    base = (language or "en").split("-")[0].lower()
    starts = {
        start for table in BOUND_PARTIES.values() for start in (*table["en"], *table.get(base, ()))
    }
    return re.compile("|".join(sorted(starts)))


def stem_weights(sentences: Iterable[str], language: str | None) -> dict[str, float]:
    """Each content stem's inverse sentence frequency, ``log((N + 1) / df)``: a stem in
    every sentence weighs ``log(1 + 1/N)``, near nothing, one in a single sentence
    ``log(N + 1)``.

    >>> w = stem_weights(["We delete the data.", "We keep the data as logs."], "en")
    >>> round(w["data"], 2), round(w["delet"], 2)
    (0.41, 1.1)
    """
    frequency: Counter[str] = Counter()
    count = 0
    for sentence in sentences:
        frequency.update(content_stems(sentence, language))
        count += 1
    return {stem: math.log((count + 1) / df) for stem, df in frequency.items()}


def weighted_overlap(a: AbstractSet[str], b: AbstractSet[str], weight: dict[str, float]) -> float:
    """The weighted Jaccard overlap of two stem sets (a stem unseen weighs 1).

    >>> weighted_overlap({"processor", "delet"}, {"processor", "notifi"},
    ...                  {"processor": 0.1, "delet": 1.0, "notifi": 1.0})
    0.047619047619047616
    """
    union = sum(weight.get(s, 1.0) for s in a | b)
    return sum(weight.get(s, 1.0) for s in a & b) / union if union else 0.0


class _LazyWeights:
    """The stem weights of two versions, counted only once a run has sentences to pair
    by rewording (most diffs have none)."""

    def __init__(self, old: list[str], new: list[str], language: str | None) -> None:
        self.old, self.new, self.language = old, new, language
        self._weights: dict[str, float] | None = None

    def get(self) -> dict[str, float]:
        if self._weights is None:
            self._weights = stem_weights([*self.old, *self.new], self.language)
        return self._weights
