// Retrofit built on an OkHttp client from a helper of the same class that zeroes the write timeout, and a Retrofit whose inline client zeroes the read timeout.
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import org.springframework.stereotype.Component;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.POST;

interface MediaUploadApi {
    @POST("media")
    Call<ResponseBody> upload(@Body RequestBody body);
}

@Component
class MediaUploadApiFactory {

    private static OkHttpClient uploadClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .writeTimeout(0, TimeUnit.SECONDS) // expect: http-missing-timeout "OkHttp"
                .build();
    }

    MediaUploadApi uploads(String baseUrl) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(uploadClient())
                .build()
                .create(MediaUploadApi.class);
    }

    MediaUploadApi transcodes(String baseUrl) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(new OkHttpClient.Builder().readTimeout(Duration.ZERO).build()) // expect: http-missing-timeout "OkHttp"
                .build()
                .create(MediaUploadApi.class);
    }
}
