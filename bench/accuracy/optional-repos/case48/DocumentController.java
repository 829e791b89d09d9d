package opt.case48;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocumentController {

    private final DocumentService documentService;

    public DocumentController(DocumentService documentService) {
        this.documentService = documentService;
    }

    @GetMapping("/api/documents/{id}/title")
    public ResponseEntity<String> title(@PathVariable Long id) {
        return documentService.find(id)
                .map(Document::title)
                .map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/api/documents/{id}/content")
    public ResponseEntity<byte[]> content(@PathVariable Long id) {
        Document doc = documentService.find(id).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(doc.mimeType()))
                .body(doc.content());
    }
}
