package com.formulaic.templates;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks that the brackets of a pricing-rule expression such as {@code max(base[0], (qty * 2))}
 * are balanced before the expression is stored.
 */
@Component
public class PlaceholderSyntaxValidator {

    private static final Map<Character, Character> OPENING_FOR = Map.of(
            ')', '(',
            ']', '[',
            '}', '{');

    public void validate(String expression) {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else if (OPENING_FOR.containsKey(c)) {
                if (open.isEmpty() || OPENING_FOR.get(c) != open.pop()) {
                    throw new InvalidExpressionException(expression, i);
                }
            }
        }
        if (!open.isEmpty()) {
            throw new InvalidExpressionException(expression, expression.length());
        }
    }
}
