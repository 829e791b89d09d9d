// Uploads finished reports to the archive over HttpURLConnection; a read timeout of 0 in the
// configuration means "leave the JDK default".
package httpclients.case30;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class ReportUploadClient {

    private final URL endpoint;
    private final int connectTimeoutMs;
    private final int readTimeoutMs;

    public ReportUploadClient(@Value("${reports.archive-url}") String archiveUrl,
                              @Value("${reports.connect-timeout-ms:3000}") int connectTimeoutMs,
                              @Value("${reports.read-timeout-ms:0}") int readTimeoutMs) throws IOException {
        this.endpoint = URI.create(archiveUrl).toURL();
        this.connectTimeoutMs = connectTimeoutMs;
        this.readTimeoutMs = readTimeoutMs;
    }

    public int upload(String reportName, byte[] pdf) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) endpoint.openConnection(); // hang
        connection.setConnectTimeout(connectTimeoutMs);
        if (readTimeoutMs > 0) {
            connection.setReadTimeout(readTimeoutMs);
        }
        connection.setRequestMethod("PUT");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(pdf.length);
        connection.setRequestProperty("Content-Type", "application/pdf");
        connection.setRequestProperty("X-Report-Name", reportName);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(pdf);
        }
        try {
            return connection.getResponseCode();
        } finally {
            connection.disconnect();
        }
    }
}
