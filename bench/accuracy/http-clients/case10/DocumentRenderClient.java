// Document rendering requests over the JDK HttpClient: large documents get a longer timeout,
// the others keep the request builder as it is.
package httpclients.case10;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class DocumentRenderClient {

    private static final int LARGE_DOCUMENT_PAGES = 50;

    private final HttpClient httpClient;
    private final String rendererUrl;

    public DocumentRenderClient(@Value("${renderer.url}") String rendererUrl,
                                @Value("${renderer.connect-timeout:PT2S}") Duration connectTimeout) {
        this.rendererUrl = rendererUrl;
        this.httpClient = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    }

    public byte[] renderPdf(String templateId, String json, int pages) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(rendererUrl + "/render/" + templateId)) // hang
                .header("Content-Type", "application/json")
                .header("Accept", "application/pdf")
                .POST(BodyPublishers.ofString(json));
        if (pages > LARGE_DOCUMENT_PAGES) {
            builder.timeout(Duration.ofMinutes(2));
        }
        HttpResponse<byte[]> response = httpClient.send(builder.build(), BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("renderer answered " + response.statusCode());
        }
        return response.body();
    }
}
