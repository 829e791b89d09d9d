// A report service that prints the stack trace of the cause unwrapped from an ExecutionException.
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;

interface PdfRenderer {
    byte[] render(long reportId);
}

@Service
class QuarterlyReportService {

    private final ExecutorService renderPool;
    private final PdfRenderer renderer;

    QuarterlyReportService(ExecutorService renderPool, PdfRenderer renderer) {
        this.renderPool = renderPool;
        this.renderer = renderer;
    }

    Optional<byte[]> render(long reportId) {
        Future<byte[]> pdf = renderPool.submit(() -> renderer.render(reportId));
        try {
            return Optional.of(pdf.get(20, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            e.getCause().printStackTrace(); // expect: debug-output "printStackTrace"
            return Optional.empty();
        } catch (TimeoutException e) {
            pdf.cancel(true);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
