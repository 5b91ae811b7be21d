package org.callsheet.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.callsheet.logic.classification.rules.ValueQuadrant;
import org.callsheet.model.CustomerStatus;

/**
 * The bytes of one snapshot set: a version, the status and quadrant names in the order their
 * codes refer to (so reordering an enum never misreads an old set), the number of entries, then
 * per customer (ascending id) the id's distance from the previous one, one byte for status and
 * quadrant, and the 12-month revenue in cents (zig-zag, since returns can make it negative), the
 * numbers as variable-length integers. About 5–7 bytes per customer.
 */
final class SnapshotCodec {
    private static final int VERSION = 1;

    private SnapshotCodec() {
    }

    static byte[] encode(SnapshotSet set) {
        Out out = new Out(64 + set.size() * 7);
        out.varLong(VERSION);
        names(out, CustomerStatus.values());
        names(out, ValueQuadrant.values());
        out.varLong(set.size());
        long previous = 0;
        for (int k = 0; k < set.size(); k++) {
            out.varLong(set.ids()[k] - previous);
            previous = set.ids()[k];
            out.write(set.statuses()[k].ordinal() << 4 | set.quadrants()[k].ordinal());
            long cents = set.revenueCents()[k];
            out.varLong((cents << 1) ^ (cents >> 63));
        }
        return out.bytes();
    }

    static SnapshotSet decode(byte[] data) {
        In in = new In(data);
        int version = (int) in.varLong();
        if (version != VERSION) {
            throw new DatabaseException("unknown classification snapshot format " + version, null);
        }
        CustomerStatus[] statuses = Arrays.stream(in.names()).map(CustomerStatus::valueOf).toArray(CustomerStatus[]::new);
        ValueQuadrant[] quadrants = Arrays.stream(in.names()).map(ValueQuadrant::valueOf).toArray(ValueQuadrant[]::new);
        SnapshotSet set = new SnapshotSet((int) in.varLong());
        long id = 0;
        while (set.size() < set.capacity()) {
            id += in.varLong();
            int codes = in.read();
            long zigzag = in.varLong();
            set.add(id, statuses[codes >>> 4], quadrants[codes & 0xF], (zigzag >>> 1) ^ -(zigzag & 1));
        }
        return set;
    }

    private static void names(Out out, Enum<?>[] values) {
        out.varLong(values.length);
        for (Enum<?> value : values) {
            byte[] name = value.name().getBytes(StandardCharsets.UTF_8);
            out.varLong(name.length);
            for (byte b : name) {
                out.write(b);
            }
        }
    }

    private static final class Out {
        private byte[] buffer;
        private int size;

        Out(int capacity) {
            buffer = new byte[capacity];
        }

        void write(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = (byte) b;
        }

        void varLong(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                write((int) (v & 0x7F) | 0x80);
                v >>>= 7;
            }
            write((int) v);
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, size);
        }
    }

    private static final class In {
        private final byte[] data;
        private int position;

        In(byte[] data) {
            this.data = data;
        }

        int read() {
            if (position == data.length) {
                throw new DatabaseException("classification snapshot cut short", null);
            }
            return data[position++] & 0xFF;
        }

        long varLong() {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = read();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
            throw new DatabaseException("malformed classification snapshot", null);
        }

        String[] names() {
            String[] out = new String[(int) varLong()];
            for (int k = 0; k < out.length; k++) {
                byte[] name = new byte[(int) varLong()];
                for (int j = 0; j < name.length; j++) {
                    name[j] = (byte) read();
                }
                out[k] = new String(name, StandardCharsets.UTF_8);
            }
            return out;
        }
    }
}
