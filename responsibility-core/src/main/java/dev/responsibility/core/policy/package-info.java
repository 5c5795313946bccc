/**
 * Policy as configuration (R6, R9, R12, R13, R16 and the sector mapping of the four-party chain):
 * what an embedder may change without forking the code, with the defaults of DOMAIN.md and
 * FORMAT.md. Immutable; build a changed one with {@code Policy.defaults().withX(...)} or the
 * builder.
 */
@RecordStyle
package dev.responsibility.core.policy;

import dev.responsibility.core.model.RecordStyle;
