/// The columns of a row that the landscape format does not define, kept in file order so that
/// a user's own columns (`rural`, `diocese`, …) survive a round trip.
///
/// Names keep their spelling from the header; lookups are case-insensitive, as column names are.
public struct CustomAttributes: Hashable, Sendable {
    public private(set) var entries: [(name: String, value: String)] = []

    public init(_ entries: [(name: String, value: String)] = []) {
        for entry in entries { self[entry.name] = entry.value }
    }

    public subscript(name: String) -> String? {
        get { entries.first { $0.name.lowercased() == name.lowercased() }?.value }
        set {
            let index = entries.firstIndex { $0.name.lowercased() == name.lowercased() }
            switch (index, newValue) {
            case (let i?, let v?): entries[i].value = v
            case (let i?, nil): entries.remove(at: i)
            case (nil, let v?): entries.append((name, v))
            case (nil, nil): break
            }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }

    public static func == (a: CustomAttributes, b: CustomAttributes) -> Bool {
        a.entries.elementsEqual(b.entries) { $0.name == $1.name && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        for entry in entries {
            hasher.combine(entry.name)
            hasher.combine(entry.value)
        }
    }
}
