package com.ledgerly.uploads;

import java.io.IOException;
import java.nio.file.Path;

public interface ReceiptScanner {

    /** Throws when the file is not an accepted image or PDF, or carries malware. */
    void assertClean(Path file) throws IOException;
}
