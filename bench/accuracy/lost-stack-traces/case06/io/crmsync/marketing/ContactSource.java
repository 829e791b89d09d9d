package io.crmsync.marketing;

import java.util.List;
import java.util.Set;

public interface ContactSource {

    List<Contact> changedSinceLastSync();

    void markSynced(String contactId);

    record Contact(String id, String email, String firstName, Set<String> consents) {
    }
}
