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

    /** Each record class's name in UTF-8, as a string value is keyed: encoded once, not once per record. */
    private static final ClassValue<byte[]> NAMES = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            return type.getName().getBytes(StandardCharsets.UTF_8);
        }
    };

    private final Checksum castagnoli = new CRC32C();
    private final Checksum ieee = new CRC32();
    /** Small writes gather here and reach the checksums in blocks: one update per tag or number is slow. */
    private final ByteBuffer buffer = ByteBuffer.allocate(1024);

    private CacheKey() {
    }

    /** The key of these values, in this order: 16 hex digits, the two checksums' 32 bits each. */
    public static String of(Object... values) {
        CacheKey key = new CacheKey();
        for (Object value : values) {
            key.add(value);
        }
        key.flush();
        return HexFormat.of().toHexDigits(key.castagnoli.getValue() << 32 | key.ieee.getValue());
    }

    private void add(Object value) {
        if (value == null) {
            tag('N');
        } else if (value instanceof String s) {
            bytes('S', s.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof byte[] b) {
            bytes('Y', b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            tag('L');
            number(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (value instanceof Enum<?> e) {
            bytes('U', e.name().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Path p) {
            bytes('P', p.toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof int[] ints) {
            tag('I');
            number(ints.length);
            for (int n : ints) {
                room(Integer.BYTES);
                buffer.putInt(n);
            }
        } else if (value instanceof Keyed keyed) {
            bytes('K', keyed.key().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Record record) {
            tag('R');
            bytes('S', NAMES.get(record.getClass()));
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
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + record.getClass().getName(), e);
        }
    }

    private void tag(char tag) {
        room(1);
        buffer.put((byte) tag);
    }

    private void number(long n) {
        room(Long.BYTES);
        buffer.putLong(n);
    }

    private void bytes(char tag, byte[] bytes) {
        tag(tag);
        number(bytes.length);
        if (bytes.length > buffer.remaining()) {
            flush();
            update(bytes, bytes.length);
        } else {
            buffer.put(bytes);
        }
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() {
        update(buffer.array(), buffer.position());
        buffer.clear();
    }

    private void update(byte[] bytes, int length) {
        castagnoli.update(bytes, 0, length);
        ieee.update(bytes, 0, length);
    }
}
