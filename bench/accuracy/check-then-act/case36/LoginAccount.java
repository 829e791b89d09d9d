// A login of the sign-up flow, its repository and the factory that builds it from the form.
package checkthenact.case36;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

@Entity
public class LoginAccount {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "login_name", nullable = false, length = 64)
    private String loginName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LoginAccount() {
    }

    LoginAccount(String loginName, String passwordHash, Instant createdAt) {
        this.loginName = loginName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getLoginName() { return loginName; }
    public Instant getCreatedAt() { return createdAt; }
}

interface LoginAccountRepository extends JpaRepository<LoginAccount, Long> {

    boolean existsByLoginNameIgnoreCase(String loginName);
}

@Component
class LoginAccountFactory {

    record SignUpForm(String loginName, String password) {
    }

    private final PasswordEncoder encoder;

    LoginAccountFactory(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    LoginAccount fromForm(SignUpForm form) {
        return new LoginAccount(form.loginName().strip(), encoder.encode(form.password()), Instant.now());
    }
}
