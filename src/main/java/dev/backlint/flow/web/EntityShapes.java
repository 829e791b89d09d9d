package dev.backlint.flow.web;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.TextFactKind;
import dev.backlint.engine.Parsing;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a file says of the classes it declares as persistent data, read when a handler of
 * another file returns one: whether each is a JPA {@code @Entity}, its supertypes, and its
 * fields with the types they refer to and whether JSON serialisation leaves them out
 * ({@code @JsonIgnore} on the field or its getter, {@code @JsonProperty(access = WRITE_ONLY)},
 * the class's {@code @JsonIgnoreProperties}).
 */
public final class EntityShapes implements TextFactKind<Map<String, EntityShapes.Shape>> {

    static final EntityShapes KIND = new EntityShapes();

    private static final Set<String> ENTITY_PACKAGES = Set.of("jakarta.persistence", "javax.persistence");

    /**
     * A class of the file.
     *
     * @param entity     whether it is annotated with JPA's {@code @Entity}
     * @param supertypes its superclass and interfaces as written, without type arguments
     * @param fields     its instance fields, in order
     */
    public record Shape(boolean entity, List<String> supertypes, List<Field> fields) {
    }

    /**
     * A field.
     *
     * @param type       its type as written, without type arguments ({@code String}, {@code List})
     * @param referenced the class names its type and type arguments write ({@code List<Role>}: List, Role)
     * @param hidden     whether JSON serialisation leaves it out
     */
    public record Field(String name, String type, List<String> referenced, boolean hidden) {
    }

    private EntityShapes() {
    }

    @Override
    public String id() {
        return "web.entity-shapes";
    }

    @Override
    public Map<String, Shape> extract(String text) {
        if (!text.contains("Entity")) {
            return Map.of();
        }
        Optional<CompilationUnit> parsed = Parsing.parse(text);
        if (parsed.isEmpty()) {
            return Map.of();
        }
        CompilationUnit unit = parsed.get();
        Map<String, Shape> shapes = new HashMap<>();
        for (TypeDeclaration<?> type : unit.findAll(TypeDeclaration.class)) {
            shapes.put(type.getNameAsString(), shape(unit, type));
        }
        return Map.copyOf(shapes);
    }

    /** The shape of a class of a parsed file: the same facts, for a class of the file being checked. */
    public static Shape shape(CompilationUnit unit, TypeDeclaration<?> type) {
        boolean entity = type.getAnnotations().stream().anyMatch(a -> isJpaEntity(unit, a));
        List<String> supertypes = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            declaration.getExtendedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
            declaration.getImplementedTypes().forEach(t -> supertypes.add(t.getNameWithScope()));
        }
        Set<String> hidden = new HashSet<>(ignoredByClass(type));
        for (MethodDeclaration method : type.getMethods()) {
            if (method.getParameters().isEmpty() && ignored(method.getAnnotations())) {
                String name = method.getNameAsString();
                if (name.startsWith("get") && name.length() > 3) {
                    hidden.add(Introspector.decapitalize(name.substring(3)));
                } else if (name.startsWith("is") && name.length() > 2) {
                    hidden.add(Introspector.decapitalize(name.substring(2)));
                }
            }
        }
        List<Field> fields = new ArrayList<>();
        for (FieldDeclaration field : type.getFields()) {
            if (field.isStatic()) {
                continue;
            }
            boolean ignored = ignored(field.getAnnotations());
            for (VariableDeclarator variable : field.getVariables()) {
                Type written = variable.getType();
                List<String> referenced = new ArrayList<>();
                written.findAll(ClassOrInterfaceType.class).forEach(t -> referenced.add(t.getNameWithScope()));
                String typeName = written.isClassOrInterfaceType() ? written.asClassOrInterfaceType().getNameWithScope()
                        : written.asString();
                String name = variable.getNameAsString();
                fields.add(new Field(name, typeName, List.copyOf(referenced), ignored || hidden.contains(name)));
            }
        }
        return new Shape(entity, List.copyOf(supertypes), List.copyOf(fields));
    }

    private static boolean isJpaEntity(CompilationUnit unit, AnnotationExpr annotation) {
        String written = annotation.getNameAsString();
        if (written.contains(".")) {
            return ENTITY_PACKAGES.stream().anyMatch(p -> written.equals(p + ".Entity"));
        }
        if (!written.equals("Entity")) {
            return false;
        }
        for (ImportDeclaration imported : unit.getImports()) {
            String name = imported.getNameAsString();
            if (imported.isStatic()) {
                continue;
            }
            if (imported.isAsterisk() ? ENTITY_PACKAGES.contains(name)
                    : ENTITY_PACKAGES.stream().anyMatch(p -> name.equals(p + ".Entity"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code @JsonIgnore} (not {@code @JsonIgnore(false)}), or {@code @JsonProperty(access = WRITE_ONLY)}. */
    private static boolean ignored(List<AnnotationExpr> annotations) {
        for (AnnotationExpr annotation : annotations) {
            String name = annotation.getName().getIdentifier();
            if (name.equals("JsonIgnore")) {
                boolean off = annotation instanceof SingleMemberAnnotationExpr single
                        && single.getMemberValue().toString().equals("false");
                if (!off) {
                    return true;
                }
            }
            if (name.equals("JsonProperty") && annotation instanceof NormalAnnotationExpr normal) {
                for (MemberValuePair pair : normal.getPairs()) {
                    if (pair.getNameAsString().equals("access") && pair.getValue().toString().endsWith("WRITE_ONLY")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The properties named by the class's {@code @JsonIgnoreProperties}. */
    private static Set<String> ignoredByClass(TypeDeclaration<?> type) {
        Set<String> names = new HashSet<>();
        for (AnnotationExpr annotation : type.getAnnotations()) {
            if (!annotation.getName().getIdentifier().equals("JsonIgnoreProperties")) {
                continue;
            }
            Expression value = null;
            if (annotation instanceof SingleMemberAnnotationExpr single) {
                value = single.getMemberValue();
            } else if (annotation instanceof NormalAnnotationExpr normal) {
                value = normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                        .map(MemberValuePair::getValue).findFirst().orElse(null);
            }
            if (value != null) {
                value.findAll(StringLiteralExpr.class).forEach(s -> names.add(s.getValue()));
                if (value instanceof StringLiteralExpr s) {
                    names.add(s.getValue());
                }
            }
        }
        return names;
    }
}
