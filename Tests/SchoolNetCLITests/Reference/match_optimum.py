#!/usr/bin/env python3
"""The optimum `schoolnet match` must reach, found by NetworkX's own min-cost-flow solver from the
candidates the tool lists (`--all-candidates`): the reference for "as many schools as the
capacities allow, at the least total cost".

    pip install networkx==3.6.1
    swift build -c release --product schoolnet
    python3 Tests/SchoolNetCLITests/Reference/match_optimum.py

For the demo and for generated regions (seeds 1, 2 and 3), it runs `schoolnet match
--all-candidates --format json`, builds the flow network from the candidates and the supporters'
capacities alone (source → each school that needs support, capacity 1; school → candidate
supporter, capacity 1, the pair's cost; supporter → sink, its capacity), solves it with
`max_flow_min_cost` (network simplex on costs scaled by 10⁹ and rounded, then summed back in the
listed costs), and writes match-optimum.json: per case the schools needing support, the number
matched and the total cost.
"""
import json
import os
import subprocess
import sys
import tempfile

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SCALE = 10 ** 9


def optimum(answer):
    G = nx.DiGraph()
    G.add_node("source")
    G.add_node("sink")
    costs = {}
    for c in answer["candidates"]:
        school, supporter = "s" + c["school"], "h" + c["supporter"]
        G.add_edge("source", school, capacity=1, weight=0)
        G.add_edge(school, supporter, capacity=1, weight=round(c["cost"] * SCALE))
        costs[(school, supporter)] = c["cost"]
    for s in answer["supporters"]:
        if ("h" + s["urn"]) in G:
            G.add_edge("h" + s["urn"], "sink", capacity=s["capacity"], weight=0)
    flow = nx.max_flow_min_cost(G, "source", "sink")
    pairs = [(a, b) for (a, b) in costs if flow[a][b] > 0]
    return len(pairs), sum(costs[p] for p in pairs)


def main():
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/schoolnet"
    cases = {}
    with tempfile.TemporaryDirectory() as work:
        landscapes = {"demo": os.path.join(ROOT, "Examples", "demo-landscape")}
        for seed in (1, 2, 3):
            folder = os.path.join(work, f"region-{seed}")
            subprocess.run([binary, "generate", "--scale", "region", "--seed", str(seed), "-o", folder], check=True,
                           capture_output=True)
            landscapes[f"region-{seed}"] = folder
        for name, folder in landscapes.items():
            answer = json.loads(subprocess.run([binary, "match", folder, "--all-candidates", "--format", "json"],
                                               check=True, capture_output=True, text=True).stdout)
            matched, total = optimum(answer)
            cases[name] = {"needing": answer["needing"], "candidates": len(answer["candidates"]),
                           "matched": matched, "total_cost": total}
            print(f"{name}: {matched} of {answer['needing']} matched, total {total:.6f} "
                  f"(schoolnet {answer['matched']}, {answer['totalCost']:.6f})")
    with open(os.path.join(HERE, "match-optimum.json"), "w", encoding="utf-8") as f:
        json.dump({"networkx": nx.__version__, "python": sys.version.split()[0], "cases": cases}, f, indent=1,
                  sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
