package com.docvault.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Service;

@Service
public class DocumentIngestService {

    private final BlobStore blobs;

    public DocumentIngestService(BlobStore blobs) {
        this.blobs = blobs;
    }

    public IngestResult ingest(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
            String blobId = blobs.store(file.getFileName().toString(), in, Files.size(file));
            String sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
            return new IngestResult.Stored(file.getFileName().toString(), blobId, sha256);
        } catch (IOException | NoSuchAlgorithmException e) {
            return new IngestResult.Failed(file.getFileName().toString(), e);
        }
    }
}
