package dev.responsibility.core.rules;

/** What is wrong with a live supervision entry (R14, R15). */
public enum EntryProblem {
  /** Entered after the entry deadline of the quarter of its visit (R14). */
  LATE_ENTRY,
  /** Entered before its visit date (R15). */
  ENTERED_BEFORE_VISIT,
  /** On no relation of its cadre and business active on the visit date (R15). */
  OUT_OF_PERIOD,
  /** Its entry time does not fall on the day it is written: back- or forward-dated (数据造假 warning). */
  ENTRY_TIME_MISMATCH,
  /** A change to a record whose quarter's entry deadline has passed (R15). */
  QUARTER_CLOSED
}
