"""Score the pipeline against gold annotations (NAME.txt + NAME.gold.json, see data/annotated/README.md).

Metrics follow the project's held-out scoring: a predicted turn matches a gold turn when it starts
within 3 characters of it (after skipping whitespace); speaker, role and party are scored on matched
turns; a decision is found when a predicted decision span covers its start, and correct when the
outcome and every stated count agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .batch import process_source
from .classify.metrics import cue_baseline, stance_report
from .corpus import TOLERANCE, load_gold, name_ok, read_splits
from .errors import RatsnlpError
from .read import read_source


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_ok: int = 0
    role_n: int = 0
    role_ok: int = 0
    party_n: int = 0
    party_ok: int = 0
    dec_n: int = 0
    dec_found: int = 0
    dec_ok: int = 0
    dec_pred: int = 0  # predicted decision rows
    dec_pred_ok: int = 0  # ... that cover the start of a gold decision
    mot_gold: int = 0
    mot_pred: int = 0
    mot_matched: int = 0
    mot_kind_ok: int = 0
    mot_mover_ok: int = 0
    mot_outcome_n: int = 0
    mot_outcome_ok: int = 0
    rel_n: int = 0  # gold turns with a motion relation, matched to a predicted turn
    rel_ok: int = 0
    rel_pred: int = 0  # matched turns the pipeline gives a motion relation (in documents with motion gold)
    rel_pred_ok: int = 0

    def add(self, other: Counts) -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def metrics(self) -> dict[str, float]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return {
            "boundary_precision": p,
            "boundary_recall": r,
            "boundary_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_acc": self.speaker_ok / self.matched if self.matched else 0.0,
            "role_acc": self.role_ok / self.role_n if self.role_n else 0.0,
            "party_acc": self.party_ok / self.party_n if self.party_n else 0.0,
            "decision_recall": self.dec_found / self.dec_n if self.dec_n else 0.0,
            "decision_acc": self.dec_ok / self.dec_n if self.dec_n else 0.0,
            "decision_precision": self.dec_pred_ok / self.dec_pred if self.dec_pred else 0.0,
        }

    def motion_metrics(self) -> dict[str, float]:
        p = self.mot_matched / self.mot_pred if self.mot_pred else 0.0
        r = self.mot_matched / self.mot_gold if self.mot_gold else 0.0
        return {
            "motion_precision": p,
            "motion_recall": r,
            "motion_kind_acc": self.mot_kind_ok / self.mot_matched if self.mot_matched else 0.0,
            "motion_mover_acc": self.mot_mover_ok / self.mot_matched if self.mot_matched else 0.0,
            "motion_outcome_acc": self.mot_outcome_ok / self.mot_outcome_n if self.mot_outcome_n else 0.0,
            "motion_relation_acc": self.rel_ok / self.rel_n if self.rel_n else 0.0,
            "motion_relation_precision": self.rel_pred_ok / self.rel_pred if self.rel_pred else 0.0,
        }


@dataclass
class Report:
    total: Counts = field(default_factory=Counts)
    per_doc: dict[str, Counts] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    # matched turns: (predicted stance, gold stance, gold stances, turn text)
    stance_pairs: list[tuple[str, str, list[str], str]] = field(default_factory=list)
    majority: str = "explanation"

    def stance(self) -> dict:
        """Stance scores of the pipeline on matched turns, next to the majority and cue-rule baselines."""
        gold = [g for _, g, _, _ in self.stance_pairs]
        sets = [s for _, _, s, _ in self.stance_pairs]
        return {
            "model": stance_report([p for p, _, _, _ in self.stance_pairs], gold, sets),
            "cue_rules": stance_report([cue_baseline(t) for _, _, _, t in self.stance_pairs], gold, sets),
            "majority": stance_report([self.majority] * len(gold), gold, sets),
        }

    def format(self, *, per_doc: bool = False) -> str:
        m = self.total.metrics()
        lines = [f"documents: {len(self.per_doc)}  gold turns: {self.total.gold}  predicted turns: {self.total.pred}"]
        lines += [f"{k}: {v:.3f}" for k, v in m.items()]
        if self.total.mot_gold:
            lines.append(f"motions (gold {self.total.mot_gold}, predicted {self.total.mot_pred}):")
            lines += [f"{k}: {v:.3f}" for k, v in self.total.motion_metrics().items()]
        if self.stance_pairs:
            from .classify import LABELS

            st = self.stance()
            lines.append(f"stance (matched turns: {len(self.stance_pairs)})")
            for name, r in st.items():
                lines.append(
                    f"  {name:9s} macro_f1 {r['macro_f1']:.3f}  accuracy {r['accuracy']:.3f}  "
                    f"primary_in_stances {r['primary_in_stances']:.3f}"
                )
            for lab, v in st["model"]["per_label"].items():
                lines.append(f"  {lab:12s} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  (n={v['support']})")
            lines.append("  confusion (rows gold, columns predicted): " + " ".join(f"{lab[:4]:>5s}" for lab in LABELS))
            for lab, row in zip(LABELS, st["model"]["confusion"]):
                lines.append(f"  {lab:12s}" + "".join(f"{x:6d}" for x in row))
        if per_doc:
            for name, c in sorted(self.per_doc.items()):
                dm = c.metrics()
                lines.append(
                    f"  {name}: F1 {dm['boundary_f1']:.2f} spk {dm['speaker_acc']:.2f} role {dm['role_acc']:.2f} "
                    f"party {dm['party_acc']:.2f} dec {c.dec_ok}/{c.dec_n}"
                )
            lines += [f"  miss: {x}" for x in self.misses]
        return "\n".join(lines)


def score_doc(doc, gold: dict, name: str, misses: list[str], stance_pairs: list | None = None) -> Counts:  # noqa: ANN001
    c = Counts()
    text = doc.text
    starts = {}
    for t in doc._.turns:
        s = t.start_char
        while s < len(text) and text[s].isspace():
            s += 1
        starts.setdefault(s, t)
    c.pred = len(doc._.turns)
    for g in gold.get("turns", []):
        c.gold += 1
        gs = g["_start"]
        hit = next((starts[s] for s in range(gs - TOLERANCE, gs + TOLERANCE + 1) if s in starts), None)
        if hit is None:
            misses.append(f"{name}@{gs} missed turn: {g['first_words'][:50]!r}")
            continue
        c.matched += 1
        if g.get("motion_relation"):
            c.rel_n += 1
            c.rel_ok += hit._.motion_relation == g["motion_relation"]
            if hit._.motion_relation != g["motion_relation"]:
                misses.append(f"{name}@{gs} relation {hit._.motion_relation or '-'} != {g['motion_relation']} ({g['first_words'][:40]!r})")
        if hit._.motion_relation and "motions" in gold:
            c.rel_pred += 1
            c.rel_pred_ok += hit._.motion_relation == g.get("motion_relation")
            if not g.get("motion_relation"):
                misses.append(f"{name}@{gs} relation {hit._.motion_relation} != - ({g['first_words'][:40]!r})")
        if stance_pairs is not None and hit._.stance and g.get("stance"):
            stance_pairs.append((hit._.stance, g["stance"], g.get("stances") or [g["stance"]], hit.text))
        if name_ok(hit._.speaker, g.get("speaker")):
            c.speaker_ok += 1
        else:
            misses.append(f"{name}@{gs} speaker {hit._.speaker!r} != {g.get('speaker')!r}")
        if g.get("role") and g["role"] != "unknown":
            c.role_n += 1
            if hit._.role == g["role"]:
                c.role_ok += 1
            else:
                misses.append(f"{name}@{gs} role {hit._.role} != {g['role']} ({g['first_words'][:40]!r})")
        if g.get("party"):
            c.party_n += 1
            if str(hit._.party or "").lower().startswith(g["party"].lower()[:3]):
                c.party_ok += 1
            else:
                misses.append(f"{name}@{gs} party {hit._.party} != {g['party']} ({g['first_words'][:40]!r})")
    gold_starts = {g["_start"] for g in gold.get("turns", [])}
    for s, t in starts.items():
        if not any(abs(s - g) <= TOLERANCE for g in gold_starts):
            misses.append(f"{name}@{s} extra turn: {t.text[:50]!r}")
    decs = [d for d in doc._.decisions]
    gold_dec_starts = [d["_start"] for d in gold.get("decisions", [])]
    c.dec_pred = len(decs)
    for p in decs:
        if any(p.start_char - TOLERANCE <= g < p.end_char for g in gold_dec_starts):
            c.dec_pred_ok += 1
        else:
            misses.append(f"{name}@{p.start_char} extra decision: {p.text[:50]!r}")
    for d in gold.get("decisions", []):
        c.dec_n += 1
        ds = d["_start"]
        found = [p for p in decs if p.start_char - TOLERANCE <= ds < p.end_char]
        if not found:
            misses.append(f"{name}@{ds} missed decision: {d['first_words'][:50]!r}")
            continue
        c.dec_found += 1
        f = found[0]
        ok = f._.outcome == d["outcome"] and all(
            d.get(k) is None or getattr(f._, k) == d[k] for k in ("unanimous", "yes", "no", "abstain")
        )
        c.dec_ok += ok
        if not ok:
            got = {k: getattr(f._, k) for k in ("outcome", "unanimous", "yes", "no", "abstain")}
            want = {k: d.get(k) for k in ("outcome", "unanimous", "yes", "no", "abstain")}
            misses.append(f"{name}@{ds} decision {got} != {want}")
    if "motions" in gold:
        _score_motions(doc, gold, name, misses, c)
    return c


def _score_motions(doc, gold: dict, name: str, misses: list[str], c: Counts) -> None:  # noqa: ANN001
    """A predicted motion matches a gold one when its sentence covers the gold motion's start, or begins with
    the gold first_words where they stand more than once (an item heading repeated from the agenda: gold
    first_words point to the first occurrence)."""
    preds = list(doc._.motions)
    c.mot_pred += len(preds)
    used: set[int] = set()
    for g in gold["motions"]:
        c.mot_gold += 1
        gs = g["_start"]
        hit = next((p for p in preds if p.start_char - TOLERANCE <= gs < p.end_char and id(p) not in used), None)
        if hit is None:
            words = _squeeze(g["first_words"])
            hit = next((p for p in preds if id(p) not in used and words in _squeeze(p.text)[: len(words) + 80]), None)
        if hit is None:
            misses.append(f"{name}@{gs} missed motion: {g['first_words'][:50]!r}")
            continue
        used.add(id(hit))
        c.mot_matched += 1
        c.mot_kind_ok += hit._.motion_kind == g["kind"]
        c.mot_mover_ok += name_ok(hit._.mover, g.get("mover")) or str(hit._.mover or "").lower() == str(g.get("mover") or "").lower()
        if g.get("outcome"):
            c.mot_outcome_n += 1
            c.mot_outcome_ok += hit._.outcome == g["outcome"]
    for p in preds:
        if id(p) not in used:
            misses.append(f"{name}@{p.start_char} extra motion: {p.text[:50]!r}")


def split_docs(gold_dir: Path, split: str) -> set[str]:
    """The document names of `split` in the folder's splits.json (an unknown split name is an error, not
    an empty score)."""
    splits = read_splits(gold_dir)
    names = {n for n, s in splits.items() if s == split}
    if not names:
        raise RatsnlpError(f"[E024] No documents of split {split!r} in {gold_dir / 'splits.json'}; it has {sorted(set(splits.values()))}.")
    return names


def _squeeze(text: str) -> str:
    return "".join(c for c in text if not (c.isspace() or c in "-\u00ad"))


def evaluate_dir(gold_dir: Path, *, nlp: Language, pattern: str = "*.txt", split: str | None = None) -> Report:
    """Score every NAME.txt with a gold file that matches `pattern` (and, with `split`, is in that split)."""
    report = Report()
    if "ratsnlp_stance" in nlp.pipe_names:
        report.majority = nlp.get_pipe("ratsnlp_stance").card().get("majority_label", "explanation")
    wanted = split_docs(gold_dir, split) if split is not None else None
    for txt in sorted(gold_dir.glob(pattern)):
        if not txt.with_suffix(".gold.json").exists():
            continue
        if wanted is not None and txt.name.removesuffix(".txt") not in wanted:
            continue
        _, gold = load_gold(txt)
        doc = process_source(nlp, read_source(str(txt)))
        c = score_doc(doc, gold, txt.name, report.misses, report.stance_pairs)
        report.per_doc[txt.name] = c
        report.total.add(c)
    return report
