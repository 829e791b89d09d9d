package dev.backlint.engine;

import static dev.backlint.engine.AnalyzerTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The symbol solver is not asked what the syntax decides, and no one question costs seconds. */
class ResolutionCostTest {

    @TempDir
    Path dir;

    @Test
    void anAnnotationNamedBySingleTypeImportIsNotResolved() {
        TempProject project = new TempProject(dir);
        project.write("ProductMapper.java", """
                import org.apache.ibatis.annotations.Mapper;
                import org.apache.ibatis.annotations.Select;
                @Mapper
                interface ProductMapper {
                    @Select({"SELECT *", "FROM products", "WHERE id = #{id}"})
                    Object find(long id);
                }
                """);

        ScanResult result = new Analyzer().analyze(project.request().enable(Set.of("select-star")).build());

        assertEquals(List.of("ProductMapper.java:5 select-star"), summary(result.findings()));
        assertEquals(0L, result.diagnostics().phases().get("resolution"), "time spent resolving");
    }

    @Test
    void aLookupInADefaultPackageFolderOfThousandsOfFilesParsesOnlyTheFilesThatMayDeclareIt() {
        TempProject project = new TempProject(dir);
        StringBuilder body = new StringBuilder();
        for (int m = 0; m < 40; m++) {
            body.append("    String q").append(m).append("(String a) { return \"SELECT id FROM t WHERE a = \" + a.trim(); }\n");
        }
        for (int i = 0; i < 3000; i++) {
            // the same class name in every file, none of them named after it
            project.write("tree/Mutant%05d.java".formatted(i), "class Item {\n    String sql;\n" + body + "}\n");
        }
        Path dao = project.write("tree/Dao.java", """
                import org.springframework.jdbc.core.JdbcTemplate;
                class Dao {
                    JdbcTemplate jdbcTemplate;
                    Object run(Item item) {
                        jdbcTemplate.queryForList(undeclared);
                        return jdbcTemplate.queryForList(item.sql);
                    }
                }
                """);

        ScanResult result = new Analyzer().analyze(ScanRequest.builder().path(dao).sourceRoot(dir).threads(1)
                .enable(Set.of("sql-concatenation")).ruleTimeBudget(Duration.ofSeconds(3)).build());

        assertEquals(List.of(), result.notifications(), "no rule may run past its budget on the solver's work");
        assertEquals(List.of("tree/Dao.java:6 sql-concatenation"), summary(result.findings()));
    }
}
