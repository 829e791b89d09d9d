// Pending one-time passwords of the portal, kept in Redis by the login module.
package singletons.case37;

public interface OtpStore {

    boolean verify(String loginId, String code);

    String issueSessionToken(String loginId);

    record Attempt(String loginId, String code) {
    }
}
