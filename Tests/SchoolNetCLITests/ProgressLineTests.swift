import Testing

@testable import SchoolNetCLI

@Suite struct ProgressLineTests {
    @Test("the progress line gives the stage, the share done and the time left at the pace so far")
    func text() {
        #expect(ProgressLine.text(stage: "betweenness", done: 0, total: 200, elapsed: 0) == "betweenness 0%")
        // A quarter done in 4 s: 12 s to go.
        #expect(
            ProgressLine.text(stage: "betweenness", done: 50, total: 200, elapsed: 4)
                == "betweenness 25% · about 12 s left")
        // Under a second of pace: no estimate yet.
        #expect(ProgressLine.text(stage: "betweenness", done: 50, total: 200, elapsed: 0.5) == "betweenness 25%")
        // A tenth done in 30 s: 270 s, said in minutes.
        #expect(
            ProgressLine.text(stage: "import: rows", done: 10, total: 100, elapsed: 30)
                == "import: rows 10% · about 5 min left")
        #expect(ProgressLine.text(stage: "report: diagrams", done: 0, total: 0, elapsed: 3) == "report: diagrams …")
        #expect(ProgressLine.text(stage: "betweenness", done: 200, total: 200, elapsed: 9) == "betweenness 100%")
    }
}
