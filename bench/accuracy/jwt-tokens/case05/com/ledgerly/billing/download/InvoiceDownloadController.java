package com.ledgerly.billing.download;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class InvoiceDownloadController {

    private final InvoicePdfStore pdfStore;
    private final byte[] linkSecret;

    public InvoiceDownloadController(InvoicePdfStore pdfStore,
                                     @Value("${billing.download-link.secret}") String linkSecret) {
        this.pdfStore = pdfStore;
        this.linkSecret = linkSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping(value = "/downloads/invoices/{invoiceId}", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> download(@PathVariable String invoiceId, @RequestParam("t") String linkToken) {
        JWTClaimsSet claims = verifiedClaims(linkToken);
        if (!invoiceId.equals(claims.getSubject())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Link does not match invoice");
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || expires.before(new Date())) {
            throw new ResponseStatusException(HttpStatus.GONE, "Download link expired");
        }
        return ResponseEntity.ok(pdfStore.load(invoiceId));
    }

    private JWTClaimsSet verifiedClaims(String linkToken) {
        try {
            SignedJWT jwt = SignedJWT.parse(linkToken);
            if (!jwt.verify(new MACVerifier(linkSecret))) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bad link signature");
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException ex) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable link", ex);
        }
    }
}
