package dev.backlint.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A named type declared in one of the scanned files, as its file's facts describe it. */
public interface ScannedType {

    /** Package, enclosing types and name, dot-separated. */
    String qualifiedName();

    /** {@code class}, {@code final class}, {@code interface}, {@code enum}, {@code record} or {@code annotation}. */
    default String kind() {
        return "class";
    }

    /** Simple names of the annotations on the type. */
    List<String> annotations();

    /** Extended and implemented types as written, without type arguments. */
    List<String> supertypes();

    /** Declared types of its fields and record components as written, without type arguments. */
    Map<String, String> fields();

    /** Its methods ({@code name/arity}) declared to return {@code String}. */
    Set<String> stringMethods();

    /**
     * The return types of its methods ({@code name/arity}) as written ({@code Long},
     * {@code int}, {@code List<Order>}), where the overloads of that arity agree; a record's
     * accessors included.
     */
    Map<String, String> returnTypes();

    /**
     * Its supertypes written with type arguments, by their name in {@link #supertypes()}
     * ({@code HashMap} to {@code HashMap<Long, Session>}); those without are left out.
     */
    default Map<String, String> supertypeArguments() {
        return Map.of();
    }

    /**
     * The path of the file that declares it, relative to the source root with forward
     * slashes, as findings give it; empty when the file is not known (a file's own view).
     */
    default String path() {
        return "";
    }
}
