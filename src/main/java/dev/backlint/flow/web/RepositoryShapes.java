package dev.backlint.flow.web;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.TextFactKind;
import dev.backlint.engine.Parsing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a file says of the interfaces it declares that may be Spring Data repositories,
 * read when a handler or service of another file calls one: each interface's supertypes and
 * its query methods with their return and parameter types.
 */
public final class RepositoryShapes implements TextFactKind<Map<String, RepositoryShapes.Shape>> {

    static final RepositoryShapes KIND = new RepositoryShapes();

    /** Annotations that give a repository method its query, so that its name does not. */
    private static final java.util.Set<String> QUERY_ANNOTATIONS = java.util.Set.of("Query", "NativeQuery",
            "Aggregation", "Procedure", "Select");

    /**
     * An interface.
     *
     * @param supertypes the interfaces it extends, as written without type arguments
     * @param queries    its methods by name
     */
    public record Shape(List<String> supertypes, Map<String, List<Query>> queries) {
    }

    /**
     * A method of the interface.
     *
     * @param returns    its return type as written, without type arguments
     * @param parameters its parameters' types as written, without type arguments
     * @param annotated  whether an annotation ({@code @Query}, {@code @Select}) gives its query
     */
    public record Query(String returns, List<String> parameters, boolean annotated) {
    }

    private RepositoryShapes() {
    }

    @Override
    public String id() {
        return "web.repository-shapes";
    }

    @Override
    public Map<String, Shape> extract(String text) {
        if (!text.contains("interface")) {
            return Map.of();
        }
        Optional<CompilationUnit> parsed = Parsing.parse(text);
        if (parsed.isEmpty()) {
            return Map.of();
        }
        Map<String, Shape> shapes = new HashMap<>();
        for (ClassOrInterfaceDeclaration type : parsed.get().findAll(ClassOrInterfaceDeclaration.class)) {
            if (!type.isInterface()) {
                continue;
            }
            List<String> supertypes = type.getExtendedTypes().stream().map(t -> t.getNameWithScope()).toList();
            Map<String, List<Query>> queries = new HashMap<>();
            for (MethodDeclaration method : type.getMethods()) {
                List<String> parameters = new ArrayList<>();
                method.getParameters().forEach(p -> parameters.add(outer(p.getType())));
                queries.computeIfAbsent(method.getNameAsString(), k -> new ArrayList<>())
                        .add(new Query(outer(method.getType()), List.copyOf(parameters),
                                method.getAnnotations().stream().anyMatch(a -> QUERY_ANNOTATIONS.contains(
                                        a.getName().getIdentifier()))));
            }
            queries.replaceAll((k, v) -> List.copyOf(v));
            shapes.put(type.getNameAsString(), new Shape(List.copyOf(supertypes), Map.copyOf(queries)));
        }
        return Map.copyOf(shapes);
    }

    /** A type as written without its type arguments: {@code List} of {@code List<User>}. */
    static String outer(Type type) {
        if (type.isClassOrInterfaceType()) {
            return type.asClassOrInterfaceType().getNameWithScope();
        }
        return type.asString();
    }
}
