// A lookup's result read only on the path where another variable proves it found something: the account is left null only where a duplicate was found.
class LinkedAccount {
    final String name;

    LinkedAccount(String name) {
        this.name = name;
    }
}

class DuplicateAccount {
    String attribute() {
        return "email";
    }
}

class AccountLinker {
    private final java.util.Map<String, DuplicateAccount> byEmail = new java.util.HashMap<>();

    LinkedAccount link(String email, boolean transientUsers) {
        DuplicateAccount duplicate = transientUsers ? null : findDuplicate(email);
        LinkedAccount account = null;
        if (transientUsers) {
            account = new LinkedAccount(email);
        } else if (duplicate == null) {
            account = new LinkedAccount(email.toLowerCase());
        }
        if (account != null) {
            return account;
        }
        throw new IllegalStateException("already linked by " + duplicate.attribute());
    }

    private DuplicateAccount findDuplicate(String email) {
        for (java.util.Map.Entry<String, DuplicateAccount> entry : byEmail.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(email)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
