package com.tracewave.ingest.auth;

import java.util.Optional;

public interface TenantDirectory {

    Optional<Tenant> bySlug(String slug);

    record Tenant(long id, String slug, String issuer, String audience) {
    }
}
