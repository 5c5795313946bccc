package dev.responsibility.adapters.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Reads the files of one data set at once, on threads that live as long as the read. A province's
 * files are read in seconds and each is independent until they are put together, so a pool owned
 * by the read is simpler and safer than borrowing the embedding application's.
 */
final class FileReads {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private FileReads() {}

  /**
   * @param reads one per file
   * @param threads the most to run at once
   * @param sizes the size of each file, in the order of {@code reads}: the largest start first, so
   *     that the longest read does not start last
   * @return the results in the order of {@code reads}
   */
  static <T> List<T> run(List<Callable<T>> reads, int threads, List<Long> sizes) {
    if (threads <= 1 || reads.size() <= 1) {
      List<T> results = new ArrayList<>();
      reads.forEach(r -> results.add(call(r)));
      return results;
    }
    int pool = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, reads.size()), r -> {
      Thread t = new Thread(r, "responsibility-read-" + pool + "-" + thread.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>(reads.size());
      reads.forEach(r -> futures.add(null));
      IntStream.range(0, reads.size()).boxed()
          .sorted(Comparator.comparingLong((Integer i) -> sizes.get(i)).reversed())
          .forEach(i -> futures.set(i, executor.submit(reads.get(i))));
      List<T> results = new ArrayList<>(reads.size());
      for (Future<T> f : futures) {
        results.add(await(f));
      }
      return results;
    } finally {
      executor.shutdownNow();
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      // The read's own failure, as if it had run on the calling thread.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static <T> T call(Callable<T> read) {
    try {
      return read.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
