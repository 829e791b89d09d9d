// A cause read only where a ternary proved the exception is a wrapper, the class file of a loaded class found through a local that holds its name, and a helper reading a field map by a key that every call of it checks with containsKey first.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

class ScriptRunner {

    static final class InvokerInvocationException extends RuntimeException {
        InvokerInvocationException(Throwable cause) {
            super(cause);
        }
    }

    private final Map<String, Object> patterns = new HashMap<>();

    ScriptRunner(Map<String, Object> configured) {
        patterns.putAll(configured);
    }

    Object run(Runnable script, boolean failOnError) throws Throwable {
        try {
            script.run();
            return null;
        } catch (Throwable throwable) {
            Throwable cause = throwable instanceof InvokerInvocationException ? throwable.getCause() : throwable;
            if (failOnError) {
                throw cause;
            }
            return cause.getClass().getName();
        }
    }

    static String buildDate() {
        String className = ScriptRunner.class.getSimpleName() + ".class";
        String classPath = ScriptRunner.class.getResource(className).toString();
        return classPath.substring(0, classPath.lastIndexOf('!') + 1);
    }

    List<Pattern> filter(Map<String, Object> attributes) {
        List<Pattern> found = new ArrayList<>();
        for (String name : attributes.keySet()) {
            if (patterns.containsKey(name)) {
                found.add(patternFor(name));
            }
        }
        return found;
    }

    protected Pattern patternFor(String name) {
        String regex = patterns.get(name).toString();
        return Pattern.compile(regex);
    }
}
