// The CRM's account API.
package staticfields.case38;

import java.util.Date;
import java.util.List;

public interface CrmGateway {

    List<CrmAccount> accountsChangedSince(Date since);

    record CrmAccount(String crmId, String name, String billingEmail, Date modifiedAt) {
    }
}
