package dev.backlint.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The server and a client in one process, talking JSON-RPC over pipes as an editor does
 * over standard input and output: for tests and benchmarks.
 */
public final class InProcess {

    private static final int PIPE_BYTES = 1 << 16;

    private InProcess() {
    }

    /** Starts {@code server} and {@code client} on pipes; the server as the client sees it. */
    public static LanguageServer connect(BacklintLanguageServer server, LanguageClient client) throws IOException {
        PipedInputStream serverIn = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
        server.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        clientSide.startListening();
        return clientSide.getRemoteProxy();
    }

    /**
     * A client that keeps what the server sends: diagnostics, shown or logged messages,
     * progress reports (it accepts every progress token the server creates) and
     * registrations.
     */
    public static final class Recorder implements LanguageClient {

        private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
        private final BlockingQueue<MessageParams> messages = new LinkedBlockingQueue<>();
        private final BlockingQueue<ProgressParams> progress = new LinkedBlockingQueue<>();
        private final BlockingQueue<Registration> registrations = new LinkedBlockingQueue<>();

        /** The capabilities the server registered, oldest first. */
        public BlockingQueue<Registration> registrations() {
            return registrations;
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            registrations.addAll(params.getRegistrations());
            return CompletableFuture.completedFuture(null);
        }

        /** The progress reports so far, oldest first. */
        public BlockingQueue<ProgressParams> progress() {
            return progress;
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void notifyProgress(ProgressParams params) {
            progress.add(params);
        }

        /** The diagnostics published so far and not yet taken, oldest first. */
        public BlockingQueue<PublishDiagnosticsParams> diagnostics() {
            return diagnostics;
        }

        /** The messages shown or logged so far. */
        public BlockingQueue<MessageParams> messages() {
            return messages;
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams published) {
            diagnostics.add(published);
        }

        @Override
        public void showMessage(MessageParams message) {
            messages.add(message);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            messages.add(message);
        }
    }
}
