// A registration service that turns JPA/Spring Data persistence failures into domain exceptions without the caught exception as cause.
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Entity
@Table(name = "member_account")
class MemberAccount {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    protected MemberAccount() {
    }

    MemberAccount(String email) {
        this.email = email;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }
}

interface MemberAccountRepository extends JpaRepository<MemberAccount, Long> {

    Optional<MemberAccount> findByEmail(String email);
}

class DuplicateEmailException extends RuntimeException {

    DuplicateEmailException(String email) {
        super("Email already registered: " + email);
    }
}

@Service
class MemberRegistrationService {

    private final MemberAccountRepository accounts;

    MemberRegistrationService(MemberAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public MemberAccount register(String email) {
        try {
            return accounts.saveAndFlush(new MemberAccount(email.toLowerCase()));
        } catch (DataIntegrityViolationException e) {
            throw new DuplicateEmailException(email); // expect: lost-stack-trace "DuplicateEmailException"
        }
    }

    @Transactional
    public void close(Long id) {
        try {
            accounts.deleteById(id);
            accounts.flush();
        } catch (PersistenceException e) {
            throw new ServiceException("Closing member account " + id + " failed: " + e.getLocalizedMessage()); // expect: lost-stack-trace "ServiceException"
        }
    }
}
