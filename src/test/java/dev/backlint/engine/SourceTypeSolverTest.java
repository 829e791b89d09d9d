package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTypeSolverTest {

    @TempDir
    Path root;

    private TypeSolver solver() {
        CombinedTypeSolver combined = new CombinedTypeSolver();
        combined.add(new SourceTypeSolver(root, new ParserConfiguration(), new FolderDeclarations(), 16));
        return combined;
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String solved(TypeSolver solver, String name) {
        var type = solver.tryToSolveType(name);
        return type.isSolved() ? type.getCorrespondingDeclaration().getQualifiedName() : "unsolved";
    }

    @Test
    void findsTypesInFilesOfTheirNameOrOfOtherNamesAndNestedTypes() throws IOException {
        write("app/Orders.java", "package app; public class Orders { public static class Line {} }");
        write("app/Helpers.java", "package app; class Helper {} class OtherHelper {}");
        write("Plain.java", "class Plain {} class Extra { interface Inner {} }");

        TypeSolver solver = solver();

        assertEquals("app.Orders", solved(solver, "app.Orders"));
        assertEquals("app.Orders.Line", solved(solver, "app.Orders.Line"));
        assertEquals("app.OtherHelper", solved(solver, "app.OtherHelper"));
        assertEquals("Extra.Inner", solved(solver, "Extra.Inner"));
        assertEquals("unsolved", solved(solver, "org.springframework.jdbc.core.JdbcTemplate"));
        assertEquals("unsolved", solved(solver, "app.Missing"));
    }

    @Test
    void aNameRepeatedInManyFilesIsLookedForInTheFirstFewOnly() throws IOException {
        for (int i = 0; i < 40; i++) {
            write(String.format("Mutant%03d.java", i), "// class Dup, in a comment\nclass Unrelated%d {}".formatted(i));
        }
        write("Mutant999.java", "class Dup {}");
        write("A.java", "class Early {} /* class Repeated */");
        write("B.java", "class Repeated {}");

        TypeSolver solver = solver();

        assertEquals("unsolved", solved(solver, "Dup"), "declared only after more than "
                + SourceTypeSolver.MAX_CANDIDATES + " files that merely mention it");
        assertEquals("Repeated", solved(solver, "Repeated"));
        assertFalse(solver.tryToSolveType("Unknown").isSolved());
    }
}
