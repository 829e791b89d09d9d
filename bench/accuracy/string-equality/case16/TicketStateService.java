package streq.case16;

import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class TicketStateService {

    private TicketState state = TicketState.OPEN;

    public boolean isOpen() {
        return state == TicketState.OPEN;
    }

    public boolean requestReopens(Map<String, String> form) {
        String state = form.getOrDefault("state", "");
        return state == "OPEN" && this.state == TicketState.CLOSED;
    }

    public void close() {
        state = TicketState.CLOSED;
    }
}
