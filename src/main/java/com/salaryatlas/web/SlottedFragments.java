package com.salaryatlas.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.unbescape.html.HtmlEscape;

/**
 * A fragment rendered per request from a view of records, whose markup, once the values are taken out, depends only on
 * the view's shape: which parts are there and how many rows each list has. Thymeleaf renders it once per shape with a
 * slot where each value goes, and the result is kept; a request takes its values out of its view and fills the slots.
 * The calculator's result panel is a hundred-odd attribute processors a request, most of a result page's CPU, and
 * has a few dozen shapes.
 *
 * <p>So that filling gives the bytes a render would, a view holds, as leaves, {@link Text} (printed as it is, with
 * th:utext), Strings (escaped where they are printed: th:text or an attribute), and other values (numbers, booleans),
 * which count as shape. The template may test whether a value is there ({@code th:if}, {@code th:each}), never what it
 * is: a slot stands in for it.
 */
public final class SlottedFragments {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    /** Strings Thymeleaf's th:if reads as false: kept in the shape as they are, so a test of them goes as it would. */
    private static final Set<String> READ_AS_FALSE = Set.of("false", "off", "no");

    private final ThymeleafRenderer renderer;
    private final int maxEntries;
    private final Map<Key, Skeleton> kept = new ConcurrentHashMap<>();
    private final ClassValue<RecordType> records = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            return RecordType.of(type);
        }
    };

    public SlottedFragments(ThymeleafRenderer renderer, int maxEntries) {
        this.renderer = renderer;
        this.maxEntries = maxEntries;
    }

    /** The fragment ("calculator/result :: result") rendered with {@code view} as the variable {@code name}. */
    public Text render(String templateAndSelector, String name, Record view) {
        List<String> values = new ArrayList<>();
        Key key = new Key(templateAndSelector, name, slotted(view, values));
        Skeleton skeleton = kept.get(key);
        if (skeleton == null) {
            // Rendered outside any lock: two first requests for one shape may both render it, which is harmless.
            skeleton = Skeleton.of(renderer.fragment(templateAndSelector, Map.of(name, key.view())));
            kept.put(key, skeleton);
            while (kept.size() > maxEntries) {
                kept.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().lastUsed))
                        .ifPresent(eldest -> kept.remove(eldest.getKey(), eldest.getValue()));
            }
        }
        return Text.markup(skeleton.fill(values));
    }

    /** The shapes kept now: for tests. */
    int size() {
        return kept.size();
    }

    private record Key(String templateAndSelector, String name, Object view) {
    }

    /** {@code value} with a slot in place of each leaf value, whose markup goes to {@code values}. */
    private Object slotted(Object value, List<String> values) {
        if (value == null) {
            return null;
        }
        if (value instanceof Text text) {
            return Text.markup(slot(text.toString(), values));
        }
        if (value instanceof String string) {
            return READ_AS_FALSE.contains(string.toLowerCase(Locale.ROOT)) ? string
                    : slot(HtmlEscape.escapeHtml4Xml(string), values);
        }
        if (value instanceof List<?> list) {
            List<Object> slotted = new ArrayList<>(list.size());
            for (Object item : list) {
                slotted.add(slotted(item, values));
            }
            return slotted;
        }
        if (value instanceof Record record) {
            RecordType type = records.get(record.getClass());
            Object[] components = new Object[type.accessors.length];
            for (int i = 0; i < components.length; i++) {
                components[i] = slotted(type.read(record, i), values);
            }
            return type.make(components);
        }
        return value;
    }

    private static String slot(String markup, List<String> values) {
        values.add(markup);
        return OPEN + Integer.toString(values.size() - 1) + CLOSE;
    }

    /** A record class's accessors and canonical constructor, looked up once. */
    private record RecordType(Method[] accessors, Constructor<?> constructor) {

        static RecordType of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                Method[] accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
                for (Method accessor : accessors) {
                    accessor.setAccessible(true);
                }
                return new RecordType(accessors, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }

        Object read(Record record, int component) {
            try {
                return accessors[component].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessors[component], e);
            }
        }

        Object make(Object[] components) {
            try {
                return constructor.newInstance(components);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + constructor.getDeclaringClass(), e);
            }
        }
    }

    /** A kept render: its markup between the slots, and which value each slot takes. */
    private static final class Skeleton {
        private final String[] between;
        private final int[] slots;
        private volatile long lastUsed = System.nanoTime();

        private Skeleton(String[] between, int[] slots) {
            this.between = between;
            this.slots = slots;
        }

        static Skeleton of(String html) {
            List<String> between = new ArrayList<>();
            List<Integer> slots = new ArrayList<>();
            int from = 0;
            for (int open = html.indexOf(OPEN); open >= 0; open = html.indexOf(OPEN, from)) {
                int close = html.indexOf(CLOSE, open);
                between.add(html.substring(from, open));
                slots.add(Integer.parseInt(html, open + 1, close, 10));
                from = close + 1;
            }
            between.add(html.substring(from));
            return new Skeleton(between.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
        }

        String fill(List<String> values) {
            lastUsed = System.nanoTime();
            int size = 0;
            for (String part : between) {
                size += part.length();
            }
            for (int slot : slots) {
                size += values.get(slot).length();
            }
            StringBuilder html = new StringBuilder(size);
            for (int i = 0; i < slots.length; i++) {
                html.append(between[i]).append(values.get(slots[i]));
            }
            return html.append(between[slots.length]).toString();
        }
    }
}
