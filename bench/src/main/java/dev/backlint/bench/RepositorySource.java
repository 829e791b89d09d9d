package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Spring Data {@code JpaRepository} interfaces: derived finders, JPQL and native {@code @Query} methods. */
final class RepositorySource {

    private final Choices choices;

    RepositorySource(Choices choices) {
        this.choices = choices;
    }

    JavaFile generate(SourceModule module, Aggregate a, int target) {
        JavaFile file = JavaFile.main(FileKind.REPOSITORY, module, "repository", a.repository());
        file.imports("java.util.List", "java.util.Optional", "org.springframework.data.jpa.repository.JpaRepository",
                "org.springframework.stereotype.Repository");
        file.importFrom(module.pkg("model"), a.name());
        file.declaration("""
                /**
                 * Spring Data access to %s.
                 */
                @Repository
                public interface %s extends JpaRepository<%s, Long> {
                """.formatted(Text.plural(a.words()), a.repository(), a.name()));
        file.add(Member.named("findBy" + a.key().capitalized()).text("Optional<%s> findBy%s(String %s);"
                .formatted(a.name(), a.key().capitalized(), a.key().name())));
        file.add(Member.named("findByStatus").text("List<%s> findByStatus(String status);".formatted(a.name())));

        List<Supplier<Member>> templates = new ArrayList<>();
        templates.add(() -> derived(a, "List<%s> findBy%sOrderBy%sDesc(Long %s);".formatted(a.name(),
                a.owner().capitalized(), a.created().capitalized(), a.owner().name()),
                "findBy" + a.owner().capitalized() + "OrderBy"));
        templates.add(() -> derived(a, "long countByStatus(String status);", "countByStatus"));
        templates.add(() -> derived(a, "boolean existsBy%s(String %s);".formatted(a.key().capitalized(),
                a.key().name()), "existsBy"));
        templates.add(() -> derived(a, "List<%s> findBy%sBefore(Instant cutoff);".formatted(a.name(),
                a.updated().capitalized()), "findByUpdatedBefore").imports("java.time.Instant"));
        templates.add(() -> derived(a, "Page<%s> findByStatus(String status, Pageable pageable);".formatted(a.name()),
                "findByStatusPage").imports("org.springframework.data.domain.Page",
                "org.springframework.data.domain.Pageable"));
        templates.add(() -> derivedByExtra(a));
        templates.add(() -> jpqlByOwnerAndStatuses(a));
        templates.add(() -> jpqlSum(a));
        templates.add(() -> jpqlCountPerStatus(a));
        templates.add(() -> jpqlSearch(a));
        templates.add(() -> nativeQuery(a));
        templates.add(() -> nativeTextBlock(a));
        templates.add(() -> modifyingUpdate(a));
        templates.add(() -> modifyingDelete(a));
        templates.add(() -> requireById(a));
        templates.add(() -> countByExtra(a));
        templates.add(() -> derived(a, "List<%s> findTop10By%sOrderBy%sDesc(Long %s);".formatted(a.name(),
                a.owner().capitalized(), a.amount().capitalized(), a.owner().name()), "findTop10By"));
        templates.add(() -> derived(a, "List<%s> findBy%sIn(Collection<String> %s);".formatted(a.name(),
                a.key().capitalized(), Text.plural(a.key().name())), "findByKeyIn").imports("java.util.Collection"));
        templates.add(() -> derived(a, "boolean existsBy%sAndStatus(Long %s, String status);".formatted(
                a.owner().capitalized(), a.owner().name()), "existsByOwnerAndStatus"));
        templates.add(() -> projection(module, a));
        Filler.fill(file, target, choices, templates);
        return file;
    }

    private Member derived(Aggregate a, String declaration, String name) {
        String doc = choices.chance(0.3) ? "/** %s. */\n".formatted(summary(a, name)) : "";
        return Member.named(name).text(doc + declaration);
    }

    private static String summary(Aggregate a, String name) {
        if (name.startsWith("count")) {
            return "Counts the " + Text.plural(a.words()) + " in a status";
        }
        if (name.startsWith("exists")) {
            return "Whether a " + a.words() + " has this " + Text.words(a.key().name());
        }
        return "The " + Text.plural(a.words()) + " matching the arguments";
    }

    private Member derivedByExtra(Aggregate a) {
        Field field = choices.pick(a.extras());
        return Member.named("findBy" + field.capitalized()).imports(Types.imports(field.type()))
                .text("List<%s> findBy%s(%s %s);".formatted(a.name(), field.capitalized(), field.type(), field.name()));
    }

    private Member countByExtra(Aggregate a) {
        Field field = choices.pick(a.extras());
        return Member.named("countBy" + field.capitalized()).imports(Types.imports(field.type()))
                .text("long countBy%s(%s %s);".formatted(field.capitalized(), field.type(), field.name()));
    }

    /** A JPQL constructor expression into the DTO, whose components the generator knows. */
    private static Member projection(SourceModule module, Aggregate a) {
        StringBuilder paths = new StringBuilder();
        for (Field field : a.dtoFields()) {
            paths.append(paths.length() == 0 ? "" : ", ").append(a.alias()).append('.').append(field.name());
        }
        String query = Text.textBlock(List.of(
                "SELECT new %s.%s(".formatted(module.pkg("model"), a.dto()),
                "       " + paths + ")",
                "FROM %s %s".formatted(a.name(), a.alias()),
                "WHERE %s.status = :status".formatted(a.alias()),
                "ORDER BY %s.%s DESC".formatted(a.alias(), a.created().name())), 8);
        return Member.named("findDtosByStatus").imports("org.springframework.data.jpa.repository.Query",
                "org.springframework.data.repository.query.Param").text("""
                @Query(%s)
                List<%s> findDtosByStatus(@Param("status") String status);
                """.formatted(query, a.dto())).imports(module.pkg("model") + "." + a.dto());
    }

    private static Member jpqlByOwnerAndStatuses(Aggregate a) {
        String name = "findBy" + a.owner().capitalized() + "AndStatusIn";
        return Member.named(name).imports("java.util.Collection", "org.springframework.data.jpa.repository.Query",
                "org.springframework.data.repository.query.Param").text("""
                @Query("SELECT %s FROM %s %s WHERE %s.%s = :%s AND %s.status IN :statuses ORDER BY %s.%s DESC")
                List<%s> %s(@Param("%s") Long %s, @Param("statuses") Collection<String> statuses);
                """.formatted(a.alias(), a.name(), a.alias(), a.alias(), a.owner().name(), a.owner().name(),
                a.alias(), a.alias(), a.created().name(), a.name(), name, a.owner().name(), a.owner().name()));
    }

    private static Member jpqlSum(Aggregate a) {
        String name = "sum" + a.amount().capitalized() + "By" + a.owner().capitalized();
        return Member.named(name).imports("java.math.BigDecimal", "org.springframework.data.jpa.repository.Query",
                "org.springframework.data.repository.query.Param").text("""
                @Query("SELECT COALESCE(SUM(%s.%s), 0) FROM %s %s WHERE %s.%s = :%s AND %s.status <> '%s'")
                BigDecimal %s(@Param("%s") Long %s);
                """.formatted(a.alias(), a.amount().name(), a.name(), a.alias(), a.alias(), a.owner().name(),
                a.owner().name(), a.alias(), a.terminalStatus(), name, a.owner().name(), a.owner().name()));
    }

    private static Member jpqlCountPerStatus(Aggregate a) {
        return Member.named("countPerStatus").imports("org.springframework.data.jpa.repository.Query").text("""
                @Query("SELECT %s.status, COUNT(%s) FROM %s %s GROUP BY %s.status")
                List<Object[]> countPerStatus();
                """.formatted(a.alias(), a.alias(), a.name(), a.alias(), a.alias()));
    }

    private static Member jpqlSearch(Aggregate a) {
        String key = a.key().name();
        return Member.named("search").imports("org.springframework.data.jpa.repository.Query",
                "org.springframework.data.repository.query.Param").text("""
                @Query(\"""
                        SELECT %s FROM %s %s
                        WHERE LOWER(%s.%s) LIKE LOWER(CONCAT('%%', :term, '%%'))
                        ORDER BY %s.%s DESC
                        \""")
                List<%s> search(@Param("term") String term);
                """.formatted(a.alias(), a.name(), a.alias(), a.alias(), key, a.alias(), a.created().name(),
                a.name()));
    }

    private Member nativeQuery(Aggregate a) {
        String name = "findRecentBy" + a.owner().capitalized();
        String condition = " WHERE %s = :%s AND created_at >= :since ORDER BY created_at DESC LIMIT 50"
                .formatted(a.owner().column(), a.owner().name());
        String sql;
        if (choices.bug(Bug.SELECT_STAR)) {
            sql = choices.chance(0.5)
                    ? "\"SELECT * FROM %s%s\"".formatted(a.table(), condition)
                    : "\"SELECT * FROM %s \"\n        + \"%s\"".formatted(a.table(), condition.substring(1));
        } else {
            sql = "\"SELECT %s FROM %s\"\n        + \"%s\"".formatted(a.allColumns(), a.table(), condition);
        }
        return Member.named(name).imports("java.time.Instant", "org.springframework.data.jpa.repository.Query",
                "org.springframework.data.repository.query.Param").text("""
                @Query(value = %s,
                        nativeQuery = true)
                List<%s> %s(@Param("%s") Long %s, @Param("since") Instant since);
                """.formatted(sql, a.name(), name, a.owner().name(), a.owner().name()));
    }

    private Member nativeTextBlock(Aggregate a) {
        String columns = choices.bug(Bug.SELECT_STAR) ? "*" : a.columns(a.fields().subList(0, 5));
        String sql = Text.textBlock(List.of(
                "SELECT " + columns,
                "FROM " + a.table(),
                "WHERE status = :status",
                "  AND updated_at < :cutoff",
                "ORDER BY updated_at",
                "LIMIT :limit"), 8);
        String returned = columns.equals("*") ? a.name() : "Object[]";
        return Member.named("findStale").imports("java.time.Instant", "org.springframework.data.jpa.repository.Query",
                "org.springframework.data.repository.query.Param").text("""
                @Query(value = %s, nativeQuery = true)
                List<%s> findStale(@Param("status") String status, @Param("cutoff") Instant cutoff,
                        @Param("limit") int limit);
                """.formatted(sql, returned));
    }

    private static Member modifyingUpdate(Aggregate a) {
        return Member.named("updateStatus").imports("java.time.Instant",
                "org.springframework.data.jpa.repository.Modifying", "org.springframework.data.jpa.repository.Query",
                "org.springframework.data.repository.query.Param").text("""
                @Modifying
                @Query("UPDATE %s %s SET %s.status = :status, %s.%s = :now WHERE %s.id = :id")
                int updateStatus(@Param("id") Long id, @Param("status") String status, @Param("now") Instant now);
                """.formatted(a.name(), a.alias(), a.alias(), a.alias(), a.updated().name(), a.alias()));
    }

    private static Member modifyingDelete(Aggregate a) {
        return Member.named("deleteStale").imports("java.time.Instant",
                "org.springframework.data.jpa.repository.Modifying", "org.springframework.data.jpa.repository.Query",
                "org.springframework.data.repository.query.Param").text("""
                @Modifying
                @Query("DELETE FROM %s %s WHERE %s.status = '%s' AND %s.%s < :cutoff")
                int deleteStale(@Param("cutoff") Instant cutoff);
                """.formatted(a.name(), a.alias(), a.alias(), a.terminalStatus(), a.alias(), a.updated().name()));
    }

    private Member requireById(Aggregate a) {
        Member member = Member.named("requireById");
        String body;
        if (choices.bug(Bug.OPTIONAL_GET)) {
            body = "return findById(id).get();";
        } else {
            member.imports("java.util.NoSuchElementException");
            body = "return findById(id).orElseThrow(() -> new NoSuchElementException(\"No %s with id \" + id));"
                    .formatted(a.words());
        }
        return member.text("""
                default %s requireById(Long id) {
                    %s
                }
                """.formatted(a.name(), body));
    }
}
