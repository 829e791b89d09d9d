package dev.backlint.rules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backlint.api.Finding;
import dev.backlint.api.Level;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.RuleRegistry;
import dev.backlint.engine.ScanResult;
import dev.backlint.engine.TempProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What fixtures cannot show: the level an entity's credential field raises a finding to
 * (and that the user's level for the rule still wins), and a repository's whole result
 * found through a service interface with one implementation, in the service's file.
 */
class ApiResponseRulesTest {

    @TempDir
    Path dir;

    private static final String ENTITIES = """
            package app.model;
            import com.fasterxml.jackson.annotation.JsonIgnore;
            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;
            import jakarta.persistence.ManyToOne;
            @Entity
            public class Account {
                @Id Long id;
                String email;
                String passwordHash;
            }
            """;

    private ScanResult scan(TempProject project, String rule, Level level) {
        var request = project.request().enable(Set.of(rule));
        if (level != null) {
            request.level(rule, level);
        }
        return new Analyzer(RuleRegistry.standard()).analyze(request.build());
    }

    private static List<String> levels(ScanResult result, String rule) {
        return result.findings().stream().filter(f -> f.ruleId().equals(rule))
                .map(f -> f.location().path().substring(f.location().path().lastIndexOf('/') + 1) + ":"
                        + f.location().range().startLine() + " " + f.level()).toList();
    }

    @Test
    void aCredentialFieldMakesTheFindingAnErrorUnlessHiddenOrTheUserSetsTheLevel() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/model/Account.java", ENTITIES);
        project.write("src/main/java/app/model/Note.java", """
                package app.model;
                import com.fasterxml.jackson.annotation.JsonIgnore;
                import jakarta.persistence.Entity;
                import jakarta.persistence.ManyToOne;
                @Entity
                public class Note {
                    String text;
                    @ManyToOne Account author;
                }
                """);
        project.write("src/main/java/app/model/Audit.java", """
                package app.model;
                import com.fasterxml.jackson.annotation.JsonIgnore;
                import jakarta.persistence.Entity;
                @Entity
                public class Audit {
                    String action;
                    @JsonIgnore String secretToken;
                }
                """);
        project.write("src/main/java/app/web/Api.java", """
                package app.web;
                import app.model.Account;
                import app.model.Audit;
                import app.model.Note;
                import java.util.List;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RestController;
                @RestController
                class Api {
                    @GetMapping("/a") Account account() { return null; }
                    @GetMapping("/n") List<Note> notes() { return List.of(); }
                    @GetMapping("/l") Audit audit() { return null; }
                }
                """);

        assertEquals(List.of("Api.java:10 ERROR", "Api.java:11 ERROR", "Api.java:12 WARNING"),
                levels(scan(project, "entity-in-response", null), "entity-in-response"));
        assertEquals(List.of("Api.java:10 NOTE", "Api.java:11 NOTE", "Api.java:12 NOTE"),
                levels(scan(project, "entity-in-response", Level.NOTE), "entity-in-response"));
        List<String> messages = scan(project, "entity-in-response", null).findings().stream()
                .map(Finding::message).toList();
        assertEquals(true, messages.get(1).contains("`author.passwordHash`"), messages.get(1));
    }

    @Test
    void followsAHandlerThroughAServiceInterfaceToTheRepositoryCallOfItsImplementation() {
        TempProject project = new TempProject(dir);
        project.write("src/main/java/app/model/Account.java", ENTITIES);
        project.write("src/main/java/app/model/AccountRepository.java", """
                package app.model;
                import java.util.List;
                import org.springframework.data.jpa.repository.JpaRepository;
                public interface AccountRepository extends JpaRepository<Account, Long> {
                    List<Account> findByEmailEndingWith(String domain);
                }
                """);
        project.write("src/main/java/app/service/Accounts.java", """
                package app.service;
                import app.model.Account;
                import java.util.List;
                public interface Accounts {
                    List<Account> all();
                    List<Account> ofDomain(String domain);
                    long count();
                }
                """);
        project.write("src/main/java/app/service/AccountsImpl.java", """
                package app.service;
                import app.model.Account;
                import app.model.AccountRepository;
                import java.util.List;
                import org.springframework.stereotype.Service;
                @Service
                class AccountsImpl implements Accounts {
                    private final AccountRepository repository;
                    AccountsImpl(AccountRepository repository) { this.repository = repository; }
                    public List<Account> all() {
                        return repository.findAll();
                    }
                    public List<Account> ofDomain(String domain) {
                        var found = repository.findByEmailEndingWith(domain);
                        return found;
                    }
                    public long count() { return repository.findAll().size(); }
                }
                """);
        project.write("src/main/java/app/web/AccountApi.java", """
                package app.web;
                import app.model.Account;
                import app.service.Accounts;
                import java.util.List;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RequestParam;
                import org.springframework.web.bind.annotation.RestController;
                @RestController
                class AccountApi {
                    private final Accounts accounts;
                    AccountApi(Accounts accounts) { this.accounts = accounts; }
                    @GetMapping("/all") List<Account> all() { return accounts.all(); }
                    @GetMapping("/d") List<Account> domain(@RequestParam String d) { return accounts.ofDomain(d); }
                    @GetMapping("/n") long count() { return accounts.count(); }
                }
                """);

        assertEquals(List.of("AccountsImpl.java:11 NOTE", "AccountsImpl.java:14 NOTE"),
                levels(scan(project, "unbounded-find-all", null), "unbounded-find-all"));
    }
}
