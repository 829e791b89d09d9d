package com.routewise.geo.polyline;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RouteController {

    public record RouteRequest(double[][] coordinates) {
    }

    @PostMapping("/api/routes/polyline")
    public Map<String, Object> polyline(@RequestBody RouteRequest request) {
        double[][] coordinates = request.coordinates() == null ? new double[0][] : request.coordinates();
        return Map.of("points", coordinates.length, "polyline", PolylineEncoder.encode(coordinates));
    }
}
