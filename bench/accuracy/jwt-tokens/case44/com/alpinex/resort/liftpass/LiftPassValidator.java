package com.alpinex.resort.liftpass;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class LiftPassValidator {

    /** Turnstiles at the upper stations drift by up to an hour between syncs. */
    private static final long TURNSTILE_DRIFT_SECONDS = 60 * 60;

    private final byte[] passKey;
    private final ZoneId resortZone;

    public LiftPassValidator(@Value("${liftpass.signing-key}") String base64Key,
                             @Value("${resort.zone:Europe/Zurich}") String zone) {
        this.passKey = Base64.getDecoder().decode(base64Key);
        this.resortZone = ZoneId.of(zone);
    }

    public ScanOutcome validate(String passToken, String liftId) {
        Claims pass;
        try {
            pass = Jwts.parser()
                    .setSigningKey(passKey)
                    .setAllowedClockSkewSeconds(TURNSTILE_DRIFT_SECONDS)
                    .parseClaimsJws(passToken)
                    .getBody();
        } catch (ExpiredJwtException ex) {
            return ScanOutcome.EXPIRED;
        } catch (JwtException ex) {
            return ScanOutcome.INVALID;
        }
        String area = pass.get("area", String.class);
        LocalDate validOn = LocalDate.parse(pass.get("day", String.class));
        if (!validOn.equals(LocalDate.now(resortZone))) {
            return ScanOutcome.WRONG_DAY;
        }
        return LiftAreas.covers(area, liftId) ? ScanOutcome.OPEN : ScanOutcome.WRONG_AREA;
    }

    public enum ScanOutcome { OPEN, EXPIRED, INVALID, WRONG_DAY, WRONG_AREA }
}
