package com.ridehail.dispatch.tracing;

public interface Span {

    enum Status { OK, ERROR }

    void setAttribute(String key, String value);

    void setAttribute(String key, long value);

    void recordException(Throwable error);

    void setStatus(Status status);

    void end();
}
