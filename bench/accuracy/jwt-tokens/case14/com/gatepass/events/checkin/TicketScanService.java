package com.gatepass.events.checkin;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

@Service
public class TicketScanService {

    private final JwtParser ticketParser;
    private final AdmissionLedger ledger;
    private final Clock clock;

    public TicketScanService(JwtParser ticketParser, AdmissionLedger ledger, Clock clock) {
        this.ticketParser = ticketParser;
        this.ledger = ledger;
        this.clock = clock;
    }

    public ScanResult scan(String qrPayload, String gateId) {
        Claims ticket;
        try {
            ticket = ticketParser.parseSignedClaims(qrPayload).getPayload();
        } catch (ExpiredJwtException ex) {
            return ScanResult.rejected("Ticket is no longer valid");
        } catch (JwtException ex) {
            return ScanResult.rejected("Ticket could not be verified");
        }
        String eventId = ticket.get("evt", String.class);
        String seat = ticket.get("seat", String.class);
        if (!ledger.admit(ticket.getId(), eventId, gateId, Instant.now(clock))) {
            return ScanResult.rejected("Ticket already used");
        }
        return ScanResult.admitted(seat);
    }

    public record ScanResult(boolean admitted, String seat, String reason) {
        static ScanResult admitted(String seat) {
            return new ScanResult(true, seat, null);
        }

        static ScanResult rejected(String reason) {
            return new ScanResult(false, null, reason);
        }
    }

    public interface AdmissionLedger {
        boolean admit(String ticketId, String eventId, String gateId, Instant at);
    }
}
