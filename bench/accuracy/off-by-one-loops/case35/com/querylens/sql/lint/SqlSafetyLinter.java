package com.querylens.sql.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
public class SqlSafetyLinter {

    public List<String> problems(String sql) {
        List<String> problems = new ArrayList<>();
        if (containsComment(sql)) {
            problems.add("comments are not allowed in ad-hoc queries");
        }
        String upper = sql.toUpperCase(Locale.ROOT);
        if (upper.contains(";")) {
            problems.add("only one statement may be sent");
        }
        if (!upper.stripLeading().startsWith("SELECT")) {
            problems.add("only SELECT statements are allowed");
        }
        return problems;
    }

    /**
     * Whether the text has a "--" or "/*" comment outside single-quoted literals.
     */
    boolean containsComment(String sql) {
        boolean inLiteral = false;
        int pos = 0;
        while (pos < sql.length() - 1) {
            char c = sql.charAt(pos);
            char next = sql.charAt(pos + 1);
            if (c == '\'') {
                inLiteral = !inLiteral;
            } else if (!inLiteral && ((c == '-' && next == '-') || (c == '/' && next == '*'))) {
                return true;
            }
            pos++;
        }
        return false;
    }
}
