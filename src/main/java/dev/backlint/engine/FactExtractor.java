package dev.backlint.engine;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.backlint.api.FactKind;
import dev.backlint.api.Literals;
import dev.backlint.api.ModelOptions;
import dev.backlint.api.Project;
import dev.backlint.api.TextTypes;
import dev.backlint.engine.FileFacts.ConstantExpr;
import dev.backlint.engine.FileFacts.TypeFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Extracts a file's {@link FileFacts} from its syntax tree. A pure function of one file. */
public final class FactExtractor {

    private static final int MAX_CONSTANT_DEPTH = 64;

    private FactExtractor() {
    }

    /** The facts every scan needs: package, imports and the declared types. */
    public static FileFacts extract(CompilationUnit unit) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<String> imports = new ArrayList<>();
        for (ImportDeclaration declaration : unit.getImports()) {
            imports.add((declaration.isStatic() ? "static " : "") + declaration.getNameAsString()
                    + (declaration.isAsterisk() ? ".*" : ""));
        }
        Map<String, TypeFacts> types = new LinkedHashMap<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            collect(type, pkg.isEmpty() ? "" : pkg + ".", types);
        }
        return new FileFacts(pkg, imports, types);
    }

    /**
     * The facts every scan needs, and those of {@code kinds}, each extracted against a view
     * of the project that holds this file alone.
     */
    public static FileFacts extract(CompilationUnit unit, List<FactKind<?>> kinds) {
        return extract(unit, kinds, ModelOptions.NONE);
    }

    /** Like {@link #extract(CompilationUnit, List)}, with what the project's configuration adds to the models. */
    public static FileFacts extract(CompilationUnit unit, List<FactKind<?>> kinds, ModelOptions options) {
        FileFacts core = extract(unit);
        if (kinds.isEmpty()) {
            return core;
        }
        Project self = new FileProject(ProjectIndex.empty(), null, core, LibraryConstants.none(), options);
        Map<String, Object> extras = new LinkedHashMap<>();
        for (FactKind<?> kind : kinds) {
            if (!kind.lazy()) {
                extras.put(kind.id(), kind.extract(unit, self));
            }
        }
        return core.withExtras(extras);
    }

    /** The facts of a lazy kind ({@link FactKind#lazy}), against the same view of the file alone as the others. */
    static <F> F extractLazy(CompilationUnit unit, FactKind<F> kind, ModelOptions options) {
        Project self = new FileProject(ProjectIndex.empty(), null, extract(unit), LibraryConstants.none(), options);
        return kind.extract(unit, self);
    }

    private static void collect(TypeDeclaration<?> type, String prefix, Map<String, TypeFacts> types) {
        String qualified = prefix + type.getNameAsString();
        List<String> annotations = new ArrayList<>(type.getAnnotations().size());
        for (AnnotationExpr annotation : type.getAnnotations()) {
            annotations.add(annotation.getNameAsString());
        }
        List<String> supertypes = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            declaration.getExtendedTypes().forEach(t -> supertypes.add(erasure(t)));
            declaration.getImplementedTypes().forEach(t -> supertypes.add(erasure(t)));
        } else if (type instanceof EnumDeclaration declaration) {
            declaration.getImplementedTypes().forEach(t -> supertypes.add(erasure(t)));
        } else if (type instanceof RecordDeclaration declaration) {
            declaration.getImplementedTypes().forEach(t -> supertypes.add(erasure(t)));
        }
        Map<String, String> parameterised = new LinkedHashMap<>();
        List<ClassOrInterfaceType> direct = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            direct.addAll(declaration.getExtendedTypes());
            direct.addAll(declaration.getImplementedTypes());
        } else if (type instanceof EnumDeclaration declaration) {
            direct.addAll(declaration.getImplementedTypes());
        } else if (type instanceof RecordDeclaration declaration) {
            direct.addAll(declaration.getImplementedTypes());
        }
        for (ClassOrInterfaceType supertype : direct) {
            if (supertype.getTypeArguments().filter(a -> !a.isEmpty()).isPresent()) {
                parameterised.put(erasure(supertype), TextTypes.written(supertype));
            }
        }
        boolean isInterface = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
        Map<String, ConstantExpr> constants = new LinkedHashMap<>();
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Boolean> returnsString = new LinkedHashMap<>();
        Map<String, String> returnTypes = new LinkedHashMap<>();
        if (type instanceof RecordDeclaration declaration) {
            declaration.getParameters().forEach(p -> fieldType(p.getType()).ifPresent(t -> fields.put(p.getNameAsString(), t)));
            // a component's accessor returns the component's type
            declaration.getParameters().forEach(p -> returnsString.put(p.getNameAsString() + "/0",
                    TextTypes.isString(p.getType())));
            declaration.getParameters().forEach(p -> returnTypes.put(p.getNameAsString() + "/0", written(p.getType())));
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof MethodDeclaration method) {
                boolean string = TextTypes.isString(method.getType());
                String key = method.getNameAsString() + "/" + method.getParameters().size();
                returnsString.merge(key, string, Boolean::logicalAnd);
                // overloads of one arity that disagree leave the type open ("")
                returnTypes.merge(key, written(method.getType()), (a, b) -> a.equals(b) ? a : "");
            }
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    fieldType(variable.getType()).ifPresent(t -> fields.put(variable.getNameAsString(), t));
                }
            }
            if (member instanceof FieldDeclaration field
                    && (isInterface || (field.isStatic() && field.isFinal()))) {
                for (VariableDeclarator variable : field.getVariables()) {
                    variable.getInitializer()
                            .flatMap(init -> constantExpr(init, 0))
                            .ifPresent(expr -> constants.put(variable.getNameAsString(), expr));
                }
            } else if (member instanceof TypeDeclaration<?> nested) {
                collect(nested, qualified + ".", types);
            }
        }
        java.util.Set<String> stringMethods = new java.util.HashSet<>();
        returnsString.forEach((method, string) -> {
            if (string) {
                stringMethods.add(method);
            }
        });
        returnTypes.values().removeIf(String::isEmpty);
        types.put(qualified, new TypeFacts(qualified, kind(type), annotations, supertypes, constants, fields,
                stringMethods, returnTypes, parameterised));
    }

    /** What sort of type it is: {@code class}, {@code final class}, {@code interface}, {@code enum}, {@code record}, {@code annotation}. */
    private static String kind(TypeDeclaration<?> type) {
        if (type instanceof ClassOrInterfaceDeclaration declaration) {
            return declaration.isInterface() ? "interface" : declaration.isFinal() ? "final class" : "class";
        }
        if (type instanceof EnumDeclaration) {
            return "enum";
        }
        return type instanceof RecordDeclaration ? "record" : "annotation";
    }

    /** A type as written, type arguments included: {@code Long}, {@code int}, {@code Map<Long, Order>}, {@code byte[]}. */
    private static String written(com.github.javaparser.ast.type.Type type) {
        if (type.isClassOrInterfaceType() || type.isArrayType()) {
            return TextTypes.written(type);
        }
        return type.isPrimitiveType() || type.isVoidType() ? type.asString() : "";
    }

    private static Optional<String> fieldType(com.github.javaparser.ast.type.Type type) {
        return type.isClassOrInterfaceType() ? Optional.of(erasure(type.asClassOrInterfaceType())) : Optional.empty();
    }

    private static String erasure(ClassOrInterfaceType type) {
        return type.getScope().map(s -> erasure(s) + ".").orElse("") + type.getNameAsString();
    }

    /** The initialiser as a {@link ConstantExpr}, when it has the shape of a constant. */
    /** Operators besides {@code +} that constants of other files are folded with. */
    private static final java.util.Set<BinaryExpr.Operator> ARITHMETIC = java.util.EnumSet.of(BinaryExpr.Operator.MINUS,
            BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE, BinaryExpr.Operator.REMAINDER);

    static Optional<ConstantExpr> constantExpr(Expression expression, int depth) {
        if (depth > MAX_CONSTANT_DEPTH) {
            return Optional.empty();
        }
        if (expression instanceof StringLiteralExpr literal && !(expression instanceof TextBlockLiteralExpr)) {
            return Literals.text(literal).map(text -> new ConstantExpr.Literal(text));
        }
        if (expression instanceof TextBlockLiteralExpr block) {
            return Literals.text(block).map(text -> new ConstantExpr.Literal(text));
        }
        if (expression instanceof CharLiteralExpr c) {
            return Literals.character(c).map(character -> new ConstantExpr.Literal(character));
        }
        if (expression instanceof IntegerLiteralExpr i) {
            return Literals.number(i).map(n -> new ConstantExpr.Literal(n.intValue()));
        }
        if (expression instanceof LongLiteralExpr l) {
            return Literals.number(l).map(n -> new ConstantExpr.Literal(n.longValue()));
        }
        if (expression instanceof BooleanLiteralExpr b) {
            return Optional.of(new ConstantExpr.Literal(b.getValue()));
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return constantExpr(enclosed.getInner(), depth + 1);
        }
        if (expression instanceof NameExpr name) {
            return Optional.of(new ConstantExpr.Ref(null, name.getNameAsString()));
        }
        if (expression instanceof FieldAccessExpr access) {
            return Optional.of(new ConstantExpr.Ref(access.getScope().toString(), access.getNameAsString()));
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            Optional<ConstantExpr> left = constantExpr(binary.getLeft(), depth + 1);
            Optional<ConstantExpr> right = left.isPresent() ? constantExpr(binary.getRight(), depth + 1) : Optional.empty();
            if (left.isPresent() && right.isPresent()) {
                return Optional.of(new ConstantExpr.Plus(left.get(), right.get()));
            }
        }
        if (expression instanceof BinaryExpr binary && ARITHMETIC.contains(binary.getOperator())) {
            Optional<ConstantExpr> left = constantExpr(binary.getLeft(), depth + 1);
            Optional<ConstantExpr> right = left.isPresent() ? constantExpr(binary.getRight(), depth + 1) : Optional.empty();
            if (left.isPresent() && right.isPresent()) {
                return Optional.of(new ConstantExpr.Arithmetic(binary.getOperator(), left.get(), right.get()));
            }
        }
        return Optional.empty();
    }

    /** The qualified name of the innermost named type enclosing {@code node}, if any. */
    /**
     * The types of a file that other files can name: its top-level types and the types
     * nested in them as members, outer ones first; local and anonymous classes are left
     * out. Found without walking the bodies of methods.
     */
    public static List<TypeDeclaration<?>> memberTypes(CompilationUnit unit) {
        List<TypeDeclaration<?>> types = new ArrayList<>();
        java.util.ArrayDeque<TypeDeclaration<?>> pending = new java.util.ArrayDeque<>(unit.getTypes());
        while (!pending.isEmpty()) {
            TypeDeclaration<?> type = pending.poll();
            types.add(type);
            for (com.github.javaparser.ast.body.BodyDeclaration<?> member : type.getMembers()) {
                if (member instanceof TypeDeclaration<?> nested) {
                    pending.add(nested);
                }
            }
        }
        return types;
    }

    public static Optional<String> enclosingTypeName(Node node) {
        List<String> names = new ArrayList<>();
        Node current = node;
        while (current != null) {
            if (current instanceof TypeDeclaration<?> type) {
                if (type.isTopLevelType() || type.getParentNode().filter(TypeDeclaration.class::isInstance).isPresent()) {
                    names.add(0, type.getNameAsString());
                } else {
                    return Optional.empty();
                }
            } else if (current instanceof CompilationUnit unit) {
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
                return Optional.of(pkg + String.join(".", names));
            } else if (!names.isEmpty()) {
                // a named type inside a method or anonymous class: local, not addressable
                return Optional.empty();
            }
            current = current.getParentNode().orElse(null);
        }
        return Optional.empty();
    }
}
