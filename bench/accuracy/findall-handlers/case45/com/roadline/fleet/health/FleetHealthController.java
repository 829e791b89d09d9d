package com.roadline.fleet.health;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class FleetHealthController {

    private final TruckRepository truckRepository;

    public FleetHealthController(TruckRepository truckRepository) {
        this.truckRepository = truckRepository;
    }

    @GetMapping("/fleet/health")
    public Map<String, Object> health() {
        LocalDate today = LocalDate.now();
        long overdue = truckRepository.findAll().stream()
                .filter(t -> t.getNextInspection() != null && t.getNextInspection().isBefore(today))
                .count();
        return Map.of("date", today, "overdueInspections", overdue);
    }
}
