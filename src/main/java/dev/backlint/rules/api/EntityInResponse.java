package dev.backlint.rules.api;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.web.Entities;
import dev.backlint.flow.web.Handlers;
import dev.backlint.models.RestHandlers;
import java.util.Optional;

/**
 * A REST handler whose declared return type is a JPA entity of the scanned sources, alone
 * or inside collections, optionals, pages, response entities and reactive types: the
 * persistence model becomes the API, and every column added later is published with it.
 * When the entity, a mapped superclass of it or an entity it refers to has a field that
 * holds a credential and that JSON serialisation writes, the finding is an error.
 */
@RuleInfo(
        id = "entity-in-response",
        summary = "A REST handler returns a JPA entity instead of a DTO",
        level = Level.WARNING,
        tags = {"api", "security"},
        cwe = 213,
        securitySeverity = 5.3,
        precision = Precision.HIGH)
public final class EntityInResponse implements Rule {

    private static final int MAX_DEPTH = 6;

    @Override
    public void register(Checks checks) {
        checks.on(MethodDeclaration.class, EntityInResponse::check);
    }

    private static void check(MethodDeclaration method, RuleContext context) {
        if (method.getType().isVoidType() || method.getType().isPrimitiveType()
                || !Handlers.writesBody(method, context)) {
            return;
        }
        Optional<Entities.Found> entity = returnedEntity(method.getType(), method, context, 0);
        if (entity.isEmpty()) {
            return;
        }
        String name = entity.get().name();
        Optional<Entities.Sensitive> sensitive = Entities.sensitiveField(entity.get(), context);
        if (sensitive.isPresent()) {
            String path = sensitive.get().path();
            String field = path.substring(path.lastIndexOf('.') + 1);
            String where = path.contains(".") ? " through `" + path + "`" : "";
            context.report(method.getName(), "`" + method.getNameAsString() + "` returns JPA entity `" + name
                    + "` as the response body, and with it field `" + field + "` of `" + sensitive.get().declaredIn()
                    + "`" + where + ", which holds a credential and is not @JsonIgnore'd: return a DTO with the "
                    + "fields the client needs.", Level.ERROR);
            return;
        }
        context.report(method.getName(), "`" + method.getNameAsString() + "` returns JPA entity `" + name
                + "` as the response body: every column and association added later is published with it, and "
                + "lazy associations load during serialisation; return a DTO with the fields the client needs.");
    }

    /** The entity a return type writes as the body, through wrappers and arrays. */
    private static Optional<Entities.Found> returnedEntity(Type type, MethodDeclaration method, RuleContext context,
            int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (type.isArrayType()) {
            return returnedEntity(type.asArrayType().getComponentType(), method, context, depth + 1);
        }
        if (type.isWildcardType()) {
            return type.asWildcardType().getExtendedType()
                    .flatMap(bound -> returnedEntity(bound, method, context, depth + 1));
        }
        if (!type.isClassOrInterfaceType()) {
            return Optional.empty();
        }
        ClassOrInterfaceType written = type.asClassOrInterfaceType();
        String name = written.getNameAsString();
        if (RestHandlers.BODY_WRAPPERS.contains(name)) {
            return written.getTypeArguments().filter(arguments -> arguments.size() == 1)
                    .flatMap(arguments -> returnedEntity(arguments.get(0), method, context, depth + 1));
        }
        if (RestHandlers.NO_BODY.contains(name) || written.getTypeArguments().isPresent()) {
            return Optional.empty();
        }
        return Entities.find(written.getNameWithScope(), method, context).filter(found -> found.shape().entity());
    }
}
