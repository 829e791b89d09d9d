package dev.backlint.rules.state;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.state.Races;
import dev.backlint.flow.state.Races.Race;
import java.util.List;

/**
 * A check and the write it guards that another thread can come between: a key found
 * missing from a concurrent map or set and then put or added, or a Spring Data lookup
 * that finds no row and then a {@code save}, where nothing in the database forbids the
 * duplicate.
 */
@RuleInfo(
        id = "check-then-act",
        summary = "A concurrent map, set or repository is checked and then written in two steps that threads can interleave",
        level = Level.WARNING,
        tags = {"concurrency"},
        cwe = 367,
        precision = Precision.HIGH)
public final class CheckThenAct implements Rule {

    @Override
    public void register(Checks checks) {
        checks.on(IfStmt.class, CheckThenAct::check);
        checks.onCalls(java.util.Set.of("ifPresent"), CheckThenAct::checkIfPresent);
    }

    private static void checkIfPresent(MethodCallExpr call, RuleContext context) {
        if (call.getNameAsString().equals("ifPresent")) {
            Races.ofIfPresent(call, context).ifPresent(race -> context.report(race.check(), message(race),
                    List.of(new RuleContext.Related(race.act(), "the write"))));
        }
    }

    private static void check(IfStmt statement, RuleContext context) {
        Races.of(statement, context).ifPresent(race -> context.report(statement, message(race),
                List.of(new RuleContext.Related(race.act(), "the write"))));
    }

    private static String message(Race race) {
        String target = "`" + race.target() + "`";
        return switch (race.kind()) {
            case MAP -> target + ", a concurrent map, " + race.form() + ", then written with `put` [here](1): another"
                    + " thread can put the same key in between, and one value silently replaces the other; use"
                    + " `putIfAbsent` or `computeIfAbsent`, which check and write in one step";
            case SET -> target + ", a concurrent set, " + race.form() + ", then changed with `add` [here](1): two"
                    + " threads can both find the element missing and both go on; use the result of `add`, which"
                    + " checks and adds in one step (`if (" + race.target() + ".add(..))`)";
            case REPOSITORY -> target + " " + race.form() + ", then an entity is stored with `"
                    + race.act().getNameAsString() + "` [here](1): two requests can both find no row and both insert"
                    + " one, since `" + race.entity() + "` has no unique constraint on "
                    + String.join(", ", race.properties().stream().map(p -> "`" + p + "`").toList())
                    + "; add one (`@Column(unique = true)` or `@Table(uniqueConstraints = ..)`, with its migration)"
                    + " and handle `DataIntegrityViolationException`, or lock";
        };
    }
}
