package concat.case29;

import java.time.Instant;

public record CustomerFilter(String country, String namePrefix, Instant createdAfter) {
}
