package streq.case39;

public enum SearchBackend {
    POSTGRES,
    ELASTIC
}
