package streq.case34;

import java.math.BigDecimal;

public record Invoice(long id, String tenantId, String number, BigDecimal total) {
}
