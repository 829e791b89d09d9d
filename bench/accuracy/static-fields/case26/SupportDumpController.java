// Support dump endpoint: diagnostics text attached to escalated tickets.
package staticfields.case26;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SupportDumpController {

    @GetMapping(value = "/internal/support/slow-requests", produces = MediaType.TEXT_PLAIN_VALUE)
    public String slowRequests() {
        return SlowRequestInterceptor.dump();
    }
}
