package eval5.case06;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/sessions")
public class SessionAdminController {

    private final SessionCleanupService cleanupService;

    public SessionAdminController(SessionCleanupService cleanupService) {
        this.cleanupService = cleanupService;
    }

    @PostMapping("/purge")
    public ResponseEntity<Map<String, Integer>> purge(String before) {
        if (before == null || before.isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        int removed = cleanupService.purgeIdleBefore(before);
        return ResponseEntity.ok(Map.of("removed", removed));
    }
}
