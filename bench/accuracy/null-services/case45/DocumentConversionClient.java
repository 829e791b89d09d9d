package nulls.case45;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.stereotype.Component;

/**
 * Runs the (blocking, occasionally hanging) PDF converter with a deadline.
 */
@Component
public class DocumentConversionClient {

    public interface PdfConverter {
        byte[] toPdf(byte[] docx) throws IOException;
    }

    private final ExecutorService executor;
    private final PdfConverter converter;

    public DocumentConversionClient(ExecutorService executor, PdfConverter converter) {
        this.executor = executor;
        this.converter = converter;
    }

    public byte[] convert(byte[] docx) throws IOException {
        Future<byte[]> future = executor.submit(() -> converter.toPdf(docx));
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("conversion interrupted", e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IOException("conversion timed out", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) cause; // deref
        }
    }
}
