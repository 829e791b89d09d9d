package streq.case38;

public enum AccessRole {
    READER,
    EDITOR,
    OWNER
}
