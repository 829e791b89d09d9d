// URL.openStream() and URL.getContent(), which open a connection with no timeout the caller can set: in try-with-resources, handed to Files.copy, on URI.toURL(), a getContent on a new URL.
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.springframework.stereotype.Component;

@Component
class RemoteConfigLoader {

    Properties load(String propertiesUrl) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new URL(propertiesUrl).openStream()) { // expect: http-missing-timeout "`openStream()`"
            properties.load(in);
        }
        return properties;
    }

    Path mirror(String artifactUri, Path target) throws IOException {
        Files.copy(URI.create(artifactUri).toURL().openStream(), target, StandardCopyOption.REPLACE_EXISTING); // expect: http-missing-timeout "`openStream()`"
        return target;
    }

    Object banner(String bannerUrl) throws IOException {
        return new URL(bannerUrl).getContent(); // expect: http-missing-timeout "`getContent()`"
    }
}
