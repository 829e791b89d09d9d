// Service code that wraps caught exceptions in new ones and always passes the caught exception as cause (first, last or middle argument).
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;

class ServiceException extends RuntimeException {

    ServiceException(String message) {
        super(message);
    }

    ServiceException(String message, Throwable cause) {
        super(message, cause);
    }

    ServiceException(Throwable cause) {
        super(cause);
    }
}

enum PartnerErrorCode {
    UPSTREAM_TIMEOUT,
    UPSTREAM_REJECTED
}

class PartnerApiException extends RuntimeException {

    private final PartnerErrorCode code;

    PartnerApiException(PartnerErrorCode code, Throwable cause, String detail) {
        super(code + ": " + detail, cause);
        this.code = code;
    }

    PartnerErrorCode code() {
        return code;
    }
}

@Service
class PartnerSyncService {

    public String readManifest(Path manifest) {
        try {
            return Files.readString(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read manifest " + manifest, e);
        }
    }

    public String awaitResult(Future<String> pending) {
        try {
            return pending.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new PartnerApiException(PartnerErrorCode.UPSTREAM_TIMEOUT, e, "no answer within 30s");
        } catch (ExecutionException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException(e);
        }
    }

    public long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ServiceException("Size of " + file + " unknown: " + e.getMessage(), e);
        }
    }
}
