package com.campuscard.web.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LogoutController {

    private final ActiveSessionRegistry sessionRegistry;

    public LogoutController(ActiveSessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    @PostMapping("/auth/logout")
    public ResponseEntity<Void> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            sessionRegistry.remove(session.getId());
            try {
                session.invalidate();
            } catch (IllegalStateException ex) {
                // ignored: the session was already invalidated by a concurrent request
            }
        }
        return ResponseEntity.noContent().build();
    }
}
