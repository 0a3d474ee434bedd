#!/usr/bin/env python3
"""Writes the overlap of every pair of structures, computed here from the CSV files alone,
for the landscapes the tests check `schoolnet overlap` against: Data/<landscape>.pairs.csv.

    python3 Tests/SchoolNetModelTests/Reference/generate_overlap_reference.py

Definitions (the Definitions article of SchoolNetModel): shared = |A ∩ B|, Jaccard = |A ∩ B| / |A ∪ B|, overlap coefficient =
|A ∩ B| / min(|A|, |B|); relation coincident (same members), nested (one contains the other),
interleaved (some shared, neither contains the other). Pairs with no shared member are left out.
Every role counts as membership. Numbers are written as schoolnet writes them: whole numbers
without a decimal point, others in the shortest form that reads back to the same double.
"""
import csv
import itertools
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
LANDSCAPES = {
    "demo-landscape": os.path.join(ROOT, "Examples", "demo-landscape"),
    "generated-300": os.path.join(ROOT, "Tests", "SchoolNetGraphTests", "Reference", "Landscapes", "generated-300"),
}


def number(x):
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def pairs(folder):
    members = {}
    with open(os.path.join(folder, "structures.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            members[row["id"]] = set()
    with open(os.path.join(folder, "memberships.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            members[row["structure"]].add(row["urn"])
    rows = []
    for a, b in itertools.combinations(sorted(members), 2):
        shared = len(members[a] & members[b])
        if shared == 0:
            continue
        union = len(members[a] | members[b])
        smaller = min(len(members[a]), len(members[b]))
        if members[a] == members[b]:
            relation = "coincident"
        elif members[a] <= members[b] or members[b] <= members[a]:
            relation = "nested"
        else:
            relation = "interleaved"
        rows.append([a, b, str(shared), number(shared / union), number(shared / smaller), relation])
    return rows


def main():
    os.makedirs(os.path.join(HERE, "Data"), exist_ok=True)
    for name, folder in LANDSCAPES.items():
        with open(os.path.join(HERE, "Data", f"{name}.pairs.csv"), "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(["a", "b", "shared", "jaccard", "overlap_coefficient", "relation"])
            writer.writerows(pairs(folder))


if __name__ == "__main__":
    main()
