package budgetledger.app.config;

import budgetledger.core.audit.LedgerJson;
import budgetledger.core.department.Department;
import budgetledger.core.expenditure.ReceptionCountsUpcaster;
import budgetledger.core.ledger.DepartmentYearLedger;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventsourcing.snapshotting.RevisionSnapshotFilter;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Axon on PostgreSQL without Axon Server: the JDBC event store (bytea payloads, Flyway-owned tables), Jackson for
 * events, messages, snapshots and tokens, the two aggregates registered here (ledger-core carries no Spring
 * stereotype), snapshots plus an aggregate cache so a command never re-reads a year's history.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    /** The general serializer (tokens, dead letters): Jackson, with Axon's own annotations driving it. */
    @Bean
    @org.springframework.context.annotation.Primary
    public Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(LedgerJson.newMapper()).build();
    }

    /** Events: stored as the canonical JSON their hash covers, read back by Jackson. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return new CanonicalEventSerializer(JacksonSerializer.builder().objectMapper(LedgerJson.newMapper()).build());
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(LedgerJson.newMapper()).build();
    }

    /** Snapshots store the aggregate's private fields; the aggregate exposes no getters for Jackson to use. */
    @Bean
    @Qualifier("snapshotSerializer")
    public Serializer snapshotSerializer() {
        ObjectMapper mapper = LedgerJson.newMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    /**
     * A unique-key violation on the event table is another writer's event at the same place in the stream: Axon then
     * raises {@code ConcurrencyException} (or, for a stream's first event, {@code AggregateStreamCreationException}),
     * which the ledger retries or answers as a 4xx. PostgreSQL's driver reports it as SQLState 23505 on a plain
     * {@code PSQLException}; Axon's {@code JdbcSQLErrorCodesResolver} only recognises the JDBC subclass
     * {@code SQLIntegrityConstraintViolationException}, so every such clash became an {@code EventStoreException} and a
     * 500 (issue 14: two instances on one database). The resolver lives in Axon's JPA package but needs no JPA.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    public EventStorageEngine eventStorageEngine(DataSource dataSource, TransactionManager transactionManager,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 @Qualifier("snapshotSerializer") Serializer snapshotSerializer,
                                                 PersistenceExceptionResolver resolver,
                                                 @Value("${ledger.event-batch-size:500}") int batchSize) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new SpringDataSourceConnectionProvider(dataSource))
                .transactionManager(transactionManager)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .persistenceExceptionResolver(resolver)
                .schema(EventSchema.builder().build())
                .snapshotFilter(currentShapeOnly())
                // events whose shape changed are read in their current shape; the stored bytes stay as hashed
                .upcasterChain(new EventUpcasterChain(new ReceptionCountsUpcaster()))
                .batchSize(batchSize)
                .build();
    }

    /**
     * A snapshot is the aggregate's fields as one release wrote them; after the ledger's shape changes (its
     * {@code @Revision}), older snapshots are skipped and the year is replayed from its events instead of trusted.
     * Axon's own configurer would derive this filter, but the storage engine here is built as a Spring bean. The
     * type is the aggregate type the store records: the simple class name.
     */
    static RevisionSnapshotFilter currentShapeOnly() {
        return RevisionSnapshotFilter.builder().type(DepartmentYearLedger.class.getSimpleName())
                .revision(DepartmentYearLedger.class.getAnnotation(Revision.class).value()).build();
    }

    /**
     * The token store as Axon's Spring Boot auto-configuration builds it (its {@code JdbcAutoConfiguration}: the
     * connection provider, the default token schema, the general serializer, {@code
     * axon.eventhandling.tokenstore.claim-timeout}), with one addition: {@code ledger.node-id} names this instance as
     * the owner of the segments it claims (default, as Axon's: {@code pid@host}). Several instances on one database
     * share the live-view processor's segments through this table — a segment is processed by one owner at a time
     * and taken over by another when its owner stops or goes silent past the claim timeout (docs/deployment.md).
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 TokenStoreProperties properties, @Value("${ledger.node-id:}") String nodeId) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(new TokenSchema())
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout());
        if (!nodeId.isBlank()) {
            builder.nodeId(nodeId);
        }
        return builder.build();
    }

    @Bean
    public BackgroundSnapshots backgroundSnapshots(@Value("${ledger.snapshot-queue:1000}") int queueCapacity) {
        return new BackgroundSnapshots(queueCapacity);
    }

    /** Axon's snapshotter as Spring Boot configures it, but writing on {@link BackgroundSnapshots}' thread. */
    @Bean
    public SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                           EventStore eventStore, TransactionManager transactionManager,
                                                           BackgroundSnapshots executor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .executor(executor)
                .build();
    }

    /** The most recently used department-years, held softly (see {@link LedgerCache}). */
    @Bean
    public Cache ledgerCache(@Value("${ledger.cache-size:1000}") int capacity) {
        return new LedgerCache(capacity);
    }

    /**
     * The ledger's factory as a Spring bean: Spring Boot's snapshotter finds the aggregates it can snapshot among the
     * context's {@link AggregateFactory} beans — without it every snapshot failed with "Aggregate Type is unknown".
     */
    @Bean
    public AggregateFactory<DepartmentYearLedger> departmentYearLedgerFactory() {
        return new GenericAggregateFactory<>(DepartmentYearLedger.class);
    }

    @Bean
    public ConfigurerModule ledgerAggregates(Cache ledgerCache, AggregateFactory<DepartmentYearLedger> ledgerFactory,
                                             @Value("${ledger.snapshot-threshold:250}") int threshold) {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(DepartmentYearLedger.class)
                        .configureAggregateFactory(c -> ledgerFactory)
                        .configureCache(c -> ledgerCache)
                        .configureCommandTargetResolver(c -> new LedgerTargetResolver())
                        .configureSnapshotTrigger(c -> new GrowingSnapshotTrigger(c.snapshotter(), threshold)))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Department.class));
    }
}
