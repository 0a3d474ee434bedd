/// The files a diagram can be written as. `dot` is the graph description itself, written by
/// this package without calling Graphviz; the others are rendered by the Graphviz library.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot

    /// The format a file name's extension asks for, if any.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else {
            return nil
        }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }

    /// Whether the bytes look like this format (its signature), for smoke checks.
    public func hasSignature(_ bytes: [UInt8]) -> Bool {
        switch self {
        case .png: bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .pdf: bytes.starts(with: Array("%PDF-".utf8))
        case .svg: String(decoding: bytes.prefix(1024), as: UTF8.self).contains("<svg")
        case .dot: String(decoding: bytes.prefix(64), as: UTF8.self).contains("graph")
        }
    }
}
