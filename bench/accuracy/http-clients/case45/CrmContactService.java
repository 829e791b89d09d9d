// Reads contacts from the legacy CRM through the RestTemplate bean.
package httpclients.case45;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestTemplate;

@Service
public class CrmContactService {

    private final RestTemplate crmRestTemplate;
    private final String crmUrl;

    public CrmContactService(RestTemplate crmRestTemplate, @Value("${crm.url}") String crmUrl) {
        this.crmRestTemplate = crmRestTemplate;
        this.crmUrl = crmUrl;
    }

    public CrmContact contact(String contactId) {
        return crmRestTemplate.getForObject(crmUrl + "/contacts/{id}", CrmContact.class, contactId);
    }

    public record CrmContact(String id, String name, String accountManager) {
    }
}
