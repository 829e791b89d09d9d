package com.agrisense.field.weather;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.util.Locale;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.util.EntityUtils;
import org.springframework.stereotype.Component;

@Component
public class WeatherForecastClient {

    private static final String BASE_URL = "https://api.agroweather.example/v1";

    private final CloseableHttpClient httpClient;
    private final ForecastParser parser;

    public WeatherForecastClient(CloseableHttpClient httpClient, ForecastParser parser) {
        this.httpClient = httpClient;
        this.parser = parser;
    }

    public Forecast fetch(double latitude, double longitude) throws IOException {
        HttpGet get = new HttpGet(String.format(Locale.ROOT, "%s/forecast?lat=%.4f&lon=%.4f&days=7", BASE_URL, latitude, longitude));
        get.addHeader("Accept", "application/json");
        get.addHeader("x-api-key", "wx_2Fh8Lq5Zt1Vm7Rk3Nb9Pc4Jd6Sg0YaU");
        try (CloseableHttpResponse response = httpClient.execute(get)) {
            if (response.getStatusLine().getStatusCode() != 200) {
                throw new IOException("forecast unavailable: " + response.getStatusLine());
            }
            return parser.parse(EntityUtils.toString(response.getEntity()));
        }
    }

    public record Forecast(@JsonProperty("rain_mm") double rainMillimetres, @JsonProperty("frost_risk") boolean frostRisk) {
    }

    public interface ForecastParser {
        Forecast parse(String json) throws IOException;
    }
}
