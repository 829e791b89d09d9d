package dev.shipyard.console.setup;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SetupStatusController {

    private final AdminAccountRepository adminAccountRepository;

    public SetupStatusController(AdminAccountRepository adminAccountRepository) {
        this.adminAccountRepository = adminAccountRepository;
    }

    public record SetupStatus(boolean initialised, String nextStep) {
    }

    @GetMapping("/setup/status")
    public SetupStatus status() {
        boolean initialised = !adminAccountRepository.findAll().isEmpty();
        return new SetupStatus(initialised, initialised ? "login" : "create-admin");
    }
}
