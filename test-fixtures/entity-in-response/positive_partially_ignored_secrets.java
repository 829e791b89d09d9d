// A StaffAccount entity that @JsonIgnores its passwordHash but still serializes resetToken, so the error names resetToken.
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
class StaffAccount {

    @Id
    @GeneratedValue
    private Long id;
    private String login;

    @JsonIgnore
    private String passwordHash;

    private String resetToken;
    private Instant resetExpiresAt;

    public Long getId() { return id; }
    public String getLogin() { return login; }
    public String getPasswordHash() { return passwordHash; }
    public String getResetToken() { return resetToken; }
    public Instant getResetExpiresAt() { return resetExpiresAt; }

    void startReset(String newResetValue, Instant expiresAt) {
        this.resetToken = newResetValue;
        this.resetExpiresAt = expiresAt;
    }
}

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {
    Optional<StaffAccount> findByLogin(String login);
}

@RestController
@RequestMapping("/api/staff")
class StaffPasswordResetController {

    private final StaffAccountRepository accounts;

    StaffPasswordResetController(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/{login}/password-reset")
    public StaffAccount requestReset(@PathVariable String login) { // expect: entity-in-response "`resetToken`"
        var account = accounts.findByLogin(login).orElseThrow();
        account.startReset(UUID.randomUUID().toString(), Instant.now().plusSeconds(900));
        return accounts.save(account);
    }
}
