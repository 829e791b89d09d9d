package dev.backlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void findsJavaFilesSortedAndSkipsBuildOutputVcsAndDependencies() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/b/B.java", "class B {}");
        project.write("src/main/java/a/A.java", "class A {}");
        project.write("target/generated/G.java", "class G {}");
        project.write("build/X.java", "class X {}");
        project.write(".git/Y.java", "class Y {}");
        project.write("web/node_modules/Z.java", "class Z {}");
        project.write("src/main/resources/notes.txt", "not java");

        SourceDiscovery.Result result = new SourceDiscovery(dir, List.of()).discover(List.of(dir));

        assertEquals(List.of("src/main/java/a/A.java", "src/main/java/b/B.java"), uris(result));
    }

    @Test
    void excludeGlobsMatchRelativePathsAndFolders() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/a/A.java", "class A {}");
        project.write("src/main/java/gen/Generated.java", "class Generated {}");
        project.write("src/main/java/a/AGenerated.java", "class AGenerated {}");

        SourceDiscovery.Result result = new SourceDiscovery(dir, List.of("**/gen", "**/*Generated.java"))
                .discover(List.of(dir));

        assertEquals(List.of("src/main/java/a/A.java"), uris(result));
    }

    @Test
    void marksTestSourcesByTheirSourceSetNotByAPackageNamedTest() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/a/A.java", "class A {}");
        project.write("src/main/java/com/acme/test/Fixture.java", "class Fixture {}");
        project.write("src/test/java/a/ATest.java", "class ATest {}");
        project.write("tests/B.java", "class B {}");

        SourceDiscovery.Result result = new SourceDiscovery(dir, List.of()).discover(List.of(dir));

        assertEquals(List.of("src/main/java/a/A.java:false", "src/main/java/com/acme/test/Fixture.java:false",
                        "src/test/java/a/ATest.java:true", "tests/B.java:true"),
                result.files().stream().map(f -> f.uri() + ":" + f.test()).toList());
    }

    @Test
    void aFileReachedThroughALinkIsScannedOnceUnderItsRealPath() throws IOException {
        TempProject project = new TempProject(dir);
        project.write("src/a/A.java", "class A {}");
        Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("src"));

        SourceDiscovery.Result result = new SourceDiscovery(dir, List.of()).discover(List.of(dir));

        assertEquals(List.of("src/a/A.java"), uris(result));
    }

    @Test
    void aSingleFileIsAScanRoot() {
        Path file = new TempProject(dir).write("pkg/One.java", "class One {}");

        SourceDiscovery.Result result = new SourceDiscovery(dir, List.of()).discover(List.of(file));

        assertEquals(List.of("pkg/One.java"), uris(result));
    }

    @Test
    void filesOutsideTheSourceRootAreNamedRelativeToTheirScanRoot() {
        Path file = new TempProject(dir).write("elsewhere/pkg/One.java", "class One {}");
        Path otherRoot = dir.resolve("repo");

        SourceDiscovery.Result result = new SourceDiscovery(otherRoot, List.of()).discover(List.of(dir.resolve("elsewhere")));

        assertEquals(List.of("pkg/One.java"), uris(result));
    }

    @Test
    void symbolicLinkLoopsAreReportedNotFollowedForever() throws IOException {
        TempProject project = new TempProject(dir);
        project.write("src/a/A.java", "class A {}");
        Files.createSymbolicLink(dir.resolve("src/a/loop"), dir.resolve("src"));

        SourceDiscovery.Result result = new SourceDiscovery(dir, List.of()).discover(List.of(dir));

        assertEquals(List.of("src/a/A.java"), uris(result));
        assertTrue(result.notifications().stream().anyMatch(n -> n.message().contains("loop")),
                "expected a notification about the loop, got " + result.notifications());
    }

    @Test
    void aMissingPathIsAConfigurationError() {
        ConfigurationException error = assertThrows(ConfigurationException.class,
                () -> new SourceDiscovery(dir, List.of()).discover(List.of(dir.resolve("nope"))));
        assertTrue(error.getMessage().startsWith("path not found: "), error.getMessage());
    }

    private static List<String> uris(SourceDiscovery.Result result) {
        return result.files().stream().map(SourceFile::uri).toList();
    }
}
