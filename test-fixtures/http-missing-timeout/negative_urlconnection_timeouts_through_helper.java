// HttpURLConnection whose two timeouts are set by a helper of the same class that takes the connection, and one opened and configured by a helper that returns it.
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Service;

@Service
class SmsProviderClient {

    private static final int CONNECT_TIMEOUT_MS = 3_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    private final URL providerBase;

    SmsProviderClient(URL providerBase) {
        this.providerBase = providerBase;
    }

    private static void applyTimeouts(URLConnection connection) {
        connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
        connection.setReadTimeout(READ_TIMEOUT_MS);
    }

    int send(String phone, String text) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(providerBase, "/messages").openConnection();
        applyTimeouts(connection);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(("{\"to\":\"" + phone + "\",\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
        }
        return connection.getResponseCode();
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(providerBase, path).openConnection();
        applyTimeouts(connection);
        connection.setRequestProperty("Accept", "application/json");
        return connection;
    }

    String balance() throws IOException {
        HttpURLConnection connection = open("/balance");
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
