// Role checks that compare a String with a staff member's List/Set of roles (String is final and implements neither).
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

record StaffMember(String username, List<String> roles, Set<String> permissions) {
}

@Component
class StaffAuthorization {

    boolean isAdmin(StaffMember member) {
        return "ADMIN".equals(member.roles()); // expect: incompatible-equals "`String` with `List"
    }

    boolean canExport(StaffMember member) {
        return member.permissions().equals("report:export"); // expect: incompatible-equals "with `String`"
    }

    boolean isAdminFixed(StaffMember member) {
        return member.roles().contains("ADMIN");
    }

    boolean hasOnlyExport(StaffMember member) {
        return member.permissions().equals(Set.of("report:export"));
    }
}
