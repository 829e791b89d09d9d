// A command-line tool whose options are static fields written (and a static list filled) only in main, which runs once on the main thread before any work starts; its JUL logger's level is set there too.
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

class LedgerExportTool {

    private static final Logger LOG = Logger.getLogger(LedgerExportTool.class.getName());

    private static boolean dryRun;
    private static Path outputDir = Path.of("export");
    private static LocalDate from = LocalDate.now().minusDays(1);
    private static final List<String> ACCOUNTS = new ArrayList<>();

    public static void main(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dry-run" -> dryRun = true;
                case "--out" -> outputDir = Path.of(args[++i]);
                case "--from" -> from = LocalDate.parse(args[++i]);
                case "--verbose" -> LOG.setLevel(Level.FINE);
                default -> ACCOUNTS.add(args[i]);
            }
        }
        export();
    }

    private static void export() {
        for (String account : ACCOUNTS) {
            Path target = outputDir.resolve(account + "-" + from + ".csv");
            LOG.info(() -> (dryRun ? "would write " : "writing ") + target);
        }
    }
}
