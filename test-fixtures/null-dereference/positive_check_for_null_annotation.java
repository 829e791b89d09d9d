// A parameter annotated @CheckForNull (a project's own annotation of that simple name) dereferenced without a check is reported; methods so annotated are not sources.
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})
@interface CheckForNull {
}

class FeatureFlagClient {

    private final Map<String, String> overrides = new ConcurrentHashMap<>();

    @CheckForNull
    String rawFlag(String name) {
        return overrides.getOrDefault(name, System.getProperty("flags." + name));
    }

    boolean enabled(String name) {
        return rawFlag(name).equalsIgnoreCase("on");
    }

    int rolloutPercent(String name, @CheckForNull String fallback) {
        String value = fallback.isEmpty() ? "0" : fallback;  // expect: null-dereference "`fallback`"
        return Integer.parseInt(value);
    }
}
