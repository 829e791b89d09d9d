package dev.backlint.flow.nullness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.backlint.flow.nullness.NullableText.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the text of a file tells of its methods before anyone parses it. */
class NullableTextTest {

    @Test
    void readsEachDeclarationByNameAndArity() {
        Map<String, Verdict> names = NullableText.KIND.extract("""
                package a;

                import org.springframework.lang.Nullable;

                public interface Accounts extends JpaRepository<Account, Long> {
                    @Nullable
                    Account byEmail(String email);

                    Account byId(Map<String, List<Long>> ids, int page);

                    Account findByName(String name);

                    default String label(Account account) {
                        return account == null ? "" : render(account);
                    }
                }
                """);

        assertEquals(Verdict.DECLARED, names.get("byEmail/1"));
        assertEquals(Verdict.ABSTRACT, names.get("byId/2"), "the comma in the type arguments is not a parameter's");
        assertEquals(Verdict.MAYBE, names.get("findByName/1"), "a query method may find no row");
        assertEquals(Verdict.NEVER, names.get("label/1"));
        assertFalse(names.containsKey("render/1"), "a call is not a declaration");
    }

    @Test
    void aQueryOfAnInterfaceThatIsNoRepositoryIsLeftToItsImplementations() {
        Map<String, Verdict> names = NullableText.KIND.extract("""
                public interface Accounts {
                    Account findByName(String name);
                }
                """);

        assertEquals(Verdict.ABSTRACT, names.get("findByName/1"));
    }

    @Test
    void aBodyThatReturnsNullIsLeftToTheParsedFacts() {
        Map<String, Verdict> names = NullableText.KIND.extract("""
                class Cache {
                    String get(String key) {
                        if (key.isEmpty()) {
                            return null;
                        }
                        return lookup(key);
                    }

                    @Nullable
                    String describe(@Nullable String raw) {
                        return raw != null ? raw.strip() : null;
                    }

                    @Nullable
                    String plain() {
                        return "x";
                    }
                }
                """);

        assertEquals(Verdict.MAYBE, names.get("get/1"));
        assertEquals(Verdict.MAYBE, names.get("describe/1"), "its null may come only from a null argument");
        assertEquals(Verdict.DECLARED, names.get("plain/0"));
        assertFalse(names.containsKey("lookup/1"));
    }

    @Test
    void aFileOfSeveralTypesDoesNotSayWhichDeclaresANullableMethod() {
        Map<String, Verdict> names = NullableText.KIND.extract("""
                /** This class holds two. */
                public class Manager {
                    public Holder getHolder() {
                        return this.holder;
                    }

                    private static class Suspended {
                        @Nullable
                        private Holder getHolder() {
                            return this.holder;
                        }
                    }
                }
                """);

        assertEquals(Verdict.MAYBE, names.get("getHolder/0"));
    }

    @Test
    void overloadsThatDisagreeAreLeftToTheParsedFacts() {
        Map<String, Verdict> names = NullableText.KIND.extract("""
                class Lookup {
                    @Nullable
                    abstract String find(String key);

                    String find(int index) {
                        return "x";
                    }

                    String find(long index) {
                        return null;
                    }
                }
                """);

        assertEquals(Verdict.MAYBE, names.get("find/1"));
    }
}
