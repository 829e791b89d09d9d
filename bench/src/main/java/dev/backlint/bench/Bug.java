package dev.backlint.bench;

/**
 * A bug pattern that backlint looks for, with the share of the generated sites that could
 * carry it and do. The rates are low on purpose: most generated code is clean.
 */
enum Bug {
    SELECT_STAR(0.03),
    SQL_CONCATENATION(0.03),
    UNCLOSED_JDBC(0.06),
    MAP_GET_DEREFERENCE(0.05),
    OPTIONAL_GET(0.04),
    MUTABLE_STATIC(0.03),
    SERVICE_STATE(0.04),
    HTTP_NO_TIMEOUT(0.08),
    SWALLOWED_EXCEPTION(0.04),
    STRING_IDENTITY(0.03);

    final double rate;

    Bug(double rate) {
        this.rate = rate;
    }
}
