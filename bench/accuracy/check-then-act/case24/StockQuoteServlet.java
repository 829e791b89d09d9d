// Legacy quote endpoint kept for the old trading widget: GET /legacy/quote?symbol=XYZ answers
// the end-of-day quote of a symbol, fetched from the market data feed once per symbol.
package checkthenact.case24;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet(urlPatterns = "/legacy/quote", loadOnStartup = 1)
public class StockQuoteServlet extends AbstractJsonServlet {

    private final ConcurrentHashMap<String, EndOfDayQuote> quotes = new ConcurrentHashMap<>();
    private transient MarketDataFeed feed;

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        feed = new MarketDataFeed(config.getInitParameter("feedUrl"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        var symbol = req.getParameter("symbol");
        if (symbol == null || symbol.isBlank()) {
            writeError(resp, HttpServletResponse.SC_BAD_REQUEST, "symbol is required");
            return;
        }
        if (quotes.containsKey(symbol)) { // race
            writeJson(resp, quotes.get(symbol));
            return;
        }
        var quote = feed.endOfDay(symbol);
        quotes.put(symbol, quote);
        writeJson(resp, quote);
    }

    record EndOfDayQuote(String symbol, LocalDate day, BigDecimal close, long volume) {
    }
}
