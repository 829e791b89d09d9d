// Checks a username and password against the account store; empty when they do not match.
package ignoredfutures.case14;

import java.util.Set;

import reactor.core.publisher.Mono;

public interface CredentialVerifier {

    Mono<Account> verify(String username, String password);

    record Account(String id, String displayName, Set<String> roles) {
    }
}
