// An admin controller whose @PathVariable/@RequestParam are declared Long/UUID (converted by Spring) and compared with ids of the same type.
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AccountAdminController {

    private final CustomerAccountRepository repository;
    private final Map<Long, CustomerAccount> recentlyViewed = new ConcurrentHashMap<>();
    private final Set<UUID> lockedAccounts = ConcurrentHashMap.newKeySet();

    AccountAdminController(CustomerAccountRepository repository) {
        this.repository = repository;
    }

    @GetMapping("/admin/regions/{region}/accounts/{id}")
    ResponseEntity<CustomerAccount> get(@PathVariable String region, @PathVariable Long id,
            @RequestParam(required = false) UUID ref) {
        CustomerAccount cached = recentlyViewed.get(id);
        if (cached != null && cached.getRegion().equals(region)) {
            return ResponseEntity.ok(cached);
        }
        List<CustomerAccount> accounts = repository.findByRegion(region);
        for (CustomerAccount account : accounts) {
            if (account.getId().equals(id) && (ref == null || account.getPublicId().equals(ref))) {
                recentlyViewed.put(id, account);
                return ResponseEntity.ok(account);
            }
        }
        return ResponseEntity.notFound().build();
    }

    @GetMapping("/admin/accounts/{ref}/locked")
    boolean isLocked(@PathVariable UUID ref) {
        return lockedAccounts.contains(ref);
    }
}
