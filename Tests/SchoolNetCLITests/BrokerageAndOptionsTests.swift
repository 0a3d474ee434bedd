import Foundation
import SchoolNetTestSupport
import Testing

/// `schoolnet brokerage`, per-layer columns and sampled betweenness, end to end.
@Suite(.serialized) struct BrokerageAndOptionsTests {
    @Test("brokerage: roles by group on a hand-counted landscape")
    func brokerage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Three schools in three authorities; A supports B, B supports C (directed), no A–C tie.
        try folder.write("schools.csv", "urn,name,la\n1,A,North\n2,B,Middle\n3,C,South\n")
        try folder.write("links.csv", "source,target,kind\n1,2,nle-support\n2,3,lle-support\n")
        let run = try EndToEndTests.run(["brokerage", folder.path, "--groups", "la", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout == """
                urn,name,group,coordinator,itinerant,representative,gatekeeper,liaison,brokerage,ei_index
                1,A,North,0,0,0,0,0,0,1
                2,B,Middle,0,0,0,0,1,1,1
                3,C,South,0,0,0,0,0,0,1

                """)
        // The same ties as partnerships are undirected: B brokers both ways.
        try folder.write("links.csv", "source,target,kind\n1,2,partnership\n2,3,partnership\n")
        let undirected = try EndToEndTests.run(["brokerage", folder.path, "--groups", "la", "--format", "csv"])
        #expect(undirected.stdout.contains("2,B,Middle,0,0,0,0,2,2,1\n"))
        // A custom column can be the grouping; a school with no value is in no group: left out,
        // not judged, and said so.
        try folder.write("schools.csv", "urn,name,diocese\n1,A,X\n2,B,X\n3,C,\n")
        let custom = try EndToEndTests.run(["brokerage", folder.path, "--groups", "diocese", "--format", "csv"])
        #expect(custom.stdout.contains("2,B,X,0,0,0,0,0,0,-1\n"))
        #expect(custom.stdout.contains("3,C,,,,,,,,\n"))
        #expect(custom.stderr.contains("note: 1 of 3 schools have no value for diocese"))
        // With C in a group of its own, B brokers between A and C.
        try folder.write("schools.csv", "urn,name,diocese\n1,A,X\n2,B,X\n3,C,Y\n")
        let known = try EndToEndTests.run(["brokerage", folder.path, "--groups", "diocese", "--format", "csv"])
        #expect(known.stdout.contains("2,B,X,0,0,1,1,0,2,0\n"))
    }

    @Test("per-layer degree and strength columns; a sampled betweenness with its bound")
    func metricsOptions() throws {
        let perLayer = try EndToEndTests.run([
            "metrics", "Examples/demo-landscape", "--format", "csv", "--measures", "degree", "--per-layer",
        ])
        let header = perLayer.stdout.split(separator: "\n")[0]
        #expect(header.hasPrefix("urn,name,degree,degree:co-mat,strength:co-mat,degree:co-tsa,"))
        #expect(header.contains("degree:nle-support"))
        let sampled = try EndToEndTests.run([
            "metrics", "Examples/demo-landscape", "--format", "csv", "--measures", "betweenness",
            "--betweenness-samples", "40", "--seed", "3",
        ])
        #expect(sampled.status == 0)
        #expect(sampled.stderr.contains("betweenness estimated from 40 sampled schools"))
        let again = try EndToEndTests.run([
            "metrics", "Examples/demo-landscape", "--format", "csv", "--measures", "betweenness",
            "--betweenness-samples", "40", "--seed", "3",
        ])
        #expect(again.stdout == sampled.stdout)
        #expect(
            try EndToEndTests.run(["metrics", "Examples/demo-landscape", "--betweenness-samples", "0"]).status == 64)
    }

    @Test("degree:<layer> and strength:<layer> equal degree and strength computed with --layers <layer>")
    func perLayerEqualsSingleLayer() throws {
        let all = try EndToEndTests.run([
            "metrics", "Examples/demo-landscape", "--format", "csv", "--measures", "degree,strength", "--per-layer",
            "--all-dates",
        ])
        let lines = all.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = lines[0].map(String.init)
        let layers = header.filter { $0.hasPrefix("strength:") }.map { String($0.dropFirst("strength:".count)) }
        #expect(layers.count >= 8)
        for layer in layers {
            let single = try EndToEndTests.run([
                "metrics", "Examples/demo-landscape", "--format", "csv", "--measures", "degree,strength", "--all-dates",
                "--layers",
                layer,
            ])
            let singleLines = single.stdout.split(separator: "\n").map { $0.split(separator: ",") }
            let d = try #require(header.firstIndex(of: "degree:\(layer)"))
            let s = try #require(header.firstIndex(of: "strength:\(layer)"))
            // Counted from the end of the line: a name may hold a quoted comma.
            let (fromEndD, fromEndS) = (header.count - d, header.count - s)
            for (row, other) in zip(lines.dropFirst(), singleLines.dropFirst()) {
                #expect(row[0] == other[0])
                #expect(
                    row[row.count - fromEndD] == other[other.count - 2]
                        && row[row.count - fromEndS] == other[other.count - 1],
                    "\(layer) \(row[0])")
            }
        }
    }
}
