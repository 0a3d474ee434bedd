import Foundation
import SchoolNetModel

/// Ordnance Survey National Grid easting and northing (OSGB36, EPSG:27700, the `Easting` and
/// `Northing` of GIAS) to WGS84 latitude and longitude.
///
/// Inverse transverse Mercator on the Airy 1830 ellipsoid (Ordnance Survey, "A guide to
/// coordinate systems in Great Britain", annex C), then the published seven-parameter Helmert
/// transformation to WGS84. Accurate to a few metres, which is the Helmert step's limit (the
/// OSTN15 grid would give centimetres); ample for placing schools on a map. O(1).
public enum BritishNationalGrid {
    public static func wgs84(easting: Double, northing: Double) -> Coordinate {
        let (phi, lambda) = osgb36(easting: easting, northing: northing)
        let (x, y, z) = cartesian(latitude: phi, longitude: lambda, a: airyA, b: airyB)
        // OSGB36 → WGS84 (the inverse of the published WGS84 → OSGB36 parameters).
        let s = -20.4894e-6
        let arcSecond = Double.pi / 180 / 3600
        let rx = 0.1502 * arcSecond
        let ry = 0.2470 * arcSecond
        let rz = 0.8421 * arcSecond
        let x2 = 446.448 + (1 + s) * x - rz * y + ry * z
        let y2 = -125.157 + rz * x + (1 + s) * y - rx * z
        let z2 = 542.060 - ry * x + rx * y + (1 + s) * z
        let (lat, lon) = geodetic(x: x2, y: y2, z: z2, a: 6_378_137.0, b: 6_356_752.314245)
        return Coordinate(latitude: lat * 180 / .pi, longitude: lon * 180 / .pi)
    }

    static let airyA = 6_377_563.396, airyB = 6_356_256.909

    /// OSGB36 latitude and longitude in radians.
    static func osgb36(easting e: Double, northing n: Double) -> (Double, Double) {
        let a = airyA
        let b = airyB
        let f0 = 0.9996012717
        let phi0 = 49.0 * .pi / 180
        let lambda0 = -2.0 * .pi / 180
        let n0 = -100_000.0
        let e0 = 400_000.0
        let e2 = 1 - (b * b) / (a * a)
        let nn = (a - b) / (a + b)
        func meridional(_ phi: Double) -> Double {
            let d = phi - phi0
            let s = phi + phi0
            return b * f0
                * ((1 + nn + 1.25 * nn * nn + 1.25 * nn * nn * nn) * d
                    - (3 * nn + 3 * nn * nn + 21.0 / 8 * nn * nn * nn) * sin(d) * cos(s)
                    + (15.0 / 8 * nn * nn + 15.0 / 8 * nn * nn * nn) * sin(2 * d) * cos(2 * s)
                    - 35.0 / 24 * nn * nn * nn * sin(3 * d) * cos(3 * s))
        }
        var phi = (n - n0) / (a * f0) + phi0
        var m = meridional(phi)
        var steps = 0
        while abs(n - n0 - m) >= 0.00001 && steps < 100 {
            phi += (n - n0 - m) / (a * f0)
            m = meridional(phi)
            steps += 1
        }
        let sinPhi = sin(phi)
        let t = tan(phi)
        let sec = 1 / cos(phi)
        let nu = a * f0 / (1 - e2 * sinPhi * sinPhi).squareRoot()
        let rho = a * f0 * (1 - e2) / pow(1 - e2 * sinPhi * sinPhi, 1.5)
        let eta2 = nu / rho - 1
        let vii = t / (2 * rho * nu)
        let viii = t / (24 * rho * pow(nu, 3)) * (5 + 3 * t * t + eta2 - 9 * t * t * eta2)
        let ix = t / (720 * rho * pow(nu, 5)) * (61 + 90 * t * t + 45 * pow(t, 4))
        let x = sec / nu
        let xi = sec / (6 * pow(nu, 3)) * (nu / rho + 2 * t * t)
        let xii = sec / (120 * pow(nu, 5)) * (5 + 28 * t * t + 24 * pow(t, 4))
        let xiia = sec / (5040 * pow(nu, 7)) * (61 + 662 * t * t + 1320 * pow(t, 4) + 720 * pow(t, 6))
        let de = e - e0
        let latitude = phi - vii * pow(de, 2) + viii * pow(de, 4) - ix * pow(de, 6)
        let longitude = lambda0 + x * de - xi * pow(de, 3) + xii * pow(de, 5) - xiia * pow(de, 7)
        return (latitude, longitude)
    }

    static func cartesian(latitude phi: Double, longitude lambda: Double, a: Double, b: Double) -> (
        Double, Double, Double
    ) {
        let e2 = 1 - (b * b) / (a * a)
        let nu = a / (1 - e2 * sin(phi) * sin(phi)).squareRoot()
        return (nu * cos(phi) * cos(lambda), nu * cos(phi) * sin(lambda), (1 - e2) * nu * sin(phi))
    }

    static func geodetic(x: Double, y: Double, z: Double, a: Double, b: Double) -> (Double, Double) {
        let e2 = 1 - (b * b) / (a * a)
        let p = (x * x + y * y).squareRoot()
        var phi = atan2(z, p * (1 - e2))
        for _ in 0..<10 {
            let nu = a / (1 - e2 * sin(phi) * sin(phi)).squareRoot()
            phi = atan2(z + e2 * nu * sin(phi), p)
        }
        return (phi, atan2(y, x))
    }
}
