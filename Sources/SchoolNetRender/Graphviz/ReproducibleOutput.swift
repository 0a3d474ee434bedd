/// Makes rendered files depend on the diagram only, so that the same input gives the same bytes.
enum ReproducibleOutput {
    /// Cairo (1.16, Debian 12) stamps PDFs with the time of rendering and ignores
    /// `SOURCE_DATE_EPOCH`. The `/CreationDate` and `/ModDate` entries of the document
    /// information dictionary are optional, so each is overwritten with spaces of the same
    /// length: the cross-reference offsets stay valid and the file stays a correct PDF.
    static func pdf(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for key in ["/CreationDate", "/ModDate"] {
            let pattern = Array(key.utf8)
            var start = 0
            while let found = firstIndex(of: pattern, in: out, from: start) {
                guard let open = out[found...].prefix(pattern.count + 4).firstIndex(of: UInt8(ascii: "(")),
                    let close = out[open...].prefix(64).firstIndex(of: UInt8(ascii: ")"))
                else { break }
                for i in found...close { out[i] = UInt8(ascii: " ") }
                start = close + 1
            }
        }
        return out
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        for i in start...(bytes.count - pattern.count) where bytes[i] == pattern[0] {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
        }
        return nil
    }
}
