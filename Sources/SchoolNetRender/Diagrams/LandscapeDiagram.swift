import SchoolNetModel

/// What to put around the network in a diagram.
public struct DiagramOptions: Sendable {
    /// The first line of the caption.
    public var title: String?
    /// Where the data comes from, the caption's second line.
    public var source: String?

    public init(title: String? = nil, source: String? = nil) {
        self.title = title
        self.source = source
    }
}

/// The whole landscape as one diagram: every school a node labelled with its name; every
/// structure drawn once, as a hub its members attach to (a clique of co-member ties would
/// say the same with k(k−1)/2 edges instead of k and is slow to lay out: GRAPHVIZ-NOTES.md §4);
/// links as styled edges, directed ones with arrows; a legend of the styles used.
///
/// Node ids are `s<n>` for schools in URN order and `g<n>` for structures in (kind, id) order,
/// never user text. Output is deterministic.
///
/// - Complexity: O(schools + structures + memberships + links), plus sorting.
public enum LandscapeDiagram {
    public static func make(_ landscape: Landscape, options: DiagramOptions = DiagramOptions()) -> DOTGraph {
        var graph = DOTGraph(name: "landscape")
        graph.graphAttributes = [
            "fontname": .literal(DiagramStyle.fontName), "fontsize": .literal("14"),
            "overlap": .literal("prism"), "splines": .literal("false"),
            "outputorder": .literal("edgesfirst"), "pad": .literal("0.3"), "sep": .literal("+6"),
            "labelloc": .literal("t"), "bgcolor": .literal("white"),
        ]
        if options.title != nil || options.source != nil {
            graph.graphAttributes["label"] = .text(
                [options.title, options.source].compactMap { $0 }.joined(separator: "\n"))
        }
        graph.nodeDefaults = [
            "fontname": .literal(DiagramStyle.fontName), "fontsize": .literal("8"),
            "shape": .literal("box"), "style": .literal("rounded,filled"),
            "fillcolor": .literal("#FFFFFF"), "color": .literal("#555555"),
            "margin": .literal("0.06,0.03"), "height": .literal("0.2"),
        ]
        graph.edgeDefaults = ["dir": .literal("none"), "arrowsize": .literal("0.7")]

        let schools = landscape.schools.sorted { $0.urn < $1.urn }
        var schoolID: [URN: String] = [:]
        for (n, school) in schools.enumerated() { schoolID[school.urn] = "s\(n + 1)" }
        let leads = Set(landscape.memberships.filter { $0.role == .lead }.map(\.urn))
            .union(landscape.structures.compactMap(\.lead))
        var legend = Legend()
        legend.showsLeads = !leads.isEmpty

        for school in schools {
            var attributes: DOTAttributes = [
                "label": .text(school.name), "tooltip": .tooltip(tooltip(for: school)),
            ]
            if leads.contains(school.urn) { attributes["peripheries"] = .literal("2") }
            graph.nodes.append(DOTNode(id: schoolID[school.urn]!, attributes: attributes))
        }

        let structures = landscape.structures.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
        var membershipStyles: [TieStyle] = []
        for (n, structure) in structures.enumerated() {
            let hubID = "g\(n + 1)"
            let hub = DiagramStyle.hub(structure.kind)
            let members = landscape.members(of: structure.id)
            graph.nodes.append(DOTNode(id: hubID, attributes: [
                "label": .text(structure.displayName),
                "tooltip": .tooltip("\(structure.displayName) (\(structure.kind.displayName), \(members.count) school\(members.count == 1 ? "" : "s"))"),
                "shape": .literal(hub.shape), "style": .literal("filled,bold"),
                "fillcolor": .literal(hub.fill), "color": .literal(hub.border),
                "fontsize": .literal("10"),
            ]))
            if !legend.groups.contains(structure.kind) { legend.groups.append(structure.kind) }
            let style = DiagramStyle.membership(structure.kind, federation: structure.federationType)
            if !members.isEmpty && !membershipStyles.contains(style) { membershipStyles.append(style) }
            for urn in members {
                guard let from = schoolID[urn] else { continue }
                graph.edges.append(DOTEdge(from: from, to: hubID, attributes: attributes(of: style)))
            }
        }

        var linkStyles: [TieStyle] = []
        let links = Set(landscape.links.map { LinkKey(source: $0.source, target: $0.target, kind: $0.kind) })
            .sorted()
        for link in links {
            guard let from = schoolID[link.source], let to = schoolID[link.target] else { continue }
            let style = DiagramStyle.link(link.kind)
            if !linkStyles.contains(style) { linkStyles.append(style) }
            graph.edges.append(DOTEdge(from: from, to: to, attributes: attributes(of: style)))
        }

        legend.groups.sort()
        legend.ties = membershipStyles + linkStyles.sorted { a, b in
            LinkKind.allCases.firstIndex { DiagramStyle.link($0) == a }!
                < LinkKind.allCases.firstIndex { DiagramStyle.link($0) == b }!
        }
        if !legend.isEmpty {
            graph.nodes.append(DOTNode(id: "legend", attributes: [
                "shape": .literal("plain"), "label": .html(legend.markup), "fontsize": .literal("9"),
            ]))
        }
        return graph
    }

    private static func attributes(of style: TieStyle) -> DOTAttributes {
        var attributes: DOTAttributes = [
            "color": .literal(style.color), "style": .literal(style.pattern),
            "penwidth": .literal(String(style.penWidth)),
        ]
        if let arrowhead = style.arrowhead {
            attributes["dir"] = .literal("forward")
            attributes["arrowhead"] = .literal(arrowhead)
        }
        return attributes
    }

    private static func tooltip(for school: School) -> String {
        var parts = ["URN \(school.urn)"]
        if let phase = school.phase { parts.append(phase.rawValue) }
        if let governance = school.governance { parts.append(governance.rawValue) }
        if let la = school.localAuthority { parts.append(la) }
        if let ofsted = school.ofsted { parts.append("Ofsted: \(ofsted.rawValue)") }
        return school.name + "\n" + parts.joined(separator: " · ")
    }

    private struct LinkKey: Hashable, Comparable {
        var source: URN
        var target: URN
        var kind: LinkKind

        static func < (a: LinkKey, b: LinkKey) -> Bool {
            (a.source, a.target, a.kind) < (b.source, b.target, b.kind)
        }
    }
}
