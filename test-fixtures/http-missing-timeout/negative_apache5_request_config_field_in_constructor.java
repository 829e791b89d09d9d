// Apache HttpClient 5 clients built from a RequestConfig and a ConnectionConfig held in fields initialised in the constructor from configured Durations.
import java.time.Duration;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
class MediaTranscoderClients {

    private final RequestConfig requestConfig;
    private final ConnectionConfig connectionConfig;

    MediaTranscoderClients(@Value("${transcoder.connect-timeout:PT2S}") Duration connectTimeout,
                           @Value("${transcoder.response-timeout:PT60S}") Duration responseTimeout) {
        this.connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .build();
        this.requestConfig = RequestConfig.custom()
                .setResponseTimeout(Timeout.of(responseTimeout))
                .build();
    }

    CloseableHttpClient transcodeClient() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connectionConfig)
                        .build())
                .setDefaultRequestConfig(requestConfig)
                .build();
    }
}
