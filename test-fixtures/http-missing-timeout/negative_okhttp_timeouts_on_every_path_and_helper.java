// OkHttp builders held in a local with non-zero timeouts set in both branches of an if, and a builder from a helper of the same class with non-zero timeouts used for Retrofit.
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.springframework.stereotype.Component;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.GET;

interface StatusPageApi {
    @GET("status")
    Call<ResponseBody> status();
}

@Component
class StatusPageClients {

    OkHttpClient client(boolean slowNetwork) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (slowNetwork) {
            builder.readTimeout(60, TimeUnit.SECONDS);
        } else {
            builder.readTimeout(5, TimeUnit.SECONDS);
        }
        return builder.build();
    }

    private static OkHttpClient.Builder timedBuilder() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5));
    }

    StatusPageApi statusPageApi(String baseUrl) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(timedBuilder().retryOnConnectionFailure(false).build())
                .build()
                .create(StatusPageApi.class);
    }
}
