// OkHttp timeouts set to non-zero values: TimeUnit and Duration forms, configured values, a long callTimeout alone, and a derived client with a longer read timeout.
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TimedOkHttpConfiguration {

    @Bean
    OkHttpClient okHttpClient(@Value("${http.connect-timeout-seconds:5}") long connectSeconds,
                              @Value("${http.read-timeout:PT30S}") Duration readTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(connectSeconds, TimeUnit.SECONDS)
                .readTimeout(readTimeout)
                .writeTimeout(30, TimeUnit.SECONDS)
                .build();
    }

    @Bean
    OkHttpClient reportsOkHttpClient(OkHttpClient okHttpClient) {
        return okHttpClient.newBuilder()
                .readTimeout(Duration.ofMinutes(5))
                .callTimeout(10, TimeUnit.MINUTES)
                .build();
    }

    @Bean
    OkHttpClient webhookOkHttpClient() {
        return new OkHttpClient.Builder()
                .callTimeout(Duration.ofSeconds(20))
                .build();
    }
}
