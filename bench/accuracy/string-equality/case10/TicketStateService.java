package streq.case10;

import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class TicketStateService {

    private TicketState state = TicketState.OPEN;

    public boolean isOpen() {
        return state == TicketState.OPEN;
    }

    public boolean requestReopens(Map<String, String> form) {
        int state = Integer.parseInt(form.getOrDefault("state", "0"));
        return state == 1 && this.state == TicketState.CLOSED;
    }

    public void close() {
        state = TicketState.CLOSED;
    }
}
