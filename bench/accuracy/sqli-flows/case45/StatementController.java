package eval5.case45;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/banking/accounts")
public class StatementController {

    @Autowired
    private StatementService statementService;

    @GetMapping("/{accountId}/statement")
    public ResponseEntity<List<StatementDao.Entry>> statement(@PathVariable("accountId") String accountId) {
        try {
            return ResponseEntity.ok(statementService.latestEntries(accountId));
        } catch (NumberFormatException e) {
            return ResponseEntity.badRequest().build();
        }
    }
}
