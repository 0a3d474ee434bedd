import Foundation
import SchoolNetTestSupport
import Testing

/// Runs the built `schoolnet` binary as a user would: exit statuses, standard output and error,
/// and the files it writes.
@Suite(.serialized) struct EndToEndTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(TestPaths.schoolnetBinary, "build the schoolnet product first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = TestPaths.packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static let demo = "Examples/demo-landscape"
    static let planted = "Tests/SchoolNetIOTests/Fixtures/bundles/planted-errors"

    @Test("validate: 0 on the demo, 1 with every planted error listed as file:line")
    func validate() throws {
        let good = try Self.run(["validate", Self.demo])
        #expect(good.status == 0)
        #expect(good.stdout.contains("valid: "))
        let bad = try Self.run(["validate", Self.planted])
        #expect(bad.status == 1)
        let lines = bad.stderr.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix(Self.planted + "/") }.count == 26)
        #expect(
            lines.contains("\(Self.planted)/links.csv:3: column 'target': self-link: source and target are both 100001")
        )
        #expect(lines.last == "26 errors, 0 warnings")
        let lenient = try Self.run(["validate", Self.planted, "--lenient"])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.hasSuffix("0 errors, 25 warnings\n"))
        // What was lost or repaired is said on standard output too, not only on standard error.
        #expect(
            lenient.stdout.contains(
                "Read leniently: 11 rows left out and 14 cells left unknown; each is listed on standard error."))
    }

    @Test("usage errors exit 64 with a message")
    func usage() throws {
        let run = try Self.run(["render", Self.demo, "--engine", "nosuch", "-o", "/tmp/x.svg"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("nosuch"))
        #expect(try Self.run(["nosuch-command"]).status == 64)
    }

    @Test("summary: counts, MAT size bands and components; JSON is stable")
    func summary() throws {
        let table = try Self.run(["summary", Self.demo])
        #expect(table.status == 0)
        for label in [
            "Schools", "multi-academy trust", "starter (1-5)", "national (16-30)", "system-leader (31+)", "density",
            "components",
        ] {
            #expect(table.stdout.contains(label), "\(label)")
        }
        let first = try Self.run(["summary", Self.demo, "--format", "json"])
        let second = try Self.run(["summary", Self.demo, "--format", "json"])
        #expect(first.stdout == second.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let bands = try #require(json["matSizeBands"] as? [String: Int])
        #expect(bands["national"] == 1)
        let earlier = try Self.run(["summary", Self.demo, "--format", "json", "--at", "2013-01-01"])
        #expect(earlier.stdout != first.stdout)
    }

    @Test("render writes each format, atomically, with the same bytes every time")
    func render() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for format in ["svg", "png", "pdf", "dot"] {
            let path = folder.path + "/landscape.\(format)"
            let run = try Self.run(["render", Self.demo, "-o", path])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: path))
        }
        let svg = try String(contentsOfFile: folder.path + "/landscape.svg", encoding: .utf8)
        #expect(svg.contains("Brackenshire Learning Trust"))
        #expect(svg.contains("Zoë Hart Memorial Primary School"))
        #expect(svg.contains("The &quot;Old School&quot; Primary, Ashby"))
        let again = folder.path + "/again.svg"
        #expect(try Self.run(["render", Self.demo, "-o", again]).status == 0)
        #expect(
            FileManager.default.contents(atPath: again)
                == FileManager.default.contents(atPath: folder.path + "/landscape.svg"))
        #expect(folder.contents() == ["again.svg", "landscape.dot", "landscape.pdf", "landscape.png", "landscape.svg"])
    }

    @Test("a render that fails leaves no file behind and an existing file untouched")
    func failedRender() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let existing = try folder.write("keep.svg", "old contents")
        let invalid = try Self.run(["render", Self.planted, "-o", existing])
        #expect(invalid.status == 1)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "old contents")
        let tooBig = try Self.run(["render", Self.demo, "-o", folder.path + "/big.svg", "--max-nodes", "50"])
        #expect(tooBig.status == 70)
        #expect(tooBig.stderr.contains("nodes; neato lays out at most 50"))
        try FileManager.default.createDirectory(atPath: folder.path + "/taken.svg", withIntermediateDirectories: false)
        let unwritable = try Self.run(["render", Self.demo, "-o", folder.path + "/taken.svg"])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains("cannot write"))
        #expect(folder.contents() == ["keep.svg", "taken.svg"])
        let noFolder = try Self.run(["render", Self.demo, "-o", folder.path + "/missing/out.svg"])
        #expect(noFolder.status == 73)
    }

    @Test("without Graphviz's plugin list the first render says what is wrong and how to fix it")
    func missingPlugins() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // GVBINDIR pointing at a folder with no plugin list is what a broken install looks like:
        // Graphviz starts with no engines and says nothing until asked to lay out.
        let run = try Self.run(
            ["render", Self.demo, "-o", folder.path + "/x.svg"], environment: ["GVBINDIR": folder.path])
        #expect(run.status == 70)
        #expect(run.stderr.contains("Graphviz has no layout plugins registered"))
        #expect(run.stderr.contains("libgvc6-config-update -c"))
        #expect(folder.contents().isEmpty)
    }
}
