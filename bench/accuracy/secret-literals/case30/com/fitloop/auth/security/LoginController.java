package com.fitloop.auth.security;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
public class LoginController {

    private final JwtTokenProvider tokenProvider;
    private final MemberAuthenticator authenticator;

    public LoginController(JwtTokenProvider tokenProvider, MemberAuthenticator authenticator) {
        this.tokenProvider = tokenProvider;
        this.authenticator = authenticator;
    }

    @PostMapping("/login")
    public ResponseEntity<Map<String, String>> login(@RequestBody Map<String, String> body) {
        var memberId = authenticator.authenticate(body.get("email"), body.get("password"));
        if (memberId.isEmpty()) {
            return ResponseEntity.status(401).build();
        }
        String token = tokenProvider.issue(memberId.get(), List.of("MEMBER"));
        return ResponseEntity.ok(Map.of("accessToken", token, "tokenType", "Bearer"));
    }
}
