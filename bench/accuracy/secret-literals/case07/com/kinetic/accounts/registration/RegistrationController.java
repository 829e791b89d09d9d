package com.kinetic.accounts.registration;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RegistrationController {

    private final PasswordPolicyValidator validator;
    private final AccountRegistrar registrar;

    public RegistrationController(PasswordPolicyValidator validator, AccountRegistrar registrar) {
        this.validator = validator;
        this.registrar = registrar;
    }

    @PostMapping("/register")
    public ResponseEntity<Map<String, Object>> register(@RequestParam Map<String, String> form) {
        List<String> errors = validator.validate(form);
        if (!errors.isEmpty()) {
            return ResponseEntity.badRequest()
                    .body(Map.of("message", PasswordPolicyValidator.INVALID_PASSWORD_MESSAGE, "errors", errors));
        }
        String accountId = registrar.register(form.get("email"), form.get(PasswordPolicyValidator.PASSWORD_PARAM));
        return ResponseEntity.status(201).body(Map.of("accountId", accountId));
    }

    public interface AccountRegistrar {
        String register(String email, String rawPassword);
    }
}
