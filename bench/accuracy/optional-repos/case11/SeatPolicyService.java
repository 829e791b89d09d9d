package opt.case11;

import org.springframework.stereotype.Service;

@Service
public class SeatPolicyService {

    private static final int FREE_SEATS = 3;

    private final TenantRepository tenantRepository;

    public SeatPolicyService(TenantRepository tenantRepository) {
        this.tenantRepository = tenantRepository;
    }

    public int seatLimit(Long tenantId) {
        if (tenantRepository.findById(tenantId).isPresent()) {
            return tenantRepository.findById(tenantId).get().getSeatLimit(); // get
        }
        return FREE_SEATS;
    }
}
