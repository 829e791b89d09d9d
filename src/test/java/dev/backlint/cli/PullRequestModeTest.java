package dev.backlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --changed-since} and {@code --new-lines-only} on a git repository with a feature branch. */
class PullRequestModeTest {

    private static final Pattern FINDING = Pattern.compile("^(\\S+\\.java):(\\d+):\\d+: \\w+ \\[([a-z-]+)]",
            Pattern.MULTILINE);

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private GitRepo repo;

    @BeforeEach
    void mainAndFeatureBranch() throws IOException {
        repo = new GitRepo(dir);
        repo.write("src/main/java/app/OrderDao.java", """
                package app;
                class OrderDao {
                    String all() {
                        return "SELECT * FROM orders";
                    }
                }
                """);
        repo.write("src/main/java/app/UserDao.java", """
                package app;
                class UserDao {
                    String all() {
                        return "SELECT * FROM users";
                    }
                }
                """);
        repo.write("src/main/java/app/Search.java", """
                package app;
                import org.springframework.jdbc.core.JdbcTemplate;
                public class Search {
                    private final JdbcTemplate jdbc;
                    public Search(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                    public Object byName(String name) {
                        return jdbc.queryForList("SELECT id FROM items WHERE name = '" + name + "'");
                    }
                }
                """);
        repo.write("src/main/java/app/Items.java", """
                package app;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class Items {
                    private final Search search;
                    Items(Search search) { this.search = search; }
                    @GetMapping("/items")
                    Object find() {
                        return search.byName("fixed");
                    }
                }
                """);
        repo.commit("start");
        repo.git("checkout", "-q", "-b", "feature");
        repo.write("src/main/java/app/OrderDao.java", """
                package app;
                class OrderDao {
                    String all() {
                        return "SELECT * FROM orders";
                    }
                    String refunds() {
                        return "SELECT * FROM refunds";
                    }
                }
                """);
        repo.write("src/main/java/app/Items.java", """
                package app;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class Items {
                    private final Search search;
                    Items(Search search) { this.search = search; }
                    @GetMapping("/items")
                    Object find(@RequestParam String name) {
                        return search.byName(name);
                    }
                }
                """);
        repo.commit("feature work");
        // not committed yet: a new file
        repo.write("src/main/java/app/AuditDao.java", """
                package app;
                class AuditDao {
                    String all() {
                        return "SELECT * FROM audit";
                    }
                }
                """);
    }




    private List<String> scan(String... more) {
        List<String> args = new ArrayList<>(List.of("scan", dir.toString(), "--source-root", dir.toString(),
                "--fail-on", "none", "-cp", System.getProperty("java.class.path")));
        args.addAll(List.of(more));
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err());
        List<String> found = new ArrayList<>();
        Matcher matcher = FINDING.matcher(cli.out());
        while (matcher.find()) {
            found.add(matcher.group(1) + ":" + matcher.group(2) + " " + matcher.group(3));
        }
        return found;
    }

    @Test
    void theWholeTreeWithoutTheOption() {
        assertEquals(List.of("src/main/java/app/AuditDao.java:4 select-star",
                "src/main/java/app/OrderDao.java:4 select-star",
                "src/main/java/app/OrderDao.java:7 select-star",
                "src/main/java/app/Search.java:7 sql-injection",
                "src/main/java/app/UserDao.java:4 select-star"), scan());
    }

    @Test
    void changedSinceChecksOnlyTheChangedFilesWithFactsFromTheWholeTree() {
        assertEquals(List.of("src/main/java/app/AuditDao.java:4 select-star",
                "src/main/java/app/OrderDao.java:4 select-star",
                "src/main/java/app/OrderDao.java:7 select-star",
                "src/main/java/app/Search.java:7 sql-injection"), scan("--changed-since", "main"),
                "UserDao did not change; the changed Items passes request data to the unchanged Search");
        assertTrue(cli.out().contains("3 files scanned"), "Items, OrderDao and AuditDao\n" + cli.out());
    }

    @Test
    void newLinesOnlyReportsTheLinesThePullRequestTouched() {
        assertEquals(List.of("src/main/java/app/AuditDao.java:4 select-star",
                "src/main/java/app/OrderDao.java:7 select-star",
                "src/main/java/app/Search.java:7 sql-injection"), scan("--changed-since", "main", "--new-lines-only"),
                "the old finding of OrderDao is left out; the injection's flow runs through a changed line");
    }

    @Test
    void mistakesAreUsageErrors() throws IOException {
        assertEquals(2, cli.run("scan", dir.toString(), "--changed-since", "no-such-branch"));
        assertTrue(cli.err().contains("unknown git ref 'no-such-branch'"), cli.err());

        assertEquals(2, cli.run("scan", dir.toString(), "--new-lines-only"));
        assertTrue(cli.err().contains("--new-lines-only needs --changed-since"), cli.err());

        Path elsewhere = Files.createTempDirectory("not-a-repo");
        try {
            Files.writeString(elsewhere.resolve("A.java"), "class A {}\n");
            assertEquals(2, cli.run("scan", elsewhere.toString(), "--changed-since", "main"));
            assertTrue(cli.err().contains("needs a git work tree"), cli.err());
        } finally {
            Files.delete(elsewhere.resolve("A.java"));
            Files.delete(elsewhere);
        }
    }
}
