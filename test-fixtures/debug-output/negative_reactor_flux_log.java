// A reactive stock stream that uses Flux.log and an SLF4J logger in doOnError instead of printing.
import java.time.Duration;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;

record StockLevel(String sku, int available) {
}

@Service
class StockLevelStream {

    private static final Logger log = LoggerFactory.getLogger(StockLevelStream.class);

    Flux<StockLevel> levels(Flux<StockLevel> source) {
        return source
                .filter(level -> level.available() >= 0)
                .log("stock-levels", Level.FINE, SignalType.ON_NEXT, SignalType.ON_ERROR)
                .timeout(Duration.ofSeconds(30))
                .doOnError(e -> log.error("Stock level stream failed", e))
                .onErrorResume(e -> Flux.empty());
    }
}
