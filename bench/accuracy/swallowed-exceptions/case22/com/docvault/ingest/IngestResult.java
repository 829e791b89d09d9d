package com.docvault.ingest;

public sealed interface IngestResult {

    String fileName();

    record Stored(String fileName, String blobId, String sha256) implements IngestResult {
    }

    record Failed(String fileName, Exception cause) implements IngestResult {
    }
}
