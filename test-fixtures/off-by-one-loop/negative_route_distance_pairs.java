// A route planner that sums haversine distances between consecutive stops, reading `points.get(i + 1)` under `i < points.size() - 1`.
import java.util.List;
import org.springframework.stereotype.Service;

record GeoPoint(double lat, double lon) {
}

@Service
class RouteDistanceCalculator {

    private static final double EARTH_RADIUS_KM = 6371.0;

    public double totalKm(List<GeoPoint> points) {
        double total = 0;
        for (int i = 0; i < points.size() - 1; i++) {
            total += haversine(points.get(i), points.get(i + 1));
        }
        return total;
    }

    static double haversine(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat()))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
