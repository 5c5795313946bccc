/**
 * The work plan of a year (年度工作方案): each quarter's due day and entry deadline, the
 * commitment-renewal day and the milestones; and the registry of plans by year, with the seed's
 * 2023 plan as the shipped default and quarter ends for a year without a plan.
 */
@RecordStyle
package dev.responsibility.core.calendar;

import dev.responsibility.core.model.RecordStyle;
