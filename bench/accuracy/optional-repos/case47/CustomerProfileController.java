package opt.case47;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
public class CustomerProfileController {

    private final CustomerProfileService profileService;

    public CustomerProfileController(CustomerProfileService profileService) {
        this.profileService = profileService;
    }

    @GetMapping("/{id}/profile")
    public ResponseEntity<CustomerProfile> profile(@PathVariable Long id) {
        CustomerProfile profile = profileService.findProfile(id).get(); // get
        return ResponseEntity.ok()
                .header("X-Customer-Tier", profile.tier())
                .body(profile);
    }
}
