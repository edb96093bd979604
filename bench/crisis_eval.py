"""Crisis-language detector: accuracy on the project's labelled set, and speed.

    .venv/bin/python bench/crisis_eval.py [--holdout [PATH]] [--misses dev|heldout|all|holdout]
                                          [--rounds N] [--rules-from DIR]

Loads ``peerhaven/safety/eval/crisis_eval.jsonl``, runs the detector on every message and
prints, per split (dev / heldout) and per language:

* urgent flagged   – urgent messages assessed concern or urgent   (goal >= 99 %)
* urgent as urgent – urgent messages assessed urgent              (goal >= 90 %)
* concern flagged  – concern messages assessed concern or urgent  (goal >= 90 %)
* false positives  – ``none`` messages assessed concern or urgent (goal <= 5 %)

and the time per message (p50 / p99 microseconds, ``time.perf_counter_ns``, every message
timed many times), next to a trivial baseline measured in the same run: a keyword-in-string
check. Speed is also given as a ratio to that baseline. Results go to
``bench/results/crisis_eval.json``. No Django settings are needed.

Read the held-out figures with care: the held-out split was written in three batches, each
scored once *before* the lexicons were tuned on it, and then used for tuning. The first
scores are the honest estimate of how the rules do on wording they have never seen
(urgent flagged / urgent as urgent / concern flagged / false positives on none):

    batch 1 (208 messages)  79.5 % / 79.5 % / 58.1 % / 4.2 %
    batch 2 ( 80 messages)  75.0 % / 75.0 % / 66.7 % / 0.0 %
    batch 3 ( 99 messages)  55.6 % / 44.4 % / 50.0 % / 2.6 %

Expect an independent set to land nearer those than the tuned figures printed here.

``--holdout`` also scores ``peerhaven/safety/eval/holdout.jsonl`` (or PATH), a second set
written apart from the project set in batches, and prints it per language and per
batch. The same caution holds, more so: each batch was scored once as written, before the
rules were widened for it; those first scores are listed in ``docs/performance.md`` ("Crisis
detector") and are the estimate to quote for unseen wording.

When the optional semantic layer is installed (``pip install peerhaven[ml]``) the run ends
with it: its load time and memory, its time per message, and its accuracy alone and after
the default detector, on the project set and holdout batches 1-275 (both trained it) and on
holdout batches 276+ (never used to train it). Because the rules were
tuned on every holdout batch, ``--rules-from DIR`` pairs the layer with an older rules
layer as well, for example the one written before the held-out file existed::

    mkdir /tmp/r && git archive 25d8bab peerhaven/safety/detector | tar -x -C /tmp/r
    python bench/crisis_eval.py --holdout --rules-from /tmp/r/peerhaven/safety/detector
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from peerhaven.safety.detector import assess, assess_rules  # noqa: E402

EVAL_SET = ROOT / "peerhaven" / "safety" / "eval" / "crisis_eval.jsonl"
HOLDOUT_SET = ROOT / "peerhaven" / "safety" / "eval" / "holdout.jsonl"
RESULTS = ROOT / "bench" / "results" / "crisis_eval.json"

GOALS = {
    "urgent_flagged": (">=", 0.99),
    "urgent_as_urgent": (">=", 0.90),
    "concern_flagged": (">=", 0.90),
    "false_positive_rate": ("<=", 0.05),
}
P99_GOAL_US = 1000.0

#: The trivial baseline: "does any of these words occur?" (flags as concern, never urgent).
BASELINE_KEYWORDS = (
    "suicid", "kill myself", "kms", "want to die", "end it", "end my life", "cut", "self harm",
    "die", "dead", "matarme", "suicidarme", "morir", "muerte", "cortarme", "quitarme la vida",
)  # fmt: skip


def baseline(text: str) -> str:
    low = text.lower()
    return "concern" if any(k in low for k in BASELINE_KEYWORDS) else "none"


def load(path: Path = EVAL_SET) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score(rows: list[dict], predicted: list[str]) -> dict:
    def rate(label: str, ok: tuple[str, ...]) -> tuple[float | None, int]:
        picked = [p for r, p in zip(rows, predicted) if r["label"] == label]
        if not picked:
            return None, 0
        return sum(p in ok for p in picked) / len(picked), len(picked)

    uf, n_urgent = rate("urgent", ("concern", "urgent"))
    uu, _ = rate("urgent", ("urgent",))
    cf, n_concern = rate("concern", ("concern", "urgent"))
    cu, _ = rate("concern", ("urgent",))
    fp, n_none = rate("none", ("concern", "urgent"))
    return {
        "n": len(rows),
        "n_urgent": n_urgent,
        "n_concern": n_concern,
        "n_none": n_none,
        "urgent_flagged": uf,
        "urgent_as_urgent": uu,
        "concern_flagged": cf,
        "concern_as_urgent": cu,
        "false_positive_rate": fp,
    }


def meets(metrics: dict) -> dict[str, bool]:
    out = {}
    for name, (op, goal) in GOALS.items():
        value = metrics[name]
        out[name] = value is None or (value >= goal if op == ">=" else value <= goal)
    return out


def timings(func, texts: list[str], rounds: int) -> tuple[list[int], list[int]]:
    """Every call's time, and each message's median time over ``rounds`` calls (the
    per-message figure is robust to the scheduler pausing the process on a shared
    machine; both are reported)."""
    calls: list[int] = []
    per_message: list[int] = []
    clock = time.perf_counter_ns
    for text in texts:
        mine = []
        for _ in range(rounds):
            start = clock()
            func(text)
            mine.append(clock() - start)
        calls.extend(mine)
        per_message.append(int(statistics.median(mine)))
    return calls, per_message


def percentile(samples: list[int], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))
    return ordered[index] / 1000.0


def fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def rss_mb() -> float | None:
    """Resident memory of this process (Linux), in MB."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return None


def load_rules(directory: str):
    """``assess`` of a detector package copied from another commit (``--rules-from``)."""
    import importlib.util

    init = Path(directory).resolve() / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        "_rules_from", init, submodule_search_locations=[str(init.parent)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["_rules_from"] = module
    spec.loader.exec_module(module)
    return module.assess


def semantic_section(
    rows: list[dict], holdout_rows: list[dict], rounds: int, other_rules=None
) -> dict | None:
    """The optional semantic layer: alone, and after the default detector (it speaks only
    when the rules and the word model found nothing). Holdout batches before
    ``semantic.UNSEEN_FROM_BATCH`` trained it; the later ones it has never seen."""
    from peerhaven.safety.detector import semantic

    print()
    if not semantic.available():
        print("semantic layer: not installed (pip install peerhaven[ml]); skipped")
        return None
    before = rss_mb()
    start = time.perf_counter()
    semantic.load()
    load_s = time.perf_counter() - start
    after = rss_mb()
    out: dict = {"load_seconds": load_s, "rss_before_mb": before, "rss_after_mb": after}
    out["groups"] = {}
    print(
        f"semantic layer (MiniLM, last layers adapted, linear head; flags at p >= "
        f"{semantic.FLAG_PROBABILITY}): loaded in {load_s:.1f} s, "
        f"resident memory {before or 0:.0f} -> {after or 0:.0f} MB"
    )
    first_unseen = semantic.UNSEEN_FROM_BATCH
    trained = set(range(1, first_unseen))
    groups: dict[str, list[dict]] = {}
    for split in ("dev", "heldout"):
        groups[f"project {split} (trained on)"] = [
            r for r in rows if r.get("split", "dev") == split
        ]
    if holdout_rows:
        groups[f"holdout 1-{first_unseen - 1} (trained on)"] = [
            r for r in holdout_rows if r.get("batch") in trained
        ]
        unseen = [r for r in holdout_rows if r.get("batch") not in trained]
        groups[f"holdout {first_unseen}+ (unseen)"] = unseen
        for lang in ("en", "es"):
            groups[f"holdout {first_unseen}+ {lang}"] = [r for r in unseen if r["lang"] == lang]
    layers = {"default": lambda r: r["rules"], "semantic": lambda r: r["semantic"]}
    layers["default+semantic"] = lambda r: r["rules"] if r["rules"] != "none" else r["semantic"]
    labelled = {id(r): r for rows_ in groups.values() for r in rows_}
    for r in labelled.values():
        r["rules"] = assess(r["text"]).level
        r["semantic"] = semantic.classify(r["text"])[0] if r["text"].strip() else "none"
        if other_rules is not None:
            r["other"] = other_rules(r["text"]).level
    if other_rules is not None:
        layers["other rules"] = lambda r: r["other"]
        layers["other+semantic"] = lambda r: r["other"] if r["other"] != "none" else r["semantic"]
    print(
        f"  {'group':<30}{'layers':<16}{'n':>5} {'urg→flag':>9} {'urg→urg':>9} "
        f"{'con→flag':>9} {'con→urg':>9} {'FP none':>9}"
    )
    for name, sub in groups.items():
        out["groups"][name] = {}
        for layer, pick in layers.items():
            m = score(sub, [pick(r) for r in sub])
            out["groups"][name][layer] = m
            print(
                f"  {name:<30}{layer:<16}{m['n']:>5} {fmt(m['urgent_flagged']):>9} "
                f"{fmt(m['urgent_as_urgent']):>9} {fmt(m['concern_flagged']):>9} "
                f"{fmt(m['concern_as_urgent']):>9} {fmt(m['false_positive_rate']):>9}"
            )
    for r in labelled.values():
        for key in ("rules", "semantic", "other"):
            r.pop(key, None)
    texts = [r["text"] for r in (rows + holdout_rows)[::15]]
    _, per_message = timings(semantic.classify, texts, max(3, rounds // 4))
    out["messages_timed"] = len(texts)
    out["classify_p50_us"] = percentile(per_message, 50)
    out["classify_p99_us"] = percentile(per_message, 99)
    out["rss_end_mb"] = rss_mb()
    print(
        f"  semantic classify ({len(texts)} messages): p50 {out['classify_p50_us'] / 1000:.1f} ms, "
        f"p99 {out['classify_p99_us'] / 1000:.1f} ms per message (CPU, {semantic.THREADS} torch thread); "
        f"resident memory at the end {out['rss_end_mb'] or 0:.0f} MB"
    )
    return out


def table(title: str, rows: list[dict], predicted: list[str], groups: dict[str, list[int]]) -> dict:
    """Print one accuracy table (and the keyword baseline on the same rows); return it."""
    base_predicted = [baseline(r["text"]) for r in rows]
    out: dict = {"groups": {}, "baseline": {}}
    header = (
        f"{'group':<13}{'n':>5} {'urg→flag':>9} {'urg→urg':>9} {'con→flag':>9} "
        f"{'con→urg':>9} {'FP none':>9}  goals"
    )
    print(title)
    print(header)
    print("-" * len(header))
    for name, idx in groups.items():
        sub = [rows[i] for i in idx]
        m = score(sub, [predicted[i] for i in idx])
        out["groups"][name] = {**m, "meets_goals": meets(m)}
        out["baseline"][name] = score(sub, [base_predicted[i] for i in idx])
        ok = out["groups"][name]["meets_goals"]
        verdict = (
            "all met"
            if all(ok.values())
            else "MISSED: " + ", ".join(k for k, v in ok.items() if not v)
        )
        print(
            f"{name:<13}{m['n']:>5} {fmt(m['urgent_flagged']):>9} {fmt(m['urgent_as_urgent']):>9} "
            f"{fmt(m['concern_flagged']):>9} {fmt(m['concern_as_urgent']):>9} "
            f"{fmt(m['false_positive_rate']):>9}  {verdict}"
        )
    print("-" * len(header))
    b = out["baseline"]["all"]
    print(
        f"{'baseline':<13}{b['n']:>5} {fmt(b['urgent_flagged']):>9} "
        f"{fmt(b['urgent_as_urgent']):>9} {fmt(b['concern_flagged']):>9} "
        f"{fmt(b['concern_as_urgent']):>9} {fmt(b['false_positive_rate']):>9}  "
        "(keyword in string, all rows)"
    )
    return out


def by_key(rows: list[dict], key: str, prefix: str = "") -> dict[str, list[int]]:
    """Row indexes for all rows, for each value of ``key`` and, within it, each language."""
    groups: dict[str, list[int]] = {"all": list(range(len(rows)))}
    for lang in ("en", "es"):
        groups[lang] = [i for i, r in enumerate(rows) if r["lang"] == lang]
    for value in sorted({r.get(key, "dev") for r in rows}, key=lambda v: (str(type(v)), v)):
        idx = [i for i, r in enumerate(rows) if r.get(key, "dev") == value]
        groups[f"{prefix}{value}"] = idx
        if not prefix:
            for lang in ("en", "es"):
                groups[f"{value}/{lang}"] = [i for i in idx if rows[i]["lang"] == lang]
    return groups


def layers(rows, assessments, holdout_rows, holdout_assessments) -> dict:
    """What the word model, then the word-piece layer, add to the rules: on the project
    set's held-out split (never used to train them) and on each held-out batch from 36 on
    (scored once before the rules were widened for them; both models learnt from them
    afterwards)."""
    from peerhaven.safety.detector import engine, wordmodel

    def with_word_model(text: str) -> str:
        reading = engine.assess(text)
        if reading.level != "none" or not reading.normalized.strip():
            return reading.level
        return wordmodel.classify_reading(reading)

    sets = {
        "project held-out split": [i for i, r in enumerate(rows) if r.get("split") == "heldout"]
    }
    if holdout_rows:
        sets["held-out batches 36+"] = [i for i, r in enumerate(holdout_rows) if r["batch"] >= 36]
    out = {}
    print()
    print(
        "layers: rules alone -> and word model -> and word pieces "
        "(urgent flagged / concern flagged / FP)"
    )
    for name, idx in sets.items():
        source, found = (
            (rows, assessments)
            if name.startswith("project")
            else (holdout_rows, holdout_assessments)
        )
        sub = [source[i] for i in idx]
        steps = {
            "rules": score(sub, [assess_rules(r["text"]).level for r in sub]),
            "rules_and_word_model": score(sub, [with_word_model(r["text"]) for r in sub]),
            "all_three": score(sub, [found[i].level for i in idx]),
        }
        out[name] = steps
        print(
            f"  {name:<24} n={len(sub):>4}  "
            + "   ".join(
                " -> ".join(fmt(m[k]).strip() for m in steps.values())
                for k in ("urgent_flagged", "concern_flagged", "false_positive_rate")
            )
        )
    return out


def print_misses(rows: list[dict], assessments: list, keep) -> None:
    print("\nmistakes:")
    for r, a in zip(rows, assessments):
        if keep(r) and a.level != r["label"]:
            print(
                f"  [{r['label']:>7} -> {a.level:<7}] {r['lang']} {r['note']:<12} "
                f"{r['text']!r} {list(a.signals)}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--misses", choices=("dev", "heldout", "all", "holdout"), help="list mistakes"
    )
    parser.add_argument("--rounds", type=int, default=31, help="timed calls per message")
    parser.add_argument(
        "--holdout",
        nargs="?",
        const=str(HOLDOUT_SET),
        metavar="PATH",
        help="also score a held-out file written apart from the project set "
        f"(default {HOLDOUT_SET.relative_to(ROOT)}), per batch",
    )
    parser.add_argument(
        "--rules-from",
        metavar="DIR",
        help="also pair the semantic layer with the rules layer of a detector package "
        "copied from another commit (e.g. one written before the held-out file)",
    )
    args = parser.parse_args(argv)

    rows = load()
    assessments = [assess(r["text"]) for r in rows]
    predicted = [a.level for a in assessments]
    language_ok = sum(a.language == r["lang"] for a, r in zip(assessments, rows)) / len(rows)

    groups: dict[str, list[int]] = {"all": list(range(len(rows)))}
    for split in sorted({r.get("split", "dev") for r in rows}):
        idx = [i for i, r in enumerate(rows) if r.get("split", "dev") == split]
        groups[split] = idx
        for lang in ("en", "es"):
            groups[f"{split}/{lang}"] = [i for i in idx if rows[i]["lang"] == lang]
    results = table(
        f"Crisis-language detector (rules, the word model, the word pieces) on {EVAL_SET.relative_to(ROOT)}",
        rows,
        predicted,
        groups,
    )

    holdout_rows: list[dict] = []
    holdout_assessments: list = []
    if args.holdout:
        path = Path(args.holdout).resolve()
        holdout_rows = load(path)
        holdout_assessments = [assess(r["text"]) for r in holdout_rows]
        print()
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        results["holdout"] = table(
            f"... and on the held-out file {shown} (by batch)",
            holdout_rows,
            [a.level for a in holdout_assessments],
            by_key(holdout_rows, "batch", prefix="batch "),
        )
        results["holdout"]["path"] = str(shown)
        language_ok_h = sum(
            a.language == r["lang"] for a, r in zip(holdout_assessments, holdout_rows)
        ) / len(holdout_rows)
        results["holdout"]["language_accuracy"] = language_ok_h
    results["layers"] = layers(rows, assessments, holdout_rows, holdout_assessments)
    print(
        f"goals: urgent flagged >= 99%, urgent as urgent >= 90%, concern flagged >= 90%, "
        f"false positives <= 5%; language identified correctly: {language_ok * 100:.1f}%"
    )

    texts = [r["text"] for r in rows] + [r["text"] for r in holdout_rows]
    for text in texts:  # warm up caches and the allocator
        assess(text)
        baseline(text)
    det_calls, det = timings(assess, texts, args.rounds)
    _, rules_only = timings(assess_rules, texts, args.rounds)
    base_calls, base = timings(baseline, texts, args.rounds)
    long_text = "i had a long day at work and the bus was late again. " * 20000
    _, long_ns = timings(assess, [long_text], 3)
    speed = {
        "rounds": args.rounds,
        "messages": len(texts),
        "detector_p50_us": percentile(det, 50),
        "detector_p99_us": percentile(det, 99),
        "detector_max_us": percentile(det, 100),
        "rules_p50_us": percentile(rules_only, 50),
        "rules_p99_us": percentile(rules_only, 99),
        "detector_calls_p50_us": percentile(det_calls, 50),
        "detector_calls_p99_us": percentile(det_calls, 99),
        "baseline_p50_us": percentile(base, 50),
        "baseline_p99_us": percentile(base, 99),
        "baseline_calls_p99_us": percentile(base_calls, 99),
        "one_mb_message_ms": long_ns[0] / 1e6,
        "load_average": os.getloadavg()[0] if hasattr(os, "getloadavg") else None,
    }
    speed["p50_ratio"] = speed["detector_p50_us"] / speed["baseline_p50_us"]
    speed["p99_ratio"] = speed["detector_p99_us"] / speed["baseline_p99_us"]
    speed["p99_goal_met"] = speed["detector_p99_us"] <= P99_GOAL_US
    results["speed"] = speed
    print()
    print(
        f"speed: {len(texts)} messages x {args.rounds} calls each; per message the median call, "
        f"then p50/p99 over messages (load average {speed['load_average']:.1f})"
    )
    print(
        f"  detector  p50 {speed['detector_p50_us']:8.1f} us   p99 {speed['detector_p99_us']:8.1f} us"
        f"   max {speed['detector_max_us']:8.1f} us"
        f"   (goal p99 <= {P99_GOAL_US:.0f} us: {'met' if speed['p99_goal_met'] else 'MISSED'})"
    )
    print(
        f"  rules     p50 {speed['rules_p50_us']:8.1f} us   p99 {speed['rules_p99_us']:8.1f} us"
        "   (the rules layer alone)"
    )
    print(
        f"  baseline  p50 {speed['baseline_p50_us']:8.1f} us   p99 {speed['baseline_p99_us']:8.1f} us"
        "   (keyword-in-string check, same run)"
    )
    print(f"  ratio     p50 {speed['p50_ratio']:8.1f} x    p99 {speed['p99_ratio']:8.1f} x")
    print(
        f"  every call: detector p50 {speed['detector_calls_p50_us']:.1f} us, "
        f"p99 {speed['detector_calls_p99_us']:.1f} us (includes scheduler noise)"
    )
    print(f"  a {len(long_text) / 1e6:.1f} MB message: {speed['one_mb_message_ms']:.1f} ms")

    other = load_rules(args.rules_from) if args.rules_from else None
    results["semantic"] = semantic_section(rows, holdout_rows, args.rounds, other)

    results["meta"] = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "eval_set": str(EVAL_SET.relative_to(ROOT)),
        "language_accuracy": language_ok,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    shown = RESULTS.relative_to(ROOT) if RESULTS.is_relative_to(ROOT) else RESULTS
    print(f"\nwrote {shown}")

    if args.misses == "holdout":
        if not holdout_rows:
            parser.error("--misses holdout needs --holdout")
        print_misses(holdout_rows, holdout_assessments, lambda r: True)
    elif args.misses:
        print_misses(
            rows,
            assessments,
            lambda r: args.misses == "all" or r.get("split", "dev") == args.misses,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
