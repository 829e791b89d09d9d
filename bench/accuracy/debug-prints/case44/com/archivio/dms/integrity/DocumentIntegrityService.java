package com.archivio.dms.integrity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

@Service
public class DocumentIntegrityService {

    private final JdbcTemplate jdbc;
    private final BlobStore blobs;

    public DocumentIntegrityService(JdbcTemplate jdbc, BlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
    }

    public boolean verify(long documentId) {
        String expected = jdbc.queryForObject("SELECT sha256 FROM documents WHERE id = ?", String.class, documentId);
        String actual;
        try (var in = new DigestInputStream(blobs.open(documentId), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read blob of document " + documentId, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        boolean intact = actual.equalsIgnoreCase(expected);
        if (!intact) {
            System.err.println("Checksum mismatch for document " + documentId + ": expected " + expected + " got " + actual);
            jdbc.update("UPDATE documents SET integrity_status = 'CORRUPT' WHERE id = ?", documentId);
        }
        return intact;
    }

    public interface BlobStore {

        InputStream open(long documentId) throws IOException;
    }
}
