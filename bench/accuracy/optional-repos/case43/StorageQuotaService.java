package opt.case43;

import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class StorageQuotaService {

    private final UploadRepository uploadRepository;

    public StorageQuotaService(UploadRepository uploadRepository) {
        this.uploadRepository = uploadRepository;
    }

    public QuotaUsage usage(Long ownerId) {
        List<Upload> uploads = uploadRepository.findByOwnerId(ownerId);
        long total = uploads.stream().mapToLong(Upload::getSizeBytes).sum();
        long largest = uploads.stream().mapToLong(Upload::getSizeBytes).max().getAsLong(); // get
        return new QuotaUsage(uploads.size(), total, largest);
    }

    public record QuotaUsage(int files, long totalBytes, long largestBytes) {
    }
}
