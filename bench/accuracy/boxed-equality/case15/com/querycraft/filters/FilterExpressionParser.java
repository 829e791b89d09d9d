package com.querycraft.filters;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/**
 * Validates the nesting of a search filter such as {@code (status:open AND [tag:a, tag:b])}.
 */
@Component
public class FilterExpressionParser {

    private static final Map<Character, Character> OPENING_FOR = Map.of(
            ')', '(',
            ']', '[');

    public void checkBalanced(String filter) {
        Deque<Character> open = new ArrayDeque<>();
        for (int i = 0; i < filter.length(); i++) {
            char c = filter.charAt(i);
            if (c == '(' || c == '[') {
                open.push(c);
                continue;
            }
            if (!OPENING_FOR.containsKey(c)) {
                continue;
            }
            char expected = OPENING_FOR.get(c);
            if (open.isEmpty() || open.pop() != expected) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "Unbalanced filter at position " + i);
            }
        }
        if (!open.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unclosed group in filter");
        }
    }
}
