"""The annotated corpus: authoring pairs (NAME.txt + NAME.gold.json) -> stored records with offsets.

The corpus is data: gold files are read and validated here; evaluation scores against them and training
learns from them (both import this module, never the other way round).

Also the fixed split (data/annotated/splits.json) and the agreement of a second annotation pass.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

from .errors import Errors, RatsnlpError
from .read import read_source
from .resources import OUTCOMES, ROLES

MAX_TURN_CHARS = 2000
MOTION_KINDS = ("main", "amendment", "postpone", "refer", "procedural", "other")
MOTION_RELATIONS = ("moves", "supports", "opposes", "withdraws")
HONORIFICS = {"herr", "herrn", "frau", "dr.", "dr", "prof.", "prof"}
TOLERANCE = 3  # a predicted turn matches a gold turn starting within this many characters
STANCE_LABELS = ("request", "concern", "support", "explanation")


def norm_name(s: str | None) -> str:
    return " ".join(t for t in str(s or "").split() if t.lower().strip(",") not in HONORIFICS).lower()


def name_ok(pred: str | None, gold: str | None) -> bool:
    p, g = norm_name(pred), norm_name(gold)
    return not g or p == g or p.endswith(" " + g)


def _squeezed_find(text: str, words: str, pos: int) -> int:
    keep = [i for i, c in enumerate(text) if not (c.isspace() or c in "-\u00ad")]
    squeezed = "".join(text[i] for i in keep)
    target = "".join(c for c in words if not (c.isspace() or c in "-\u00ad"))
    start = next((k for k, i in enumerate(keep) if i >= pos), len(keep))
    k = squeezed.find(target, start)
    if k < 0:
        raise ValueError(words)
    return keep[k]


def load_gold(txt: Path, gold_path: Path | None = None) -> tuple[str, dict]:
    """A gold document, validated: labels in their sets and every first_words found in order."""
    gold_path = gold_path or txt.with_suffix(".gold.json")
    if not gold_path.exists():
        raise RatsnlpError(Errors.E011.format(path=txt, gold=gold_path.name))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = read_source(str(txt)).text
    checks = {
        "turn": lambda t: None if t.get("role") in ROLES else f"role {t.get('role')!r}",
        "decision": lambda d: None if d.get("outcome") in OUTCOMES else f"outcome {d.get('outcome')!r}",
        "motion": lambda m: None
        if m.get("kind") in MOTION_KINDS and m.get("outcome") in (None, *OUTCOMES)
        else f"motion kind/outcome {m.get('kind')!r}/{m.get('outcome')!r}",
    }
    for key, what in (("turns", "turn"), ("decisions", "decision"), ("motions", "motion")):
        _locate(text, gold.get(key, []), what, checks[what], gold_path)
    for t in gold.get("turns", []):
        if t.get("motion_relation") not in (None, *MOTION_RELATIONS) or (t.get("motion") is not None and not 0 <= t["motion"] < len(gold.get("motions", []))):
            raise RatsnlpError(Errors.E013.format(path=gold_path, problem=f"turn motion {t.get('motion')!r}/{t.get('motion_relation')!r}"))
    return text, gold



def _locate(text: str, entries: list[dict], what: str, check, gold_path: Path) -> None:  # noqa: ANN001
    """Validate each entry and find its first_words in the text, in document order (sets entry["_start"])."""
    pos = 0
    for e in entries:
        if (problem := check(e)) is not None:
            raise RatsnlpError(Errors.E013.format(path=gold_path, problem=problem))
        try:
            e["_start"] = _squeezed_find(text, e["first_words"], pos)
        except ValueError:
            raise RatsnlpError(
                Errors.E013.format(path=gold_path, problem=f"{what} first_words not in text after offset {pos}: {e['first_words']!r}")
            ) from None
        pos = e["_start"] + 1


def family(name: str) -> str:
    """Style family of a document: the letters its file name starts with (a = ALLRIS, s = SessionNet, ls = lead style).

    The leading run of letters, so that two-letter families (ls01) stay apart from one-letter ones (l01).
    """
    letters = len(name) - len(name.lstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return name[:letters] or name[:1]


def load_docs(directory: Path) -> list[dict]:
    """Every annotated document as a stored record: turns and decisions with start/end offsets."""
    docs = []
    for txt in sorted(directory.glob("*.txt")):
        if not txt.with_suffix(".gold.json").exists():
            continue
        text, gold = load_gold(txt)
        docs.append(record(txt.stem, text, gold))
    return docs


def record(name: str, text: str, gold: dict) -> dict:
    starts = sorted({t["_start"] for t in gold.get("turns", [])} | {d["_start"] for d in gold.get("decisions", [])})
    turns = []
    by_item: dict[str, list[dict]] = defaultdict(list)
    for t in gold.get("turns", []):
        s = t["_start"]
        nxt = next((x for x in starts if x > s), len(text))
        e = min(nxt, s + MAX_TURN_CHARS)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            raise RatsnlpError(Errors.E013.format(path=name, problem=f"empty turn at {s}"))
        for key in ("stance",):
            if t.get(key) not in STANCE_LABELS:
                raise RatsnlpError(Errors.E013.format(path=name, problem=f"stance {t.get(key)!r} at {s}"))
        if not t.get("stances") or any(x not in STANCE_LABELS for x in t["stances"]) or t["stance"] not in t["stances"]:
            raise RatsnlpError(Errors.E013.format(path=name, problem=f"stances {t.get('stances')!r} at {s} (must include stance)"))
        row = {
            "start": s, "end": e, "text": text[s:e], "speaker": t.get("speaker"), "title": t.get("title"),
            "role": t["role"], "party": t.get("party"), "item": t.get("item"),
            "stance": t["stance"], "stances": list(t["stances"]),
        }  # fmt: skip
        if t.get("motion_relation"):
            row["motion"], row["motion_relation"] = t.get("motion"), t["motion_relation"]
        turns.append(row)
        by_item[str(t.get("item"))].append(row)
    for rows in by_item.values():
        for k, row in enumerate(rows):
            row["position"], row["n_in_item"] = k, len(rows)
    decisions = [{k: d.get(k) for k in ("outcome", "unanimous", "yes", "no", "abstain")} | {"start": d["_start"]} for d in gold.get("decisions", [])]
    motions = [{k: m.get(k) for k in ("kind", "mover", "outcome", "decision")} | {"start": m["_start"]} for m in gold.get("motions", [])]
    out = {"name": name, "family": family(name), "system": gold.get("system"), "turns": turns, "decisions": decisions}
    if motions:
        out["motions"] = motions
    return out


def make_splits(names: list[str], unseen: tuple[str, ...]) -> dict:
    """Fixed split by document: held-out families -> unseen; the rest by a hash of the name (20% test, 10% dev)."""
    docs = {}
    for n in sorted(names):
        if family(n) in unseen:
            docs[n] = "unseen"
            continue
        h = int(hashlib.sha1(n.encode()).hexdigest(), 16) % 10
        docs[n] = "test" if h < 2 else "dev" if h == 2 else "train"
    return {"unseen_families": list(unseen), "docs": docs}


def read_splits(directory: Path) -> dict[str, str]:
    path = directory / "splits.json"
    if not path.is_file():
        raise RatsnlpError(f"[E023] {path} is missing; create it with `ratsnlp corpus split`.")
    return json.loads(path.read_text(encoding="utf-8"))["docs"]


def stored_lines(directory: Path) -> list[str]:
    """The stored form: one JSON line per document, turns/decisions with offsets into NAME.txt (no text copies)."""
    splits = read_splits(directory)
    lines = []
    for d in load_docs(directory):
        d["split"] = splits.get(d["name"], "train")
        d["file"] = f"{d['name']}.txt"
        for t in d["turns"]:
            del t["text"]
        lines.append(json.dumps(d, ensure_ascii=False, sort_keys=True))
    return lines


def write_corpus(directory: Path, out: Path) -> list[str]:
    lines = stored_lines(directory)
    out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return lines


def kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two label sequences."""
    n = len(a)
    if n == 0:
        return float("nan")
    labels = sorted(set(a) | set(b))
    po = sum(x == y for x, y in zip(a, b)) / n
    pe = sum((a.count(lab) / n) * (b.count(lab) / n) for lab in labels)
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def agreement(directory: Path, second: Path) -> dict:
    """Agreement of the second pass with the first: boundary F1, speaker agreement, kappa per field."""
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    n1 = n2 = matched = speaker_ok = 0
    motions = [0, 0, 0]  # first pass, second pass, matched
    for g2_path in sorted(second.glob("*.gold.json")):
        name = g2_path.name.removesuffix(".gold.json")
        txt = directory / f"{name}.txt"
        _, g1 = load_gold(txt)
        _, g2 = load_gold(txt, g2_path)
        n1 += len(g1["turns"])
        n2 += len(g2["turns"])
        by_start = {t["_start"]: t for t in g2["turns"]}
        for t1 in g1["turns"]:
            t2 = next((by_start[s] for s in range(t1["_start"] - TOLERANCE, t1["_start"] + TOLERANCE + 1) if s in by_start), None)
            if t2 is None:
                continue
            matched += 1
            speaker_ok += name_ok(t2.get("speaker"), t1.get("speaker")) or name_ok(t1.get("speaker"), t2.get("speaker"))
            pairs["role"].append((t1["role"], t2.get("role") if t2.get("role") in ROLES else "unknown"))
            pairs["party"].append((str(t1.get("party")), str(t2.get("party"))))
            pairs["stance"].append((t1["stance"], t2.get("stance")))
            if "motions" in g1 and "motions" in g2:
                pairs["motion_relation"].append((str(t1.get("motion_relation")), str(t2.get("motion_relation"))))
        if "motions" in g1 and "motions" in g2:  # a motion agrees when both passes start it in the same sentence
            m2 = {m["_start"]: m for m in g2["motions"]}
            motions[0] += len(g1["motions"])
            motions[1] += len(g2["motions"])
            for m1 in g1["motions"]:
                hit = next((m2[s] for s in range(m1["_start"] - 40, m1["_start"] + 41) if s in m2), None)
                if hit is not None:
                    motions[2] += 1
                    pairs["motion_kind"].append((m1["kind"], hit["kind"]))
                    pairs["motion_outcome"].append((str(m1.get("outcome")), str(hit.get("outcome"))))
        d2 = {d["_start"]: d for d in g2.get("decisions", [])}
        for d1 in g1.get("decisions", []):
            hit = next((d2[s] for s in range(d1["_start"] - 40, d1["_start"] + 41) if s in d2), None)
            if hit is not None:
                pairs["decision_outcome"].append((d1["outcome"], hit.get("outcome")))
    p = matched / n2 if n2 else 0.0
    r = matched / n1 if n1 else 0.0
    out = {
        "turns_first": n1, "turns_second": n2, "matched": matched,
        "boundary_f1": 2 * p * r / (p + r) if p + r else 0.0,
        "speaker_agreement": speaker_ok / matched if matched else 0.0,
    }  # fmt: skip
    if motions[0] or motions[1]:
        mp, mr = (motions[2] / motions[1] if motions[1] else 0.0), (motions[2] / motions[0] if motions[0] else 0.0)
        out |= {"motions_first": motions[0], "motions_second": motions[1], "motion_f1": 2 * mp * mr / (mp + mr) if mp + mr else 0.0}
    for field, pr in pairs.items():
        out[f"kappa_{field}"] = kappa([x for x, _ in pr], [y for _, y in pr])
        out[f"n_{field}"] = len(pr)
    return out
