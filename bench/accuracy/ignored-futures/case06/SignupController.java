// Account sign-up: the account is created in the request and the welcome mail and the CRM
// sync are handed to the asynchronous mailer.
package ignoredfutures.case06;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SignupController {

    private final JdbcClient jdbcClient;
    private final WelcomeMailer welcomeMailer;

    public SignupController(JdbcClient jdbcClient, WelcomeMailer welcomeMailer) {
        this.jdbcClient = jdbcClient;
        this.welcomeMailer = welcomeMailer;
    }

    @PostMapping("/signup")
    @ResponseStatus(HttpStatus.CREATED)
    public SignupResponse signup(@RequestBody SignupRequest request) {
        jdbcClient.sql("INSERT INTO accounts (email, display_name, locale) VALUES (?, ?, ?)")
                .params(request.email(), request.displayName(), request.locale())
                .update();
        welcomeMailer.sendWelcome(request.email(), request.displayName(), request.locale());
        welcomeMailer.syncToCrm(request.email());
        return new SignupResponse(request.email(), "PENDING_CONFIRMATION");
    }

    public record SignupRequest(String email, String displayName, String locale) {
    }

    public record SignupResponse(String email, String status) {
    }
}
