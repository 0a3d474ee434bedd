import ArgumentParser
import Testing

@testable import SchoolNetCLI

@Suite struct ParsingTests {
    @Test(
        "usage errors map to exit status 64",
        arguments: [
            ["render", "Examples/demo-landscape"],  // missing -o
            ["render", "x", "-o", "out.svg", "--engine", "nosuch"],
            ["render", "x", "-o", "out.svg", "--format", "gif"],
            ["render", "x", "-o", "out.gif"],  // format not known from extension
            ["render", "x", "-o", "out.svg", "--la", "A", "--region", "B"],  // two scopes
            ["render", "x", "-o", "out.svg", "--labels", "many"],
            ["render", "x", "-o", "out.svg", "--size-by", "fame"],
            ["render", "x", "-o", "out.svg", "--around", "1", "--radius", "-1"],
            ["summary", "x", "--at", "2021-02-30"],
            ["summary", "x", "--format", "xml"],
            ["frobnicate"],
        ])
    func usageErrors(arguments: [String]) {
        do {
            _ = try SchoolNetCommand.parseAsRoot(arguments)
            Issue.record("parsed: \(arguments)")
        } catch {
            #expect(SchoolNetCommand.exitCode(for: error) == ExitStatus.usage)
        }
    }

    @Test("valid command lines parse into their commands")
    func valid() throws {
        let render = try #require(
            try SchoolNetCommand.parseAsRoot(
                ["render", "L", "-o", "x.png", "--engine", "sfdp", "--at", "2020-01-01", "--lenient"]) as? RenderCommand
        )
        #expect(render.output == "x.png")
        #expect(render.engine?.value == .sfdp)
        #expect(render.input.lenient)
        #expect(render.input.date?.description == "2020-01-01")
        #expect(try SchoolNetCommand.parseAsRoot(["summary", "L", "--format", "json"]) is SummaryCommand)
        #expect(try SchoolNetCommand.parseAsRoot(["validate", "L"]) is ValidateCommand)
        #expect(try SchoolNetCommand.parseAsRoot(["summary", "L", "--at", "today"]) is SummaryCommand)
    }
}
