package org.tariffy.energy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Stream;

public class TariffCatalog {

    private static final Logger LOG = Logger.getLogger(TariffCatalog.class.getName());

    private final Map<String, Tariff> tariffs = new ConcurrentHashMap<>();

    public int loadFrom(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
        }
        int loaded = 0;
        for (Path path : files) {
            Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(path)) {
                props.load(reader);
                Tariff tariff = Tariff.fromProperties(props);
                tariffs.put(tariff.code(), tariff);
                loaded++;
            } catch (IOException | IllegalArgumentException e) {
                LOG.warning("Skipping tariff file " + path.getFileName() + ": " + e.toString());
            }
        }
        LOG.info(() -> "Tariff catalog holds " + tariffs.size() + " tariffs");
        return loaded;
    }

    public Collection<Tariff> all() {
        return tariffs.values();
    }
}
