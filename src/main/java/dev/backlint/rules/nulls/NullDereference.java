package dev.backlint.rules.nulls;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.nullness.Nullness;
import dev.backlint.resolve.Body;
import java.util.List;

/**
 * A value that may be null (an unset environment variable, a missing map key or header, a
 * repository lookup that finds no row, a {@code @Nullable} declaration) is dereferenced on
 * a path with no check.
 */
@RuleInfo(
        id = "null-dereference",
        summary = "A value that may be null is dereferenced without a check",
        level = Level.WARNING,
        tags = {"null", "reliability"},
        cwe = 476,
        precision = Precision.HIGH,
        optIn = true)
public final class NullDereference implements Rule {

    @Override
    public void register(Checks checks) {
        checks.uses(Nullness.class);
        checks.on(CallableDeclaration.class, NullDereference::check);
        checks.on(InitializerDeclaration.class, NullDereference::check);
        checks.on(LambdaExpr.class, NullDereference::check);
    }

    private static void check(Node declaration, RuleContext context) {
        Body.of(declaration).ifPresent(body -> {
            for (Nullness.Dereference dereference : context.analysis(Nullness.class).dereferences(body)) {
                context.report(dereference.at(), dereference.message(), List.of(dereference.source()));
            }
        });
    }
}
