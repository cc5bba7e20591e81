#!/usr/bin/env python3
"""Splits a validation set (<lang>.all.jsonl, or a voice set <lang>.jsonl) into .dev.jsonl and .test.jsonl.

Deterministic and stratified: items are grouped by their first label (positives) or their kind
(negatives), sorted by id, and dealt alternately to dev and test, so both halves have the same mix of
frames and kinds. Tune lexicons on dev only; report on test. Usage: split.py FILE.all.jsonl ...
"""
import collections
import json
import sys


def split(path):
    items = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    if items and "group" in items[0]:
        return split_groups(path, items)
    strata = collections.defaultdict(list)
    for item in items:
        key = item["labels"][0] if item["labels"] else "neg:" + item.get("kind", "negative")
        strata[key].append(item)
    dev, test = [], []
    for key in sorted(strata):
        for i, item in enumerate(sorted(strata[key], key=lambda x: x["id"])):
            (dev if i % 2 == 0 else test).append(item)
    base = path[: -len(".all.jsonl")]
    for name, part in (("dev", dev), ("test", test)):
        with open(f"{base}.{name}.jsonl", "w", encoding="utf-8") as out:
            for item in sorted(part, key=lambda x: x["id"]):
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{path}: {len(dev)} dev, {len(test)} test")


def split_groups(path, items):
    """Voice sets: whole sentence groups go to one side, dealt alternately within each frame."""
    groups = collections.defaultdict(list)
    for item in items:
        groups[item["group"]].append(item)
    by_frame = collections.defaultdict(list)
    for name, members in groups.items():
        by_frame[members[0]["frame"]].append(name)
    side = {}
    for frame in sorted(by_frame):
        for i, name in enumerate(sorted(by_frame[frame])):
            side[name] = "dev" if i % 2 == 0 else "test"
    base = path[: -len(".jsonl")]
    for name in ("dev", "test"):
        part = [x for x in items if side[x["group"]] == name]
        with open(f"{base}.{name}.jsonl", "w", encoding="utf-8") as out:
            for item in part:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{path}: {name} {len(part)} items")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        split(p)
