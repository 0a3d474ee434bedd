import Foundation
import SchoolNetTestSupport
import Testing

@testable import SchoolNetIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Big and odd input: each a clear error naming the file (and line), never a hang, a crash or
/// memory that grows without bound.
@Suite struct OddInputTests {
    func load(_ setUp: (TemporaryFolder) throws -> Void) throws -> LandscapeLoad {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try setUp(folder)
        return LandscapeBundleReader().read(directory: folder.path)
    }

    @Test("a FIFO where a file should be is refused, not read forever")
    func fifo() throws {
        let load = try load { folder in #expect(mkfifo(folder.path + "/schools.csv", 0o600) == 0) }
        #expect(load.landscape == nil)
        #expect(load.errors.map(\.message) == ["is a FIFO (named pipe), not a regular file; not read"])
    }

    @Test(
        "links are followed: a link to a FIFO is refused, a loop of links and a link to nothing are errors (an optional file behind one is not taken as absent)"
    )
    func links() throws {
        let fifo = try load { folder in
            #expect(mkfifo(folder.path + "/pipe", 0o600) == 0)
            #expect(symlink("pipe", folder.path + "/schools.csv") == 0)
        }
        #expect(fifo.errors.map(\.message) == ["is a FIFO (named pipe), not a regular file; not read"])
        let loop = try load { folder in #expect(symlink("schools.csv", folder.path + "/schools.csv") == 0) }
        #expect(loop.errors.map(\.message) == ["is a link that leads back to itself (a loop of links)"])
        let dangling = try load { folder in
            _ = try folder.write("schools.csv", "urn,name,phase\n100001,A,primary\n")
            #expect(symlink("gone.csv", folder.path + "/memberships.csv") == 0)
        }
        #expect(dangling.landscape == nil)
        #expect(dangling.errors.map(\.message) == ["is a link to a file that does not exist"])
    }

    @Test("a folder where a file should be, and a file over the size limit, are refused before reading")
    func folderAndSize() throws {
        let folder = try load { folder in
            try FileManager.default.createDirectory(
                atPath: folder.path + "/schools.csv", withIntermediateDirectories: true)
        }
        #expect(folder.errors.map(\.message) == ["is a folder, not a file"])
        let big = try load { folder in
            // A sparse file: its size is over the limit, but it takes no room on disk.
            let path = try folder.write("schools.csv", "urn,name\n")
            let handle = try #require(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: UInt64(InputFile.maximumBytes) + 1)
            try handle.close()
        }
        #expect(big.errors.first?.message.hasSuffix("the largest file read is 512 MiB") == true)
    }

    @Test("a cell over the limit and a header of 100,000 columns are errors at their line")
    func limits() throws {
        let long = try load { folder in
            try folder.write("schools.csv", "urn,name\n1," + String(repeating: "A", count: 10_000_001) + "\n2,B\n")
        }
        #expect(long.errors.map(\.message) == ["a cell of 10000001 characters; a cell holds at most 10000"])
        #expect(long.errors.first?.line == 2 && long.errors.first?.column == "name")
        let wide = try load { folder in
            try folder.write(
                "schools.csv", (["urn", "name"] + (0..<100_000).map { "c\($0)" }).joined(separator: ",") + "\n")
        }
        #expect(wide.errors.first?.message.hasPrefix("the header has 100002 columns; a table has at most 1000") == true)
        let empty = try load { folder in try folder.write("schools.csv", "") }
        #expect(empty.errors.first?.message.hasPrefix("is empty; it needs a header row") == true)
    }
}
