package stars.case37;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "login_attempts")
public class LoginAttempt {
    @Id
    private Long id;
    private String username;
    private boolean success;
}
