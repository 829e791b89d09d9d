// A travel itinerary renderer that joins stops with arrows under `i < stops.size() - 1` and appends `stops.getLast()` after the loop.
import java.util.LinkedList;
import org.springframework.stereotype.Component;

@Component
class ItineraryRenderer {

    public String render(LinkedList<String> stops) {
        if (stops.isEmpty()) {
            return "(no stops)";
        }
        StringBuilder route = new StringBuilder();
        for (int i = 0; i < stops.size() - 1; i++) {
            route.append(stops.get(i)).append(" -> ");
        }
        route.append(stops.getLast());
        return route.toString();
    }
}
