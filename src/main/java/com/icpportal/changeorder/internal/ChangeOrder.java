package com.icpportal.changeorder.internal;

import static com.icpportal.changeorder.OrderState.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ActorNotAllowedException;
import com.icpportal.changeorder.ActorRole;
import com.icpportal.changeorder.ChangeOrderEvent;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.IllegalTransitionException;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.RulesSnapshot;
import com.icpportal.changeorder.SmsMobileView;
import com.icpportal.changeorder.TransitionView;
import com.icpportal.changeorder.UnknownMobileException;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.WebsiteDetails;

/**
 * A change to one filed subject or website, from the applicant's draft to the administration's
 * decision. It guards its own state: every transition checks the current state and the actor,
 * records who, when, from, to and a note, and publishes a {@link ChangeOrderEvent}.
 */
@Entity
@Table(name = "change_order")
public class ChangeOrder {

    /** Lists of orders (the home page) load each collection for up to this many orders in one query. */
    static final int BATCH = 50;

    @Id
    private UUID id;

    private String reference;

    @Enumerated(EnumType.STRING)
    private ChangeType type;

    private UUID subjectId;

    private UUID websiteId;

    private UUID applicantId;

    /** The filing's province: fixed, kept here so that the queue filters without a join. */
    private String provinceCode;

    /** The reviewer holding the order, if any. */
    private UUID assigneeId;

    private Instant assignedAt;

    @Enumerated(EnumType.STRING)
    private OrderState state;

    /** Null until first saved, so that Spring Data persists a new order instead of merging it. */
    @Version
    private Long version;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant submittedAt;

    private Instant dueAt;

    @Embedded
    private SubjectDetails proposedSubject;

    @Embedded
    @AttributeOverride(name = "name", column = @Column(name = "website_name"))
    @AttributeOverride(name = "principal.name", column = @Column(name = "website_principal_name"))
    @AttributeOverride(
            name = "principal.certificateType",
            column = @Column(name = "website_principal_certificate_type"))
    @AttributeOverride(
            name = "principal.certificateNumber",
            column = @Column(name = "website_principal_certificate_number"))
    @AttributeOverride(
            name = "principal.certificateValidFrom",
            column = @Column(name = "website_principal_certificate_valid_from"))
    @AttributeOverride(
            name = "principal.certificateValidTo",
            column = @Column(name = "website_principal_certificate_valid_to"))
    @AttributeOverride(
            name = "principal.certificateLongTerm",
            column = @Column(name = "website_principal_certificate_long_term"))
    @AttributeOverride(name = "principal.mobile", column = @Column(name = "website_principal_mobile"))
    @AttributeOverride(name = "principal.emergencyPhone", column = @Column(name = "website_principal_emergency_phone"))
    @AttributeOverride(name = "principal.email", column = @Column(name = "website_principal_email"))
    @AttributeOverride(name = "serviceTypes", column = @Column(name = "website_service_types"))
    @AttributeOverride(name = "preApprovalItems", column = @Column(name = "website_pre_approval_items"))
    @AttributeOverride(name = "preApprovalNone", column = @Column(name = "website_pre_approval_none"))
    @AttributeOverride(name = "comment", column = @Column(name = "website_comment"))
    private WebsiteDetails proposedWebsite;

    /** The proposed domains of a website change, ASCII (punycode) forms, in order; changed with {@code updatedAt}. */
    @BatchSize(size = BATCH)
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "change_order_domain", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> proposedDomains = new ArrayList<>();

    @Embedded
    private RulesSnapshot rules;

    /** Null until the applicant answers; an organisation's principal who is not its legal representative needs a letter. */
    private Boolean principalIsLegalRepresentative;

    /** Appended with every transition, which changes the state too: no version bump of its own. */
    @BatchSize(size = BATCH)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @OptimisticLock(excluded = true)
    @JoinColumn(name = "order_id", insertable = false, updatable = false)
    @OrderBy("occurredAt")
    private List<Transition> transitions = new ArrayList<>();

    /** The mobiles to verify while in SMS_VERIFICATION, each once; kept afterwards as the record of who verified. */
    @BatchSize(size = BATCH)
    @ElementCollection
    @CollectionTable(name = "change_order_sms_mobile", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<SmsMobile> smsMobiles = new ArrayList<>();

    /** The date of the administration's approval. */
    private java.time.LocalDate approvedOn;

    @Transient
    private final List<ChangeOrderEvent> events = new ArrayList<>();

    protected ChangeOrder() {}

    private ChangeOrder(
            String reference,
            ChangeType type,
            UUID subjectId,
            String provinceCode,
            UUID websiteId,
            UUID applicantId,
            Instant now) {
        this.id = UUID.randomUUID();
        this.provinceCode = Objects.requireNonNull(provinceCode);
        this.reference = Objects.requireNonNull(reference);
        this.type = type;
        this.subjectId = Objects.requireNonNull(subjectId);
        this.websiteId = websiteId;
        this.applicantId = Objects.requireNonNull(applicantId);
        this.state = DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A draft changing the subject, starting from its current values. */
    public static ChangeOrder subjectChange(
            String reference,
            UUID subjectId,
            String provinceCode,
            Actor applicant,
            SubjectDetails current,
            Instant now) {
        requireRole(reference, applicant, Action.START);
        ChangeOrder order = new ChangeOrder(
                reference, ChangeType.SUBJECT_CHANGE, subjectId, provinceCode, null, applicant.id(), now);
        order.proposedSubject = Objects.requireNonNull(current);
        order.record(now, applicant, Action.START, null, DRAFT, null, List.of());
        order.events.add(new ChangeOrderEvent.Started(order.id, reference, applicant.id(), subjectId, order.type));
        return order;
    }

    /** A draft changing one website, starting from its current values and domains (ASCII forms). */
    public static ChangeOrder websiteChange(
            String reference,
            UUID subjectId,
            String provinceCode,
            UUID websiteId,
            Actor applicant,
            WebsiteDetails current,
            List<String> currentDomains,
            Instant now) {
        requireRole(reference, applicant, Action.START);
        ChangeOrder order = new ChangeOrder(
                reference,
                ChangeType.WEBSITE_CHANGE,
                subjectId,
                provinceCode,
                Objects.requireNonNull(websiteId),
                applicant.id(),
                now);
        order.proposedWebsite = Objects.requireNonNull(current);
        order.proposedDomains = new ArrayList<>(currentDomains);
        order.record(now, applicant, Action.START, null, DRAFT, null, List.of());
        order.events.add(new ChangeOrderEvent.Started(order.id, reference, applicant.id(), subjectId, order.type));
        return order;
    }

    // --- the applicant's proposal --------------------------------------------------------------

    /** Replaces the proposed subject details (a subject change, while the proposal is editable). */
    public void proposeSubject(Actor actor, SubjectDetails details, Instant now) {
        requireEditableBy(actor);
        if (type != ChangeType.SUBJECT_CHANGE) {
            throw new IllegalArgumentException("order " + reference + " changes a website, not the subject");
        }
        this.proposedSubject = Objects.requireNonNull(details);
        this.updatedAt = now;
    }

    /** Replaces the proposed website details and domains (a website change, while the proposal is editable). */
    public void proposeWebsite(Actor actor, WebsiteDetails details, List<String> asciiDomains, Instant now) {
        requireEditableBy(actor);
        if (type != ChangeType.WEBSITE_CHANGE) {
            throw new IllegalArgumentException("order " + reference + " changes the subject, not a website");
        }
        this.proposedWebsite = Objects.requireNonNull(details);
        this.proposedDomains.clear();
        this.proposedDomains.addAll(asciiDomains);
        this.updatedAt = now;
    }

    /** The applicant's answer about the principal, which decides whether an authorisation letter is needed. */
    public void answerLegalRepresentative(Actor actor, boolean isLegalRepresentative, Instant now) {
        requireEditableBy(actor);
        this.principalIsLegalRepresentative = isLegalRepresentative;
        this.updatedAt = now;
    }

    // --- transitions (design.md's state table) ------------------------------------------------

    /** DRAFT → PROVIDER_REVIEW, taking the province rules in force now. */
    public void submit(Actor actor, RulesSnapshot rulesInForce, Instant now, Instant providerReviewDue) {
        move(actor, Action.SUBMIT, Set.of(DRAFT), PROVIDER_REVIEW, now, null, List.of());
        this.rules = Objects.requireNonNull(rulesInForce);
        this.submittedAt = now;
        due(providerReviewDue);
        events.add(new ChangeOrderEvent.Submitted(id, reference, actor.id(), providerReviewDue));
    }

    /** PROVIDER_REVIEW → VERIFICATION: the applicant now provides the verification photo (no deadline). */
    public void pass(Actor actor, Instant now, String note) {
        move(actor, Action.PASS, Set.of(PROVIDER_REVIEW), VERIFICATION, now, note, List.of());
        due(null);
        events.add(new ChangeOrderEvent.PassedProviderReview(id, reference, actor.id()));
    }

    /** PROVIDER_REVIEW → RETURNED with per-field reasons. */
    public void returnForCorrection(Actor actor, List<Reason> reasons, Instant now, String note) {
        requireReasons(reasons);
        move(actor, Action.RETURN, Set.of(PROVIDER_REVIEW), RETURNED, now, note, reasons);
        due(null);
        events.add(new ChangeOrderEvent.ReturnedForCorrection(id, reference, actor.id(), List.copyOf(reasons)));
    }

    /** PROVIDER_REVIEW → PROVIDER_REJECTED (terminal) with reasons. */
    public void reject(Actor actor, List<Reason> reasons, Instant now, String note) {
        requireReasons(reasons);
        move(actor, Action.REJECT, Set.of(PROVIDER_REVIEW), PROVIDER_REJECTED, now, note, reasons);
        due(null);
        events.add(new ChangeOrderEvent.RejectedByProvider(id, reference, actor.id(), List.copyOf(reasons)));
    }

    /** RETURNED → PROVIDER_REVIEW after the applicant corrected the proposal. */
    public void resubmit(Actor actor, Instant now, Instant providerReviewDue) {
        resubmit(actor, now, providerReviewDue, null);
    }

    /** RETURNED → PROVIDER_REVIEW, with the applicant's word on what was left unchanged and why (may be null). */
    public void resubmit(Actor actor, Instant now, Instant providerReviewDue, String note) {
        move(actor, Action.RESUBMIT, Set.of(RETURNED), PROVIDER_REVIEW, now, note, List.of());
        due(providerReviewDue);
        events.add(new ChangeOrderEvent.Resubmitted(id, reference, actor.id(), providerReviewDue));
    }

    /** VERIFICATION → VERIFICATION_REVIEW: a photo was submitted, or app verification confirmed. */
    public void submitVerification(Actor actor, Instant now, Instant reviewDue) {
        move(actor, Action.SUBMIT_VERIFICATION, Set.of(VERIFICATION), VERIFICATION_REVIEW, now, null, List.of());
        due(reviewDue);
        events.add(new ChangeOrderEvent.VerificationSubmitted(id, reference, actor.id(), reviewDue));
    }

    /** VERIFICATION_REVIEW → AWAITING_SUBMISSION: the provider submits within one workday. */
    public void passVerification(Actor actor, Instant now, Instant submissionDue) {
        move(actor, Action.PASS_VERIFICATION, Set.of(VERIFICATION_REVIEW), AWAITING_SUBMISSION, now, null, List.of());
        due(submissionDue);
        events.add(new ChangeOrderEvent.VerificationPassed(id, reference, actor.id(), submissionDue));
    }

    /** VERIFICATION_REVIEW → VERIFICATION with the reason the photo was not accepted. */
    public void returnVerification(Actor actor, Reason reason, Instant now) {
        move(actor, Action.RETURN_VERIFICATION, Set.of(VERIFICATION_REVIEW), VERIFICATION, now, null, List.of(reason));
        due(null);
        events.add(new ChangeOrderEvent.VerificationReturned(id, reference, actor.id(), List.of(reason)));
    }

    /**
     * AWAITING_SUBMISSION → SMS_VERIFICATION when the rules taken at submission require it (due:
     * the 48-hour deadline), else AUTHORITY_REVIEW (due: the end of the review window).
     */
    public void submitToAdministration(Actor actor, Instant now, Instant due) {
        submitToAdministration(actor, now, due, List.of());
    }

    /**
     * As {@link #submitToAdministration(Actor, Instant, Instant)}, listing the mobiles the
     * administration texts when SMS verification applies (duplicates count once).
     */
    public void submitToAdministration(Actor actor, Instant now, Instant due, List<String> mobilesToVerify) {
        requireAllowed(actor, Action.SUBMIT_TO_ADMINISTRATION, Set.of(AWAITING_SUBMISSION));
        OrderState next = rules.smsVerificationRequired() ? SMS_VERIFICATION : AUTHORITY_REVIEW;
        move(actor, Action.SUBMIT_TO_ADMINISTRATION, Set.of(AWAITING_SUBMISSION), next, now, null, List.of());
        due(due);
        this.smsMobiles.clear();
        if (next == SMS_VERIFICATION) {
            mobilesToVerify.stream().distinct().map(SmsMobile::new).forEach(smsMobiles::add);
        }
        events.add(new ChangeOrderEvent.SubmittedToAdministration(id, reference, actor.id(), next));
    }

    /**
     * The mobiles the administration texts: a subject change, the proposed subject principal's and
     * those of the principals of the subject's active websites; a website change, the filed subject
     * principal's and the proposed website principal's. Each mobile once, in that order.
     */
    public List<String> mobilesToVerify(com.icpportal.filing.FiledSubject filing) {
        java.util.LinkedHashSet<String> mobiles = new java.util.LinkedHashSet<>();
        if (type == ChangeType.SUBJECT_CHANGE) {
            addMobile(mobiles, proposedSubject.principal());
            filing.websites().stream()
                    .filter(website -> website.status() == com.icpportal.filing.FilingStatus.ACTIVE)
                    .forEach(website -> addMobile(mobiles, website.details().principal()));
        } else {
            addMobile(mobiles, filing.details().principal());
            addMobile(mobiles, proposedWebsite.principal());
        }
        return List.copyOf(mobiles);
    }

    private static void addMobile(Set<String> mobiles, com.icpportal.filing.Principal principal) {
        if (principal != null
                && principal.mobile() != null
                && !principal.mobile().isBlank()) {
            String mobile = principal.mobile().strip();
            mobiles.add(
                    com.icpportal.values.MobileNumber.isValid(mobile)
                            ? com.icpportal.values.MobileNumber.parse(mobile).value()
                            : mobile);
        }
    }

    /**
     * One mobile confirmed the administration's code (again: no change). When every mobile is
     * verified the order moves to AUTHORITY_REVIEW (due: the end of the review window).
     *
     * @return whether every mobile is now verified
     */
    public boolean verifyMobile(Actor actor, String mobile, Instant now, Instant reviewDue) {
        requireAllowed(actor, Action.SMS_VERIFIED, Set.of(SMS_VERIFICATION));
        smsMobile(mobile).verify(now);
        this.updatedAt = now;
        boolean all = smsMobiles.stream().allMatch(SmsMobile::verified);
        if (all) {
            smsVerified(actor, now, reviewDue);
        }
        return all;
    }

    /**
     * A wrong code for one mobile; at {@code maxAttempts} wrong codes the order is rejected with
     * {@code exhausted} as the reason.
     *
     * @return the number of wrong codes for that mobile so far
     */
    public int refuseSmsCode(Actor actor, String mobile, Instant now, int maxAttempts, Reason exhausted) {
        requireAllowed(actor, Action.SMS_FAILED, Set.of(SMS_VERIFICATION));
        int attempts = smsMobile(mobile).countWrongAttempt();
        this.updatedAt = now;
        if (attempts >= maxAttempts) {
            smsFailed(actor, exhausted, now);
        }
        return attempts;
    }

    private SmsMobile smsMobile(String mobile) {
        return smsMobiles.stream()
                .filter(candidate -> candidate.mobile().equals(mobile))
                .findFirst()
                .orElseThrow(() -> new UnknownMobileException(reference));
    }

    /** SMS_VERIFICATION → AUTHORITY_REVIEW: every required mobile verified. */
    public void smsVerified(Actor actor, Instant now, Instant reviewDue) {
        move(actor, Action.SMS_VERIFIED, Set.of(SMS_VERIFICATION), AUTHORITY_REVIEW, now, null, List.of());
        due(reviewDue);
        events.add(new ChangeOrderEvent.SmsVerificationCompleted(id, reference, actor.id()));
    }

    /** SMS_VERIFICATION → AUTHORITY_REJECTED: 48 hours passed, or the attempts ran out. */
    public void smsFailed(Actor actor, Reason reason, Instant now) {
        move(actor, Action.SMS_FAILED, Set.of(SMS_VERIFICATION), AUTHORITY_REJECTED, now, null, List.of(reason));
        due(null);
        events.add(new ChangeOrderEvent.SmsVerificationFailed(id, reference, actor.id(), List.of(reason)));
    }

    /** AUTHORITY_REVIEW → APPROVED (terminal). */
    public void approve(Actor actor, Instant now, String note) {
        approve(actor, now, null, note);
    }

    /** AUTHORITY_REVIEW → APPROVED (terminal), approved by the administration on the given date. */
    public void approve(Actor actor, Instant now, java.time.LocalDate approvedOn, String note) {
        move(actor, Action.APPROVE, Set.of(AUTHORITY_REVIEW), APPROVED, now, note, List.of());
        due(null);
        this.approvedOn = approvedOn;
        events.add(new ChangeOrderEvent.Approved(id, reference, actor.id()));
    }

    /** AUTHORITY_REVIEW → AUTHORITY_REJECTED with the administration's reasons. */
    public void rejectByAuthority(Actor actor, List<Reason> reasons, Instant now, String note) {
        requireReasons(reasons);
        move(actor, Action.AUTHORITY_REJECT, Set.of(AUTHORITY_REVIEW), AUTHORITY_REJECTED, now, note, reasons);
        due(null);
        events.add(new ChangeOrderEvent.RejectedByAdministration(id, reference, actor.id(), List.copyOf(reasons)));
    }

    /** AUTHORITY_REJECTED → PROVIDER_REVIEW: the applicant revised the proposal. */
    public void revise(Actor actor, Instant now, Instant providerReviewDue) {
        revise(actor, now, providerReviewDue, null);
    }

    /** AUTHORITY_REJECTED → PROVIDER_REVIEW, with the applicant's word on what was left unchanged and why. */
    public void revise(Actor actor, Instant now, Instant providerReviewDue, String note) {
        move(actor, Action.REVISE, Set.of(AUTHORITY_REJECTED), PROVIDER_REVIEW, now, note, List.of());
        due(providerReviewDue);
        events.add(new ChangeOrderEvent.Revised(id, reference, actor.id(), providerReviewDue));
    }

    /** Any withdrawable state → WITHDRAWN (terminal); never while the administration holds the order. */
    public void withdraw(Actor actor, Instant now, String note) {
        move(
                actor,
                Action.WITHDRAW,
                EnumSet.copyOf(java.util.Arrays.stream(OrderState.values())
                        .filter(OrderState::isWithdrawable)
                        .toList()),
                WITHDRAWN,
                now,
                note,
                List.of());
        due(null);
        events.add(new ChangeOrderEvent.Withdrawn(id, reference, actor.id()));
    }

    // --- rules ---------------------------------------------------------------------------------

    private void move(
            Actor actor,
            Action action,
            Set<OrderState> from,
            OrderState to,
            Instant now,
            String note,
            List<Reason> reasons) {
        requireAllowed(actor, action, from);
        record(now, actor, action, state, to, note, reasons);
        this.state = to;
    }

    /** The right actor first (a wrong one learns nothing about the state), then the right state. */
    private void requireAllowed(Actor actor, Action action, Set<OrderState> from) {
        requireRole(reference, actor, action);
        if (action.performedBy() == ActorRole.APPLICANT) {
            requireApplicant(actor, action);
        }
        if (!from.contains(state)) {
            throw new IllegalTransitionException(reference, state, action);
        }
    }

    /** The deadline of the step just entered, kept on the order (the queue) and on its transition (SLA figures). */
    private void due(Instant due) {
        this.dueAt = due;
        transitions.get(transitions.size() - 1).due(due);
    }

    private void record(
            Instant now,
            Actor actor,
            Action action,
            OrderState from,
            OrderState to,
            String note,
            List<Reason> reasons) {
        transitions.add(new Transition(id, now, actor, action, from, to, note, reasons));
        this.updatedAt = now;
    }

    private static void requireRole(String reference, Actor actor, Action action) {
        if (actor.role() != action.performedBy()) {
            throw new ActorNotAllowedException(reference, actor, action);
        }
    }

    private void requireApplicant(Actor actor, Action action) {
        if (!applicantId.equals(actor.id())) {
            throw new ActorNotAllowedException(reference, actor, action);
        }
    }

    private void requireEditableBy(Actor actor) {
        if (actor.role() != ActorRole.APPLICANT || !applicantId.equals(actor.id())) {
            throw new ActorNotAllowedException(reference, actor, Action.SUBMIT);
        }
        if (!state.isEditable()) {
            throw new IllegalTransitionException(reference, state, Action.SUBMIT);
        }
    }

    private static void requireReasons(List<Reason> reasons) {
        if (reasons == null || reasons.isEmpty()) {
            throw new IllegalArgumentException("a return or rejection needs at least one reason");
        }
    }

    // --- events --------------------------------------------------------------------------------

    @DomainEvents
    Collection<ChangeOrderEvent> events() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearEvents() {
        events.clear();
    }

    // --- reading -------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public ChangeType type() {
        return type;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public UUID websiteId() {
        return websiteId;
    }

    public UUID applicantId() {
        return applicantId;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public UUID assigneeId() {
        return assigneeId;
    }

    public OrderState state() {
        return state;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public SubjectDetails proposedSubject() {
        return proposedSubject;
    }

    public WebsiteDetails proposedWebsite() {
        return proposedWebsite;
    }

    public List<String> proposedDomains() {
        return List.copyOf(proposedDomains);
    }

    public RulesSnapshot rules() {
        return rules;
    }

    public Boolean principalIsLegalRepresentative() {
        return principalIsLegalRepresentative;
    }

    /** The mobiles of the latest SMS verification (empty when none applied). */
    public List<SmsMobileView> smsMobiles() {
        return smsMobiles.stream().map(SmsMobile::view).toList();
    }

    public java.time.LocalDate approvedOn() {
        return approvedOn;
    }

    /** The timeline, oldest first. */
    public List<TransitionView> timeline() {
        return transitions.stream().map(Transition::view).toList();
    }

    /** The reasons of the latest return or rejection, for showing beside the fields; empty when none applies. */
    public List<Reason> currentReasons() {
        if (transitions.isEmpty()) {
            return List.of();
        }
        Transition latest = transitions.get(transitions.size() - 1);
        return latest.reasons();
    }
}
