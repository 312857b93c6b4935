/** Exact money (元.角分) as a long of fen: parsing, overflow-checked arithmetic, 万元 display. */
package budgetledger.core.money;
