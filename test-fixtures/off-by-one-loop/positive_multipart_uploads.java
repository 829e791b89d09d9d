// An upload controller that stores a `List<MultipartFile>` with `i < files.size() - 1`, silently dropping the last uploaded file.
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

interface DocumentStorage {

    String store(String fileName, byte[] content);
}

@RestController
@RequestMapping("/documents")
class DocumentUploadController {

    private final DocumentStorage storage;

    DocumentUploadController(DocumentStorage storage) {
        this.storage = storage;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<List<String>> upload(@RequestParam("files") List<MultipartFile> files) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < files.size() - 1; i++) { // expect: off-by-one-loop "last element"
            MultipartFile file = files.get(i);
            ids.add(storage.store(file.getOriginalFilename(), file.getBytes()));
        }
        return ResponseEntity.ok(ids);
    }
}
