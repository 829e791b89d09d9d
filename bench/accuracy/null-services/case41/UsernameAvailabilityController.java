package nulls.case41;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class UsernameAvailabilityController {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_.-]{3,32}");

    public record Availability(String username, boolean available) {
    }

    public interface AccountDirectory {
        boolean usernameTaken(String username);
    }

    private final AccountDirectory directory;

    public UsernameAvailabilityController(AccountDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/usernames/availability")
    public ResponseEntity<Availability> check(HttpServletRequest request) {
        String username = request.getParameter("username");
        if (username == null && username.isBlank()) { // deref
            return ResponseEntity.badRequest().build();
        }
        String candidate = username.strip().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(candidate).matches()) {
            return ResponseEntity.ok(new Availability(candidate, false));
        }
        return ResponseEntity.ok(new Availability(candidate, !directory.usernameTaken(candidate)));
    }
}
