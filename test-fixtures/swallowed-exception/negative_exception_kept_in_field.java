// A connector status holder that keeps the caught exception in a field and an AtomicReference for the health endpoint.
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

@Component
class SftpConnectorStatus {

    private final AtomicReference<Exception> lastConnectFailure = new AtomicReference<>();
    private volatile Throwable lastProbeFailure;
    private volatile Instant lastSuccess;

    void probe(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
            lastSuccess = Instant.now();
        } catch (IOException e) {
            lastConnectFailure.set(e);
        }
    }

    void probeTwice(String host, int port) {
        try {
            probe(host, port);
            probe(host, port);
        } catch (RuntimeException e) {
            lastProbeFailure = e;
        }
    }

    Exception lastConnectFailure() {
        return lastConnectFailure.get();
    }

    Throwable lastProbeFailure() {
        return lastProbeFailure;
    }

    Instant lastSuccess() {
        return lastSuccess;
    }
}
