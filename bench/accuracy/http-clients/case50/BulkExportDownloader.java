// Bulk export downloads: a client derived from the shared OkHttp client allows five minutes
// between bytes of the large export files.
package httpclients.case50;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Service;

@Service
public class BulkExportDownloader {

    private final OkHttpClient downloadClient;

    public BulkExportDownloader(OkHttpClient sharedClient) {
        this.downloadClient = sharedClient.newBuilder()
                .readTimeout(Duration.ofMinutes(5))
                .build();
    }

    public Path download(String exportUrl, Path target) throws IOException {
        Request request = new Request.Builder().url(exportUrl).build();
        try (Response response = downloadClient.newCall(request).execute()) {
            if (!response.isSuccessful() || response.body() == null) {
                throw new IOException("export download failed: " + response.code());
            }
            Files.copy(response.body().byteStream(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }
}
