// A lookup of the program's own, returning null on some path, read where the variable tested does not prove it found something: the program's state decides that null, and the read is not reported.
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
        throw new IllegalStateException("already linked by " + conflict.attribute());
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
