/**
 * 三公经费 (因公出国(境)、公务用车购置及运行、公务接待): the yearly control limits per category and
 * {@link budgetledger.core.threepublic.ThreePublicControl}, which refuses a 三公 expenditure past its limit and a
 * limit set below what is already spent; 接待批次/人数 belong to 公务接待费 only.
 */
package budgetledger.core.threepublic;
