package org.solarpm.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A JasperReports data source over a collection of Java records: a field {@code foo} reads the
 * record component {@code foo()}. JasperReports' own bean data source goes through
 * commons-beanutils, which only knows {@code getFoo()}, so it cannot read records.
 *
 * <p>Non-record rows work too: {@code foo()}, {@code getFoo()} or {@code isFoo()}, public,
 * without arguments. The field {@code _THIS} is the row itself (e.g. a {@code byte[]} photo).
 * An unknown field name fails the fill with a {@link JRException} naming the row type, so a
 * typo in a template shows up in the first test rather than as a blank column.
 *
 * <p>Not thread-safe (a data source is consumed by one fill); accessors are cached per class.
 */
public final class RecordDataSource implements JRRewindableDataSource {

    /** Name of the field that returns the whole row, as in JasperReports' bean data sources. */
    public static final String THIS_FIELD = "_THIS";

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return accessorsOf(type);
        }
    };

    private final Collection<?> rows;
    private Iterator<?> iterator;
    private Object current;

    public RecordDataSource(Collection<?> rows) {
        this.rows = rows == null ? List.of() : rows;
        this.iterator = this.rows.iterator();
    }

    @Override
    public boolean next() {
        if (!iterator.hasNext()) {
            current = null;
            return false;
        }
        current = Objects.requireNonNull(iterator.next(), "a report row is null");
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        String name = field.getName();
        if (THIS_FIELD.equals(name)) {
            return current;
        }
        Method accessor = ACCESSORS.get(current.getClass()).get(name);
        if (accessor == null) {
            throw new JRException("report field '" + name + "' has no accessor in row type "
                    + current.getClass().getName());
        }
        try {
            return accessor.invoke(current);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("cannot read '" + name + "' of " + current.getClass().getName(), e);
        }
    }

    @Override
    public void moveFirst() {
        iterator = rows.iterator();
        current = null;
    }

    private static Map<String, Method> accessorsOf(Class<?> type) {
        Map<String, Method> accessors = new HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), accessible(component.getAccessor()));
            }
            return Map.copyOf(accessors);
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            accessors.putIfAbsent(name, accessible(method));
            String property = propertyName(name, method.getReturnType());
            if (property != null) {
                accessors.put(property, accessible(method));
            }
        }
        return Map.copyOf(accessors);
    }

    private static String propertyName(String methodName, Class<?> returnType) {
        String suffix;
        if (methodName.startsWith("get") && methodName.length() > 3) {
            suffix = methodName.substring(3);
        } else if (methodName.startsWith("is") && methodName.length() > 2
                && (returnType == boolean.class || returnType == Boolean.class)) {
            suffix = methodName.substring(2);
        } else {
            return null;
        }
        return Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1);
    }

    /** Rows may be records nested in a non-public class of the caller. */
    private static Method accessible(Method method) {
        method.trySetAccessible();
        return method;
    }
}
