package dev.shipyard.console.setup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class AdminAccount {

    @Id
    @GeneratedValue
    private Long id;

    private String username;

    private String passwordHash;

    protected AdminAccount() {
    }

    public String getUsername() {
        return username;
    }
}
