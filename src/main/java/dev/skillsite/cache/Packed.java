package dev.skillsite.cache;

import java.io.InvalidObjectException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Many small values (numbers and strings) as one byte array, the form a cache file holds a record with many
 * short strings in. Serialization writes each string with a header and a handle and reads it back a
 * character at a time; at 10,000 pages the topics cache holds a million such strings, and reading them was
 * most of reading the cache. Here a string is its length and its UTF-8 bytes, decoded in one call. Numbers
 * are 4-byte ints, big-endian; a run of them is copied in bulk, where serialization reads an int array one int
 * at a time. A null string has length -1.
 */
public final class Packed {
    private Packed() {
    }

    /** Values packed in the order they are given. */
    public static final class Writer {
        private byte[] bytes;
        private int size;

        public Writer() {
            this(256);
        }

        /** @param capacity how many bytes the values are expected to take */
        public Writer(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        public Writer number(int value) {
            room(Integer.BYTES);
            bytes[size++] = (byte) (value >>> 24);
            bytes[size++] = (byte) (value >>> 16);
            bytes[size++] = (byte) (value >>> 8);
            bytes[size++] = (byte) value;
            return this;
        }

        public Writer string(String value) {
            if (value == null) {
                return number(-1);
            }
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, size, utf8.length);
            size += utf8.length;
            return this;
        }

        /** The first {@code count} numbers of {@code values}, without their count. */
        public Writer numbers(int[] values, int count) {
            room(Integer.BYTES * count);
            ByteBuffer.wrap(bytes, size, Integer.BYTES * count).asIntBuffer().put(values, 0, count);
            size += Integer.BYTES * count;
            return this;
        }

        /** The count, then each string. */
        public Writer strings(List<String> values) {
            number(values.size());
            values.forEach(this::string);
            return this;
        }

        public byte[] bytes() {
            return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
            }
        }
    }

    /** Values read back in the order they were packed; one that is not there is an error of the cache file. */
    public static final class Reader {
        private final ByteBuffer bytes;

        public Reader(byte[] bytes) {
            this.bytes = ByteBuffer.wrap(bytes);
        }

        public int number() throws InvalidObjectException {
            try {
                return bytes.getInt();
            } catch (BufferUnderflowException e) {
                throw new InvalidObjectException("packed values end early");
            }
        }

        /** The next {@code count} numbers, as written by {@link Writer#numbers}. */
        public int[] numbers(int count) throws InvalidObjectException {
            if (count < 0 || Integer.BYTES * (long) count > bytes.remaining()) {
                throw new InvalidObjectException("packed values end early");
            }
            int[] values = new int[count];
            bytes.asIntBuffer().get(values);
            bytes.position(bytes.position() + Integer.BYTES * count);
            return values;
        }

        /** How many bytes are left to read. */
        public int remaining() {
            return bytes.remaining();
        }

        /** A number that counts something: at least 0. */
        public int count() throws InvalidObjectException {
            int count = number();
            if (count < 0) {
                throw new InvalidObjectException("a negative count");
            }
            return count;
        }

        public String string() throws InvalidObjectException {
            int length = number();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > bytes.remaining()) {
                throw new InvalidObjectException("a string longer than what is left");
            }
            String value = new String(bytes.array(), bytes.position(), length, StandardCharsets.UTF_8);
            bytes.position(bytes.position() + length);
            return value;
        }

        public List<String> strings() throws InvalidObjectException {
            int count = count();
            List<String> values = new ArrayList<>(Math.min(count, bytes.remaining()));
            for (int i = 0; i < count; i++) {
                values.add(string());
            }
            return values;
        }

        /** That every value was read: bytes left over mean the file holds something else. */
        public void end() throws InvalidObjectException {
            if (bytes.hasRemaining()) {
                throw new InvalidObjectException("packed values go on after the last");
            }
        }
    }
}
