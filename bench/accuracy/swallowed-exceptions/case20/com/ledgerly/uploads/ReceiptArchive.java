package com.ledgerly.uploads;

import java.io.IOException;
import java.nio.file.Path;

public interface ReceiptArchive {

    void put(String expenseId, String receiptId, Path content) throws IOException;
}
