package dev.backlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backlint.engine.Analyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as an editor meets it: an LSP4J client in the same process, over pipes. */
class LanguageServerTest {

    @TempDir
    Path dir;

    private final InProcess.Recorder client = new InProcess.Recorder();
    private LanguageServer server;
    private Path project;

    private static final String LEAKING_DAO = """
            package app;
            class Dao {
                String all() {
                    return "SELECT * FROM users";
                }
            }
            """;

    @BeforeEach
    void start() throws IOException {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("src/main/java/app"));
        Files.writeString(project.resolve("src/main/java/app/Dao.java"), LEAKING_DAO);

        server = InProcess.connect(new BacklintLanguageServer(new Analyzer(), dir.resolve("caches")), client);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        server.exit();
    }

    private InitializeResult initialize() throws Exception {
        return initialize(new ClientCapabilities());
    }

    private InitializeResult initialize(ClientCapabilities capabilities) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setRootUri(project.toUri().toString());
        params.setCapabilities(capabilities);
        return server.initialize(params).get(30, TimeUnit.SECONDS);
    }

    private String daoUri() {
        return project.resolve("src/main/java/app/Dao.java").toUri().toString();
    }

    private void open() throws IOException {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(daoUri(), "java", 1,
                Files.readString(project.resolve("src/main/java/app/Dao.java")))));
    }

    private PublishDiagnosticsParams next() throws InterruptedException {
        PublishDiagnosticsParams params = client.diagnostics().poll(60, TimeUnit.SECONDS);
        assertNotNull(params, "no diagnostics published; logged: " + client.messages());
        return params;
    }

    @Test
    void anOpenedFileGetsExactlyItsFindingAsADiagnostic() throws Exception {
        InitializeResult result = initialize();
        assertEquals("backlint", result.getServerInfo().getName());

        open();
        PublishDiagnosticsParams params = next();

        assertEquals(daoUri(), params.getUri());
        assertEquals(1, params.getDiagnostics().size(), params.toString());
        Diagnostic diagnostic = params.getDiagnostics().get(0);
        assertEquals("select-star", diagnostic.getCode().getLeft());
        assertEquals("backlint", diagnostic.getSource());
        assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());
        assertEquals(3, diagnostic.getRange().getStart().getLine(), "0-based: the fourth line");
        assertEquals(15, diagnostic.getRange().getStart().getCharacter());
        assertTrue(diagnostic.getMessage().startsWith("`SELECT *` reads every column"), diagnostic.getMessage());
        assertTrue(diagnostic.getCodeDescription().getHref().endsWith("/rules/select-star.md"));
    }

    @Test
    void theFirstScanReportsItsProgressToAClientThatShowsProgress() throws Exception {
        ClientCapabilities capabilities = new ClientCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        initialize(capabilities);

        open();
        assertEquals(1, next().getDiagnostics().size());

        ProgressParams first = client.progress().poll(30, TimeUnit.SECONDS);
        assertNotNull(first, "a progress report");
        assertInstanceOf(WorkDoneProgressBegin.class, first.getValue().getLeft());
        ProgressParams last = first;
        for (ProgressParams more; (more = client.progress().poll(5, TimeUnit.SECONDS)) != null; ) {
            assertEquals(first.getToken(), more.getToken());
            last = more;
        }
        assertInstanceOf(WorkDoneProgressEnd.class, last.getValue().getLeft());
        assertEquals("1 file analysed", ((WorkDoneProgressEnd) last.getValue().getLeft()).getMessage());

        // later scans are short: no more reports
        server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(daoUri())));
        Files.writeString(project.resolve("src/main/java/app/Dao.java"), LEAKING_DAO.replace("SELECT *", "SELECT id"));
        server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(daoUri())));
        assertEquals(List.of(), next().getDiagnostics());
        assertEquals(null, client.progress().poll(1, TimeUnit.SECONDS));
    }

    @Test
    void aClientThatWatchesFilesIsAskedForTheConfigurationAndAChangeToItRescans() throws Exception {
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        capabilities.setWorkspace(workspace);
        initialize(capabilities);
        server.initialized(new InitializedParams());

        Registration registration = client.registrations().poll(30, TimeUnit.SECONDS);
        assertNotNull(registration, "a registration for watched files");
        assertEquals("workspace/didChangeWatchedFiles", registration.getMethod());
        String options = registration.getRegisterOptions().toString();
        assertTrue(options.contains("**/backlint.yml") && options.contains("**/*.java"), options);

        open();
        assertEquals(1, next().getDiagnostics().size());
        Path config = project.resolve("backlint.yml");
        Files.writeString(config, "disable: [select-star]\n");
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                List.of(new FileEvent(config.toUri().toString(), FileChangeType.Created))));
        assertEquals(List.of(), next().getDiagnostics(), "the rule is off");
    }

    @Test
    void anOpenMapperFileGetsItsFindings() throws Exception {
        Path mapper = project.resolve("src/main/resources/app/UserMapper.xml");
        Files.createDirectories(mapper.getParent());
        Files.writeString(mapper, """
                <?xml version="1.0" encoding="UTF-8"?>
                <mapper namespace="app.UserMapper">
                    <select id="all" resultType="map">SELECT * FROM users</select>
                </mapper>
                """);
        initialize();

        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(
                mapper.toUri().toString(), "xml", 1, Files.readString(mapper))));
        PublishDiagnosticsParams published = next();

        assertEquals(mapper.toUri().toString(), published.getUri());
        assertEquals(1, published.getDiagnostics().size(), published.toString());
        assertEquals("select-star", published.getDiagnostics().get(0).getCode().getLeft());
        assertEquals(2, published.getDiagnostics().get(0).getRange().getStart().getLine());
    }

    @Test
    void savingTheFileWithoutTheFindingClearsItAndClosingClearsTheRest() throws Exception {
        initialize();
        open();
        assertEquals(1, next().getDiagnostics().size());

        Files.writeString(project.resolve("src/main/java/app/Dao.java"),
                LEAKING_DAO.replace("SELECT *", "SELECT id, name"));
        server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(daoUri())));
        assertEquals(List.of(), next().getDiagnostics());

        Files.writeString(project.resolve("src/main/java/app/Dao.java"), LEAKING_DAO);
        server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(daoUri())));
        assertEquals(1, next().getDiagnostics().size());
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(daoUri())));
        PublishDiagnosticsParams closed = next();
        assertEquals(daoUri(), closed.getUri());
        assertEquals(List.of(), closed.getDiagnostics());
    }

    @Test
    void aRequestTheServerDoesNotKnowGetsAnErrorAndTheServerGoesOn() throws Exception {
        initialize();
        CompletableFuture<?> unknown = ((org.eclipse.lsp4j.jsonrpc.Endpoint) server)
                .request("backlint/noSuchMethod", List.of("x"));

        ExecutionException error = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> unknown.get(30, TimeUnit.SECONDS));
        assertInstanceOf(ResponseErrorException.class, error.getCause());

        open();
        assertEquals(1, next().getDiagnostics().size(), "the server still answers");
    }

    private static final String COMPARING_SERVICE = """
            package app;
            class Roles {
                boolean isAdmin(String role) {
                    return role == "admin";
                }
            }
            """;

    /** The text with the edits applied (ranges of the original text, none overlapping). */
    private static String apply(String text, List<TextEdit> edits) {
        List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
        List<TextEdit> lastFirst = new java.util.ArrayList<>(edits);
        lastFirst.sort(java.util.Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        String joined = text;
        for (TextEdit edit : lastFirst) {
            int start = offset(lines, edit.getRange().getStart());
            int end = offset(lines, edit.getRange().getEnd());
            joined = joined.substring(0, start) + edit.getNewText() + joined.substring(end);
        }
        return joined;
    }

    private static int offset(List<String> lines, Position at) {
        int offset = 0;
        for (int i = 0; i < at.getLine(); i++) {
            offset += lines.get(i).length() + 1;
        }
        return offset + at.getCharacter();
    }

    private List<CodeAction> actionsAt(String uri, Range range) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), range,
                new CodeActionContext(List.of()));
        return server.getTextDocumentService().codeAction(params).get(30, TimeUnit.SECONDS).stream()
                .map(Either::getRight).toList();
    }

    @Test
    void aCodeActionAppliesTheRulesFixAndAnotherSuppressesIt() throws Exception {
        Path roles = project.resolve("src/main/java/app/Roles.java");
        Files.writeString(roles, COMPARING_SERVICE);
        String uri = roles.toUri().toString();
        initialize();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "java", 1, COMPARING_SERVICE)));
        Diagnostic found = next().getDiagnostics().get(0);
        assertEquals("string-reference-equality", found.getCode().getLeft());

        List<CodeAction> actions = actionsAt(uri, found.getRange());

        assertEquals(2, actions.size(), actions.toString());
        CodeAction fix = actions.get(0);
        assertEquals(Boolean.TRUE, fix.getIsPreferred());
        String fixed = apply(COMPARING_SERVICE, fix.getEdit().getChanges().get(uri));
        assertTrue(fixed.contains("return \"admin\".equals(role);"), fixed);
        String suppressed = apply(COMPARING_SERVICE, actions.get(1).getEdit().getChanges().get(uri));
        assertTrue(suppressed.contains("""
                        // backlint:ignore string-reference-equality -- reason
                        return role == "admin";
                """), suppressed);

        Files.writeString(roles, suppressed);
        server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
        assertEquals(List.of(), next().getDiagnostics(), "the comment suppresses the finding");
        assertEquals(List.of(), actionsAt(uri, found.getRange()), "nothing left to act on");
    }

    @Test
    void hoveringAFindingShowsTheRulesExplanation() throws Exception {
        initialize();
        open();
        Diagnostic found = next().getDiagnostics().get(0);

        Hover hover = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(daoUri()),
                found.getRange().getStart())).get(30, TimeUnit.SECONDS);
        Hover elsewhere = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(daoUri()),
                new Position(0, 0))).get(30, TimeUnit.SECONDS);

        String text = hover.getContents().getRight().getValue();
        assertTrue(text.startsWith("**select-star** (warning): `SELECT *` reads every column"), text);
        assertTrue(text.contains("# select-star\n"), "the rule's documentation follows: " + text);
        assertEquals(null, elsewhere);
    }
}
