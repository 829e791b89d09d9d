package io.crmly.contacts.imports;

public interface ContactStore {

    void upsert(String ownerId, ContactLineParser.Contact contact);
}
