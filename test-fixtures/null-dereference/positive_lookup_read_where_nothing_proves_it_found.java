// A lookup's result read where the variable tested does not prove it found something: the account is also left null when no duplicate was found.
class PendingAccount {
    final String name;

    PendingAccount(String name) {
        this.name = name;
    }
}

class ConflictingAccount {
    String attribute() {
        return "email";
    }
}

class PendingAccountLinker {
    private final java.util.Map<String, ConflictingAccount> byEmail = new java.util.HashMap<>();

    PendingAccount link(String email, boolean transientUsers) {
        ConflictingAccount conflict = transientUsers ? null : findConflict(email);
        PendingAccount account = null;
        if (transientUsers) {
            account = new PendingAccount(email);
        }
        if (account != null) {
            return account;
        }
        throw new IllegalStateException("already linked by " + conflict.attribute());  // expect: null-dereference "findConflict("
    }

    private ConflictingAccount findConflict(String email) {
        for (java.util.Map.Entry<String, ConflictingAccount> entry : byEmail.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(email)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
