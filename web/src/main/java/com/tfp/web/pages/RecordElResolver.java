package com.tfp.web.pages;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets the pages read Java records the way Expression Language reads beans: {@code #{outcome.evaluation.decision}}
 * calls {@code evaluation()} then {@code decision()}. The SPI and the platform speak in records (descriptors, facts
 * schemas, findings, steps); with this the pages show them as they are instead of copying them into view beans. EL 6
 * (Jakarta EE 11) has this built in; Liberty's faces-4.0 runs EL 5. Read-only.
 */
public class RecordElResolver extends ELResolver {

  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> accessors = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) accessors.put(c.getName(), c.getAccessor());
      return Map.copyOf(accessors);
    }
  };

  private static Method accessor(Object base, Object property) {
    if (base == null || !base.getClass().isRecord() || !(property instanceof String name)) return null;
    return ACCESSORS.get(base.getClass()).get(name);
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method m = accessor(base, property);
    if (m == null) return null;
    context.setPropertyResolved(base, property);
    try {
      if (!m.canAccess(base)) m.setAccessible(true);
      return m.invoke(base);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + property + " of " + base.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("reading " + property + " of " + base.getClass().getName() + " failed", e.getCause());
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) context.setPropertyResolved(base, property);
    return null; // read-only (EL 5: a read-only property has no type to set)
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new jakarta.el.PropertyNotWritableException(property + " of a record cannot be set");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) != null) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }
}
