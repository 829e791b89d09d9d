// Self-service sign-up: a username that is free gets a new account with an encoded password;
// a taken one is answered with a conflict, also when the insert itself hits the taken name.
package checkthenact.case07;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

@Service
public class AccountRegistrationService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    public AccountRegistrationService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    public UserAccount register(SignUpRequest request) {
        var username = request.username().strip();
        if (!accounts.existsByUsername(username)) {
            var account = new UserAccount(username, passwordEncoder.encode(request.password()), request.displayName());
            try {
                return accounts.save(account);
            } catch (DataIntegrityViolationException e) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "username taken", e);
            }
        }
        throw new ResponseStatusException(HttpStatus.CONFLICT, "username taken");
    }

    public record SignUpRequest(String username, String password, String displayName) {
    }
}
