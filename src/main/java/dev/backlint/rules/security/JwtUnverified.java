package dev.backlint.rules.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.matchers.CallMatcher;
import dev.backlint.matchers.TypeMatcher;
import dev.backlint.models.Auth0Jwt;
import dev.backlint.models.Jjwt;
import dev.backlint.models.NimbusJose;
import dev.backlint.resolve.Scopes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JWT whose claims are trusted without its signature being checked: jjwt parsers that
 * accept unsigned tokens or have no key, auth0's {@code JWT.decode} with no verify of the
 * token, Nimbus tokens parsed and read with no verifier or processor; the {@code none}
 * algorithm anywhere; and expiry checks given a day or more of leeway.
 */
@RuleInfo(
        id = "jwt-unverified",
        summary = "A JWT's claims are used without its signature being verified",
        level = Level.ERROR,
        tags = {"security", "auth"},
        cwe = 347,
        securitySeverity = 8.1,
        precision = Precision.HIGH)
public final class JwtUnverified implements Rule {

    private static final TypeMatcher JJWT_PARSERS = TypeMatcher.of(Jjwt.PARSERS);
    private static final CallMatcher DECODE = CallMatcher.staticCall(Auth0Jwt.JWT, "decode");
    private static final CallMatcher AUTH0_NONE = CallMatcher.staticCall(Auth0Jwt.ALGORITHM, "none");
    private static final CallMatcher PLAIN_PARSE = CallMatcher.staticCall(NimbusJose.PLAIN_JWT, "parse");
    private static final List<CallMatcher> NIMBUS_PARSES = NimbusJose.PARSERS.stream()
            .map(owner -> CallMatcher.staticCall(owner, "parse")).toList();
    private static final TypeMatcher VERIFICATIONS = TypeMatcher.of(Auth0Jwt.VERIFICATION);
    private static final long DAY = 86_400;
    private static final int MAX_CHAIN = 40;

    /** The calls the rule looks at: jjwt's parses and set-up, auth0's decode and leeways, Nimbus's parse, none(). */
    private static final Set<String> CALL_NAMES = java.util.stream.Stream.of(Jjwt.UNSIGNED_PARSES, Jjwt.PARSES,
                    Jjwt.CLOCK_SKEWS, Auth0Jwt.LEEWAYS, Set.of("parse", Jjwt.UNSECURED, "decode", "none"))
            .flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public void register(Checks checks) {
        checks.onCalls(CALL_NAMES, JwtUnverified::call);
        checks.on(FieldAccessExpr.class, JwtUnverified::constant);
    }

    private static void call(MethodCallExpr call, RuleContext context) {
        String name = call.getNameAsString();
        if (Jjwt.UNSIGNED_PARSES.contains(name) || Jjwt.PARSES.contains(name)) {
            jjwtParse(call, context);
        }
        if (name.equals("parse")) {
            nimbusParse(call, context);
        } else if (name.equals(Jjwt.UNSECURED)) {
            unsecured(call, context);
        } else if (name.equals("decode")) {
            decode(call, context);
        } else if (Jjwt.CLOCK_SKEWS.contains(name) || Auth0Jwt.LEEWAYS.contains(name)) {
            leeway(call, context);
        } else if (name.equals("none") && call.getArguments().isEmpty() && AUTH0_NONE.matches(call, context)) {
            context.report(call, "`Algorithm.none()` is algorithm `none`: a token it signs or verifies has no "
                    + "signature, so anyone can write its claims; sign and verify with HMAC or a key pair.");
        }
    }

    // ---- jjwt ----

    /** The calls of a parser chain, through locals that hold a builder, and the class it starts from. */
    private record Chain(List<MethodCallExpr> calls, Optional<String> root, boolean visible) {

        boolean has(Set<String> names) {
            return calls.stream().anyMatch(c -> names.contains(c.getNameAsString()));
        }

        boolean has(String name) {
            return calls.stream().anyMatch(c -> c.getNameAsString().equals(name));
        }
    }

    private static Chain chain(MethodCallExpr call) {
        List<MethodCallExpr> calls = new ArrayList<>();
        Set<VariableDeclarator> seen = new HashSet<>();
        Expression current = call;
        for (int i = 0; i < MAX_CHAIN; i++) {
            if (current instanceof MethodCallExpr inner) {
                calls.add(inner);
                if (inner.getScope().isEmpty()) {
                    return new Chain(calls, Optional.empty(), false);
                }
                current = inner.getScope().get();
            } else if (current instanceof EnclosedExpr enclosed) {
                current = enclosed.getInner();
            } else if (current instanceof NameExpr name) {
                Optional<Scopes.Declaration> declaration = Scopes.of(name);
                if (declaration.isEmpty()) {
                    return new Chain(calls, Optional.of(name.getNameAsString()), true);
                }
                Optional<VariableDeclarator> local = declaration.filter(d -> d.kind() == Scopes.Kind.LOCAL)
                        .flatMap(Scopes.Declaration::declarator);
                if (local.isEmpty() || local.get().getInitializer().isEmpty() || !seen.add(local.get())) {
                    return new Chain(calls, Optional.empty(), false);
                }
                // builder.verifyWith(key); builder.requireIssuer(..); on the local, and what reassigns it
                calls.addAll(callsOn(local.get()));
                current = local.get().getInitializer().get();
            } else {
                return new Chain(calls, Optional.empty(), false);
            }
        }
        return new Chain(calls, Optional.empty(), false);
    }

    /** The calls made on a local in its scope: statements {@code b.x(..)} and reassignments {@code b = b.x(..)}. */
    private static List<MethodCallExpr> callsOn(VariableDeclarator local) {
        List<MethodCallExpr> calls = new ArrayList<>();
        Optional<Node> scope = local.getParentNode().flatMap(Node::getParentNode).flatMap(Node::getParentNode);
        if (scope.isEmpty()) {
            return calls;
        }
        String name = local.getNameAsString();
        for (MethodCallExpr call : scope.get().findAll(MethodCallExpr.class)) {
            Expression root = call;
            while (root instanceof MethodCallExpr inner && inner.getScope().isPresent()) {
                root = inner.getScope().get();
            }
            if (root instanceof NameExpr rootName && rootName.getNameAsString().equals(name)
                    && (call.getParentNode().orElse(null) instanceof ExpressionStmt
                    || call.getParentNode().orElse(null) instanceof AssignExpr)) {
                Expression e = call;
                while (e instanceof MethodCallExpr inner && inner.getScope().isPresent()) {
                    calls.add(inner);
                    e = inner.getScope().get();
                }
            }
        }
        return calls;
    }

    private static boolean startsAtJwts(Chain chain, RuleContext context) {
        return chain.root().filter(root -> context.resolver().mayImport(root, Jjwt.JWTS)).isPresent();
    }

    private static void jjwtParse(MethodCallExpr call, RuleContext context) {
        if (call.getArguments().isEmpty() || call.getArguments().size() > 2) {
            return;
        }
        Chain chain = chain(call);
        boolean jjwt = startsAtJwts(chain, context);
        String name = call.getNameAsString();
        if (!jjwt) {
            // a parser held in a field or received: only its unsigned parses say enough
            if (Jjwt.UNSIGNED_PARSES.contains(name) && call.getScope().filter(s -> JJWT_PARSERS.matches(s, context)
                    || s instanceof MethodCallExpr b && b.getNameAsString().equals("build")
                    && b.getScope().filter(p -> JJWT_PARSERS.matches(p, context)).isPresent()).isPresent()) {
                context.report(call, "`" + name + "` accepts a token with no signature at all (algorithm `none`): its "
                        + "claims are whatever the sender wrote; parse signed tokens with a key (`verifyWith`, "
                        + "`parseSignedClaims`).");
            }
            return;
        }
        if (Jjwt.UNSIGNED_PARSES.contains(name)) {
            String unsecured = chain.has(Jjwt.UNSECURED) ? " on a parser made `unsecured`" : "";
            context.report(call, "`" + name + "`" + unsecured + " accepts a token with no signature at all (algorithm "
                    + "`none`): its claims are whatever the sender wrote; parse signed tokens with a key "
                    + "(`verifyWith`, `parseSignedClaims`).");
            return;
        }
        if (chain.has(Jjwt.UNSECURED)) {
            context.report(call, "`" + name + "` parses with a parser made `unsecured`, which accepts tokens with no "
                    + "signature: their claims are whatever the sender wrote; remove `unsecured` and give the "
                    + "parser a key.");
            return;
        }
        if (!chain.has(Jjwt.KEYS)) {
            context.report(call, "`" + name + "` parses with a parser given no key (`verifyWith`, `setSigningKey`, "
                    + "`keyLocator`): no signature is checked against one, and an unsigned token's claims are "
                    + "taken as they come; give the parser the key that signs the tokens.");
        }
    }

    /** {@code .unsecured()} on a parser builder kept for later, not parsed in the same chain (that parse reports it). */
    private static void unsecured(MethodCallExpr call, RuleContext context) {
        if (!call.getArguments().isEmpty()) {
            return;
        }
        Node node = call;
        while (node.getParentNode().orElse(null) instanceof MethodCallExpr outer
                && outer.getScope().isPresent() && outer.getScope().get() == node) {
            if (Jjwt.UNSIGNED_PARSES.contains(outer.getNameAsString()) || Jjwt.PARSES.contains(outer.getNameAsString())) {
                return;
            }
            node = outer;
        }
        Chain chain = chain(call);
        if (startsAtJwts(chain, context)) {
            context.report(call, "`unsecured` makes the parser accept tokens with no signature (algorithm `none`): "
                    + "their claims are whatever the sender wrote; leave it out and give the parser a key.");
        }
    }

    // ---- auth0 ----

    private static void decode(MethodCallExpr call, RuleContext context) {
        if (call.getArguments().size() != 1 || !DECODE.matches(call, context)) {
            return;
        }
        Optional<Node> body = body(call);
        if (body.isEmpty()) {
            return;
        }
        Optional<VariableDeclarator> decoded = heldIn(call);
        if (!claimsRead(call, decoded)) {
            return;
        }
        Expression token = call.getArgument(0);
        for (MethodCallExpr other : body.get().findAll(MethodCallExpr.class)) {
            if (other.getNameAsString().equals("verify") && other.getArguments().size() == 1
                    && sameValue(other.getArgument(0), token, decoded)) {
                return;
            }
        }
        if (returnsClaims(call, decoded) && classVerifies(call)) {
            // a helper that hands a claim to its caller, in a class that verifies tokens too
            // (getUsername(token) beside verify(token, secret)): whether a caller verifies
            // first is beyond this method, and silence beats a guess
            return;
        }
        context.report(call, "`JWT.decode` reads the token's claims without checking its signature, and they are used "
                + "with no `verify` of this token: anyone can write them; read the claims from "
                + "`JWT.require(algorithm).build().verify(token)` (`decode` only to pick the key).");
    }

    /** Whether what the method returns comes from the decoded token: {@code return JWT.decode(t).getSubject()}. */
    private static boolean returnsClaims(MethodCallExpr decode, Optional<VariableDeclarator> decoded) {
        Optional<ReturnStmt> direct = decode.findAncestor(ReturnStmt.class);
        if (direct.isPresent()) {
            return true;
        }
        if (decoded.isEmpty()) {
            return false;
        }
        String name = decoded.get().getNameAsString();
        return body(decode).map(b -> b.findAll(ReturnStmt.class).stream().anyMatch(r -> r.getExpression()
                .filter(e -> e.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name)))
                .isPresent())).orElse(false);
    }

    /**
     * Whether the class around the call offers its callers a method that verifies a token it
     * is given: a method named {@code verify…} or {@code validate…} (not the one of the call)
     * that calls {@code verify(..)} with one of its parameters, as a token utility does.
     */
    private static boolean classVerifies(MethodCallExpr call) {
        Optional<com.github.javaparser.ast.body.MethodDeclaration> around =
                call.findAncestor(com.github.javaparser.ast.body.MethodDeclaration.class);
        Optional<com.github.javaparser.ast.body.TypeDeclaration> type =
                call.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class);
        if (type.isEmpty()) {
            return false;
        }
        for (Object member : ((com.github.javaparser.ast.body.TypeDeclaration<?>) type.get()).getMethods()) {
            com.github.javaparser.ast.body.MethodDeclaration method = (com.github.javaparser.ast.body.MethodDeclaration) member;
            String name = method.getNameAsString().toLowerCase(java.util.Locale.ROOT);
            if (around.filter(method::equals).isPresent() || !(name.startsWith("verify") || name.startsWith("validate"))) {
                continue;
            }
            Set<String> parameters = new HashSet<>();
            method.getParameters().forEach(p -> parameters.add(p.getNameAsString()));
            boolean verifiesParameter = method.findAll(MethodCallExpr.class).stream().anyMatch(m ->
                    m.getNameAsString().equals("verify") && m.getArguments().size() == 1
                            && m.getArgument(0) instanceof NameExpr argument
                            && parameters.contains(argument.getNameAsString()));
            if (verifiesParameter) {
                return true;
            }
        }
        return false;
    }

    /** Whether the decoded token's claims are read: a claim getter, or the token handed on or returned. */
    private static boolean claimsRead(MethodCallExpr decode, Optional<VariableDeclarator> decoded) {
        if (decoded.isEmpty()) {
            Node parent = decode.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr read && read.getScope().filter(s -> s == decode).isPresent()) {
                return !Auth0Jwt.HEADER_READS.contains(read.getNameAsString());
            }
            return parent instanceof ReturnStmt || parent instanceof LambdaExpr
                    || parent instanceof MethodCallExpr || parent instanceof AssignExpr;
        }
        Optional<Node> scope = body(decode);
        String name = decoded.get().getNameAsString();
        for (NameExpr use : scope.map(s -> s.findAll(NameExpr.class)).orElse(List.of())) {
            if (!use.getNameAsString().equals(name) || Scopes.of(use).flatMap(Scopes.Declaration::declarator)
                    .filter(decoded.get()::equals).isEmpty()) {
                continue;
            }
            Node parent = use.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr read && read.getScope().filter(s -> s == use).isPresent()) {
                if (!Auth0Jwt.HEADER_READS.contains(read.getNameAsString())) {
                    return true;
                }
            } else if (parent instanceof MethodCallExpr || parent instanceof ReturnStmt) {
                if (parent instanceof MethodCallExpr handed && handed.getNameAsString().equals("verify")) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /** Whether a verified expression is the decoded token: the same variable or field, or the decoded local. */
    private static boolean sameValue(Expression verified, Expression token, Optional<VariableDeclarator> decoded) {
        Expression v = strip(verified);
        Expression t = strip(token);
        if (v instanceof NameExpr name && decoded.isPresent() && name.getNameAsString().equals(decoded.get().getNameAsString())) {
            return true;
        }
        if (v instanceof NameExpr a && t instanceof NameExpr b) {
            return a.getNameAsString().equals(b.getNameAsString());
        }
        return v.equals(t);
    }

    // ---- Nimbus ----

    private static void nimbusParse(MethodCallExpr call, RuleContext context) {
        if (call.getArguments().size() != 1) {
            return;
        }
        if (PLAIN_PARSE.matches(call, context)) {
            context.report(call, "`parse` of `PlainJWT` reads an unsecured token (algorithm `none`): it has no signature, so "
                    + "its claims are whatever the sender wrote; accept only signed tokens, checked with a "
                    + "`JWSVerifier` or a `DefaultJWTProcessor`.");
            return;
        }
        if (NIMBUS_PARSES.stream().noneMatch(m -> m.matches(call, context))) {
            return;
        }
        Optional<VariableDeclarator> parsed = heldIn(call);
        boolean read = parsed.isEmpty() ? call.getParentNode().orElse(null) instanceof MethodCallExpr outer
                && outer.getScope().filter(s -> s == call).isPresent()
                && NimbusJose.CLAIM_READS.contains(outer.getNameAsString()) : readsClaims(parsed.get(), call);
        if (!read) {
            return;
        }
        Optional<Node> body = body(call);
        boolean checked = body.map(b -> b.findAll(MethodCallExpr.class).stream()
                .anyMatch(m -> NimbusJose.CHECKS.contains(m.getNameAsString()))).orElse(true);
        if (!checked) {
            context.report(call, "`parse` reads the token's claims without checking its signature, and no "
                    + "`JWSVerifier` (`verify`) or `JWTProcessor` (`process`) checks it: anyone can write them; "
                    + "verify the token before reading its claims.");
        }
    }

    private static boolean readsClaims(VariableDeclarator parsed, MethodCallExpr call) {
        String name = parsed.getNameAsString();
        return body(call).map(b -> b.findAll(MethodCallExpr.class).stream().anyMatch(m ->
                NimbusJose.CLAIM_READS.contains(m.getNameAsString()) && m.getScope().map(JwtUnverified::strip)
                        .filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent()))
                .orElse(false);
    }

    // ---- none and leeways ----

    private static void constant(FieldAccessExpr access, RuleContext context) {
        if (!access.getNameAsString().equals("NONE") || !(access.getScope() instanceof NameExpr owner)
                || Scopes.of(owner).isPresent()) {
            return;
        }
        String written = owner.getNameAsString();
        if (written.equals("SignatureAlgorithm") && context.resolver().mayImport(written, Jjwt.SIGNATURE_ALGORITHM)
                || written.equals("Algorithm") && context.resolver().mayImport(written, NimbusJose.ALGORITHM)) {
            context.report(access, "`" + written + ".NONE` is algorithm `none`: a token with it has no signature, "
                    + "so anyone can write its claims; sign and verify with HMAC or a key pair.");
        }
    }

    private static void leeway(MethodCallExpr call, RuleContext context) {
        if (call.getArguments().size() != 1) {
            return;
        }
        boolean jjwt = Jjwt.CLOCK_SKEWS.contains(call.getNameAsString());
        boolean known = jjwt ? startsAtJwts(chain(call), context)
                || call.getScope().filter(s -> JJWT_PARSERS.matches(s, context)).isPresent()
                : chain(call).root().filter(root -> context.resolver().mayImport(root, Auth0Jwt.JWT)).isPresent()
                || call.getScope().filter(s -> VERIFICATIONS.matches(s, context)).isPresent();
        if (!known) {
            return;
        }
        Optional<Long> seconds = Durations.seconds(call.getArgument(0), context);
        if (seconds.isPresent() && seconds.get() >= DAY) {
            context.report(call, "`" + call.getNameAsString() + "` lets tokens pass " + seconds.get()
                    + " seconds (a day or more) after they expire: a stolen or revoked token keeps working; "
                    + "allow a few minutes of clock skew at most.");
        }
    }

    // ---- shared ----

    /** The local a call's result is assigned to at its declaration. */
    private static Optional<VariableDeclarator> heldIn(MethodCallExpr call) {
        Node parent = call.getParentNode().orElse(null);
        while (parent instanceof CastExpr || parent instanceof EnclosedExpr) {
            parent = parent.getParentNode().orElse(null);
        }
        return parent instanceof VariableDeclarator variable ? Optional.of(variable) : Optional.empty();
    }

    /** The body of the method, constructor or initialiser around the node (lambdas included). */
    private static Optional<Node> body(Node node) {
        return node.findAncestor(CallableDeclaration.class).map(c -> (Node) c)
                .or(() -> node.findAncestor(com.github.javaparser.ast.body.InitializerDeclaration.class));
    }

    private static Expression strip(Expression expression) {
        Expression e = expression;
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr enclosed ? enclosed.getInner() : ((CastExpr) e).getExpression();
        }
        return e;
    }
}
