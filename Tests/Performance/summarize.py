#!/usr/bin/env python3
"""Reads the tables `make bench` wrote (Results/*.json) and prints, as Markdown, our time divided
by the fastest peer's for every measure and graph: igraph, or NetworKit on both cores, whichever
was faster in that run (NetworkX only for effective size, which neither has). Below 1, ours is
faster.

    python3 Tests/Performance/summarize.py Tests/Performance/Results/la-region.json \\
        Tests/Performance/Results/england.json

A cell reads "0.43 (NetworKit)": the ratio and the peer it is taken against. "< 0.26" means every
peer passed its timeout, so the ratio is a bound; "—" that no peer computes the measure. The
last column says whether the modularity of Louvain and Leiden and the values of every other
measure agreed with the reference peer in that run.
"""
import json
import os
import sys

PEERS = {"igraph": "igraph", "networkit": "NetworKit"}
NAMES = dict(PEERS, networkx="NetworkX")
GRAPH_NAMES = {"la": "one authority", "region": "one region", "england": "England",
               "england-overlapping": "England, overlapping clusters", "teachers": "teachers"}


def cell(result):
    """Ours ÷ the fastest peer, as text, and whether ours is at or below it (None: no peer)."""
    medians, limits = result["median_seconds"], result["timeout_seconds"]
    ours = medians["schoolnet"]
    if not isinstance(ours, float):
        return f"ours: {ours}", False
    # igraph and NetworKit; NetworkX only for a measure neither has (effective size).
    peers = [p for p in PEERS if p in medians] or [p for p in NAMES if p in medians]
    timed = {p: medians[p] for p in peers if isinstance(medians.get(p), float)}
    if timed:
        peer = min(timed, key=timed.get)
        value = ours / timed[peer]
        return (f"{value:.2f}" if value >= 0.1 else f"{value:.2g}") + f" ({NAMES[peer]})", value <= 1
    stopped = [p for p in peers if medians.get(p) == "timeout"]
    if stopped:
        # Each stopped peer ran longer than its own limit: the bound is the smallest limit.
        limit = min(limits[p] if isinstance(limits, dict) else limits for p in stopped)
        return f"< {ours / limit:.2g}", True
    return "—", None


def main(paths):
    graphs = {}
    for path in paths:
        with open(path) as f:
            for edges, graph in json.load(f)["graphs"].items():
                name = os.path.basename(edges).removesuffix(".edges")
                graphs[GRAPH_NAMES.get(name, name)] = graph
    order = list(GRAPH_NAMES.values())
    names = sorted(graphs, key=lambda name: order.index(name) if name in order else len(order))
    measures = []
    for graph in graphs.values():
        measures += [m for m in graph["results"] if m not in measures]
    print("| measure | " + " | ".join(names) + " | values agree |")
    print("|---|" + "---|" * (len(names) + 1))
    slower = []
    for measure in measures:
        cells, agreed = [], []
        for name in names:
            result = graphs[name]["results"].get(measure)
            if result is None:
                cells.append("")
                continue
            text, ok = cell(result)
            cells.append(text if ok is not False else f"**{text}**")
            if ok is False:
                slower.append(f"{measure} ({name})")
            agreed.append(result["values_agree"])
        agree = "yes" if all(a is True for a in agreed) else ("no" if False in agreed else "not checked")
        print(f"| {measure} | " + " | ".join(cells) + f" | {agree} |")
    print()
    print("Slower than the fastest peer: " + (", ".join(slower) if slower else "none") + ".")


if __name__ == "__main__":
    main(sys.argv[1:])
