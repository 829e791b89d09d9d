package dev.backlint.models;

import java.util.Set;

/**
 * What backlint knows of state that threads share: which types are mutable and not safe
 * to share, which calls change them, and which types are safe as they are.
 */
public final class SharedState {

    /** Mutable classes, by simple name, that are not safe for use from several threads. */
    public static final Set<String> MUTABLE_TYPES = Set.of("ArrayList", "LinkedList", "HashMap", "LinkedHashMap",
            "TreeMap", "HashSet", "LinkedHashSet", "TreeSet", "EnumMap", "ArrayDeque", "PriorityQueue", "BitSet",
            "IdentityHashMap", "WeakHashMap", "StringBuilder", "Date", "Calendar", "GregorianCalendar",
            "SimpleDateFormat", "DateFormat", "DecimalFormat", "NumberFormat", "MessageFormat");

    /** Formats that are not thread-safe even when only read from: their use changes them. */
    public static final Set<String> FORMATS = Set.of("SimpleDateFormat", "DateFormat", "DecimalFormat",
            "NumberFormat", "MessageFormat");

    /** Factories that make mutable collections ({@code Lists.newArrayList()}, {@code new ArrayList<>()} aside). */
    public static final Set<String> MUTABLE_FACTORIES = Set.of("newArrayList", "newLinkedList", "newHashMap",
            "newLinkedHashMap", "newTreeMap", "newHashSet", "newLinkedHashSet", "newTreeSet", "newEnumMap",
            "newArrayDeque", "newHashMapWithExpectedSize", "newHashSetWithExpectedSize");

    /** Calls that change a collection, a builder, a date or a calendar. */
    public static final Set<String> MUTATORS = Set.of("add", "addAll", "addFirst", "addLast", "put", "putAll",
            "putIfAbsent", "remove", "removeAll", "removeIf", "removeFirst", "removeLast", "retainAll", "clear",
            "set", "setAll", "replace", "replaceAll", "compute", "computeIfAbsent", "computeIfPresent", "merge",
            "sort", "offer", "offerFirst", "offerLast", "poll", "pollFirst", "pollLast", "push", "pop", "append",
            "insert", "delete", "deleteCharAt", "setCharAt", "setLength", "reverse", "setTime", "setTimeInMillis",
            "roll", "setTimeZone", "applyPattern", "setLenient", "format", "parse", "flip");

    /** Thread-safe holders and collections, by the start of their simple name. */
    public static final Set<String> SAFE_PREFIXES = Set.of("Atomic", "LongAdder", "DoubleAdder", "LongAccumulator",
            "DoubleAccumulator", "Concurrent", "CopyOnWrite", "ThreadLocal", "InheritableThreadLocal",
            "Immutable", "LinkedBlockingQueue", "ArrayBlockingQueue", "LinkedBlockingDeque", "BlockingQueue");

    /** Calls whose result is an unmodifiable or immutable value. */
    public static final Set<String> IMMUTABLE_FACTORIES = Set.of("of", "copyOf", "ofEntries", "unmodifiableList",
            "unmodifiableMap", "unmodifiableSet", "unmodifiableCollection", "unmodifiableSortedMap",
            "unmodifiableSortedSet", "unmodifiableNavigableMap", "unmodifiableNavigableSet", "emptyList",
            "emptyMap", "emptySet", "singletonList", "singletonMap", "singleton", "toList", "ofPattern");

    /** Concurrent maps and sets by simple name: their single calls are atomic, a check and a later write are not. */
    public static final Set<String> CONCURRENT_MAPS = Set.of("ConcurrentHashMap", "ConcurrentMap",
            "ConcurrentSkipListMap", "ConcurrentNavigableMap", "ConcurrentReferenceHashMap", "ConcurrentLinkedHashMap");

    /** Concurrent sets by simple name. */
    public static final Set<String> CONCURRENT_SETS = Set.of("ConcurrentSkipListSet", "CopyOnWriteArraySet",
            "ConcurrentHashSet");

    /** Factories whose result is a concurrent or synchronized map: {@code Maps.newConcurrentMap()}. */
    public static final Set<String> CONCURRENT_MAP_FACTORIES = Set.of("newConcurrentMap", "newConcurrentHashMap",
            "synchronizedMap", "synchronizedSortedMap", "synchronizedNavigableMap");

    /**
     * Factories whose result is a concurrent or synchronized set: {@code ConcurrentHashMap.newKeySet()},
     * {@code Sets.newConcurrentHashSet()}; {@code Collections.newSetFromMap} counts when its map does.
     */
    public static final Set<String> CONCURRENT_SET_FACTORIES = Set.of("newKeySet", "newConcurrentHashSet",
            "synchronizedSet", "synchronizedSortedSet", "synchronizedNavigableSet");

    /** Views that write through to the collection they are taken of: {@code map.values().removeIf(..)}. */
    public static final Set<String> VIEWS = Set.of("values", "keySet", "entrySet", "subList", "headMap", "tailMap",
            "subMap", "headSet", "tailSet", "subSet", "descendingMap", "descendingKeySet", "navigableKeySet",
            "descendingSet");

    /** Static helpers of {@code Collections} and {@code Arrays} that change their first argument. */
    public static final Set<String> UTILITY_MUTATORS = Set.of("addAll", "fill", "sort", "parallelSort", "shuffle",
            "reverse", "swap", "rotate", "setAll", "parallelSetAll", "parallelPrefix", "copy");

    /** Calls that run the lambda they are given before they return: a loop, a stream's step, a map's compute. */
    public static final Set<String> RUN_NOW = Set.of("forEach", "forEachOrdered", "forEachRemaining", "map",
            "filter", "flatMap", "peek", "collect", "reduce", "anyMatch", "allMatch", "noneMatch", "ifPresent",
            "ifPresentOrElse", "orElseGet", "removeIf", "replaceAll", "sort", "toMap", "groupingBy", "mapToObj",
            "mapToInt", "mapToLong", "computeIfAbsent", "computeIfPresent", "compute", "merge");

    private SharedState() {
    }
}
