package dev.backlint.engine;

import static dev.backlint.engine.AnalyzerTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The symbol solver is not asked what the syntax decides. */
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
}
