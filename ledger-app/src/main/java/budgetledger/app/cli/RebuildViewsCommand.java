package budgetledger.app.cli;

import budgetledger.app.figures.LiveViewProjector;
import budgetledger.app.ledger.Progress;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "rebuild-views", description = "Reset the live views and rebuild them from the whole event store.")
class RebuildViewsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ConfigurableApplicationContext ctx = LedgerCli.context(true)) {
            StreamingEventProcessor processor = ctx.getBean(EventProcessingConfiguration.class)
                    .eventProcessor(LiveViewProjector.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
            long head = ctx.getBean(EventStore.class).createHeadToken() == null ? -1
                    : ctx.getBean(EventStore.class).createHeadToken().position().orElse(-1);
            long start = System.nanoTime();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
            Progress progress = new Progress(spec.commandLine().getErr(), "rebuild", Math.max(head, 0));
            while (!caughtUp(processor, head)) {
                progress.update(position(processor));
                Thread.sleep(200);
            }
            progress.done(position(processor));
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().printf("rebuilt views up to global index %d in %.1f s%n", head, seconds);
            return 0;
        }
    }

    private static long position(StreamingEventProcessor p) {
        return p.processingStatus().values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    /**
     * Every segment has processed up to the head taken before the reset. Not "no longer replaying": Axon ends a
     * segment's replay only when it handles an event newer than the reset, which on an idle store never comes —
     * waiting for it made rebuild-views hang forever.
     */
    private static boolean caughtUp(StreamingEventProcessor p, long head) {
        return !p.processingStatus().isEmpty() && p.processingStatus().values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head);
    }
}
