package dev.backlint.flow.timeouts;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.backlint.api.RuleContext;
import dev.backlint.flow.Destination;
import dev.backlint.matchers.TypeMatcher;
import dev.backlint.models.HttpClients;
import dev.backlint.resolve.Body;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code URL} is a network address as the code shows it. A connection is an
 * HTTP one when it is cast to or held as {@code HttpURLConnection}, given HTTP settings, or
 * opened on an address the method builds from text that is not a file, jar or class path
 * location; code that loads resources by URL (class path lookups, jar entries, code that
 * tells protocols apart) is left alone, since most URLs it handles are local.
 */
public final class Addresses {

    private static final TypeMatcher HTTP_CONNECTIONS = TypeMatcher.of("java.net.HttpURLConnection",
            "javax.net.ssl.HttpsURLConnection");

    private Addresses() {
    }

    /** Whether {@code url} is an {@code http:} or {@code https:} address, as the code writes it. */
    public static boolean isHttpAddress(Expression url, RuleContext context) {
        return isHttpAddress(url, context, 0);
    }

    static boolean isHttpConnection(MethodCallExpr openConnection, RuleContext context) {
        Destination where = Destination.of(openConnection);
        Node child = where.child();
        Optional<Expression> url = openConnection.getScope();
        if (url.isEmpty() || !isHttpAddress(url.get(), context) && handlesLocalAddresses(url.get(), context)) {
            return false;
        }
        if (child instanceof CastExpr cast && cast.getType().asString().endsWith("JarURLConnection")) {
            return false;
        }
        for (Node node = openConnection.getParentNode().orElse(null); node != null && node != where.parent();
                node = node.getParentNode().orElse(null)) {
            if (node instanceof CastExpr cast && HTTP_CONNECTIONS.matchesWritten(cast.getType(), context)) {
                return true;
            }
        }
        if (where.parent() instanceof VariableDeclarator declarator && !declarator.getType().isVarType()
                && HTTP_CONNECTIONS.matchesWritten(declarator.getType(), context)) {
            return true;
        }
        if (where.parent() instanceof VariableDeclarator declarator && treatedAsNetwork(declarator)) {
            return true;
        }
        return child != null && isRemoteAddress(url.get(), context);
    }

    /** Whether the code treats the connection in a local as a network one: it sets a timeout or an HTTP property. */
    private static boolean treatedAsNetwork(VariableDeclarator declarator) {
        String name = declarator.getNameAsString();
        return Body.enclosing(declarator).map(body -> !body.node().findAll(MethodCallExpr.class,
                call -> HttpClients.NETWORK_SIGNS.contains(call.getNameAsString())
                        && Links.rootName(call).filter(name::equals).isPresent()).isEmpty()).orElse(false);
    }

    /**
     * Whether {@code url} is a network address as far as the code shows: an {@code http:}
     * address, or one the method builds from text that is not a file, jar or class path
     * location ({@code new URL(endpoint)}, {@code URI.create(base + path).toURL()}). A URL
     * of unknown origin (a parameter, a field, an element of a list) is most often a class
     * path or file resource in code that loads them, so it is not counted; nor is any URL in
     * such code (resource loaders, class path scanners, code that checks the protocol).
     */
    public static boolean isRemoteAddress(Expression url, RuleContext context) {
        if (isHttpAddress(url, context)) {
            return true;
        }
        return !isLocalAddress(url, context) && builtFromText(url, context, 0);
    }

    private static boolean builtFromText(Expression url, RuleContext context, int depth) {
        Expression inner = Configured.unwrap(url);
        if (depth > 4) {
            return false;
        }
        if (inner instanceof NameExpr name) {
            Optional<Scopes.Declaration> declaration = Scopes.of(name);
            if (declaration.isEmpty() || declaration.get().kind() != Scopes.Kind.LOCAL) {
                return false;
            }
            List<Expression> values = new ArrayList<>();
            declaration.get().declarator().flatMap(VariableDeclarator::getInitializer).ifPresent(values::add);
            String local = name.getNameAsString();
            declaration.get().owner().findAll(AssignExpr.class, a -> Configured.names(a.getTarget(), local, false))
                    .forEach(a -> values.add(a.getValue()));
            return !values.isEmpty() && values.stream().allMatch(v -> builtFromText(v, context, depth + 1));
        }
        if (inner instanceof ObjectCreationExpr creation && creation.getArguments().isNonEmpty()) {
            String type = creation.getType().getNameAsString();
            if (!type.equals("URL") && !type.equals("URI")) {
                return false;
            }
            Expression first = creation.getArguments().get(0);
            if (creation.getArguments().size() == 1) {
                return !isLocalText(first, context) && !namesLocalThing(first); // the one-argument constructors take text
            }
            return context.constants().stringValue(first).map(p -> p.toLowerCase(Locale.ROOT).startsWith("http"))
                    .orElse(false) || builtFromText(first, context, depth + 1);
        }
        if (inner instanceof MethodCallExpr call && call.getNameAsString().equals("toURL") && call.getScope().isPresent()) {
            Expression scope = Configured.unwrap(call.getScope().get());
            if (scope instanceof MethodCallExpr create && create.getNameAsString().equals("create")
                    && create.getArguments().size() == 1) {
                return !isLocalText(create.getArguments().get(0), context) && !namesLocalThing(create.getArguments().get(0));
            }
            return builtFromText(scope, context, depth + 1);
        }
        return false;
    }

    /**
     * Whether {@code url} is plainly not a network address: a class path resource, a file or
     * a path turned into a URL, a {@code file:} or {@code jar:} literal, or a URL in code that
     * handles any URL by its protocol (resource loaders, class path scanners).
     */
    public static boolean isLocalAddress(Expression url, RuleContext context) {
        Optional<com.github.javaparser.ast.body.TypeDeclaration<?>> type = Configured.typeAround(url);
        if (type.isPresent() && LOCAL_CODE.matcher(type.get().getNameAsString()).find()) {
            return true;
        }
        return handlesLocalAddresses(url, context) || isLocalValue(url, context, 0);
    }

    /** Whether the method around {@code url} tells file, jar or class path addresses apart from others. */
    private static boolean handlesLocalAddresses(Expression url, RuleContext context) {
        Optional<Body> body = Body.enclosing(url);
        return body.isPresent() && !body.get().node().findAll(MethodCallExpr.class,
                call -> LOCAL_TESTS.contains(call.getNameAsString()) || testsForLocalScheme(call, context)).isEmpty();
    }

    private static final Set<String> LOCAL_TESTS = Set.of("getProtocol", "isFileURL", "isJarURL", "isJarFileURL");

    private static final java.util.regex.Pattern LOCAL_CODE = java.util.regex.Pattern.compile(
            "Resource|ClassLoader|ClassPath|Classpath|Jar|Scanner");
    private static final Set<String> LOCAL_SOURCES = Set.of("getResource", "getResources", "getSystemResource",
            "getSystemResources", "nextElement", "getLocation", "findResource", "findResources", "getURL");

    /** {@code name.startsWith("file:")}, {@code CLASSPATH_PREFIX.equals(..)} and the like: code that tells local addresses apart. */
    private static boolean testsForLocalScheme(MethodCallExpr call, RuleContext context) {
        String name = call.getNameAsString();
        if (!name.equals("startsWith") && !name.equals("equals") && !name.equals("equalsIgnoreCase")
                && !name.equals("regionMatches")) {
            return false;
        }
        List<Expression> texts = new ArrayList<>(call.getArguments());
        call.getScope().ifPresent(texts::add);
        return texts.stream().anyMatch(text -> context.constants().stringValue(text).map(value -> {
            String lower = value.toLowerCase(Locale.ROOT);
            return lower.startsWith("file") || lower.startsWith("jar") || lower.startsWith("classpath")
                    || lower.startsWith("vfs") || lower.startsWith("bundle");
        }).orElse(false));
    }

    private static boolean isLocalValue(Expression url, RuleContext context, int depth) {
        Expression inner = Configured.unwrap(url);
        if (depth > 4) {
            return false;
        }
        if (inner instanceof com.github.javaparser.ast.expr.ConditionalExpr conditional) {
            return isLocalValue(conditional.getThenExpr(), context, depth + 1)
                    || isLocalValue(conditional.getElseExpr(), context, depth + 1);
        }
        if (inner instanceof NameExpr name) {
            Optional<Expression> value = context.constants().onlyValue(name);
            if (value.isPresent()) {
                return isLocalValue(value.get(), context, depth + 1);
            }
            Optional<Scopes.Declaration> declaration = Scopes.of(name);
            if (declaration.isPresent() && declaration.get().kind() == Scopes.Kind.LOCAL) {
                Node scope = declaration.get().owner();
                String local = name.getNameAsString();
                if (scope.findAll(AssignExpr.class, a -> Configured.names(a.getTarget(), local, false)).stream()
                        .anyMatch(a -> isLocalValue(a.getValue(), context, depth + 1))) {
                    return true;
                }
            }
            if (declaration.isPresent() && declaration.get().kind() == Scopes.Kind.PARAMETER
                    && declaration.get().node() instanceof Parameter parameter
                    && parameter.getParentNode().orElse(null) instanceof MethodDeclaration method) {
                int index = method.getParameters().indexOf(parameter);
                List<MethodCallExpr> calls = Links.callsOf(method);
                if (!calls.isEmpty() && calls.stream().allMatch(call -> index < call.getArguments().size()
                        && isLocalValue(call.getArguments().get(index), context, depth + 1))) {
                    return true;
                }
            }
            if (declaration.isPresent() && declaration.get().node().getParentNode()
                    .filter(p -> p instanceof com.github.javaparser.ast.stmt.ForEachStmt loop
                            && isLocalValue(loop.getIterable(), context, depth + 1)).isPresent()) {
                return true;
            }
            String lower = name.getNameAsString().toLowerCase(Locale.ROOT);
            return lower.contains("resource") || lower.contains("jar") || lower.contains("file");
        }
        if (inner instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            if (name.equals("toURL") && call.getScope().isPresent()) {
                Expression scope = Configured.unwrap(call.getScope().get());
                if (scope instanceof MethodCallExpr toUri && (toUri.getNameAsString().equals("toURI")
                        || toUri.getNameAsString().equals("toUri"))) {
                    return true; // a file or a path
                }
                return isLocalValue(scope, context, depth + 1);
            }
            if (LOCAL_SOURCES.contains(name)) {
                return true;
            }
            if (name.equals("create") && call.getArguments().size() == 1) {
                return isLocalText(call.getArguments().get(0), context);
            }
            return false;
        }
        if (inner instanceof ObjectCreationExpr creation && creation.getArguments().isNonEmpty()) {
            return isLocalText(creation.getArguments().get(0), context)
                    || creation.getArguments().size() > 1 && isLocalValue(creation.getArguments().get(0), context,
                            depth + 1);
        }
        return false;
    }

    private static final java.util.regex.Pattern LOCAL_NAMES = java.util.regex.Pattern.compile(
            "jar|resource|classpath|config|location|manifest|schema|xsd|dtd", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Whether text is built from a variable named for a local thing ({@code configLocation}, {@code jarUrl}). */
    private static boolean namesLocalThing(Expression text) {
        return !text.findAll(NameExpr.class, name -> LOCAL_NAMES.matcher(name.getNameAsString()).find()).isEmpty()
                || Configured.unwrap(text) instanceof NameExpr name && LOCAL_NAMES.matcher(name.getNameAsString()).find();
    }

    private static boolean isLocalText(Expression text, RuleContext context) {
        Expression inner = Configured.unwrap(text);
        // a jar entry ("…!/META-INF/…") anywhere in a concatenation
        if (!inner.findAll(com.github.javaparser.ast.expr.StringLiteralExpr.class,
                literal -> literal.getValue().contains("!/")).isEmpty()) {
            return true;
        }
        while (inner instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            inner = Configured.unwrap(binary.getLeft());
        }
        return context.constants().stringValue(inner).map(value -> {
            String lower = value.toLowerCase(Locale.ROOT);
            return lower.startsWith("file:") || lower.startsWith("jar:") || lower.startsWith("classpath:");
        }).orElse(false);
    }

    private static boolean isHttpAddress(Expression url, RuleContext context, int depth) {
        Expression inner = Configured.unwrap(url);
        if (depth > 4) {
            return false;
        }
        if (inner instanceof NameExpr name) {
            Optional<Expression> value = context.constants().onlyValue(name);
            if (value.isPresent()) {
                return isHttpAddress(value.get(), context, depth + 1);
            }
            return Scopes.of(name).flatMap(Scopes.Declaration::declarator)
                    .filter(d -> d.getParentNode().filter(FieldDeclaration.class::isInstance).isPresent())
                    .flatMap(VariableDeclarator::getInitializer)
                    .filter(init -> isHttpAddress(init, context, depth + 1)).isPresent();
        }
        if (inner instanceof ObjectCreationExpr creation && creation.getArguments().isNonEmpty()) {
            String type = creation.getType().getNameAsString();
            if (type.equals("URL") || type.equals("URI")) {
                Expression first = creation.getArguments().get(0);
                return creation.getArguments().size() == 1 ? isHttpText(first, context)
                        : context.constants().stringValue(first).map(p -> p.toLowerCase(Locale.ROOT).startsWith("http"))
                                .orElse(false);
            }
            return false;
        }
        if (inner instanceof MethodCallExpr call) {
            String name = call.getNameAsString();
            if (name.equals("toURL") && call.getScope().isPresent()) {
                return isHttpAddress(call.getScope().get(), context, depth + 1);
            }
            if (name.equals("create") && call.getArguments().size() == 1
                    && call.getScope().filter(s -> Links.text(s).equals("URI")).isPresent()) {
                return isHttpText(call.getArguments().get(0), context);
            }
        }
        return isHttpText(inner, context);
    }

    private static boolean isHttpText(Expression text, RuleContext context) {
        Expression inner = Configured.unwrap(text);
        while (inner instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            inner = Configured.unwrap(binary.getLeft());
        }
        if (inner instanceof MethodCallExpr call && (call.getNameAsString().equals("formatted")
                || call.getNameAsString().equals("format"))) {
            inner = call.getNameAsString().equals("formatted") ? call.getScope().orElse(inner)
                    : call.getArguments().isEmpty() ? inner : call.getArguments().get(0);
        }
        return context.constants().stringValue(inner)
                .map(value -> value.regionMatches(true, 0, "http://", 0, 7)
                        || value.regionMatches(true, 0, "https://", 0, 8))
                .orElse(false);
    }
}
