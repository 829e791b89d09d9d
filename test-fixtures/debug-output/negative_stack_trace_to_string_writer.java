// A batch job recorder that captures stack traces as text with printStackTrace onto a PrintWriter over a StringWriter.
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

record FailedBatchJob(String jobName, Instant failedAt, String stackTrace) {
}

@Component
class FailedJobRecorder {

    private final List<FailedBatchJob> failures = new CopyOnWriteArrayList<>();

    void recordFailure(String jobName, Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        failures.add(new FailedBatchJob(jobName, Instant.now(), text.toString()));
    }

    String describe(Throwable error) {
        var buffer = new StringWriter();
        try (var writer = new PrintWriter(buffer)) {
            writer.println("Failure at " + Instant.now());
            error.printStackTrace(writer);
        }
        return buffer.toString();
    }

    List<FailedBatchJob> recent() {
        return List.copyOf(failures);
    }
}
