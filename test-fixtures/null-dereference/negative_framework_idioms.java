// Framework idioms that rule out null: Assert.state on a condition, a field set by a method of the same object before it is read, a ternary whose arm a check proves, a nullable result only concatenated, an overload of the same arity that never returns null, and a map read back with its own keys.
import java.util.Map;

import org.springframework.lang.Nullable;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

class AdviceRegistry {

    @Nullable
    private Boolean afterAdvice;

    @Nullable
    private String beanName;

    @Nullable
    private String prefix;

    boolean isAfterAdvice() {
        if (this.afterAdvice == null) {
            determineAdviceType();
        }
        return this.afterAdvice;
    }

    String describe() {
        Assert.state(this.beanName != null && this.prefix != null, "not initialised");
        return this.beanName.trim() + this.prefix.length();
    }

    String label(Map<String, String> names) {
        String chosen = StringUtils.hasText(this.prefix) ? this.prefix : "default";
        return chosen.toUpperCase() + names.get("suffix");
    }

    int order(String name) {
        return orderOf(name) + 1;
    }

    private void determineAdviceType() {
        this.afterAdvice = Boolean.TRUE;
    }

    @Nullable
    private Integer orderOf(Object candidate) {
        return candidate instanceof Integer number ? number : null;
    }

    private int orderOf(String name) {
        return name.length();
    }
}

class ZoneIndex {

    int totalLength(java.util.Map<String, String> zones) {
        int total = 0;
        for (String zone : zones.keySet()) {
            total += zones.get(zone).length();
        }
        return total;
    }
}

class AnnotationReport {

    @org.springframework.lang.Nullable
    private java.util.Map<String, String> cached;

    String modes(@org.springframework.lang.Nullable String methodMode, @org.springframework.lang.Nullable String classMode) {
        boolean classAnnotated = (classMode != null);
        String mode = classAnnotated ? classMode.trim() : "none";
        return mode + methodMode;
    }

    String field(@org.springframework.lang.Nullable String fieldError) {
        org.springframework.util.Assert.notNull(fieldError, "no error");
        assertNotNull("No error for the field", fieldError);
        return fieldError.trim();
    }

    @SuppressWarnings("ConstantConditions")
    String knownToBeFilled() {
        return this.cached.get("key");
    }

    static void assertNotNull(String message, @org.springframework.lang.Nullable Object value) {
        if (value == null) {
            throw new AssertionError(message);
        }
    }
}
