package com.salaryatlas.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.unbescape.html.HtmlEscape;

/**
 * A fragment rendered per request from a view of records, whose markup, once the values are taken out, depends only on
 * the view's shape: which parts are there and how many rows each list has. Thymeleaf renders it once per shape with a
 * slot where each value goes, and the result is kept; a request takes its values out of its view and fills the slots.
 * The calculator's result panel is a hundred-odd attribute processors a request, most of a result page's CPU, and
 * has a few dozen shapes.
 *
 * <p>So that filling gives the bytes a render would, a view holds, as leaves, {@link Text} (printed as it is, with
 * th:utext), Strings (escaped where they are printed: th:text or an attribute), and numbers, booleans and enums, which
 * count as shape and are printed as they are; anything else is refused. The template may test whether a value is there
 * ({@code th:if}, {@code th:each}), never what it is: a slot stands in for it. (A String Thymeleaf reads as false,
 * "false", "off" or "no", counts as shape too, so a test of it goes as it would.)
 */
public final class SlottedFragments {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private final ThymeleafRenderer renderer;
    /** Kept renders by shape: the fragment, the variable, and the view's shape written out (see {@link #walk}). */
    private final Budgeted<String, Skeleton> kept;
    /** Numbers the record classes met, so a shape names a class in a few characters. */
    private final AtomicInteger recordTypes = new AtomicInteger();
    private final ClassValue<RecordType> records = new ClassValue<>() {
        @Override
        protected RecordType computeValue(Class<?> type) {
            return RecordType.of(type, recordTypes.incrementAndGet());
        }
    };

    public SlottedFragments(ThymeleafRenderer renderer, int maxEntries) {
        this.renderer = renderer;
        this.kept = Budgeted.ofEntries(maxEntries);
    }

    /** The fragment ("calculator/result :: result") rendered with {@code view} as the variable {@code name}. */
    public Text render(String templateAndSelector, String name, Record view) {
        List<String> values = new ArrayList<>(64);
        StringBuilder shape = new StringBuilder(256).append(templateAndSelector).append('\n').append(name).append('\n');
        walk(view, values, shape, false);
        String key = shape.toString();
        Skeleton skeleton = kept.get(key);
        if (skeleton == null) {
            // Rendered outside any lock: two first requests for one shape may both render it, which is harmless.
            Object slotted = walk(view, new ArrayList<>(), new StringBuilder(), true);
            skeleton = Skeleton.of(renderer.fragment(templateAndSelector, Map.of(name, slotted)));
            kept.put(key, skeleton);
        }
        return Text.markup(skeleton.fill(values));
    }

    /** The shapes kept now: for tests. */
    int size() {
        return kept.size();
    }

    /**
     * Takes {@code value} apart: each leaf's markup goes to {@code values} and its shape to {@code shape}, in one order
     * for both; with {@code slotted}, it also returns the value with a slot in place of each leaf (else null). A
     * request needs only the values and the shape; the slotted view is made only to render a shape not kept yet.
     */
    private Object walk(Object value, List<String> values, StringBuilder shape, boolean slotted) {
        if (value == null) {
            shape.append('0');
            return null;
        }
        if (value instanceof Text text) {
            shape.append('T');
            return Text.markup(leaf(text.toString(), values, slotted));
        }
        if (value instanceof String string) {
            if (readAsFalse(string)) {
                shape.append('F').append(string).append('\0');
                return string;
            }
            shape.append('S');
            return leaf(HtmlEscape.escapeHtml4Xml(string), values, slotted);
        }
        if (value instanceof List<?> list) {
            shape.append('[');
            List<Object> items = slotted ? new ArrayList<>(list.size()) : null;
            for (Object item : list) {
                Object walked = walk(item, values, shape, slotted);
                if (slotted) {
                    items.add(walked);
                }
            }
            shape.append(']');
            return items;
        }
        if (value instanceof Record record) {
            RecordType type = records.get(record.getClass());
            shape.append('(').append(type.id);
            Object[] components = slotted ? new Object[type.accessors.length] : null;
            for (int i = 0; i < type.accessors.length; i++) {
                Object walked = walk(type.read(record, i), values, shape, slotted);
                if (slotted) {
                    components[i] = walked;
                }
            }
            shape.append(')');
            return slotted ? type.make(components) : null;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            // Printed or tested as it is: part of the shape.
            shape.append('V').append(value).append('\0');
            return value;
        }
        throw new IllegalArgumentException("a slotted view holds records, lists, Text, Strings, numbers, booleans and "
                + "enums, not " + value.getClass());
    }

    private static boolean readAsFalse(String string) {
        return string.length() <= 5 && (string.equalsIgnoreCase("false") || string.equalsIgnoreCase("off")
                || string.equalsIgnoreCase("no"));
    }

    /** Takes a leaf's markup; with {@code slotted}, returns the slot that stands in for it. */
    private static String leaf(String markup, List<String> values, boolean slotted) {
        values.add(markup);
        return slotted ? OPEN + Integer.toString(values.size() - 1) + CLOSE : null;
    }

    /** A record class's accessors and canonical constructor, looked up once. */
    private record RecordType(int id, Method[] accessors, Constructor<?> constructor) {

        static RecordType of(Class<?> type, int id) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                Method[] accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
                for (Method accessor : accessors) {
                    accessor.setAccessible(true);
                }
                return new RecordType(id, accessors, constructor);
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
