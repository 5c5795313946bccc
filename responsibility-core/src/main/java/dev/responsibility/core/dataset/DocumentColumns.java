package dev.responsibility.core.dataset;

import dev.responsibility.core.internal.Index;
import dev.responsibility.core.model.CadreDocument;
import dev.responsibility.core.model.CadreId;
import dev.responsibility.core.model.DocumentId;
import dev.responsibility.core.model.DocumentKind;
import dev.responsibility.core.model.InvalidRecordException;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The cadres' documents of a data set as columns, each record made again when it is asked for:
 * the index holds the cadre, kind and days; only the id and the scan's SHA-256 are kept beside
 * it, as UTF-8. Equal, element for element, to the list it was made from. Immutable and
 * thread-safe.
 */
final class DocumentColumns extends AbstractList<CadreDocument> implements RandomAccess {

  private static final DocumentKind[] KINDS = DocumentKind.values();

  private final Index index;
  private final TextColumn ids;
  private final TextColumn scans;
  private final boolean[] scanned;

  private DocumentColumns(Arrivals.Sorted sorted, Index index) {
    this.index = index;
    this.ids = sorted.ids;
    this.scans = sorted.scans;
    this.scanned = sorted.scanned;
  }

  @Override
  public CadreDocument get(int i) {
    java.util.Objects.checkIndex(i, scanned.length);
    return record(ids.get(i), index.cadres.id(index.documentCadre[i]), index.documentKind[i], index.documentFrom[i],
        scanned[i] ? scans.get(i) : null);
  }

  private static CadreDocument record(String id, String cadre, byte kind, int signed, String scan) {
    return CadreDocument.builder()
        .id(DocumentId.of(id))
        .cadre(CadreId.of(cadre))
        .kind(KINDS[kind])
        .signedOn(LocalDate.ofEpochDay(signed))
        .scanSha256(Optional.ofNullable(scan))
        .build();
  }

  @Override
  public int size() {
    return scanned.length;
  }

  /** Documents as they are added to a builder, as columns. Not thread-safe. */
  static final class Arrivals extends ColumnArrivals<CadreDocument, Arrivals> {
    private int size;
    private TextColumn.Arrivals ids = new TextColumn.Arrivals();
    private TextColumn.Arrivals scans = new TextColumn.Arrivals();
    private TextColumn.Arrivals cadre = new TextColumn.Arrivals();
    private byte[] kind = new byte[0];
    private int[] signed = new int[0];
    private int[] through = new int[0];
    private boolean[] scanned = new boolean[0];

    @Override
    void add(CadreDocument d) {
      ensure(size + 1);
      int i = size++;
      ids.add(d.id().value());
      scans.add(d.scanSha256().orElse(""));
      cadre.add(d.cadre().value());
      kind[i] = (byte) d.kind().ordinal();
      signed[i] = Index.day(d.signedOn());
      through[i] = Index.day(d.validThrough());
      scanned[i] = d.scanSha256().isPresent();
    }

    @Override
    void adopt(Arrivals other) {
      size = other.size;
      ids = other.ids;
      scans = other.scans;
      cadre = other.cadre;
      kind = other.kind;
      signed = other.signed;
      through = other.through;
      scanned = other.scanned;
    }

    @Override
    Arrivals empty() {
      return new Arrivals();
    }

    @Override
    int capacity() {
      return signed.length;
    }

    @Override
    List<TextColumn.Arrivals> texts() {
      return List.of(ids, scans, cadre);
    }

    @Override
    void resize(int capacity) {
      kind = Arrays.copyOf(kind, capacity);
      signed = Arrays.copyOf(signed, capacity);
      through = Arrays.copyOf(through, capacity);
      scanned = Arrays.copyOf(scanned, capacity);
    }

    @Override
    int size() {
      return size;
    }

    /** @return the {@code i}-th document added, made again */
    @Override
    CadreDocument get(int i) {
      java.util.Objects.checkIndex(i, size);
      return record(ids.get(i), cadre.get(i), kind[i], signed[i], scanned[i] ? scans.get(i) : null);
    }

    /**
     * @return the columns in id order
     * @throws InvalidRecordException if two documents have one id
     */
    Sorted sorted() {
      int[] order = IdOrder.of(ids, "CadreDocument");
      if (order == null) {
        trim(); // shared with the data set as they are
      }
      return new Sorted(ids.column(order), scans.column(order), IdOrder.take(scanned, order),
          new Index.Documents(cadre.column(order), IdOrder.take(kind, order), IdOrder.take(signed, order),
              IdOrder.take(through, order)));
    }

    /** The columns in id order: what the index takes, and what the data set keeps beside it. */
    record Sorted(TextColumn ids, TextColumn scans, boolean[] scanned, Index.Documents facts) {

      /** @param index the index built from {@link #facts()} */
      DocumentColumns columns(Index index) {
        if (scanned.length != index.documentKind.length) {
          throw new IllegalArgumentException(scanned.length + " documents for an index of " + index.documentKind.length);
        }
        return new DocumentColumns(this, index);
      }
    }
  }
}
