import Foundation
import SchoolNetTestSupport
import Testing

/// The report opens with key findings taken from the commands' own numbers, and its explorer's
/// cards are the schools the diagrams draw.
@Suite struct ReportExploreTests {
    static func report(_ extra: [String] = []) throws -> String {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try EndToEndTests.run(["report", EndToEndTests.demo, "-o", folder.path] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: folder.path + "/report.html", encoding: .utf8)
    }

    static func placeTotal() throws -> [String: Any] {
        let place = try EndToEndTests.run(["place", EndToEndTests.demo, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(place.stdout.utf8)) as? [String: Any])
        return try #require((json["total"] as? [[String: Any]])?.first)
    }

    @Test("the key findings come first and quote place's total and diff's counts")
    func headline() throws {
        let html = try Self.report()
        let findings = try #require(html.range(of: "id=\"key-findings\""))
        let firstSection = try #require(html.range(of: "<section id=\"summary\">"))
        #expect(findings.lowerBound < firstSection.lowerBound)
        // Only the key findings themselves, not the sections that repeat their figures.
        let headline = String(
            html[
                findings
                    .lowerBound..<(try #require(
                        html.range(of: "</section>", range: findings.upperBound..<html.endIndex))).lowerBound])
        let total = try Self.placeTotal()
        func int(_ key: String) throws -> Int { try #require(total[key] as? NSNumber).intValue }
        #expect(headline.contains("\(try int("in_structure")) of \(try int("schools")) schools"))
        #expect(
            headline.contains("reaches \(try int("paired")) of \(try int("low_performers")) low-performing schools"))
        #expect(headline.contains("\(try int("cold_spots")) of \(try int("at_risk")) low-performing or disadvantaged"))

        let diff = try EndToEndTests.run([
            "diff", EndToEndTests.demo, "--from", "2023-09-01", "--to", "2024-09-01", "--format", "json",
        ])
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(diff.stdout.utf8)) as? [String: Any])
        let joins = try #require(changes["joins"] as? [Any]).count
        let ended = try #require(changes["links_ended"] as? [Any]).count
        #expect(headline.contains("Since 2023-09-01:"))
        #expect(headline.contains("\(joins) schools joined a structure"), "joins \(joins)")
        #expect(headline.contains("links started, \(ended) ended"), "links ended \(ended)")
    }

    @Test(
        "every school and structure node in the diagrams is the explorer's of that id, whatever the layers",
        arguments: [[], ["--layers", "co-cluster,co-hub,nle-support"]])
    func cardsMatchNodes(layers: [String]) throws {
        let html = try Self.report(layers)
        let data = try #require(
            html.firstMatch(
                of: /<script type="application\/json" id="explorer-data">(.*?)<\/script>/.dotMatchesNewlines()))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(String(data.output.1).utf8)) as? [String: Any])
        let schools = try #require(json["schools"] as? [[String: Any]])
        var urn: [String: String] = [:]
        for school in schools { urn[school["id"] as! String] = (school["urn"] as! String) }
        let diagram = try #require(html.range(of: "id=\"diagram-schools\""))
        let nodes = html[diagram.lowerBound...].matches(
            of:
                /class="node school sn&#45;(s[0-9]+)">\s*<title>[^<]*<\/title>\s*<g id="[^"]*"><a xlink:title="[^"]*URN ([0-9]+)/
        )
        #expect(nodes.count > 50)
        for node in nodes { #expect(urn[String(node.output.1)] == String(node.output.2), "\(node.output.1)") }
        // Structures: each overview node's tooltip starts with the name the explorer gives its id.
        var name: [String: String] = [:]
        for structure in try #require(json["structures"] as? [[String: Any]]) {
            name[structure["id"] as! String] = (structure["name"] as! String)
        }
        let overview = try #require(html.range(of: "id=\"diagram-overview\""))
        let hubs = html[overview.lowerBound..<diagram.lowerBound].matches(
            of:
                /class="node structure sn&#45;(g[0-9]+)[^"]*">\s*<title>[^<]*<\/title>\s*<g id="[^"]*"><a xlink:title="([^"(]*) \(/
        )
        #expect(hubs.count >= (layers.isEmpty ? 20 : 7))
        for hub in hubs {
            #expect(name[String(hub.output.1)].map(HTMLText.escaped) == String(hub.output.2), "\(hub.output.1)")
        }
    }

    @Test("a card's drawing command draws that school's neighbourhood or that structure")
    func cardCommands() throws {
        let html = try Self.report()
        let data = try #require(
            html.firstMatch(
                of: /<script type="application\/json" id="explorer-data">(.*?)<\/script>/.dotMatchesNewlines()))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(String(data.output.1).utf8)) as? [String: Any])
        let school = try #require((json["schools"] as? [[String: Any]])?.first)
        let structure = try #require((json["structures"] as? [[String: Any]])?.first)
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for (item, expected) in [(school, "--around"), (structure, "--structure")] {
            let line = try #require(item["draw"] as? String)
            #expect(line.contains(expected))
            var words = Array(ReportCommandLinesTests.shellWords(line).dropFirst())
            let o = try #require(words.firstIndex(of: "-o"))
            words[o + 1] = folder.path + "/" + words[o + 1]
            let run = try EndToEndTests.run(words)
            #expect(run.status == 0, "\(line): \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: words[o + 1]))
        }
    }
}

/// Names as Graphviz writes them in SVG attributes.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "'", with: "&#39;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "-", with: "&#45;")
    }
}
