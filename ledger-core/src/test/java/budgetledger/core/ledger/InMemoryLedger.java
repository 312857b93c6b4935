package budgetledger.core.ledger;

import budgetledger.core.common.LedgerException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The department-year ledger wired as the app wires it — command bus, event-sourcing repository, embedded event
 * store — but with an in-memory storage engine (ledger-core has no axon-configuration, so the wiring is by hand).
 * Each command loads the aggregate from its stored events, so what is tested is the state rebuilt from history.
 */
public final class InMemoryLedger implements AutoCloseable {
    /** Inspecting the aggregate's handlers is the slow part of wiring; do it once for all ledgers. */
    private static final AggregateModel<DepartmentYearLedger> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(DepartmentYearLedger.class);
    private final EmbeddedEventStore eventStore;
    private final EventSourcingRepository<DepartmentYearLedger> repository;
    private final CommandGateway gateway;

    public InMemoryLedger() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        repository = EventSourcingRepository.builder(DepartmentYearLedger.class)
                .aggregateModel(MODEL)
                .eventStore(eventStore)
                .build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<DepartmentYearLedger>builder()
                .aggregateType(DepartmentYearLedger.class)
                .aggregateModel(MODEL)
                .repository(repository)
                .build()
                .subscribe(commandBus);
        // direct adjustments and transfers are sent as an administrator's migration (see LedgerFixture)
        commandBus.registerDispatchInterceptor(LedgerFixture.DIRECT_ADJUSTMENTS_AS_MIGRATION);
        gateway = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    /** Sends a command and returns its result; a refusal is thrown as the {@link LedgerException} the ledger raised. */
    public Object send(Object command, Map<String, ?> metaData) {
        try {
            return gateway.sendAndWait(
                    GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof LedgerException le) {
                    throw le;
                }
            }
            throw e;
        }
    }

    public Object send(Object command) {
        return send(command, Map.of());
    }

    public List<DomainEventMessage<?>> events(String ledgerId) {
        return eventStore.readEvents(ledgerId).asStream().<DomainEventMessage<?>>map(e -> e).toList();
    }

    /** Loads the aggregate from the store and reads from it, rolling back so nothing is written. */
    public <R> R inspect(String ledgerId, Function<DepartmentYearLedger, R> reader) {
        UnitOfWork<?> uow = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(ledgerId).invoke(reader);
        } finally {
            uow.rollback();
        }
    }

    /** The aggregate's private decision state, for invariant checks. */
    @SuppressWarnings("unchecked")
    static <T> T field(DepartmentYearLedger ledger, String name) {
        try {
            Field f = DepartmentYearLedger.class.getDeclaredField(name);
            f.setAccessible(true);
            return (T) f.get(ledger);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }
}
