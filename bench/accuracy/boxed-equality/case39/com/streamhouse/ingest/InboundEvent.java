package com.streamhouse.ingest;

public record InboundEvent(String topic, Integer partition, long offset, String key, String payload) {
}
