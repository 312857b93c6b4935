package budgetledger.projections.testing;

import budgetledger.core.audit.AuditKeys;
import budgetledger.core.department.Department;
import budgetledger.core.ledger.CommandLine;
import budgetledger.core.ledger.DepartmentYearLedger;
import budgetledger.core.common.LedgerId;
import budgetledger.projections.fold.LedgerView;
import budgetledger.projections.fold.Replay;
import budgetledger.projections.stream.RecordedEvent;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipped seed dataset (datasets/yiyang-zzb.jsonl) imported through the real aggregates on an in-memory Axon
 * event store, as the app registers them, and read back as the folds see stored events. The one harness behind
 * the seed golden test and the seed report test.
 */
public final class SeedLedger {
    public static final String DEPARTMENT = "yiyang-zzb";

    private final Path root;
    private final Map<Integer, List<RecordedEvent>> byYear = new LinkedHashMap<>();

    private SeedLedger(Path root) {
        this.root = root;
    }

    public static SeedLedger load() {
        SeedLedger seed = new SeedLedger(projectRoot());
        EventStore store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        CommandGateway gateway = gateway(store);
        List<String> lines;
        try {
            lines = Files.readAllLines(seed.root.resolve("datasets/yiyang-zzb.jsonl"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                CommandLine line = CommandLine.parse(lines.get(i));
                // the seed is history approved elsewhere: an administrator's migration, which alone may record an
                // adjustment or transfer directly (AuditKeys.MIGRATION)
                gateway.sendAndWait(new GenericCommandMessage<>(line.command()).andMetaData(line.metadata())
                        .andMetaData(Map.of(AuditKeys.MIGRATION, "true")));
            } catch (RuntimeException e) {
                throw new AssertionError("datasets/yiyang-zzb.jsonl line " + (i + 1) + " refused: " + e.getMessage(), e);
            }
        }
        long[] globalIndex = {0};
        for (int year : new int[]{2023, 2024}) {
            seed.byYear.put(year, read(store, LedgerId.of(DEPARTMENT, year), globalIndex));
        }
        return seed;
    }

    /** The project's root (the directory holding datasets/), found from wherever the build runs. */
    public Path root() {
        return root;
    }

    /** The seed report's printed figures (datasets/golden/yiyang-zzb-2024.json), the golden tests' expectation. */
    public static Path golden() {
        return projectRoot().resolve("datasets/golden/yiyang-zzb-2024.json");
    }

    /** The department-year folded as of {@code asOf} (recorded time) through {@code through} (business date). */
    public LedgerView view(int year, Instant asOf, LocalDate through) {
        return Replay.fold(LedgerId.of(DEPARTMENT, year), byYear.get(year), asOf, through);
    }

    /** The department and department-year aggregates on an in-memory event store, as the app registers them. */
    private static CommandGateway gateway(EventStore store) {
        CommandBus bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<DepartmentYearLedger>builder()
                .aggregateType(DepartmentYearLedger.class)
                .repository(EventSourcingRepository.builder(DepartmentYearLedger.class).eventStore(store).build())
                .build()
                .subscribe(bus);
        AggregateAnnotationCommandHandler.<Department>builder()
                .aggregateType(Department.class)
                .repository(EventSourcingRepository.builder(Department.class).eventStore(store).build())
                .build()
                .subscribe(bus);
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private static List<RecordedEvent> read(EventStore store, String ledgerId, long[] globalIndex) {
        List<RecordedEvent> out = new ArrayList<>();
        DomainEventStream stream = store.readEvents(ledgerId);
        while (stream.hasNext()) {
            DomainEventMessage<?> m = stream.next();
            Map<String, String> meta = new LinkedHashMap<>();
            m.getMetaData().forEach((k, v) -> meta.put(k, v == null ? null : v.toString()));
            String recordedAt = meta.get(AuditKeys.RECORDED_AT);
            String businessDate = meta.get(AuditKeys.BUSINESS_DATE);
            out.add(new RecordedEvent(m.getAggregateIdentifier(), m.getSequenceNumber(), globalIndex[0]++,
                    recordedAt == null ? null : Instant.parse(recordedAt),
                    businessDate == null ? null : LocalDate.parse(businessDate), m.getPayload(), meta));
        }
        if (out.isEmpty()) {
            throw new AssertionError("no events for " + ledgerId + " in datasets/yiyang-zzb.jsonl");
        }
        return out;
    }

    /** The directory holding datasets/, found upwards from wherever the build runs (the root or a module). */
    public static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("datasets/yiyang-zzb.jsonl"))) {
                return p;
            }
        }
        throw new AssertionError("datasets/yiyang-zzb.jsonl not found above " + dir);
    }
}
