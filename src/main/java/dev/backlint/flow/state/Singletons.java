package dev.backlint.flow.state;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.backlint.api.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a class has one instance that serves every request: a Spring stereotype (also
 * through an annotation of the scanned sources annotated with one), a CDI or EJB singleton,
 * a servlet or a filter (also through a base class of the scanned sources), a JAX-RS
 * resource or provider that the application registers as an instance; not when a
 * {@code @Scope} gives it a prototype, request or session scope. The project's configuration
 * may name more singleton annotations.
 */
public final class Singletons {

    /** The text indexes {@link #describe} reads: the JAX-RS resources registered as instances. */
    public static java.util.List<dev.backlint.api.TextIndexKind> textIndexes() {
        return java.util.List.of(JaxRsSingletons.KIND);
    }

    private static final Set<String> STEREOTYPES = Set.of("Component", "Service", "Repository", "Controller",
            "RestController", "Configuration", "ControllerAdvice", "RestControllerAdvice", "Singleton",
            "ApplicationScoped", "Stateless");

    private static final Set<String> SCOPED = Set.of("RequestScope", "SessionScope", "RequestScoped",
            "SessionScoped", "ConversationScoped", "Dependent", "Prototype");

    private static final Set<String> SERVLET_BASES = Set.of("HttpServlet", "GenericServlet", "HttpFilter",
            "OncePerRequestFilter", "GenericFilterBean", "AbstractRequestLoggingFilter");

    private static final Set<String> SERVLET_INTERFACES = Set.of("Filter", "Servlet");

    private static final int MAX_DEPTH = 3;

    private Singletons() {
    }

    /** What makes {@code type} a singleton, as a message names it ({@code singleton @Service OrderService}). */
    public static Optional<String> describe(ClassOrInterfaceDeclaration type, RuleContext context) {
        if (!type.containsData(DESCRIBED)) {
            type.setData(DESCRIBED, described(type, context));
        }
        return type.getData(DESCRIBED);
    }

    private static final com.github.javaparser.ast.DataKey<Optional<String>> DESCRIBED =
            new com.github.javaparser.ast.DataKey<>() {
            };

    /** Packages whose annotations are known: none of them is a stereotype of the project's own. */
    private static final List<String> LIBRARY_PACKAGES = List.of("java.", "javax.", "jakarta.", "lombok.",
            "com.fasterxml.", "io.swagger.", "org.junit.", "org.slf4j.", "org.apache.", "io.micrometer.",
            "org.hibernate.", "com.google.", "org.immutables.", "org.mapstruct.", "io.quarkus.", "edu.umd.");

    private static Optional<String> described(ClassOrInterfaceDeclaration type, RuleContext context) {
        if (type.isInterface() || type.isLocalClassDeclaration() || type.isInnerClass() || scoped(type)) {
            return Optional.empty();
        }
        for (AnnotationExpr annotation : type.getAnnotations()) {
            String name = annotation.getName().getIdentifier();
            if (STEREOTYPES.contains(name) || context.project().options().singletonAnnotations().contains(name)
                    || mayBeOwnAnnotation(name, context) && isStereotype(name, type, context, 0)) {
                return Optional.of("singleton `@" + name + "` `" + type.getNameAsString() + "`");
            }
        }
        for (var extended : type.getExtendedTypes()) {
            if (isServletType("extends " + extended.getNameAsString(), type, context, 0)) {
                return Optional.of("servlet `" + type.getNameAsString() + "`");
            }
        }
        for (var implemented : type.getImplementedTypes()) {
            if (SERVLET_INTERFACES.contains(implemented.getNameAsString())) {
                return Optional.of("filter `" + type.getNameAsString() + "`");
            }
        }
        if ((type.getAnnotationByName("Path").isPresent() || type.getAnnotationByName("Provider").isPresent())
                && context.project().textIndex(JaxRsSingletons.KIND).contains(type.getNameAsString())) {
            return Optional.of("JAX-RS singleton `" + type.getNameAsString() + "`");
        }
        return Optional.empty();
    }

    /** An annotation not imported from a library's package: one the scanned sources may declare. */
    private static boolean mayBeOwnAnnotation(String name, RuleContext context) {
        if (name.equals("Override") || name.equals("Deprecated") || name.equals("SuppressWarnings")
                || name.equals("FunctionalInterface") || name.equals("SafeVarargs")) {
            return false;
        }
        String suffix = "." + name;
        return context.compilationUnit().getImports().stream().filter(i -> !i.isStatic() && !i.isAsterisk()
                && i.getNameAsString().endsWith(suffix)).noneMatch(i -> LIBRARY_PACKAGES.stream()
                        .anyMatch(i.getNameAsString()::startsWith));
    }

    /** An annotation of the scanned sources that carries a stereotype, directly or through another such annotation. */
    private static boolean isStereotype(String annotation, Node at, RuleContext context, int depth) {
        if (depth >= MAX_DEPTH) {
            return false;
        }
        List<String> marks = marksOf(annotation, at, context);
        for (String mark : marks) {
            if (mark.startsWith("@")) {
                String name = mark.substring(1);
                if (STEREOTYPES.contains(name) || context.project().options().singletonAnnotations().contains(name)
                        || !name.equals(annotation) && isStereotype(name, at, context, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isServletType(String mark, Node at, RuleContext context, int depth) {
        String name = mark.substring(mark.indexOf(' ') + 1);
        if (mark.startsWith("extends ") && SERVLET_BASES.contains(name)
                || mark.startsWith("implements ") && SERVLET_INTERFACES.contains(name)) {
            return true;
        }
        if (depth >= MAX_DEPTH || !name.contains("Servlet") && !name.contains("Filter")) {
            return false; // a base class of a servlet or filter is named for what it is
        }
        for (String parentMark : marksOf(name, at, context)) {
            if (!parentMark.startsWith("@") && isServletType(parentMark, at, context, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> marksOf(String type, Node at, RuleContext context) {
        List<String> marks = new ArrayList<>();
        at.findCompilationUnit().ifPresent(unit -> unit.findAll(ClassOrInterfaceDeclaration.class,
                declared -> declared.getNameAsString().equals(type)).forEach(declared -> {
                    declared.getAnnotations().forEach(a -> marks.add("@" + a.getName().getIdentifier()));
                    declared.getExtendedTypes().forEach(t -> marks.add("extends " + t.getNameAsString()));
                    declared.getImplementedTypes().forEach(t -> marks.add("implements " + t.getNameAsString()));
                }));
        at.findCompilationUnit().ifPresent(unit -> unit.findAll(
                com.github.javaparser.ast.body.AnnotationDeclaration.class,
                declared -> declared.getNameAsString().equals(type))
                .forEach(declared -> declared.getAnnotations().forEach(a -> marks.add("@" + a.getName().getIdentifier()))));
        if (!marks.isEmpty()) {
            return marks;
        }
        return context.project().textFacts(TypeHeaders.KIND, type, at)
                .map((Map<String, List<String>> headers) -> headers.getOrDefault(type, List.of())).orElse(List.of());
    }

    /** {@code @Scope("prototype")}, {@code @Scope(value = SCOPE_REQUEST)}, {@code @RequestScope} and the like. */
    private static boolean scoped(ClassOrInterfaceDeclaration type) {
        for (AnnotationExpr annotation : type.getAnnotations()) {
            String name = annotation.getName().getIdentifier();
            if (SCOPED.contains(name)) {
                return true;
            }
            if (!name.equals("Scope")) {
                continue;
            }
            List<com.github.javaparser.ast.expr.Expression> values = new ArrayList<>();
            if (annotation instanceof SingleMemberAnnotationExpr single) {
                values.add(single.getMemberValue());
            } else if (annotation instanceof NormalAnnotationExpr normal) {
                normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value")
                        || p.getNameAsString().equals("scopeName")).map(MemberValuePair::getValue).forEach(values::add);
            }
            for (var value : values) {
                String text = value instanceof StringLiteralExpr literal ? literal.getValue()
                        : value instanceof FieldAccessExpr access ? access.getNameAsString()
                        : value instanceof NameExpr constant ? constant.getNameAsString() : "";
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.contains("prototype") || lower.contains("request") || lower.contains("session")
                        || lower.contains("thread") || lower.contains("refresh")) {
                    return true;
                }
            }
        }
        return false;
    }
}
