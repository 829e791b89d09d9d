// Calls named contains/get/remove/indexOf/equals on types that are no collection or map (String, StringBuilder, ThreadLocal, a user PermissionSet, a static equals helper).
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

final class PermissionSet {

    private final Set<String> granted;

    PermissionSet(Set<String> granted) {
        this.granted = Set.copyOf(granted);
    }

    boolean contains(long resourceId) {
        return granted.contains("resource:" + resourceId);
    }

    PermissionSet remove(long resourceId) {
        return new PermissionSet(Set.of());
    }
}

final class ConstantTime {

    private ConstantTime() {
    }

    static boolean equals(byte[] expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected, actual.getBytes(StandardCharsets.UTF_8));
    }
}

@Component
class RequestAuthHelper {

    private static final ThreadLocal<Long> CURRENT_USER = new ThreadLocal<>();

    private final byte[] apiKey = "change-me".getBytes(StandardCharsets.UTF_8);

    boolean isBearer(String header) {
        return header != null && header.contains("Bearer ") && header.indexOf(' ') == 6;
    }

    int firstComma(StringBuilder csv) {
        return csv.indexOf(",");
    }

    Long currentUser() {
        return CURRENT_USER.get();
    }

    void clear() {
        CURRENT_USER.remove();
    }

    boolean mayRead(PermissionSet permissions, long resourceId) {
        return permissions.contains(resourceId);
    }

    boolean validKey(String presented) {
        return ConstantTime.equals(apiKey, presented);
    }

    Long userOrZero(Optional<Long> user) {
        return user.isPresent() ? user.get() : 0L;
    }
}
