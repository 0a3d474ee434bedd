import Foundation
import SchoolNetModel
import SchoolNetTestSupport
import Testing

/// One version number, `Release.version`, in every place a reader looks for it.
@Suite(.serialized) struct ReleaseTests {
    @Test("--version, every JSON output, the landscape export and the changelog carry the same version")
    func oneVersion() throws {
        let version = try EndToEndTests.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == Release.version + "\n")

        for command in [["summary"], ["metrics", "--measures", "degree"], ["place"], ["hybrids"], ["patterns"]] {
            let run = try EndToEndTests.run(command + [EndToEndTests.demo, "--format", "json"])
            #expect(run.status == 0, "\(command)")
            #expect(run.stdout.contains("\"schoolnet_version\": \"\(Release.version)\""), "\(command)")
        }
        let export = try EndToEndTests.run(["export", EndToEndTests.demo, "--format", "json"])
        #expect(export.stdout.contains("\"schoolnet_version\": \"\(Release.version)\""))

        let changelog = try String(contentsOfFile: TestPaths.path("CHANGELOG.md"), encoding: .utf8)
        let firstRelease = changelog.split(separator: "\n").first { $0.hasPrefix("## ") && $0 != "## Unreleased" }
        #expect(firstRelease?.hasPrefix("## \(Release.version) (") == true, "\(firstRelease ?? "none")")
    }

    @Test("the report's footer names the release and the date the page describes")
    func reportFooter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let run = try EndToEndTests.run(["report", EndToEndTests.demo, "--at", "2024-09-01", "-o", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: folder.path + "/report.html", encoding: .utf8)
        let footer = try #require(html.range(of: "<footer>").map { String(html[$0.lowerBound...]) })
        #expect(
            footer.contains(
                "Made by \(Release.name) from \(EndToEndTests.demo), describing the landscape as at 2024-09-01."))
    }

    @Test("--quiet keeps notes off standard error and leaves standard output alone")
    func quiet() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let arguments = ["generate", "--scale", "la", "-o", folder.path + "/la"]
        let noisy = try EndToEndTests.run(arguments)
        #expect(noisy.stderr.hasPrefix("wrote "))
        let quiet = try EndToEndTests.run(arguments + ["--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        let sampled = ["metrics", EndToEndTests.demo, "--measures", "betweenness", "--betweenness-samples", "20"]
        let withNote = try EndToEndTests.run(sampled)
        let withoutNote = try EndToEndTests.run(sampled + ["--quiet"])
        #expect(withNote.stderr.hasPrefix("note: betweenness estimated"))
        #expect(withoutNote.stderr.isEmpty && withoutNote.stdout == withNote.stdout)
    }
}
