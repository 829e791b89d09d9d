package com.freightco.edi.parsing;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

@Component
public class ConsignmentLineParser {

    public record ConsignmentLine(String reference, LocalDate pickupDate, LocalDate deliveryDate, int pallets) {
    }

    public ConsignmentLine parse(String segment) {
        String[] fields = segment.split("\\+");
        if (fields.length < 5 || !"CNI".equals(fields[0])) {
            throw new IllegalArgumentException("Not a consignment segment: " + segment);
        }
        return new ConsignmentLine(fields[1],
                FlexibleDates.parse(fields[2]),
                FlexibleDates.parse(fields[3]),
                Integer.parseInt(fields[4]));
    }
}
