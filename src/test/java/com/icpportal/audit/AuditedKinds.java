package com.icpportal.audit;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import com.icpportal.shared.AuditedEvent;

/**
 * Every {@link AuditedEvent} of the product (src/main, not the tests) and the kinds and entities it
 * can produce. Each event is a record: it is built once for every combination of the values of its
 * enum components (a {@code Change} of ADDED, EDITED, DEACTIVATED gives three kinds) and of the
 * {@code scope} a throttle names, with plain values elsewhere, and asked for its kind and entity.
 */
final class AuditedKinds {

    private static final String BASE_PACKAGE = "com.icpportal";
    /** String components that choose the entity: {@link com.icpportal.account.LoginThrottled#scope()}. */
    private static final Map<String, List<String>> CHOICES = Map.of("scope", List.of("ACCOUNT", "ADDRESS"));

    private AuditedKinds() {}

    /** What one event class produces. */
    record Produced(Set<String> kinds, Set<String> entities) {}

    /** The product's audited event classes by name, each with the kinds and entities it produces. */
    static Map<String, Produced> ofProduct() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AuditedEvent.class));
        Map<String, Produced> produced = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type =
                    ClassUtils.resolveClassName(candidate.getBeanClassName(), AuditedKinds.class.getClassLoader());
            if (!fromMain(type)) {
                continue;
            }
            produced.put(type.getName(), produce(type));
        }
        return produced;
    }

    static Set<String> allKinds() {
        Set<String> kinds = new TreeSet<>();
        ofProduct().values().forEach(produced -> kinds.addAll(produced.kinds()));
        return kinds;
    }

    static Set<String> allEntities() {
        Set<String> entities = new TreeSet<>();
        ofProduct().values().forEach(produced -> entities.addAll(produced.entities()));
        return entities;
    }

    /** Classes compiled from src/main (target/classes), not the tests' own events. */
    private static boolean fromMain(Class<?> type) {
        try {
            Path location = Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
            return !location.endsWith("test-classes");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Produced produce(Class<?> type) {
        if (!type.isRecord()) {
            throw new AssertionError(type.getName() + " is an AuditedEvent but not a record: make it one, or teach "
                    + AuditedKinds.class.getSimpleName() + " how to build it");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        List<List<Object>> choices = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            choices.add(choicesFor(components[i]));
        }
        Set<String> kinds = new TreeSet<>();
        Set<String> entities = new TreeSet<>();
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            for (List<Object> arguments : combinations(choices)) {
                AuditedEvent event = (AuditedEvent) constructor.newInstance(arguments.toArray());
                kinds.add(event.auditKind());
                entities.add(event.auditEntity());
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot build " + type.getName(), e);
        }
        return new Produced(kinds, entities);
    }

    private static List<Object> choicesFor(RecordComponent component) {
        Class<?> type = component.getType();
        if (type.isEnum()) {
            return List.of(type.getEnumConstants());
        }
        if (type == String.class) {
            return List.copyOf(CHOICES.getOrDefault(component.getName(), List.of("x")));
        }
        Object plain;
        if (type == UUID.class) {
            plain = UUID.randomUUID();
        } else if (type == int.class) {
            plain = 1;
        } else if (type == long.class) {
            plain = 1L;
        } else if (type == boolean.class) {
            plain = false;
        } else if (type == Instant.class) {
            plain = Instant.EPOCH;
        } else if (type == LocalDate.class) {
            plain = LocalDate.EPOCH;
        } else if (type == Set.class) {
            plain = Set.of();
        } else if (type == List.class || type == Collection.class) {
            plain = List.of();
        } else if (type.isPrimitive()) {
            throw new AssertionError("no value for " + type + " in " + component);
        } else {
            plain = null;
        }
        List<Object> one = new ArrayList<>();
        one.add(plain);
        return one;
    }

    private static List<List<Object>> combinations(List<List<Object>> choices) {
        List<List<Object>> result = new ArrayList<>();
        result.add(new ArrayList<>());
        for (List<Object> options : choices) {
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> prefix : result) {
                for (Object option : options) {
                    List<Object> longer = new ArrayList<>(prefix);
                    longer.add(option);
                    next.add(longer);
                }
            }
            result = next;
        }
        return result;
    }
}
