import ArgumentParser

/// A command-line value that must be one of an enumeration's raw values (case-insensitive);
/// the help lists the choices.
struct ChoiceArgument<Value: RawRepresentable & CaseIterable & Sendable>: ExpressibleByArgument
where Value.RawValue == String {
    let value: Value

    init(_ value: Value) { self.value = value }

    init?(argument: String) {
        guard let value = Value(rawValue: argument.lowercased()) else { return nil }
        self.value = value
    }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }
    var defaultValueDescription: String { value.rawValue }
}
