package dev.backlint.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which classes a file's text says implement or extend which types. */
class ImplementationsTest {

    @Test
    void readsEveryClassHeaderOfAFile() {
        Set<String> index = new HashSet<>();
        Implementations.KIND.collect("""
                package com.acme.users;

                import java.util.Map;

                // a class that implements nothing is not listed
                public class UserServiceImpl extends BaseService<Map<String, User>>
                        implements UserService, org.acme.Auditable<User> {

                    static final class Cache implements Lookup<String> {
                    }

                    record Entry(String id) implements Comparable<Entry> {
                        public int compareTo(Entry other) {
                            return id.compareTo(other.id);
                        }
                    }
                }
                """, index);

        assertEquals(List.of("com.acme.users.UserServiceImpl"), Implementations.of(index, "UserService"));
        assertEquals(List.of("com.acme.users.UserServiceImpl"), Implementations.of(index, "BaseService"));
        assertEquals(List.of("com.acme.users.UserServiceImpl"), Implementations.of(index, "Auditable"));
        assertEquals(List.of("com.acme.users.Cache"), Implementations.of(index, "Lookup"));
        assertEquals(List.of("com.acme.users.Entry"), Implementations.of(index, "Comparable"));
        assertEquals(List.of(), Implementations.of(index, "Map"), "a type argument is not a supertype");
    }
}
