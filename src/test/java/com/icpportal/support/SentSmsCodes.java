package com.icpportal.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

import com.icpportal.authority.SmsCodeRequested;

/**
 * The codes the administration asked the portal to text ({@link SmsCodeRequested}), recorded for
 * tests that must type a code like the principal who received it would; only a hash is stored in
 * the database. Independent of whatever actually sends the SMS. A bean of every portal test context
 * (see {@link TestClockConfiguration}); look codes up by order, as other tests share it.
 */
public class SentSmsCodes {

    private final List<SmsCodeRequested> sent = new CopyOnWriteArrayList<>();

    @EventListener
    void record(SmsCodeRequested event) {
        sent.add(event);
    }

    /** The latest code texted to this mobile for this order. */
    public Optional<String> latest(UUID orderId, String mobile) {
        SmsCodeRequested found = null;
        for (SmsCodeRequested event : sent) {
            if (event.orderId().equals(orderId) && event.mobile().equals(mobile)) {
                found = event;
            }
        }
        return Optional.ofNullable(found).map(SmsCodeRequested::code);
    }

    /** Every code requested for this order, oldest first. */
    public List<SmsCodeRequested> forOrder(UUID orderId) {
        return sent.stream().filter(event -> event.orderId().equals(orderId)).toList();
    }
}
