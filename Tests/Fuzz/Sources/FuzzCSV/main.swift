import FuzzDriver
import SchoolNetIO

/// Any bytes, decoded as a file would be, through the separator detection and the CSV reader.
/// It must never crash or hang.
@_cdecl("FuzzCSV_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { bytes in
        let (text, _) = TextDecoding.decode(bytes)
        _ = CSVReader.parse(text, separator: CSVReader.separator(of: text))
    }
}
