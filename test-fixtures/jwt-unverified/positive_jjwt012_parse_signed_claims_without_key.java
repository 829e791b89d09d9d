// An invoice service on jjwt 0.12 whose parsers, in one chain or in a builder kept in a local, are never given verifyWith or a key locator before parseSignedClaims.
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;

@Service
class InvoiceLinkService {

    record InvoiceLink(String invoiceId, String customerId, BigDecimal amount) {
    }

    InvoiceLink open(String token) {
        Claims claims = Jwts.parser().requireIssuer("billing").build().parseSignedClaims(token).getPayload(); // expect: jwt-unverified "`parseSignedClaims`"
        return new InvoiceLink(claims.get("inv", String.class), claims.getSubject(), new BigDecimal(claims.get("amt", String.class)));
    }

    String customer(String token, String audience) {
        var builder = Jwts.parser().clockSkewSeconds(30);
        if (audience != null) {
            builder.requireAudience(audience);
        }
        Claims claims = builder.build().parseSignedClaims(token).getPayload(); // expect: jwt-unverified "`parseSignedClaims`"
        return claims.getSubject();
    }
}
