package com.harborbank.mobile.session;

import java.util.List;

public interface AccessTokenIssuer {

    String issueAccessToken(String customerId, List<String> scopes, String deviceId);
}
