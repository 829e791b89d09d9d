// Credential entities whose salt and totpSecret fields match the sensitive names regardless of case, while the key field named derivedKey does not.
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Entity
class UserCredential {

    @Id
    @GeneratedValue
    private Long id;
    private Long userId;
    private String algorithm;
    private int iterations;
    private byte[] salt;
    private byte[] derivedKey;

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getAlgorithm() { return algorithm; }
    public int getIterations() { return iterations; }
    public byte[] getSalt() { return salt; }
    public byte[] getDerivedKey() { return derivedKey; }
}

@Entity
class MfaEnrollment {

    @Id
    @GeneratedValue
    private Long id;
    private Long userId;
    private String method;
    private String totpSecret;
    private Instant confirmedAt;

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getMethod() { return method; }
    public String getTotpSecret() { return totpSecret; }
    public Instant getConfirmedAt() { return confirmedAt; }
}

interface UserCredentialRepository extends JpaRepository<UserCredential, Long> {
    List<UserCredential> findByUserId(Long userId);
}

interface MfaEnrollmentRepository extends JpaRepository<MfaEnrollment, Long> {
    List<MfaEnrollment> findByUserId(Long userId);
}

@RestController
@RequestMapping("/api/security/users/{userId}")
class SecuritySettingsController {

    private final UserCredentialRepository credentials;
    private final MfaEnrollmentRepository enrollments;

    SecuritySettingsController(UserCredentialRepository credentials, MfaEnrollmentRepository enrollments) {
        this.credentials = credentials;
        this.enrollments = enrollments;
    }

    @GetMapping("/credentials")
    public List<UserCredential> credentials(@PathVariable Long userId) { // expect: entity-in-response "`salt`"
        return credentials.findByUserId(userId);
    }

    @GetMapping("/mfa")
    public List<MfaEnrollment> mfaEnrollments(@PathVariable Long userId) { // expect: entity-in-response "`totpSecret`"
        return enrollments.findByUserId(userId);
    }

    @GetMapping("/mfa/enabled")
    public boolean mfaEnabled(@PathVariable Long userId) {
        return enrollments.findByUserId(userId).stream().anyMatch(e -> e.getConfirmedAt() != null);
    }
}
