// Port to the loyalty account store (JPA adapter in the infrastructure module).
package singletons.case06;

public interface LoyaltyAccounts {

    long pointsOf(String accountId);

    void updateTier(String accountId, String tier);
}
