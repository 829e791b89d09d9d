package com.atlasdesk.tenancy;

public interface TenantDirectory {

    /**
     * Returns the tenant id for a subdomain, or {@code null} when no tenant uses it.
     */
    String tenantForSubdomain(String subdomain) throws DirectoryUnavailableException;

    class DirectoryUnavailableException extends Exception {

        public DirectoryUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
