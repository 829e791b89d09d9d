// A search query validator that compares Character values popped from a Deque<Character> or read from a List<Character> with Character map values and fields using == and !=.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

@Component
class SearchQuerySyntaxValidator {

    private static final Map<Character, Character> OPENING_FOR = Map.of(')', '(', ']', '[', '}', '{');

    private final Character fuzzyMarker = '~';

    public boolean balanced(String query) {
        Deque<Character> open = new ArrayDeque<>();
        for (char c : query.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                open.push(c);
            } else if (OPENING_FOR.containsKey(c)) {
                if (open.isEmpty() || open.pop() != OPENING_FOR.get(c)) { // expect: boxed-reference-equality "`open.pop()`"
                    return false;
                }
            }
        }
        return open.isEmpty();
    }

    public boolean endsWithFuzzyMarker(List<Character> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1) == fuzzyMarker; // expect: boxed-reference-equality "`tokens.get(tokens.size() - 1)`"
    }
}
