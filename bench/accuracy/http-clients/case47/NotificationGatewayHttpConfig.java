// Notification gateway client on OkHttp: in long-polling mode the gateway holds the
// request open until a notification arrives.
package httpclients.case47;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class NotificationGatewayHttpConfig {

    @Bean
    public OkHttpClient notificationGatewayClient(NotificationGatewayProperties properties) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .writeTimeout(Duration.ofSeconds(10));
        if (properties.longPolling()) {
            builder.readTimeout(0, TimeUnit.SECONDS); // hang
        } else {
            builder.readTimeout(properties.readTimeout());
        }
        return builder.build();
    }
}
