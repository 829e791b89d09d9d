package dev.backlint.flow.web;

import com.github.javaparser.ast.Node;
import dev.backlint.api.RuleContext;
import dev.backlint.api.ScannedType;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * JPA entities of the scanned sources, as the files that declare them describe them
 * ({@link EntityShapes}), and the fields of theirs that hold credentials.
 */
public final class Entities {

    /** Words of a field name that say it holds a credential or what verifies one. */
    private static final Set<String> SENSITIVE_WORDS = Set.of("password", "passwd", "pwd", "hash", "hashed",
            "secret", "token", "salt");
    /** Words that make a sensitive-sounding name a fact about the credential rather than it. */
    private static final Set<String> DESCRIPTIVE_WORDS = Set.of("expiry", "expires", "expiration", "expired",
            "date", "time", "at", "count", "length", "type", "policy", "changed", "updated", "created", "required",
            "enabled", "attempts", "algorithm", "version", "hint", "url", "id");
    /** Types that can hold a secret's value. */
    private static final Set<String> SECRET_TYPES = Set.of("String", "char[]", "byte[]", "java.lang.String");
    private static final int MAX_SUPERTYPES = 4;

    /** A class of the scanned sources with its shape, and the view of it other names are looked up from. */
    public record Found(String name, EntityShapes.Shape shape, ScannedType type) {
    }

    /** A field of an entity that holds a credential, named as a JSON path ({@code owner.passwordHash}). */
    public record Sensitive(String path, String declaredIn) {
    }

    private Entities() {
    }

    /** The scanned class {@code written} at {@code at} names. */
    public static Optional<Found> find(String written, Node at, RuleContext context) {
        Optional<ScannedType> type = context.project().type(written, at);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String simple = simple(type.get().qualifiedName());
        return context.project().textFacts(EntityShapes.KIND, written, at)
                .map(shapes -> shapes.get(simple)).map(shape -> new Found(simple, shape, type.get()));
    }

    /** The scanned class {@code written} in the file of {@code near} names. */
    public static Optional<Found> find(String written, Found near, RuleContext context) {
        Optional<ScannedType> type = context.project().type(written, near.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String simple = simple(type.get().qualifiedName());
        return context.project().textFacts(EntityShapes.KIND, written, near.type())
                .map(shapes -> shapes.get(simple)).map(shape -> new Found(simple, shape, type.get()));
    }

    /**
     * A field of the entity, of its mapped superclasses, or of an entity one of its fields
     * refers to, that holds a credential and that JSON serialisation writes.
     */
    public static Optional<Sensitive> sensitiveField(Found entity, RuleContext context) {
        Optional<Sensitive> own = ownSensitive(entity, "", context);
        if (own.isPresent()) {
            return own;
        }
        for (EntityShapes.Field field : fieldsWithSupertypes(entity, context)) {
            if (field.hidden()) {
                continue;
            }
            for (String referenced : field.referenced()) {
                if (referenced.equals(entity.name())) {
                    continue;
                }
                Optional<Found> other = find(referenced, entity, context).filter(f -> f.shape().entity());
                if (other.isPresent()) {
                    Optional<Sensitive> nested = ownSensitive(other.get(), field.name() + ".", context);
                    if (nested.isPresent()) {
                        return nested;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Sensitive> ownSensitive(Found entity, String prefix, RuleContext context) {
        for (EntityShapes.Field field : fieldsWithSupertypes(entity, context)) {
            if (!field.hidden() && SECRET_TYPES.contains(field.type()) && isSensitiveName(field.name())) {
                return Optional.of(new Sensitive(prefix + field.name(), entity.name()));
            }
        }
        return Optional.empty();
    }

    /** The fields of the class and of its scanned superclasses. */
    private static List<EntityShapes.Field> fieldsWithSupertypes(Found entity, RuleContext context) {
        java.util.ArrayList<EntityShapes.Field> fields = new java.util.ArrayList<>(entity.shape().fields());
        Set<String> seen = new HashSet<>(Set.of(entity.name()));
        Found current = entity;
        for (int depth = 0; depth < MAX_SUPERTYPES && !current.shape().supertypes().isEmpty(); depth++) {
            String superName = current.shape().supertypes().get(0);
            if (!seen.add(superName)) {
                break;
            }
            Optional<Found> parent = find(superName, current, context);
            if (parent.isEmpty()) {
                break;
            }
            fields.addAll(parent.get().shape().fields());
            current = parent.get();
        }
        return fields;
    }

    /** Whether a field's name says it holds a password, a hash, a secret, a token or a salt. */
    public static boolean isSensitiveName(String name) {
        List<String> words = words(name);
        if (words.stream().anyMatch(DESCRIPTIVE_WORDS::contains)) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(SENSITIVE_WORDS::contains) || lower.contains("password")
                || lower.contains("passwd") || lower.contains("secret");
    }

    /** The lower-case words of a camel-case or snake-case name. */
    static List<String> words(String name) {
        return List.of(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT).split("[_$]+"));
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
