package com.icpportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The listeners talk to the SMTP server and the SMS gateway; they must not do it inside a
 * transaction of their own: that would pin a pooled connection (and a snapshot) for as long as a
 * slow server takes, while every step of {@link Deliveries} needs a second connection of its own, so
 * a few hanging sends could exhaust the pool for the whole portal. Each step commits on its own.
 */
class ListenerTransactionsTest {

    @Test
    void everyNotificationListenerRunsWithoutATransaction() {
        List<Method> listeners = new ArrayList<>();
        for (Class<?> type : List.of(ChangeOrderNotifications.class, OtherModuleNotifications.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, ApplicationModuleListener.class)) {
                    listeners.add(method);
                }
            }
        }
        assertThat(listeners).hasSize(5);
        for (Method listener : listeners) {
            Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(listener, Transactional.class);
            assertThat(transactional).as(listener.toString()).isNotNull();
            assertThat(transactional.propagation()).as(listener.toString()).isEqualTo(Propagation.NOT_SUPPORTED);
        }
    }
}
