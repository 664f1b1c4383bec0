package dev.skillsite.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * The key a cached result is stored under: a checksum of everything the result was made from, so a result
 * is used again only when all of that is equal. Every stage's cache is keyed this way. A key guards against
 * accidents, not an adversary (whoever could plant a collision writes the skill), and a build keys every
 * page it writes, tens of megabytes at a thousand pages, on every build and every edit a preview makes.
 * So the key is two CRCs of the same bytes, CRC-32C and CRC-32, which the JDK computes with the processor's
 * own instructions under either compiler, fifty times faster than MD5: their polynomials have no common
 * factor, so together they miss a change only when it is a multiple of one fixed polynomial of degree 64
 * (never a change of 64 bits or fewer in a row, one random change in 2<sup>64</sup> otherwise). Every value
 * is written with its type and length, so no two different values share an encoding ({@code ["a,b"]} and
 * {@code ["a", "b"]} differ); records are walked component by component, sets and maps in a fixed order,
 * whatever order they iterate in; a {@link Keyed} value is its own key.
 */
public final class CacheKey {
    /** Each record class's component accessors, looked up once. */
    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    /** Each record class's name in UTF-8: encoded once, not once per record. */
    private static final ClassValue<byte[]> NAMES = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            return type.getName().getBytes(StandardCharsets.UTF_8);
        }
    };

    /** Each thread's key while it is not in use: a key is made for every page of every build, and its block is reused. */
    private static final ThreadLocal<CacheKey> SPARE = ThreadLocal.withInitial(CacheKey::new);
    private static final Object[] NO_ARGUMENTS = {};

    private final Checksum castagnoli = new CRC32C();
    private final Checksum ieee = new CRC32();
    /** Small writes gather here and reach the checksums in blocks: one update per tag or number is slow. */
    private final byte[] block = new byte[1024];
    private int position;
    private boolean inUse;

    private CacheKey() {
    }

    /** The key of these values, in this order: 16 hex digits, the two checksums' 32 bits each. */
    public static String of(Object... values) {
        CacheKey spare = SPARE.get();
        // A map's entries and a set's records are keyed one by one while their container's key is being made.
        CacheKey key = spare.inUse ? new CacheKey() : spare;
        key.inUse = true;
        try {
            for (Object value : values) {
                key.add(value);
            }
            key.flush();
            return HexFormat.of().toHexDigits(key.castagnoli.getValue() << 32 | key.ieee.getValue());
        } finally {
            key.castagnoli.reset();
            key.ieee.reset();
            key.position = 0;
            key.inUse = false;
        }
    }

    /**
     * Whether {@link #of} would make the same key of both lists, told without making either: their values are
     * equal as Java compares them, which is never looser than their keys (a record, list, set or map is equal
     * only when its members are), and a {@link Keyed} value's key is equal, which stands for all it holds (a
     * search index's shard would compare its every posting). Comparing is many times faster than keying: the
     * values are walked once, without reflection, encoding or checksums, and most of two builds' values are the
     * same objects or strings of equal bytes.
     */
    public static boolean same(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            boolean same = x instanceof Keyed keyedX && y instanceof Keyed keyedY ? keyedX.key().equals(keyedY.key()) : Objects.equals(x, y);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private void add(Object value) {
        if (value == null) {
            tag('N');
        } else if (value instanceof String s) {
            text('S', s);
        } else if (value instanceof byte[] b) {
            bytes('Y', b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            tag('L');
            number(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (value instanceof Enum<?> e) {
            text('U', e.name());
        } else if (value instanceof Path p) {
            text('P', p.toString().replace('\\', '/'));
        } else if (value instanceof int[] ints) {
            tag('I');
            number(ints.length);
            ints(ints);
        } else if (value instanceof Keyed keyed) {
            text('K', keyed.key());
        } else if (value instanceof Record record) {
            tag('R');
            bytes('C', NAMES.get(record.getClass()));
            for (Method accessor : COMPONENTS.get(record.getClass())) {
                add(component(record, accessor));
            }
        } else if (value instanceof List<?> list) {
            tag('A');
            number(list.size());
            list.forEach(this::add);
        } else if (value instanceof Set<?> set) {
            unordered('E', set);
        } else if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(of(k, v)));
            unordered('M', entries);
        } else {
            throw new IllegalArgumentException("no cache key for " + value.getClass().getName());
        }
    }

    /**
     * Members in a fixed order, since a set's iteration order is no part of its value: strings sorted
     * as they are, anything else by its own key.
     */
    private void unordered(char tag, Collection<?> members) {
        tag(tag);
        number(members.size());
        if (members.stream().allMatch(m -> m instanceof String)) {
            members.stream().map(String.class::cast).sorted().forEach(this::add);
        } else {
            members.stream().map(CacheKey::of).sorted().forEach(this::add);
        }
    }

    private static Object component(Record record, Method accessor) {
        try {
            return accessor.invoke(record, NO_ARGUMENTS);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private void tag(char tag) {
        room(1);
        block[position++] = (byte) tag;
    }

    private void number(long n) {
        room(Long.BYTES);
        for (int shift = 56; shift >= 0; shift -= 8) {
            block[position++] = (byte) (n >>> shift);
        }
    }

    /**
     * A string's length in chars, then its UTF-8 (a lone surrogate as {@code ?}, as Java encodes it). The JDK's
     * encoder makes an array of the bytes; a loop that wrote them straight into the block, tried, was slower for
     * short strings and several times slower for long ones.
     */
    private void text(char tag, String text) {
        tag(tag);
        number(text.length());
        whole(text.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(char tag, byte[] bytes) {
        tag(tag);
        number(bytes.length);
        whole(bytes);
    }

    /** Bytes as they are: through the block when they fit in what is left of it, else straight to the checksums. */
    private void whole(byte[] bytes) {
        if (bytes.length > block.length - position) {
            flush();
            update(bytes, bytes.length);
        } else {
            System.arraycopy(bytes, 0, block, position, bytes.length);
            position += bytes.length;
        }
    }

    /**
     * Each number's four bytes, high byte first, a run at a time into the block: a buffer's bulk copy is several
     * times faster than a loop of byte stores, and a search index's postings are millions of numbers.
     */
    private void ints(int[] ints) {
        for (int from = 0; from < ints.length; ) {
            room(Integer.BYTES);
            int run = Math.min(ints.length - from, (block.length - position) / Integer.BYTES);
            ByteBuffer.wrap(block, position, run * Integer.BYTES).asIntBuffer().put(ints, from, run);
            position += run * Integer.BYTES;
            from += run;
        }
    }

    private void room(int bytes) {
        if (block.length - position < bytes) {
            flush();
        }
    }

    private void flush() {
        update(block, position);
        position = 0;
    }

    private void update(byte[] bytes, int length) {
        castagnoli.update(bytes, 0, length);
        ieee.update(bytes, 0, length);
    }
}
