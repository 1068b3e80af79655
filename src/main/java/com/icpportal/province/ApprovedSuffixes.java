package com.icpportal.province;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.shared.ReferenceVersions;
import com.icpportal.values.DomainName;
import com.icpportal.values.InvalidValueException;

/**
 * The domain suffixes the MIIT approves, as admins keep them. Removing one affects new proposals
 * only: filed domains keep their suffix.
 */
@Service
public class ApprovedSuffixes {

    static final String FIELD = "suffix";

    private final ApprovedSuffixRepository suffixes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReferenceVersions versions;

    ApprovedSuffixes(
            ApprovedSuffixRepository suffixes,
            ApplicationEventPublisher events,
            Clock clock,
            ReferenceVersions versions) {
        this.suffixes = suffixes;
        this.events = events;
        this.clock = clock;
        this.versions = versions;
    }

    /**
     * The ASCII form of a typed top-level suffix ({@code .中国}, {@code 中国}, {@code .COM}, {@code xn--fiqs8s}),
     * or empty when it is not one valid label.
     */
    public static Optional<String> toAscii(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        text = text.startsWith(".") || text.startsWith("\u3002") ? text.substring(1) : text;
        if (text.isEmpty() || text.contains(".") || text.contains("\u3002")) {
            return Optional.empty();
        }
        try {
            // a suffix is valid exactly when a name below it is
            return Optional.of(DomainName.parse("a." + text).tld());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    @Transactional(readOnly = true)
    public List<ApprovedSuffixView> all() {
        return suffixes.findAllByOrderBySuffix().stream()
                .map(ApprovedSuffix::view)
                .toList();
    }

    /** Adds a suffix typed in either form; refuses one that is not a single valid label, or already approved. */
    @Transactional
    public ApprovedSuffixView add(String typed, UUID actorId) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidSettingException(List.of(new FieldProblem(FIELD, "admin.suffixes.required")));
        }
        String ascii = toAscii(typed)
                .orElseThrow(
                        () -> new InvalidSettingException(List.of(new FieldProblem(FIELD, "admin.suffixes.invalid"))));
        String unicode = java.net.IDN.toUnicode(ascii);
        if (suffixes.existsById(ascii)) {
            throw new InvalidSettingException(
                    List.of(new FieldProblem(FIELD, "admin.suffixes.duplicate", "." + unicode)));
        }
        ApprovedSuffix saved;
        try {
            saved = suffixes.saveAndFlush(new ApprovedSuffix(ascii, unicode, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // another admin added it between the check and the insert
            throw new InvalidSettingException(
                    List.of(new FieldProblem(FIELD, "admin.suffixes.duplicate", "." + unicode)));
        }
        // the rest of this request reads the lists' version (moved by the trigger) again
        versions.changed();
        events.publishEvent(new ApprovedSuffixChanged(ascii, ApprovedSuffixChanged.Change.ADDED, actorId));
        return saved.view();
    }

    /**
     * Removes a suffix, and the provinces' restrictions of it. Removing one that is already gone
     * means someone else changed the list meanwhile.
     */
    @Transactional
    public void remove(String ascii, UUID actorId) {
        ApprovedSuffix suffix = suffixes.findById(ascii)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(ApprovedSuffix.class, ascii));
        suffixes.delete(suffix);
        versions.changed();
        events.publishEvent(new ApprovedSuffixChanged(ascii, ApprovedSuffixChanged.Change.REMOVED, actorId));
    }
}
