// Adds the geocoding provider's API key to every request URL.
package httpclients.case14;

import java.io.IOException;

import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

public class GeocodingApiKeyInterceptor implements Interceptor {

    private final String apiKey;

    public GeocodingApiKeyInterceptor(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        HttpUrl url = chain.request().url().newBuilder().addQueryParameter("key", apiKey).build();
        return chain.proceed(chain.request().newBuilder().url(url).build());
    }
}
