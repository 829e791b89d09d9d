package com.oakridge.catalog.tools;

import java.io.Console;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * Operator tool: downloads the supplier catalogue feed through the corporate proxy.
 */
public final class CatalogImportCommand {

    private CatalogImportCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: catalog-import <feed-url> <target-file>");
            System.exit(64);
        }
        Console console = System.console();
        if (console == null) {
            System.err.println("an interactive console is required to read the proxy password");
            System.exit(2);
        }
        String user = console.readLine("Proxy user: ");
        char[] password = console.readPassword("Proxy password: ");
        HttpClient client = HttpClient.newBuilder()
                .proxy(ProxySelector.of(new InetSocketAddress("proxy.corp.oakridge.example", 3128)))
                .authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(user, password);
                    }
                })
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(args[0]))
                    .timeout(Duration.ofMinutes(2))
                    .build();
            HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(Path.of(args[1])));
            System.out.println("HTTP " + response.statusCode() + " -> " + response.body());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
