package com.greenfleet.charging;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class StationSessionsController {

    private final EntityManager em;

    public StationSessionsController(EntityManager em) {
        this.em = em;
    }

    public record SessionView(Long sessionId, Long vehicleId, double energyKwh) {
    }

    @GetMapping("/api/stations/{stationId}/sessions")
    public List<SessionView> sessions(@PathVariable long stationId,
                                      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
        List<ChargingSession> recent = em.createQuery(
                        "select s from ChargingSession s where s.startedAt >= :since", ChargingSession.class)
                .setParameter("since", since)
                .setMaxResults(500)
                .getResultList();
        return recent.stream()
                .filter(s -> s.getStationId() == stationId)
                .map(s -> new SessionView(s.getId(), s.getVehicleId(),
                        s.getEnergyKwh() == null ? 0.0 : s.getEnergyKwh()))
                .toList();
    }
}
