// Our copy of the CRM's customer accounts.
package staticfields.case38;

public interface AccountStore {

    void upsert(CrmGateway.CrmAccount account);
}
