package com.ledgerly.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;

@Service
public class ReceiptUploadService {

    private static final Log logger = LogFactory.getLog(ReceiptUploadService.class);

    private final ReceiptScanner scanner;
    private final ReceiptArchive archive;

    public ReceiptUploadService(ReceiptScanner scanner, ReceiptArchive archive) {
        this.scanner = scanner;
        this.archive = archive;
    }

    public String accept(String expenseId, InputStream upload) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("receipt-" + expenseId + "-", ".upload");
            Files.copy(upload, tmp, StandardCopyOption.REPLACE_EXISTING);
            scanner.assertClean(tmp);
            String receiptId = UUID.randomUUID().toString();
            archive.put(expenseId, receiptId, tmp);
            return receiptId;
        } catch (IOException ex) {
            throw new UncheckedIOException("Receipt upload for expense " + expenseId + " failed", ex);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ex) {
                    logger.warn("Unable to delete temporary upload " + tmp, ex);
                }
            }
        }
    }
}
