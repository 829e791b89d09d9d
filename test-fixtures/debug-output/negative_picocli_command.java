// A picocli @Command class (picocli is not on the fixture classpath) whose prints are the command's output to the user.
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "purge-sessions", mixinStandardHelpOptions = true, description = "Deletes expired sessions.")
class PurgeSessionsCommand implements Callable<Integer> {

    @Option(names = "--older-than", defaultValue = "PT24H", description = "Age threshold, ISO-8601 duration.")
    Duration olderThan;

    @Option(names = "--dry-run", description = "Only count the sessions.")
    boolean dryRun;

    @Override
    public Integer call() {
        try {
            int count = dryRun ? countExpired() : deleteExpired();
            System.out.printf("%s %d sessions older than %s%n", dryRun ? "Would delete" : "Deleted", count, olderThan);
            return 0;
        } catch (IllegalStateException e) {
            System.err.println("Purge failed: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }
    }

    private int countExpired() {
        return (int) olderThan.toHours();
    }

    private int deleteExpired() {
        return countExpired();
    }
}
