package eval5.case56;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class CustomerAddressController {

    private final CustomerAddressService addressService;

    public CustomerAddressController(CustomerAddressService addressService) {
        this.addressService = addressService;
    }

    @PutMapping("/api/customers/address")
    public ResponseEntity<Void> change(@RequestBody AddressChangeRequest request) {
        if (request.getPostcode() == null || request.getPostcode().isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        return addressService.change(request) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
