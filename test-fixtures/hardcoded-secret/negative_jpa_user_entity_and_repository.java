// A JPA user entity with password, token and API-key columns (no initialisers) and a repository that queries them by parameter.
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

@Entity
@Table(name = "app_user")
class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "reset_token")
    private String resetToken;

    @Column(name = "reset_token_expires_at")
    private Instant resetTokenExpiresAt;

    @Column(name = "api_key_hash")
    private String apiKeyHash;

    protected AppUser() {
    }

    AppUser(String email, String passwordHash) {
        this.email = email;
        this.passwordHash = passwordHash;
    }

    Long getId() {
        return id;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void startPasswordReset(String token, Instant expiresAt) {
        this.resetToken = token;
        this.resetTokenExpiresAt = expiresAt;
    }

    boolean resetTokenValid(Instant now) {
        return resetToken != null && resetTokenExpiresAt.isAfter(now);
    }

    String getApiKeyHash() {
        return apiKeyHash;
    }
}

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByResetToken(String resetToken);

    @Query("select u from AppUser u where u.apiKeyHash = :apiKeyHash")
    Optional<AppUser> findByApiKeyHash(@Param("apiKeyHash") String apiKeyHash);
}
