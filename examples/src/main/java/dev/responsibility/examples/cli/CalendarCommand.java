package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.ReportTable;
import dev.responsibility.adapters.files.WorkPlanJson;
import dev.responsibility.core.calendar.EntryWindow;
import dev.responsibility.core.calendar.Milestone;
import dev.responsibility.core.calendar.WorkPlan;
import dev.responsibility.core.calendar.WorkPlans;
import dev.responsibility.core.calendar.WorkingDayCalendar;
import dev.responsibility.core.model.MissingScheduleException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code calendar}: a year's entry windows and deadlines, each with its last safe working day on
 * China's holiday calendar, and the plan's milestones; {@code --ical} writes them as a feed.
 */
@Command(name = "calendar", description = "Show a year's deadlines and last safe working days; --ical writes a feed.")
final class CalendarCommand extends Subcommand {


  @Option(names = "--year", paramLabel = "YEAR", required = true, description = "the year")
  private int year;

  @Option(names = "--plan", paramLabel = "workplan.json",
      description = "a FORMAT.md workplan.json (default: the shipped plans; quarter ends for other years)")
  private Path plan;

  @Option(names = "--ical", paramLabel = "FILE.ics", description = "also write the deadlines as an iCalendar feed")
  private Path ical;
  @Mixin
  private FormatOption format;

  /** One dated line of the calendar: a deadline or milestone and the last working day before it. */
  record Entry(String id, String what, LocalDate due, LocalDate lastSafeDay) {}

  @Override
  public Integer call() throws IOException {
    WorkPlans plans = WorkPlans.defaults();
    if (plan != null) {
      if (!Files.isRegularFile(plan)) {
        throw new UserInputException(ui().text("error.noSuchFile", plan));
      }
      plans = plans.withAll(WorkPlanJson.read(plan));
    }
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    if (!calendar.years().contains(year)) {
      throw new UserInputException(ui().text("error.noSchedule", year, calendar.years()));
    }
    List<Entry> entries;
    try {
      entries = entries(plans.forYear(year), calendar, ui());
    } catch (MissingScheduleException e) {
      throw new UserInputException(ui().text("error.noSchedule", year, calendar.years()), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    ReportTable table = table(entries, ui());
    switch (format.format()) {
      case JSON -> Output.json(json(entries), out);
      case CSV -> Output.csv(table, out);
      case TABLE -> {
        out.println(ui().text("calendar.heading", year, plans.hasPlanFor(year)
            ? ui().text("calendar.ownPlan") : ui().text("calendar.quarterEnds")));
        Output.table(table, out);
      }
    }
    if (ical != null) {
      ICalendar feed = new ICalendar(ui().text("calendar.feedName", year));
      for (Entry e : entries) {
        feed.add(new ICalendar.Event(e.id() + "-" + year + "@responsibility.dev", e.due(), e.what(),
            ui().text("calendar.lastSafe", e.lastSafeDay())));
        if (!e.lastSafeDay().equals(e.due())) {
          feed.add(new ICalendar.Event(e.id() + "-" + year + "-safe@responsibility.dev", e.lastSafeDay(),
              ui().text("calendar.safeSummary", e.what()), ui().text("calendar.dueOn", e.due())));
        }
      }
      if (ical.toAbsolutePath().getParent() != null) {
        Files.createDirectories(ical.toAbsolutePath().getParent());
      }
      Files.writeString(ical, feed.render(Instant.now()), StandardCharsets.UTF_8);
      out.println(ui().text("calendar.written", ical));
    }
    out.flush();
    return Main.OK;
  }

  static List<Entry> entries(WorkPlan plan, WorkingDayCalendar calendar, Ui ui) {
    List<Entry> entries = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      EntryWindow window = plan.window(q);
      entries.add(new Entry("q" + q + "-entry", ui.text("calendar.entryDeadline", q, window.first(), window.last()),
          window.entryDeadline(), calendar.lastWorkingDayOnOrBefore(window.entryDeadline())));
    }
    plan.commitmentRenewalDue().ifPresent(day -> entries.add(new Entry("commitment-renewal",
        ui.text("calendar.commitmentRenewal"), day, calendar.lastWorkingDayOnOrBefore(day))));
    for (Milestone m : plan.milestones()) {
      entries.add(new Entry(m.id(), m.title(), m.due(), calendar.lastWorkingDayOnOrBefore(m.due())));
    }
    entries.sort(java.util.Comparator.comparing(Entry::due).thenComparing(Entry::id));
    return entries;
  }

  private static ReportTable table(List<Entry> entries, Ui ui) {
    List<List<Object>> rows = new ArrayList<>();
    for (Entry e : entries) {
      rows.add(Arrays.asList(e.due(), e.lastSafeDay(), e.what()));
    }
    return ReportTable.of("calendar", ui.isChinese() ? List.of("截止日", "最晚安全工作日", "事项")
        : List.of("due", "last safe working day", "what"), rows);
  }

  private static List<Map<String, Object>> json(List<Entry> entries) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", e.id());
      node.put("due", e.due().toString());
      node.put("lastSafeDay", e.lastSafeDay().toString());
      node.put("what", e.what());
      out.add(node);
    }
    return out;
  }
}
