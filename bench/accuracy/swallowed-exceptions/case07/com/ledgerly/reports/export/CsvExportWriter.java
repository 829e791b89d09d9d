package com.ledgerly.reports.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

@Component
public class CsvExportWriter {

    private static final Log logger = LogFactory.getLog(CsvExportWriter.class);

    public void write(List<LedgerLine> lines, OutputStream target) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        try {
            writer.write("date;account;description;amount\n");
            for (LedgerLine line : lines) {
                writer.write(String.join(";",
                        line.bookingDate().toString(),
                        line.account(),
                        line.description().replace(';', ','),
                        line.amount().toPlainString()));
                writer.write('\n');
            }
            writer.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException("CSV export failed after partial write", ex);
        } finally {
            try {
                writer.close();
            } catch (IOException ex) {
                logger.warn("Unable to close export stream");
            }
        }
    }
}
