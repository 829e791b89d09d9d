package streq.case28;

import java.util.Optional;

public record UserSession(String id, String userId, Optional<String> locale) {
}
