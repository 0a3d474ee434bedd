import Foundation
import SchoolNetIO

/// Writing outputs: a folder made when missing, and every failure told in the tool's words (the
/// path and what is wrong), never as a raw system error, with exit status 73.
enum OutputFiles {
    /// Runs `body`, which writes under `path`; on failure prints why and exits with 73.
    static func writing(_ path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as AtomicFile.WriteError {
            Console.error("error: \(error)")
            throw ExitStatus.cannotWrite
        } catch {
            Console.error("error: \(path): cannot write: \(reason(error))")
            throw ExitStatus.cannotWrite
        }
    }

    /// Makes the folder `path` (and its parents) unless it exists; a file in its place is an error.
    static func makeFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                Console.error("error: \(path): is a file; give a folder to write into (it is made when missing)")
                throw ExitStatus.cannotWrite
            }
            return
        }
        var ancestor = URL(fileURLWithPath: path).deletingLastPathComponent()
        while ancestor.path != "/" && !FileManager.default.fileExists(atPath: ancestor.path) {
            ancestor = ancestor.deletingLastPathComponent()
        }
        if FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            Console.error("error: \(path): cannot make the folder: \(ancestor.path) is a file")
            throw ExitStatus.cannotWrite
        }
        try writing(path) { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    }

    /// What went wrong, in a few words.
    static func reason(_ error: Error) -> String {
        guard let error = error as? CocoaError else { return "the system refused" }
        switch error.code {
        case .fileWriteFileExists: return "a file is in the way"
        case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "the disk is full"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        case .fileNoSuchFile, .fileReadNoSuchFile: return "a folder on the way does not exist"
        default: return "the system refused"
        }
    }
}
