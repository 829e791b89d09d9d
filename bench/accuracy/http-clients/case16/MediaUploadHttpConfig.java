// Media upload client on OkHttp: a helper prepares the builder for large uploads, the bean
// method adds authentication.
package httpclients.case16;

import java.time.Duration;

import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MediaUploadHttpConfig {

    @Bean
    OkHttpClient mediaUploadClient(MediaAuthInterceptor mediaAuthInterceptor) {
        return uploadBuilder()
                .addInterceptor(mediaAuthInterceptor)
                .build();
    }

    private OkHttpClient.Builder uploadBuilder() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ZERO) // hang
                .retryOnConnectionFailure(false);
    }
}
