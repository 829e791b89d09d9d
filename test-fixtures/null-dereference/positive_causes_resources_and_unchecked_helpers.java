// The near misses: a resource that is not a class file is reported; a cause read on the arm of a ternary and a helper reading a field map with its own keys are not (the program decides those nulls).
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

class TemplateRunner {

    static final class WrappedException extends RuntimeException {
        WrappedException(Throwable cause) {
            super(cause);
        }
    }

    private final Map<String, Object> patterns = new HashMap<>();

    String failure(Throwable throwable) {
        Throwable cause = throwable instanceof WrappedException ? throwable : throwable.getCause();
        return cause.getMessage();
    }

    static String banner() {
        String name = TemplateRunner.class.getSimpleName() + ".txt";
        return TemplateRunner.class.getResource(name).toString();  // expect: null-dereference "getResource("
    }

    boolean matches(String name, String value) {
        if (patterns.containsKey(name)) {
            return patternFor(name).matcher(value).matches();
        }
        return false;
    }

    boolean matchesAny(String name, String value) {
        return patternFor(name).matcher(value).find();
    }

    protected Pattern patternFor(String name) {
        String regex = patterns.get(name).toString();
        return Pattern.compile(regex);
    }
}
