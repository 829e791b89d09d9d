package dev.backlint.cli;

import dev.backlint.engine.Analyzer;
import dev.backlint.lsp.BacklintLanguageServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backlint lsp}: the Language Server Protocol server, on standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Runs a Language Server Protocol server on standard input and output, for editors:"
                + " the findings of open Java files as diagnostics, on open and on save.")
final class LspCommand implements Callable<Integer> {

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "where each workspace's result cache is kept (default: backlint-lsp in the temporary folder)")
    private Path cacheDir;

    @Override
    public Integer call() throws InterruptedException {
        Path caches = cacheDir != null ? cacheDir : Path.of(System.getProperty("java.io.tmpdir"), "backlint-lsp");
        BacklintLanguageServer server = new BacklintLanguageServer(new Analyzer(), caches);
        // standard output carries the protocol: nothing else may write to it
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, System.in, System.out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        // until the client says exit, or closes the connection
        CompletableFuture<Void> ended = new CompletableFuture<>();
        server.exited().thenRun(() -> ended.complete(null));
        Thread connection = new Thread(() -> {
            try {
                listening.get();
            } catch (ExecutionException e) {
                System.err.println("backlint lsp: the connection ended: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.complete(null);
        }, "backlint-lsp-connection");
        connection.setDaemon(true);
        connection.start();
        try {
            ended.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return BacklintCommand.OK;
    }
}
