package com.metricly.reports.export;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Export links are opened by spreadsheet tools that cannot send headers, so the access token
 * travels as a query parameter.
 */
@RestController
public class ReportExportController {

    private final JwtDecoder jwtDecoder;
    private final ReportExporter exporter;

    public ReportExportController(JwtDecoder jwtDecoder, ReportExporter exporter) {
        this.jwtDecoder = jwtDecoder;
        this.exporter = exporter;
    }

    @GetMapping("/exports/{reportId}.csv")
    public ResponseEntity<String> exportCsv(@PathVariable long reportId, @RequestParam("access_token") String token) {
        Jwt jwt;
        try {
            jwt = jwtDecoder.decode(token);
        } catch (JwtException ex) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        List<String> scopes = jwt.getClaimAsStringList("scp");
        if (scopes == null || !scopes.contains("reports:export")) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        String org = jwt.getClaimAsString("org_id");
        return ResponseEntity.ok(exporter.toCsv(org, reportId, jwt.getSubject()));
    }
}
