package com.chronolog.audit;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class AuditChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);

    private final AuditLogReader reader;

    public AuditChainVerifier(AuditLogReader reader) {
        this.reader = reader;
    }

    @Scheduled(cron = "0 15 * * * *")
    public void verifyLastHour() {
        List<AuditEntry> entries = reader.lastHour();
        for (int i = 1; i < entries.size(); i++) {
            AuditEntry previous = entries.get(i - 1);
            AuditEntry current = entries.get(i);
            Long expected = previous.sequence() + 1;
            if (current.sequence().compareTo(expected) != 0) {
                log.error("Gap in audit log between {} and {}", previous.sequence(), current.sequence());
            }
            if (Long.compare(current.actorId(), previous.actorId()) == 0
                    && current.action().equals(previous.action())
                    && current.at().equals(previous.at())) {
                log.warn("Duplicated audit entry {}", current.sequence());
            }
        }
    }
}
