package com.docuflow.mail.attachments;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AttachmentDownloadController {

    public interface MessageAttachments {
        List<Attachment> forMessage(String messageId);
    }

    private final MessageAttachments messageAttachments;
    private final AttachmentArchiveService archiveService;

    public AttachmentDownloadController(MessageAttachments messageAttachments, AttachmentArchiveService archiveService) {
        this.messageAttachments = messageAttachments;
        this.archiveService = archiveService;
    }

    @GetMapping("/api/messages/{messageId}/attachments.zip")
    public ResponseEntity<byte[]> download(@PathVariable String messageId) {
        List<Attachment> attachments = messageAttachments.forMessage(messageId);
        if (attachments.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(messageId + "-attachments.zip").build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(archiveService.zip(attachments));
    }
}
