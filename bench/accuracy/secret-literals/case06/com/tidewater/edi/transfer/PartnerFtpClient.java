package com.tidewater.edi.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLConnection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Uploads EDI batches to the partner's FTP drop box.
 */
public class PartnerFtpClient {

    private final String host;
    private final int port;
    private final String user;
    private final String secret;

    public PartnerFtpClient(String host, int port, String user, String secret) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.secret = secret;
    }

    public void upload(Path batch) throws IOException {
        String userInfo = URLEncoder.encode(user, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        URI target = URI.create("ftp://" + userInfo + "@" + host + ":" + port + "/inbound/" + batch.getFileName() + ";type=i");
        URLConnection connection = target.toURL().openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(60_000);
        connection.setDoOutput(true);
        try (InputStream in = Files.newInputStream(batch); OutputStream out = connection.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
