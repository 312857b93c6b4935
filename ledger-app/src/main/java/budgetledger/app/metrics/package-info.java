/**
 * The ledger's own metrics at {@code /actuator/prometheus}, beside Axon's and Spring's: events appended to the store
 * by type, and each streaming processor's lag behind the head of the store (events and seconds) and replay progress.
 * Commands by type and outcome are timed where they enter ({@code ledger.CommandMetrics}), imports where they run
 * ({@code ledger.ImportMetrics}). {@code docker/grafana} holds a dashboard of all of them.
 */
package budgetledger.app.metrics;
