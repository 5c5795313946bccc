package dev.responsibility.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reads run at once: results in the order asked, failures and interrupts stop the rest. */
class FileReadsTest {

  @Test
  void resultsComeInTheOrderOfTheReadsWhateverOrderTheyFinishIn() {
    // The smallest is started last and finishes first; the first asked finishes last.
    List<FileReads.Read<String>> reads = List.of(
        new FileReads.Read<>(() -> after(150, "a"), 30),
        new FileReads.Read<>(() -> after(50, "b"), 20),
        new FileReads.Read<>(() -> "c", 10));

    assertThat(FileReads.run(reads, 3)).containsExactly("a", "b", "c");
    assertThat(FileReads.run(reads, 1)).containsExactly("a", "b", "c");
  }

  @Test
  void theFirstFailureEndsTheReadAndStopsTheOthers() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean stopped = new AtomicBoolean();
    List<FileReads.Read<String>> reads = List.of(
        new FileReads.Read<>(() -> {
          started.countDown();
          try {
            Thread.sleep(60_000);
            return "slow";
          } catch (InterruptedException e) {
            stopped.set(true);
            throw e;
          }
        }, 100),
        new FileReads.Read<>(() -> {
          started.await();
          throw new IllegalArgumentException("file two is broken");
        }, 10));

    long start = System.nanoTime();
    assertThatThrownBy(() -> FileReads.run(reads, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("file two is broken");

    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(30);
    assertThat(stopped).isTrue();
  }

  @Test
  void anInterruptedCallerGetsACancellationAndKeepsItsInterrupt() throws InterruptedException {
    CountDownLatch started = new CountDownLatch(2);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicBoolean interruptKept = new AtomicBoolean();
    List<FileReads.Read<String>> reads = List.of(
        new FileReads.Read<>(() -> blockUntilInterrupted(started), 2),
        new FileReads.Read<>(() -> blockUntilInterrupted(started), 1));
    Thread caller = new Thread(() -> {
      try {
        FileReads.run(reads, 2);
      } catch (RuntimeException e) {
        thrown.set(e);
        interruptKept.set(Thread.currentThread().isInterrupted());
      }
    });

    caller.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(20_000);

    assertThat(caller.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(CancellationException.class).hasMessage("the read was interrupted");
    assertThat(interruptKept).isTrue();
  }

  private static String after(long millis, String value) throws InterruptedException {
    Thread.sleep(millis);
    return value;
  }

  private static String blockUntilInterrupted(CountDownLatch started) throws InterruptedException {
    started.countDown();
    Thread.sleep(60_000);
    return "never";
  }
}
