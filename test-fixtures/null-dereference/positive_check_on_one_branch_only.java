// A null check made on one branch only, or in an if whose body does not leave, then a dereference after the branches join.
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportDownloadController {

    private static final Logger log = LoggerFactory.getLogger(ReportDownloadController.class);

    private final Map<String, String> reportPaths;

    ReportDownloadController(Map<String, String> reportPaths) {
        this.reportPaths = reportPaths;
    }

    @GetMapping("/reports/download")
    String download(HttpServletRequest request, boolean internal) {
        String reportId = request.getParameter("reportId");
        if (internal) {
            if (reportId == null) {
                throw new IllegalArgumentException("reportId is required");
            }
        } else {
            log.debug("external download requested");
        }
        String key = reportId.trim();  // expect: null-dereference "getParameter("
        String path = reportPaths.get(key);
        if (path != null) {
            log.info("serving {}", path);
        }
        return path.replace('\\', '/');  // expect: null-dereference "reportPaths.get("
    }

    @GetMapping("/reports/owner")
    String owner(HttpServletRequest request) {
        String owner = request.getHeader("X-Report-Owner");
        if (owner == null) {
            log.warn("request without X-Report-Owner from {}", request.getRemoteAddr());
        }
        return owner.toLowerCase();  // expect: null-dereference "getHeader("
    }
}
