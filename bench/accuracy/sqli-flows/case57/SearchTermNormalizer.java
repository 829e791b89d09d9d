package eval5.case57;

public interface SearchTermNormalizer {

    String normalize(String raw);
}
