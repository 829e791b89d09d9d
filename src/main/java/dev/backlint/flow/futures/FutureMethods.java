package dev.backlint.flow.futures;

import dev.backlint.api.TextFactKind;
import dev.backlint.models.Futures;
import java.util.HashMap;
import java.util.Map;

/**
 * The methods a file declares whose return type is a future or a Reactor publisher, read
 * from its text: {@code CompletableFuture<Receipt> charge(} gives {@code charge} as a
 * future. A name declared both ways (an overload) is left out: the call could be either.
 */
final class FutureMethods implements TextFactKind<Map<String, Boolean>> {

    static final FutureMethods KIND = new FutureMethods();

    /** The key that stands for every method: a reactive repository's, inherited, all hand back publishers. */
    static final String EVERY_METHOD = "*";

    /** A type that extends one of Spring Data's reactive repositories. */
    private static final java.util.regex.Pattern REACTIVE_REPOSITORY = java.util.regex.Pattern.compile(
            "\\bextends\\s+(?:[\\w.]+\\.)?(?:Reactive\\w*Repository|R2dbcRepository)\\b");

    private FutureMethods() {
    }

    @Override
    public String id() {
        return "futures.methods";
    }

    /** The words a future or publisher type ends with, found with {@link String#indexOf}. */
    private static final String[] ENDINGS = {"Future", "Mono", "Flux", "CompletionStage", "ForkJoinTask"};

    /** Each method name with {@code true} for a publisher, {@code false} for a future. */
    @Override
    public Map<String, Boolean> extract(String text) {
        Map<String, Boolean> found = new HashMap<>();
        for (String ending : ENDINGS) {
            for (int at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + ending.length())) {
                int end = at + ending.length();
                if (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    continue;
                }
                int start = at;
                while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
                    start--;
                }
                String word = text.substring(start, end);
                boolean publisher = Futures.PUBLISHER_TYPES.contains(word);
                if (publisher || Futures.FUTURE_TYPES.contains(word)) {
                    String name = declaredAfter(text, end);
                    if (name != null) {
                        found.merge(name, publisher, (a, b) -> a.equals(b) ? a : null);
                    }
                }
            }
        }
        found.keySet().removeIf(name -> declaredOtherwise(text, name));
        if ((text.contains("Reactive") || text.contains("R2dbcRepository")) && REACTIVE_REPOSITORY.matcher(text).find()) {
            found.put(EVERY_METHOD, true);
        }
        return Map.copyOf(found);
    }

    /** Keywords that may stand before a call's name: {@code return send(..)} is no declaration. */
    private static final java.util.Set<String> NOT_TYPES = java.util.Set.of("return", "new", "throw", "else",
            "case", "yield", "assert", "do");

    /**
     * Whether the file also declares {@code name} with a return type that is neither a
     * future nor a publisher (an overload, a method of a nested class): a call of that name
     * may reach either.
     */
    private static boolean declaredOtherwise(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at + name.length();
            if (at > 0 && Character.isJavaIdentifierPart(text.charAt(at - 1))
                    || end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                continue;
            }
            int open = skipSpace(text, end);
            if (open >= text.length() || text.charAt(open) != '(') {
                continue;
            }
            int before = at - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before < 0) {
                continue;
            }
            char last = text.charAt(before);
            String type;
            if (last == '>') {
                int depth = 0;
                int i = before;
                for (; i >= 0; i--) {
                    char c = text.charAt(i);
                    if (c == '>') {
                        depth++;
                    } else if (c == '<' && --depth == 0) {
                        break;
                    }
                }
                if (i < 0) {
                    continue; // unbalanced: not a type
                }
                int typeEnd = i;
                int typeStart = typeEnd;
                while (typeStart > 0 && Character.isJavaIdentifierPart(text.charAt(typeStart - 1))) {
                    typeStart--;
                }
                type = text.substring(typeStart, Math.max(typeStart, typeEnd));
            } else if (Character.isJavaIdentifierPart(last) || last == ']') {
                int typeEnd = last == ']' ? text.lastIndexOf('[', before) : before + 1;
                if (typeEnd < 0) {
                    continue;
                }
                int typeStart = typeEnd;
                while (typeStart > 0 && Character.isJavaIdentifierPart(text.charAt(typeStart - 1))) {
                    typeStart--;
                }
                type = text.substring(typeStart, Math.max(typeStart, typeEnd));
            } else {
                continue; // a call: after '.', '(', '=', ',', '!' and the like
            }
            if (!type.isEmpty() && !NOT_TYPES.contains(type) && !Futures.FUTURE_TYPES.contains(type)
                    && !Futures.PUBLISHER_TYPES.contains(type)) {
                return true;
            }
        }
        return false;
    }

    /** The name of the method a return type at {@code from} heads ({@code <T> name(}), or null. */
    private static String declaredAfter(String text, int from) {
        int at = skipSpace(text, from);
        if (at < text.length() && text.charAt(at) == '<') {
            int depth = 0;
            for (; at < text.length(); at++) {
                char c = text.charAt(at);
                if (c == '<') {
                    depth++;
                } else if (c == '>' && --depth == 0) {
                    at++;
                    break;
                } else if (c == ';' || c == '{' || c == '(' || c == '=') {
                    return null;
                }
            }
        }
        at = skipSpace(text, at);
        int start = at;
        while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
            at++;
        }
        if (at == start || !Character.isJavaIdentifierStart(text.charAt(start))) {
            return null;
        }
        int open = skipSpace(text, at);
        return open < text.length() && text.charAt(open) == '(' ? text.substring(start, at) : null;
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
