package dev.backlint.rules.nulls;

import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Fix;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.api.SourceRange;
import dev.backlint.flow.nullness.Optionals;
import dev.backlint.resolve.Body;
import java.util.List;
import java.util.Optional;

/** {@code Optional.get()} on a path where no {@code isPresent()} or {@code isEmpty()} check proved a value. */
@RuleInfo(
        id = "optional-get-unchecked",
        summary = "Optional.get() is called without a check that the value is present",
        level = Level.WARNING,
        tags = {"null"},
        cwe = 476,
        precision = Precision.HIGH)
public final class OptionalGetUnchecked implements Rule {

    private static final int MAX_SHOWN = 50;

    @Override
    public void register(Checks checks) {
        checks.uses(Optionals.class);
        checks.onCalls(Optionals.getterNames(), OptionalGetUnchecked::check);
    }

    /** Set on a body once its gets are judged: the first get of a body judges them all. */
    private static final DataKey<Boolean> JUDGED = new DataKey<>() {
    };

    private static void check(MethodCallExpr call, RuleContext context) {
        if (!Optionals.mayBeGet(call)) {
            return;
        }
        Optional<Body> enclosing = Body.enclosing(call).filter(b -> !b.node().containsData(JUDGED));
        enclosing.ifPresent(body -> {
            body.node().setData(JUDGED, Boolean.TRUE);
            for (MethodCallExpr get : context.analysis(Optionals.class).uncheckedGets(body)) {
                String message = "`" + shown(get) + "` is called on an Optional that may be empty; check"
                        + " isPresent() first, or say what absence means with orElseThrow() or orElse(..)";
                Optional<Fix> fix = get.getName().getRange().map(SourceRange::of).map(name -> new Fix(
                        "call `orElseThrow()`, which throws as `get()` does and says so",
                        List.of(new Fix.Replacement(name, "orElseThrow"))));
                context.report(get, message, List.of(), fix.orElse(null));
            }
        });
    }

    private static String shown(MethodCallExpr get) {
        String text = get.toString().replaceAll("\\s+", " ");
        return text.length() <= MAX_SHOWN ? text : "…" + text.substring(text.length() - MAX_SHOWN + 1);
    }
}
