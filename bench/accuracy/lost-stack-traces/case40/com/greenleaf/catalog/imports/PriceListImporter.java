package com.greenleaf.catalog.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.greenleaf.catalog.imports.PriceStore.PriceEntry;

@Service
public class PriceListImporter {

    private static final Logger LOGGER = LogManager.getLogger(PriceListImporter.class);

    private final PriceStore prices;

    public PriceListImporter(PriceStore prices) {
        this.prices = prices;
    }

    @Transactional
    public int importFile(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<PriceEntry> entries = IntStream.range(1, lines.size())
                .mapToObj(i -> {
                    String[] cols = lines.get(i).split(";");
                    try {
                        return new PriceEntry(cols[0].trim(), new BigDecimal(cols[1].trim()), Currency.getInstance(cols[2].trim()));
                    } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                        LOGGER.warn("Skipping malformed row {} in {}: {}", i + 1, fileName, e.toString());
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .toList();
        prices.replaceAll(entries);
        LOGGER.info("Imported {} prices from {}", entries.size(), fileName);
        return entries.size();
    }
}
