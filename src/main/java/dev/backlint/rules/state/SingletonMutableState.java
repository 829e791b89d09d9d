package dev.backlint.rules.state;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.state.RequestPaths;
import dev.backlint.flow.state.Singletons;
import dev.backlint.flow.state.FieldWrites;
import dev.backlint.flow.state.FieldWrites.Site;
import dev.backlint.flow.state.FieldWrites.Touch;
import java.util.List;
import java.util.Optional;

/**
 * An instance field of a singleton (a Spring bean, a CDI or EJB singleton, a servlet or a
 * filter) that a method other than its set-up writes or changes: every request shares the
 * one instance, so concurrent requests overwrite each other's value.
 */
@RuleInfo(
        id = "singleton-mutable-state",
        summary = "A field of a singleton bean, servlet or filter is written on a request path",
        level = Level.WARNING,
        tags = {"concurrency"},
        cwe = 362,
        precision = Precision.HIGH)
public final class SingletonMutableState implements Rule {

    private static final int MAX_RELATED = 3;

    @Override
    public java.util.List<dev.backlint.api.TextIndexKind> textIndexes() {
        return Singletons.textIndexes();
    }

    @Override
    public void register(Checks checks) {
        checks.on(VariableDeclarator.class, SingletonMutableState::check);
    }

    private static void check(VariableDeclarator field, RuleContext context) {
        if (!(field.getParentNode().orElse(null) instanceof FieldDeclaration declaration) || declaration.isStatic()
                || !(declaration.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration type)) {
            return;
        }
        // whether the class is a singleton is known once per class; whether a field may be
        // shared can take a walk of the whole file
        Optional<String> singleton = Singletons.describe(type, context);
        if (singleton.isEmpty() || !FieldWrites.mayBeShared(field)) {
            return;
        }
        java.util.Set<String> requestPaths = RequestPaths.of(type, singleton.get());
        List<Site> sharing = FieldWrites.sharing(field, FieldWrites.sites(field).stream()
                .filter(site -> requestPaths == null || requestPaths.contains(site.method())).toList());
        if (sharing.isEmpty()) {
            return;
        }
        Site first = sharing.get(0);
        List<RuleContext.Related> related = sharing.stream().limit(MAX_RELATED)
                .map(site -> new RuleContext.Related(site.node(), "here")).toList();
        context.report(field, "`" + field.getNameAsString() + "` " + FieldWrites.describe(first)
                + " [on a request path](1) of the " + singleton.get() + ", which every request shares: concurrent"
                + " requests " + (first.touch() == Touch.ASSIGNED ? "overwrite each other's value" : "corrupt it")
                + "; keep the value in a local or a request-scoped object, or make the field thread-safe", related);
    }
}
