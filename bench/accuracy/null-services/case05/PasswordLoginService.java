package nulls.case05;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PasswordLoginService {

    private static final Logger log = LoggerFactory.getLogger(PasswordLoginService.class);

    private final UserRepository userRepository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public PasswordLoginService(UserRepository userRepository, PasswordEncoder passwordEncoder, Clock clock) {
        this.userRepository = userRepository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public Long login(String email, String rawPassword) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        User user = userRepository.findByEmail(normalized);
        boolean matches = passwordEncoder.matches(rawPassword, user.getPasswordHash()); // deref
        if (!matches || user.isLocked()) {
            log.info("rejected login for {}", normalized);
            throw new BadCredentialsException("invalid credentials");
        }
        user.setLastLoginAt(clock.instant());
        return user.getId();
    }
}
