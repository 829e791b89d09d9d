package eval5.case35;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderTimelineService {

    private final OrderTimelineRepository repository;

    public OrderTimelineService(OrderTimelineRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<OrderTimelineRepository.Event> timeline(String orderId) {
        UUID id = UUID.fromString(orderId.strip());
        return repository.eventsOf(id);
    }
}
