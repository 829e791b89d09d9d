// Catch blocks inside a Flux.create emitter and a CompletableFuture task that signal the caught exception downstream.
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

@Component
class LogTailStreamer {

    Flux<String> lines(Path logFile) {
        return Flux.create(sink -> {
            try (BufferedReader reader = Files.newBufferedReader(logFile)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    sink.next(line);
                }
                sink.complete();
            } catch (IOException e) {
                sink.error(e);
            }
        });
    }

    CompletableFuture<Long> sizeAsync(Path logFile, Executor executor) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(Files.size(logFile));
            } catch (IOException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
