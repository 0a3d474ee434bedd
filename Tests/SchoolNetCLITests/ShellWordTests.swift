import Foundation
import Testing

@testable import SchoolNetCLI

@Suite struct ShellWordTests {
    @Test("commands quote a word only when the shell needs it")
    func quoting() {
        #expect(ShellWord.quoted("Examples/demo-landscape") == "Examples/demo-landscape")
        #expect(ShellWord.quoted("Bradford") == "Bradford")
        #expect(ShellWord.quoted("Kingston upon Hull") == "'Kingston upon Hull'")
        #expect(ShellWord.quoted("St Mary's") == #"'St Mary'\''s'"#)
    }

    @Test("an apostrophe or quote followed by a combining mark is still quoted: the shell gives back the word")
    func combiningMarks() throws {
        for word in ["a'\u{0301}b", "x\"\u{05AF}y", "St Mary'\u{0308}s $(touch nope)"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "printf %s " + ShellWord.quoted(word)]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(String(decoding: data, as: UTF8.self) == word, "\(word)")
        }
    }
}
