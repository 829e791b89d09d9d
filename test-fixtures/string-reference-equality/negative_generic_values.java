// A generic holder and helper that compare values of a type parameter T with ==, even when instantiated with String elsewhere.
import java.util.function.Supplier;

class VersionedHolder<T> {

    private T current;

    boolean isCurrent(T candidate) {
        return current == candidate;
    }

    boolean replace(T next) {
        T previous = current;
        current = next;
        return previous != next;
    }
}

public class GenericIdentityUtils {

    private final VersionedHolder<String> activeProfile = new VersionedHolder<>();

    public static <T> boolean same(T a, T b) {
        return a == b;
    }

    public static <T> boolean isDefault(T value, Supplier<T> defaults) {
        return value == defaults.get();
    }

    public boolean switchProfile(String profile) {
        return activeProfile.replace(profile);
    }
}
