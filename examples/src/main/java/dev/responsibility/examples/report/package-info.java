/**
 * The analyst's report (工作报告): one self-contained HTML page with PNG charts, in Chinese or
 * English, computed from the core's metrics evaluator. {@link
 * dev.responsibility.examples.report.HtmlReport} is the entry point; the rest is internal to it.
 */
package dev.responsibility.examples.report;
