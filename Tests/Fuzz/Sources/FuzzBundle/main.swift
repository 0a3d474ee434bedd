import FuzzDriver
import SchoolNetIO

/// Any bytes as the four files of a bundle (split at form feeds: schools, structures,
/// memberships, links), through every check of the bundle reader, strict and lenient.
@_cdecl("FuzzBundle_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes in
        let parts = bytes.split(separator: 0x0C, maxSplits: 3, omittingEmptySubsequences: false)
        var tables: [String: [CSVRecord]] = [:]
        for (name, part) in zip(["schools", "structures", "memberships", "links"], parts) {
            let (text, _) = TextDecoding.decode(Array(part))
            tables[name] = CSVReader.parse(text, separator: CSVReader.separator(of: text)).records
        }
        _ = LandscapeBundleReader(mode: .strict).read(tables: tables, origin: "fuzz")
        _ = LandscapeBundleReader(mode: .lenient).read(tables: tables, origin: "fuzz", serialDates: true)
    }
}
