// A CSV ledger import that passes a char and a long (boxed to Character/Long) to Objects.equals with String literals.
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

record LedgerLine(LocalDate date, String account, long amountCents) {
}

class LedgerCsvImporter {

    List<LedgerLine> parse(BufferedReader reader) throws IOException {
        List<LedgerLine> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || Objects.equals(line.charAt(0), "#")) { // expect: incompatible-equals "`Character` with `String`"
                continue;
            }
            String[] cols = line.split(";");
            long amountCents = Long.parseLong(cols[2].trim());
            if (Objects.equals(amountCents, "0")) { // expect: incompatible-equals "`Long` with `String`"
                continue;
            }
            lines.add(new LedgerLine(LocalDate.parse(cols[0].trim()), cols[1].trim(), amountCents));
        }
        return lines;
    }

    List<LedgerLine> parseFixed(BufferedReader reader) throws IOException {
        List<LedgerLine> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.charAt(0) == '#' || Objects.equals(line.charAt(0), '#')) {
                continue;
            }
            String[] cols = line.split(";");
            long amountCents = Long.parseLong(cols[2].trim());
            if (Objects.equals(amountCents, 0L)) {
                continue;
            }
            lines.add(new LedgerLine(LocalDate.parse(cols[0].trim()), cols[1].trim(), amountCents));
        }
        return lines;
    }
}
