package dev.backlint.matchers;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.types.ResolvedReferenceType;
import com.github.javaparser.resolution.types.ResolvedType;
import dev.backlint.api.RuleContext;
import dev.backlint.engine.FactExtractor;
import dev.backlint.api.ScannedType;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.backlint.resolve.DeclaredTypes;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether the receiver of a call is of one of some types: by its resolved type and its
 * supertypes when the symbol solver knows them, else by the declared type of the
 * variable as the file's imports name it. Never by a method name alone.
 */
public final class Receivers {

    private Receivers() {
    }

    /**
     * Syntax first: a variable declared in this file is judged by its declared type as
     * the imports name it, which costs nothing; only receivers without a visible
     * declaration (call results, inherited fields) are resolved, with their supertypes.
     */
    public static boolean isOneOf(Expression receiver, Collection<String> types, RuleContext context) {
        Optional<Type> declared = DeclaredTypes.of(receiver);
        if (declared.isEmpty() && receiver instanceof com.github.javaparser.ast.expr.MethodCallExpr call) {
            // getJdbcTemplate(): the declared return type of a method of this class
            declared = DeclaredTypes.returnTypeOf(call);
        }
        if (declared.isPresent()) {
            if (!declared.get().isClassOrInterfaceType()) {
                return false;
            }
            ClassOrInterfaceType written = declared.get().asClassOrInterfaceType();
            String name = written.getScope().map(scope -> scope.asString() + ".").orElse("") + written.getNameAsString();
            return types.stream().anyMatch(type -> context.resolver().mayImport(name, type));
        }
        Optional<Boolean> fromFacts = fieldOfScannedType(receiver, types, context);
        if (fromFacts.isPresent()) {
            return fromFacts.get();
        }
        if (!mentionsAny(context, types)) {
            // resolving is costly, and a file that imports none of these types, nor their
            // packages, nor lives in one of them can only reach them by inheritance
            return false;
        }
        Optional<ResolvedType> resolved = context.resolver().typeOf(receiver);
        if (resolved.isEmpty() || !resolved.get().isReferenceType()) {
            return false;
        }
        ResolvedReferenceType type = resolved.get().asReferenceType();
        if (types.contains(type.getQualifiedName())) {
            return true;
        }
        try {
            return type.getAllAncestors().stream().anyMatch(a -> types.contains(a.getQualifiedName()));
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * A field declared in another scanned class, judged by the facts of its file: an
     * inherited field ({@code jdbcTemplate} of a base class) or a field of another
     * object or class ({@code helper.jdbc}, {@code Db.TEMPLATE}). Empty when no
     * scanned class declares it.
     */
    private static Optional<Boolean> fieldOfScannedType(Expression receiver, Collection<String> types,
                                                        RuleContext context) {
        Optional<ScannedType> owner;
        String field;
        if (receiver instanceof NameExpr name) {
            owner = FactExtractor.enclosingTypeName(receiver)
                    .flatMap(self -> context.project().type(self, receiver));
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
        for (int depth = 0; owner.isPresent() && depth < 8; depth++) {
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

    private static boolean mentionsAny(RuleContext context, Collection<String> types) {
        com.github.javaparser.ast.CompilationUnit unit = context.compilationUnit();
        String ownPackage = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (String type : types) {
            String pkg = type.substring(0, Math.max(0, type.lastIndexOf('.')));
            if (pkg.equals(ownPackage)) {
                return true;
            }
            for (com.github.javaparser.ast.ImportDeclaration declaration : unit.getImports()) {
                String imported = declaration.getNameAsString();
                if (!declaration.isStatic() && (imported.equals(type) || declaration.isAsterisk() && imported.equals(pkg))) {
                    return true;
                }
            }
        }
        return false;
    }
}
