// Response reader shared by the legacy integrations: it receives connections opened by the
// callers and decodes their status and body.
package httpclients.case46;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;

import org.springframework.stereotype.Component;

@Component
public class LegacyResponseReader {

    public LegacyResponse read(HttpURLConnection connection) throws IOException {
        int status = connection.getResponseCode();
        InputStream stream = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (stream == null) {
            return new LegacyResponse(status, "", connection.getContentType());
        }
        try (stream) {
            return new LegacyResponse(status, new String(stream.readAllBytes(), UTF_8), connection.getContentType());
        } finally {
            connection.disconnect();
        }
    }

    public record LegacyResponse(int status, String body, String contentType) {

        public boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }
}
