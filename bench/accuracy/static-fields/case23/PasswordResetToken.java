// A single-use password reset token.
package staticfields.case23;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class PasswordResetToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue
    private Long id;

    private String email;

    @Column(unique = true, nullable = false)
    private String token;

    private Instant expiresAt;

    private boolean used;

    protected PasswordResetToken() {
    }

    public PasswordResetToken(String email, String token, Instant expiresAt) {
        this.email = email;
        this.token = token;
        this.expiresAt = expiresAt;
    }

    public boolean usableAt(Instant now) {
        return !used && now.isBefore(expiresAt);
    }

    public void markUsed() {
        this.used = true;
    }

    public String getEmail() {
        return email;
    }
}
