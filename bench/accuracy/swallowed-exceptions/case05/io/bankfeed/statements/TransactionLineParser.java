package io.bankfeed.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

@Component
public class TransactionLineParser {

    private static final DateTimeFormatter VALUE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    public record Booking(LocalDate valueDate, BigDecimal amount, String reference) {
    }

    public Booking parse(String line) {
        if (line.length() < 16 || !line.startsWith(":61:")) {
            throw new IllegalArgumentException("not a transaction line");
        }
        LocalDate valueDate = LocalDate.parse(line.substring(4, 10), VALUE_DATE);
        boolean debit = line.charAt(10) == 'D';
        int amountEnd = line.indexOf('N', 11);
        if (amountEnd < 0) {
            throw new IllegalArgumentException("no transaction type marker");
        }
        BigDecimal amount = new BigDecimal(line.substring(11, amountEnd).replace(',', '.'));
        return new Booking(valueDate, debit ? amount.negate() : amount, line.substring(amountEnd + 4).trim());
    }
}
