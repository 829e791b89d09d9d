// A customer sync service with two catch clauses on one try: the first logs the exception, the second swallows it.
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

@Service
class CustomerSyncService {

    private static final Logger log = LoggerFactory.getLogger(CustomerSyncService.class);

    private final CustomerRepository repository;

    CustomerSyncService(CustomerRepository repository) {
        this.repository = repository;
    }

    void upsert(Customer incoming) {
        try {
            repository.save(incoming);
        } catch (DataIntegrityViolationException e) {
            log.error("Customer {} violates a constraint", incoming.getEmail(), e);
        } catch (OptimisticLockingFailureException e) { // expect: swallowed-exception "OptimisticLockingFailureException"
            log.warn("Customer {} was changed concurrently", incoming.getEmail());
        }
    }
}
