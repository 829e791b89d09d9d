package dev.backlint.bench;

import dev.backlint.engine.Analyzer;
import dev.backlint.lsp.BacklintLanguageServer;
import dev.backlint.lsp.InProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server's latency: from a save to the diagnostics of the saved file, with
 * the workspace's cache warm. The server runs in this process and a client talks to it
 * over pipes, as an editor would over standard input and output.
 *
 * <p>{@code java … dev.backlint.bench.LspLatency [--saves N] DIR} opens the first Java file
 * of DIR, waits for the first scan, then appends a comment to the file and saves it N times
 * (default 20), and prints the first scan's time and the median and worst save.
 */
public final class LspLatency {

    private LspLatency() {
    }

    public static void main(String[] args) throws Exception {
        int saves = 20;
        Path tree = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--saves")) {
                saves = Integer.parseInt(args[++i]);
            } else {
                tree = Path.of(args[i]).toAbsolutePath().normalize();
            }
        }
        if (tree == null) {
            System.err.println("usage: LspLatency [--saves N] DIR");
            System.exit(2);
        }
        Path root = tree;
        Path file;
        try (Stream<Path> files = Files.walk(root)) {
            file = files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/test/"))
                    .sorted().findFirst().orElseThrow(() -> new IllegalArgumentException("no Java file in " + root));
        }
        String original = Files.readString(file);
        InProcess.Recorder client = new InProcess.Recorder();
        LanguageServer server = InProcess.connect(
                new BacklintLanguageServer(new Analyzer(), Files.createTempDirectory("backlint-lsp-bench")), client);
        try {
            InitializeParams init = new InitializeParams();
            init.setRootUri(tree.toUri().toString());
            server.initialize(init).get(60, TimeUnit.SECONDS);
            String uri = file.toUri().toString();
            long start = System.nanoTime();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "java", 1, original)));
            await(client, uri);
            double first = (System.nanoTime() - start) / 1e6;
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < saves; i++) {
                Files.writeString(file, original + "\n// save " + i + "\n");
                start = System.nanoTime();
                server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
                await(client, uri);
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "lsp file=%s first-scan-ms=%.0f saves=%d median-save-ms=%.0f worst-save-ms=%.0f%n",
                    tree.relativize(file), first, saves, times.get(times.size() / 2), times.get(times.size() - 1));
        } finally {
            Files.writeString(file, original);
            server.shutdown().get(60, TimeUnit.SECONDS);
            server.exit();
        }
        // the pipes' reader threads would report the writers' end as broken pipes
        System.exit(0);
    }

    private static void await(InProcess.Recorder client, String uri) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams params = client.diagnostics().poll(10, TimeUnit.MINUTES);
            if (params == null) {
                throw new IllegalStateException("no diagnostics within 10 minutes; the server said: " + client.messages());
            }
            if (params.getUri().equals(uri)) {
                return;
            }
        }
    }
}
