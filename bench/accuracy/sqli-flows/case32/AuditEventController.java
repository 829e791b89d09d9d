package eval5.case32;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/security/audit")
public class AuditEventController {

    private static final Logger log = LoggerFactory.getLogger(AuditEventController.class);

    private final AuditEventDao auditEventDao;

    public AuditEventController(AuditEventDao auditEventDao) {
        this.auditEventDao = auditEventDao;
    }

    @GetMapping("/events")
    public List<AuditEventDao.AuditEvent> events(
            @RequestParam String actor,
            @RequestParam(defaultValue = "false") boolean archived) {
        String table = archived ? AuditTables.ARCHIVE : AuditTables.LIVE;
        log.info("audit events of {} from {}", actor, table);
        return auditEventDao.findEvents(table, actor);
    }
}
