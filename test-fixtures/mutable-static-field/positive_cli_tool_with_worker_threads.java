// A command-line importer: its options, written only in main, are not reported (see negative_cli_options_written_in_main.java), but the counter and failure list its worker threads write are.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

class CatalogImporter {

    private static Path inputDir = Path.of("incoming");
    private static int threads = 4;

    private static long rowsImported; // expect: mutable-static-field "`rowsImported`"
    private static final List<String> FAILURES = new ArrayList<>(); // expect: mutable-static-field "`FAILURES`"

    public static void main(String[] args) throws IOException, InterruptedException {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> inputDir = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (var files = Files.list(inputDir)) {
            files.forEach(file -> pool.execute(() -> importFile(file)));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        System.out.printf("%d rows imported, %d failures%n", rowsImported, FAILURES.size());
    }

    private static void importFile(Path file) {
        try (var lines = Files.lines(file)) {
            rowsImported += lines.count();
        } catch (IOException e) {
            FAILURES.add(file + ": " + e.getMessage());
        }
    }
}
