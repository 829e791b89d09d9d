package dev.backlint.api;

import java.util.List;
import java.util.Set;

/**
 * What a project's configuration adds to backlint's knowledge of libraries: its own
 * query helpers, request wrappers, singleton annotations, methods that may return
 * {@code null} and names of secrets. The {@code options} section of {@code backlint.yml} fills it; rules and
 * analyses read it from {@link Project#options()}.
 *
 * @param sqlSinks             methods whose first argument is SQL text that they run
 * @param requestSources       methods whose result is data of the HTTP request
 * @param requestAnnotations   parameter annotations (simple names) that bind request data
 * @param singletonAnnotations class annotations (simple names) that make a class one shared instance
 * @param nullableMethods      methods that may return {@code null}
 * @param secretNames          words that, in a field's or a property's name, say it holds a secret (lower case)
 */
public record ModelOptions(List<Method> sqlSinks, List<Method> requestSources, Set<String> requestAnnotations,
                           Set<String> singletonAnnotations, List<Method> nullableMethods, Set<String> secretNames) {

    /** No additions: what a scan without a configuration file uses. */
    public static final ModelOptions NONE = new ModelOptions(List.of(), List.of(), Set.of(), Set.of(), List.of(),
            Set.of());

    public ModelOptions {
        sqlSinks = List.copyOf(sqlSinks);
        requestSources = List.copyOf(requestSources);
        requestAnnotations = Set.copyOf(requestAnnotations);
        singletonAnnotations = Set.copyOf(singletonAnnotations);
        nullableMethods = List.copyOf(nullableMethods);
        secretNames = Set.copyOf(secretNames);
    }

    /** Whether nothing is added. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The methods of {@code methods} with this name. */
    public static List<Method> named(List<Method> methods, String name) {
        if (methods.isEmpty()) {
            return List.of(); // the usual case, asked of every candidate call
        }
        return methods.stream().filter(method -> method.name().equals(name)).toList();
    }

    /**
     * A method of a type, written {@code com.acme.db.Sql#query}: every overload of that
     * name, on the type and its subtypes.
     *
     * @param type qualified name of the declaring type
     * @param name the method's name
     */
    public record Method(String type, String name) {

        /** Reads {@code type#name}; the caller has checked the form. */
        public static Method parse(String written) {
            int hash = written.indexOf('#');
            if (hash <= 0 || hash == written.length() - 1) {
                throw new IllegalArgumentException("not a method of the form com.acme.Type#method: " + written);
            }
            return new Method(written.substring(0, hash), written.substring(hash + 1));
        }

        /** The type's simple name. */
        public String simpleType() {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        @Override
        public String toString() {
            return type + '#' + name;
        }
    }
}
