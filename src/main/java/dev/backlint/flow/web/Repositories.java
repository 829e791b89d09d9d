package dev.backlint.flow.web;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.RuleContext;
import dev.backlint.api.ScannedType;
import dev.backlint.models.SpringData;
import dev.backlint.resolve.DeclaredTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spring Data repository interfaces of the scanned sources ({@link RepositoryShapes}) and
 * which of their calls return every row of a table: {@code findAll()}, {@code findAll(Sort)},
 * and derived queries returning collections with no {@code Pageable}, {@code Limit},
 * {@code Top} or {@code First}.
 */
public final class Repositories {

    /** A derived query's subject: {@code find…By}, {@code streamAllBy}, {@code findTop10By}. */
    private static final Pattern DERIVED = Pattern.compile("^(find|read|get|query|search|stream)(\\w*?)By[A-Z_]");
    /** What a derived query's subject says to limit it. */
    private static final Pattern LIMITED = Pattern.compile("(Top|First)\\d*");
    /** Return types that hold every row found. */
    private static final Set<String> MANY = Set.of("List", "Set", "Collection", "Iterable", "Stream", "Flux",
            "Streamable", "SortedSet", "LinkedHashSet", "ArrayList", "java.util.List");
    /** Parameters that bound the rows a query returns. */
    private static final Set<String> BOUNDS = Set.of("Pageable", "Limit", "PageRequest", "ScrollPosition",
            "OffsetScrollPosition", "KeysetScrollPosition");
    private static final int MAX_SUPERTYPES = 3;
    /** Spring Data's repository interfaces, by qualified name. */
    private static final List<String> LIBRARY_REPOSITORIES = List.of(
            "org.springframework.data.jpa.repository.JpaRepository",
            "org.springframework.data.repository.CrudRepository",
            "org.springframework.data.repository.ListCrudRepository",
            "org.springframework.data.repository.PagingAndSortingRepository",
            "org.springframework.data.repository.ListPagingAndSortingRepository",
            "org.springframework.data.mongodb.repository.MongoRepository",
            "org.springframework.data.repository.reactive.ReactiveCrudRepository",
            "org.springframework.data.repository.reactive.ReactiveSortingRepository",
            "org.springframework.data.r2dbc.repository.R2dbcRepository");

    /** A repository interface with the view of the scan that names in its file are looked up from. */
    public record Repository(String name, RepositoryShapes.Shape shape, ScannedType type, List<RepositoryShapes.Shape> bases) {
    }

    private Repositories() {
    }

    /** The repository interface the receiver's declared type names, if it is one of the scanned sources. */
    public static Optional<Repository> ofReceiver(Expression receiver, RuleContext context) {
        Optional<Type> written = declaredType(receiver);
        if (written.isEmpty() || !written.get().isClassOrInterfaceType()) {
            return Optional.empty();
        }
        String name = written.get().asClassOrInterfaceType().getNameWithScope();
        Optional<ScannedType> type = context.project().type(name, receiver);
        if (type.isEmpty()) {
            // a field declared with the library's interface itself: JpaRepository<Order, Long>
            String simple = simple(name);
            return LIBRARY_REPOSITORIES.stream().filter(q -> simple(q).equals(simple)
                    && context.resolver().mayImport(name, q)).findFirst()
                    .map(q -> new Repository(simple, new RepositoryShapes.Shape(List.of(), java.util.Map.of()), null,
                            List.of()));
        }
        Optional<RepositoryShapes.Shape> shape = context.project().textFacts(RepositoryShapes.KIND, name, receiver)
                .map(shapes -> shapes.get(simple(type.get().qualifiedName())));
        return shape.flatMap(s -> repository(simple(type.get().qualifiedName()), s, type.get(), context));
    }

    /**
     * The type a receiver is declared with: a variable's or field's, or for a call of a method
     * of the same class ({@code getRepository().findAll()}) the type the method returns.
     */
    public static Optional<Type> declaredType(Expression receiver) {
        if (receiver instanceof MethodCallExpr call && (call.getScope().isEmpty() || call.getScope().get().isThisExpr())
                && call.getArguments().isEmpty()) {
            return DeclaredTypes.returnTypeOf(call);
        }
        return DeclaredTypes.of(receiver);
    }

    /** The repository interface {@code written} names in the file of {@code near}. */
    public static Optional<Repository> named(String written, ScannedType near, RuleContext context) {
        Optional<ScannedType> type = context.project().type(written, near);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<RepositoryShapes.Shape> shape = context.project().textFacts(RepositoryShapes.KIND, written, near)
                .map(shapes -> shapes.get(simple(type.get().qualifiedName())));
        return shape.flatMap(s -> repository(simple(type.get().qualifiedName()), s, type.get(), context));
    }

    /** The interface as a repository, when it or a scanned interface it extends extends a Spring Data base. */
    private static Optional<Repository> repository(String name, RepositoryShapes.Shape shape, ScannedType type,
            RuleContext context) {
        List<RepositoryShapes.Shape> bases = new ArrayList<>();
        RepositoryShapes.Shape current = shape;
        ScannedType currentType = type;
        for (int depth = 0; depth <= MAX_SUPERTYPES; depth++) {
            if (current.supertypes().stream().anyMatch(s -> SpringData.REPOSITORY_BASES.contains(simple(s)))) {
                return Optional.of(new Repository(name, shape, type, List.copyOf(bases)));
            }
            Optional<RepositoryShapes.Shape> next = Optional.empty();
            for (String supertype : current.supertypes()) {
                Optional<ScannedType> superType = context.project().type(supertype, currentType);
                if (superType.isPresent()) {
                    String simple = simple(superType.get().qualifiedName());
                    next = context.project().textFacts(RepositoryShapes.KIND, supertype, currentType)
                            .map(shapes -> shapes.get(simple));
                    if (next.isPresent()) {
                        currentType = superType.get();
                        break;
                    }
                }
            }
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
            bases.add(current);
        }
        return Optional.empty();
    }

    /**
     * Whether the call of {@code method} with {@code arguments} arguments returns every row
     * it selects: {@code findAll()} and {@code findAll(Sort)} always, a derived query when
     * the repository declares it returning many rows with nothing to bound them.
     */
    public static boolean unbounded(Repository repository, String method, int arguments, boolean sorted) {
        if (method.equals("findAll")) {
            if (arguments == 0 || arguments == 1 && sorted) {
                return declared(repository, method, arguments).stream()
                        .allMatch(q -> MANY.contains(q.returns()) && !q.annotated());
            }
            return false;
        }
        Matcher derived = DERIVED.matcher(method);
        if (!derived.find() || LIMITED.matcher(derived.group(2)).find()) {
            return false;
        }
        List<RepositoryShapes.Query> queries = declared(repository, method, arguments);
        return !queries.isEmpty() && queries.stream().allMatch(q -> MANY.contains(q.returns()) && !q.annotated()
                && q.parameters().stream().noneMatch(BOUNDS::contains));
    }

    private static List<RepositoryShapes.Query> declared(Repository repository, String method, int arguments) {
        List<RepositoryShapes.Query> found = new ArrayList<>();
        List<RepositoryShapes.Shape> shapes = new ArrayList<>(List.of(repository.shape()));
        shapes.addAll(repository.bases());
        for (RepositoryShapes.Shape shape : shapes) {
            for (RepositoryShapes.Query query : shape.queries().getOrDefault(method, List.of())) {
                if (query.parameters().size() == arguments) {
                    found.add(query);
                }
            }
        }
        return found;
    }

    /** Whether the expression is a {@code Sort}: {@code Sort.by(..)}, {@code Sort.unsorted()}, a variable declared {@code Sort}. */
    public static boolean isSort(Expression expression) {
        Expression root = expression;
        while (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
            root = call.getScope().get();
        }
        if (root != expression && root instanceof NameExpr name && name.getNameAsString().equals("Sort")) {
            return true;
        }
        if (DeclaredTypes.of(expression).filter(Type::isClassOrInterfaceType)
                .map(t -> t.asClassOrInterfaceType().getNameAsString().equals("Sort")).orElse(false)) {
            return true;
        }
        // var sort = switch (by) { case … -> Sort.by(..); … }
        if (expression instanceof NameExpr name) {
            Optional<Expression> initial = DeclaredTypes.localVariable(name).flatMap(v -> v.getInitializer());
            if (initial.isPresent() && initial.get() instanceof SwitchExpr choice) {
                List<Expression> arms = new ArrayList<>();
                choice.getEntries().forEach(entry -> entry.getStatements().forEach(statement -> {
                    if (statement instanceof ExpressionStmt arm) {
                        arms.add(arm.getExpression());
                    }
                    statement.findAll(YieldStmt.class).forEach(y -> arms.add(y.getExpression()));
                }));
                return !arms.isEmpty() && arms.stream().allMatch(Repositories::isSort);
            }
            return initial.filter(i -> !(i instanceof NameExpr)).map(Repositories::isSort).orElse(false);
        }
        return false;
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
