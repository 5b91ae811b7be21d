package org.callsheet.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.time.Duration;
import org.callsheet.logic.safety.StorageUnavailableException;
import org.callsheet.logic.safety.StorageUnavailableException.Reason;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.LoggerFactory;

/**
 * One window per database (ADR 25): the window listens on a loopback port and writes it, with a
 * random token, to {@code NAME.window.properties} beside the database. A second start on the same
 * database finds the file, asks the running window to come to the front, and ends; only a window
 * that answers with the token counts, so a stale file from a crash is simply replaced.
 */
final class WindowChannel implements AutoCloseable {
    static final String SUFFIX = ".window.properties";
    private static final int TIMEOUT_MS = 2_000;
    private static final String FRONT = "FRONT";
    private static final String OK = "OK";

    static final String LOCK_SUFFIX = ".window.lock";
    private static final long RETRY_MS = 50;

    private final ServerSocket server;
    private final Path file;
    private final String token;
    private final Runnable front;
    private final Optional<FileLock> claim;

    private WindowChannel(ServerSocket server, Path file, String token, Runnable front, Optional<FileLock> claim) {
        this.server = server;
        this.file = file;
        this.token = token;
        this.front = front;
        this.claim = claim;
    }

    static Path fileFor(Path databaseWithoutSuffix) {
        Path absolute = databaseWithoutSuffix.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /**
     * Asks the window already open on {@code database} to come to the front; true when one
     * answered (this start then has nothing more to do).
     */
    static boolean handOver(Path database) {
        Optional<Properties> channel = read(fileFor(database));
        if (channel.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            int port = Integer.parseInt(channel.get().getProperty("port", "0"));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(channel.get().getProperty("token", "") + "\n" + FRONT + "\n"
                    + database.toAbsolutePath() + "\n");
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return OK.equals(answer);
        } catch (IOException | IllegalArgumentException noWindow) {
            // a file left by a window that crashed: this start becomes the window
            return false;
        }
    }

    /**
     * Becomes the window of {@code database}, or hands this start over to the window that is: empty
     * when a window answered. Two starts at the same instant both find no window; a lock beside the
     * database (held by the window's process while it runs, released by the system when it ends)
     * lets only one of them become the window, and the other hands over as soon as that one
     * listens. When neither happens within {@code wait} (the other start is stuck, or another
     * program holds the lock), the database counts as in use.
     *
     * @throws StorageUnavailableException {@code IN_USE} when no window answered and none could start
     */
    static Optional<WindowChannel> claimOrHandOver(Path database, Runnable front, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            if (handOver(database)) {
                return Optional.empty();
            }
            Optional<FileLock> claim = tryClaim(database);
            if (claim.isPresent()) {
                return Optional.of(listen(database, front, claim));
            }
            if (System.nanoTime() > deadline) {
                throw new StorageUnavailableException(Reason.IN_USE, database.toAbsolutePath() + ".mv.db", null);
            }
            try {
                Thread.sleep(RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageUnavailableException(Reason.IN_USE, database.toAbsolutePath() + ".mv.db", e);
            }
        }
    }

    /** The lock that makes one start the window; empty while another process holds it. */
    private static Optional<FileLock> tryClaim(Path database) {
        Path absolute = database.toAbsolutePath();
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + LOCK_SUFFIX);
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(lock);
        } catch (OverlappingFileLockException heldHere) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LoggerFactory.getLogger(WindowChannel.class).warn("The window lock could not be closed", e);
            }
        }
    }

    /** Starts listening for later starts on {@code database}; {@code front} brings this window forward. */
    static WindowChannel listen(Path database, Runnable front) {
        return listen(database, front, Optional.empty());
    }

    private static WindowChannel listen(Path database, Runnable front, Optional<FileLock> claim) {
        try {
            ServerSocket server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            String token = UUID.randomUUID().toString();
            WindowChannel channel = new WindowChannel(server, fileFor(database), token, front, claim);
            channel.write(server.getLocalPort());
            Thread.ofPlatform().daemon().name("window-channel").start(channel::serve);
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(int port) throws IOException {
        Files.createDirectories(file.getParent());
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("token", token);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            properties.store(out, "Callsheet: the window open on this database (loopback only)");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Optional<Properties> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(properties);
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                        StandardCharsets.UTF_8));
                boolean ours = token.equals(in.readLine()) && FRONT.equals(in.readLine());
                in.readLine();
                Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8);
                out.write((ours ? OK : "NO") + "\n");
                out.flush();
                if (ours) {
                    front.run();
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LoggerFactory.getLogger(WindowChannel.class).warn("A second start could not be answered", e);
                }
            }
        }
    }

    /** Stops listening and removes the file (only if it is still this window's). */
    @Override
    public void close() {
        try {
            server.close();
            Optional<Properties> current = read(file);
            if (current.isPresent() && token.equals(current.get().getProperty("token"))) {
                Files.deleteIfExists(file);
            }
            if (claim.isPresent()) {
                // the lock file stays: deleting it would let a start that just opened it lock a
                // file no one else sees
                claim.get().channel().close();
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(WindowChannel.class).warn("The window channel could not be closed", e);
        }
    }
}
