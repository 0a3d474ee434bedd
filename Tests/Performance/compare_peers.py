#!/usr/bin/env python3
"""Times schoolnet against igraph, NetworKit and NetworkX on the same graphs, in the same run.

    pip install -r Tests/Performance/requirements.txt
    swift build -c release --product schoolnet-bench
    .build/release/schoolnet-bench landscape --scale england --edges /tmp/england.edges
    python3 Tests/Performance/compare_peers.py --edges /tmp/england.edges

(`make bench` does all of this for one local authority, one region, England and a teacher-level
network, and writes Output/benchmarks/.)

Every run is a child process of its own (so that peak memory is that run's), timed inside the
child by the wall clock around the measure alone (reading the graph is not counted), under GNU
time for the peak resident memory. Runs alternate (ours, igraph, NetworKit, NetworkX, ours, …)
so that the machine's state drifts alike for all; the medians and ratios (ours ÷ theirs) are
printed, and our values are checked against igraph's (NetworkX's for effective size, which
igraph lacks). Louvain and Leiden are randomised: igraph and NetworKit start from a fresh random
state in every run (NetworkX's Louvain from seed 1), so ours runs from seeds 1, 3, 5, … in turn,
and our lowest modularity over the runs must be within 0.005 of igraph's highest. A peer run that passes --timeout seconds (or its own, given by --longer) is
stopped and shown as "> timeout"; it is not repeated, and the ratio is then an upper bound ("<").
"""
import argparse
import json
import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
MEASURES = ["degree", "betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "core", "clustering",
            "constraint", "effective_size", "components", "louvain", "leiden"]
PEERS = ["igraph", "networkit", "networkx"]
NAMES = {"schoolnet": "schoolnet", "igraph": "igraph", "networkit": "NetworKit", "networkx": "NetworkX"}


def read_edges(path):
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    return n, edges


def igraph_calls(n, edges):
    import igraph as ig
    g = ig.Graph(n=n, edges=edges)
    return {
        "degree": lambda: g.degree(),
        "betweenness": lambda: g.betweenness(directed=False),
        "closeness": lambda: g.closeness(normalized=True),
        "harmonic": lambda: g.harmonic_centrality(normalized=False),
        "pagerank": lambda: g.pagerank(damping=0.85),
        "eigenvector": lambda: g.eigenvector_centrality(scale=True),
        "core": lambda: g.coreness(),
        "clustering": lambda: g.transitivity_local_undirected(mode="zero"),
        "constraint": lambda: g.constraint(),
        "components": lambda: g.connected_components().membership,
        "louvain": lambda: [g.community_multilevel().modularity],
        # Until the partition stops changing, as schoolnet's Leiden does by default.
        "leiden": lambda: [g.modularity(g.community_leiden(objective_function="modularity", n_iterations=-1))],
    }


def networkit_calls(n, edges):
    import networkit as nk
    g = nk.Graph(n)
    for u, v in edges:
        g.addEdge(u, v)

    def run(algorithm, get=lambda a: a.scores()):
        algorithm.run()
        return get(algorithm)

    return {
        "degree": lambda: run(nk.centrality.DegreeCentrality(g)),
        "betweenness": lambda: run(nk.centrality.Betweenness(g, normalized=False), lambda a: [x / 2 for x in a.scores()]),
        "closeness": lambda: run(nk.centrality.Closeness(g, True, nk.centrality.ClosenessVariant.Generalized)),
        "harmonic": lambda: run(nk.centrality.HarmonicCloseness(g, normalized=False)),
        "pagerank": lambda: run(nk.centrality.PageRank(g, damp=0.85, tol=1e-10)),
        "eigenvector": lambda: run(nk.centrality.EigenvectorCentrality(g)),
        "core": lambda: run(nk.centrality.CoreDecomposition(g)),
        "clustering": lambda: run(nk.centrality.LocalClusteringCoefficient(g)),
        "components": lambda: run(nk.components.ConnectedComponents(g), lambda a: [a.componentOfNode(v) for v in range(n)]),
        "louvain": lambda: [nk.community.Modularity().getQuality(
            nk.community.detectCommunities(g, algo=nk.community.PLM(g, refine=False), inspect=False), g)],
        "leiden": lambda: [nk.community.Modularity().getQuality(
            nk.community.detectCommunities(g, algo=nk.community.ParallelLeiden(g), inspect=False), g)],
    }


def networkx_calls(n, edges):
    import networkx as nx
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)

    def listed(scores):
        return [scores[v] for v in range(n)]

    def membership():
        label = [0] * n
        for index, component in enumerate(nx.connected_components(g)):
            for v in component:
                label[v] = index
        return label

    def louvain():
        communities = nx.community.louvain_communities(g, seed=1)
        return [nx.community.modularity(g, communities)]

    return {
        "degree": lambda: listed(dict(g.degree())),
        "betweenness": lambda: listed(nx.betweenness_centrality(g, normalized=False)),
        "closeness": lambda: listed(nx.closeness_centrality(g, wf_improved=False)),
        "harmonic": lambda: listed(nx.harmonic_centrality(g)),
        "pagerank": lambda: listed(nx.pagerank(g, alpha=0.85, tol=1e-10)),
        # The power method: eigenvector_centrality_numpy refuses disconnected graphs.
        "eigenvector": lambda: listed(nx.eigenvector_centrality(g, max_iter=1000)),
        "core": lambda: listed(nx.core_number(g)),
        "clustering": lambda: listed(nx.clustering(g)),
        "constraint": lambda: listed(nx.constraint(g)),
        "effective_size": lambda: listed(nx.effective_size(g)),
        "components": membership,
        "louvain": louvain,
    }


CALLS = {"igraph": igraph_calls, "networkit": networkit_calls, "networkx": networkx_calls}


def computes(library, measure):
    """Whether a peer has the measure at all (asked without loading a graph)."""
    return measure in CALLS[library](0, [])


def worker(library, measure, edges_path, values_path, timeout):
    """Runs in a child: load, time one measure under an alarm, write values, print seconds."""
    import time
    n, edges = read_edges(edges_path)
    call = CALLS[library](n, edges)[measure]
    del edges

    def expire(signum, frame):
        raise TimeoutError

    signal.signal(signal.SIGALRM, expire)
    signal.alarm(timeout)
    start = time.perf_counter()
    try:
        values = call()
    except TimeoutError:
        print("timeout")
        return
    except Exception as error:  # a peer that refuses the graph is reported, not fatal
        print(f"failed: {type(error).__name__}")
        return
    seconds = time.perf_counter() - start
    signal.alarm(0)
    with open(values_path, "w") as f:
        f.write("\n".join(repr(float(v)) for v in values))
    print(f"{seconds:.6f}")


def timed(command, timeout):
    """Runs a command under GNU time; returns (seconds it printed, or "timeout" or "failed: …";
    peak RSS in MB)."""
    try:
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True,
                                timeout=timeout + 900)
    except subprocess.TimeoutExpired:
        return "timeout", None
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr}")
    printed = result.stdout.strip().splitlines()[-1]
    mb = int(result.stderr.strip().splitlines()[-1]) / 1024
    return (printed if printed == "timeout" or printed.startswith("failed") else float(printed)), mb


def values(path):
    with open(path) as f:
        return [float(x) if x else math.nan for x in f.read().split("\n")]


def agree_quality(ours, reference):
    """Modularity over the runs: our lowest must be within 0.005 of the peer's highest."""
    def span(qs):
        return f"{min(qs):.4f}" if min(qs) == max(qs) else f"{min(qs):.4f}–{max(qs):.4f}"
    return min(ours) >= max(reference) - 0.005, f"modularity {span(ours)} vs {span(reference)}"


def agree(measure, ours, reference, tolerance):
    if measure == "components":
        same = len(set(ours)) == len(set(reference)) and len(set(zip(ours, reference))) == len(set(ours))
        return same, f"same {len(set(ours))} components" if same else f"{len(set(ours))} components vs {len(set(reference))}"
    if len(ours) != len(reference):
        return False, f"{len(ours)} values vs {len(reference)}"
    worst = 0.0
    for a, b in zip(ours, reference):
        if math.isnan(a) or math.isnan(b):
            if math.isnan(a) != math.isnan(b):
                return False, "NaN in one only"
            continue
        worst = max(worst, abs(a - b) / max(1, abs(b)))
    return worst <= tolerance, f"largest relative difference {worst:.1e}"


def seconds_text(value, timeout):
    """A median: seconds, "> timeout", "failed: …", or "—" for a measure the library lacks."""
    if value is None:
        return "—"
    if value == "timeout":
        return f"> {timeout} s"
    if isinstance(value, str):
        return value
    if value < 0.001:
        return f"{value * 1e6:.0f} µs"
    if value < 1:
        return f"{value * 1e3:.3g} ms"
    return f"{value:.3g} s" if value < 100 else f"{value:.0f} s"


def ratio(ours, theirs, timeout):
    """Ours ÷ theirs as text, an upper bound when theirs timed out, "—" when there is none."""
    if theirs == "timeout":
        return f"< {ours / timeout:.2g}"
    if not isinstance(theirs, float):
        return "—"
    value = ours / theirs
    return f"{value:.2f}" if value >= 0.1 else f"{value:.2g}"


def compare(edges_path, measures, peers, repetitions, timeout, bench, scratch, longer=None):
    """`longer` maps (library, measure) to a timeout of its own, in seconds."""
    longer = longer or {}
    n, edges = read_edges(edges_path)
    print(f"\n{edges_path}: {n:,} nodes, {len(edges):,} edges", flush=True)
    graph = {"nodes": n, "edges": len(edges), "results": {}}
    del edges
    header = ["measure", "schoolnet"] + [NAMES[p] for p in peers] + [f"÷{NAMES[p]}" for p in peers] + ["peak MB"]
    print("  ".join(f"{h:>14}" for h in header) + "  values")
    for measure in measures:
        libraries = ["schoolnet"] + [p for p in peers if computes(p, measure)]
        runs = {lib: [] for lib in libraries}
        outcome = {}
        memory = {}
        paths = {lib: os.path.join(scratch, f"{measure}.{lib}") for lib in libraries}
        limit = {lib: longer.get((lib, measure), timeout) for lib in libraries}
        # Community methods are randomised: igraph and NetworKit draw a fresh random state in
        # every run, so ours runs from seeds 1, 3, 5, … in turn (Louvain's two starts use s and
        # s + 1, so no two runs share a start), and every run's modularity is kept.
        randomised = measure in ("louvain", "leiden")
        quality = {lib: [] for lib in libraries}
        for repetition in range(repetitions):
            for lib in libraries:
                if lib in outcome:
                    continue  # timed out or failed: not repeated
                if lib == "schoolnet":
                    command = [bench, "measure", "--edges", edges_path, "--measure", measure, "--values", paths[lib]]
                    if randomised:
                        command += ["--seed", str(2 * repetition + 1)]
                else:
                    command = [sys.executable, __file__, "--edges", edges_path, "--timeout", str(limit[lib]),
                               "--worker", lib, measure, paths[lib]]
                seconds, mb = timed(command, limit[lib])
                if isinstance(seconds, str):
                    outcome[lib] = seconds
                else:
                    runs[lib].append(seconds)
                    if randomised:
                        quality[lib].append(values(paths[lib])[0])
                if mb is not None:
                    memory[lib] = max(memory.get(lib, 0), mb)
        med = {lib: outcome.get(lib) or statistics.median(runs[lib]) for lib in libraries}
        ours = med["schoolnet"]
        reference = next((p for p in ("igraph", "networkx") if isinstance(med.get(p), float)), None)
        tolerance = 1e-6 if measure in ("pagerank", "eigenvector") else 1e-9
        if reference:
            if randomised and not (quality["schoolnet"] and quality[reference]):
                ok, detail = False, "no modularity to compare: a run failed or timed out"
            elif randomised:
                ok, detail = agree_quality(quality["schoolnet"], quality[reference])
            else:
                ok, detail = agree(measure, values(paths["schoolnet"]), values(paths[reference]), tolerance)
            detail = f"vs {NAMES[reference]}: {detail}"
        else:
            ok, detail = None, "no peer value to compare"
        graph["results"][measure] = {
            "median_seconds": med, "runs_seconds": runs, "peak_mb": memory, "timeout_seconds": limit,
            "ratio": {p: ours / med[p] for p in peers if isinstance(med.get(p), float)},
            "values_agree": ok, "detail": detail,
        }
        cells = [measure] + [seconds_text(med.get(lib), limit.get(lib, timeout)) for lib in ["schoolnet"] + peers]
        cells += [ratio(ours, med.get(p), limit.get(p, timeout)) for p in peers]
        cells += [" / ".join(f"{memory[lib]:.0f}" if lib in memory else "—" for lib in ["schoolnet"] + peers)]
        status = {True: "agree", False: "DIFFER", None: "unchecked"}[ok]
        print("  ".join(f"{c:>14}" for c in cells) + f"  {status} {detail}", flush=True)
    return graph


def markdown(name, graph, peers, timeout):
    """One graph's results as a Markdown table, as the README shows them."""
    head = ["measure", "schoolnet"] + [NAMES[p] for p in peers] + [f"ours ÷ {NAMES[p]}" for p in peers]
    head += [f"peak MB (ours / {' / '.join(NAMES[p] for p in peers)})", "values"]
    lines = [f"**{name}**: {graph['nodes']:,} nodes, {graph['edges']:,} edges", "",
             "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for measure, r in graph["results"].items():
        med, memory, limit = r["median_seconds"], r["peak_mb"], r["timeout_seconds"]
        cells = [measure] + [seconds_text(med.get(lib), limit.get(lib, timeout)) for lib in ["schoolnet"] + peers]
        cells += [ratio(med["schoolnet"], med.get(p), limit.get(p, timeout)) for p in peers]
        cells += [" / ".join(f"{memory[lib]:,.0f}" if lib in memory else "—" for lib in ["schoolnet"] + peers)]
        cells += [r["detail"].replace("largest relative difference ", "within ")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--edges", required=True, nargs="+", help="edge lists (node count, then 'u v' lines)")
    parser.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "schoolnet-bench"))
    parser.add_argument("--measures", default=",".join(MEASURES))
    parser.add_argument("--peers", default=",".join(PEERS))
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--timeout", type=int, default=120, help="seconds a peer's measure may take before it is stopped")
    parser.add_argument("--longer", action="append", default=[], metavar="LIBRARY:MEASURE=SECONDS",
                        help="a timeout of its own for one library's measure (repeatable), e.g. igraph:betweenness=240")
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--markdown", help="write the tables here")
    parser.add_argument("--worker", nargs=3, metavar=("LIBRARY", "MEASURE", "VALUES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker[0], args.worker[1], args.edges[0], args.worker[2], args.timeout)

    longer = {}
    for item in args.longer:
        key, _, seconds = item.partition("=")
        library, _, measure = key.partition(":")
        longer[(library, measure)] = int(seconds)
    import igraph
    import networkit
    import networkx
    peers = [p for p in args.peers.split(",") if p]
    versions = f"igraph {igraph.__version__}, NetworKit {networkit.__version__}, NetworkX {networkx.__version__}"
    print(f"{versions}; {os.cpu_count()} cores; medians of {args.repetitions}; timeout {args.timeout} s")
    everything = {"versions": versions, "cores": os.cpu_count(), "repetitions": args.repetitions, "graphs": {}}
    with tempfile.TemporaryDirectory() as scratch:
        for path in args.edges:
            everything["graphs"][path] = compare(path, args.measures.split(","), peers, args.repetitions, args.timeout,
                                                 args.bench, scratch, longer)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(everything, f, indent=1, sort_keys=True)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(f"{versions}; {os.cpu_count()} cores; medians of {args.repetitions}.\n\n")
            for path, graph in everything["graphs"].items():
                f.write(markdown(os.path.basename(path), graph, peers, args.timeout) + "\n")


if __name__ == "__main__":
    main()
