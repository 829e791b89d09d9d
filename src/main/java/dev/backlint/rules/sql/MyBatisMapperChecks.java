package dev.backlint.rules.sql;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.SourceRange;
import dev.backlint.api.XmlFileCheck;
import dev.backlint.matchers.SqlText;
import dev.backlint.models.MyBatisMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXException;

/**
 * The SQL of MyBatis mapper XML files, checked for the rules that read SQL text:
 * {@code select-star} in {@code <select>} statements (with the {@code <sql>} fragments
 * they include), and {@code sql-concatenation} for {@code ${…}} substitution, which
 * writes a value into the text where {@code #{…}} binds it. Not reported: a
 * {@code ${…}} that every {@code <include>} of its fragment sets with a
 * {@code <property>}, and the segments of MyBatis-Plus wrappers, which the wrapper builds
 * with bind parameters. A finding is placed on its XML line; a
 * {@code <!-- backlint:ignore id -->} comment on that line or the one above suppresses it.
 */
public final class MyBatisMapperChecks implements XmlFileCheck {

    static final String SELECT_STAR = "select-star";
    static final String CONCATENATION = "sql-concatenation";
    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{\\s*([^}]*?)\\s*}");
    private static final Pattern IGNORE = Pattern.compile(
            "backlint:ignore(?![\\w-])(\\s+[a-z0-9]+(?:-[a-z0-9]+)*(?:\\s*,\\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)?");
    /** MyBatis-Plus wrapper segments: SQL the wrapper builds with its own bind parameters. */
    private static final Set<String> WRAPPER_SEGMENTS = Set.of("ew.customSqlSegment", "ew.sqlSegment",
            "ew.sqlSelect", "ew.sqlSet", "ew.sqlFirst", "ew.sqlComment");

    @Override
    public Set<String> rules() {
        return Set.of(SELECT_STAR, CONCATENATION);
    }

    /**
     * Checks one XML file for the enabled rules among the two, at their levels; a file that
     * is not a mapper gives nothing, one that does not parse a problem.
     */
    @Override
    public Result check(String uri, String text, Map<String, Level> enabled) {
        if (!MyBatisMapper.looksLikeMapper(text)) {
            return Result.notMine();
        }
        int lineCount = (int) text.chars().filter(c -> c == '\n').count() + 1;
        MyBatisMapper mapper;
        try {
            mapper = MyBatisMapper.parse(text);
        } catch (SAXException | RuntimeException e) {
            return new Result(true, List.of(), Optional.of("could not parse MyBatis mapper: " + e.getMessage()),
                    lineCount);
        }
        List<Finding> findings = new ArrayList<>();
        Context context = new Context(uri, text, mapper, enabled, ignored(text));
        if (enabled.containsKey(SELECT_STAR)) {
            context.selectStar(findings);
        }
        if (enabled.containsKey(CONCATENATION)) {
            context.substitutions(findings);
        }
        return new Result(true, findings, Optional.empty(), lineCount);
    }

    /** Per line, the rule ids an XML comment there (or on the line above) ignores; {@code *} for all. */
    private static Map<Integer, Set<String>> ignored(String text) {
        Map<Integer, Set<String>> byLine = new HashMap<>();
        for (int at = text.indexOf("<!--"); at >= 0; at = text.indexOf("<!--", at + 4)) {
            int end = text.indexOf("-->", at);
            end = end < 0 ? text.length() : end;
            Matcher matcher = IGNORE.matcher(text.substring(at, end));
            if (!matcher.find()) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            for (String id : (matcher.group(1) == null ? "" : matcher.group(1)).split("[\\s,]+")) {
                if (!id.isBlank()) {
                    ids.add(id);
                }
            }
            if (ids.isEmpty()) {
                ids.add("*");
            }
            int line = lineOf(text, end);
            byLine.computeIfAbsent(line, k -> new HashSet<>()).addAll(ids);
            byLine.computeIfAbsent(line + 1, k -> new HashSet<>()).addAll(ids);
        }
        return byLine;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One file's checks: its text, what it declares, and where findings go. */
    private record Context(String uri, String text, MyBatisMapper mapper, Map<String, Level> enabled,
                           Map<Integer, Set<String>> ignored) {

        /** {@code SELECT *} in a select statement, its included fragments read in place. */
        void selectStar(List<Finding> findings) {
            Set<Integer> reported = new HashSet<>();
            for (MyBatisMapper.Element element : mapper.elements()) {
                if (!element.name().equals("select")) {
                    continue;
                }
                StringBuilder sql = new StringBuilder();
                List<Integer> offsets = new ArrayList<>();
                append(element, sql, offsets, new HashSet<>());
                String expanded = sql.toString();
                if (!SqlText.maySelectAll(expanded)) {
                    continue;
                }
                for (SqlText.SelectAll all : SqlText.of(expanded).selectAllColumns()) {
                    int at = offsets.get(all.offset());
                    if (reported.add(at)) {
                        findings.add(finding(SELECT_STAR, at, at + "select".length(), "`SELECT *` in `"
                                + element.id() + "` reads every column" + all.table().map(t -> " of `" + t + "`")
                                .orElse("") + "; name the columns the code reads so schema changes cannot break or"
                                + " bloat it"));
                    }
                }
            }
        }

        /** The SQL text of an element: its content less tags and comments, fragments put in at their includes. */
        private void append(MyBatisMapper.Element element, StringBuilder sql, List<Integer> offsets, Set<String> seen) {
            char[] content = blanked(element);
            int next = 0;
            List<MyBatisMapper.Include> includes = element.includes();
            for (int i = 0; i < content.length; i++) {
                int offset = element.start() + i;
                while (next < includes.size() && includes.get(next).start() <= offset) {
                    MyBatisMapper.Include include = includes.get(next++);
                    Optional<MyBatisMapper.Element> fragment = mapper.fragment(include.refid());
                    if (fragment.isPresent() && seen.add(fragment.get().id())) {
                        sql.append(' ');
                        offsets.add(offset);
                        append(fragment.get(), sql, offsets, seen);
                        seen.remove(fragment.get().id());
                    }
                }
                sql.append(content[i]);
                offsets.add(offset);
            }
        }

        /** {@code ${…}} in any statement or fragment. */
        void substitutions(List<Finding> findings) {
            for (MyBatisMapper.Element element : mapper.elements()) {
                Matcher matcher = SUBSTITUTION.matcher(new String(blanked(element)));
                while (matcher.find()) {
                    String name = matcher.group(1);
                    if (WRAPPER_SEGMENTS.contains(name) || setByEveryInclude(element, name)) {
                        continue;
                    }
                    int start = element.start() + matcher.start();
                    findings.add(finding(CONCATENATION, start, element.start() + matcher.end(), "`${" + name
                            + "}` in `" + element.id() + "` writes a value into the SQL text; bind it with `#{" + name
                            + "}`, or pick identifiers from a fixed list"));
                }
            }
        }

        /** Whether the element is a fragment whose every include sets the name with a property. */
        private boolean setByEveryInclude(MyBatisMapper.Element element, String name) {
            if (!element.name().equals(MyBatisMapper.FRAGMENT)) {
                return false;
            }
            boolean included = false;
            for (MyBatisMapper.Element other : mapper.elements()) {
                for (MyBatisMapper.Include include : other.includes()) {
                    if (mapper.fragment(include.refid()).filter(f -> f == element).isPresent()) {
                        included = true;
                        String value = include.properties().get(name);
                        if (value == null || value.contains("${")) {
                            return false;
                        }
                    }
                }
            }
            return included;
        }

        /** The element's content with its tags, comments and CDATA markers turned to spaces, offsets kept. */
        private char[] blanked(MyBatisMapper.Element element) {
            int start = Math.min(element.start(), text.length());
            int end = Math.max(start, Math.min(element.end(), text.length()));
            char[] content = text.substring(start, end).toCharArray();
            for (int[] tag : element.tags()) {
                blank(content, tag[0] - start, tag[1] - start);
            }
            String raw = new String(content);
            for (int at = raw.indexOf("<!--"); at >= 0; at = raw.indexOf("<!--", at + 4)) {
                int close = raw.indexOf("-->", at);
                blank(content, at, close < 0 ? content.length : close + 3);
            }
            for (int at = raw.indexOf("<![CDATA["); at >= 0; at = raw.indexOf("<![CDATA[", at + 9)) {
                blank(content, at, at + 9);
                int close = raw.indexOf("]]>", at);
                if (close >= 0) {
                    blank(content, close, close + 3);
                }
            }
            return content;
        }

        private static void blank(char[] content, int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(content.length, to); i++) {
                if (content[i] != '\n') {
                    content[i] = ' ';
                }
            }
        }

        private Finding finding(String rule, int start, int end, String message) {
            int line = lineOf(text, start);
            int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
            if (start == 0) {
                lineStart = 0;
            }
            int lineEnd = text.indexOf('\n', start);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int endColumn = Math.min(end, lineEnd) - lineStart + 1;
            SourceRange range = new SourceRange(line, start - lineStart + 1, line, Math.max(start - lineStart + 1, endColumn));
            Set<String> ignoredHere = ignored.getOrDefault(line, Set.of());
            boolean suppressed = ignoredHere.contains("*") || ignoredHere.contains(rule);
            String sourceLine = text.substring(lineStart, lineEnd).replace("\r", "");
            return new Finding(rule, enabled.get(rule), message, new Location(uri, range), sourceLine,
                    List.of(), List.of(), suppressed);
        }
    }
}
