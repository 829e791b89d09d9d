// A member profile service that wraps Spring Data repository failures with the caught exception as cause.
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

@Service
class MemberProfileService {

    private final MemberAccountRepository accounts;

    MemberProfileService(MemberAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public MemberAccount changeEmail(Long id, String newEmail) {
        MemberAccount current = accounts.findById(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No member " + id));
        try {
            accounts.delete(current);
            return accounts.saveAndFlush(new MemberAccount(newEmail));
        } catch (DataIntegrityViolationException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Email " + newEmail + " is taken", e);
        }
    }

    @Transactional(readOnly = true)
    public List<String> allEmails() {
        try {
            return accounts.findAll().stream().map(MemberAccount::getEmail).sorted().toList();
        } catch (DataAccessException e) {
            throw new ServiceException("Listing member emails failed", e);
        }
    }
}
