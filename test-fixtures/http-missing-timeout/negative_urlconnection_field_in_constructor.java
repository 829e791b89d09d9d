// An HttpURLConnection held in a field, opened and given both timeouts in the constructor, then used by the class's methods; and a connection whose timeouts come from configuration before connect().
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;

final class EventStreamSubscription implements AutoCloseable {

    private final HttpURLConnection connection;

    EventStreamSubscription(URL stream, Duration connectTimeout, Duration idleTimeout) throws IOException {
        this.connection = (HttpURLConnection) stream.openConnection();
        this.connection.setConnectTimeout((int) connectTimeout.toMillis());
        this.connection.setReadTimeout((int) idleTimeout.toMillis());
        this.connection.setRequestProperty("Accept", "text/event-stream");
    }

    InputStream events() throws IOException {
        connection.connect();
        return connection.getInputStream();
    }

    @Override
    public void close() {
        connection.disconnect();
    }
}

final class HealthProbe {

    private final int timeoutMillis;

    HealthProbe(int timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    boolean up(URL health) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) health.openConnection();
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        connection.connect();
        return connection.getResponseCode() == 200;
    }
}
