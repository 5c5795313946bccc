package dev.responsibility.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL with named parameters ({@code :day}): each name is bound as often as it appears, so that long
 * evaluation queries stay readable and every value still goes through a prepared statement.
 */
final class NamedSql {

  private static final Pattern NAME = Pattern.compile(":([a-z][a-zA-Z0-9]*)");

  private final String sql;
  private final List<String> names;

  private NamedSql(String sql, List<String> names) {
    this.sql = sql;
    this.names = names;
  }

  static NamedSql of(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      names.add(m.group(1));
      m.appendReplacement(out, "?");
    }
    m.appendTail(out);
    return new NamedSql(out.toString(), names);
  }

  PreparedStatement prepare(Connection c, Map<String, Object> values) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < names.size(); i++) {
      Object v = values.get(names.get(i));
      if (v == null && !values.containsKey(names.get(i))) {
        ps.close();
        throw new IllegalArgumentException("no value for :" + names.get(i));
      }
      ps.setObject(i + 1, v);
    }
    return ps;
  }
}
