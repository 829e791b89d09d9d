// Fetches a tenant's SAML identity provider metadata through a URLConnection, with timeouts
// from the limits of another file.
package httpclients.case43;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.time.Instant;

import org.springframework.stereotype.Component;

@Component
public class SamlMetadataFetcher {

    public IdpMetadata fetch(String tenantId, String metadataUrl) throws IOException {
        URLConnection connection = URI.create(metadataUrl).toURL().openConnection();
        connection.setConnectTimeout(MetadataFetchLimits.CONNECT_MILLIS);
        connection.setReadTimeout(MetadataFetchLimits.READ_MILLIS);
        connection.setRequestProperty("Accept", "application/samlmetadata+xml");
        try (InputStream in = connection.getInputStream()) {
            byte[] xml = in.readNBytes(MetadataFetchLimits.MAX_BYTES);
            return new IdpMetadata(tenantId, new String(xml, UTF_8), Instant.now());
        }
    }

    public record IdpMetadata(String tenantId, String xml, Instant fetchedAt) {
    }
}
