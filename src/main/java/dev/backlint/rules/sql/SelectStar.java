package dev.backlint.rules.sql;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.backlint.api.Checks;
import dev.backlint.api.Level;
import dev.backlint.api.Literals;
import dev.backlint.api.Precision;
import dev.backlint.api.Rule;
import dev.backlint.api.RuleContext;
import dev.backlint.api.RuleInfo;
import dev.backlint.matchers.AnnotationMatcher;
import dev.backlint.matchers.Concatenation;
import dev.backlint.matchers.Messages;
import dev.backlint.matchers.SqlText;
import java.util.List;
import java.util.Optional;

/**
 * SQL that selects every column. Reported where the text is written: a literal, a text
 * block, or a concatenation (or MyBatis {@code @Select} array) of constants that forms
 * it while none of its parts does — so a constant is reported at its declaration, not
 * again where it is used.
 */
@RuleInfo(
        id = "select-star",
        summary = "SQL selects every column with SELECT *",
        level = Level.WARNING,
        tags = {"sql", "performance"},
        precision = Precision.HIGH)
public final class SelectStar implements Rule {

    private static final AnnotationMatcher MYBATIS_SELECT = AnnotationMatcher.of("org.apache.ibatis.annotations.Select");
    /** Stands for a part whose value is unknown; it can never read as a column list. */
    private static final String UNKNOWN = " ?unknown? ";

    @Override
    public void register(Checks checks) {
        checks.on(StringLiteralExpr.class, SelectStar::checkText);
        checks.on(TextBlockLiteralExpr.class, SelectStar::checkText);
        checks.on(BinaryExpr.class, SelectStar::checkConcatenation);
        checks.on(ArrayInitializerExpr.class, SelectStar::checkMyBatisArray);
    }

    private static void checkText(LiteralStringValueExpr literal, RuleContext context) {
        String raw = literal.getValue();
        if (raw.indexOf('*') < 0 && raw.indexOf('\\') < 0) {
            return; // no star, and no escape that could make one: decoding is left out
        }
        String text = Literals.text(literal).orElse("");
        if (!SqlText.maySelectAll(text)) {
            return;
        }
        List<SqlText.SelectAll> found = SqlText.of(text).selectAllColumns();
        if (!found.isEmpty() && !Messages.isMessageArgument(literal)) {
            report(literal, found.get(0), context);
        }
    }

    private static void checkConcatenation(BinaryExpr binary, RuleContext context) {
        if (binary.getOperator() != BinaryExpr.Operator.PLUS || Concatenation.isInsideConcatenation(binary)) {
            return;
        }
        List<Expression> parts = Concatenation.pieces(binary);
        if (parts.stream().anyMatch(SelectStar::mentionsSqlWords)) {
            reportIfOnlyTheWholeSelectsAll(binary, parts, "", context);
        }
    }

    private static void checkMyBatisArray(ArrayInitializerExpr array, RuleContext context) {
        Optional<AnnotationExpr> annotation = array.getParentNode()
                .flatMap(parent -> parent instanceof MemberValuePair pair ? pair.getParentNode() : Optional.of(parent))
                .filter(AnnotationExpr.class::isInstance)
                .map(AnnotationExpr.class::cast);
        if (annotation.isEmpty() || !MYBATIS_SELECT.matches(annotation.get(), context)) {
            return;
        }
        // MyBatis joins the elements with a space
        reportIfOnlyTheWholeSelectsAll(array, array.getValues(), " ", context);
    }

    /** Reports {@code whole} when the parts joined select all columns more often than the parts alone. */
    private static void reportIfOnlyTheWholeSelectsAll(Expression whole, List<Expression> parts, String separator,
                                                       RuleContext context) {
        StringBuilder joined = new StringBuilder();
        int ownFindings = 0;
        for (Expression part : parts) {
            Optional<String> value = context.constants().value(part).map(String::valueOf);
            if (joined.length() > 0) {
                joined.append(separator);
            }
            joined.append(value.orElse(UNKNOWN));
            ownFindings += value.map(v -> SqlText.of(v).selectAllColumns().size()).orElse(0);
        }
        List<SqlText.SelectAll> found = SqlText.of(joined.toString()).selectAllColumns();
        if (found.size() > ownFindings && !Messages.isMessageArgument(whole)) {
            report(whole, found.get(0), context);
        }
    }

    private static void report(Node node, SqlText.SelectAll selectAll, RuleContext context) {
        String from = selectAll.table().map(table -> " of `" + table + "`").orElse("");
        context.report(node, "`SELECT *` reads every column" + from
                + "; name the columns the code reads so schema changes cannot break or bloat it");
    }

    /** Whether a part is a literal that could help form {@code SELECT * FROM}: resolving costs more. */
    private static boolean mentionsSqlWords(Expression part) {
        if (!(part instanceof LiteralStringValueExpr literal) || !(part instanceof StringLiteralExpr
                || part instanceof TextBlockLiteralExpr)) {
            return false;
        }
        String text = literal.getValue();
        return text.indexOf('*') >= 0 || SqlText.containsIgnoreCase(text, "select")
                || SqlText.containsIgnoreCase(text, "from");
    }
}
