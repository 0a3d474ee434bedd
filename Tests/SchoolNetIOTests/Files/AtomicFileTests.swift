import Foundation
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

@Suite struct AtomicFileTests {
    @Test("writes and replaces a file, leaving no temporary file behind")
    func writesAndReplaces() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/out.txt"
        try AtomicFile.write("first", to: path)
        try AtomicFile.write("second", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(folder.contents() == ["out.txt"])
    }

    @Test("a failed write leaves the target and the folder as they were")
    func failure() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path + "/taken", withIntermediateDirectories: false)
        try folder.write("taken/inside", "keep")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder.path + "/taken") }
        #expect(folder.contents() == ["taken"])
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder.path + "/no/such/dir/file") }
    }
}
