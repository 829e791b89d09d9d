// A feature flag service that compares Boolean wrappers (only two cached instances) and Strings (another rule) with ==, not boxed numbers.
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

@Service
class FeatureFlagService {

    private final Map<String, Boolean> flags = new ConcurrentHashMap<>();
    private final Map<String, String> variants = new ConcurrentHashMap<>();

    public boolean sameState(String flag, String otherFlag) {
        return flags.get(flag) == flags.get(otherFlag);
    }

    public boolean enabled(String flag) {
        return flags.get(flag) == Boolean.TRUE;
    }

    public boolean changed(String flag, Boolean previous) {
        Boolean current = flags.get(flag);
        return current != previous;
    }

    public boolean onVariant(String flag, String variant) {
        return variants.get(flag) == variant;
    }
}
