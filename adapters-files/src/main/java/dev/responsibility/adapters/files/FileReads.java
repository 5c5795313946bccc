package dev.responsibility.adapters.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the files of one data set at once, on threads that live as long as the read. A province's
 * files are read in seconds and each is independent until they are put together, so a pool owned
 * by the read is simpler and safer than borrowing the embedding application's.
 */
final class FileReads {

  /** How long a failed or interrupted read waits for its other files to stop. */
  private static final long STOP_WAIT_SECONDS = 10;

  private static final AtomicInteger POOLS = new AtomicInteger();

  /** The read of one file, with the file's size: the largest start first, so the longest does not start last. */
  record Read<T>(Callable<T> task, long size) {}

  private FileReads() {}

  /**
   * @param reads one per file
   * @param threads the most to run at once
   * @return the results in the order of {@code reads}
   * @throws CancellationException if the calling thread is interrupted; the interrupt is kept
   */
  static <T> List<T> run(List<Read<T>> reads, int threads) {
    if (threads <= 1 || reads.size() <= 1) {
      List<T> results = new ArrayList<>();
      reads.forEach(r -> results.add(call(r.task())));
      return results;
    }
    int pool = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, reads.size()), r -> {
      Thread t = new Thread(r, "responsibility-read-" + pool + "-" + thread.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ExecutorCompletionService<Indexed<T>> done = new ExecutorCompletionService<>(executor);
    List<Future<Indexed<T>>> futures = new ArrayList<>();
    boolean finished = false;
    try {
      List<Integer> bySize = new ArrayList<>();
      for (int i = 0; i < reads.size(); i++) {
        bySize.add(i);
      }
      bySize.sort(Comparator.comparingLong((Integer i) -> reads.get(i).size()).reversed());
      for (int i : bySize) {
        Callable<T> task = reads.get(i).task();
        futures.add(done.submit(() -> new Indexed<>(i, task.call())));
      }
      List<T> results = new ArrayList<>(reads.size());
      reads.forEach(r -> results.add(null));
      // In the order they finish, so that the first failure ends the read without waiting for the rest.
      for (int n = 0; n < reads.size(); n++) {
        Indexed<T> r = await(done.take());
        results.set(r.index(), r.value());
      }
      finished = true;
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException c = new CancellationException("the read was interrupted");
      c.initCause(e);
      throw c;
    } finally {
      if (!finished) {
        futures.forEach(f -> f.cancel(true));
      }
      executor.shutdownNow();
      if (!finished) {
        awaitStop(executor);
      }
    }
  }

  private record Indexed<T>(int index, T value) {}

  /** A failed read stops the others before it returns, so none keeps reading behind the caller. */
  private static void awaitStop(ExecutorService executor) {
    try {
      executor.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T await(Future<T> future) throws InterruptedException {
    try {
      return future.get();
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
