package opt.case32;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class DispatchPlanner {

    private final Map<String, String> zoneCouriers;

    public DispatchPlanner(Map<String, String> zoneCouriers) {
        this.zoneCouriers = zoneCouriers;
    }

    public String courierForZone(String zone) {
        return Optional.ofNullable(zoneCouriers.get(zone))
                .map(String::trim)
                .orElse("unassigned");
    }

    public Delivery nextUrgent(List<Delivery> queue) {
        return queue.stream()
                .filter(d -> d.priority() > 5)
                .findFirst()
                .orElse(null);
    }

    public LocalDateTime latestEta(List<Delivery> route) {
        return route.stream()
                .map(Delivery::eta)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }
}
