// Reactive Spring Data repository of login events (document store).
package ignoredfutures.case14;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

public interface LoginEventRepository extends ReactiveCrudRepository<LoginEventRepository.LoginEvent, String> {

    Flux<LoginEvent> findByAccountIdOrderByAtDesc(String accountId);

    record LoginEvent(@Id String id, String accountId, String remoteAddress, Instant at) {
    }
}
