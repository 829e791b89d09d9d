// OkHttp timeouts explicitly set to 0 (no timeout): readTimeout(0, SECONDS) in a @Bean, writeTimeout(0, MILLISECONDS) in a field, and a non-zero callTimeout beside a zero read timeout, which does not make up for it.
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@Configuration
class OkHttpConfiguration {

    @Bean
    OkHttpClient longPollingClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(0, TimeUnit.SECONDS) // expect: http-missing-timeout "OkHttp"
                .retryOnConnectionFailure(true)
                .build();
    }

    @Bean
    OkHttpClient exportClient() {
        return new OkHttpClient.Builder()
                .readTimeout(0, TimeUnit.MILLISECONDS) // expect: http-missing-timeout "OkHttp"
                .callTimeout(Duration.ofMinutes(10))
                .build();
    }
}

@Service
class BulkUploadClient {

    private final OkHttpClient client = new OkHttpClient.Builder()
            .connectTimeout(10, TimeUnit.SECONDS)
            .writeTimeout(0, TimeUnit.MILLISECONDS) // expect: http-missing-timeout "OkHttp"
            .build();

    OkHttpClient client() {
        return client;
    }
}
