package com.icpportal.notification;

import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How a failed asynchronous listener is logged. A {@link DeliveryFailedException} is expected (the
 * mail server is down, or another worker holds the message) and {@link Deliveries} has logged it in
 * one line: its listener throws only to leave the event publication incomplete, so no stack trace on
 * every resubmission pass. Anything else is a bug and keeps Spring's ERROR with its stack trace.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailureLogging implements AsyncConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerFailureLogging.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        SimpleAsyncUncaughtExceptionHandler unexpected = new SimpleAsyncUncaughtExceptionHandler();
        return (Throwable failure, Method method, Object... arguments) -> {
            if (failure instanceof DeliveryFailedException) {
                LOG.debug("{} left its event publication incomplete: {}", method.getName(), failure.getMessage());
            } else {
                unexpected.handleUncaughtException(failure, method, arguments);
            }
        };
    }
}
