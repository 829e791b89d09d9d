// The near misses: a cause read on the arm of a ternary where the exception is not the wrapper, a resource that is not a class file, and a helper reading a field map that one of its callers calls without checking the key.
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
        return cause.getMessage();  // expect: null-dereference "throwable.getCause()"
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
        String regex = patterns.get(name).toString();  // expect: null-dereference "patterns.get(name)"
        return Pattern.compile(regex);
    }
}
