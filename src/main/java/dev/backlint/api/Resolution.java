package dev.backlint.api;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.Optional;

/**
 * Type and symbol resolution for the file being checked: every question answers an
 * {@code Optional}, empty when the symbol solver cannot tell (a jar is missing, the code
 * does not compile). Misses are counted, never thrown. Resolution is costly: ask it only
 * for candidates the syntax has not already decided.
 */
public interface Resolution {

    /** The static type of {@code expression}. */
    Optional<ResolvedType> typeOf(Expression expression);

    /** The fully qualified name of {@code expression}'s reference type. */
    default Optional<String> typeNameOf(Expression expression) {
        return typeOf(expression)
                .filter(ResolvedType::isReferenceType)
                .map(type -> type.asReferenceType().getQualifiedName());
    }

    /** The method a call invokes. */
    Optional<ResolvedMethodDeclaration> method(MethodCallExpr call);

    /**
     * The fully qualified name of an annotation: from a single-type import or a qualified
     * name when the syntax decides it, else resolved.
     */
    Optional<String> annotationName(AnnotationExpr annotation);

    /**
     * What a type name written in this file stands for, judged from the imports alone: a
     * qualified name is itself; a simple name is what a single-type import names.
     */
    Optional<String> importedName(String written);

    /**
     * Whether the name {@code written} may stand for {@code qualifiedName} in this file: it
     * is that name, imported by a single-type or wildcard import of its package, or
     * declared in the same package.
     */
    boolean mayImport(String written, String qualifiedName);
}
