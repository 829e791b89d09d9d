package org.gridco.tariffs;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

public class TariffCatalogLoader {

    private static final Logger LOGGER = Logger.getLogger(TariffCatalogLoader.class.getName());

    public Map<String, Tariff> loadAll(Path directory) throws IOException {
        Map<String, Tariff> tariffs = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                try {
                    Tariff tariff = parse(path);
                    tariffs.put(tariff.code(), tariff);
                } catch (IOException | IllegalArgumentException e) {
                    LOGGER.warning("Could not load tariff file " + path.getFileName());
                }
            }
        }
        LOGGER.log(Level.INFO, "Loaded {0} tariffs from {1}", new Object[] {tariffs.size(), directory});
        return tariffs;
    }

    private Tariff parse(Path path) throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(path)) {
            props.load(reader);
        }
        String code = props.getProperty("code");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("missing code in " + path);
        }
        return new Tariff(code,
                new BigDecimal(props.getProperty("energy.per-kwh", "0")),
                new BigDecimal(props.getProperty("standing.per-day", "0")));
    }
}
