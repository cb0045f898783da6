package com.salaryatlas.web;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;

/**
 * Lets templates read record components ({@code ${article.title}}) and public final fields ({@code ${form.role}})
 * through accessors looked up once per class.
 * OGNL's default path re-resolves the method, parsing generic signatures, on every single read; on the
 * calculator page that was most of the rendering time.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private final ClassValue<Map<String, Method>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> byName = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    byName.put(component.getName(), accessor);
                }
            }
            return byName;
        }
    };

    private final ClassValue<Map<String, Field>> fields = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> byName = new HashMap<>();
            for (Field field : type.getFields()) {
                if (Modifier.isFinal(field.getModifiers()) && !Modifier.isStatic(field.getModifiers())) {
                    byName.put(field.getName(), field);
                }
            }
            return byName;
        }
    };

    /** The accessor of a record's component, or null when {@code type} has no component of that name. */
    Method accessor(Class<?> type, String component) {
        return accessors.get(type).get(component);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (name instanceof String property) {
            Method accessor = accessors.get(target.getClass()).get(property);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new OgnlException("cannot read " + property, e);
                }
            }
            Field field = fields.get(target.getClass()).get(property);
            if (field != null) {
                try {
                    return field.get(target);
                } catch (IllegalAccessException e) {
                    throw new OgnlException("cannot read " + property, e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }
}
