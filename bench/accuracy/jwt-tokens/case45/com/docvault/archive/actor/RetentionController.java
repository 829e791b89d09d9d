package com.docvault.archive.actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RetentionController {

    private final ActorResolver actors;
    private final DocumentArchive archive;

    public RetentionController(ActorResolver actors, DocumentArchive archive) {
        this.actors = actors;
        this.archive = archive;
    }

    @DeleteMapping("/documents/{documentId}")
    public ResponseEntity<Void> purge(@PathVariable String documentId,
                                      @RequestHeader(value = "Authorization", required = false) String authorization) {
        String token = authorization == null ? null : authorization.replaceFirst("^Bearer\\s+", "");
        var actor = actors.resolve(token).orElse(null);
        if (actor == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!actor.recordsManager()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        archive.purge(documentId, actor.userId());
        return ResponseEntity.noContent().build();
    }

    public interface DocumentArchive {
        void purge(String documentId, String purgedBy);
    }
}
