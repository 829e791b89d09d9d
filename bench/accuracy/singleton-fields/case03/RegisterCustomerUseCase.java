// Customer sign-up use case: validates the registration, collecting every problem
// before it answers, and creates the customer when there is none.
package singletons.case03;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@UseCase
public class RegisterCustomerUseCase {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", Pattern.CASE_INSENSITIVE);

    private final CustomerDirectory directory;
    private final List<String> validationErrors = new ArrayList<>(); // shared

    public RegisterCustomerUseCase(CustomerDirectory directory) {
        this.directory = directory;
    }

    public CustomerRegistration.Result register(CustomerRegistration registration) {
        validationErrors.clear();
        if (!EMAIL.matcher(registration.email()).matches()) {
            validationErrors.add("email is not a valid address");
        }
        if (registration.displayName() == null || registration.displayName().isBlank()) {
            validationErrors.add("display name is required");
        }
        if (!registration.termsAccepted()) {
            validationErrors.add("the terms of service must be accepted");
        }
        if (validationErrors.isEmpty() && directory.emailTaken(registration.email())) {
            validationErrors.add("email is already registered");
        }
        if (!validationErrors.isEmpty()) {
            return CustomerRegistration.Result.rejected(List.copyOf(validationErrors));
        }
        return CustomerRegistration.Result.accepted(directory.create(registration));
    }

    public interface CustomerDirectory {

        boolean emailTaken(String email);

        String create(CustomerRegistration registration);
    }
}
