import Foundation
import SchoolNetModel

/// The landscape at structure level, legible at page width where a drawing of every school is
/// not: each structure one node (its shape and fill those of its kind, its size growing with its
/// members, its label its name and member count); an edge between two structures that share
/// schools, as thick as the number shared, and one per kind of link (support, traded service,
/// partnership) between schools of two structures, with the number of links. The schools in no
/// drawn structure are gathered into one node with their count, and the links that reach them
/// end there. A legend names exactly the kinds and ties drawn.
///
/// Node ids are `g<n>` in (kind, id) order of all the landscape's structures and `none` for
/// the gathered schools; each structure node's class is `sn-g<n>` and `layer-co-<kind>`, each
/// link edge's `layer-<kind>`, and every edge also carries its ends' `layer-co-<kind>`, so a
/// page can find them and hide a layer with every line that touches it. Output is
/// deterministic.
///
/// - Complexity: O(memberships + links + Σ k² over schools in k structures), plus sorting.
public enum StructureOverviewDiagram {
    /// The style of an edge between structures that share schools.
    public static let sharedStyle = TieStyle(
        colour: "#555555", pattern: "solid", penWidth: 1.5, legendName: "schools shared (the number on the line)")

    public static func make(_ landscape: Landscape, options: DiagramOptions = DiagramOptions()) -> DOTGraph {
        var graph = DOTGraph(name: "overview")
        var legend = Legend()
        legend.groupNote = nil
        legend.labelNote = "One node per structure, larger with more members"
        let all = DiagramNumbering.structures(landscape)
        let drawn = all.enumerated().filter { options.layers.contains(.structure($0.element.kind)) }
            .map { (index: $0.offset + 1, structure: $0.element) }
            .filter { !landscape.members(of: $0.structure.id).isEmpty }
        var homes: [URN: [String]] = [:]
        var sizes: [String: Int] = [:]
        var kinds: [String: StructureKind] = [:]
        for (index, structure) in drawn {
            let members = landscape.members(of: structure.id)
            sizes["g\(index)"] = members.count
            kinds["g\(index)"] = structure.kind
            for urn in members { homes[urn, default: []].append("g\(index)") }
        }
        let largest = Double(sizes.values.max() ?? 1)
        let gathered = landscape.schools.filter { homes[$0.urn] == nil }.count

        graph.graphAttributes = [
            "fontname": .literal(DiagramStyle.fontName), "fontsize": .literal("14"), "overlap": .literal("portho"),
            "splines": .literal("false"), "outputorder": .literal("edgesfirst"), "pad": .literal("0.3"),
            "sep": .literal("+3"), "pack": .literal("8"), "labelloc": .literal("t"), "bgcolor": .literal("white"),
            "nodesep": .literal("0.3"),
            "ranksep": .literal("0.6"),
        ]
        let caption = [options.title, options.source].compactMap { $0 }
        if !caption.isEmpty { graph.graphAttributes["label"] = .text(caption.joined(separator: "\n")) }
        graph.nodeDefaults = [
            "fontname": .literal(DiagramStyle.fontName), "fontsize": .literal("14"), "style": .literal("filled"),
            "margin": .literal("0.08,0.04"),
        ]
        graph.edgeDefaults = [
            "dir": .literal("none"), "arrowsize": .literal("0.7"), "fontname": .literal(DiagramStyle.fontName),
            "fontsize": .literal("13"), "fontcolor": .literal("#333333"),
        ]

        for (index, structure) in drawn {
            let hub = DiagramStyle.hub(structure.kind)
            let count = sizes["g\(index)"] ?? 0
            let side = 0.35 + 0.9 * (Double(count) / largest).squareRoot()
            graph.nodes.append(
                DOTNode(
                    id: "g\(index)",
                    attributes: [
                        "label": .text("\(wrapped(structure.displayName))\n\(count) school\(count == 1 ? "" : "s")"),
                        "tooltip": .tooltip(
                            "\(structure.displayName) (\(structure.kind.displayName), \(count) school\(count == 1 ? "" : "s"))"
                        ),
                        "shape": .literal(hub.shape), "style": .literal(hub.style), "fillcolor": .literal(hub.fill),
                        "color": .literal(hub.border), "width": .literal(String(format: "%.2f", side)),
                        "height": .literal(String(format: "%.2f", side * 0.6)),
                        "class": .literal("structure sn-g\(index) layer-co-\(structure.kind.rawValue)"),
                    ]))
            if !legend.groups.contains(structure.kind) { legend.groups.append(structure.kind) }
        }
        legend.groups.sort()

        // A line between two structures hides with either's layer.
        func endLayers(_ ids: String...) -> String {
            Set(ids.compactMap { kinds[$0] }).map { "layer-co-\($0.rawValue)" }.sorted().joined(separator: " ")
        }

        // Shared schools, one edge per pair of structures.
        var shared: [Pair: Int] = [:]
        for ids in homes.values where ids.count > 1 {
            for (i, a) in ids.enumerated() { for b in ids[(i + 1)...] { shared[Pair(a, b), default: 0] += 1 } }
        }
        for (pair, count) in shared.sorted(by: { $0.key < $1.key }) {
            graph.edges.append(
                DOTEdge(
                    from: pair.first, to: pair.second,
                    attributes: [
                        "color": .literal(sharedStyle.colour),
                        "penwidth": .literal(String(format: "%.1f", min(6, 1 + log2(Double(count))))),
                        "label": .text(String(count)),
                        "tooltip": .tooltip("\(count) school\(count == 1 ? "" : "s") shared"),
                        "class": .literal("shared \(endLayers(pair.first, pair.second))"),
                    ]))
        }
        if !shared.isEmpty { legend.ties.append(sharedStyle) }

        // Links between schools of different structures (or to the gathered schools).
        var linked: [LinkEnds: Int] = [:]
        // A school in several structures is counted at its first in (kind, id) order: a trust
        // before an alliance, federation, cluster, partnership or hub.
        for link in landscape.links where options.layers.contains(.link(link.kind)) {
            let from = homes[link.source]?.first ?? "none"
            let to = homes[link.target]?.first ?? "none"
            guard from != to else { continue }
            // An undirected link is one line whichever school is named first.
            let (a, b) = link.kind.isDirected || Pair.order(from) < Pair.order(to) ? (from, to) : (to, from)
            linked[LinkEnds(from: a, to: b, kind: link.kind), default: 0] += 1
        }
        if gathered > 0 {
            graph.nodes.append(
                DOTNode(
                    id: "none",
                    attributes: [
                        "label": .text("In no structure drawn\n\(gathered) school\(gathered == 1 ? "" : "s")"),
                        "tooltip": .tooltip("Schools in no structure drawn, gathered into one node"),
                        "shape": .literal("box"), "style": .literal("dashed,rounded"), "color": .literal("#8C8C8C"),
                        "class": .literal("gathered"),
                    ]))
        }
        var linkStyles: [LinkKind] = []
        for (ends, count) in linked.sorted(by: { $0.key < $1.key }) {
            let style = DiagramStyle.link(ends.kind)
            if !linkStyles.contains(ends.kind) { linkStyles.append(ends.kind) }
            var attributes: DOTAttributes = [
                "color": .literal(style.colour), "style": .literal(style.pattern),
                "penwidth": .literal(String(style.penWidth)), "label": .text(String(count)),
                "fontcolor": .literal(style.colour),
                "tooltip": .tooltip("\(count) \(ends.kind.rawValue) link\(count == 1 ? "" : "s")"),
                "class": .literal("layer-\(ends.kind.rawValue) \(endLayers(ends.from, ends.to))"),
            ]
            if let arrowhead = style.arrowhead {
                attributes["dir"] = .literal("forward")
                attributes["arrowhead"] = .literal(arrowhead)
            }
            graph.edges.append(DOTEdge(from: ends.from, to: ends.to, attributes: attributes))
        }
        legend.ties += LinkKind.allCases.filter(linkStyles.contains).map(DiagramStyle.link)
        if !legend.isEmpty {
            graph.nodes.append(
                DOTNode(
                    id: "legend",
                    attributes: [
                        "shape": .literal("plain"), "label": .html(legend.markup), "class": .literal("legend"),
                        "fontsize": .literal("13"),
                        "style": .literal("solid"),
                    ]))
        }
        return graph
    }

    /// The name broken between words into lines of about `width` characters, so that long
    /// names make tall nodes rather than wide ones.
    static func wrapped(_ name: String, width: Int = 18) -> String {
        var lines: [String] = []
        var line = ""
        for word in name.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.isEmpty ? name : lines.joined(separator: "\n")
    }

    private struct Pair: Hashable, Comparable {
        let first: String
        let second: String
        init(_ a: String, _ b: String) { (first, second) = Self.order(a) < Self.order(b) ? (a, b) : (b, a) }
        static func order(_ id: String) -> Int { Int(id.dropFirst()) ?? Int.max }
        static func < (a: Pair, b: Pair) -> Bool {
            (order(a.first), order(a.second)) < (order(b.first), order(b.second))
        }
    }

    private struct LinkEnds: Hashable, Comparable {
        let from: String
        let to: String
        let kind: LinkKind
        static func < (a: LinkEnds, b: LinkEnds) -> Bool {
            (Pair.order(a.from), Pair.order(a.to), LinkKind.allCases.firstIndex(of: a.kind)!)
                < (Pair.order(b.from), Pair.order(b.to), LinkKind.allCases.firstIndex(of: b.kind)!)
        }
    }
}
