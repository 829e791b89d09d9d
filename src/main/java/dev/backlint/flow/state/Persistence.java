package dev.backlint.flow.state;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.backlint.api.TextFactKind;
import dev.backlint.engine.Parsing;
import dev.backlint.models.SpringData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file says of persistence, read when another file asks: the Spring Data
 * repositories it declares (with the entity each stores and the lookups that take a lock),
 * and the unique constraints of the classes it declares ({@code @Column(unique = true)},
 * {@code @Table(uniqueConstraints = …)}, a unique {@code @Index}, {@code @Id},
 * {@code @NaturalId}, MongoDB's {@code @Indexed(unique = true)}).
 */
public final class Persistence implements TextFactKind<Persistence.Facts> {

    static final Persistence KIND = new Persistence();

    /**
     * A repository interface.
     *
     * @param entity the entity's name as the repository's file writes it
     * @param locked the lookups annotated {@code @Lock}
     */
    public record Repository(String entity, Set<String> locked) {
    }

    /**
     * A class that may be an entity.
     *
     * @param columns each property's normalised name with its column's (lower case, no underscores)
     * @param unique  the normalised names of each unique key, property or column names
     */
    public record Entity(Map<String, String> columns, List<Set<String>> unique) {

        /** Whether the class declares the property, by its name or its column's ({@code show_Id} for {@code show}), normalised. */
        public boolean declares(String property) {
            String key = normalise(property);
            return columns.containsKey(key) || columns.containsValue(key);
        }

        /** Whether a unique key lies within the properties: no two rows can then share their values. */
        public boolean uniqueWithin(Set<String> properties) {
            Set<String> names = new HashSet<>();
            for (String property : properties) {
                String key = normalise(property);
                names.add(key);
                Optional.ofNullable(columns.get(key)).ifPresent(names::add);
            }
            return unique.stream().anyMatch(names::containsAll);
        }
    }

    /** The facts of one file: repositories and classes by simple name. */
    public record Facts(Map<String, Repository> repositories, Map<String, Entity> entities) {
    }

    /** A key of a MongoDB compound index definition: {@code {'tenant': 1, 'code': 1}}. */
    private static final Pattern COMPOUND_KEY = Pattern.compile("['\"]?([\\w.]+)['\"]?\\s*:");

    private static final Facts NONE = new Facts(Map.of(), Map.of());

    private Persistence() {
    }

    @Override
    public String id() {
        return "state.persistence";
    }

    @Override
    public Facts extract(String text) {
        if (!text.contains("Repository") && !text.contains("Repo") && !text.contains("@")) {
            return NONE;
        }
        Optional<CompilationUnit> parsed = Parsing.parse(text);
        if (parsed.isEmpty()) {
            return NONE;
        }
        CompilationUnit unit = parsed.get();
        Map<String, Repository> repositories = new HashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            if (type instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface()) {
                repository(declaration).ifPresent(found -> repositories.put(type.getNameAsString(), found));
            } else if (type instanceof ClassOrInterfaceDeclaration || type instanceof RecordDeclaration) {
                entities.put(type.getNameAsString(), entity(type));
            }
        }
        return new Facts(Map.copyOf(repositories), Map.copyOf(entities));
    }

    private static Optional<Repository> repository(ClassOrInterfaceDeclaration type) {
        for (ClassOrInterfaceType extended : type.getExtendedTypes()) {
            String name = extended.getNameAsString();
            Optional<NodeList<com.github.javaparser.ast.type.Type>> arguments = extended.getTypeArguments();
            if (arguments.isEmpty() || arguments.get().isEmpty() || !arguments.get().get(0).isClassOrInterfaceType()
                    || !(SpringData.REPOSITORY_BASES.contains(name) || name.endsWith("Repository"))) {
                continue;
            }
            String entity = arguments.get().get(0).asClassOrInterfaceType().getNameWithScope();
            Set<String> locked = new HashSet<>();
            for (MethodDeclaration method : type.getMethods()) {
                if (method.getAnnotationByName("Lock").isPresent()) {
                    locked.add(method.getNameAsString());
                }
            }
            return Optional.of(new Repository(entity, Set.copyOf(locked)));
        }
        return Optional.empty();
    }

    private static Entity entity(TypeDeclaration<?> type) {
        Map<String, String> columns = new HashMap<>();
        List<Set<String>> unique = new ArrayList<>();
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic()) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                property(variable.getNameAsString(), field.getAnnotations(), columns, unique);
            }
        }
        if (type instanceof RecordDeclaration record) {
            record.getParameters().forEach(p -> property(p.getNameAsString(), p.getAnnotations(), columns, unique));
        }
        for (AnnotationExpr annotation : type.getAnnotations()) {
            String name = annotation.getName().getIdentifier();
            if (name.equals("Table") || name.equals("CompoundIndexes") || name.equals("CompoundIndex")
                    || name.equals("Indexes")) {
                annotation.findAll(AnnotationExpr.class).forEach(inner -> uniqueKey(inner).ifPresent(unique::add));
            }
        }
        return new Entity(Map.copyOf(columns), List.copyOf(unique));
    }

    private static void property(String name, NodeList<AnnotationExpr> annotations, Map<String, String> columns,
            List<Set<String>> unique) {
        String column = normalise(name);
        for (AnnotationExpr annotation : annotations) {
            String kind = annotation.getName().getIdentifier();
            if (kind.equals("Column") || kind.equals("JoinColumn") || kind.equals("Field")) {
                Optional<Expression> written = member(annotation, "name");
                if (written.isPresent() && written.get() instanceof StringLiteralExpr literal) {
                    column = normalise(literal.getValue());
                }
            }
            boolean uniqueFlag = member(annotation, "unique").filter(v -> v instanceof BooleanLiteralExpr b
                    && b.getValue()).isPresent();
            if (uniqueFlag && (kind.equals("Column") || kind.equals("JoinColumn") || kind.equals("Indexed"))
                    || kind.equals("Id") || kind.equals("EmbeddedId") || kind.equals("NaturalId")) {
                unique.add(Set.of(normalise(name)));
            }
        }
        columns.put(normalise(name), column);
    }

    /** The columns of a unique constraint or index: {@code @UniqueConstraint(columnNames = …)}, a unique {@code @Index}. */
    private static Optional<Set<String>> uniqueKey(AnnotationExpr annotation) {
        String kind = annotation.getName().getIdentifier();
        List<String> names = new ArrayList<>();
        boolean uniqueFlag = member(annotation, "unique").filter(v -> v instanceof BooleanLiteralExpr b
                && b.getValue()).isPresent();
        if (kind.equals("UniqueConstraint")) {
            member(annotation, "columnNames").ifPresent(value -> strings(value, names));
        } else if (kind.equals("Index") && uniqueFlag) {
            member(annotation, "columnList").ifPresent(value -> strings(value, names));
            names.replaceAll(column -> column.trim().split("\\s+")[0]); // "email ASC"
        } else if (kind.equals("CompoundIndex") && uniqueFlag) {
            List<String> definitions = new ArrayList<>();
            member(annotation, "def").ifPresent(value -> strings(value, definitions));
            for (String definition : definitions) {
                Matcher key = COMPOUND_KEY.matcher(definition);
                while (key.find()) {
                    names.add(key.group(1));
                }
            }
        }
        Set<String> key = new HashSet<>();
        for (String name : names) {
            for (String part : name.split(",")) {
                if (!part.isBlank()) {
                    key.add(normalise(part.trim()));
                }
            }
        }
        return key.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(key));
    }

    private static void strings(Expression value, List<String> into) {
        if (value instanceof StringLiteralExpr literal) {
            into.add(literal.getValue());
        } else if (value instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(each -> strings(each, into));
        }
    }

    private static Optional<Expression> member(AnnotationExpr annotation, String name) {
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(pair -> pair.getNameAsString().equals(name))
                    .map(MemberValuePair::getValue).findFirst();
        }
        if (annotation instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
            return Optional.of(single.getMemberValue());
        }
        return Optional.empty();
    }

    /**
     * A property or column name as compared: lower case, without underscores, dots or quotes,
     * so that {@code customer_id}, {@code customer.id} and {@code customerId} meet.
     */
    static String normalise(String name) {
        return name.replaceAll("[_.`\"\\[\\]]", "").toLowerCase(Locale.ROOT);
    }
}
