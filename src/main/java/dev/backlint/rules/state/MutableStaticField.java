package dev.backlint.rules.state;

import com.github.javaparser.ast.body.VariableDeclarator;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.state.FieldWrites;
import dev.backlint.flow.state.FieldWrites.Site;
import dev.backlint.flow.state.FieldWrites.Touch;
import java.util.List;

/**
 * A static field that code outside static initialisation writes, or whose mutable value it
 * changes: every thread and request shares it.
 */
@RuleInfo(
        id = "mutable-static-field",
        summary = "A static field is written or changed outside static initialisation",
        level = Level.WARNING,
        tags = {"concurrency"},
        cwe = 362,
        precision = Precision.HIGH)
public final class MutableStaticField implements Rule {

    private static final int MAX_RELATED = 3;

    @Override
    public void register(Checks checks) {
        checks.on(VariableDeclarator.class, MutableStaticField::check);
    }

    private static void check(VariableDeclarator field, RuleContext context) {
        if (!FieldWrites.isField(field) || !FieldWrites.isStatic(field) || !FieldWrites.mayBeShared(field)
                || field.getNameAsString().equals("serialVersionUID")) {
            return;
        }
        List<Site> sharing = FieldWrites.sharing(field, FieldWrites.sites(field));
        if (sharing.isEmpty()) {
            return;
        }
        Site first = sharing.get(0);
        String why = FieldWrites.isFormat(field) ? "a `" + FieldWrites.simpleName(field.getType())
                + "` keeps its state while it works, so threads that share it corrupt each other's results; make it"
                + " a local, a `ThreadLocal`, or use `DateTimeFormatter`"
                : first.touch() == Touch.ASSIGNED ? "every thread and request shares it, so concurrent writes overwrite"
                        + " each other; keep the value per request, or use an `Atomic*` or a `volatile` constant flag"
                        : "every thread and request shares it, and its type is not safe to change from several"
                                + " threads; make it unmodifiable, use a concurrent type, or guard it";
        List<RuleContext.Related> related = sharing.stream().limit(MAX_RELATED)
                .map(site -> new RuleContext.Related(site.node(), "here")).toList();
        context.report(field, "static field `" + field.getNameAsString() + "` " + FieldWrites.describe(first)
                + " [outside static initialisation](1): " + why, related);
    }
}
