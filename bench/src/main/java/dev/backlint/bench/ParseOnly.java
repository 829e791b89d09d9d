package dev.backlint.bench;

import com.github.javaparser.JavaParser;
import dev.backlint.engine.Parsing;
import dev.backlint.engine.SourceDiscovery;
import dev.backlint.engine.SourceFile;
import dev.backlint.engine.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor a scan is measured against: JavaParser parsing the files a scan would
 * analyse, with the scan's parser configuration and thread count, and nothing else.
 *
 * <p>{@code java … dev.backlint.bench.ParseOnly [--threads N] [--include-tests] DIR…}
 * prints {@code parse-only files=F lines=L failed=X seconds=S}.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        boolean includeTests = false;
        List<Path> roots = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--include-tests" -> includeTests = true;
                default -> roots.add(Path.of(args[i]));
            }
        }
        if (roots.isEmpty()) {
            System.err.println("usage: ParseOnly [--threads N] [--include-tests] DIR...");
            System.exit(2);
        }
        boolean tests = includeTests;
        List<SourceFile> files = new SourceDiscovery(roots.get(0), List.of()).discover(roots).files().stream()
                .filter(file -> tests || !file.test())
                .toList();
        long start = System.nanoTime();
        Result result = parse(files, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "parse-only files=%d lines=%d failed=%d seconds=%.2f%n",
                files.size(), result.lines(), result.failed(), seconds);
    }

    /** Lines read and files that did not parse. */
    record Result(long lines, int failed) {
    }

    static Result parse(List<SourceFile> files, int threads) throws InterruptedException, ExecutionException {
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(Parsing.configuration()));
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> lines = new ArrayList<>();
            for (SourceFile file : files) {
                lines.add(pool.submit(() -> {
                    SourceText text = SourceText.decode(read(file.file()));
                    if (!parsers.get().parse(text.text()).isSuccessful()) {
                        failed.incrementAndGet();
                    }
                    return (long) text.lineCount();
                }));
            }
            long total = 0;
            for (Future<Long> count : lines) {
                total += count.get();
            }
            return new Result(total, failed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
