package eval5.case27;

public interface TenantResolver {

    /** The database schema that holds the data of the tenant served under this host name. */
    String schemaFor(String host);
}
