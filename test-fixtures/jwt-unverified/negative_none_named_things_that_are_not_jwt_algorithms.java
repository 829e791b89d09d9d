// Code full of NONE constants and the string none that are not a JWT algorithm: an own ChecksumAlgorithm enum, Jackson visibility, a guard that rejects alg none, and real signing algorithms.
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.MacAlgorithm;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import org.springframework.stereotype.Service;

enum ChecksumAlgorithm {
    NONE, CRC32, SHA256
}

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.PUBLIC_ONLY)
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
record UploadManifest(String fileName, ChecksumAlgorithm checksumAlgorithm, String checksum) {

    public String getFileName() {
        return fileName;
    }
}

@Service
class UploadIntegrityService {

    private static final Set<JWSAlgorithm> ACCEPTED_JWS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final MacAlgorithm UPLOAD_TICKET_ALG = Jwts.SIG.HS256;

    boolean needsChecksum(UploadManifest manifest) {
        return manifest.checksumAlgorithm() != ChecksumAlgorithm.NONE;
    }

    String checksum(byte[] content, ChecksumAlgorithm algorithm) throws NoSuchAlgorithmException {
        return switch (algorithm) {
            case NONE -> "";
            case CRC32 -> {
                var crc = new CRC32();
                crc.update(content);
                yield Long.toHexString(crc.getValue());
            }
            case SHA256 -> HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        };
    }

    void rejectUnsignedTicket(JWT ticket) {
        String alg = ticket.getHeader().getAlgorithm().getName();
        if ("none".equals(alg.toLowerCase(Locale.ROOT)) || !ACCEPTED_JWS.contains(JWSAlgorithm.parse(alg))) {
            throw new SecurityException("unsigned or unexpected upload ticket");
        }
    }

    String ticketAlgorithmName() {
        return UPLOAD_TICKET_ALG.getId();
    }
}
