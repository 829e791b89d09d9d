package dev.backlint.rules.correctness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.Optional;

/** What the rules of reference comparisons share: the comparisons that are meant, and the file's imports. */
final class Comparisons {

    private Comparisons() {
    }

    /**
     * Whether the comparison is in an {@code equals(Object)} that compares {@code this} with
     * the other object by identity: such a method is about identity first, as the
     * catalogue leaves it.
     */
    static boolean insideIdentityEquals(BinaryExpr comparison) {
        Optional<MethodDeclaration> method = comparison.findAncestor(MethodDeclaration.class);
        if (method.isEmpty() || !method.get().getNameAsString().equals("equals")
                || method.get().getParameters().size() != 1 || method.get().getBody().isEmpty()) {
            return false;
        }
        return method.get().getBody().get().findFirst(BinaryExpr.class, binary ->
                binary.getOperator() == BinaryExpr.Operator.EQUALS
                        && (binary.getLeft() instanceof ThisExpr || binary.getRight() instanceof ThisExpr)).isPresent();
    }

    /**
     * Whether {@code a == b} is the identity shortcut of a comparison of text that follows
     * it: {@code a == b || a.equals(b)} (or {@code a != null && a.equals(b)} after it), and
     * {@code a != b && !a.equals(b)}.
     */
    static boolean shortcutBeforeEquals(BinaryExpr comparison) {
        Node parent = comparison.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        if (!(parent instanceof BinaryExpr logical)) {
            return false;
        }
        BinaryExpr.Operator wanted = comparison.getOperator() == BinaryExpr.Operator.EQUALS
                ? BinaryExpr.Operator.OR : BinaryExpr.Operator.AND;
        if (logical.getOperator() != wanted) {
            return false;
        }
        Expression a = comparison.getLeft();
        Expression b = comparison.getRight();
        return logical.getRight().findFirst(MethodCallExpr.class, call -> call.getNameAsString().equals("equals")
                && call.getArguments().size() == 1 && call.getScope().isPresent()
                && (call.getScope().get().equals(a) && call.getArgument(0).equals(b)
                        || call.getScope().get().equals(b) && call.getArgument(0).equals(a))).isPresent();
    }

    /** Whether the file imports {@code java.util.Objects} (by name or with {@code java.util.*}). */
    static boolean importsObjects(Node at) {
        return at.findCompilationUnit().map(unit -> unit.getImports().stream().anyMatch(i -> !i.isStatic()
                && (i.getNameAsString().equals("java.util.Objects")
                        || i.isAsterisk() && i.getNameAsString().equals("java.util")))).orElse(false);
    }

    /** The code of a node on one line, cut to 60 characters: how findings quote an operand or a call. */
    static String shown(Node node) {
        String text = node.toString().replaceAll("\\s+", " ");
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    /** A method's declared return type as written, and the scanned type that declares the method. */
    record DeclaredReturn(String written, dev.backlint.api.ScannedType in) {
    }

    /**
     * The return type that the method {@code key} ({@code name/arity}) of {@code owner}, or
     * of its scanned supertypes a few levels up, is declared with.
     */
    static java.util.Optional<DeclaredReturn> declaredReturn(java.util.Optional<dev.backlint.api.ScannedType> owner,
            String key, dev.backlint.api.Project project) {
        java.util.Optional<dev.backlint.api.ScannedType> type = owner;
        for (int level = 0; type.isPresent() && level < 4; level++) {
            dev.backlint.api.ScannedType current = type.get();
            String returned = current.returnTypes().get(key);
            if (returned != null) {
                return java.util.Optional.of(new DeclaredReturn(returned, current));
            }
            type = current.supertypes().stream().map(s -> project.type(s, current))
                    .flatMap(java.util.Optional::stream).findFirst();
        }
        return java.util.Optional.empty();
    }
}
