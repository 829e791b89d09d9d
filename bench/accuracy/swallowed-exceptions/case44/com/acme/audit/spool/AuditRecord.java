package com.acme.audit.spool;

import java.time.Instant;

public record AuditRecord(Instant at, String actor, String action, String target) {

    public String toLine() {
        return String.join("\t", at.toString(), actor, action, target);
    }
}
