package com.oakridge.fx.rates;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.stereotype.Component;

@Component
public class FxRatesClient {

    private final HttpClient ratesHttpClient;

    public FxRatesClient(HttpClient ratesHttpClient) {
        this.ratesHttpClient = ratesHttpClient;
    }

    public BigDecimal rate(String base, String quote) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://rates.ecb-mirror.example/latest/" + base + "/" + quote))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<String> response = ratesHttpClient.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("rate lookup failed with HTTP " + response.statusCode());
        }
        return new BigDecimal(response.body().trim());
    }
}
