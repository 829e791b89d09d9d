// Ownership checks comparing an interface-typed value (Principal, Auditable) with a non-final class that does not implement it (a subclass could).
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

interface Auditable {

    Instant lastModified();
}

class PortalUser {

    private final String username;

    PortalUser(String username) {
        this.username = username;
    }

    String getUsername() {
        return username;
    }
}

class SharedDocument {

    private final String title;

    SharedDocument(String title) {
        this.title = title;
    }

    String getTitle() {
        return title;
    }
}

@Service
class OwnershipCheck {

    private final Map<Principal, Instant> lastSeen = new ConcurrentHashMap<>();

    boolean isSelf(Principal principal, PortalUser user) {
        return principal.equals(user) || principal.getName().equals(user.getUsername());
    }

    boolean isSelfReversed(PortalUser user, Principal principal) {
        return user.equals(principal);
    }

    boolean wasChanged(List<Auditable> changed, SharedDocument document) {
        return changed.contains(document);
    }

    Instant lastSeen(PortalUser user) {
        return lastSeen.get(user);
    }
}
