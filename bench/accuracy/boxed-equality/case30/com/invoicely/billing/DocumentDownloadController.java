package com.invoicely.billing;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocumentDownloadController {

    public record AccountContext(Long accountId, String plan) {
    }

    private final BillingDocumentRepository documents;

    public DocumentDownloadController(BillingDocumentRepository documents) {
        this.documents = documents;
    }

    @GetMapping("/api/documents/{id}/link")
    public ResponseEntity<String> downloadLink(@PathVariable Long id,
                                               @RequestAttribute("account") AccountContext account) {
        Long documentAccount = documents.findById(id)
                .map(BillingDocument::getAccountId)
                .orElse(null);
        if (documentAccount == null) {
            return ResponseEntity.notFound().build();
        }
        if (documentAccount != account.accountId()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.ok("/files/documents/" + id + ".pdf");
    }
}
