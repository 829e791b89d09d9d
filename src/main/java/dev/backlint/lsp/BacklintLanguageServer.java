package dev.backlint.lsp;

import dev.backlint.api.Finding;
import dev.backlint.api.Fix;
import dev.backlint.api.RelatedLocation;
import dev.backlint.api.SourceRange;
import dev.backlint.engine.Analyzer;
import dev.backlint.engine.Backlint;
import dev.backlint.engine.ConfigFile;
import dev.backlint.engine.ConfigurationException;
import dev.backlint.engine.RuleDescriptor;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
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
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
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
    /** The findings last published for each open document: what code actions and hovers answer from. */
    private final Map<URI, List<Finding>> published = new ConcurrentHashMap<>();
    private final ExecutorService analyses = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "backlint-lsp-analysis");
        thread.setDaemon(true);
        return thread;
    });
    private final Documents documents = new Documents();
    private final Workspace workspace = new Workspace();
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    /** Whether an analysis is queued and not started: saves that come meanwhile join it. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicInteger progressTokens = new AtomicInteger();
    private volatile LanguageClient client;
    private volatile Path root;
    private volatile boolean clientShowsProgress;
    private volatile boolean clientWatchesFiles;
    private volatile boolean scannedOnce;
    /** The scan that runs now, if any; a later save stops it once the cache holds a whole scan. */
    private volatile ScanProgress running;

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
        ClientCapabilities offered = params.getCapabilities();
        clientShowsProgress = offered != null && offered.getWindow() != null
                && Boolean.TRUE.equals(offered.getWindow().getWorkDoneProgress());
        clientWatchesFiles = offered != null && offered.getWorkspace() != null
                && offered.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(offered.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.None);
        sync.setSave(new SaveOptions(false));
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setTextDocumentSync(sync);
        capabilities.setCodeActionProvider(true);
        capabilities.setHoverProvider(true);
        return CompletableFuture.completedFuture(
                new InitializeResult(capabilities, new ServerInfo(Backlint.NAME, Backlint.version())));
    }

    /**
     * Asks a client that watches files for the server to tell it of changes to the
     * configuration, the Java sources and the XML files, made in the editor or outside it
     * (a checkout, a build, another editor): each change rescans.
     */
    @Override
    public void initialized(InitializedParams params) {
        LanguageClient to = client;
        if (to == null || !clientWatchesFiles) {
            return;
        }
        List<FileSystemWatcher> watchers = List.of(
                new FileSystemWatcher(Either.forLeft("**/backlint.yml")),
                new FileSystemWatcher(Either.forLeft("**/*.java")),
                new FileSystemWatcher(Either.forLeft("**/*.xml")));
        to.registerCapability(new RegistrationParams(List.of(new Registration("backlint-watched-files",
                "workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
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

    /**
     * Analyses the workspace and publishes the diagnostics of every open Java file. A
     * request while another waits to start joins it: a burst of saves is one analysis.
     */
    private void analyse() {
        if (analyses.isShutdown() || !queued.compareAndSet(false, true)) {
            return;
        }
        // the scan under way still works out the files that depend on an earlier save: the
        // next one, which starts from the same cache, analyses them after the newly saved file
        ScanProgress current = running;
        if (current != null && scannedOnce) {
            current.cancel();
        }
        analyses.execute(() -> {
            queued.set(false);
            try {
                Set<URI> early = ConcurrentHashMap.newKeySet();
                ScanResult result = scan(early);
                scannedOnce = true;
                publish(result.findings(), uri -> true, early);
            } catch (java.util.concurrent.CancellationException e) {
                // a later save asked for another scan, queued behind this one
            } catch (ConfigurationException e) {
                tell(MessageType.Error, "backlint: " + e.getMessage());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // told, not thrown: the executor would drop it, and the editor would wait in silence
                tell(MessageType.Error, "backlint: the analysis failed: " + e);
            }
        });
    }

    /** Scans the workspace; the open files edited since the last scan are published early, and added to {@code early}. */
    private ScanResult scan(Set<URI> early) {
        Path workspaceRoot = root != null ? root : Path.of("").toAbsolutePath();
        ConfigFile settings = ConfigFile.find(List.of(workspaceRoot), workspaceRoot)
                .map(file -> ConfigFile.read(file, analyzer.registry()))
                .orElse(ConfigFile.none());
        ScanRequest request = settings.request(List.of(), List.of(), List.of(), List.of(), null)
                .paths(List.of(workspaceRoot))
                .sourceRoot(workspaceRoot)
                .cacheFile(cacheFolder.resolve(cacheName(workspaceRoot)))
                .build();
        // the files saved since the last analysis are analysed first: their diagnostics go out
        // then, and those of the files that depend on them when the whole scan is done
        ScanProgress progress = new ScanProgress((uris, findings) -> early.addAll(
                publish(findings, uris::contains, Set.of())));
        running = progress;
        try {
            if (scannedOnce || !clientShowsProgress || client == null) {
                return analyzer.analyze(request, progress);
            }
            return withProgress(progress, () -> analyzer.analyze(request, progress));
        } finally {
            running = null;
        }
    }

    /**
     * Runs the first scan with {@code $/progress} reports: the client shows how many files
     * are analysed while the cache is filled.
     */
    private ScanResult withProgress(ScanProgress progress, java.util.function.Supplier<ScanResult> scan) {
        LanguageClient to = client;
        Either<String, Integer> token = Either.forLeft("backlint-scan-" + progressTokens.incrementAndGet());
        try {
            to.createProgress(new WorkDoneProgressCreateParams(token)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return scan.get();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return scan.get(); // the client declined the token: no reports
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle("backlint");
        begin.setMessage("finding the Java files");
        begin.setPercentage(0);
        begin.setCancellable(false);
        to.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "backlint-lsp-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(() -> {
            int total = progress.total();
            if (total > 0) {
                WorkDoneProgressReport report = new WorkDoneProgressReport();
                report.setMessage(progress.done() + " of " + total + " files");
                report.setPercentage(Math.min(100, progress.done() * 100 / total));
                to.notifyProgress(new ProgressParams(token, Either.forLeft(report)));
            }
        }, 250, 500, TimeUnit.MILLISECONDS);
        try {
            return scan.get();
        } finally {
            ticks.shutdownNow();
            WorkDoneProgressEnd end = new WorkDoneProgressEnd();
            end.setMessage(progress.done() == 1 ? "1 file analysed" : progress.done() + " files analysed");
            to.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
        }
    }

    /**
     * Publishes the diagnostics of the open files whose path (relative to the root)
     * {@code complete} accepts, but not again those of the files in {@code publishedEarly}
     * that have not changed since; returns the documents published.
     */
    private Set<URI> publish(List<Finding> all, java.util.function.Predicate<String> complete, Set<URI> publishedEarly) {
        LanguageClient to = client;
        Set<URI> sent = new java.util.HashSet<>();
        if (to == null) {
            return sent;
        }
        Path workspaceRoot = root != null ? root : Path.of("").toAbsolutePath();
        for (URI uri : open) {
            String relative = workspaceRoot.relativize(Path.of(uri).toAbsolutePath().normalize()).toString()
                    .replace(java.io.File.separatorChar, '/');
            if (!complete.test(relative)) {
                continue;
            }
            List<Diagnostic> diagnostics = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            for (Finding finding : all) {
                if (!finding.suppressed() && finding.location().path().equals(relative)) {
                    diagnostics.add(diagnostic(finding, workspaceRoot));
                    findings.add(finding);
                }
            }
            List<Finding> before = published.put(uri, List.copyOf(findings));
            if (!publishedEarly.contains(uri) || !findings.equals(before)) {
                to.publishDiagnostics(new PublishDiagnosticsParams(uri.toString(), diagnostics));
                sent.add(uri);
            }
        }
        return sent;
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

    /**
     * The actions for the findings at a range of a document: each finding's fix, and a
     * comment that suppresses its rule on that line.
     */
    static List<CodeAction> actions(String uri, List<Finding> findings, Range at) {
        List<CodeAction> actions = new ArrayList<>();
        for (Finding finding : findings) {
            Range range = range(finding.location().range());
            if (!overlaps(range, at)) {
                continue;
            }
            Diagnostic diagnostic = new Diagnostic(range, finding.message(), null, Backlint.NAME, finding.ruleId());
            for (Fix fix : finding.fixes()) {
                List<TextEdit> edits = new ArrayList<>();
                for (Fix.Replacement replacement : fix.replacements()) {
                    edits.add(new TextEdit(range(replacement.range()), replacement.text()));
                }
                CodeAction action = new CodeAction(fix.description());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setIsPreferred(true);
                action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
                actions.add(action);
            }
            String indent = finding.sourceLine().substring(0,
                    finding.sourceLine().length() - finding.sourceLine().stripLeading().length());
            String comment = "// backlint:ignore " + finding.ruleId() + " -- reason";
            CodeAction suppress = new CodeAction("Suppress " + finding.ruleId() + " here (" + comment + ")");
            suppress.setKind(CodeActionKind.QuickFix);
            suppress.setDiagnostics(List.of(diagnostic));
            Position lineStart = new Position(range.getStart().getLine(), 0);
            suppress.setEdit(new WorkspaceEdit(Map.of(uri,
                    List.of(new TextEdit(new Range(lineStart, lineStart), indent + comment + "\n")))));
            actions.add(suppress);
        }
        return actions;
    }

    /** The hover of the findings at a position: each rule's id, the message, and the rule's documentation. */
    Optional<Hover> hover(List<Finding> findings, Position at) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            if (!overlaps(range(finding.location().range()), new Range(at, at))) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n---\n\n");
            }
            text.append("**").append(finding.ruleId()).append("** (").append(finding.level().id()).append("): ")
                    .append(finding.message()).append("\n\n");
            analyzer.registry().find(finding.ruleId())
                    .ifPresent(rule -> text.append(RuleDescriptor.of(rule).doc()));
        }
        return text.isEmpty() ? Optional.empty()
                : Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, text.toString())));
    }

    /** Whether two ranges share a position, their ends included. */
    private static boolean overlaps(Range a, Range b) {
        return !before(a.getEnd(), b.getStart()) && !before(b.getEnd(), a.getStart());
    }

    private static boolean before(Position a, Position b) {
        return a.getLine() < b.getLine() || a.getLine() == b.getLine() && a.getCharacter() < b.getCharacter();
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

    /** Whether a document is one a scan reports on: a Java file, or an XML file (a MyBatis mapper). */
    private static boolean isScanned(String uri) {
        return uri.endsWith(".java") || uri.endsWith(".xml");
    }

    /** Opened, saved and closed documents. Edits are judged when saved. */
    private final class Documents implements TextDocumentService {

        @Override
        public void didOpen(DidOpenTextDocumentParams params) {
            String uri = params.getTextDocument().getUri();
            if (isScanned(uri)) {
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
            published.remove(URI.create(uri));
            if (open.remove(URI.create(uri)) && client != null) {
                client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
            }
        }

        @Override
        public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
            String uri = params.getTextDocument().getUri();
            List<Finding> findings = published.getOrDefault(URI.create(uri), List.of());
            return CompletableFuture.completedFuture(actions(uri, findings, params.getRange()).stream()
                    .map(Either::<Command, CodeAction>forRight).toList());
        }

        @Override
        public CompletableFuture<Hover> hover(HoverParams params) {
            List<Finding> findings = published.getOrDefault(URI.create(params.getTextDocument().getUri()), List.of());
            return CompletableFuture.completedFuture(BacklintLanguageServer.this.hover(findings, params.getPosition())
                    .orElse(null));
        }

        @Override
        public void didSave(DidSaveTextDocumentParams params) {
            if (isScanned(params.getTextDocument().getUri()) || params.getTextDocument().getUri().endsWith(".yml")) {
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
