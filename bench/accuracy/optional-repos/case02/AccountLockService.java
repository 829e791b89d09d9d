package opt.case02;

import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountLockService {

    private final UserAccountRepository accounts;

    public AccountLockService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional
    public void lock(Long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        account.setLocked(true);
        accounts.save(account);
    }

    @Transactional
    public void unlockByEmail(String email) {
        UserAccount account = accounts.findByEmailIgnoreCase(email)
                .orElseThrow(() -> new NoSuchElementException("No account for " + email));
        account.setLocked(false);
        accounts.save(account);
    }
}
