// try/finally and try-with-resources statements without any catch clause: nothing to report.
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

@Component
class InvoiceNumberAllocator {

    private final ReentrantLock lock = new ReentrantLock();
    private long next = 1000;

    long allocate() {
        lock.lock();
        try {
            return next++;
        } finally {
            lock.unlock();
        }
    }

    void writeSnapshot(Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(Long.toString(next).getBytes());
        }
    }
}
