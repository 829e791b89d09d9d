// A temp-upload cleaner whose catch inside a forEach lambda is empty; the catch in the filter lambda returns a value and is not flagged.
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

@Component
class UploadTempCleaner {

    void purge(Path uploadDir, Duration maxAge) throws IOException {
        Instant cutoff = Instant.now().minus(maxAge);
        try (Stream<Path> files = Files.list(uploadDir)) {
            files.filter(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .forEach(p -> {
                        try {
                            Files.deleteIfExists(p);
                        } catch (IOException e) { // expect: swallowed-exception "IOException"
                        }
                    });
        }
    }
}
