"""The `ratsnlp_positions` component: positions argued by content on the motion an agenda item is about.

Real minutes mostly argue without naming the motion ("hält die Kosten für nicht vertretbar", "sieht in dem
Angebot eine Chance"), and the rules of `ratsnlp_motions` only read explicit phrasings. Where an item's subject is
an open main motion and those rules gave a turn no relation, the stance classifier's reading of the turn decides:
a turn it reads as a concern opposes the motion, one it reads as support supports it. Convention (data/annotated
README): a caveat by a member of the moving group about its own motion takes no side; the chair, the public and
guests take none. Amendments, postponement and referral motions are left to the rules: in those items a concern
is as often about the administration's proposal, which is not a motion.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..tag.motions import of_its_group

SIDED_ROLES = ("council_member", "advisory_member", "administration", "mayor")


@Language.factory(
    "ratsnlp_positions",
    default_config={"opposes_threshold": 0.5, "supports_threshold": 0.5},
    requires=["doc.spans"],
)
def make_positions(nlp: Language, name: str, opposes_threshold: float, supports_threshold: float) -> Positions:
    return Positions(name=name, opposes_threshold=opposes_threshold, supports_threshold=supports_threshold)


class Positions:
    """Sets motion_relation (supports | opposes) and motion_id on turns the motion rules left without one, from
    p_concern / p_support of `ratsnlp_stance` (which must run before it)."""

    def __init__(self, *, name: str = "ratsnlp_positions", opposes_threshold: float = 0.5, supports_threshold: float = 0.5) -> None:
        self.name = name
        self.opposes_threshold = opposes_threshold
        self.supports_threshold = supports_threshold

    def __call__(self, doc: Doc) -> Doc:
        motions = [m for m in doc.spans.get(ext.SPAN_GROUPS["motions"], []) if m._.motion_kind == "main"]
        if not motions:
            return doc
        items = sorted(a for a, _, _ in ext.group_rows(doc, ext.SPAN_GROUPS["items"]))
        decisions = doc.spans.get(ext.SPAN_GROUPS["decisions"], [])
        voted = {d._.decision_id: d.start_char for d in decisions}
        decided = sorted(d.start_char for d in decisions)
        withdrawn: set[str] = set()
        for t in doc.spans.get(ext.SPAN_GROUPS["turns"], []):
            if t._.motion_relation is not None:
                if t._.motion_relation == "withdraws":
                    withdrawn.add(t._.motion_id)
                continue
            if t._.role not in SIDED_ROLES or t._.p_concern is None:
                continue
            target = _open_main(motions, items, voted, withdrawn, t.start_char, decided)
            side = _side(t._.p_concern, t._.p_support, self.opposes_threshold, self.supports_threshold)
            if target is None or side is None or (side == "opposes" and of_its_group(t, [target]) is not None):
                continue
            t._.motion_relation, t._.motion_id = side, target._.motion_id
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 64) -> Iterator[Doc]:
        """Per document; a `pipe` method makes batch runs (batch.finish_batch) call it after the stance classifier,
        whose probabilities it reads, not before it with the rule components."""
        for doc in docs:
            yield self(doc)


def _side(p_concern: float, p_support: float, opposes_at: float, supports_at: float) -> str | None:
    if p_concern >= opposes_at:
        return "opposes"
    if p_support >= supports_at:
        return "supports"
    return None


def _open_main(motions: list[Span], items: list[int], voted: dict[str, int], withdrawn: set[str], start: int, decided: list[int]) -> Span | None:
    """The latest main motion of the turn's item moved before it, not yet voted on and not withdrawn. A motion told by
    its fate (a report's lead: "Der Rat hat den Antrag der X abgelehnt", the vote in the motion's own sentence) is the
    one the debate told after it argues, until the next decision."""
    item = bisect.bisect_right(items, start)
    open_here = [
        m for m in motions
        if m.start_char < start and bisect.bisect_right(items, m.start_char) == item and m._.motion_id not in withdrawn
        and (voted.get(m._.decision_id, start + 1) > start or _told_by_fate(m, voted, start, decided))
    ]  # fmt: skip
    return open_here[-1] if open_here else None


def _told_by_fate(m: Span, voted: dict[str, int], start: int, decided: list[int]) -> bool:
    """Whether the motion's vote is its own sentence and no other decision stands between it and `start`."""
    at = voted.get(m._.decision_id)
    if at is None or at < m.start_char - 3 or at > m.end_char:
        return False
    return bisect.bisect_left(decided, m.end_char) == bisect.bisect_left(decided, start)
