// An open session of one kiosk terminal.
package staticfields.case40;

import java.time.Instant;

public record KioskSession(String id, String terminalId, Instant openedAt) {
}
