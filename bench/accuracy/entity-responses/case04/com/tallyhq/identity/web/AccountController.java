package com.tallyhq.identity.web;

import com.tallyhq.identity.account.UserAccount;
import com.tallyhq.identity.account.UserAccountRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.ZoneId;

@RestController
@RequestMapping("/api/account")
public class AccountController {

    public record PreferencesRequest(String locale, String timeZone) {
    }

    private final UserAccountRepository accounts;

    public AccountController(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    public ResponseEntity<UserAccount> currentAccount(Principal principal) {
        var account = accounts.findByUsername(principal.getName());
        if (account.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header("Cache-Control", "no-store")
                .body(account.get());
    }

    @PutMapping("/me/preferences")
    public ResponseEntity<Void> updatePreferences(Principal principal, @RequestBody PreferencesRequest request) {
        var account = accounts.findByUsername(principal.getName()).orElseThrow();
        account.setLocale(request.locale());
        account.setTimeZone(ZoneId.of(request.timeZone()).getId());
        accounts.save(account);
        return ResponseEntity.noContent().build();
    }
}
