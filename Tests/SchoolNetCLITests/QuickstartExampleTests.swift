import Foundation
import SchoolNetTestSupport
import Testing

/// `Examples/quickstart`, the Getting Started program, runs as a user would run it.
@Suite struct QuickstartExampleTests {
    @Test("the quickstart example loads the demo, ranks brokers, lists findings and draws a trust")
    func quickstart() throws {
        let binary = try #require(TestPaths.binary("schoolnet-quickstart"), "build the package first (swift build)")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [TestPaths.example("demo-landscape"), folder.path + "/trust.svg"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(stdout.hasPrefix("150 schools, 22 structures, 22 links\n"))
        #expect(
            stdout.contains("Highest betweenness:\n  143180  St Joseph's Catholic Primary School, Willowbank  0.1126\n")
        )
        #expect(stdout.contains("MAT-BLT: marketised, score 1"))
        #expect(stdout.contains("FED-MOOR  MAT-MOOR  federation, mat"))
        #expect(stdout.contains("Drew Brackenshire Learning Trust (18 schools)"))
        let svg = try String(contentsOfFile: folder.path + "/trust.svg", encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("Brackford Grammar School"))
    }
}
