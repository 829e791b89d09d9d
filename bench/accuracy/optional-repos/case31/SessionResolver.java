package opt.case31;

import java.util.Optional;
import org.springframework.stereotype.Component;

@Component
public class SessionResolver {

    private final UserSessionRepository sessionRepository;

    public SessionResolver(UserSessionRepository sessionRepository) {
        this.sessionRepository = sessionRepository;
    }

    public Long currentUserId(String sessionToken) {
        Optional<UserSession> session = sessionRepository.findById(sessionToken);
        if (session.isPresent() && session.get().isExpired()) {
            sessionRepository.delete(session.get());
            throw new SessionExpiredException(sessionToken);
        }
        return session.get().getUserId(); // get
    }

    public static class SessionExpiredException extends RuntimeException {
        public SessionExpiredException(String token) {
            super("Session expired: " + token.substring(0, Math.min(6, token.length())) + "...");
        }
    }
}
