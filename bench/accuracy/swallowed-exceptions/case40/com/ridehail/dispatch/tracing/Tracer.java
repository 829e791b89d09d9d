package com.ridehail.dispatch.tracing;

public interface Tracer {

    Span startSpan(String name);
}
