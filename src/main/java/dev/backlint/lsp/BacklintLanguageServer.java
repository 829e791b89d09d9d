package dev.backlint.lsp;

import dev.backlint.api.Finding;
import dev.backlint.api.RelatedLocation;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.ConfigurationException;
import dev.backlint.engine.ScanProgress;
import dev.backlint.engine.ScanRequest;
import dev.backlint.engine.ScanResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * backlint as a Language Server: the findings of the Java files an editor has open, as
 * diagnostics, published when a file is opened or saved. Each analysis scans the
 * workspace with a result cache kept for it, so a file is judged with the facts of the
 * whole project and only what changed is analysed again. Analyses run one at a time on a
 * thread of their own; a request the server does not know gets an error response.
 */
public final class BacklintLanguageServer implements LanguageServer, LanguageClientAware {

    private final Analyzer analyzer;
    private final Path cacheFolder;
    private final Set<URI> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService analyses = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "backlint-lsp-analysis");
        thread.setDaemon(true);
        return thread;
    });
    private final Documents documents = new Documents();
    private final Workspace workspace = new Workspace();
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private volatile LanguageClient client;
    private volatile Path root;

    /**
     * @param cacheFolder where the result cache of each workspace is kept (named for the
     *                    workspace's path)
     */
    public BacklintLanguageServer(Analyzer analyzer, Path cacheFolder) {
        this.analyzer = analyzer;
        this.cacheFolder = cacheFolder;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        String rootUri = params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()
                ? params.getWorkspaceFolders().get(0).getUri() : params.getRootUri();
        root = rootUri == null ? null : Path.of(URI.create(rootUri)).toAbsolutePath().normalize();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.None);
        sync.setSave(new SaveOptions(false));
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(sync);
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo(Backlint.NAME, Backlint.version())));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        analyses.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        analyses.shutdownNow();
        exited.complete(null);
    }

    /** Completes when the client sends {@code exit}: the process is to end then. */
    public CompletableFuture<Void> exited() {
        return exited;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** Analyses the workspace and publishes the diagnostics of every open Java file. */
    private void analyse() {
        if (analyses.isShutdown()) {
            return;
        }
        analyses.execute(() -> {
            try {
                publish(scan());
            } catch (ConfigurationException e) {
                tell(MessageType.Error, "backlint: " + e.getMessage());
            } catch (RuntimeException e) {
                tell(MessageType.Error, "backlint: internal error: " + e);
            }
        });
    }

    private ScanResult scan() {
        Path workspaceRoot = root != null ? root : Path.of("").toAbsolutePath();
        ConfigFile settings = ConfigFile.find(List.of(workspaceRoot), workspaceRoot)
                .map(file -> ConfigFile.read(file, analyzer.registry()))
                .orElse(ConfigFile.none());
        ScanRequest request = settings.request(List.of(), List.of(), List.of(), List.of(), null)
                .paths(List.of(workspaceRoot))
                .sourceRoot(workspaceRoot)
                .cacheFile(cacheFolder.resolve(cacheName(workspaceRoot)))
                .build();
        return analyzer.analyze(request, new ScanProgress());
    }

    private void publish(ScanResult result) {
        LanguageClient to = client;
        if (to == null) {
            return;
        }
        Path workspaceRoot = root != null ? root : Path.of("").toAbsolutePath();
        for (URI uri : open) {
            String relative = workspaceRoot.relativize(Path.of(uri).toAbsolutePath().normalize()).toString()
                    .replace(java.io.File.separatorChar, '/');
            List<Diagnostic> diagnostics = new ArrayList<>();
            for (Finding finding : result.findings()) {
                if (!finding.suppressed() && finding.location().path().equals(relative)) {
                    diagnostics.add(diagnostic(finding, workspaceRoot));
                }
            }
            to.publishDiagnostics(new PublishDiagnosticsParams(uri.toString(), diagnostics));
        }
    }

    /** A finding as the protocol has it: 0-based lines and columns, the rule id as the code. */
    static Diagnostic diagnostic(Finding finding, Path workspaceRoot) {
        Diagnostic diagnostic = new Diagnostic(range(finding.location().range()), finding.message(),
                switch (finding.level()) {
                    case ERROR -> DiagnosticSeverity.Error;
                    case WARNING -> DiagnosticSeverity.Warning;
                    case NOTE -> DiagnosticSeverity.Information;
                }, Backlint.NAME, finding.ruleId());
        diagnostic.setCodeDescription(new DiagnosticCodeDescription(Backlint.ruleDocUri(finding.ruleId())));
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (RelatedLocation place : finding.related()) {
            related.add(new DiagnosticRelatedInformation(new Location(
                    workspaceRoot.resolve(place.location().path()).toUri().toString(),
                    range(place.location().range())), place.message()));
        }
        if (!related.isEmpty()) {
            diagnostic.setRelatedInformation(related);
        }
        return diagnostic;
    }

    private static Range range(SourceRange range) {
        return new Range(new Position(range.startLine() - 1, range.startColumn() - 1),
                new Position(range.endLine() - 1, range.endColumn() - 1));
    }

    /** The cache file of a workspace: named for a digest of its path. */
    private static String cacheName(Path workspaceRoot) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(workspaceRoot.toString().getBytes(StandardCharsets.UTF_8));
            return "workspace-" + HexFormat.of().formatHex(digest, 0, 8) + ".cache";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private void tell(MessageType type, String message) {
        LanguageClient to = client;
        if (to != null) {
            to.logMessage(new MessageParams(type, message));
        }
    }

    private static boolean isJava(String uri) {
        return uri.endsWith(".java");
    }

    /** Opened, saved and closed documents. Edits are judged when saved. */
    private final class Documents implements TextDocumentService {

        @Override
        public void didOpen(DidOpenTextDocumentParams params) {
            String uri = params.getTextDocument().getUri();
            if (isJava(uri)) {
                open.add(URI.create(uri));
                analyse();
            }
        }

        @Override
        public void didChange(DidChangeTextDocumentParams params) {
            // judged on save: the analysis reads the files as they are on disk
        }

        @Override
        public void didClose(DidCloseTextDocumentParams params) {
            String uri = params.getTextDocument().getUri();
            if (open.remove(URI.create(uri)) && client != null) {
                client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
            }
        }

        @Override
        public void didSave(DidSaveTextDocumentParams params) {
            if (isJava(params.getTextDocument().getUri()) || params.getTextDocument().getUri().endsWith(".yml")) {
                analyse();
            }
        }
    }

    /** A change of the configuration file or of files outside the editor analyses again. */
    private final class Workspace implements WorkspaceService {

        @Override
        public void didChangeConfiguration(DidChangeConfigurationParams params) {
            analyse();
        }

        @Override
        public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
            analyse();
        }
    }
}
