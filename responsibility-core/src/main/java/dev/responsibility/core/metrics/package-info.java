/**
 * The metrics of FORMAT.md (包保覆盖率, 总监安全员配备率, 数据归集率, 三清单一承诺书, 问题处置率, 督导任务完成率):
 * their definitions in one place ({@link dev.responsibility.core.metrics.Metric}), the evaluator
 * port another engine (SQL) implements ({@link dev.responsibility.core.metrics.MetricsEvaluator}),
 * and the in-memory evaluator over the core's index, with roll-ups along the division tree and
 * the records missing from each numerator.
 */
package dev.responsibility.core.metrics;
