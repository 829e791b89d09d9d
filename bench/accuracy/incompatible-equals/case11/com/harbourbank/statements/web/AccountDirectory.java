package com.harbourbank.statements.web;

import java.util.List;

public interface AccountDirectory {

    /** Accounts the signed-in user may see, primary account first. */
    List<Account> accountsOf(String userName);
}
