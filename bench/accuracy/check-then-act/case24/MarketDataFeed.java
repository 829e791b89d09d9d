// Minimal client of the market data feed's end-of-day endpoint.
package checkthenact.case24;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

class MarketDataFeed {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String baseUrl;

    MarketDataFeed(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    StockQuoteServlet.EndOfDayQuote endOfDay(String symbol) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + "/eod/" + symbol))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            var body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return AbstractJsonServlet.JSON.readValue(body, StockQuoteServlet.EndOfDayQuote.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + symbol, e);
        }
    }
}
