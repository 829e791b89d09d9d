// A multipart upload client that numbers parts with `part <= chunks.size()` while taking each chunk from an iterator, so the loop only counts.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.springframework.stereotype.Component;

interface PartUploader {

    String uploadPart(String uploadId, int partNumber, byte[] data);
}

@Component
class MultipartUploadClient {

    private final PartUploader uploader;

    MultipartUploadClient(PartUploader uploader) {
        this.uploader = uploader;
    }

    public List<String> uploadAll(String uploadId, List<byte[]> chunks) {
        List<String> etags = new ArrayList<>();
        Iterator<byte[]> it = chunks.iterator();
        for (int part = 1; part <= chunks.size(); part++) {
            etags.add(uploader.uploadPart(uploadId, part, it.next()));
        }
        return etags;
    }
}
