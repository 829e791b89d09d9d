package dev.backlint.engine;

import java.util.List;
import java.util.Map;

/**
 * What other files may need to know about one file, extracted from its syntax tree
 * alone. Facts hold no syntax nodes, so they stay small for the whole scan.
 *
 * @param packageName   the declared package, {@code ""} for the default package
 * @param imports       the imports as written: {@code a.b.C}, {@code a.b.*},
 *                      {@code static a.b.C.X}, {@code static a.b.C.*}
 * @param types         every named type of the file (nested ones too) by qualified name
 * @param extras        the facts of other kinds ({@link dev.backlint.api.FactKind}) by the kind's id,
 *                      for the kinds the scan's analyses need
 */
public record FileFacts(String packageName, List<String> imports, Map<String, TypeFacts> types,
                        Map<String, Object> extras) {

    public FileFacts {
        imports = List.copyOf(imports);
        types = Map.copyOf(types);
        extras = Map.copyOf(extras);
    }

    public FileFacts(String packageName, List<String> imports, Map<String, TypeFacts> types) {
        this(packageName, imports, types, Map.of());
    }

    /** Facts of a file that could not be read or parsed. */
    public static FileFacts empty() {
        return new FileFacts("", List.of(), Map.of());
    }

    /** The same facts with these of other kinds. */
    FileFacts withExtras(Map<String, Object> kinds) {
        return new FileFacts(packageName, imports, types, kinds);
    }

    /** The facts of {@code kind}, if they were extracted. */
    @SuppressWarnings("unchecked")
    public <F> java.util.Optional<F> extra(dev.backlint.api.FactKind<F> kind) {
        return java.util.Optional.ofNullable((F) extras.get(kind.id()));
    }

    /**
     * One named type.
     *
     * @param qualifiedName  package, enclosing types and name, dot-separated
     * @param kind           {@code class}, {@code final class}, {@code interface}, {@code enum},
     *                       {@code record} or {@code annotation}
     * @param annotations    simple names of the annotations on the type
     * @param supertypes     extended and implemented types as written, without type arguments
     * @param constants      initialisers of its {@code static final} fields that may be
     *                       compile-time constants
     * @param fields         declared types of its fields as written, without type arguments
     *                       ({@code JdbcTemplate}), for fields of class or interface type
     * @param stringMethods  methods ({@code name/arity}) declared to return {@code String}
     * @param returnTypes    the return type of each method ({@code name/arity}) whose overloads
     *                       of that arity agree, as written ({@code Long}, {@code int},
     *                       {@code List<Order>}); record accessors included
     * @param supertypeArguments the supertypes written with type arguments, by their
     *                       entry in {@code supertypes}: {@code HashMap} to {@code HashMap<Long, Session>}
     */
    public record TypeFacts(String qualifiedName, String kind, List<String> annotations, List<String> supertypes,
                            Map<String, ConstantExpr> constants, Map<String, String> fields, java.util.Set<String> stringMethods,
                            Map<String, String> returnTypes, Map<String, String> supertypeArguments) {

        public TypeFacts {
            annotations = List.copyOf(annotations);
            supertypes = List.copyOf(supertypes);
            constants = Map.copyOf(constants);
            fields = Map.copyOf(fields);
            stringMethods = java.util.Set.copyOf(stringMethods);
            returnTypes = Map.copyOf(returnTypes);
            supertypeArguments = Map.copyOf(supertypeArguments);
        }
    }

    /** The initialiser of a constant, reduced to what constant evaluation needs. */
    public sealed interface ConstantExpr {

        /** A literal: a {@code String}, boxed number, {@code Character} or {@code Boolean}. */
        record Literal(Object value) implements ConstantExpr {
        }

        /** A name: {@code X} ({@code qualifier} null) or {@code Type.X}. */
        record Ref(String qualifier, String name) implements ConstantExpr {
        }

        /** {@code left + right}: string concatenation or numeric addition. */
        record Plus(ConstantExpr left, ConstantExpr right) implements ConstantExpr {
        }

        /** {@code left op right} for the other arithmetic operators of integral constants: {@code 24 * 60 * 60}. */
        record Arithmetic(com.github.javaparser.ast.expr.BinaryExpr.Operator operator, ConstantExpr left,
                ConstantExpr right) implements ConstantExpr {
        }
    }
}
