// get() on types that are not Optionals: Map.get, List.get, AtomicReference.get, ThreadLocal.get, Supplier.get, Future.get and Spring Data's Page.get().
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.data.domain.Page;

class CurrencyConversionContext {

    record Rate(String currency, double perEuro) {
    }

    private static final ThreadLocal<String> REQUEST_CURRENCY = ThreadLocal.withInitial(() -> "EUR");

    private final Map<String, Rate> ratesByCurrency;
    private final AtomicReference<Rate> lastUsed = new AtomicReference<>(new Rate("EUR", 1.0));
    private final Supplier<List<String>> supportedCurrencies;

    CurrencyConversionContext(Map<String, Rate> ratesByCurrency, Supplier<List<String>> supportedCurrencies) {
        this.ratesByCurrency = ratesByCurrency;
        this.supportedCurrencies = supportedCurrencies;
    }

    String describe(List<Rate> history, Future<Rate> pending, Page<Rate> page)
            throws InterruptedException, ExecutionException {
        Rate current = ratesByCurrency.get(REQUEST_CURRENCY.get());
        Rate first = history.get(0);
        Rate last = lastUsed.get();
        Rate fetched = pending.get();
        long onPage = page.get().count();
        return current + " " + first + " " + last + " " + fetched + " " + onPage + " " + supportedCurrencies.get().size();
    }
}
