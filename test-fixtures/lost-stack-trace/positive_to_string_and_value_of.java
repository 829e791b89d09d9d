// A document storage service that logs e.toString(), String.valueOf(e) and e.getLocalizedMessage() instead of the exception.
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
class DocumentStorage {

    private static final Logger LOGGER = LoggerFactory.getLogger(DocumentStorage.class);

    private final Path root = Path.of("/var/lib/docs");

    public Optional<byte[]> read(String name) {
        try {
            return Optional.of(Files.readAllBytes(root.resolve(name)));
        } catch (IOException ioException) {
            LOGGER.warn("Could not read document {}: {}", name, ioException.toString()); // expect: lost-stack-trace "`ioException.toString()`"
            return Optional.empty();
        }
    }

    public boolean delete(String name) {
        try {
            return Files.deleteIfExists(root.resolve(name));
        } catch (IOException | SecurityException e) {
            LOGGER.error("Deleting {} failed: {}", name, String.valueOf(e)); // expect: lost-stack-trace "`String.valueOf(e)`"
            return false;
        }
    }

    public List<String> listNames() {
        try (var files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            LOGGER.info("Document folder {} not readable: {}", root, e.getLocalizedMessage()); // expect: lost-stack-trace "`e.getLocalizedMessage()`"
            return List.of();
        }
    }
}
