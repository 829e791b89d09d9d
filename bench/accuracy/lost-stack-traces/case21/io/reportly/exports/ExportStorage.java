package io.reportly.exports;

import java.io.IOException;
import java.io.Writer;

public interface ExportStorage {

    Writer open(long reportId, String format) throws IOException;
}
