// Checks that cover the dereference through another value: an assertion of `a || b`, a guard that throws when both are missing, a boolean that holds the test, a local copied from a checked field, a getter tested in a ternary, a helper that returns null only for a null argument, and a `fail` that never returns.
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.lang.Nullable;
import org.springframework.util.Assert;

class DocumentRenderer {

    interface Template {
        @Nullable
        Charset getCharset();

        String getId();
    }

    @Nullable
    private Object target;
    @Nullable
    private Class<?> targetClass;
    private final Map<String, String> layouts = new HashMap<>();

    String scriptName(@Nullable String method, boolean classLevel) {
        Assert.state(classLevel || method != null, "a method is required");
        return classLevel ? "class.sql" : method.trim() + ".sql";
    }

    String targetName() {
        if (this.target == null && this.targetClass == null) {
            throw new IllegalStateException("target or targetClass is required");
        }
        Class<?> type = (this.target != null ? this.target.getClass() : this.targetClass);
        return type.getName();
    }

    String trimmed(@Nullable String value) {
        boolean empty = (value == null || value.isEmpty());
        if (!empty) {
            return value.trim();
        }
        return "";
    }

    int targetHash() {
        Object current = this.target;
        Assert.state(this.target != null, "no target");
        return current.hashCode();
    }

    byte[] encode(Template template, String text) {
        Charset charset = template.getCharset() != null ? template.getCharset() : StandardCharsets.UTF_8;
        return text.getBytes(charset.name().isEmpty() ? StandardCharsets.UTF_8 : charset);
    }

    String layoutOf(Template template) {
        if (layouts.containsKey(template.getId())) {
            return layouts.get(template.getId()).trim();
        }
        return "default";
    }

    static String normalise(String code) {
        if (code != null) {
            return code.trim().toLowerCase();
        } else {
            return null;
        }
    }

    int scopeLength(String given) {
        String scope = "local";
        if (given != null) {
            scope = normalise(given);
        }
        return scope.length();
    }

    int required(@Nullable String value) {
        if (value == null) {
            fail("value is required");
        }
        return value.length();
    }

    static void fail(String message) {
        throw new AssertionError(message);
    }
}
