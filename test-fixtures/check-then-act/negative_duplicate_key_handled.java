// Spring Data check-then-save where the save sits in a try that catches DataIntegrityViolationException or DuplicateKeyException: the losing insert of a race is caught and handled.
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Service;

@Entity
class DeviceToken {

    @Id
    @GeneratedValue
    private Long id;

    private String token;

    private String userId;

    protected DeviceToken() {
    }

    DeviceToken(String token, String userId) {
        this.token = token;
        this.userId = userId;
    }
}

interface DeviceTokenRepository extends JpaRepository<DeviceToken, Long> {

    boolean existsByToken(String token);

    Optional<DeviceToken> findByToken(String token);
}

@Service
class PushRegistrationService {

    private static final Logger log = LoggerFactory.getLogger(PushRegistrationService.class);

    private final DeviceTokenRepository tokens;

    PushRegistrationService(DeviceTokenRepository tokens) {
        this.tokens = tokens;
    }

    void register(String token, String userId) {
        if (!tokens.existsByToken(token)) {
            try {
                tokens.save(new DeviceToken(token, userId));
            } catch (DataIntegrityViolationException e) {
                log.debug("token {} registered concurrently", token);
            }
        }
    }

    DeviceToken registerOrGet(String token, String userId) {
        var existing = tokens.findByToken(token);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return tokens.saveAndFlush(new DeviceToken(token, userId));
        } catch (DuplicateKeyException e) {
            return tokens.findByToken(token).orElseThrow();
        }
    }

    void registerStrict(String token, String userId) {
        try {
            if (tokens.existsByToken(token)) {
                throw new IllegalStateException("token already registered");
            }
            tokens.save(new DeviceToken(token, userId));
        } catch (DataIntegrityViolationException e) {
            throw new IllegalStateException("token already registered", e);
        }
    }
}
