package org.callsheet.logic.csv.imports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import org.callsheet.logic.csv.CsvRow;

/**
 * Reads and converts the chunks of an import on a thread of its own, at most {@value #AHEAD} chunks
 * ahead of the thread that writes them: conversion overlaps the database's work, and memory stays
 * flat. A failure reading or converting surfaces in the writing thread, from {@link #next()};
 * {@link #close()} stops the reader, so a cancelled or failed import leaves no thread behind.
 */
final class ConvertAhead<A> implements AutoCloseable {
    static final int AHEAD = 2;

    /** One converted chunk and how many rows it had. */
    record Chunk<A>(int rows, ChunkPass.Converted<A> converted) {
    }

    private record Failure(RuntimeException error) {
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private boolean ended;

    ConvertAhead(Iterator<CsvRow> rows, int chunkRows, ChunkPass<A> pass) {
        reader = Thread.ofPlatform().name("import-convert").daemon().unstarted(() -> read(rows, chunkRows, pass));
        reader.start();
    }

    private void read(Iterator<CsvRow> rows, int chunkRows, ChunkPass<A> pass) {
        try {
            try {
                List<CsvRow> chunk = new ArrayList<>(chunkRows);
                while (!closed && rows.hasNext()) {
                    chunk.add(rows.next());
                    if (chunk.size() == chunkRows || !rows.hasNext()) {
                        queue.put(new Chunk<>(chunk.size(), pass.convert(chunk)));
                        chunk = new ArrayList<>(chunkRows);
                    }
                }
                queue.put(END);
            } catch (RuntimeException e) {
                queue.put(new Failure(e));
            } catch (Error e) {
                queue.put(new Failure(new IllegalStateException("converting the file failed", e)));
            }
        } catch (InterruptedException stopped) {
            // close() stops the reader; nobody waits for what it was handing over
        }
    }

    /** The next converted chunk in file order, or null after the last. */
    @SuppressWarnings("unchecked")
    Chunk<A> next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import was interrupted");
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof Failure failure) {
            ended = true;
            throw failure.error();
        }
        return (Chunk<A>) item;
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        queue.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
