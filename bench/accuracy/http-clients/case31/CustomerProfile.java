// Customer profile as returned by the customer service.
package httpclients.case31;

public record CustomerProfile(String id, String displayName, String email, Preferences preferences) {

    public record Preferences(boolean newsletter, String language, String currency) {
    }
}
