package com.salesgrid.crm.sso;

import java.util.Optional;

public interface CrmUserRepository {

    Optional<CrmUser> findByEmail(String email);

    CrmUser provision(String email, String displayName);

    record CrmUser(long id, String email, String displayName) {
    }
}
