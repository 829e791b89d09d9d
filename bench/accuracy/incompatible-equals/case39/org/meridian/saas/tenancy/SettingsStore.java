package org.meridian.saas.tenancy;

import java.util.Map;

public interface SettingsStore {

    Map<String, String> load(String tenantId);
}
