package nulls.case36;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SignupController {

    public interface SignupService {
        long register(String email, String referralCode);
    }

    private final SignupService signupService;

    public SignupController(SignupService signupService) {
        this.signupService = signupService;
    }

    @PostMapping("/signup")
    public ResponseEntity<Void> signup(HttpServletRequest request) {
        String email = request.getParameter("email");
        RequestChecks.requireText(email, "email");

        String referral = request.getParameter("referral");
        String referralCode = RequestChecks.present(referral) ? referral.strip().toUpperCase(Locale.ROOT) : null;

        long accountId = signupService.register(email.strip().toLowerCase(Locale.ROOT), referralCode);
        return ResponseEntity.created(URI.create("/accounts/" + accountId)).build();
    }
}
