package dev.backlint.bench;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Writes one module: families of files around aggregates, in dependency order (entity,
 * records, repository, DAO, service, controller, client, tests), until the module's line
 * budget is spent; then the module's shared SQL class. The last files are sized to what is
 * left, so that the tree lands close to the requested size.
 */
final class ModuleGenerator {

    /** A module ends when fewer lines than this are left; the difference goes to the next module. */
    private static final int MIN_TAIL = 12;
    /** A file that would leave fewer lines than this takes them all. */
    private static final int SMALLEST_FILE = 40;
    /** How far a file may run past what is left of the module's budget. */
    private static final int OVERSHOOT = 4;
    /** Below this many lines a closing file is an enum rather than a utility class. */
    private static final int UTIL_TAIL = 60;

    private record Step(FileKind kind, Aggregate aggregate) {
    }

    private final Choices choices;
    private final EntitySource entities;
    private final RecordSource records;
    private final EnumSource enums;
    private final RepositorySource repositories;
    private final DaoSource daos;
    private final ServiceSource services;
    private final ControllerSource controllers;
    private final ClientSource clients;
    private final ConfigSource configs;
    private final UtilSource utils;
    private final TestSource tests;

    ModuleGenerator(Choices choices) {
        this.choices = choices;
        this.entities = new EntitySource(choices);
        this.records = new RecordSource(choices);
        this.enums = new EnumSource(choices);
        this.repositories = new RepositorySource(choices);
        this.daos = new DaoSource(choices);
        this.services = new ServiceSource(choices);
        this.controllers = new ControllerSource(choices);
        this.clients = new ClientSource(choices);
        this.configs = new ConfigSource(choices);
        this.utils = new UtilSource(choices);
        this.tests = new TestSource(choices);
    }

    /** Writes {@code module} in about {@code budget} lines and returns the lines written. */
    long generate(SourceModule module, long budget, TreeWriter writer) throws IOException {
        return new ModuleRun(module).generate(budget, writer);
    }

    /** The state of one module while it is generated. */
    private final class ModuleRun {

        private final SourceModule module;
        private final SqlCatalog sql;
        private final Iterator<String> aggregateNames;
        private final Set<String> typeNames = new HashSet<>();
        private final Deque<Step> queue = new ArrayDeque<>();
        private Aggregate current;

        ModuleRun(SourceModule module) {
            this.module = module;
            this.sql = new SqlCatalog(module);
            this.aggregateNames = aggregateNames(module).iterator();
        }

        long generate(long budget, TreeWriter writer) throws IOException {
            queue.add(new Step(FileKind.CONFIG, null));
            long used = 0;
            while (true) {
                long left = budget - used - sql.lines();
                if (left < MIN_TAIL) {
                    break;
                }
                if (queue.isEmpty()) {
                    enqueueFamily(newAggregate());
                }
                Step step = queue.poll();
                if (step.aggregate() != null) {
                    current = step.aggregate();
                }
                int target = size(step.kind());
                JavaFile file;
                if (left - target < SMALLEST_FILE) {
                    // Kept for after the closing file, in case that one falls short.
                    queue.addFirst(step);
                    file = closing((int) left);
                } else {
                    file = render(step, target);
                    long room = budget - used - sql.lines();
                    if (file.lines() > room + OVERSHOOT) {
                        // An entity's fields, say, made the file longer than what is left. Drop it
                        // and the rest of its family, which would refer to it, and close the module.
                        queue.clear();
                        if (room < MIN_TAIL) {
                            break;
                        }
                        file = closing((int) room);
                    }
                }
                used += writer.write(file);
            }
            if (!sql.isEmpty()) {
                used += writer.write(sql.file());
            }
            return used;
        }

        private int size(FileKind kind) {
            return (choices.between(kind.minLines, kind.maxLines) + choices.between(kind.minLines, kind.maxLines)) / 2;
        }

        private Aggregate newAggregate() {
            String name = aggregateNames.hasNext()
                    ? aggregateNames.next()
                    : module.prefix() + "Item" + typeNames.size();
            return Aggregate.create(name, choices);
        }

        private void enqueueFamily(Aggregate a) {
            queue.add(new Step(FileKind.ENTITY, a));
            if (a.hasEnum()) {
                queue.add(new Step(FileKind.ENUM, a));
            }
            queue.add(new Step(FileKind.DTO, a));
            if (a.hasRequest()) {
                queue.add(new Step(FileKind.REQUEST, a));
            }
            queue.add(new Step(FileKind.REPOSITORY, a));
            if (a.hasDao()) {
                queue.add(new Step(FileKind.DAO, a));
            }
            queue.add(new Step(FileKind.SERVICE, a));
            if (a.hasController()) {
                queue.add(new Step(FileKind.CONTROLLER, a));
            }
            if (a.hasClient()) {
                queue.add(new Step(FileKind.CLIENT, a));
            }
            if (choices.chance(0.12)) {
                queue.add(new Step(FileKind.UTIL, a));
            }
            if (choices.chance(0.07)) {
                queue.add(new Step(FileKind.CONFIG, a));
            }
            if (choices.chance(0.45)) {
                queue.add(new Step(FileKind.SERVICE_TEST, a));
            }
            if (a.hasController() && choices.chance(0.25)) {
                queue.add(new Step(FileKind.CONTROLLER_TEST, a));
            }
            if (a.hasDao() && choices.chance(0.2)) {
                queue.add(new Step(FileKind.DAO_TEST, a));
            }
        }

        private JavaFile render(Step step, int target) {
            Aggregate a = step.aggregate();
            JavaFile file = switch (step.kind()) {
                case ENTITY -> entities.generate(module, a, target);
                case DTO -> records.dto(module, a, target);
                case REQUEST -> records.request(module, a, target);
                case ENUM -> enums.statuses(module, a, target);
                case REPOSITORY -> repositories.generate(module, a, target);
                case DAO -> daos.generate(module, a, sql, target);
                case SERVICE -> services.generate(module, a, target);
                case CONTROLLER -> controllers.generate(module, a, target);
                case CLIENT -> clients.generate(module, a, partner(a), target);
                case CONFIG -> a == null
                        ? configs.generate(module, uniqueName(module.prefix(), Vocabulary.CONFIG_SUFFIXES),
                                module.name(), target)
                        : configs.generate(module, uniqueName(a.name(), Vocabulary.CONFIG_SUFFIXES),
                                a.variable(), target);
                case UTIL -> utils.generate(module, a, uniqueName(a.name(), Vocabulary.UTIL_SUFFIXES), target);
                case SERVICE_TEST -> tests.serviceTest(module, a, target);
                case CONTROLLER_TEST -> tests.controllerTest(module, a, target);
                case DAO_TEST -> tests.daoTest(module, a, target);
                case SQL_CONSTANTS -> throw new IllegalStateException("the SQL class is written last");
            };
            typeNames.add(file.typeName());
            return file;
        }

        /** The module's last file: a utility class, or an enum when few lines are left. */
        private JavaFile closing(int target) {
            Aggregate a = current != null ? current : newAggregate();
            JavaFile file;
            if (target >= UTIL_TAIL) {
                file = utils.generate(module, a, uniqueName(a.name(), Vocabulary.UTIL_SUFFIXES), target);
            } else {
                Vocabulary.EnumWords words = choices.pick(Vocabulary.ENUMS);
                file = enums.other(module, uniqueName(a.name(), List.of(words.suffix())), words.constants(), target);
            }
            typeNames.add(file.typeName());
            return file;
        }

        private String partner(Aggregate a) {
            for (String partner : choices.shuffled(Vocabulary.PARTNERS)) {
                if (!typeNames.contains(partner + a.name() + "Client")) {
                    return partner;
                }
            }
            throw new IllegalStateException("no partner left for " + a.name());
        }

        /** {@code base} with the first suffix that makes a new type name, or a numbered one. */
        private String uniqueName(String base, List<String> suffixes) {
            for (String suffix : suffixes) {
                if (!typeNames.contains(base + suffix)) {
                    return base + suffix;
                }
            }
            String last = suffixes.get(suffixes.size() - 1);
            for (int i = 2; ; i++) {
                if (!typeNames.contains(base + last + i)) {
                    return base + last + i;
                }
            }
        }
    }

    /** The module's nouns, then qualified nouns ({@code ArchivedRefund}), each in a seeded order. */
    private List<String> aggregateNames(SourceModule module) {
        List<String> names = new ArrayList<>(choices.shuffled(module.nouns()));
        List<String> qualified = new ArrayList<>();
        for (String qualifier : Vocabulary.QUALIFIERS) {
            for (String noun : module.nouns()) {
                qualified.add(qualifier + noun);
            }
        }
        names.addAll(choices.shuffled(qualified));
        return names;
    }
}
