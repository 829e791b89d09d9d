package com.trailhead.fleet.routing;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class RouteDistanceService {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    /**
     * Length of a recorded track in kilometres, following the points in the order they were recorded.
     */
    public double totalKilometres(List<GeoPoint> recorded) {
        if (recorded == null || recorded.size() < 2) {
            return 0.0;
        }
        List<GeoPoint> track = recorded.stream()
                .sorted(Comparator.comparing(GeoPoint::recordedAt))
                .toList();
        double total = 0.0;
        for (int i = 0; i < track.size() - 1; i++) {
            total += haversine(track.get(i), track.get(i + 1));
        }
        return total;
    }

    static double haversine(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude()))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }
}
