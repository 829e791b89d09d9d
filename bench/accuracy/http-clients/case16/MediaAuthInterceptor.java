// Signs media upload requests with the storage account's token.
package httpclients.case16;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Response;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class MediaAuthInterceptor implements Interceptor {

    private final String token;

    public MediaAuthInterceptor(@Value("${media.storage-token}") String token) {
        this.token = token;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer " + token)
                .build());
    }
}
