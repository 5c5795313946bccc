/**
 * The checks of FORMAT.md (violations as of a day): sixteen named rules, each with a stable
 * {@link dev.responsibility.core.rules.CheckCode} citing its DOMAIN.md rule, returning {@link
 * dev.responsibility.core.rules.Violation} values that name the records involved and explain
 * themselves in Chinese and English. Data-set rules are never exceptions: bad data is reported.
 */
@RecordStyle
package dev.responsibility.core.rules;

import dev.responsibility.core.model.RecordStyle;
