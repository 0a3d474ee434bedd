import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

@testable import SchoolNetReport

@Suite struct LandscapeReportTests {
    /// The small fixture plus a school named to attack the page, in a trust and with a link.
    static func hostile() -> Landscape {
        let small = LandscapeFixtures.small()
        let attacker = School(
            urn: "100009", name: "<script>alert(1)</script>", phase: .primary, localAuthority: "<b>LA</b> & \"Co\"",
            ofsted: .inadequate, location: Coordinate(latitude: 53.8, longitude: -2.6))
        return Landscape(
            schools: small.schools + [attacker],
            structures: small.structures + [
                Structure(id: "T\"<x>", kind: .tsa, name: "<img src=x onerror=alert(2)>", lead: "100009")
            ],
            memberships: small.memberships + [
                Membership(structureID: "T\"<x>", urn: "100009", role: .lead),
                Membership(structureID: "T\"<x>", urn: "100002"),
            ],
            links: small.links + [Link(source: "100009", target: "100004", kind: .tradedService)])
    }

    @Test(
        "a school named <script>alert(1)</script> is text: the page holds one script, its own, and inert data with no <"
    )
    func malicious() throws {
        let html = try LandscapeReport.make(
            Self.hostile(), options: ReportOptions(title: "Hostile <title>", source: "x"))
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(html.components(separatedBy: "<script>").count == 2)
        let data = try #require(
            html.firstMatch(
                of: /<script type="application\/json" id="explorer-data">(.*?)<\/script>/.dotMatchesNewlines()))
        #expect(!data.output.1.contains("<"))
        #expect(data.output.1.contains(#"\u003cimg src=x onerror=alert(2)"#))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(
            html.contains("&lt;b&gt;LA&lt;/b&gt; &amp; &quot;Co&quot;")
                || html.contains("&lt;b&gt;LA&lt;/b&gt; &amp; \"Co\""))
        #expect(html.contains("<title>Hostile &lt;title&gt;</title>"))
    }

    @Test("the page fetches nothing: no src, no external href, no url(), no @import; a CSP forbids it anyway")
    func selfContained() throws {
        let html = try LandscapeReport.make(
            try #require(LandscapeFixtures.demo()), options: ReportOptions(title: "Demo", source: "demo"))
        for forbidden in [" src=", "href=\"http", "url(", "@import", "<link", "<iframe"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.contains("Content-Security-Policy\" content=\"default-src &#39;none&#39;;"))
        for section in ["summary", "diagrams", "brokers", "overlap", "hybrids", "findings", "place"] {
            #expect(html.contains("<section id=\"\(section)\">"), "\(section)")
        }
        // The three diagrams (overview, schools, map) and the three charts are inline SVG; ids
        // never repeat.
        #expect(html.components(separatedBy: "<svg").count - 1 == 6)
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count)
    }

    @Test("same landscape, same bytes")
    func deterministic() throws {
        let options = ReportOptions(title: "Hostile", source: "x")
        #expect(
            try LandscapeReport.make(Self.hostile(), options: options)
                == LandscapeReport.make(Self.hostile(), options: options))
    }

    @Test("a landscape too large to draw gets no diagram but the step that draws its largest authority")
    func tooLargeToDraw() throws {
        var options = ReportOptions(title: "Demo", source: "demo")
        options.maximumDiagramNodes = 10
        options.reproduce = { step in
            guard case .diagram(let request) = step else { return "step" }
            return "diagram of \(request.scope.map { "\($0)" } ?? "all") to \(request.fileName)"
        }
        let html = try LandscapeReport.make(try #require(LandscapeFixtures.demo()), options: options)
        // The overview of structures and the three charts; no school-level drawing.
        #expect(html.components(separatedBy: "<svg").count - 1 == 4)
        #expect(html.contains("more than a page can show school by school (10)"))
        #expect(
            html.contains(#"diagram of localAuthority(&quot;Brackenshire&quot;) to la.svg"#)
                || html.contains(#"diagram of localAuthority("Brackenshire") to la.svg"#))
    }

    @Test("charts escape their labels and scale their bars")
    func charts() {
        let svg = SVGChart.bars(
            [.init(label: "A & <B>", value: 2, text: "2"), .init(label: "C", value: 1, text: "1")], title: "t")
        #expect(svg.contains("A &amp; &lt;B&gt;"))
        #expect(svg.contains(#"width="320.0""#) && svg.contains(#"width="160.0""#))
        let heat = SVGChart.heatmap(
            labels: ["mat", "tsa"], values: [[0.25, nil], [1, 0]], title: "h", rowHeading: "r", columnHeading: "c")
        #expect(heat.contains(">25%<") && heat.contains(">100%<") && heat.contains(">0%<"))
        #expect(heat.contains("#F4F4F4"))
    }
}
