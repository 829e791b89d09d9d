package dev.backlint.rules.sql;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleContext.Related;
import dev.backlint.api.RuleInfo;
import dev.backlint.flow.taint.Taint;
import dev.backlint.matchers.SqlSinkCalls;
import dev.backlint.models.TaintSpec;
import dev.backlint.models.WebSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Request data reaches the text of a SQL query, with the path it takes. */
@RuleInfo(
        id = "sql-injection",
        summary = "Request data reaches the text of a SQL query",
        level = Level.ERROR,
        tags = {"sql", "security"},
        cwe = 89,
        securitySeverity = 9.8,
        precision = Precision.HIGH,
        supersedes = "sql-concatenation")
public final class SqlInjection implements Rule {

    @Override
    public void register(Checks checks) {
        checks.on(MethodCallExpr.class, SqlInjection::check);
        checks.uses(Taint.class);
    }

    private static void check(MethodCallExpr call, RuleContext context) {
        throughCallees(call, context);
        if (!SqlSinkCalls.mayBeSink(call, context.project().options())
                || context.constants().isConstant(call.getArgument(0))) {
            return;
        }
        Optional<Expression> sql = SqlSinkCalls.sqlArgument(call, context);
        if (sql.isEmpty()) {
            return;
        }
        TaintSpec spec = WebSources.requestDataToSql(context.project().options());
        context.analysis(Taint.class).reaching(sql.get(), spec).ifPresent(path -> {
            List<Related> flow = new ArrayList<>(path);
            flow.add(new Related(call, "reaches the query text of `" + call.getNameAsString() + "`"));
            context.report(call, "Request data reaches the SQL text of `" + call.getNameAsString()
                    + "` (" + path.get(0).message() + "); pass it as a bind parameter (`?` or `:name`)",
                    List.of(), flow);
        });
    }

    /**
     * Request data passed to a method of the scanned sources whose parameter reaches the
     * text of a query: reported at that sink, in whichever file, once for this file.
     */
    private static void throughCallees(MethodCallExpr call, RuleContext context) {
        TaintSpec spec = WebSources.requestDataToSql(context.project().options());
        for (Taint.SinkThrough sink : context.analysis(Taint.class).sinksThrough(call, spec)) {
            boolean mapper = sink.method().startsWith("${");
            context.reportAt(sink.sink(), sink.suppressed(), "Request data reaches the SQL text of `" + sink.method()
                    + "` through a call of `" + call.getNameAsString() + "(..)` (" + sink.source() + "); "
                    + (mapper ? "bind it with `#{" + sink.method().substring(2) + "`" : "pass it as a bind parameter (`?` or `:name`)"),
                    sink.flow());
        }
    }
}
