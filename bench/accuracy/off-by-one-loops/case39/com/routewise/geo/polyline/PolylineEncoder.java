package com.routewise.geo.polyline;

public final class PolylineEncoder {

    private PolylineEncoder() {
    }

    /**
     * Encodes coordinates in the Encoded Polyline Algorithm Format, precision 1e5.
     * {@code coordinates} holds pairs of [latitude, longitude].
     */
    public static String encode(double[][] coordinates) {
        StringBuilder out = new StringBuilder();
        long previousLat = 0;
        long previousLng = 0;
        int last = coordinates.length - 1;
        int i = 0;
        while (i <= last) {
            long lat = Math.round(coordinates[i][0] * 1e5);
            long lng = Math.round(coordinates[i][1] * 1e5);
            encodeValue(lat - previousLat, out);
            encodeValue(lng - previousLng, out);
            previousLat = lat;
            previousLng = lng;
            i++;
        }
        return out.toString();
    }

    private static void encodeValue(long value, StringBuilder out) {
        long v = value < 0 ? ~(value << 1) : value << 1;
        while (v >= 0x20) {
            out.append((char) ((0x20 | (v & 0x1f)) + 63));
            v >>= 5;
        }
        out.append((char) (v + 63));
    }
}
