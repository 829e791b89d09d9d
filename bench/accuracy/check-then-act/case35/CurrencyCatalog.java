// The currencies the shop can price in, loaded once at startup from the bundled ISO list
// (the list has a few historic duplicates; the first entry of a code is kept).
package checkthenact.case35;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

@Component
public class CurrencyCatalog {

    private static final Logger log = LoggerFactory.getLogger(CurrencyCatalog.class);

    private final Map<String, CurrencyInfo> byCode = new ConcurrentHashMap<>();

    @PostConstruct
    void load() throws IOException {
        var resource = new ClassPathResource("reference/iso-4217.csv");
        try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().skip(1).map(CurrencyInfo::parse).forEach(currency -> {
                if (!byCode.containsKey(currency.code())) {
                    byCode.put(currency.code(), currency);
                } else {
                    log.debug("skipping duplicate ISO entry {}", currency);
                }
            });
        }
        log.info("{} currencies loaded", byCode.size());
    }

    public Optional<CurrencyInfo> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Collection<CurrencyInfo> all() {
        return byCode.values();
    }

    public record CurrencyInfo(String code, int numericCode, int minorUnits, String name) {

        static CurrencyInfo parse(String line) {
            var cells = line.split(",", 4);
            return new CurrencyInfo(cells[0], Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), cells[3]);
        }
    }
}
