package budgetledger.app.config;

import budgetledger.core.common.LedgerException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.unitofwork.RollbackConfiguration;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A command refused by a rule ({@link LedgerException}) does not roll its unit of work back. Axon's caching repository
 * evicts every aggregate a rolled-back unit of work loaded, so each refusal used to cost the next command a reload of
 * the whole department-year from snapshot and events (seconds on a large year; issue 14). Not rolling back is safe
 * because a LedgerException is only ever thrown before anything is applied: the ledger's rules decide on the state,
 * and its {@code emit} turns a LedgerException raised after {@code apply} into an error that does roll back. The unit
 * of work then commits with no events (an empty transaction), the caller still gets the refusal, and the cached ledger
 * stays — unchanged, as {@code RefusalKeepsCacheTest} checks.
 * <p>
 * Axon's Spring Boot auto-configuration builds the {@link SimpleCommandBus} (transaction manager, duplicate handler
 * resolver, span factory, message monitor, correlation interceptor); this only sets its rollback rule through the
 * bus's own setter, so none of that has to be copied here and kept in step with Axon.
 */
@Configuration(proxyBeanMethods = false)
public class RefusalsKeepTheCache implements RollbackConfiguration {

    @Autowired
    public void register(CommandBus commandBus) {
        if (!(commandBus instanceof SimpleCommandBus simple)) {
            throw new IllegalStateException("refusals keep the cache only on Axon's SimpleCommandBus, not on "
                    + commandBus.getClass().getName());
        }
        simple.setRollbackConfiguration(this);
    }

    /** As Axon's default (every unchecked exception), except a refusal. */
    @Override
    public boolean rollBackOn(Throwable failure) {
        return !(failure instanceof LedgerException) && RollbackConfigurationType.UNCHECKED_EXCEPTIONS.rollBackOn(failure);
    }

    /** {@code ledger.aggregate.cache{result=hit|miss}}: each miss is a department-year loaded from the store. */
    @Bean
    public MeterBinder ledgerCacheMetrics(Cache ledgerCache) {
        return registry -> {
            if (ledgerCache instanceof LedgerCache cache) {
                FunctionCounter.builder("ledger.aggregate.cache", cache, LedgerCache::hits).tag("result", "hit")
                        .description("Department-year look-ups in the aggregate cache").register(registry);
                FunctionCounter.builder("ledger.aggregate.cache", cache, LedgerCache::misses).tag("result", "miss")
                        .description("Department-year look-ups in the aggregate cache").register(registry);
            }
        };
    }
}
