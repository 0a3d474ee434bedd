import Foundation
import SchoolNetModel

/// Picks the layout engine for a diagram by drawing it with each candidate and measuring the
/// result (``DiagramLegibility``), not by eye: fewest covered labels and detached edge labels
/// first, then whether the
/// smallest label stays at least ``minimumLabelPixels`` when the drawing fits the page width,
/// then fewest edge crossings, then the drawing that shows largest when fitted whole into a
/// page-wide view (``pageWidth`` by ``pageHeight``); ties go to the earlier candidate. The
/// layouts are deterministic, so the choice is too; the time each took is reported, never used.
public struct LayoutChoice: Sendable {
    /// One candidate's drawing and measurements.
    public struct Trial: Sendable {
        public var engine: LayoutEngine
        public var legibility: DiagramLegibility
        public var svg: [UInt8]
        /// Wall-clock seconds to lay out and render it.
        public var seconds: Double
    }

    /// The smallest label, in CSS pixels, a page may show.
    public static let minimumLabelPixels = 8.0
    /// The width, in CSS pixels, a diagram takes in the report on a 1280-pixel window (the
    /// diagrams reach beyond the column of text, to 1.5 rem from the window's edges).
    public static let pageWidth = 1200.0
    /// The height, in CSS pixels, of a diagram's view in the report on an 800-pixel window.
    public static let pageHeight = 640.0

    /// Every candidate, in the order tried.
    public let trials: [Trial]
    /// The chosen one.
    public let best: Trial

    /// Draws `graph` with each engine in `candidates`.
    ///
    /// - Throws: ``RenderError`` when no candidate renders.
    /// - Complexity: one layout per candidate plus ``DiagramLegibility``.
    public init(_ graph: DOTGraph, candidates: [LayoutEngine]) throws {
        let dot = DOTEncoder.encode(graph)
        let (labelled, smallest) = Self.labels(of: graph)
        let labelledEdges = graph.edges.filter { edge in
            if case .text(let text)? = edge.attributes["label"] { return !text.isEmpty }
            return false
        }.count
        var trials: [Trial] = []
        var lastError: Error?
        for engine in candidates {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                let output = try GraphvizRenderer.shared.render(
                    dot: dot, engine: engine, formats: [.svg], measuring: true)
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                guard let layout = output.layout else { continue }
                trials.append(
                    Trial(
                        engine: engine,
                        legibility: DiagramLegibility(
                            layout, labelled: labelled, smallestFont: smallest, labelledEdges: labelledEdges),
                        svg: output.files[.svg] ?? [], seconds: seconds))
            } catch {
                lastError = error
            }
        }
        guard !trials.isEmpty else { throw lastError ?? RenderError.layout(engine: "any", messages: []) }
        self.trials = trials
        best =
            trials.enumerated().min { a, b in
                Self.rank(a.element, a.offset).lexicographicallyPrecedes(Self.rank(b.element, b.offset))
            }!.element
    }

    /// The engines worth trying for a graph of this many nodes: neato, sfdp, circo and dot up to
    /// 300 nodes, neato and sfdp up to 1,000, sfdp alone beyond (the others take minutes there:
    /// ``LayoutEngine/nodeLimit``). Not fdp: with Graphviz 2.42 its layout changes from run to
    /// run when another engine has laid a graph out before it in the same process (measured:
    /// three runs, three drawings), and the same landscape must give the same bytes.
    public static func candidates(nodeCount: Int) -> [LayoutEngine] {
        switch nodeCount {
        case ...300: [.neato, .sfdp, .circo, .dot]
        case ...1_000: [.neato, .sfdp]
        default: [.sfdp]
        }
    }

    private static func rank(_ trial: Trial, _ order: Int) -> [Double] {
        let legibility = trial.legibility
        let readable = (legibility.smallestLabel(atWidth: pageWidth) ?? .infinity) >= minimumLabelPixels
        return [
            Double(legibility.labelOverlaps + legibility.detachedLabels), readable ? 0 : 1,
            Double(legibility.edgeCrossings),
            -min(pageWidth / max(legibility.width, 1), pageHeight / max(legibility.height, 1)), Double(order),
        ]
    }

    /// The nodes that show a label (in the node or beside it) and the smallest font size among
    /// them, from the graph's attributes and defaults.
    static func labels(of graph: DOTGraph) -> (Set<String>, Double?) {
        func size(_ value: DOTValue?) -> Double? {
            if case .literal(let text)? = value { return Double(text) }
            return nil
        }
        let defaultSize = size(graph.nodeDefaults["fontsize"]) ?? 14
        var labelled = Set<String>()
        var smallest: Double?
        for node in graph.nodes {
            let shown: Bool
            switch node.attributes["label"] ?? node.attributes["xlabel"] {
            case .text(let text)?: shown = !text.isEmpty || node.attributes["xlabel"] != nil
            case .html?: shown = true
            case nil: shown = true
            default: shown = false
            }
            guard shown else { continue }
            labelled.insert(node.id)
            let font = size(node.attributes["fontsize"]) ?? defaultSize
            smallest = min(smallest ?? font, font)
        }
        return (labelled, smallest)
    }
}

extension LayoutChoice {
    /// One row per engine tried: its measurements, the time it took and whether it was chosen.
    public func result(context: AnswerContext = AnswerContext()) -> AnalysisResult {
        let chosen = best.engine
        let columns: [ResultColumn<Trial>] = [
            ResultColumn("engine", meaning: "The Graphviz layout engine.") { .text($0.engine.rawValue) },
            .count("label_overlaps", meaning: "Pairs of nodes whose boxes meet where one carries a label.") {
                $0.legibility.labelOverlaps
            },
            .count("detached_labels", meaning: "Edge labels not put within a quarter inch of their line.") {
                $0.legibility.detachedLabels
            },
            .count("edge_crossings", meaning: "Pairs of edges with no end in common whose lines cross.") {
                $0.legibility.edgeCrossings
            },
            .number("width_pt", meaning: "The drawing's width.", unit: "points") { $0.legibility.width },
            .number("height_pt", meaning: "The drawing's height.", unit: "points") { $0.legibility.height },
            ResultColumn(
                "smallest_label_px",
                meaning: "The smallest label when the drawing is shown \(Int(Self.pageWidth)) CSS pixels wide.",
                unit: "CSS pixels", numeric: true
            ) { .number($0.legibility.smallestLabel(atWidth: Self.pageWidth)) },
            .number("seconds", meaning: "Time to lay out and render.", unit: "seconds") { $0.seconds },
            ResultColumn("chosen", meaning: "The engine that ranks first.") {
                .text($0.engine == chosen ? "yes" : "")
            },
        ]
        return AnalysisResult(
            context: context, sections: [.table(ResultTable("engines", rows: trials, columns: columns))])
    }
}
