import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetRender

@Suite struct DiagramLegibilityTests {
    /// Four nodes at the corners of a 2-inch square and a fifth overlapping the first; the
    /// diagonals a–c and b–d cross, a–b and b–c share b; a–e bends out across b–c and b–d but
    /// shares its end a with a–b and a–c.
    static let plain = """
        graph 1 3 2.5
        node a 0.5 0.5 0.6 0.3 "A" solid ellipse black lightgrey
        node b 2.5 0.5 0.6 0.3 "B" solid ellipse black lightgrey
        node c 2.5 2.2 0.6 0.3 "C" solid ellipse black lightgrey
        node d 0.5 2.2 0.6 0.3 "D" solid ellipse black lightgrey
        node e 0.8 0.6 0.6 0.3 "" solid ellipse black lightgrey
        edge a c 2 0.5 0.5 2.5 2.2 solid black
        edge b d 2 2.5 0.5 0.5 2.2 solid black
        edge a b 2 0.5 0.5 2.5 0.5 solid black
        edge b c 4 2.5 0.5 2.5 1 2.5 1.5 2.5 2.2 solid black
        edge a e 3 0.5 0.5 3 1.5 0.8 0.6 solid black
        stop
        """

    @Test("Graphviz's plain output is read: size, node boxes, edge points")
    func reading() throws {
        let layout = try #require(DiagramLayout(plain: Self.plain))
        #expect(layout.width == 3 && layout.height == 2.5)
        #expect(layout.nodes.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(layout.nodes[0].x == 0.5 && layout.nodes[0].width == 0.6)
        #expect(layout.edges.map(\.points.count) == [2, 2, 2, 4, 3])
        #expect(DiagramLayout(plain: "not a layout") == nil)
        #expect(DiagramLayout(plain: "graph 1 2 2\nnode a x 1 1 1\n") == nil)
    }

    @Test("crossings count pairs of edges with no common end; overlaps count boxes that meet a label")
    func measures() throws {
        let layout = try #require(DiagramLayout(plain: Self.plain))
        let all = DiagramLegibility(layout, labelled: ["a", "b", "c", "d"], smallestFont: 10)
        // a–c × b–d, and a–e × b–c and × b–d (no end in common); a–e meets a–b and a–c only at a.
        #expect(all.edgeCrossings == 3)
        #expect(all.labelOverlaps == 1)
        #expect(all.width == 216 && all.height == 180)
        // Neither e nor a labelled: their meeting covers nothing.
        #expect(DiagramLegibility(layout, labelled: ["b"], smallestFont: 10).labelOverlaps == 0)
        // 216 pt at 1100 px is drawn at natural size (4/3 px a point); at 108 px, at half a pixel.
        #expect(abs((all.smallestLabel(atWidth: 1100) ?? 0) - 40.0 / 3) < 1e-9)
        #expect(all.smallestLabel(atWidth: 108) == 5)
        #expect(DiagramLegibility(layout, labelled: [], smallestFont: nil).smallestLabel(atWidth: 1100) == nil)
    }

    @Test("the chosen layout ranks first: no other has fewer covered labels, or as few and more legible")
    func choice() throws {
        let graph = LandscapeDiagram.make(LandscapeFixtures.small())
        let choice = try LayoutChoice(graph, candidates: LayoutChoice.candidates(nodeCount: graph.nodes.count))
        #expect(choice.trials.map(\.engine) == [.neato, .sfdp, .circo, .dot])
        let best = choice.best.legibility
        func readable(_ l: DiagramLegibility) -> Bool {
            (l.smallestLabel(atWidth: LayoutChoice.pageWidth) ?? .infinity) >= LayoutChoice.minimumLabelPixels
        }
        for trial in choice.trials {
            let other = trial.legibility
            #expect(other.labelOverlaps >= best.labelOverlaps)
            if other.labelOverlaps == best.labelOverlaps && readable(other) == readable(best) {
                #expect(other.edgeCrossings >= best.edgeCrossings)
            }
        }
        #expect(String(decoding: choice.best.svg, as: UTF8.self).contains("<svg"))
        // The labelled nodes are read from the graph: the legend and each school and hub with text.
        let (labelled, smallest) = LayoutChoice.labels(of: graph)
        #expect(labelled.contains("legend") && labelled.contains("s1") && labelled.contains("g1"))
        #expect(smallest == 8)
    }
}
