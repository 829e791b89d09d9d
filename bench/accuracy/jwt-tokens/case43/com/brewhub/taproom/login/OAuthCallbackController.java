package com.brewhub.taproom.login;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class OAuthCallbackController {

    private final LoginStateCodec stateCodec;
    private final SocialLoginService socialLogin;

    public OAuthCallbackController(LoginStateCodec stateCodec, SocialLoginService socialLogin) {
        this.stateCodec = stateCodec;
        this.socialLogin = socialLogin;
    }

    @GetMapping("/login/oauth2/callback")
    public ResponseEntity<Void> callback(@RequestParam String code, @RequestParam String state) {
        String returnTo = stateCodec.returnPath(state);
        String sessionCookie = socialLogin.completeLogin(code);
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(returnTo))
                .header("Set-Cookie", sessionCookie)
                .build();
    }

    public interface SocialLoginService {
        String completeLogin(String authorizationCode);
    }
}
