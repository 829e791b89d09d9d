package eval5.case45;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

@Service
public class StatementService {

    private static final Logger log = LoggerFactory.getLogger(StatementService.class);

    @Autowired
    private StatementDao statementDao;

    public List<StatementDao.Entry> latestEntries(String accountId) {
        long id = Long.parseLong(accountId.trim());
        if (id <= 0) {
            throw new NumberFormatException("account id must be positive: " + id);
        }
        List<StatementDao.Entry> entries = statementDao.lastThirtyDays(id);
        log.debug("{} statement entries for account {}", entries.size(), id);
        return entries;
    }
}
