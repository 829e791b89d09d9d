package streq.case18;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class StorageBucketService {

    @Value("${storage.default-bucket:uploads}")
    private String defaultBucket;

    public List<String> customBuckets(List<String> buckets) {
        Predicate<String> isDefault = b -> b == defaultBucket;
        return buckets.stream()
                .filter(isDefault.negate())
                .sorted()
                .toList();
    }

    public boolean hasCustomBuckets(List<String> buckets) {
        return !customBuckets(buckets).isEmpty();
    }
}
