import Foundation
import Testing

@testable import SchoolNetIO

@Suite struct SpaceTrimmingTests {
    @Test(
        "trimmingSpaces gives what Foundation's trimmingCharacters(in: .whitespaces) gives",
        arguments: [
            "", " ", "plain", "  both  ", "\tTab\t", "\u{00A0}no-break\u{00A0}", "\u{3000}ideographic\u{3000}",
            "\nline breaks stay\n", " inner  spaces kept ", "Zoë ", " 汉字🏫 ", "\u{2003}em\u{2009}thin\u{2003}", "\r\n",
        ])
    func matchesFoundation(text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    }
}
