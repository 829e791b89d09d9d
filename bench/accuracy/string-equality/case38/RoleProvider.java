package streq.case38;

public interface RoleProvider {

    AccessRole currentRole();

    AccessRole requiredRoleFor(String resourceType);
}
