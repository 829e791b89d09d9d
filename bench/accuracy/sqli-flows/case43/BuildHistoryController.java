package eval5.case43;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BuildHistoryController {

    private static final Logger log = LoggerFactory.getLogger(BuildHistoryController.class);

    private final BuildHistoryDao buildHistoryDao;

    public BuildHistoryController(BuildHistoryDao buildHistoryDao) {
        this.buildHistoryDao = buildHistoryDao;
    }

    @GetMapping("/api/ci/pipelines/{pipeline}/builds")
    public ResponseEntity<List<Map<String, Object>>> builds(
            @PathVariable String pipeline,
            @RequestParam Map<String, String> filters) {
        Object minDuration = filters.get("minDuration");
        Object fromBuild = filters.get("from");
        int seconds;
        int number;
        try {
            seconds = minDuration == null ? 0 : Integer.parseInt(String.valueOf(minDuration).trim());
            number = fromBuild == null ? 0 : Integer.parseInt((String) fromBuild);
        } catch (NumberFormatException e) {
            log.debug("bad build filter {}", filters);
            return ResponseEntity.badRequest().build();
        }
        String where = Clauses.where(Clauses.atLeast("b.duration_seconds", seconds), Clauses.atLeast("b.number", number));
        return ResponseEntity.ok(buildHistoryDao.builds(where, pipeline));
    }
}
