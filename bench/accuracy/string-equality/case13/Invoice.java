package streq.case13;

import java.math.BigDecimal;

public record Invoice(long id, String tenantId, String number, BigDecimal total) {
}
