package dev.backlint.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import dev.backlint.api.SourceRange;
import java.nio.charset.StandardCharsets;

/** SARIF locations, regions and URIs from backlint's locations. */
final class SarifLocations {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifLocations() {
    }

    static Location location(dev.backlint.api.Location place) {
        return new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(artifact(place.path()))
                .withRegion(region(place.range())));
    }

    static Location location(dev.backlint.api.Location place, String message) {
        Location location = location(place);
        return message == null || message.isBlank() ? location : location.withMessage(text(message));
    }

    static ArtifactLocation artifact(String path) {
        return new ArtifactLocation().withUri(uri(path));
    }

    static Region region(SourceRange range) {
        return new Region()
                .withStartLine(range.startLine())
                .withStartColumn(range.startColumn())
                .withEndLine(range.endLine())
                .withEndColumn(range.endColumn());
    }

    static Message text(String text) {
        return new Message().withText(text);
    }

    /**
     * The relative URI reference of a repository-relative path: forward slashes, each
     * byte outside the URI path characters percent-encoded (a space is {@code %20}),
     * and {@code :} encoded too so that no first segment reads as a scheme.
     */
    static String uri(String path) {
        String slashes = path.replace('\\', '/');
        while (slashes.startsWith("./")) {
            slashes = slashes.substring(2);
        }
        StringBuilder uri = new StringBuilder(slashes.length() + 8);
        for (byte b : slashes.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isPathCharacter(c)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return uri.toString();
    }

    private static boolean isPathCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "-._~/!$&'()*+,;=@".indexOf(c) >= 0;
    }
}
