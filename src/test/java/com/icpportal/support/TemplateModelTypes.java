package com.icpportal.support;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's types a page's model hands to its template that are not public. Spring's SpEL compiler
 * (on in application.yml) compiles an expression such as {@code ${line.reference}} to bytecode only
 * when the class it reads is public; on a package-private record every cell of every row stays
 * interpreted (the review queue cost 29% more CPU per request so). Walks the model's values, the
 * components of records, and the elements of lists, sets, maps and optionals; other objects' fields
 * (entities, services) are not followed. Types outside the portal (JDK, Spring) are not reported.
 */
public final class TemplateModelTypes {

    private TemplateModelTypes() {}

    /** Checks the model of every page any {@link PortalTest} asks for through MockMvc. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class OnEveryPage {

        @Bean
        MockMvcBuilderCustomizer templateModelTypesOnEveryPage() {
            return builder -> builder.alwaysDo(result -> {
                ModelAndView page = result.getModelAndView();
                if (page == null
                        || page.getViewName() == null
                        || page.getViewName().startsWith("redirect:")) {
                    return;
                }
                Set<String> found = nonPublicIn(page.getModel());
                if (!found.isEmpty()) {
                    throw new AssertionError("the template " + page.getViewName()
                            + " reads types the SpEL compiler cannot compile against (make them public):\n"
                            + lines(found));
                }
            });
        }
    }

    public static Set<String> nonPublicIn(Map<String, Object> model) {
        Set<String> found = new TreeSet<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            // Spring's own entries (binding results) are not read through SpEL property access
            if (!entry.getKey().startsWith("org.springframework")) {
                walk(entry.getKey(), entry.getValue(), found, seen);
            }
        }
        return found;
    }

    private static void walk(String path, Object value, Set<String> found, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        Class<?> type = value.getClass();
        if (value instanceof Collection<?> items) {
            for (Object item : new ArrayList<>(items)) {
                walk(path + "[]", item, found, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Object item : new ArrayList<>(map.values())) {
                walk(path + "{}", item, found, seen);
            }
            return;
        }
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(item -> walk(path, item, found, seen));
            return;
        }
        if (!type.getName().startsWith("com.icpportal.") || type.isEnum() || type.isAnonymousClass()) {
            return;
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            found.add(type.getName() + " (at " + path + ")");
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    walk(
                            path + "." + component.getName(),
                            component.getAccessor().invoke(value),
                            found,
                            seen);
                } catch (ReflectiveOperationException unreadable) {
                    found.add(type.getName() + "." + component.getName() + " (unreadable)");
                }
            }
        }
    }

    /** For messages: the types of a list of findings, one per line. */
    public static String lines(Collection<String> findings) {
        return String.join("\n", List.copyOf(findings));
    }
}
