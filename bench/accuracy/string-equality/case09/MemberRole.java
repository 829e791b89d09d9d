package streq.case09;

public enum MemberRole {
    OWNER,
    ADMIN,
    MEMBER
}
