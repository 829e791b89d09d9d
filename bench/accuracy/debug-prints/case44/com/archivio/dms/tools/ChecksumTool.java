package com.archivio.dms.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Prints the SHA-256 checksum of files, in the format stored in {@code documents.sha256}, so that
 * operators can compare a restored file with the database.
 */
public final class ChecksumTool {

    private ChecksumTool() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length == 0) {
            System.err.println("usage: ChecksumTool <file>...");
            System.exit(64);
        }
        for (String arg : args) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(Path.of(arg))) {
                byte[] buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) != -1) {
                    digest.update(buffer, 0, read);
                }
            }
            System.out.println(HexFormat.of().formatHex(digest.digest()) + "  " + arg);
        }
    }
}
