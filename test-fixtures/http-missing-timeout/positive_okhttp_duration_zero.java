// OkHttp timeouts set to Duration.ZERO: connect and read timeouts of one builder chain (two findings), and a write timeout on a builder held in a local.
import java.io.IOException;
import java.time.Duration;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.springframework.stereotype.Service;

@Service
class FirmwareDownloadClient {

    private final OkHttpClient client = new OkHttpClient.Builder()
            .connectTimeout(Duration.ZERO) // expect: http-missing-timeout "OkHttp"
            .readTimeout(Duration.ZERO) // expect: http-missing-timeout "OkHttp"
            .followRedirects(true)
            .build();

    byte[] download(String url) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(url).build()).execute()) {
            return response.body().bytes();
        }
    }

    OkHttpClient uploadClient() {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        builder.writeTimeout(Duration.ZERO); // expect: http-missing-timeout "OkHttp"
        return builder.build();
    }
}
