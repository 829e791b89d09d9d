package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that many others import are analysed first; the rest keep their order. */
class WorkOrderTest {

    @TempDir
    Path dir;

    @Test
    void importedFilesComeFirstAndTiesKeepTheirOrder() {
        TempProject project = new TempProject(dir);
        List<SourceFile> files = List.of(
                new SourceFile(project.write("a/First.java", "package a;\nimport b.Shared;\nclass First {}"), "a/First.java", false),
                new SourceFile(project.write("a/Second.java", "package a;\nimport b.Shared;\nimport static b.Util.max;\nclass Second {}"),
                        "a/Second.java", false),
                new SourceFile(project.write("b/Util.java", "package b;\npublic class Util {}"), "b/Util.java", false),
                new SourceFile(project.write("b/Shared.java", "package b;\npublic class Shared {}"), "b/Shared.java", false));

        List<String> order = WorkOrder.of(files).stream().map(SourceFile::uri).toList();

        assertEquals(List.of("b/Shared.java", "b/Util.java", "a/First.java", "a/Second.java"), order);
    }

    @Test
    void importsAfterALongHeaderAreRead() {
        TempProject project = new TempProject(dir);
        String header = "/*\n" + " * Licensed under the terms of a long licence text.\n".repeat(200) + " */\n";
        List<SourceFile> files = List.of(
                new SourceFile(project.write("a/User.java", header + "package a;\nimport b.Shared;\nclass User {}"),
                        "a/User.java", false),
                new SourceFile(project.write("b/Other.java", "package b;\nclass Other {}"), "b/Other.java", false),
                new SourceFile(project.write("b/Shared.java", header + "package b;\npublic class Shared {}"),
                        "b/Shared.java", false));

        List<String> order = WorkOrder.of(files).stream().map(SourceFile::uri).toList();

        assertEquals(List.of("b/Shared.java", "a/User.java", "b/Other.java"), order);
    }

    @Test
    void importsAreReadOnlyBeforeTheFirstBrace() {
        assertEquals(List.of("b.Shared", "c.Util.max"),
                WorkOrder.imports("package a;\nimport b.Shared;\nimport static c.Util.max;\nclass A {\n"
                        + "String s = \"\nimport d.Later;\";\n}"));
    }
}
