#!/usr/bin/env python3
"""Times schoolnet against igraph and NetworKit on the same graph, in the same run.

    pip install igraph==1.0.0 networkit==11.3
    swift build -c release --product schoolnet-bench
    .build/release/schoolnet-bench landscape --scale england --edges /tmp/england.edges
    python3 Tests/Performance/compare_peers.py --edges /tmp/england.edges

Every run is a child process of its own (so that peak memory is that run's), timed inside the
child around the measure alone (reading the graph is not counted), under GNU time for the peak
resident memory. Runs alternate (ours, igraph, NetworKit, ours, …) so that the machine's state
drifts alike for all; the medians and ratios (ours ÷ theirs) are printed, and the values are
checked against igraph's.
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
MEASURES = ["betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "core", "components", "clustering", "louvain"]


def read_edges(path):
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    return n, edges


def worker(library, measure, edges_path, values_path):
    """Runs in a child: load, time one measure, write values, print seconds."""
    import time
    n, edges = read_edges(edges_path)
    if library == "igraph":
        import igraph as ig
        g = ig.Graph(n=n, edges=edges)
        calls = {
            "betweenness": lambda: g.betweenness(directed=False),
            "closeness": lambda: g.closeness(normalized=True),
            "harmonic": lambda: g.harmonic_centrality(normalized=False),
            "pagerank": lambda: g.pagerank(damping=0.85),
            "eigenvector": lambda: g.eigenvector_centrality(scale=True),
            "core": lambda: g.coreness(),
            "components": lambda: g.connected_components().membership,
            "clustering": lambda: g.transitivity_local_undirected(mode="zero"),
            "louvain": lambda: [g.community_multilevel().modularity],
        }
    else:
        import networkit as nk
        g = nk.Graph(n)
        for u, v in edges:
            g.addEdge(u, v)

        def run(algorithm, get):
            algorithm.run()
            return get(algorithm)

        calls = {
            "betweenness": lambda: run(nk.centrality.Betweenness(g, normalized=False), lambda a: [x / 2 for x in a.scores()]),
            "closeness": lambda: run(nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.Generalized), lambda a: a.scores()),
            "harmonic": lambda: run(nk.centrality.HarmonicCloseness(g, normalized=False), lambda a: a.scores()),
            "pagerank": lambda: run(nk.centrality.PageRank(g, damp=0.85, tol=1e-10), lambda a: a.scores()),
            "eigenvector": lambda: run(nk.centrality.EigenvectorCentrality(g), lambda a: a.scores()),
            "core": lambda: run(nk.centrality.CoreDecomposition(g), lambda a: a.scores()),
            "components": lambda: run(nk.components.ConnectedComponents(g), lambda a: [a.componentOfNode(v) for v in range(n)]),
            "clustering": lambda: run(nk.centrality.LocalClusteringCoefficient(g), lambda a: a.scores()),
            "louvain": lambda: [nk.community.Modularity().getQuality(nk.community.detectCommunities(g, algo=nk.community.PLM(g, refine=False), inspect=False), g)],
        }
    start = time.perf_counter()
    values = calls[measure]()
    seconds = time.perf_counter() - start
    with open(values_path, "w") as f:
        f.write("\n".join(repr(float(v)) for v in values))
    print(f"{seconds:.6f}")


def timed(command):
    """Runs a command under GNU time; returns (seconds printed by it, peak RSS in MB)."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True, check=True)
    return float(result.stdout.strip().splitlines()[-1]), int(result.stderr.strip().splitlines()[-1]) / 1024


def values(path):
    with open(path) as f:
        return [float(x) if x else math.nan for x in f.read().split("\n")]


def agree(measure, ours, igraph_values, tolerance):
    if measure == "louvain":
        return ours[0] >= igraph_values[0] - 0.005, f"modularity {ours[0]:.4f} vs igraph {igraph_values[0]:.4f}"
    if measure == "components":
        same = len(set(ours)) == len(set(igraph_values))
        return same, f"{len(set(ours))} components vs {len(set(igraph_values))}"
    worst = max((abs(a - b) / max(1, abs(b)) for a, b in zip(ours, igraph_values) if not (math.isnan(a) and math.isnan(b))), default=0)
    return worst <= tolerance, f"largest relative difference {worst:.2e}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edges", required=True)
    parser.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "schoolnet-bench"))
    parser.add_argument("--measures", default=",".join(MEASURES))
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--worker", nargs=3, metavar=("LIBRARY", "MEASURE", "VALUES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker[0], args.worker[1], args.edges, args.worker[2])

    import igraph
    import networkit
    n, edges = read_edges(args.edges)
    print(f"graph: {n} nodes, {len(edges)} edges; igraph {igraph.__version__}, networkit {networkit.__version__}, "
          f"{os.cpu_count()} cores")
    print(f"{'measure':<12} {'schoolnet':>10} {'igraph':>10} {'networkit':>10} {'÷igraph':>8} {'÷nk':>7} "
          f"{'MB ours':>8} {'MB ig':>7} {'MB nk':>7}  values")
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for measure in args.measures.split(","):
            runs = {"schoolnet": [], "igraph": [], "networkit": []}
            memory = {}
            paths = {lib: os.path.join(scratch, f"{measure}.{lib}") for lib in runs}
            for _ in range(args.repetitions):
                seconds, mb = timed([args.bench, "measure", "--edges", args.edges, "--measure", measure, "--values", paths["schoolnet"]])
                runs["schoolnet"].append(seconds)
                memory["schoolnet"] = mb
                for lib in ("igraph", "networkit"):
                    seconds, mb = timed([sys.executable, __file__, "--edges", args.edges, "--worker", lib, measure, paths[lib]])
                    runs[lib].append(seconds)
                    memory[lib] = mb
            med = {lib: statistics.median(t) for lib, t in runs.items()}
            tolerance = 1e-6 if measure in ("pagerank", "eigenvector") else 1e-9
            ok, detail = agree(measure, values(paths["schoolnet"]), values(paths["igraph"]), tolerance)
            results[measure] = {"median_seconds": med, "peak_mb": memory, "values_agree": ok, "detail": detail}
            print(f"{measure:<12} {med['schoolnet']:>10.3f} {med['igraph']:>10.3f} {med['networkit']:>10.3f} "
                  f"{med['schoolnet'] / med['igraph']:>8.2f} {med['schoolnet'] / med['networkit']:>7.2f} "
                  f"{memory['schoolnet']:>8.0f} {memory['igraph']:>7.0f} {memory['networkit']:>7.0f}  "
                  f"{'agree' if ok else 'DIFFER'}: {detail}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
