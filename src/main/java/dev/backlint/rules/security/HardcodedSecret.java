package dev.backlint.rules.security;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Literals;
import dev.backlint.api.Location;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.api.ScannedType;
import dev.backlint.api.SourceRange;
import dev.backlint.flow.constants.ConstantLiterals;
import dev.backlint.matchers.AnnotationMatcher;
import dev.backlint.matchers.CallMatcher;
import dev.backlint.matchers.ConstructorMatcher;
import dev.backlint.matchers.TypeMatcher;
import dev.backlint.models.Secrets;
import dev.backlint.resolve.Scopes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A secret written in the source: a string literal that reaches a call taking a signing
 * key, a password or an API key (directly, through {@code getBytes()}/{@code toCharArray()},
 * a local or a constant), a field named for a secret initialised with one, or a
 * {@code @Value} default of a secret property. Placeholders are not secrets; test sources
 * are not checked. Messages never show more of a secret than its first two characters.
 */
@RuleInfo(
        id = "hardcoded-secret",
        summary = "A signing key, password or API key is written in the source",
        level = Level.ERROR,
        tags = {"security"},
        cwe = 798,
        securitySeverity = 7.5,
        precision = Precision.HIGH)
public final class HardcodedSecret implements Rule {

    private static final String JJWT = "io.jsonwebtoken.";
    /** Classes whose static calls start the chains that reach a sink's receiver. */
    private static final Map<String, List<String>> FACTORIES = Map.of(
            JJWT + "JwtBuilder", List.of(JJWT + "Jwts"),
            JJWT + "JwtParser", List.of(JJWT + "Jwts"),
            JJWT + "JwtParserBuilder", List.of(JJWT + "Jwts"),
            "org.springframework.boot.jdbc.DataSourceBuilder", List.of("org.springframework.boot.jdbc.DataSourceBuilder"));
    private static final Set<String> CALL_NAMES = callNames();
    private static final Set<String> CONSTRUCTED = Secrets.CONSTRUCTORS.stream().map(Secrets.Sink::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final TypeMatcher DATA_SOURCES = TypeMatcher.of(Secrets.DATA_SOURCES);
    private static final AnnotationMatcher VALUE =
            AnnotationMatcher.of("org.springframework.beans.factory.annotation.Value");
    /** Authorization schemes that open a header's value. */
    private static final List<String> SCHEMES = List.of("bearer ", "basic ", "token ", "apikey ", "digest ");
    /** The least entropy, in bits a character, of a value that looks generated rather than chosen. */
    private static final double GENERATED_ENTROPY = 3.0;
    private static final int GENERATED_LENGTH = 12;

    @Override
    public void register(Checks checks) {
        checks.onCalls(CALL_NAMES, HardcodedSecret::call);
        checks.on(ObjectCreationExpr.class, HardcodedSecret::creation);
        checks.on(FieldDeclaration.class, HardcodedSecret::field);
        checks.on(AnnotationExpr.class, HardcodedSecret::annotation);
    }

    // ---- sinks ----

    private static void call(MethodCallExpr call, RuleContext context) {
        if (!CALL_NAMES.contains(call.getNameAsString()) || context.isTestSource()) {
            return;
        }
        sinkArgument(call, context).ifPresent(sink -> reportSink(sink, context));
    }

    private static void creation(ObjectCreationExpr creation, RuleContext context) {
        if (!CONSTRUCTED.contains(creation.getType().getNameAsString()) || context.isTestSource()) {
            return;
        }
        sinkArgument(creation, context)
                .ifPresent(sink -> reportSink(sink, context));
    }

    /** The argument of a sink call that takes the secret, with what it is to the call and how the call is named. */
    private record SinkArgument(Expression argument, String what, String name, String header) {

        SinkArgument(Expression argument, String what, String name) {
            this(argument, what, name, "");
        }
    }

    private static Optional<SinkArgument> sinkArgument(MethodCallExpr call, RuleContext context) {
        String name = call.getNameAsString();
        NodeList<Expression> arguments = call.getArguments();
        for (Secrets.Sink sink : Secrets.CALLS) {
            if (!sink.name().equals(name) || sink.arity() != arguments.size()) {
                continue;
            }
            boolean matches = sink.isStatic() ? CallMatcher.staticCall(sink.owner(), sink.name()).matches(call, context)
                    : Receivers.madeOn(call, TypeMatcher.of(sink.owner()), FACTORIES.getOrDefault(sink.owner(),
                    List.of()), context);
            if (matches) {
                return Optional.of(new SinkArgument(arguments.get(sink.argument()), sink.what(), name));
            }
        }
        if (name.equals("setPassword") && arguments.size() == 1 && Receivers.madeOn(call, DATA_SOURCES, List.of(),
                context)) {
            return Optional.of(new SinkArgument(arguments.get(0), "a database password", name));
        }
        if (Secrets.HEADER_SETTERS.contains(name) && arguments.size() == 2 && call.getScope().isPresent()
                && mayNameCredentialHeader(arguments.get(0))) {
            Optional<String> header = context.constants().stringValue(arguments.get(0))
                    .or(() -> headerConstant(arguments.get(0)));
            if (header.isPresent() && Secrets.CREDENTIAL_HEADERS.contains(header.get().toLowerCase(Locale.ROOT))) {
                return Optional.of(new SinkArgument(arguments.get(1), "the value of header `" + header.get() + "`",
                        name, header.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a header-name argument may name a credential header, from its syntax: a
     * literal, or a constant whose name says authorization, key or token. {@code list.add(i, x)}
     * and {@code map.set(k, v)} are far more common than header setters, and most stop here.
     */
    private static boolean mayNameCredentialHeader(Expression argument) {
        if (argument instanceof StringLiteralExpr literal) {
            return Secrets.CREDENTIAL_HEADERS.contains(literal.getValue().toLowerCase(Locale.ROOT));
        }
        String name = argument instanceof NameExpr n ? n.getNameAsString()
                : argument instanceof FieldAccessExpr f ? f.getNameAsString() : "";
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.contains("AUTH") || upper.contains("KEY") || upper.contains("TOKEN");
    }

    /** {@code HttpHeaders.AUTHORIZATION} where the library is not on the classpath to say what it holds. */
    private static Optional<String> headerConstant(Expression expression) {
        if (expression instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr owner
                && owner.getNameAsString().equals("HttpHeaders") && access.getNameAsString().equals("AUTHORIZATION")) {
            return Optional.of("Authorization");
        }
        return Optional.empty();
    }

    private static Optional<SinkArgument> sinkArgument(ObjectCreationExpr creation, RuleContext context) {
        String name = creation.getType().getNameAsString();
        for (Secrets.Sink sink : Secrets.CONSTRUCTORS) {
            if (sink.name().equals(name) && (sink.arity() < 0 || sink.arity() == creation.getArguments().size())
                    && creation.getArguments().size() > sink.argument()
                    && ConstructorMatcher.of(sink.owner()).matches(creation, context)) {
                return Optional.of(new SinkArgument(creation.getArgument(sink.argument()), sink.what(), name));
            }
        }
        return Optional.empty();
    }

    /**
     * Where a secret argument's value is written: a literal of this file, or the literal of
     * a constant of another file ({@code place}, with the constant's name).
     */
    private record Written(Node at, String value, boolean literal, Optional<String> constantName,
            Optional<Location> place) {

        Written(Node at, String value) {
            this(at, value, true, Optional.empty(), Optional.empty());
        }
    }

    private static void reportSink(SinkArgument sink, RuleContext context) {
        Optional<Written> written = written(sink.argument(), context, 0);
        if (written.isEmpty() || isPlaceholder(written.get().value(), sink.header())) {
            return;
        }
        String value = secretPart(written.get().value(), sink.header());
        String message = "Hard-coded secret " + shown(value) + " is passed as " + sink.what() + " to `" + sink.name()
                + "`: anyone who reads the source or the built artifact has it, and rotating it takes a release; "
                + "read it from the environment or a secret store.";
        if (written.get().literal()) {
            context.report(written.get().at(), message);
            return;
        }
        // a constant of another file: that file reports it when its name says secret
        String constant = written.get().constantName().orElse("");
        Set<String> extra = context.project().options().secretNames();
        if (!(isSecretName(constant, extra) && isNamedSecretValue(written.get().value(), constant, extra))) {
            written.get().place().ifPresent(place -> context.reportAt(place, false, message, List.of()));
        }
    }

    /** The text a secret argument holds, and where it is written. */
    private static Optional<Written> written(Expression expression, RuleContext context, int depth) {
        if (depth > 4) {
            return Optional.empty();
        }
        Expression e = unwrap(expression);
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return Literals.text((LiteralStringValueExpr) e).map(text -> new Written(e, text));
        }
        if (e instanceof NameExpr name) {
            Optional<Scopes.Declaration> declaration = Scopes.of(name);
            if (declaration.isPresent()) {
                Scopes.Kind kind = declaration.get().kind();
                if (kind == Scopes.Kind.LOCAL) {
                    return context.constants().onlyValue(name).flatMap(value -> written(value, context, depth + 1));
                }
                if (kind == Scopes.Kind.FIELD) {
                    return declaration.get().declarator().filter(HardcodedSecret::neverReassigned)
                            .flatMap(VariableDeclarator::getInitializer)
                            .flatMap(value -> written(value, context, depth + 1));
                }
                return Optional.empty();
            }
            return otherFile(e, name.getNameAsString(), context);
        }
        if (e instanceof FieldAccessExpr access) {
            if (access.getScope().isThisExpr()) {
                return Scopes.field(access, access.getNameAsString()).flatMap(Scopes.Declaration::declarator)
                        .filter(HardcodedSecret::neverReassigned).flatMap(VariableDeclarator::getInitializer)
                        .flatMap(value -> written(value, context, depth + 1));
            }
            return otherFile(e, access.getNameAsString(), context);
        }
        return Optional.empty();
    }

    /** A constant of another scanned class, with the place of its literal. */
    private static Optional<Written> otherFile(Expression e, String name, RuleContext context) {
        Optional<String> value = context.constants().stringValue(e);
        Optional<String> owner = owner(e, name, context);
        if (value.isEmpty() || owner.isEmpty()) {
            return Optional.empty();
        }
        Optional<ScannedType> type = context.project().type(owner.get(), e).filter(t -> !t.path().isEmpty());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String simple = type.get().qualifiedName().substring(type.get().qualifiedName().lastIndexOf('.') + 1);
        Optional<SourceRange> range = context.project().textFacts(ConstantLiterals.KIND, owner.get(), e)
                .map(classes -> classes.get(simple)).map(fields -> fields.get(name));
        return range.map(r -> new Written(e, value.get(), false, Optional.of(name),
                Optional.of(new Location(type.get().path(), r))));
    }

    /** The class a constant is read from: {@code Holder} of {@code Holder.KEY}, or what a static import names. */
    private static Optional<String> owner(Expression e, String name, RuleContext context) {
        if (e instanceof FieldAccessExpr access) {
            return Optional.of(access.getScope().toString());
        }
        for (com.github.javaparser.ast.ImportDeclaration imported : context.compilationUnit().getImports()) {
            String written = imported.getNameAsString();
            if (imported.isStatic() && !imported.isAsterisk() && written.endsWith("." + name)) {
                return Optional.of(written.substring(0, written.length() - name.length() - 1));
            }
        }
        return Optional.empty();
    }

    private static boolean neverReassigned(VariableDeclarator field) {
        Optional<FieldDeclaration> declaration = field.getParentNode().filter(FieldDeclaration.class::isInstance)
                .map(FieldDeclaration.class::cast);
        return declaration.isPresent() && declaration.get().isFinal();
    }

    /** The literal under {@code getBytes()}, {@code toCharArray()} and Base64 decoding. */
    private static Expression unwrap(Expression expression) {
        Expression e = expression;
        for (int i = 0; i < 4; i++) {
            if (e instanceof EnclosedExpr enclosed) {
                e = enclosed.getInner();
            } else if (e instanceof CastExpr cast) {
                e = cast.getExpression();
            } else if (e instanceof MethodCallExpr call && Secrets.ENCODINGS.contains(call.getNameAsString())) {
                if ((call.getNameAsString().equals("getBytes") || call.getNameAsString().equals("toCharArray"))
                        && call.getScope().isPresent()) {
                    e = call.getScope().get();
                } else if (call.getArguments().size() == 1) {
                    e = call.getArgument(0);
                } else {
                    return e;
                }
            } else {
                return e;
            }
        }
        return e;
    }

    // ---- names ----

    private static void field(FieldDeclaration field, RuleContext context) {
        if (context.isTestSource()) {
            return;
        }
        Set<String> extra = context.project().options().secretNames();
        for (VariableDeclarator variable : field.getVariables()) {
            String name = variable.getNameAsString();
            if (!mayBeSecretName(name, extra) || !isSecretName(name, extra) || !holdsText(variable.getType())
                    || variable.getInitializer().isEmpty()) {
                continue;
            }
            Expression initializer = unwrap(variable.getInitializer().get());
            if (!(initializer instanceof StringLiteralExpr || initializer instanceof TextBlockLiteralExpr)) {
                continue;
            }
            Optional<String> value = Literals.text((LiteralStringValueExpr) initializer);
            if (value.isEmpty() || !isNamedSecretValue(value.get(), name, extra) || usedInSink(initializer, context)) {
                continue;
            }
            context.report(initializer, "Field `" + name + "` holds a hard-coded secret " + shown(value.get())
                    + ": anyone who reads the source or the built artifact has it, and rotating it takes a release; "
                    + "read it from the environment or a secret store.");
        }
    }

    /** Whether a sink of this file takes the literal: then the sink's finding names it. */
    private static boolean usedInSink(Expression literal, RuleContext context) {
        for (MethodCallExpr call : context.compilationUnit().findAll(MethodCallExpr.class)) {
            if (CALL_NAMES.contains(call.getNameAsString())) {
                Optional<SinkArgument> sink = sinkArgument(call, context);
                if (sink.isPresent() && written(sink.get().argument(), context, 0)
                        .filter(w -> w.at() == literal).isPresent()) {
                    return true;
                }
            }
        }
        for (ObjectCreationExpr creation : context.compilationUnit().findAll(ObjectCreationExpr.class)) {
            if (CONSTRUCTED.contains(creation.getType().getNameAsString())) {
                Optional<SinkArgument> sink = sinkArgument(creation, context);
                if (sink.isPresent() && written(sink.get().argument(), context, 0)
                        .filter(w -> w.at() == literal).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holdsText(Type type) {
        String written = type.asString();
        return written.equals("String") || written.equals("java.lang.String") || written.equals("char[]")
                || written.equals("byte[]") || written.equals("CharSequence");
    }

    // ---- @Value defaults ----

    private static void annotation(AnnotationExpr annotation, RuleContext context) {
        if (!annotation.getName().getIdentifier().equals("Value") || context.isTestSource()) {
            return;
        }
        Optional<Expression> member = Optional.empty();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            member = Optional.of(single.getMemberValue());
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            member = normal.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                    .map(MemberValuePair::getValue).findFirst();
        }
        Optional<String> text = member.filter(StringLiteralExpr.class::isInstance)
                .flatMap(m -> Literals.text((StringLiteralExpr) m));
        if (text.isEmpty() || !text.get().startsWith("${") || !text.get().endsWith("}")) {
            return;
        }
        String inner = text.get().substring(2, text.get().length() - 1);
        int colon = inner.indexOf(':');
        if (colon < 0 || inner.substring(0, colon).contains("${")) {
            return;
        }
        String key = inner.substring(0, colon);
        String fallback = inner.substring(colon + 1);
        Set<String> extra = context.project().options().secretNames();
        if (!isSecretProperty(key, extra) || isPlaceholder(fallback, "") || !isNamedSecretValue(fallback, key, extra)
                || !VALUE.matches(annotation, context)) {
            return;
        }
        context.report(annotation, "`@Value` gives property `" + key + "` a hard-coded default " + shown(fallback)
                + ": where the property is not set, the secret in the source is used; leave the default out so "
                + "that the application fails to start without it.");
    }

    // ---- values and names ----

    /** Whether a property key says its value is a secret: {@code jwt.secret}, {@code db.password}, {@code maps.api-key}. */
    private static boolean isSecretProperty(String key, Set<String> extra) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        return isSecretName(last.replace('-', '_'), extra) || isSecretName(key.replace('.', '_').replace('-', '_'), extra)
                && words(last).stream().noneMatch(Secrets.NOT_VALUE_WORDS::contains);
    }

    /** The free first test of a name: one of the secret words in it, in any case. */
    private static boolean mayBeSecretName(String name, Set<String> extra) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!extra.isEmpty() && configured(name, extra)) {
            return true;
        }
        return lower.contains("secret") || lower.contains("passw") || lower.contains("pwd") || lower.contains("token")
                || lower.contains("credential") || lower.contains("apikey") || lower.contains("api_key")
                || lower.contains("passphrase");
    }

    /** Whether a name holds one of the words the project's configuration adds ({@code secret-names}). */
    private static boolean configured(String name, Set<String> extra) {
        String normal = name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(".", "");
        return extra.stream().anyMatch(normal::contains);
    }

    /**
     * Whether a field's name says it holds a secret (a word of its own, or one the project's
     * configuration adds), and nothing says it holds the name of one.
     */
    static boolean isSecretName(String name, Set<String> extra) {
        List<String> words = words(name);
        if (words.stream().anyMatch(Secrets.NOT_VALUE_WORDS::contains)) {
            return false;
        }
        if (!extra.isEmpty() && configured(name, extra)) {
            return true;
        }
        if (words.stream().anyMatch(Secrets.SECRET_WORDS::contains)) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("api") && words.get(i + 1).equals("key")) {
                return true;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("apikey");
    }

    /** Whether the name's only word of secrets is {@code token} or {@code credential}: names of tokens are common. */
    private static boolean namesTokenOnly(String name) {
        List<String> words = words(name);
        return words.stream().noneMatch(w -> w.equals("secret") || w.equals("password") || w.equals("passwd")
                || w.equals("pwd") || w.equals("apikey") || w.equals("passphrase") || w.equals("key"))
                && !name.toLowerCase(Locale.ROOT).contains("password") && !name.toLowerCase(Locale.ROOT).contains("secret");
    }

    /** Placeholders: empty text, property references, {@code <…>}; an Authorization header's scheme alone. */
    private static boolean isPlaceholder(String value, String header) {
        String v = secretPart(value, header).strip();
        return v.isEmpty() || v.contains("${") || v.startsWith("#{") || v.startsWith("<") && v.endsWith(">")
                || v.startsWith("{") && v.endsWith("}") && v.length() > 2 && !v.contains("\"");
    }

    /** The credential of an Authorization header's value, without its scheme. */
    private static String secretPart(String value, String header) {
        if (header.toLowerCase(Locale.ROOT).contains("authorization")) {
            String lower = value.toLowerCase(Locale.ROOT);
            for (String scheme : SCHEMES) {
                if (lower.startsWith(scheme)) {
                    return value.substring(scheme.length());
                }
            }
        }
        return value;
    }

    /**
     * Whether a literal held by a field named for a secret is one, rather than the name of
     * a parameter, header, claim or property, a URL, a message, a pattern or an algorithm.
     */
    static boolean isNamedSecretValue(String value, String name, Set<String> extra) {
        String v = value.strip();
        if (v.length() < 4 || isPlaceholder(v, "") || !v.equals(value) || v.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || v.startsWith("/") || v.startsWith("classpath:") || v.startsWith("file:")
                || v.matches("[a-z][a-z0-9_-]*(\\.[a-zA-Z0-9_-]+)+") || v.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+")
                || v.matches("(?i)x-[a-z0-9-]+") || v.matches("-?[0-9.]+[a-zA-Z]?") || lower.equals("true")
                || lower.equals("false") || Secrets.ALGORITHM_NAMES.contains(lower)
                || v.contains("^") || v.contains("(?") || v.contains("\\") || v.contains("[") || v.contains("%s")
                || v.contains("{0}") || v.matches(".*\\$\\{?[a-zA-Z].*")) {
            return false;
        }
        String normalValue = lower.replaceAll("[^a-z0-9]", "");
        String normalName = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (!normalValue.isEmpty() && normalName.contains(normalValue) && name.matches("[A-Z0-9_]+")) {
            // PASSWORD = "password", REFRESH_TOKEN = "refresh_token": a constant that names a field
            // or a parameter; a field such as secret = "secret" holds the (weak) secret itself
            return false;
        }
        // "invalidPasswordMessage", "reset-token-url": an identifier of words that names a secret is a key or a name
        List<String> valueWords = words(v);
        if (v.matches("[A-Za-z._:/-]+") && valueWords.size() >= 2
                && valueWords.stream().anyMatch(w -> Secrets.SECRET_WORDS.contains(w) || w.equals("key"))) {
            return false;
        }
        if (namesTokenOnly(name) && !(extra.size() > 0 && configured(name, extra))) {
            return looksGenerated(v);
        }
        return true;
    }

    /**
     * Whether a value looks generated rather than chosen: letters mixed with digits, or at
     * least {@value #GENERATED_LENGTH} characters with {@value #GENERATED_ENTROPY} bits of
     * entropy a character. Breaks the tie for fields named only for a token, which hold a
     * token's name (a cookie, a header, a claim) as often as a token.
     */
    static boolean looksGenerated(String value) {
        boolean letters = value.chars().anyMatch(Character::isLetter);
        boolean digits = value.chars().anyMatch(Character::isDigit);
        if (letters && digits && value.length() >= 8) {
            return true;
        }
        return value.length() >= GENERATED_LENGTH && entropy(value) >= GENERATED_ENTROPY;
    }

    /** Shannon entropy of the characters, in bits a character. */
    static double entropy(String value) {
        Map<Integer, Long> counts = value.chars().boxed().collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        double bits = 0;
        for (long count : counts.values()) {
            double p = (double) count / value.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }

    /** The secret as a message may show it: its first two characters (when it is long enough to spare them) and its length. */
    static String shown(String value) {
        int length = value.codePointCount(0, value.length());
        String head = length >= 8 ? "`" + value.substring(0, value.offsetByCodePoints(0, 2)) + "…`, " : "";
        return "(" + head + length + " characters)";
    }

    static List<String> words(String name) {
        return List.of(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2")
                .toLowerCase(Locale.ROOT).split("[_$.:/\\-]+"));
    }

    private static Set<String> callNames() {
        Set<String> names = new HashSet<>();
        Secrets.CALLS.forEach(sink -> names.add(sink.name()));
        names.add("setPassword");
        names.addAll(Secrets.HEADER_SETTERS);
        return Set.copyOf(names);
    }
}
