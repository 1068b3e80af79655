package com.icpportal.authority;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.SmsMobileView;
import com.icpportal.values.MobileNumber;

/**
 * A stand-in administration for demos and tests. On submission it texts each required mobile a
 * six-digit code through the portal's SMS channel ({@link SmsCodeRequested}), keeping only a salted
 * hash; its verification page checks the codes (every fifth wrong one from an address pauses that
 * address's entries for the mobile; wrong codes never reject the order, as anyone may type them); once every
 * mobile is verified, or when no SMS step applies, it approves by itself after
 * {@code portal.authority.simulated.decision-delay} ({@link SimulatedAdministrationJob}).
 */
@Component
public class SimulatedAuthorityGateway implements AuthorityGateway {

    private final ProviderDecisions decisions;
    private final AdministrationRecords records;
    private final AuthoritySubmissions submissions;
    private final SimulatedSmsCodes codes;
    private final SimulatedWrongCodes wrongCodes;
    private final AuthoritySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SimulatedAuthorityGateway(
            ProviderDecisions decisions,
            AdministrationRecords records,
            AuthoritySubmissions submissions,
            SimulatedSmsCodes codes,
            SimulatedWrongCodes wrongCodes,
            AuthoritySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.decisions = decisions;
        this.records = records;
        this.submissions = submissions;
        this.codes = codes;
        this.wrongCodes = wrongCodes;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return AuthoritySettings.SIMULATED;
    }

    @Override
    public boolean staffRecordDecisions() {
        return false;
    }

    @Override
    @Transactional
    public ChangeOrderView submit(Actor reviewer, UUID orderId, long version) {
        ChangeOrderView order = decisions.submitToAdministration(reviewer, orderId, version);
        Instant now = clock.instant();
        AuthoritySubmission submission =
                submissions.findById(orderId).orElseGet(() -> new AuthoritySubmission(orderId));
        submission.submitted(name(), now);
        codes.deleteByOrder(orderId);
        wrongCodes.forget(orderId);
        codes.flush();
        if (order.state() == OrderState.AUTHORITY_REVIEW) {
            submission.decideAfter(now.plus(settings.decisionDelay()));
        }
        submissions.save(submission);
        for (SmsMobileView mobile : order.smsMobiles()) {
            String code = "%06d".formatted(random.nextInt(1_000_000));
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            String saltText = HexFormat.of().formatHex(salt);
            codes.save(new SimulatedSmsCode(orderId, mobile.mobile(), saltText, hash(saltText, code), now));
            events.publishEvent(new SmsCodeRequested(orderId, order.reference(), mobile.mobile(), code));
        }
        return order;
    }

    /**
     * A principal enters the code the administration texted: the right one verifies that mobile
     * (and with the last one the order goes to the administration's review), a wrong one is counted
     * towards a pause for this address ({@link SimulatedWrongCodes}), never towards rejecting the order.
     * Reference and mobile must name an order of this gateway waiting for that mobile.
     *
     * @param sourceAddress where the entry comes from: wrong codes pause entries from there only
     */
    @Transactional
    public SmsCodeResult enterCode(String reference, String mobileInput, String code, String sourceAddress) {
        String source = sourceAddress == null ? "" : sourceAddress;
        Optional<ChangeOrderView> found = records.findByReference(reference == null ? "" : reference.strip());
        if (found.isEmpty() || !MobileNumber.isValid(mobileInput)) {
            return SmsCodeResult.of(SmsCodeResult.Outcome.NOT_WAITING, 0);
        }
        ChangeOrderView order = found.get();
        String mobile = MobileNumber.parse(mobileInput).value();
        Optional<SimulatedSmsCode> sent = codes.findById(new SimulatedSmsCode.Key(order.id(), mobile));
        Optional<SmsMobileView> waiting = order.smsMobiles().stream()
                .filter(m -> m.mobile().equals(mobile))
                .findFirst();
        if (order.state() != OrderState.SMS_VERIFICATION || sent.isEmpty() || waiting.isEmpty()) {
            return SmsCodeResult.of(SmsCodeResult.Outcome.NOT_WAITING, 0);
        }
        if (waiting.get().verified()) {
            return SmsCodeResult.of(SmsCodeResult.Outcome.ALREADY_VERIFIED, 0);
        }
        if (wrongCodes.paused(order.id(), mobile, source, clock.instant())) {
            return SmsCodeResult.of(SmsCodeResult.Outcome.PAUSED, 0);
        }
        Actor administration = Actor.authority(null);
        if (matches(sent.get(), code)) {
            ChangeOrderView after = records.recordMobileVerified(administration, order.id(), mobile);
            if (after.state() == OrderState.AUTHORITY_REJECTED) {
                // The 48 hours had passed: the order was rejected instead.
                return SmsCodeResult.of(SmsCodeResult.Outcome.NOT_WAITING, 0);
            }
            if (after.state() == OrderState.AUTHORITY_REVIEW) {
                submissions.findById(order.id()).ifPresent(submission -> {
                    submission.decideAfter(clock.instant().plus(settings.decisionDelay()));
                    submissions.save(submission);
                });
                return SmsCodeResult.of(SmsCodeResult.Outcome.ALL_VERIFIED, 0);
            }
            return SmsCodeResult.of(SmsCodeResult.Outcome.VERIFIED, 0);
        }
        // Wrong codes never reject the order: the page is public, so whoever knows a reference and a
        // mobile could type them. They pause entries from this address instead; only the 48 hours reject.
        int left = wrongCodes.countWrong(order.id(), mobile, source, clock.instant());
        return SmsCodeResult.of(left == 0 ? SmsCodeResult.Outcome.PAUSED : SmsCodeResult.Outcome.WRONG, left);
    }

    private static boolean matches(SimulatedSmsCode sent, String code) {
        return code != null
                && MessageDigest.isEqual(
                        hash(sent.salt(), code.strip()).getBytes(StandardCharsets.US_ASCII),
                        sent.codeHash().getBytes(StandardCharsets.US_ASCII));
    }

    private static String hash(String salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest((salt + ":" + code).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
