import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetRender

/// The diagram options of issue 6: one golden DOT file per style, and the rules behind them.
@Suite struct DiagramStyleOptionsTests {
    /// The small fixture with coordinates: each school 0.01° further east and 0.005° north.
    static func placed() -> Landscape {
        let small = LandscapeFixtures.small()
        let schools = small.schools.enumerated().map { n, school in
            var school = school
            school.location = Coordinate(latitude: 53.8 + 0.005 * Double(n * n), longitude: -2.6 + 0.01 * Double(n))
            school.ofsted = [OfstedGrade.good, .outstanding, nil, .inadequate, .good][n]
            school.attainment = [0.5, 1.5, nil, -0.2, 0.9][n]
            return school
        }
        return Landscape(
            schools: schools, structures: small.structures, memberships: small.memberships, links: small.links)
    }

    static var styles: [(name: String, options: DiagramOptions)] {
        var coloured = DiagramOptions(title: "Coloured", source: "Test data")
        coloured.colouring = NodeColouring.make(by: "ofsted", schools: placed().schools)
        coloured.sizing = NodeSizing(
            measure: "degree", values: ["100001": 3, "100002": 4, "100003": 4, "100004": 3, "100005": 2])
        coloured.labelledSchools = 2
        var numeric = DiagramOptions(title: "Numeric")
        numeric.colouring = NodeColouring.make(by: "attainment", schools: placed().schools)
        numeric.shapeByPhase = false
        var geographic = DiagramOptions(title: "Map")
        geographic.geographic = true
        var linksOnly = DiagramOptions(title: "Links only")
        linksOnly.layers = Set(LinkKind.allCases.map(Layer.link))
        linksOnly.removeOverlaps = false
        return [
            ("colouredSized", coloured), ("numericColour", numeric), ("geographic", geographic),
            ("linksOnly", linksOnly),
        ]
    }

    @Test("each diagram style matches its golden DOT file (RECORD_GOLDENS=1 re-records)", arguments: 0..<4)
    func golden(index: Int) {
        let style = Self.styles[index]
        let dot = DOTEncoder.encode(LandscapeDiagram.make(Self.placed(), options: style.options))
        let path = TestPaths.path("Tests/SchoolNetRenderTests/Goldens/\(style.name).dot")
        #expect(GoldenFile.compare(dot, with: path) == .matches, "\(style.name)")
    }

    @Test("each style renders to well-formed SVG with every hostile name intact", arguments: 0..<4)
    func renders(index: Int) throws {
        let style = Self.styles[index]
        var options = style.options
        options.labelledSchools = nil
        let dot = DOTEncoder.encode(LandscapeDiagram.make(Self.placed(), options: options))
        let output = try GraphvizRenderer.shared.render(
            dot: dot, engine: options.geographic ? .geographic : .neato, formats: [.svg])
        let svg = try #require(SVGText.parse(output.files[.svg]!))
        #expect(svg.texts.contains("<script>\"&'Ünïcode</script>"))
        #expect(svg.texts.contains("Oak & Ash \"Juniors\""))
    }

    @Test("the geographic layout puts every school at its projected coordinates")
    func geographicPositions() throws {
        let landscape = try #require(LandscapeFixtures.demo())
        var options = DiagramOptions(title: "Map")
        options.geographic = true
        options.shapeByPhase = false
        let dot = DOTEncoder.encode(LandscapeDiagram.make(landscape, options: options))
        let output = try GraphvizRenderer.shared.render(dot: dot, engine: .geographic, formats: [.svg])
        let svg = try #require(SVGText.parse(output.files[.svg]!))
        let projection = try #require(GeographicProjection(fitting: landscape.schools.compactMap(\.location)))
        let schools = landscape.schools.sorted { $0.urn < $1.urn }
        var offsets: [(Double, Double)] = []
        for (n, school) in schools.enumerated() {
            let centre = try #require(svg.centres["s\(n + 1)"], "no node for \(school.name)")
            let point = projection.point(school.location!)
            // SVG's y runs down: x − px and y + py are the same translation for every school.
            offsets.append((centre.x - point.x, centre.y + point.y))
        }
        #expect(offsets.count == 150)
        let first = offsets[0]
        for offset in offsets {
            #expect(abs(offset.0 - first.0) < 0.02 && abs(offset.1 - first.1) < 0.02)
        }
        // North up and east right: the northernmost school is drawn highest.
        let north = schools.indices.max { schools[$0].location!.latitude < schools[$1].location!.latitude }!
        #expect(svg.centres.filter { $0.key.hasPrefix("s") }.values.map(\.y).min() == svg.centres["s\(north + 1)"]!.y)
    }

    @Test("categories take Okabe–Ito colours in their natural order; past seven they share a grey")
    func categorical() {
        let phases = NodeColouring.make(by: "phase", schools: LandscapeFixtures.small().schools)!
        #expect(phases.key.map(\.label) == ["primary", "secondary", "special"])
        #expect(phases.key.map(\.fill) == Array(Palette.categorical.prefix(3)))
        #expect(!phases.isNumeric)
        let many = (0..<10).map { n in
            School(urn: URN("9\(n)"), name: "S\(n)", custom: CustomAttributes([("diocese", "D\(n % 9)")]))
        }
        let dioceses = NodeColouring.make(by: "diocese", schools: many)!
        #expect(dioceses.key.count == 8)
        #expect(dioceses.key.last == NodeColouring.KeyEntry(fill: Palette.otherCategory, label: "2 other values"))
        #expect(dioceses.key.first?.label == "D0")  // the only value held by two schools
        #expect(NodeColouring.make(by: "nothing", schools: many) == nil)
    }

    @Test("Ofsted grades keep their colours whichever grades are present")
    func ofsted() {
        let colouring = NodeColouring.make(by: "ofsted", schools: Self.placed().schools)!
        #expect(colouring.key.map(\.label) == ["outstanding", "good", "inadequate"])
        #expect(colouring.key.map(\.fill) == ["#009E73", "#56B4E9", "#D55E00"])
        #expect(colouring.fills["100003"] == nil)
    }

    @Test("numbers take five equal steps of viridis from the smallest to the largest value")
    func numeric() {
        let colouring = NodeColouring.make(by: "attainment", schools: Self.placed().schools)!
        #expect(colouring.isNumeric)
        #expect(colouring.fills["100004"] == Palette.sequential[0])  // −0.2, the smallest
        #expect(colouring.fills["100002"] == Palette.sequential[4])  // 1.5, the largest
        #expect(colouring.fills["100001"] == Palette.sequential[2])  // 0.5: (0.7 / 1.7) · 5 = 2.06
        #expect(colouring.key.first?.label == "-0.2 – 0.14")
        // A custom column is numeric only when every known value is a number.
        let mixed = [
            School(urn: "1", name: "a", custom: CustomAttributes([("band", "3")])),
            School(urn: "2", name: "b", custom: CustomAttributes([("band", "high")])),
        ]
        #expect(NodeColouring.make(by: "band", schools: mixed)?.isNumeric == false)
    }

    @Test("text on a fill is black or white by contrast")
    func textColour() {
        #expect(Palette.textColour(on: "#440154") == "#FFFFFF")
        #expect(Palette.textColour(on: "#FDE725") == "#000000")
        #expect(Palette.textColour(on: "#FFFFFF") == "#000000")
    }

    @Test("top-k labels go to the schools largest by the sizing measure; the legend says so")
    func topLabels() {
        var options = DiagramOptions()
        options.sizing = NodeSizing(
            measure: "betweenness", values: ["100001": 0.1, "100002": 0.9, "100003": 0.5, "100004": 0, "100005": 0.5])
        options.labelledSchools = 2
        let graph = LandscapeDiagram.make(LandscapeFixtures.small(), options: options)
        let labelled = graph.nodes.filter { $0.id.hasPrefix("s") && $0.attributes["label"] != .text("") }.map(\.id)
        #expect(labelled == ["s2", "s3"])  // 0.9, then 0.5 with the lower URN
        let legend = graph.nodes.first { $0.id == "legend" }!.attributes["label"]
        guard case .html(let markup)? = legend else {
            Issue.record("no legend")
            return
        }
        #expect(markup.contains("names shown for the 2 schools with the highest betweenness"))
        #expect(markup.contains("Size: betweenness, from 0 (smallest) to 0.9 (largest)"))
    }

    @Test("trusts and federations are boxes; every other kind has a shape no school has")
    func shapes() {
        #expect(DiagramStyle.hub(.mat).shape == "box" && DiagramStyle.hub(.federation).shape == "box")
        let schoolShapes = Set(([nil] + Phase.allCases.map(Optional.some)).map { DiagramStyle.school($0).shape })
        let hubShapes = StructureKind.allCases.filter { $0 != .mat && $0 != .federation }.map {
            DiagramStyle.hub($0).shape
        }
        #expect(Set(hubShapes).count == hubShapes.count)
        #expect(schoolShapes.isDisjoint(with: hubShapes + ["box"]))
    }

    @Test("layers: only the chosen kinds of structure and link are drawn")
    func layers() {
        var options = DiagramOptions()
        options.layers = [.structure(.mat), .link(.nleSupport)]
        let graph = LandscapeDiagram.make(LandscapeFixtures.small(), options: options)
        #expect(graph.nodes.filter { $0.id.hasPrefix("g") }.count == 1)
        #expect(graph.edges.count == 3 + 1)
    }
}
