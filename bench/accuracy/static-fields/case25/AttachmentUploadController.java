// Upload of attachments to a support ticket.
package staticfields.case25;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@RestController
public class AttachmentUploadController {

    private final AttachmentTypePolicy policy;
    private final BlobStore blobs;

    public AttachmentUploadController(AttachmentTypePolicy policy, BlobStore blobs) {
        this.policy = policy;
        this.blobs = blobs;
    }

    @PostMapping("/api/tickets/{ticketId}/attachments")
    public String upload(@PathVariable long ticketId, @RequestParam("file") MultipartFile file) throws IOException {
        if (!policy.accepts(file)) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "attachment type not accepted");
        }
        var key = "tickets/%d/%s.%s".formatted(ticketId, UUID.randomUUID(),
                policy.extensionFor(file.getContentType()).orElseThrow());
        blobs.put(key, file.getBytes());
        return key;
    }

    public interface BlobStore {
        void put(String key, byte[] content);
    }
}
