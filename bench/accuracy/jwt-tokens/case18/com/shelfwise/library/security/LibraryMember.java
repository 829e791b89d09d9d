package com.shelfwise.library.security;

public record LibraryMember(String username, String cardNumber, String homeBranch) {
}
