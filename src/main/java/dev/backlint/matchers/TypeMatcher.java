package dev.backlint.matchers;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.backlint.api.RuleContext;
import dev.backlint.api.ScannedType;
import dev.backlint.engine.FactExtractor;
import dev.backlint.models.LibraryReturns;
import dev.backlint.resolve.DeclaredTypes;
import dev.backlint.resolve.Scopes;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression is of one of some types (their subtypes included when the solver
 * knows them). The syntax is read first, at no cost: the declared type of a variable as
 * the file's imports name it, a {@code var} local typed by its initialiser, the class of a
 * {@code new}, the declared return type of a method of the same class, a field declared in
 * another scanned class. Only what the syntax leaves open is put to the symbol solver, and
 * only in files that can reach one of the types. Never a bare name alone.
 */
public final class TypeMatcher {

    private static final int MAX_DEPTH = 8;

    private final List<String> types;
    private final Set<String> simpleNames;

    private TypeMatcher(Collection<String> types) {
        this.types = List.copyOf(types);
        this.simpleNames = Set.copyOf(this.types.stream().map(TypeMatcher::simpleName).toList());
    }

    /** Matches values of these types, by qualified name. */
    public static TypeMatcher of(Collection<String> qualifiedNames) {
        return new TypeMatcher(qualifiedNames);
    }

    public static TypeMatcher of(String... qualifiedNames) {
        return new TypeMatcher(List.of(qualifiedNames));
    }

    /** The qualified names matched. */
    public List<String> types() {
        return types;
    }

    /** Whether {@code expression}'s value is of one of the types. */
    public boolean matches(Expression expression, RuleContext context) {
        return matches(expression, context, 0);
    }

    /** Whether a type written at a place of the file names one of the types. */
    public boolean matchesWritten(Type written, RuleContext context) {
        if (!written.isClassOrInterfaceType()) {
            return false;
        }
        ClassOrInterfaceType type = written.asClassOrInterfaceType();
        String name = type.getScope().map(scope -> scope.asString() + ".").orElse("") + type.getNameAsString();
        return matchesName(name, context);
    }

    /** Whether the type name {@code written} (simple or qualified) may name one of the types in this file. */
    public boolean matchesName(String written, RuleContext context) {
        String simple = simpleName(written);
        if (!simpleNames.contains(simple)) {
            return false;
        }
        return types.stream().anyMatch(type -> context.resolver().mayImport(written, type));
    }

    private boolean matches(Expression expression, RuleContext context, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        Expression inner = unwrap(expression);
        if (inner instanceof CastExpr cast) {
            return matchesSubtype(cast.getType(), inner, context);
        }
        if (inner instanceof ObjectCreationExpr creation) {
            return matchesSubtype(creation.getType(), inner, context);
        }
        if (inner instanceof com.github.javaparser.ast.expr.ClassExpr) {
            return types.contains("java.lang.Class");
        }
        Optional<Scopes.Declaration> declaration = DeclaredTypes.declaration(inner);
        if (declaration.isPresent()) {
            Optional<Type> written = declaration.get().writtenType();
            if (written.isPresent()) {
                return matchesSubtype(written.get(), inner, context);
            }
            // var: typed by its initialiser, else by the solver
            Optional<Expression> initializer = declaration.get().declarator().flatMap(d -> d.getInitializer());
            if (initializer.isPresent() && !(unwrap(initializer.get()) instanceof MethodCallExpr)) {
                return matches(initializer.get(), context, depth + 1);
            }
            if (initializer.isPresent() && unwrap(initializer.get()) instanceof MethodCallExpr call) {
                // a method of a class of this file, by the return type it declares
                Optional<Type> returned = DeclaredTypes.returnTypeOf(call).or(() -> DeclaredTypes.returnTypeOfCallOnThisFileType(call));
                if (returned.isPresent()) {
                    return matchesWritten(returned.get(), context);
                }
            }
            return resolved(inner, context) || initializer.filter(init -> resolved(init, context)).isPresent();
        }
        if (inner instanceof MethodCallExpr call) {
            Optional<Type> returned = DeclaredTypes.returnTypeOf(call);
            if (returned.isEmpty()) {
                returned = DeclaredTypes.returnTypeOfCallOnThisFileType(call);
            }
            if (returned.isPresent()) {
                return matchesWritten(returned.get(), context);
            }
            Optional<String> library = libraryReturn(call, context);
            if (library.isPresent()) {
                return types.contains(library.get());
            }
        }
        Optional<Boolean> fromFacts = fieldOfScannedType(inner, context);
        if (fromFacts.isPresent()) {
            return fromFacts.get();
        }
        return mayReach(context) && resolved(inner, context);
    }

    /**
     * What a call of a library returns, from {@link LibraryReturns}: an instance call on a
     * receiver of the owner's type, or a static call of a class this file imports.
     */
    private static Optional<String> libraryReturn(MethodCallExpr call, RuleContext context) {
        if (call.getScope().isEmpty()) {
            return Optional.empty();
        }
        String method = "#" + call.getNameAsString() + "/" + call.getArguments().size();
        for (var entry : LibraryReturns.INSTANCE_RETURNS.entrySet()) {
            if (entry.getKey().endsWith(method) && TypeMatcher.of(entry.getKey().substring(0, entry.getKey().indexOf('#')))
                    .matches(call.getScope().get(), context)) {
                return Optional.of(entry.getValue());
            }
        }
        if (!(call.getScope().get() instanceof NameExpr owner)) {
            return Optional.empty();
        }
        String suffix = "." + owner.getNameAsString() + "#" + call.getNameAsString() + "/" + call.getArguments().size();
        for (var entry : LibraryReturns.STATIC_RETURNS.entrySet()) {
            if (entry.getKey().endsWith(suffix)) {
                String qualified = entry.getKey().substring(0, entry.getKey().indexOf('#'));
                if (context.resolver().mayImport(owner.getNameAsString(), qualified)) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A written type that names one of the types, or, for exception classes, a subtype of
     * one: a scanned exception class by the supertypes its file writes, a library one
     * ({@code SQLException}) by the solver's answer for {@code value}, or by its name when
     * the solver cannot see it.
     */
    private boolean matchesSubtype(Type written, Expression value, RuleContext context) {
        if (matchesWritten(written, context)) {
            return true;
        }
        if (!written.isClassOrInterfaceType()) {
            return false;
        }
        // subtypes are looked for among exception classes only: other types are matched by
        // their written name (asking what every List or scanned class extends, to find the
        // rare Map among them, would parse and resolve far more than it finds)
        String name = written.asClassOrInterfaceType().getNameWithScope();
        String simple = simpleName(name);
        if (!types.contains("java.lang.Throwable") || !(simple.endsWith("Exception") || simple.endsWith("Error"))) {
            return false;
        }
        Optional<ScannedType> scanned = context.project().type(name, value);
        if (scanned.isPresent()) {
            return scannedSubtype(scanned.get(), context, 0);
        }
        Optional<ResolvedType> type = context.resolver().typeOf(value);
        return type.isEmpty() || resolved(value, context);
    }

    private boolean scannedSubtype(ScannedType type, RuleContext context, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        for (String supertype : type.supertypes()) {
            if (context.project().typeNames(supertype, type).stream().anyMatch(types::contains)) {
                return true;
            }
            Optional<ScannedType> parent = context.project().type(supertype, type);
            if (parent.isPresent() && scannedSubtype(parent.get(), context, depth + 1)) {
                return true;
            }
            if (parent.isEmpty() && types.contains("java.lang.Throwable")
                    && (supertype.endsWith("Exception") || supertype.endsWith("Error"))) {
                return true; // an exception class of a library: a Throwable by every convention
            }
        }
        return false;
    }

    /** The solver's answer, its supertypes included; false when it cannot tell. */
    private boolean resolved(Expression expression, RuleContext context) {
        Optional<ResolvedType> resolved = context.resolver().typeOf(expression)
                .map(TypeMatcher::bound);
        if (resolved.isEmpty() || !resolved.get().isReferenceType()) {
            return false;
        }
        ResolvedReferenceType type = resolved.get().asReferenceType();
        if (types.contains(type.getQualifiedName())) {
            return true;
        }
        try {
            return type.getAllAncestors().stream().anyMatch(ancestor -> types.contains(ancestor.getQualifiedName()));
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * A field declared in another scanned class, judged by the facts of its file: an
     * inherited field ({@code jdbcTemplate} of a base class) or a field of another object
     * or class ({@code helper.jdbc}, {@code Db.TEMPLATE}). Empty when no scanned class
     * declares it.
     */
    private Optional<Boolean> fieldOfScannedType(Expression receiver, RuleContext context) {
        Optional<ScannedType> owner;
        String field;
        if (receiver instanceof NameExpr name) {
            owner = FactExtractor.enclosingTypeName(receiver).flatMap(self -> context.project().type(self, receiver));
            field = name.getNameAsString();
        } else if (receiver instanceof FieldAccessExpr access) {
            Expression scope = access.getScope();
            owner = scope.isThisExpr() || scope.isSuperExpr()
                    ? FactExtractor.enclosingTypeName(receiver).flatMap(self -> context.project().type(self, receiver))
                    : DeclaredTypes.writtenTypeOf(scope).flatMap(written -> context.project().type(written, receiver));
            field = access.getNameAsString();
        } else {
            return Optional.empty();
        }
        for (int depth = 0; owner.isPresent() && depth < MAX_DEPTH; depth++) {
            ScannedType declared = owner.get();
            String written = declared.fields().get(field);
            if (written != null) {
                List<String> meant = context.project().typeNames(written, declared);
                return Optional.of(types.stream().anyMatch(meant::contains));
            }
            owner = declared.supertypes().stream()
                    .map(supertype -> context.project().type(supertype, declared))
                    .flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    /**
     * Whether the file can name one of the types: it imports it or its package, or lives in
     * its package. A file that does neither reaches them only by inheritance, and resolving
     * is costly.
     */
    private boolean mayReach(RuleContext context) {
        CompilationUnit unit = context.compilationUnit();
        String ownPackage = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (String type : types) {
            String pkg = type.substring(0, Math.max(0, type.lastIndexOf('.')));
            if (pkg.equals(ownPackage) || pkg.equals("java.lang")) {
                return true;
            }
            for (ImportDeclaration declaration : unit.getImports()) {
                String imported = declaration.getNameAsString();
                if (!declaration.isStatic() && (imported.equals(type) || declaration.isAsterisk() && imported.equals(pkg))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a lambda parameter's constraint or a wildcard ({@code ? super Connection}) is bounded by. */
    private static ResolvedType bound(ResolvedType type) {
        if (type.isConstraint()) {
            return type.asConstraintType().getBound();
        }
        return type.isWildcard() && type.asWildcard().isBounded() ? type.asWildcard().getBoundedType() : type;
    }

    static Expression unwrap(Expression expression) {
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        return inner;
    }

    private static String simpleName(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
