package dev.backlint.models;

import java.util.List;
import java.util.Set;

/**
 * What backlint knows of Spring Data repositories: the interfaces they extend, the prefixes
 * of derived queries that look a row up, the calls that store one, and the exceptions that
 * a unique constraint raises when a duplicate reaches the database.
 */
public final class SpringData {

    /** Base interfaces of Spring Data repositories, by simple name (the first type argument is the entity). */
    public static final Set<String> REPOSITORY_BASES = Set.of("Repository", "CrudRepository", "ListCrudRepository",
            "PagingAndSortingRepository", "ListPagingAndSortingRepository", "JpaRepository", "JpaRepositoryImplementation",
            "MongoRepository", "ReactiveCrudRepository", "ReactiveSortingRepository", "R2dbcRepository",
            "ElasticsearchRepository", "CassandraRepository", "Neo4jRepository", "KeyValueRepository",
            "CouchbaseRepository", "ListQuerydslPredicateExecutor");

    /** Prefixes of derived queries that look rows up, longest first, each ending before {@code By}. */
    public static final List<String> LOOKUP_PREFIXES = List.of("existsBy", "countBy", "findFirstBy", "findTopBy",
            "findOneBy", "findBy", "getBy", "readBy", "queryBy", "searchBy", "streamBy", "findAllBy", "findDistinctBy");

    /** Calls that store an entity. */
    public static final Set<String> SAVES = Set.of("save", "saveAndFlush", "saveAll", "saveAllAndFlush", "insert");

    /** Exceptions that a unique constraint raises: catching one shows the database guards against duplicates. */
    public static final Set<String> DUPLICATE_EXCEPTIONS = Set.of("DataIntegrityViolationException",
            "DuplicateKeyException", "ConstraintViolationException", "EntityExistsException",
            "SQLIntegrityConstraintViolationException");

    /** Words a derived query adds after a property that keep the lookup an equality. */
    public static final List<String> EQUALITY_SUFFIXES = List.of("AllIgnoreCase", "IgnoreCase", "IgnoringCase",
            "Equals", "Is");

    private SpringData() {
    }
}
