/**
 * The self-evaluation report of a department-year served over HTTP
 * ({@code GET /api/v1/departments/{id}/years/{year}/report?format=html|xlsx|pdf|md&asOf=&through=}) and written by
 * the CLI ({@code report --format … --out FILE}): the same replay as the key figures, handed to the report builder
 * and renderers of {@code budgetledger.projections.report}.
 */
package budgetledger.app.report;
