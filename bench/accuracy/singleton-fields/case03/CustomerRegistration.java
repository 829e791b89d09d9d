// Sign-up form of the public API and the answer of the registration use case.
package singletons.case03;

import java.util.List;

public record CustomerRegistration(String email, String displayName, boolean termsAccepted) {

    public record Result(String customerId, List<String> errors) {

        static Result accepted(String customerId) {
            return new Result(customerId, List.of());
        }

        static Result rejected(List<String> errors) {
            return new Result(null, errors);
        }
    }
}
