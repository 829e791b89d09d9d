package dev.backlint.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A domain concept of a module, such as {@code PurchaseOrder}, and the family of files built
 * around it: entity, records, repository, DAO, service, controller, client and tests.
 */
final class Aggregate {

    private static final int FIXED_FIELDS = 6;

    private final String name;
    private final List<Field> fields;
    private final List<Field> dtoFields;
    private final List<Field> requestFields;
    private final List<String> statuses;
    private final boolean hasEnum;
    private final boolean hasRequest;
    private final boolean hasDao;
    private final boolean hasController;
    private final boolean hasClient;

    // Learned while the family is generated and read by the files that follow, so that calls
    // and constructors agree across files.
    final Set<String> serviceMethods = new TreeSet<>();
    final Set<String> controllerMethods = new TreeSet<>();
    final List<String> daoDependencies = new ArrayList<>();
    final List<String> controllerDependencies = new ArrayList<>();

    private Aggregate(String name, List<Field> fields, List<Field> dtoFields, List<Field> requestFields,
            List<String> statuses, Choices choices) {
        this.name = name;
        this.fields = fields;
        this.dtoFields = dtoFields;
        this.requestFields = requestFields;
        this.statuses = statuses;
        this.hasEnum = choices.chance(0.5);
        this.hasRequest = choices.chance(0.5);
        this.hasDao = choices.chance(0.65);
        this.hasController = choices.chance(0.8);
        this.hasClient = choices.chance(0.2);
    }

    static Aggregate create(String name, Choices choices) {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("id", "Long"));
        fields.add(new Field(choices.pick(Vocabulary.KEY_FIELDS), "String"));
        fields.add(new Field(choices.pick(Vocabulary.OWNER_FIELDS), "Long"));
        fields.add(new Field("status", "String"));
        fields.add(new Field(choices.pick(Vocabulary.AMOUNT_FIELDS), "BigDecimal"));
        fields.add(new Field(choices.pick(Vocabulary.QUANTITY_FIELDS), "Integer"));
        List<Field> extras = choices.sample(Vocabulary.EXTRA_FIELDS, choices.between(2, 12));
        fields.addAll(extras);
        fields.add(new Field("createdAt", "Instant"));
        fields.add(new Field("updatedAt", "Instant"));

        List<Field> dtoFields = new ArrayList<>(fields.subList(0, FIXED_FIELDS - 1));
        dtoFields.addAll(extras.subList(0, Math.min(extras.size(), choices.between(0, 3))));
        dtoFields.add(fields.get(fields.size() - 2));

        List<Field> requestFields = new ArrayList<>(
                List.of(fields.get(1), fields.get(2), fields.get(4), fields.get(5)));
        extras.stream().filter(field -> field.type().equals("String")).limit(choices.between(0, 2))
                .forEach(requestFields::add);

        List<String> statuses = choices.sample(Vocabulary.STATUSES, choices.between(4, 7));
        return new Aggregate(name, List.copyOf(fields), List.copyOf(dtoFields), List.copyOf(requestFields),
                statuses, choices);
    }

    String name() {
        return name;
    }

    List<Field> fields() {
        return fields;
    }

    /** Every field but the id, in column order. */
    List<Field> dataFields() {
        return fields.subList(1, fields.size());
    }

    List<Field> extras() {
        return fields.subList(FIXED_FIELDS, fields.size() - 2);
    }

    List<Field> dtoFields() {
        return dtoFields;
    }

    List<Field> requestFields() {
        return requestFields;
    }

    List<String> statuses() {
        return statuses;
    }

    String initialStatus() {
        return statuses.get(0);
    }

    String terminalStatus() {
        return statuses.get(statuses.size() - 1);
    }

    Field id() {
        return fields.get(0);
    }

    Field key() {
        return fields.get(1);
    }

    Field owner() {
        return fields.get(2);
    }

    Field status() {
        return fields.get(3);
    }

    Field amount() {
        return fields.get(4);
    }

    Field quantity() {
        return fields.get(5);
    }

    Field created() {
        return fields.get(fields.size() - 2);
    }

    Field updated() {
        return fields.get(fields.size() - 1);
    }

    boolean hasEnum() {
        return hasEnum;
    }

    boolean hasRequest() {
        return hasRequest;
    }

    boolean hasDao() {
        return hasDao;
    }

    boolean hasController() {
        return hasController;
    }

    boolean hasClient() {
        return hasClient;
    }

    String variable() {
        return Text.decap(name);
    }

    /** {@code purchase order}, for messages and comments. */
    String words() {
        return Text.words(name);
    }

    String table() {
        return Text.snake(Text.plural(name));
    }

    String path() {
        return "/api/" + Text.kebab(Text.plural(name));
    }

    /** The JPQL alias: {@code p} for {@code PurchaseOrder}. */
    String alias() {
        return name.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    String constantPrefix() {
        return Text.upperSnake(name);
    }

    String dto() {
        return name + "Dto";
    }

    String request() {
        return "Create" + name + "Request";
    }

    /** The type the service's {@code create} takes. */
    String createInput() {
        return hasRequest ? request() : dto();
    }

    String statusEnum() {
        return name + "Status";
    }

    String repository() {
        return name + "Repository";
    }

    String dao() {
        return name + "Dao";
    }

    String service() {
        return name + "Service";
    }

    String controller() {
        return name + "Controller";
    }

    String columns(List<Field> selected) {
        StringBuilder out = new StringBuilder();
        for (Field field : selected) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(field.column());
        }
        return out.toString();
    }

    String allColumns() {
        return columns(fields);
    }
}
