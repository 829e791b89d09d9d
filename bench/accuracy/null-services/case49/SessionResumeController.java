package nulls.case49;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SessionResumeController {

    private static final String REMEMBER_ME = "remember_me";

    public record SessionView(String userId, String displayName) {
    }

    public interface RememberMeService {
        Optional<SessionView> resume(String token);
    }

    private final RememberMeService rememberMeService;

    public SessionResumeController(RememberMeService rememberMeService) {
        this.rememberMeService = rememberMeService;
    }

    @PostMapping("/api/session/resume")
    public ResponseEntity<SessionView> resume(HttpServletRequest request) {
        for (Cookie cookie : request.getCookies()) { // deref
            if (REMEMBER_ME.equals(cookie.getName())) {
                return rememberMeService.resume(cookie.getValue())
                        .map(ResponseEntity::ok)
                        .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
            }
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
}
