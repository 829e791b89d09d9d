package streq.case03;

public interface RoleProvider {

    String currentRole();

    String requiredRoleFor(String resourceType);
}
