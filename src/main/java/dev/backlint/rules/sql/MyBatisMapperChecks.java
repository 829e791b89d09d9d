package dev.backlint.rules.sql;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.api.Location;
import dev.backlint.api.SourceRange;
import dev.backlint.api.XmlFileCheck;
import dev.backlint.matchers.SqlText;
import dev.backlint.models.MyBatisMapper;
import dev.backlint.models.MyBatisVariables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xml.sax.SAXException;

/**
 * The SQL of MyBatis mapper XML files, checked for the rules that read SQL text:
 * {@code select-star} in {@code <select>} statements (with the {@code <sql>} fragments
 * they include), and {@code sql-concatenation} for {@code ${…}} substitution, which
 * writes a value into the text where {@code #{…}} binds it (less the substitutions
 * {@link MyBatisMapper#substitutions()} leaves out). A finding is placed on its XML line;
 * a {@code <!-- backlint:ignore id -->} comment on that line or the one above suppresses it.
 */
public final class MyBatisMapperChecks implements XmlFileCheck {

    static final String SELECT_STAR = "select-star";
    static final String CONCATENATION = "sql-concatenation";

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
        return check(uri, text, enabled, kind -> Set.of());
    }

    /** Configuration variables ({@link MyBatisVariables}) are replaced when MyBatis reads the mapper: not reported. */
    @Override
    public Result check(String uri, String text, Map<String, Level> enabled,
                        java.util.function.Function<dev.backlint.api.TextIndexKind, Set<String>> index) {
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
        if (enabled.containsKey(SELECT_STAR)) {
            selectStar(uri, mapper, enabled.get(SELECT_STAR), findings);
        }
        if (enabled.containsKey(CONCATENATION)) {
            Set<String> variables = text.contains("${") ? index.apply(MyBatisVariables.KIND) : Set.of();
            for (MyBatisMapper.Substitution substitution : mapper.substitutions()) {
                if (MyBatisVariables.names(variables, substitution.name())) {
                    continue;
                }
                findings.add(finding(uri, mapper, CONCATENATION, enabled.get(CONCATENATION), substitution.start(),
                        substitution.end(), "`${" + substitution.name() + "}` in `" + substitution.in().id()
                                + "` writes a value into the SQL text; bind it with `#{" + substitution.name()
                                + "}`, or pick identifiers from a fixed list"));
            }
        }
        return new Result(true, findings, Optional.empty(), lineCount);
    }

    /** {@code SELECT *} in a select statement, its included fragments read in place. */
    private static void selectStar(String uri, MyBatisMapper mapper, Level level, List<Finding> findings) {
        Set<Integer> reported = new HashSet<>();
        for (MyBatisMapper.Element element : mapper.elements()) {
            if (!element.name().equals("select")) {
                continue;
            }
            StringBuilder sql = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            append(mapper, element, sql, offsets, new HashSet<>());
            String expanded = sql.toString();
            if (!SqlText.maySelectAll(expanded)) {
                continue;
            }
            for (SqlText.SelectAll all : SqlText.of(expanded).selectAllColumns()) {
                int at = offsets.get(all.offset());
                if (reported.add(at)) {
                    findings.add(finding(uri, mapper, SELECT_STAR, level, at, at + "select".length(), "`SELECT *` in `"
                            + element.id() + "` reads every column" + all.table().map(t -> " of `" + t + "`").orElse("")
                            + "; name the columns the code reads so schema changes cannot break or bloat it"));
                }
            }
        }
    }

    /** The SQL text of an element: its content less tags and comments, fragments put in at their includes. */
    private static void append(MyBatisMapper mapper, MyBatisMapper.Element element, StringBuilder sql,
                               List<Integer> offsets, Set<String> seen) {
        char[] content = mapper.blanked(element);
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
                    append(mapper, fragment.get(), sql, offsets, seen);
                    seen.remove(fragment.get().id());
                }
            }
            sql.append(content[i]);
            offsets.add(offset);
        }
    }

    private static Finding finding(String uri, MyBatisMapper mapper, String rule, Level level, int start, int end,
                                   String message) {
        int line = mapper.line(start);
        int endLine = mapper.line(Math.max(start, end - 1));
        int endColumn = endLine == line ? mapper.column(end - 1) + 1 : mapper.lineText(line).length() + 1;
        SourceRange range = new SourceRange(line, mapper.column(start), line, Math.max(mapper.column(start), endColumn));
        Set<String> ignored = mapper.ignoredAt(line);
        boolean suppressed = ignored.contains("*") || ignored.contains(rule);
        return new Finding(rule, level, message, new Location(uri, range), mapper.lineText(line), List.of(), List.of(),
                suppressed);
    }
}
