#!/usr/bin/env python3
"""Writes a synthetic corpus of news articles with `outlet` and `date` metadata, for `batch` and `corpus`.

Usage: make-outlet-corpus.py [--documents N] [--seed S] OUT.jsonl

Articles are assembled from this project's own dev-split sentences (validation/strategic-narratives and
validation/voice), twelve sentences each. Four fictional outlets have different profiles: two "state"
outlets state frames in the author's voice (one increasingly pushes western_aggression over time, the
other favours multipolarity and strategic_partnership); two "mainstream" outlets mostly report, distance or
deny them. Dates are uniform over 2024-01-01..2025-06-30. About 1% of articles lack an outlet and 1.5%
have a missing or malformed date, so the corpus command's counting of them can be seen. Deterministic.
"""
import argparse
import datetime
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SENTENCES = 12
START = datetime.date(2024, 1, 1)
DAYS = (datetime.date(2025, 6, 30) - START).days + 1

# share of sentence slots drawn from each pool, and frame preferences
OUTLETS = {
    "Eastern Horizon News": {"pools": {"authorial": .45, "reported": .05, "neutral": .25, "offtopic": .25},
                             "favour": {}, "trend": "western_aggression"},
    "Vostok Vestnik": {"pools": {"authorial": .40, "reported": .05, "neutral": .30, "offtopic": .25},
                       "favour": {"multipolarity": 3, "strategic_partnership": 3}},
    "Northern Dispatch": {"pools": {"authorial": .03, "reported": .15, "negated": .07, "neutral": .45,
                                    "offtopic": .30}, "favour": {}},
    "The Harbour Ledger": {"pools": {"authorial": .02, "reported": .10, "negated": .05, "neutral": .48,
                                     "offtopic": .35}, "favour": {}},
}


def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def pools():
    by_frame = {"authorial": {}, "reported": {}, "negated": {}}
    plain = {"neutral": [], "offtopic": []}
    for s in read(os.path.join(HERE, "validation/strategic-narratives/en.dev.jsonl")):
        if s["kind"] == "positive" and s["labels"]:
            by_frame["authorial"].setdefault(s["labels"][0], []).append(s["text"])
        elif s["kind"] in ("neutral", "hard_negative"):
            plain["neutral"].append(s["text"])
        elif s["kind"] == "offtopic":
            plain["offtopic"].append(s["text"])
    for s in read(os.path.join(HERE, "validation/voice/en.dev.jsonl")):
        pool = {"authorial": "authorial", "attributed": "reported", "distanced": "reported",
                "negated": "negated"}[s["voice"]]
        by_frame[pool].setdefault(s["frame"], []).append(s["text"])
    return by_frame, plain


def sentence(rng, profile, progress, by_frame, plain):
    names = list(profile["pools"])
    pool = rng.choices(names, weights=[profile["pools"][n] for n in names])[0]
    if pool in plain:
        return rng.choice(plain[pool])
    frames = sorted(by_frame[pool])
    weights = []
    for f in frames:
        w = profile["favour"].get(f, 1)
        if profile.get("trend") == f:
            w *= 1 + 4 * progress  # from 1x to 5x over the period
        weights.append(w)
    frame = rng.choices(frames, weights=weights)[0]
    return rng.choice(by_frame[pool][frame])


def article(rng, profile, progress, by_frame, plain):
    chosen = []
    while len(chosen) < SENTENCES:
        s = sentence(rng, profile, progress, by_frame, plain)
        if s not in chosen:
            chosen.append(s)
    return chosen


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("out")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    by_frame, plain = pools()
    outlets = sorted(OUTLETS)
    with open(args.out, "w", encoding="utf-8") as out:
        for i in range(args.documents):
            outlet = outlets[i % len(outlets)]
            day = rng.randrange(DAYS)
            text = " ".join(article(rng, OUTLETS[outlet], day / DAYS, by_frame, plain))
            doc = {"id": f"art-{i + 1:06d}", "text": text, "lang": "en"}
            roll = rng.random()
            if roll >= 0.01:
                doc["outlet"] = outlet
            doc["date"] = (START + datetime.timedelta(days=day)).isoformat()
            dirt = rng.random()
            if dirt < 0.005:
                doc["date"] = "2024-02-30"
            elif dirt < 0.01:
                doc["date"] = "unknown"
            elif dirt < 0.015:
                doc.pop("date", None)
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
