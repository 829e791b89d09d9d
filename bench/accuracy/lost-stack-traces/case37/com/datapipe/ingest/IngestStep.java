package com.datapipe.ingest;

import java.net.SocketTimeoutException;
import java.sql.SQLTransientException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class IngestStep {

    private static final Logger log = LoggerFactory.getLogger(IngestStep.class);

    private final RecordSink sink;

    public IngestStep(RecordSink sink) {
        this.sink = sink;
    }

    public int process(String jobName, List<RecordSink.IngestRecord> records) {
        try {
            int written = sink.writeAll(records);
            log.debug("{} wrote {} records", jobName, written);
            return written;
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                throw new RetryableJobException("Transient failure in " + jobName + ", will retry", e);
            }
            throw e;
        }
    }

    private static boolean isTransient(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }
}
