// A membership service that compares the Optional returned by a lookup with a plain id instead of unwrapping it.
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
class MembershipService {

    private final Map<String, Long> userIdByEmail = new ConcurrentHashMap<>();
    private final Map<String, UUID> teamOwnerBySlug = new ConcurrentHashMap<>();

    Optional<Long> findUserId(String email) {
        return Optional.ofNullable(userIdByEmail.get(email.toLowerCase()));
    }

    Optional<UUID> findTeamOwner(String teamSlug) {
        return Optional.ofNullable(teamOwnerBySlug.get(teamSlug));
    }

    boolean isSelf(String email, Long currentUserId) {
        return findUserId(email).equals(currentUserId); // expect: incompatible-equals "with `Long`"
    }

    boolean ownsTeam(String teamSlug, UUID caller) {
        Optional<UUID> owner = findTeamOwner(teamSlug);
        return Objects.equals(owner, caller); // expect: incompatible-equals "with `UUID`"
    }

    boolean isSelfFixed(String email, Long currentUserId) {
        return findUserId(email).map(id -> id.equals(currentUserId)).orElse(false)
                || findUserId(email).equals(Optional.ofNullable(currentUserId));
    }

    boolean ownsTeamFixed(String teamSlug, UUID caller) {
        return findTeamOwner(teamSlug).filter(caller::equals).isPresent();
    }
}
