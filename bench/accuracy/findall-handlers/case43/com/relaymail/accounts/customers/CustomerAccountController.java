package com.relaymail.accounts.customers;

import java.net.URI;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
public class CustomerAccountController {

    private final CustomerAccountRepository customerAccountRepository;

    public CustomerAccountController(CustomerAccountRepository customerAccountRepository) {
        this.customerAccountRepository = customerAccountRepository;
    }

    public record SignUp(String email, String displayName) {
    }

    @GetMapping("/lookup")
    public ResponseEntity<CustomerAccount> lookup(@RequestParam String email) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        return customerAccountRepository.findByEmail(normalized)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping
    public ResponseEntity<CustomerAccount> signUp(@RequestBody SignUp request) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (customerAccountRepository.existsByEmail(email)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).build();
        }
        CustomerAccount saved = customerAccountRepository.save(new CustomerAccount(email, request.displayName()));
        return ResponseEntity.created(URI.create("/api/customers/" + saved.getId())).body(saved);
    }
}
