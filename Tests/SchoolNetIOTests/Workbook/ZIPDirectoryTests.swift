import Foundation
import Testing

@testable import SchoolNetIO

/// The ZIP directory reader under the workbook reader, on a workbook this package writes and on
/// every damaged copy of it made by cutting it short or flipping one byte.
struct ZIPDirectoryTests {
    static func book() throws -> [UInt8] {
        try WorkbookWriter.bytes([.init(name: "schools", rows: [["urn", "name"], ["100001", "Weir Lane"]])])
    }

    @Test("a workbook's parts are found and unpacked with their checksums")
    func parts() throws {
        let zip = try ZIPDirectory(try Self.book())
        #expect(zip.entries.keys.contains("xl/workbook.xml"))
        let sheet = try #require(try zip.data("xl/worksheets/sheet1.xml", limit: 1 << 20))
        #expect(String(decoding: sheet, as: UTF8.self).contains("Weir Lane"))
        #expect(try zip.data("no/such/part.xml", limit: 1 << 20) == nil)
        #expect(throws: ZIPDirectory.Failure.tooLarge("xl/worksheets/sheet1.xml")) {
            try zip.data("xl/worksheets/sheet1.xml", limit: 10)
        }
    }

    @Test("every copy cut short, and every copy with one byte changed, reads or fails: never a trap or a hang")
    func damaged() throws {
        let bytes = try Self.book()
        var failures = 0
        for length in stride(from: 0, to: bytes.count, by: 7) {
            if (try? WorkbookReader.sheets(Array(bytes[..<length]))) == nil { failures += 1 }
        }
        for position in stride(from: 0, to: bytes.count, by: 5) {
            var copy = bytes
            copy[position] ^= 0x5A
            _ = try? WorkbookReader.sheets(copy)
        }
        // Every copy cut short loses the directory at the end: all fail.
        #expect(failures == (bytes.count + 6) / 7)
        #expect(throws: ZIPDirectory.Failure.notAZIP("not a ZIP archive")) { try ZIPDirectory([]) }
    }
}
