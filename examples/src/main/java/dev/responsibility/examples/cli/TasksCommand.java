package dev.responsibility.examples.cli;

import dev.responsibility.adapters.files.ReportTable;
import dev.responsibility.core.Responsibility;
import dev.responsibility.core.metrics.MetricQuery;
import dev.responsibility.core.model.Business;
import dev.responsibility.core.model.Cadre;
import dev.responsibility.core.tasks.SupervisionTask;
import dev.responsibility.core.tasks.TaskState;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tasks}: each cadre's supervision tasks of a quarter that are not done, most urgent first. */
@Command(name = "tasks", description = "List the supervision tasks of a quarter per cadre: open, at risk, missed.")
final class TasksCommand extends Subcommand {

  @Mixin
  private Source source;

  @Mixin
  private AsOfOption day;
  @Mixin
  private ScopeOptions scope;

  @Option(names = "--all", description = "list done tasks too")
  private boolean all;
  @Mixin
  private FormatOption format;

  @Override
  public Integer call() {
    LocalDate asOf = day.day();
    MetricQuery query = scope.query(asOf, OptionalInt.of((asOf.getMonthValue() + 2) / 3), ui());
    int q = query.quarter().getAsInt();
    try (Workspace workspace = source.open(ui())) {
      Responsibility r = workspace.responsibility();
      List<SupervisionTask> tasks = r.tasks().owed(asOf, q, query.scope()).stream()
          .filter(t -> all || t.state() != TaskState.DONE)
          .sorted(URGENCY.thenComparing(t -> t.cadre().value()).thenComparing(t -> t.business().value()))
          .toList();
      print(r, tasks, asOf, q, format.format(), ui(), spec.commandLine().getOut());
    }
    return Main.OK;
  }

  /** Missed first, then at risk, open, done; within a state by cadre. */
  static final Comparator<SupervisionTask> URGENCY = Comparator.comparingInt(t -> switch (t.state()) {
    case MISSED -> 0;
    case AT_RISK -> 1;
    case OPEN -> 2;
    case DONE -> 3;
  });

  static void print(Responsibility r, List<SupervisionTask> tasks, LocalDate asOf, int quarter, Format format, Ui ui,
      PrintWriter out) {
    switch (format) {
      case JSON -> Output.json(json(tasks, asOf, quarter), out);
      case CSV -> Output.csv(table(r, tasks, ui), out);
      case TABLE -> {
        Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
        tasks.forEach(t -> counts.merge(t.state(), 1, Integer::sum));
        out.println(ui.text("tasks.heading", quarter, tasks.size(), counts.getOrDefault(TaskState.MISSED, 0),
            counts.getOrDefault(TaskState.AT_RISK, 0), counts.getOrDefault(TaskState.OPEN, 0)));
        if (!tasks.isEmpty()) {
          Output.table(table(r, tasks, ui), out);
        }
      }
    }
    out.flush();
  }

  static ReportTable table(Responsibility r, List<SupervisionTask> tasks, Ui ui) {
    List<List<Object>> rows = new ArrayList<>();
    for (SupervisionTask t : tasks) {
      rows.add(Arrays.asList(ui.isChinese() ? t.state().chineseName() : t.state().name(), t.cadre().value(),
          r.dataSet().cadre(t.cadre()).map(Cadre::name).orElse(""), t.business().value(),
          r.dataSet().business(t.business()).map(Business::name).orElse(""), t.done() + "/" + t.required(),
          t.lastSafeDay(), t.window().entryDeadline()));
    }
    return ReportTable.of("tasks", ui.isChinese()
        ? List.of("状态", "干部编号", "包保干部", "主体编号", "包保主体", "已完成/应完成", "最晚安全录入日", "录入截止日")
        : List.of("state", "cadre", "cadre name", "business", "business name", "done/required", "last safe day",
            "entry deadline"), rows);
  }

  private static Map<String, Object> json(List<SupervisionTask> tasks, LocalDate asOf, int quarter) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("asOf", asOf.toString());
    root.put("quarter", quarter);
    List<Map<String, Object>> out = new ArrayList<>();
    for (SupervisionTask t : tasks) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("state", t.state().name());
      node.put("relation", t.relation().value());
      node.put("cadre", t.cadre().value());
      node.put("business", t.business().value());
      node.put("done", t.done());
      node.put("required", t.required());
      node.put("lastSafeDay", t.lastSafeDay().toString());
      node.put("entryDeadline", t.window().entryDeadline().toString());
      out.add(node);
    }
    root.put("tasks", out);
    return root;
  }
}
