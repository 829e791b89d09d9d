// A login controller that compares Strings correctly with equals, Objects.equals, equalsIgnoreCase and compareTo.
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

record LoginRequest(String username, String password, String role) {
}

@RestController
public class LoginController {

    private final String adminUser = "admin";
    private final String adminHash = "5f4dcc3b5aa765d61d8327deb882cf99";

    @PostMapping("/login")
    public ResponseEntity<String> login(@RequestBody LoginRequest request) {
        if (!adminUser.equals(request.username())) {
            return ResponseEntity.status(401).build();
        }
        if (!Objects.equals(adminHash, request.password())) {
            return ResponseEntity.status(401).build();
        }
        if ("ADMIN".equalsIgnoreCase(request.role())) {
            return ResponseEntity.ok("welcome admin");
        }
        if (request.username().compareTo(adminUser) == 0) {
            return ResponseEntity.ok("welcome");
        }
        return ResponseEntity.ok("hello " + request.username());
    }
}
