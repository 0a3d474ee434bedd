import RealModule

/// The trigonometric functions the place analysis needs, from swift-numerics (libm), so the
/// model module needs no Foundation.
enum Trig {
    static func sin(_ x: Double) -> Double { Double.sin(x) }
    static func cos(_ x: Double) -> Double { Double.cos(x) }
    static func asin(_ x: Double) -> Double { Double.asin(x) }
}
