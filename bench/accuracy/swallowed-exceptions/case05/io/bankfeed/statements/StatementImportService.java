package io.bankfeed.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class StatementImportService {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatementImportService.class);

    private final TransactionLineParser parser;
    private final BookingGateway bookings;

    public StatementImportService(TransactionLineParser parser, BookingGateway bookings) {
        this.parser = parser;
        this.bookings = bookings;
    }

    public int importStatement(String accountIban, Reader statement) throws IOException {
        List<TransactionLineParser.Booking> parsed = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(statement)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                try {
                    parsed.add(parser.parse(line));
                } catch (IllegalArgumentException e) {
                    log.warn("Skipping malformed line {} of statement for {}", lineNumber, accountIban, e);
                }
            }
        }
        bookings.bookAll(accountIban, parsed);
        return parsed.size();
    }
}
