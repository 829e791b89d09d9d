// Null passed to a method that checks it first, that may be overridden by a subclass, that reads it on some paths only, that has an overload of the same arity the name cannot tell apart, or a value only maybe null: not a dereference on entry for sure.
class ReportRenderer {

    String title(String heading) {
        return heading.trim();
    }

    private String footer(String note) {
        if (note == null) {
            return "";
        }
        return note.trim();
    }

    private String header(String subtitle, boolean compact) {
        return compact ? "" : subtitle.trim();
    }

    private String body(String text, StringBuilder out) {
        if (out.length() > 0) {
            return text.trim();
        }
        return out.toString();
    }

    private String section(String name, java.util.function.Function<String, String> style) {
        return style.apply(name);
    }

    private String section(String name, String fallback) {
        return name != null ? name : fallback;
    }

    String render(java.util.Map<String, String> parts) {
        String missing = null;
        String maybe = parts.get("body");
        return title(null) + footer(missing) + header(null, true) + body(null, new StringBuilder())
                + footer(maybe) + section("intro", (String) null);
    }
}
