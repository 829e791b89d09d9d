package dev.backlint.rules.correctness;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.TextTypes;
import dev.backlint.resolve.DeclaredTypes;
import java.util.Optional;
import java.util.Set;

/**
 * The type of a lambda's parameter that its code does not write, where the code around
 * the lambda says it: a variable declared as a functional interface of the JDK
 * ({@code Predicate<String> p = c -> …}), or a stream or collection operation over a
 * collection declared with its element type ({@code names.stream().filter(n -> …)}).
 */
final class LambdaParameters {

    /** JDK functional interfaces whose parameters take their type arguments in order. */
    private static final Set<String> IN_ORDER = Set.of("Predicate", "BiPredicate", "Function", "BiFunction",
            "Consumer", "BiConsumer", "ToIntFunction", "ToLongFunction", "ToDoubleFunction", "ToIntBiFunction");
    /** Those whose every parameter has the first type argument. */
    private static final Set<String> ALL_FIRST = Set.of("UnaryOperator", "BinaryOperator", "Comparator");
    /** Operations whose lambda takes one element of the stream or collection they are called on. */
    private static final Set<String> PER_ELEMENT = Set.of("filter", "anyMatch", "allMatch", "noneMatch",
            "removeIf", "forEach", "takeWhile", "dropWhile", "map", "peek", "mapToInt", "mapToLong", "flatMap");
    /** Operations of a stream that keep its elements' type. */
    private static final Set<String> SAME_ELEMENTS = Set.of("stream", "filter", "sorted", "distinct", "peek",
            "limit", "skip", "takeWhile", "dropWhile", "parallelStream", "sequential", "parallel");
    private static final Set<String> COLLECTIONS = Set.of("List", "Set", "Collection", "Iterable", "Queue", "Deque",
            "Stream", "ArrayList", "LinkedList", "HashSet", "LinkedHashSet", "TreeSet", "SortedSet", "NavigableSet",
            "ArrayDeque", "CopyOnWriteArrayList");

    private LambdaParameters() {
    }

    /** Whether the lambda's parameter at {@code index} is a String; empty where the code does not tell. */
    static Optional<Boolean> isString(LambdaExpr lambda, int index) {
        return typeOf(lambda, index).map(TextTypes::isString);
    }

    /** The type of the lambda's parameter at {@code index}, as written where the code says it. */
    static Optional<Type> typeOf(LambdaExpr lambda, int index) {
        Node parent = lambda.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator variable && variable.getType() instanceof ClassOrInterfaceType target) {
            Optional<NodeList<Type>> arguments = target.getTypeArguments();
            String name = target.getNameAsString();
            if (arguments.isEmpty() || arguments.get().isEmpty()) {
                return Optional.empty();
            }
            if (ALL_FIRST.contains(name)) {
                return Optional.of(arguments.get().get(0));
            }
            if (IN_ORDER.contains(name) && index < arguments.get().size()) {
                return Optional.of(arguments.get().get(index));
            }
            return Optional.empty();
        }
        if (parent instanceof MethodCallExpr call && index == 0 && lambda.getParameters().size() == 1
                && PER_ELEMENT.contains(call.getNameAsString()) && call.getScope().isPresent()) {
            return elementType(call.getScope().get(), 0);
        }
        return Optional.empty();
    }

    /** The element type of a collection or stream, from the declaration it comes from. */
    private static Optional<Type> elementType(Expression source, int depth) {
        if (depth > 6) {
            return Optional.empty();
        }
        if (source instanceof MethodCallExpr call && SAME_ELEMENTS.contains(call.getNameAsString())
                && call.getScope().isPresent()) {
            return elementType(call.getScope().get(), depth + 1);
        }
        Optional<Type> declared = DeclaredTypes.of(source);
        if (declared.isEmpty() || !(declared.get() instanceof ClassOrInterfaceType type)
                || !COLLECTIONS.contains(type.getNameAsString())) {
            return Optional.empty();
        }
        return type.getTypeArguments().filter(arguments -> arguments.size() == 1).map(arguments -> arguments.get(0));
    }
}
