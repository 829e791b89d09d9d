package com.parcelwise.returns.shipping;

import java.io.IOException;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

class ApiKeyInterceptor implements ClientHttpRequestInterceptor {

    static final String API_KEY_HEADER = "X-API-Key";

    private final String apiKey;

    ApiKeyInterceptor(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        request.getHeaders().set(API_KEY_HEADER, apiKey);
        request.getHeaders().set("X-Client-Name", "returns-service");
        return execution.execute(request, body);
    }
}
