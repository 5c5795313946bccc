/**
 * What is owed by when (督导任务): each relation's supervision task of a quarter and its state as of
 * a day (done, open, at risk, missed), and the two questions of "双四知，一跟进": what a cadre
 * guarantees and owes, and who guarantees a business and what they did.
 */
package dev.responsibility.core.tasks;
