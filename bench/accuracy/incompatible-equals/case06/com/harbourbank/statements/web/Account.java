package com.harbourbank.statements.web;

import java.util.Set;

public record Account(Long id, String iban, String holderName, Set<String> authorisedUsers) {
}
