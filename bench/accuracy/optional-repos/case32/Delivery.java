package opt.case32;

import java.time.LocalDateTime;

public record Delivery(Long id, String courier, String zone, LocalDateTime eta, int priority) {
}
