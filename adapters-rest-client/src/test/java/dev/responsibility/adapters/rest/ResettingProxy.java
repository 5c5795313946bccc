package dev.responsibility.adapters.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A TCP proxy on 127.0.0.1 in front of the fake platform that resets connections for real (an
 * RST, by closing with {@code SO_LINGER} 0), chosen per connection: before the request reaches
 * the platform, or after the platform has answered (the write applied, the reply lost).
 */
final class ResettingProxy implements AutoCloseable {

  /** What happens to one connection. */
  enum Mode {
    /** Relay both ways. */
    PASS,
    /** Reset as soon as the request starts arriving: the platform never sees it. */
    RESET_BEFORE_FORWARDING,
    /** Relay the request, then reset instead of relaying the answer. */
    RESET_AFTER_REPLY_STARTS
  }

  private final ServerSocket server;
  private final InetSocketAddress upstream;
  private final Supplier<Mode> modes;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "resetting-proxy");
    t.setDaemon(true);
    return t;
  });

  ResettingProxy(URI upstream, Supplier<Mode> modes) throws IOException {
    this.upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), upstream.getPort());
    this.modes = modes;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        client.setTcpNoDelay(true);
        Mode mode = modes.get();
        threads.execute(() -> serve(client, mode));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client, Mode mode) {
    try {
      if (mode == Mode.RESET_BEFORE_FORWARDING) {
        client.getInputStream().read();
        reset(client);
        return;
      }
      Socket platform = new Socket(upstream.getAddress(), upstream.getPort());
      platform.setTcpNoDelay(true);
      threads.execute(() -> pump(client, platform, false));
      pump(platform, client, mode == Mode.RESET_AFTER_REPLY_STARTS);
    } catch (IOException e) {
      closeQuietly(client);
    }
  }

  /** Copies from → to; with {@code resetOnData}, resets {@code to} at the first bytes instead. */
  private void pump(Socket from, Socket to, boolean resetOnData) {
    byte[] buffer = new byte[8192];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        if (resetOnData) {
          reset(to);
          return;
        }
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException e) {
      // One side went away: take the other down too.
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void reset(Socket s) throws IOException {
    s.setSoLinger(true, 0);
    s.close();
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already gone
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
