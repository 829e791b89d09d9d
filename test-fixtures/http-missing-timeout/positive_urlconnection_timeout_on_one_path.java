// URLConnection whose read timeout is set in one branch of an if only, and one opened by a helper of the same class that sets no timeout and read by its caller.
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

import org.springframework.stereotype.Service;

@Service
class DocumentArchiveClient {

    private final URL archiveBase;

    DocumentArchiveClient(URL archiveBase) {
        this.archiveBase = archiveBase;
    }

    byte[] download(String documentId, boolean large) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(archiveBase, "/documents/" + documentId).openConnection(); // expect: http-missing-timeout "`openConnection()`"
        connection.setConnectTimeout(2_000);
        if (!large) {
            connection.setReadTimeout(5_000);
        }
        try (InputStream in = connection.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(archiveBase, path).openConnection(); // expect: http-missing-timeout "`openConnection()`"
        connection.setRequestProperty("Accept", "application/pdf");
        return connection;
    }

    int delete(String documentId) throws IOException {
        HttpURLConnection connection = open("/documents/" + documentId);
        connection.setRequestMethod("DELETE");
        return connection.getResponseCode();
    }
}
