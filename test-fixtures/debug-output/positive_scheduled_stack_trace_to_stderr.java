// A scheduled export job that sends stack traces to System.err and System.out, while capturing another one as text for a failure record.
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

record ExportFailure(LocalDate day, String stackTrace) {
}

@Component
class NightlyStatementExportJob {

    private final Path exportDir = Path.of("/var/exports/statements");
    private final List<ExportFailure> failures = new ArrayList<>();

    @Scheduled(cron = "0 30 2 * * *")
    void exportYesterday() {
        LocalDate day = LocalDate.now().minusDays(1);
        try {
            Files.createDirectories(exportDir);
            Files.writeString(exportDir.resolve("statements-" + day + ".csv"), "id,amount\n");
        } catch (IOException e) {
            e.printStackTrace(System.err); // expect: debug-output "printStackTrace"
        } catch (UncheckedIOException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            failures.add(new ExportFailure(day, trace.toString()));
        }
    }

    @Scheduled(fixedDelay = 600_000)
    void cleanOldExports() {
        try (var files = Files.list(exportDir)) {
            files.filter(p -> p.getFileName().toString().startsWith("statements-2019")).forEach(p -> p.toFile().delete());
        } catch (IOException ex) {
            ex.printStackTrace(System.out); // expect: debug-output "printStackTrace"
        }
    }
}
