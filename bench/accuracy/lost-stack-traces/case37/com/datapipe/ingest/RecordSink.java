package com.datapipe.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public interface RecordSink {

    int writeAll(List<IngestRecord> records);

    record IngestRecord(String source, Instant receivedAt, Map<String, Object> fields) {
    }
}
