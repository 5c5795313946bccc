/**
 * The value types of the two-responsibilities mechanism: divisions (行政区划), businesses (包保主体),
 * cadres (包保干部), guarantee relations (包保关系), documents (三清单一承诺书), supervisions (督导记录),
 * problems, staff and self-checks, their ids and codes, and the library's exceptions.
 *
 * <p>Every type here is immutable and thread-safe, and well-formed once built: a record that
 * breaks its form (a missing field, an end before its start) is refused with an {@link
 * dev.responsibility.core.model.InvalidRecordException}. Domain validity (a credit code's check
 * character, an unknown id) is a query, so that the checks can see bad data. This package is
 * the bottom of the core and depends on nothing else in it.
 */
@RecordStyle
package dev.responsibility.core.model;
