// Reactive login: credentials are verified, a login event is recorded for the security
// timeline, and the session view is emitted to the WebFlux handler.
package ignoredfutures.case14;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

@Service
public class LoginAuditService {

    private final CredentialVerifier verifier;
    private final LoginEventRepository loginEvents;

    public LoginAuditService(CredentialVerifier verifier, LoginEventRepository loginEvents) {
        this.verifier = verifier;
        this.loginEvents = loginEvents;
    }

    public Mono<SessionView> login(String username, String password, String remoteAddress) {
        return verifier.verify(username, password)
                .map(account -> {
                    var event = new LoginEventRepository.LoginEvent(UUID.randomUUID().toString(),
                            account.id(), remoteAddress, Instant.now());
                    loginEvents.save(event); // dropped
                    return new SessionView(account.id(), account.displayName(), account.roles());
                })
                .switchIfEmpty(Mono.error(new BadCredentials(username)));
    }

    public record SessionView(String accountId, String displayName, java.util.Set<String> roles) {
    }

    public static class BadCredentials extends RuntimeException {
        public BadCredentials(String username) {
            super("bad credentials for " + username);
        }
    }
}
