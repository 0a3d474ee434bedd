import Foundation
import ZIPFoundation

/// The entries of a ZIP archive held in memory, found through its central directory, and each
/// entry's bytes unpacked with ZIPFoundation's inflate.
///
/// Reading the directory here, rather than through ZIPFoundation's `Archive`, bounds every read
/// by the archive's own sizes: with ZIPFoundation 0.9.20 an entry whose compressed data ends
/// early made `Archive.extract` read past the end for ever (found by fuzzing), and a damaged
/// directory trapped its in-memory archive. Only what a workbook needs is supported: stored and
/// deflated entries, no ZIP64 (a workbook over 4 GiB is beyond the input limit anyway), no
/// encryption.
///
/// - Complexity: O(entries) to read the directory; O(entry size) to unpack an entry.
struct ZIPDirectory {
    struct Entry {
        var name: String
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var crc32: UInt32
        var localHeaderOffset: Int
    }

    enum Failure: Error, CustomStringConvertible, Equatable {
        case notAZIP(String)
        case damagedEntry(String, String)
        case tooLarge(String)

        var description: String {
            switch self {
            case .notAZIP(let why): why
            case .damagedEntry(_, let why): "it is damaged (\(why))"
            case .tooLarge(let name): name
            }
        }
    }

    let bytes: [UInt8]
    private(set) var entries: [String: Entry] = [:]

    /// Reads the directory of `bytes`; throws where it is not a ZIP archive or is damaged.
    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        // The end-of-directory record: 22 bytes and a comment of up to 65,535, at the end.
        let lowest = max(0, bytes.count - 22 - 65_535)
        guard bytes.count >= 22,
            let end = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: {
                u32($0) == 0x0605_4B50
            })
        else { throw Failure.notAZIP("not a ZIP archive") }
        let count = Int(u16(end + 10))
        let size = Int(u32(end + 12))
        var offset = Int(u32(end + 16))
        guard offset.addingReportingOverflow(size).partialValue <= end, offset + size <= bytes.count else {
            throw Failure.notAZIP("its directory lies outside the file")
        }
        for _ in 0..<count {
            guard offset + 46 <= bytes.count, u32(offset) == 0x0201_4B50 else {
                throw Failure.notAZIP("its directory is damaged")
            }
            let nameLength = Int(u16(offset + 28))
            let extraLength = Int(u16(offset + 30))
            let commentLength = Int(u16(offset + 32))
            let next = offset + 46 + nameLength + extraLength + commentLength
            guard next <= bytes.count else { throw Failure.notAZIP("its directory is damaged") }
            let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                name: name, method: u16(offset + 10), compressedSize: Int(u32(offset + 20)),
                uncompressedSize: Int(u32(offset + 24)), crc32: u32(offset + 16),
                localHeaderOffset: Int(u32(offset + 42)))
            if entries[name] == nil { entries[name] = entry }
            offset = next
        }
    }

    /// The unpacked bytes of entry `name`, nil when there is none; throws where the entry is
    /// damaged (sizes outside the file, an unknown method, data that end early, a wrong
    /// checksum) or would unpack beyond `limit` bytes.
    func data(_ name: String, limit: Int) throws -> Data? {
        guard let entry = entries[name] else { return nil }
        guard entry.uncompressedSize <= limit else { throw Failure.tooLarge(name) }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, u32(header) == 0x0403_4B50 else {
            throw Failure.damagedEntry(name, "no local header where the directory says")
        }
        let start = header + 30 + Int(u16(header + 26)) + Int(u16(header + 28))
        let (end, overflow) = start.addingReportingOverflow(entry.compressedSize)
        guard !overflow, end <= bytes.count else {
            throw Failure.damagedEntry(name, "its data run past the end of the file")
        }
        var output = Data()
        let checksum: UInt32
        switch entry.method {
        case 0:
            output = Data(bytes[start..<end])
            checksum = output.crc32(checksum: 0)
        case 8:
            do {
                checksum = try Data.decompress(
                    size: Int64(entry.compressedSize), bufferSize: 64 * 1024, skipCRC32: false,
                    provider: { position, size in
                        let from = start + Int(position)
                        // Asked for more than the entry holds: its compressed data end early.
                        guard from < end else { throw Failure.damagedEntry(name, "its compressed data end early") }
                        // Always `size` bytes, zeros past the entry's end: ZIPFoundation 0.9.20
                        // tells zlib a chunk holds `size` bytes whatever it holds, so a shorter
                        // one let damaged data be read past its end (found by fuzzing). Zeros
                        // are not a valid continuation of a deflate stream.
                        var chunk = Data(bytes[from..<min(end, from + size)])
                        if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                        return chunk
                    },
                    consumer: { chunk in
                        // Stopped as soon as it passes the size its directory gives (checked
                        // against the limit above): a bomb that declares little holds no more.
                        guard output.count + chunk.count <= entry.uncompressedSize else {
                            throw Failure.damagedEntry(
                                name, "it unpacks to more than the \(entry.uncompressedSize) bytes its directory says")
                        }
                        output.append(chunk)
                    })
            } catch let failure as Failure {
                throw failure
            } catch {
                throw Failure.damagedEntry(name, "its compressed data cannot be unpacked")
            }
        default:
            throw Failure.damagedEntry(name, "compression method \(entry.method) is not supported")
        }
        guard output.count == entry.uncompressedSize else {
            throw Failure.damagedEntry(
                name, "it unpacks to \(output.count) bytes where its directory says \(entry.uncompressedSize)")
        }
        guard checksum == entry.crc32 else { throw Failure.damagedEntry(name, "its checksum does not match") }
        return output
    }

    private func u16(_ at: Int) -> UInt16 { UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8 }

    private func u32(_ at: Int) -> UInt32 {
        UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
