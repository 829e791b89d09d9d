// A Spring controller that checks the caller's role by comparing a getter result to a String literal with == and !=.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/reports")
public class AdminReportController {

    private final ReportUserDirectory directory;

    public AdminReportController(ReportUserDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/{id}")
    public ResponseEntity<String> report(@PathVariable long id, @RequestHeader("X-User") String login) {
        ReportUser user = directory.find(login);
        if (user == null) {
            return ResponseEntity.status(401).build();
        }
        if (user.getRole() == "ADMIN") { // expect: string-reference-equality "`user.getRole()`"
            return ResponseEntity.ok("full report " + id);
        }
        if (user.getRole() != "AUDITOR") { // expect: string-reference-equality "`user.getRole()`"
            return ResponseEntity.status(403).build();
        }
        return ResponseEntity.ok("summary report " + id);
    }
}

class ReportUser {

    private final String login;
    private final String role;

    ReportUser(String login, String role) {
        this.login = login;
        this.role = role;
    }

    public String getLogin() {
        return login;
    }

    public String getRole() {
        return role;
    }
}

class ReportUserDirectory {

    private final Map<String, ReportUser> users = new ConcurrentHashMap<>();

    ReportUser find(String login) {
        return users.get(login);
    }

    void register(ReportUser user) {
        users.put(user.getLogin(), user);
    }
}
