import Foundation

/// Reads an input file whole, after checking that it is one: a regular file (a FIFO or a device
/// would be read forever or not at all), readable, and no larger than ``maximumBytes``, so that
/// memory never grows past a known bound before the tool says why it stopped.
public enum InputFile {
    /// The largest input file read: 512 MiB (the national GIAS establishments file is about
    /// 60 MB).
    public static let maximumBytes = 512 * 1024 * 1024

    /// Why a file was not read, in the tool's words.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case missing
        case folder
        case notAFile(String)
        case tooLarge(Int)
        case unreadable

        public var description: String {
            switch self {
            case .missing: "does not exist"
            case .folder: "is a folder, not a file"
            case .notAFile(let kind): "is a \(kind), not a regular file; not read"
            case .tooLarge(let bytes):
                "is \(bytes / (1024 * 1024)) MiB; the largest file read is \(maximumBytes / (1024 * 1024)) MiB"
            case .unreadable: "cannot be read (check its permissions)"
            }
        }
    }

    public static func read(_ path: String) -> Result<[UInt8], Problem> {
        if case .failure(let problem) = check(path) { return .failure(problem) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable) }
        defer { try? handle.close() }
        guard let data = try? handle.readToEnd() else { return .success([]) }
        return .success([UInt8](data))
    }

    /// Whether the file may be read: it exists, is a regular file and is not too large.
    public static func check(_ path: String) -> Result<Void, Problem> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failure(FileManager.default.fileExists(atPath: path) ? .unreadable : .missing)
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeDirectory?: return .failure(.folder)
        case .typeCharacterSpecial?, .typeBlockSpecial?: return .failure(.notAFile("device"))
        case .typeSocket?: return .failure(.notAFile("socket"))
        case .typeSymbolicLink?: break
        default: return .failure(.notAFile("FIFO (named pipe)"))
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maximumBytes {
            return .failure(.tooLarge(size))
        }
        guard FileManager.default.isReadableFile(atPath: path) else { return .failure(.unreadable) }
        return .success(())
    }
}
