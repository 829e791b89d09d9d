package dev.backlint.flow.state;

import dev.backlint.api.TextFactKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the types of a file say of themselves, read from its text: for each class,
 * interface or annotation type, the annotations written on it and the types it extends
 * or implements ({@code "@Service"}, {@code "extends HttpServlet"}), enough to tell a
 * custom stereotype or a servlet's base class from another file without parsing it.
 */
final class TypeHeaders implements TextFactKind<Map<String, List<String>>> {

    static final TypeHeaders KIND = new TypeHeaders();

    private static final Pattern DECLARATION = Pattern.compile("\\b(?:class|interface|@interface|enum|record)\\s+(\\w+)");
    private static final Pattern ANNOTATION = Pattern.compile("@(\\w+)");
    private static final Pattern SUPERTYPE = Pattern.compile("\\b(extends|implements)\\s+([\\w.,\\s<>?]+?)\\s*(?:\\{|implements|permits)");

    private TypeHeaders() {
    }

    @Override
    public String id() {
        return "state.type-headers";
    }

    @Override
    public Map<String, List<String>> extract(String text) {
        Map<String, List<String>> headers = new HashMap<>();
        Matcher declaration = DECLARATION.matcher(text);
        int previousEnd = 0;
        while (declaration.find()) {
            List<String> marks = new ArrayList<>();
            int headerStart = Math.max(text.lastIndexOf(';', declaration.start()), text.lastIndexOf('}', declaration.start()));
            headerStart = Math.max(headerStart, Math.max(text.lastIndexOf('{', declaration.start()), previousEnd));
            Matcher annotation = ANNOTATION.matcher(text.substring(Math.max(0, headerStart), declaration.start()));
            while (annotation.find()) {
                if (!annotation.group(1).equals("interface")) {
                    marks.add("@" + annotation.group(1));
                }
            }
            int bodyStart = text.indexOf('{', declaration.end());
            if (bodyStart > 0) {
                Matcher supertype = SUPERTYPE.matcher(text.substring(declaration.end(), bodyStart + 1));
                while (supertype.find()) {
                    for (String name : supertype.group(2).replaceAll("<[^>]*>", "").split(",")) {
                        String simple = name.trim();
                        simple = simple.substring(simple.lastIndexOf('.') + 1);
                        if (!simple.isEmpty()) {
                            marks.add(supertype.group(1) + " " + simple);
                        }
                    }
                }
            }
            headers.put(declaration.group(1), List.copyOf(marks));
            previousEnd = declaration.end();
        }
        return Map.copyOf(headers);
    }
}
