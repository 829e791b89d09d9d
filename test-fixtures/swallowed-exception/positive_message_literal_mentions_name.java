// An address verifier whose catch variable is named error and whose log message contains that word only inside string literals.
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

record PostalAddress(long id, String street, String city, String zip) {
}

@Service
class AddressVerificationService {

    private static final Logger log = LoggerFactory.getLogger(AddressVerificationService.class);

    private final RestTemplate restTemplate;

    AddressVerificationService(RestTemplate restTemplate) {
        this.restTemplate = restTemplate;
    }

    boolean verify(PostalAddress address) {
        boolean verified = false;
        try {
            Boolean found = restTemplate.getForObject(
                    "https://geo.example.com/v1/verify?street={s}&city={c}&zip={z}",
                    Boolean.class, address.street(), address.city(), address.zip());
            verified = Boolean.TRUE.equals(found);
        } catch (RestClientException error) { // expect: swallowed-exception "RestClientException"
            log.warn("Geocoding error, address {} left unverified (error)", address.id());
        }
        return verified;
    }
}
