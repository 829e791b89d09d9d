package org.archivio.dms.documents;

import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/documents")
public class DocumentController {

    private final DocumentRepository documents;

    public DocumentController(DocumentRepository documents) {
        this.documents = documents;
    }

    public record DocumentUpdate(String title, String body) {
    }

    @PutMapping("/{id}")
    @Transactional
    public ResponseEntity<Void> update(@PathVariable UUID id,
                                       @RequestHeader("X-Expected-Version") Long expectedVersion,
                                       @RequestBody DocumentUpdate update) {
        Document document = documents.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!document.getVersion().equals(expectedVersion)) {
            throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
                    "Document was changed by someone else");
        }
        document.setTitle(update.title());
        document.setBody(update.body());
        document.setUpdatedAt(Instant.now());
        return ResponseEntity.noContent()
                .header("X-Version", String.valueOf(document.getVersion() + 1))
                .build();
    }
}
