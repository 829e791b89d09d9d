package dev.backlint.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javassist.ClassPool;
import javassist.CtClass;
import javassist.CtField;
import javassist.NotFoundException;

/**
 * The values of {@code static final} constants of library classes, read from the
 * {@code ConstantValue} attributes of their class files in the scan's jars. Class files
 * are only read, never loaded or run. Answers are kept for the scan; the jars are opened
 * the first time a name is asked for.
 */
public final class LibraryConstants {

    private static final Optional<Object> UNKNOWN = Optional.empty();

    private final List<Path> jars;
    private final Map<String, Optional<Object>> answers = new ConcurrentHashMap<>();
    private ClassPool pool;

    public LibraryConstants(List<Path> jars) {
        this.jars = List.copyOf(jars);
    }

    /** No jars: every answer is unknown. */
    public static LibraryConstants none() {
        return new LibraryConstants(List.of());
    }

    /**
     * The value of {@code field} of the class {@code className} (dotted; nested classes
     * with dots or {@code $}): a {@code String}, {@code Integer}, {@code Long},
     * {@code Character} or {@code Boolean}, when the class file holds it as a constant.
     */
    public Optional<Object> value(String className, String field) {
        if (jars.isEmpty()) {
            return UNKNOWN;
        }
        return answers.computeIfAbsent(className + "#" + field, key -> read(className, field));
    }

    private synchronized Optional<Object> read(String className, String field) {
        try {
            ClassPool classes = pool();
            for (String binaryName : binaryNames(className)) {
                CtClass type = classes.getOrNull(binaryName);
                if (type != null) {
                    return constantOf(type, field);
                }
            }
        } catch (RuntimeException | NotFoundException | LinkageError e) {
            // an unreadable class file: no answer
        }
        return UNKNOWN;
    }

    private static Optional<Object> constantOf(CtClass type, String name) throws NotFoundException {
        CtField field;
        try {
            field = type.getField(name);
        } catch (NotFoundException e) {
            return UNKNOWN;
        }
        int modifiers = field.getModifiers();
        if (!javassist.Modifier.isStatic(modifiers) || !javassist.Modifier.isFinal(modifiers)) {
            return UNKNOWN;
        }
        Object value = field.getConstantValue();
        String descriptor = field.getSignature();
        if (value instanceof Integer number) {
            return switch (descriptor) {
                case "Z" -> Optional.of(number != 0);
                case "C" -> Optional.of((char) number.intValue());
                case "I", "S", "B" -> Optional.of(number);
                default -> UNKNOWN;
            };
        }
        if (value instanceof String || value instanceof Long || value instanceof Boolean || value instanceof Character) {
            return Optional.of(value);
        }
        return UNKNOWN;
    }

    /** {@code a.b.Outer.Inner} may be {@code a.b.Outer$Inner}: each split of the trailing names. */
    private static List<String> binaryNames(String className) {
        List<String> names = new java.util.ArrayList<>();
        names.add(className);
        String name = className;
        int dot = name.lastIndexOf('.');
        while (dot > 0) {
            int previous = name.lastIndexOf('.', dot - 1);
            String owner = name.substring(previous + 1, dot);
            if (owner.isEmpty() || !Character.isUpperCase(owner.charAt(0))) {
                break;
            }
            name = name.substring(0, dot) + "$" + name.substring(dot + 1);
            names.add(name);
            dot = previous;
        }
        return names;
    }

    private ClassPool pool() {
        if (pool == null) {
            ClassPool classes = new ClassPool(false);
            for (Path jar : jars) {
                if (Files.isRegularFile(jar)) {
                    try {
                        classes.appendClassPath(jar.toString());
                    } catch (NotFoundException | RuntimeException e) {
                        // reported by the solver factory already
                    }
                }
            }
            pool = classes;
        }
        return pool;
    }
}
