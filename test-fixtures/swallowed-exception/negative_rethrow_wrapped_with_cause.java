// A document store whose catch blocks rethrow wrapped exceptions that carry the caught one as cause (constructor or initCause).
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

class DocumentNotFoundException extends RuntimeException {

    DocumentNotFoundException(String documentId, Throwable cause) {
        super("Document not found: " + documentId, cause);
    }
}

@Service
class DocumentStorageService {

    private final Path root = Path.of("/var/lib/documents");

    byte[] load(String documentId) {
        try {
            return Files.readAllBytes(root.resolve(documentId));
        } catch (NoSuchFileException e) {
            throw new DocumentNotFoundException(documentId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + documentId, e);
        }
    }

    void store(String documentId, byte[] content) {
        try {
            Files.write(root.resolve(documentId), content);
        } catch (IOException e) {
            IllegalStateException failure = new IllegalStateException("Cannot store document " + documentId);
            failure.initCause(e);
            throw failure;
        }
    }
}
