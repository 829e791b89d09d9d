// Catches in a lambda, a switch-expression arm, a record, an anonymous class and a static initialiser that all handle the exception.
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

record TaxRate(String country, BigDecimal rate) {

    static TaxRate parse(String line) {
        String[] parts = line.split("=");
        try {
            return new TaxRate(parts[0], new BigDecimal(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Bad tax rate line: " + line, e);
        }
    }
}

class TaxRateCatalog {

    private static final Logger log = LoggerFactory.getLogger(TaxRateCatalog.class);
    private static final Properties DEFAULTS = new Properties();

    static {
        try (InputStream in = TaxRateCatalog.class.getResourceAsStream("/tax-defaults.properties")) {
            if (in != null) {
                DEFAULTS.load(in);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    List<TaxRate> load(List<Path> files) {
        return files.stream()
                .flatMap(file -> {
                    try {
                        return Files.readAllLines(file).stream();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .map(TaxRate::parse)
                .toList();
    }

    BigDecimal rateFor(String country, String category) {
        return switch (category) {
            case "standard" -> new BigDecimal(DEFAULTS.getProperty(country, "0.20"));
            case "reduced" -> {
                try {
                    yield new BigDecimal(DEFAULTS.getProperty(country + ".reduced"));
                } catch (NumberFormatException | NullPointerException e) {
                    log.warn("No reduced rate for {}", country, e);
                    yield BigDecimal.ZERO;
                }
            }
            default -> BigDecimal.ZERO;
        };
    }

    Callable<Integer> countTask(Path file) {
        return new Callable<>() {
            @Override
            public Integer call() {
                try {
                    return Files.readAllLines(file).size();
                } catch (IOException e) {
                    log.error("Cannot count lines of {}", file, e);
                    return -1;
                }
            }
        };
    }
}
