"""The `ratsnlp_motions` component: motions moved inside turns, with mover and outcome.

"stellt den Antrag, ...", "beantragt, ...", "Änderungsantrag der SPD-Fraktion", "Antrag auf Vertagung".
The outcome is that of the next decision in the same agenda item, when there is one.
"""

from __future__ import annotations

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext

MOTION = re.compile(
    r"\b(?:stellt\s{1,3}(?:den|einen)\s{1,3}(?:[\w-]{0,30}[Aa]ntrag)|beantragt|beantragen|"
    r"(?:Änderungs|Ergänzungs|Geschäftsordnungs|Vertagungs|Dringlichkeits)antrag|Antrag\s{1,3}(?:auf|zur)\s{1,3}\w+)"
)
MOVER_GROUP = re.compile(r"(?:Änderungs|Ergänzungs)?[Aa]ntrag\s{1,3}der\s{1,3}([\w/ -]{2,40}?-?Fraktion)")


@Language.factory("ratsnlp_motions", assigns=["doc.spans"], requires=["doc.spans"])
def make_motions(nlp: Language, name: str) -> Motions:
    return Motions(name=name)


class Motions:
    """Adds kind=motion spans to the `decisions` group."""

    def __init__(self, *, name: str = "ratsnlp_motions") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        decisions = [d for d in doc.spans.get(ext.SPAN_GROUPS["decisions"], []) if d._.kind == "decision"]
        starts = [d.start_char for d in decisions]
        items = sorted(s.start_char for s in doc.spans.get(ext.SPAN_GROUPS["items"], []))
        sents = list(doc.spans.get(ext.SPAN_GROUPS["sentences"], []))
        sent_starts = [s.start_char for s in sents]
        motions = []
        text = ext.text_of(doc)
        for turn in doc.spans.get(ext.SPAN_GROUPS["turns"], []):
            for m in MOTION.finditer(text, turn.start_char, turn.end_char):
                k = bisect.bisect_right(sent_starts, m.start()) - 1
                if k < 0:
                    continue
                sent = sents[k]
                if motions and motions[-1].start_char == sent.start_char:
                    continue
                sp = doc.char_span(sent.start_char, min(sent.end_char, turn.end_char), label="motion", alignment_mode="expand")
                if sp is None:
                    continue
                group = MOVER_GROUP.search(sp.text)
                sp._.kind = "motion"
                sp._.mover = group.group(1).strip() if group else turn._.speaker
                item_end = next((i for i in items if i > sp.start_char), len(text))
                j = bisect.bisect_left(starts, sp.end_char)
                if j < len(decisions) and decisions[j].start_char < item_end:
                    sp._.outcome = decisions[j]._.outcome
                motions.append(sp)
        doc.spans[ext.SPAN_GROUPS["decisions"]] = sorted(decisions + motions, key=lambda s: s.start_char)
        ext.release_text(doc)
        return doc
