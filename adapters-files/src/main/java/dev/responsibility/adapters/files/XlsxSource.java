package dev.responsibility.adapters.files;

import dev.responsibility.core.model.ImportException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a FORMAT.md workbook with POI's streaming (SAX) event API, one sheet per file, so a large
 * workbook is never held in memory as cell objects. Dates in date-formatted cells become ISO text;
 * other numbers become plain text and are marked as numbers, so a code Excel stored as a number is
 * recognised. Lines are workbook row numbers.
 */
final class XlsxSource {

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private XlsxSource() {}

  /** What a workbook yielded. */
  record Content(List<ParsedFile<?>> files, List<ImportException.Error> errors, Optional<JsonText> workplan) {}

  /** The work plan's JSON, taken from column A of its sheet, one row per line. */
  record JsonText(String source, String text) {}

  /** Stops the SAX parse of a sheet once the table parser wants no more rows. */
  private static final class StopSheet extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopSheet() {
      super(null, null, false, false);
    }
  }

  static Content read(Path workbook, int limit) {
    String book = workbook.getFileName().toString();
    Interner interner = new Interner();
    List<ParsedFile<?>> files = new ArrayList<>();
    List<ImportException.Error> errors = new ArrayList<>();
    Optional<JsonText> plan = Optional.empty();
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pkg);
      SharedStrings strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      List<String> names = new ArrayList<>();
      XSSFReader.SheetIterator it = reader.getSheetIterator();
      while (it.hasNext()) {
        it.next().close();
        names.add(it.getSheetName());
      }
      SourceNames matched = SourceNames.match(names, true);
      errors.addAll(matched.errors());
      it = reader.getSheetIterator();
      while (it.hasNext()) {
        try (InputStream sheet = it.next()) {
          String name = it.getSheetName();
          for (Map.Entry<FileSchema<?>, String> e : matched.files().entrySet()) {
            if (e.getValue().equals(name)) {
              files.add(parseSheet(sheet, name, e.getKey(), styles, strings, limit, interner));
            }
          }
          if (matched.workplan().filter(name::equals).isPresent()) {
            plan = Optional.of(new JsonText(name, columnA(sheet, styles, strings)));
          }
        }
      }
    } catch (Exception e) {
      files.clear();
      errors.clear();
      errors.add(new ImportException.Error(book, 0, "", "not a readable .xlsx workbook: " + e.getMessage()));
      plan = Optional.empty();
    } finally {
      if (pkg != null) {
        pkg.revert();
      }
    }
    return new Content(files, errors, plan);
  }

  private static <T> ParsedFile<T> parseSheet(InputStream sheet, String name, FileSchema<T> schema,
      StylesTable styles, SharedStrings strings, int limit, Interner interner) {
    TableParser<T> parser = new TableParser<>(schema, name, limit, interner);
    Rows rows = new Rows() {
      @Override
      void row(int rowNum, Cells cells) {
        if (!parser.row(rowNum + 1L, cells, false)) {
          throw new StopSheet();
        }
      }
    };
    try {
      parse(sheet, styles, strings, rows);
    } catch (StopSheet stop) {
      // the parser has what it needs
    } catch (Exception e) {
      parser.broken(rows.lastRow + 2L, "the sheet cannot be read: " + e.getMessage());
    }
    return parser.end();
  }

  private static String columnA(InputStream sheet, StylesTable styles, SharedStrings strings) throws Exception {
    StringBuilder text = new StringBuilder();
    int[] line = {0};
    parse(sheet, styles, strings, new Rows() {
      @Override
      void row(int rowNum, Cells cells) {
        // Keep JSON line n on workbook row n, so errors name the row.
        while (line[0] < rowNum) {
          text.append('\n');
          line[0]++;
        }
        text.append(cells.size() == 0 ? "" : cells.text(0));
      }
    });
    return text.toString();
  }

  private static void parse(InputStream sheet, StylesTable styles, SharedStrings strings, Rows rows) throws Exception {
    XSSFSheetXMLHandler poi = new XSSFSheetXMLHandler(styles, strings, rows, new IsoDates(), false);
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(new TypeSpy(poi, rows));
    try {
      xml.parse(new InputSource(sheet));
    } catch (SAXException e) {
      if (e.getCause() instanceof StopSheet stop) {
        throw stop;
      }
      throw e;
    }
  }

  /** Collects the cells of each row, in column order, gaps as empty cells. */
  private abstract static class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Cells cells = new Cells();
    private int nextColumn;
    int lastRow = -1;
    boolean numeric;

    /** @param cells the row's cells, filled again for the next row */
    abstract void row(int rowNum, Cells cells);

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      nextColumn = 0;
    }

    @Override
    public void endRow(int rowNum) {
      lastRow = rowNum;
      row(rowNum, cells);
    }

    @Override
    public void cell(String ref, String formatted, XSSFComment comment) {
      int column = ref == null ? nextColumn : new CellReference(ref).getCol();
      while (cells.size() < column) {
        cells.add("", false);
      }
      String text = CsvSource.trim(formatted == null ? "" : formatted);
      if (numeric && NUMBER.matcher(text).matches()) {
        // A number POI passed on unformatted (no style): give it the same text as a formatted one.
        text = CellText.number(Double.parseDouble(text));
      }
      cells.add(text, !text.isEmpty() && numeric);
      nextColumn = column + 1;
    }
  }

  /** Records whether the cell being read is stored as a number, then lets POI read it. */
  private static final class TypeSpy extends DefaultHandler {
    private final DefaultHandler poi;
    private final Rows rows;

    TypeSpy(DefaultHandler poi, Rows rows) {
      this.poi = poi;
      this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
      if ("c".equals(localName)) {
        String t = atts.getValue("t");
        rows.numeric = t == null || "n".equals(t);
      }
      poi.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      poi.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      poi.characters(ch, start, length);
    }
  }

  /**
   * Formats a date-formatted number as an ISO local time ({@code 2023-03-05T00:00:00}), any other
   * number as {@link CellText#number(double)} does.
   */
  private static final class IsoDates extends DataFormatter {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
      if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        LocalDateTime time = DateUtil.getLocalDateTime(value, use1904, true);
        return time.format(ISO);
      }
      return CellText.number(value);
    }
  }
}
