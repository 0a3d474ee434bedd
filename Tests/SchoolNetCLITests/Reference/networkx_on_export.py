#!/usr/bin/env python3
"""What NetworkX gives, with no options, on the GraphML that `schoolnet export` writes: the
reference for "metrics with no options equals NetworkX on the exported file".

    schoolnet export Examples/demo-landscape --format graphml -o Tests/SchoolNetCLITests/Reference/demo-export.graphml
    schoolnet export Examples/demo-landscape --view affiliation -o Tests/SchoolNetCLITests/Reference/demo-affiliation.graphml
    python3 Tests/SchoolNetCLITests/Reference/networkx_on_export.py

Reads demo-export.graphml beside this file and writes demo-export.networkx.json: for each
school (by URN) the value of each NetworkX function called with its defaults. NetworkX's
pagerank reads the `weight` attribute by default; betweenness, closeness, degree and clustering
do not. PageRank alone is also iterated to convergence (tol 1e-12) rather than stopped at its
default tol of 1e-6, whose early stop leaves errors of up to 7e-6 on this graph: the comparison
is of the definition (weights read as NetworkX reads them), not of where NetworkX stops.

It also reads demo-affiliation.graphml (schools and structures, `bipartite` 0 and 1) and writes
demo-affiliation.networkx.json: NetworkX's bipartite degree, closeness and betweenness
centralities (the schools as `nodes`) and Latapy clustering (dot, min, max), the reference for
`schoolnet affiliation`.
"""
import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    graph = nx.read_graphml(os.path.join(HERE, "demo-export.graphml"))
    nodes = sorted(graph.nodes())
    measures = {
        "pagerank": nx.pagerank(graph, tol=1e-12, max_iter=100000),
        "betweenness": nx.betweenness_centrality(graph),
        "closeness": nx.closeness_centrality(graph),
        "clustering": nx.clustering(graph),
        "degree": dict(graph.degree()),
    }
    document = {
        "networkx": nx.__version__,
        "source": "demo-export.graphml",
        "nodes": nodes,
        "measures": {name: [values[node] for node in nodes] for name, values in measures.items()},
    }
    with open(os.path.join(HERE, "demo-export.networkx.json"), "w") as f:
        json.dump(document, f, indent=1, sort_keys=True)
        f.write("\n")

    two_mode = nx.read_graphml(os.path.join(HERE, "demo-affiliation.graphml"))
    schools = {v for v, d in two_mode.nodes(data=True) if d["bipartite"] == 0}
    nodes = sorted(two_mode.nodes())
    bipartite = nx.algorithms.bipartite
    measures = {
        "degree_centrality": bipartite.degree_centrality(two_mode, schools),
        "closeness": bipartite.closeness_centrality(two_mode, schools),
        "betweenness": bipartite.betweenness_centrality(two_mode, schools),
        "clustering": bipartite.clustering(two_mode, mode="dot"),
        "clustering_min": bipartite.clustering(two_mode, mode="min"),
        "clustering_max": bipartite.clustering(two_mode, mode="max"),
    }
    document = {
        "networkx": nx.__version__,
        "source": "demo-affiliation.graphml",
        "nodes": nodes,
        "measures": {name: [values[node] for node in nodes] for name, values in measures.items()},
    }
    with open(os.path.join(HERE, "demo-affiliation.networkx.json"), "w") as f:
        json.dump(document, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
