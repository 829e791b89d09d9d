// Final fields holding mutable objects (HashMap, ArrayList, SimpleDateFormat) mutated on request paths: final stops reassignment, not concurrent mutation of the one shared object.
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Service
class SessionActivityService {

    private final Map<String, Instant> lastSeen = new HashMap<>();  // expect: singleton-mutable-state "`lastSeen`"
    private final List<String> loginAudit = new ArrayList<>();  // expect: singleton-mutable-state "`loginAudit`"

    void touch(String sessionId) {
        lastSeen.put(sessionId, Instant.now());
    }

    void login(String user) {
        loginAudit.add(user + " at " + Instant.now());
    }

    void logout(String sessionId) {
        lastSeen.remove(sessionId);
    }
}

@RestController
class StatementController {

    private final SimpleDateFormat isoDay = new SimpleDateFormat("yyyy-MM-dd");  // expect: singleton-mutable-state "`isoDay`"

    @GetMapping("/statements")
    String statement(@RequestParam String from) throws ParseException {
        Date start = isoDay.parse(from);
        return "Statement since " + isoDay.format(start);
    }
}
