// RestTemplate and RestClient the code does not create: injected beans, a RestClient derived with mutate() from an injected one, a template from a project factory; used for exchanges here.
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

interface PartnerTemplates {
    RestTemplate templateFor(String partner);
}

@Service
class ResellerSyncService {

    private final RestTemplate restTemplate;
    private final RestClient resellerClient;
    private final PartnerTemplates partnerTemplates;

    ResellerSyncService(RestTemplate restTemplate, RestClient restClient, PartnerTemplates partnerTemplates) {
        this.restTemplate = restTemplate;
        this.resellerClient = restClient.mutate().defaultHeader("X-Reseller-Sync", "true").build();
        this.partnerTemplates = partnerTemplates;
    }

    ResponseEntity<String> resellers() {
        return restTemplate.getForEntity("https://resellers.example.com/api/resellers", String.class);
    }

    String reseller(String id) {
        return resellerClient.get().uri("/resellers/{id}", id).retrieve().body(String.class);
    }

    String partnerCatalogue(String partner) {
        return partnerTemplates.templateFor(partner).getForObject("/catalogue", String.class);
    }
}
