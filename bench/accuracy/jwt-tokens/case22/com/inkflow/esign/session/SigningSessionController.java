package com.inkflow.esign.session;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/signing-sessions")
public class SigningSessionController {

    private final JWTVerifier invitationVerifier;
    private final EnvelopeService envelopes;

    public SigningSessionController(InvitationTokens invitationTokens, EnvelopeService envelopes) {
        this.invitationVerifier = invitationTokens.verifier();
        this.envelopes = envelopes;
    }

    @PostMapping
    public ResponseEntity<SessionView> open(@RequestBody OpenSessionRequest request) {
        String token = request.invitationToken();
        try {
            invitationVerifier.verify(token);
        } catch (TokenExpiredException ex) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        } catch (JWTVerificationException ex) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }

        DecodedJWT invitation = JWT.decode(token);
        String envelopeId = invitation.getClaim("env").asString();
        String signerEmail = invitation.getSubject();
        var session = envelopes.openSession(envelopeId, signerEmail, request.userAgent());
        return ResponseEntity.status(HttpStatus.CREATED).body(session);
    }

    public record OpenSessionRequest(String invitationToken, String userAgent) {
    }

    public record SessionView(String sessionId, String envelopeId, int pageCount) {
    }

    public interface EnvelopeService {
        SessionView openSession(String envelopeId, String signerEmail, String userAgent);
    }
}
