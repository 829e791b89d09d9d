package dev.backlint.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * JDBC data access objects: {@code JdbcTemplate}, {@code NamedParameterJdbcTemplate} and plain
 * {@code Connection}/{@code PreparedStatement}/{@code ResultSet}, with SQL as literals, text
 * blocks, private constants, constants of the module's shared SQL class and concatenations.
 */
final class DaoSource {

    private final Choices choices;

    DaoSource(Choices choices) {
        this.choices = choices;
    }

    JavaFile generate(SourceModule module, Aggregate a, SqlCatalog sql, int target) {
        return new DaoFile(module, a, sql).build(target);
    }

    /** How a DAO writes its column lists. */
    private enum ColumnStyle { INLINE, LOCAL_CONSTANT, SHARED_CONSTANT }

    /** One DAO being generated, with the choices that hold for the whole file. */
    private final class DaoFile {

        private final SourceModule module;
        private final Aggregate a;
        private final SqlCatalog sql;
        private final JavaFile file;
        private final ColumnStyle columnStyle;
        private final boolean named;
        private final boolean raw;
        private final String var;

        DaoFile(SourceModule module, Aggregate a, SqlCatalog sql) {
            this.module = module;
            this.a = a;
            this.sql = sql;
            this.file = JavaFile.main(FileKind.DAO, module, "dao", a.dao());
            this.columnStyle = choices.pick(List.of(ColumnStyle.values()));
            this.named = choices.chance(0.4);
            this.raw = choices.chance(0.5);
            this.var = a.variable();
        }

        JavaFile build(int target) {
            file.imports("java.sql.ResultSet", "java.sql.SQLException", "java.sql.Timestamp", "java.time.Instant",
                    "java.util.List", "java.util.Optional", "org.slf4j.Logger", "org.slf4j.LoggerFactory",
                    "org.springframework.jdbc.core.JdbcTemplate", "org.springframework.stereotype.Repository");
            file.importFrom(module.pkg("model"), a.name());
            file.declaration("""
                    /**
                     * JDBC access to {@code %s}, for what the JPA repository does not express well.
                     */
                    @Repository
                    public class %s {
                    """.formatted(a.table(), a.dao()));
            file.constant("private static final Logger log = LoggerFactory.getLogger(%s.class);".formatted(a.dao()));
            constructor();
            coreMembers();
            List<Supplier<Member>> templates = new ArrayList<>(List.of(
                    this::insert, this::updateStatus, this::deleteStale, this::findByOwner, this::findByKey,
                    this::search, this::listSorted, this::sumByOwner, this::statusReport, this::existsByKey,
                    this::findStale, this::recentByOwner, this::tryFindByKey, this::findByExtra, this::countByExtra,
                    this::insertAll, this::updateExtra, this::findPage, this::countCreatedBetween, this::lockById,
                    this::deleteById, this::upsert));
            if (named) {
                templates.add(this::findByOwnerAndStatuses);
                templates.add(this::reassign);
            }
            if (raw) {
                templates.add(this::exportSince);
                templates.add(this::archive);
                templates.add(this::countAll);
            }
            Filler.fill(file, target, choices, templates, member -> member.sqlConstants().forEach(sql::register));
            return file;
        }

        private void constructor() {
            List<String> parameters = new ArrayList<>(List.of("JdbcTemplate jdbcTemplate"));
            file.field("private final JdbcTemplate jdbcTemplate;");
            if (named) {
                file.imports("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate");
                file.field("private final NamedParameterJdbcTemplate namedJdbc;");
                parameters.add("NamedParameterJdbcTemplate namedJdbc");
            }
            if (raw) {
                file.imports("javax.sql.DataSource");
                file.field("private final DataSource dataSource;");
                parameters.add("DataSource dataSource");
            }
            StringBuilder assignments = new StringBuilder();
            for (String parameter : parameters) {
                String name = parameter.substring(parameter.indexOf(' ') + 1);
                assignments.append("    this.").append(name).append(" = ").append(name).append(";\n");
            }
            parameters.forEach(parameter -> a.daoDependencies.add(parameter.substring(0, parameter.indexOf(' '))));
            String head = "    public " + a.dao() + "(";
            file.add(Member.named(a.dao() + "()").text("""
                    public %s(%s) {
                    %s}
                    """.formatted(a.dao(), Text.wrap(parameters, head.length(), 8, ") {"), assignments)));
        }

        private void coreMembers() {
            Member findById = Member.named("findById");
            findById.constant("private static final String FIND_BY_ID = " + select(findById, " WHERE id = ?") + ";");
            addCore(findById.text("""
                    public Optional<%s> findById(long id) {
                        return jdbcTemplate.query(FIND_BY_ID, this::mapRow, id).stream().findFirst();
                    }
                    """.formatted(a.name())));

            List<String> lines = new ArrayList<>(selectLines(choices.bug(Bug.SELECT_STAR)));
            lines.addAll(List.of("WHERE status = ?", "ORDER BY " + a.created().column() + " DESC", "LIMIT ?"));
            file.add(Member.named("findByStatus").text("""
                    public List<%s> findByStatus(String status, int limit) {
                        return jdbcTemplate.query(%s, this::mapRow, status, limit);
                    }
                    """.formatted(a.name(), Text.textBlock(lines, 12))));

            Member count = Member.named("countByStatus");
            String table = sharedTable(count);
            addCore(count.text("""
                    public long countByStatus(String status) {
                        Long count = jdbcTemplate.queryForObject(
                                "SELECT COUNT(*) FROM " + %s + " WHERE status = ?", Long.class, status);
                        return count == null ? 0 : count;
                    }
                    """.formatted(table)));

            file.addClosing(mapRow());
            file.addClosing(Member.named("instant").text("""
                    private static Instant instant(Timestamp timestamp) {
                        return timestamp == null ? null : timestamp.toInstant();
                    }
                    """));
            file.addClosing(Member.named("timestamp").text("""
                    private static Timestamp timestamp(Instant instant) {
                        return instant == null ? null : Timestamp.from(instant);
                    }
                    """));
        }

        private void addCore(Member member) {
            file.add(member);
            member.sqlConstants().forEach(sql::register);
        }

        private Member mapRow() {
            StringBuilder setters = new StringBuilder();
            for (Field field : a.fields()) {
                if (field != a.key() && field != a.owner() && field != a.status()) {
                    setters.append("    %s.%s(%s);\n".formatted(var, field.setter(), Types.read(field)));
                    if (field.type().equals("LocalDate")) {
                        file.imports("java.time.LocalDate");
                    }
                }
            }
            return Member.named("mapRow").text("""
                    private %s mapRow(ResultSet rs, int rowNum) throws SQLException {
                        %s %s = new %s(%s, %s, %s);
                    %s    return %s;
                    }
                    """.formatted(a.name(), a.name(), var, a.name(), Types.read(a.key()), Types.read(a.owner()),
                    Types.read(a.status()), setters, var));
        }

        /**
         * A Java expression for {@code SELECT <columns> FROM <table><tail>}, written in this DAO's
         * column style, or now and then with {@code *}. {@code tail} is spliced into a string
         * literal, so it may close the literal and reopen it to concatenate a value.
         */
        private String select(Member member, String tail) {
            if (choices.bug(Bug.SELECT_STAR)) {
                switch (choices.between(0, 2)) {
                    case 0:
                        // backlint:ignore select-star -- planted on purpose in the generated code
                        return Text.quote("SELECT * FROM " + a.table() + tail);
                    case 1:
                        return "\"SELECT \" + \"*\" + \" FROM " + a.table() + tail + "\"";
                    default:
                        member.sqlConstant("ALL_COLUMNS", "\"*\"");
                        return "\"SELECT \" + " + sql.ref("ALL_COLUMNS") + " + \" FROM " + a.table() + tail + "\"";
                }
            }
            return switch (columnStyle) {
                case INLINE -> Text.quote("SELECT " + a.allColumns() + " FROM " + a.table() + tail);
                case LOCAL_CONSTANT -> {
                    member.constant("private static final String COLUMNS = \"" + a.allColumns() + "\";");
                    yield "\"SELECT \" + COLUMNS + \" FROM " + a.table() + tail + "\"";
                }
                case SHARED_CONSTANT -> {
                    String columns = sharedColumns(member);
                    String table = sharedTable(member);
                    yield "\"SELECT \" + " + columns + " + \" FROM \" + " + table + " + \"" + tail + "\"";
                }
            };
        }

        /** The column list of a text block, four columns a line. */
        private List<String> selectLines(boolean star) {
            List<String> lines = new ArrayList<>();
            if (star) {
                lines.add("SELECT *");
            } else {
                List<Field> fields = a.fields();
                for (int i = 0; i < fields.size(); i += 4) {
                    String columns = a.columns(fields.subList(i, Math.min(fields.size(), i + 4)));
                    String end = i + 4 < fields.size() ? "," : "";
                    lines.add((i == 0 ? "SELECT " : "       ") + columns + end);
                }
            }
            lines.add("FROM " + a.table());
            return lines;
        }

        private String sharedTable(Member member) {
            String name = Text.upperSnake(Text.plural(a.name())) + "_TABLE";
            member.sqlConstant(name, Text.quote(a.table()));
            return sql.ref(name);
        }

        private String sharedColumns(Member member) {
            String name = a.constantPrefix() + "_COLUMNS";
            member.sqlConstant(name, Text.quote(a.allColumns()));
            return sql.ref(name);
        }

        private String insertConstant() {
            List<Field> fields = a.dataFields();
            return """
                    private static final String INSERT =
                            "INSERT INTO %s (%s) "
                            + "VALUES (%s)";
                    """.formatted(a.table(), a.columns(fields),
                    String.join(", ", Collections.nCopies(fields.size(), "?")));
        }

        private List<String> insertArguments() {
            List<String> arguments = new ArrayList<>();
            for (Field field : a.dataFields()) {
                arguments.add(Types.jdbcArgument(field, var + "." + field.getter() + "()"));
            }
            return arguments;
        }

        private Member insert() {
            return Member.named("insert").constant(insertConstant()).text("""
                    public int insert(%s %s) {
                        return jdbcTemplate.update(INSERT,
                    %s);
                    }
                    """.formatted(a.name(), var, "            " + String.join(",\n            ", insertArguments())));
        }

        private Member insertAll() {
            return Member.named("insertAll").constant(insertConstant()).imports("java.util.ArrayList").text("""
                    public int[] insertAll(List<%s> %s) {
                        List<Object[]> rows = new ArrayList<>();
                        for (%s %s : %s) {
                            rows.add(new Object[] {
                                    %s});
                        }
                        log.debug("Inserting {} %s", rows.size());
                        return jdbcTemplate.batchUpdate(INSERT, rows);
                    }
                    """.formatted(a.name(), Text.plural(var), a.name(), var, Text.plural(var),
                    Text.wrap(insertArguments(), 16, 16, "});"), Text.plural(a.words())));
        }

        private Member updateStatus() {
            return Member.named("updateStatus").text("""
                    public boolean updateStatus(long id, String status, Instant now) {
                        int updated = jdbcTemplate.update(
                                "UPDATE %s SET status = ?, %s = ? WHERE id = ?", status, timestamp(now), id);
                        return updated == 1;
                    }
                    """.formatted(a.table(), a.updated().column()));
        }

        private Member deleteStale() {
            Member member = Member.named("deleteStale");
            String table = sharedTable(member);
            return member.text("""
                    public int deleteStale(Instant cutoff) {
                        int deleted = jdbcTemplate.update(
                                "DELETE FROM " + %s + " WHERE status = ? AND %s < ?",
                                "%s", timestamp(cutoff));
                        log.info("Deleted {} stale %s", deleted);
                        return deleted;
                    }
                    """.formatted(table, a.updated().column(), a.terminalStatus(), Text.plural(a.words())));
        }

        private Member findByOwner() {
            Field owner = a.owner();
            String method = "findBy" + owner.capitalized();
            Member member = Member.named(method);
            String table = sharedTable(member);
            String query = "FIND_" + Text.upperSnake(Text.plural(a.name())) + "_BY_" + Text.upperSnake(owner.name());
            String local = table.substring(table.indexOf('.') + 1);
            String where = " + \" WHERE %s = ? ORDER BY %s DESC\"".formatted(owner.column(), a.created().column());
            if (choices.bug(Bug.SELECT_STAR)) {
                member.sqlConstant(query, "\"SELECT * FROM \" + " + local + where);
            } else {
                String columns = sharedColumns(member);
                member.sqlConstant(query, "\n        \"SELECT \" + " + columns.substring(columns.indexOf('.') + 1)
                        + " + \" FROM \" + " + local + "\n        " + where.substring(1));
            }
            return member.text("""
                    public List<%s> %s(long %s) {
                        return jdbcTemplate.query(%s, this::mapRow, %s);
                    }
                    """.formatted(a.name(), method, owner.name(), sql.ref(query), owner.name()));
        }

        private Member findByKey() {
            Field key = a.key();
            Member member = Member.named("findBy" + key.capitalized());
            if (choices.bug(Bug.SQL_CONCATENATION)) {
                String query = select(member, " WHERE %s = '\" + %s + \"'".formatted(key.column(), key.name()));
                return member.text("""
                        public Optional<%s> findBy%s(String %s) {
                            String sql = %s;
                            return jdbcTemplate.query(sql, this::mapRow).stream().findFirst();
                        }
                        """.formatted(a.name(), key.capitalized(), key.name(), query));
            }
            String query = select(member, " WHERE %s = ?".formatted(key.column()));
            return member.text("""
                    public Optional<%s> findBy%s(String %s) {
                        String sql = %s;
                        return jdbcTemplate.query(sql, this::mapRow, %s).stream().findFirst();
                    }
                    """.formatted(a.name(), key.capitalized(), key.name(), query, key.name()));
        }

        private Member search() {
            Member member = Member.named("search").imports("java.util.ArrayList");
            String statusClause = choices.bug(Bug.SQL_CONCATENATION)
                    ? "sql.append(\" AND status = '\").append(status).append(\"'\");"
                    : "sql.append(\" AND status = ?\");\n        args.add(status);";
            Field owner = a.owner();
            return member.text("""
                    public List<%s> search(String status, Long %s, Instant from, int limit) {
                        StringBuilder sql = new StringBuilder(%s);
                        List<Object> args = new ArrayList<>();
                        if (status != null) {
                            %s
                        }
                        if (%s != null) {
                            sql.append(" AND %s = ?");
                            args.add(%s);
                        }
                        if (from != null) {
                            sql.append(" AND %s >= ?");
                            args.add(timestamp(from));
                        }
                        sql.append(" ORDER BY %s DESC LIMIT ?");
                        args.add(limit);
                        return jdbcTemplate.query(sql.toString(), this::mapRow, args.toArray());
                    }
                    """.formatted(a.name(), owner.name(), select(member, " WHERE 1 = 1"), statusClause,
                    owner.name(), owner.column(), owner.name(), a.created().column(), a.created().column()));
        }

        private Member listSorted() {
            Member member = Member.named("listSorted");
            return member.text("""
                    public List<%s> listSorted(String sort, int limit) {
                        String column = switch (sort == null ? "" : sort) {
                            case "%s" -> "%s";
                            case "%s" -> "%s";
                            case "status" -> "status";
                            default -> "%s";
                        };
                        return jdbcTemplate.query(%s, this::mapRow, limit);
                    }
                    """.formatted(a.name(), a.key().name(), a.key().column(), a.amount().name(), a.amount().column(),
                    a.created().column(), select(member, " ORDER BY \" + column + \" DESC LIMIT ?")));
        }

        private Member sumByOwner() {
            Field owner = a.owner();
            Field amount = a.amount();
            String method = "sum" + amount.capitalized() + "By" + owner.capitalized();
            return Member.named(method).imports("java.math.BigDecimal").text("""
                    public BigDecimal %s(long %s) {
                        BigDecimal sum = jdbcTemplate.queryForObject(
                                "SELECT COALESCE(SUM(%s), 0) FROM %s WHERE %s = ? AND status <> ?",
                                BigDecimal.class, %s, "%s");
                        return sum == null ? BigDecimal.ZERO : sum;
                    }
                    """.formatted(method, owner.name(), amount.column(), a.table(), owner.column(), owner.name(),
                    a.terminalStatus()));
        }

        private Member statusReport() {
            String block = Text.textBlock(List.of(
                    "SELECT status, COUNT(*) AS items, SUM(%s) AS %s_sum".formatted(a.amount().column(),
                            a.amount().column()),
                    "FROM " + a.table(),
                    "WHERE %s >= ? AND %s < ?".formatted(a.created().column(), a.created().column()),
                    "GROUP BY status",
                    "ORDER BY status"), 12);
            return Member.named("statusReport").imports("java.util.Map").text("""
                    public List<Map<String, Object>> statusReport(Instant from, Instant to) {
                        return jdbcTemplate.queryForList(%s, timestamp(from), timestamp(to));
                    }
                    """.formatted(block));
        }

        private Member existsByKey() {
            Field key = a.key();
            return Member.named("existsBy" + key.capitalized()).text("""
                    public boolean existsBy%s(String %s) {
                        Boolean exists = jdbcTemplate.queryForObject(
                                "SELECT EXISTS (SELECT 1 FROM %s WHERE %s = ?)", Boolean.class, %s);
                        return Boolean.TRUE.equals(exists);
                    }
                    """.formatted(key.capitalized(), key.name(), a.table(), key.column(), key.name()));
        }

        private Member findStale() {
            List<String> lines = new ArrayList<>(selectLines(choices.bug(Bug.SELECT_STAR)));
            lines.addAll(List.of("WHERE status = ?", "  AND %s < ?".formatted(a.updated().column()),
                    "ORDER BY " + a.updated().column()));
            return Member.named("findStale")
                    .constant("private static final String FIND_STALE = " + Text.textBlock(lines, 8) + ";")
                    .text("""
                    public List<%s> findStale(String status, Instant cutoff) {
                        return jdbcTemplate.query(FIND_STALE, this::mapRow, status, timestamp(cutoff));
                    }
                    """.formatted(a.name()));
        }

        private Member recentByOwner() {
            Field owner = a.owner();
            String columns = choices.bug(Bug.SELECT_STAR) ? "*" : a.columns(a.dtoFields());
            String constant = """
                    private static final String RECENT_BY_OWNER =
                            "SELECT %s"
                            + " FROM %s"
                            + " WHERE %s = ?"
                            + "   AND %s >= ?";
                    """.formatted(columns, a.table(), owner.column(), a.created().column());
            String method = "recentBy" + owner.capitalized();
            return Member.named(method).imports("java.util.Map").constant(constant).text("""
                    public List<Map<String, Object>> %s(long %s, Instant since) {
                        return jdbcTemplate.queryForList(RECENT_BY_OWNER, %s, timestamp(since));
                    }
                    """.formatted(method, owner.name(), owner.name()));
        }

        private Member tryFindByKey() {
            Field key = a.key();
            Member member = Member.named("tryFindBy" + key.capitalized());
            String query = select(member, " WHERE %s = ?".formatted(key.column()));
            if (choices.bug(Bug.SWALLOWED_EXCEPTION)) {
                return member.imports("org.springframework.dao.DataAccessException").text("""
                        public Optional<%s> tryFindBy%s(String %s) {
                            try {
                                return Optional.ofNullable(jdbcTemplate.queryForObject(%s, this::mapRow, %s));
                            } catch (DataAccessException e) {
                            }
                            return Optional.empty();
                        }
                        """.formatted(a.name(), key.capitalized(), key.name(), query, key.name()));
            }
            return member.imports("org.springframework.dao.EmptyResultDataAccessException").text("""
                    public Optional<%s> tryFindBy%s(String %s) {
                        try {
                            return Optional.ofNullable(jdbcTemplate.queryForObject(%s, this::mapRow, %s));
                        } catch (EmptyResultDataAccessException e) {
                            return Optional.empty();
                        }
                    }
                    """.formatted(a.name(), key.capitalized(), key.name(), query, key.name()));
        }

        private Member findByExtra() {
            Field field = choices.pick(a.extras());
            if (field.type().equals("Instant") || field.type().equals("BigDecimal")) {
                return null;
            }
            Member member = Member.named("findBy" + field.capitalized()).imports(Types.imports(field.type()));
            String query = select(member, " WHERE %s = ?".formatted(field.column()));
            return member.text("""
                    public List<%s> findBy%s(%s %s) {
                        return jdbcTemplate.query(%s, this::mapRow, %s);
                    }
                    """.formatted(a.name(), field.capitalized(), field.type(), field.name(), query,
                    Types.jdbcArgument(field, field.name())));
        }

        private Member countByExtra() {
            Field field = choices.pick(a.extras());
            return Member.named("countBy" + field.capitalized()).imports(Types.imports(field.type())).text("""
                    public long countBy%s(%s %s) {
                        Long count = jdbcTemplate.queryForObject(
                                "SELECT COUNT(*) FROM %s WHERE %s = ?", Long.class, %s);
                        return count == null ? 0 : count;
                    }
                    """.formatted(field.capitalized(), field.type(), field.name(), a.table(), field.column(),
                    Types.jdbcArgument(field, field.name())));
        }

        private Member updateExtra() {
            Field field = choices.pick(a.extras());
            return Member.named("update" + field.capitalized()).imports(Types.imports(field.type())).text("""
                    public boolean update%s(long id, %s %s) {
                        int updated = jdbcTemplate.update(
                                "UPDATE %s SET %s = ?, %s = ? WHERE id = ?",
                                %s, timestamp(Instant.now()), id);
                        if (updated == 0) {
                            log.debug("No %s {} to update", id);
                        }
                        return updated == 1;
                    }
                    """.formatted(field.capitalized(), field.type(), field.name(), a.table(), field.column(),
                    a.updated().column(), Types.jdbcArgument(field, field.name()), a.words()));
        }

        private Member findPage() {
            Member member = Member.named("findPage");
            String query = select(member, " ORDER BY id LIMIT ? OFFSET ?");
            return member.text("""
                    public List<%s> findPage(int page, int size) {
                        if (page < 0 || size <= 0) {
                            throw new IllegalArgumentException("page must be >= 0 and size > 0");
                        }
                        return jdbcTemplate.query(%s, this::mapRow, size, page * size);
                    }
                    """.formatted(a.name(), query));
        }

        private Member countCreatedBetween() {
            String created = a.created().column();
            return Member.named("countCreatedBetween").text("""
                    public long countCreatedBetween(Instant from, Instant to) {
                        Long count = jdbcTemplate.queryForObject(
                                "SELECT COUNT(*) FROM %s WHERE %s >= ? AND %s < ?",
                                Long.class, timestamp(from), timestamp(to));
                        return count == null ? 0 : count;
                    }
                    """.formatted(a.table(), created, created));
        }

        private Member lockById() {
            Member member = Member.named("lockById");
            String query = select(member, " WHERE id = ? FOR UPDATE");
            return member.text("""
                    public Optional<%s> lockById(long id) {
                        List<%s> locked = jdbcTemplate.query(%s, this::mapRow, id);
                        return locked.isEmpty() ? Optional.empty() : Optional.of(locked.get(0));
                    }
                    """.formatted(a.name(), a.name(), query));
        }

        private Member deleteById() {
            return Member.named("deleteById").text("""
                    public boolean deleteById(long id) {
                        int deleted = jdbcTemplate.update("DELETE FROM %s WHERE id = ?", id);
                        log.info("Deleted %s {}: {}", id, deleted == 1);
                        return deleted == 1;
                    }
                    """.formatted(a.table(), a.words()));
        }

        private Member upsert() {
            Field key = a.key();
            Field amount = a.amount();
            String block = Text.textBlock(List.of(
                    "INSERT INTO %s (%s, %s, status, %s, %s, %s)".formatted(a.table(), key.column(),
                            a.owner().column(), amount.column(), a.created().column(), a.updated().column()),
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    "ON CONFLICT (%s) DO UPDATE".formatted(key.column()),
                    "SET status = EXCLUDED.status, %s = EXCLUDED.%s, %s = EXCLUDED.%s".formatted(amount.column(),
                            amount.column(), a.updated().column(), a.updated().column())), 16);
            return Member.named("upsert").text("""
                    public int upsert(%s %s) {
                        Timestamp now = timestamp(Instant.now());
                        return jdbcTemplate.update(%s,
                                %s.%s(), %s.%s(), %s.getStatus(), %s.%s(), now, now);
                    }
                    """.formatted(a.name(), var, block, var, key.getter(), var, a.owner().getter(), var, var,
                    amount.getter()));
        }

        private Member findByOwnerAndStatuses() {
            Field owner = a.owner();
            String method = "findBy" + owner.capitalized() + "AndStatuses";
            Member member = Member.named(method).imports("java.util.Collection",
                    "org.springframework.jdbc.core.namedparam.MapSqlParameterSource");
            String query = select(member, " WHERE %s = :%s AND status IN (:statuses)".formatted(owner.column(),
                    owner.name()));
            return member.text("""
                    public List<%s> %s(long %s, Collection<String> statuses) {
                        MapSqlParameterSource params = new MapSqlParameterSource()
                                .addValue("%s", %s)
                                .addValue("statuses", statuses);
                        return namedJdbc.query(
                                %s,
                                params, this::mapRow);
                    }
                    """.formatted(a.name(), method, owner.name(), owner.name(), owner.name(), query));
        }

        private Member reassign() {
            Field owner = a.owner();
            return Member.named("reassign").imports("java.util.Map").text("""
                    public int reassign(long from%s, long to%s) {
                        int moved = namedJdbc.update(
                                "UPDATE %s SET %s = :to, %s = :now WHERE %s = :from",
                                Map.of("from", from%s, "to", to%s, "now", timestamp(Instant.now())));
                        log.info("Moved {} %s from {} to {}", moved, from%s, to%s);
                        return moved;
                    }
                    """.formatted(owner.capitalized(), owner.capitalized(), a.table(), owner.column(),
                    a.updated().column(), owner.column(), owner.capitalized(), owner.capitalized(),
                    Text.plural(a.words()), owner.capitalized(), owner.capitalized()));
        }

        private Member exportSince() {
            Member member = Member.named("exportSince").imports("java.sql.Connection", "java.sql.PreparedStatement",
                    "java.util.ArrayList");
            String query = select(member, " WHERE %s >= ? ORDER BY id".formatted(a.updated().column()));
            String failure = """
                    } catch (SQLException e) {
                        throw new IllegalStateException("Could not export %s since " + since, e);
                    }
                    return result;
                }
                """.formatted(Text.plural(a.words()));
            if (choices.bug(Bug.UNCLOSED_JDBC)) {
                return member.text("""
                        public List<%s> exportSince(Instant since) {
                            List<%s> result = new ArrayList<>();
                            try {
                                Connection connection = dataSource.getConnection();
                                PreparedStatement statement = connection.prepareStatement(%s);
                                statement.setTimestamp(1, timestamp(since));
                                ResultSet rs = statement.executeQuery();
                                while (rs.next()) {
                                    result.add(mapRow(rs, rs.getRow()));
                                }
                        """.formatted(a.name(), a.name(), query) + failure);
            }
            if (choices.chance(0.2)) {
                return member.text("""
                        public List<%s> exportSince(Instant since) {
                            List<%s> result = new ArrayList<>();
                            try {
                                Connection connection = dataSource.getConnection();
                                try {
                                    PreparedStatement statement = connection.prepareStatement(%s);
                                    try {
                                        statement.setTimestamp(1, timestamp(since));
                                        ResultSet rs = statement.executeQuery();
                                        try {
                                            while (rs.next()) {
                                                result.add(mapRow(rs, rs.getRow()));
                                            }
                                        } finally {
                                            rs.close();
                                        }
                                    } finally {
                                        statement.close();
                                    }
                                } finally {
                                    connection.close();
                                }
                        """.formatted(a.name(), a.name(), query) + failure);
            }
            return member.text("""
                    public List<%s> exportSince(Instant since) {
                        List<%s> result = new ArrayList<>();
                        try (Connection connection = dataSource.getConnection();
                             PreparedStatement statement = connection.prepareStatement(%s)) {
                            statement.setTimestamp(1, timestamp(since));
                            statement.setFetchSize(500);
                            try (ResultSet rs = statement.executeQuery()) {
                                while (rs.next()) {
                                    result.add(mapRow(rs, rs.getRow()));
                                }
                            }
                    """.formatted(a.name(), a.name(), query) + failure);
        }

        private Member archive() {
            Member member = Member.named("archive").imports("java.sql.Connection", "java.sql.PreparedStatement");
            String update = "UPDATE %s SET status = ?, %s = ? WHERE id = ?".formatted(a.table(), a.updated().column());
            if (choices.bug(Bug.UNCLOSED_JDBC)) {
                return member.text("""
                        public int archive(long id) {
                            try {
                                Connection connection = dataSource.getConnection();
                                PreparedStatement statement = connection.prepareStatement("%s");
                                statement.setString(1, "%s");
                                statement.setTimestamp(2, timestamp(Instant.now()));
                                statement.setLong(3, id);
                                return statement.executeUpdate();
                            } catch (SQLException e) {
                                throw new IllegalStateException("Could not archive %s " + id, e);
                            }
                        }
                        """.formatted(update, a.terminalStatus(), a.words()));
            }
            return member.helper(Member.named("closeQuietly").text("""
                    private static void closeQuietly(AutoCloseable resource) {
                        if (resource == null) {
                            return;
                        }
                        try {
                            resource.close();
                        } catch (Exception e) {
                            log.debug("Could not close {}", resource, e);
                        }
                    }
                    """)).text("""
                    public int archive(long id) {
                        Connection connection = null;
                        PreparedStatement statement = null;
                        try {
                            connection = dataSource.getConnection();
                            statement = connection.prepareStatement("%s");
                            statement.setString(1, "%s");
                            statement.setTimestamp(2, timestamp(Instant.now()));
                            statement.setLong(3, id);
                            return statement.executeUpdate();
                        } catch (SQLException e) {
                            throw new IllegalStateException("Could not archive %s " + id, e);
                        } finally {
                            closeQuietly(statement);
                            closeQuietly(connection);
                        }
                    }
                    """.formatted(update, a.terminalStatus(), a.words()));
        }

        private Member countAll() {
            Member member = Member.named("countAll").imports("java.sql.Connection", "java.sql.Statement");
            if (choices.bug(Bug.SWALLOWED_EXCEPTION)) {
                return member.text("""
                        public long countAll() {
                            try (Connection connection = dataSource.getConnection();
                                 Statement statement = connection.createStatement();
                                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM %s")) {
                                return rs.next() ? rs.getLong(1) : 0;
                            } catch (SQLException e) {
                            }
                            return 0;
                        }
                        """.formatted(a.table()));
            }
            return member.text("""
                    public long countAll() {
                        try (Connection connection = dataSource.getConnection();
                             Statement statement = connection.createStatement();
                             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM %s")) {
                            return rs.next() ? rs.getLong(1) : 0;
                        } catch (SQLException e) {
                            throw new IllegalStateException("Could not count %s", e);
                        }
                    }
                    """.formatted(a.table(), Text.plural(a.words())));
        }
    }
}
