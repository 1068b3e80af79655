package com.icpportal.changeorder;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.calendar.WorkingCalendar;
import com.icpportal.changeorder.internal.ChangeOrder;
import com.icpportal.changeorder.internal.ChangeOrderRepository;
import com.icpportal.changeorder.internal.Eligibility;
import com.icpportal.changeorder.internal.OpenOrderReads;
import com.icpportal.changeorder.internal.OrderDocuments;
import com.icpportal.changeorder.internal.OrderReferences;
import com.icpportal.changeorder.internal.OrderViewReads;
import com.icpportal.changeorder.internal.ProposalChecks;
import com.icpportal.document.DocumentKind;
import com.icpportal.document.DocumentView;
import com.icpportal.filing.FiledSubject;
import com.icpportal.filing.FiledWebsite;
import com.icpportal.filing.Filings;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.SubjectWithHistory;
import com.icpportal.filing.WebsiteDetails;
import com.icpportal.province.Provinces;
import com.icpportal.shared.NotFoundException;
import com.icpportal.values.DomainName;

/**
 * The applicant's side of change orders: whether a change may start, starting it, saving the
 * proposal section by section, submitting, resubmitting and withdrawing. Every call checks
 * ownership (someone else's order is "not found") and the version the form was loaded with.
 */
@Service
public class ChangeOrders {

    static final String OPEN_ORDER_INDEX = "uq_change_order_open_per_subject";

    private final ChangeOrderRepository orders;
    private final Filings filings;
    private final Provinces provinces;
    private final ProposalChecks checks;
    private final OrderReferences references;
    private final WorkingCalendar calendar;
    private final OrderDocuments orderDocuments;
    private final OpenOrderReads openOrders;
    private final OrderViewReads orderViews;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ChangeOrders(
            ChangeOrderRepository orders,
            Filings filings,
            Provinces provinces,
            ProposalChecks checks,
            OrderReferences references,
            WorkingCalendar calendar,
            OrderDocuments orderDocuments,
            OpenOrderReads openOrders,
            OrderViewReads orderViews,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.orders = orders;
        this.filings = filings;
        this.provinces = provinces;
        this.checks = checks;
        this.references = references;
        this.calendar = calendar;
        this.orderDocuments = orderDocuments;
        this.openOrders = openOrders;
        this.orderViews = orderViews;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Why this change may not start now; empty when it may. */
    @Transactional(readOnly = true)
    public List<EligibilityReason> eligibility(UUID applicantId, UUID subjectId, ChangeType type, UUID websiteId) {
        return eligibilityOf(filings.subjectOwnedBy(applicantId, subjectId), type, websiteId, null);
    }

    /**
     * Starts a draft from the filing's current values. Refused with every reason when the change
     * may not start; when two starts race, the database's one-open-order index decides and the
     * loser gets the same "open order" reason.
     */
    public UUID start(Actor applicant, UUID subjectId, ChangeType type, UUID websiteId) {
        try {
            return transaction.execute(status -> {
                FiledSubject filing = filings.subjectOwnedBy(applicant.id(), subjectId);
                FiledWebsite website = type == ChangeType.WEBSITE_CHANGE ? website(filing, websiteId) : null;
                List<EligibilityReason> reasons = eligibilityOf(filing, type, websiteId, null);
                if (!reasons.isEmpty()) {
                    throw new NotEligibleException(reasons);
                }
                Instant now = clock.instant();
                ChangeOrder order = type == ChangeType.SUBJECT_CHANGE
                        ? ChangeOrder.subjectChange(
                                references.next(), subjectId, filing.provinceCode(), applicant, filing.details(), now)
                        : ChangeOrder.websiteChange(
                                references.next(),
                                subjectId,
                                filing.provinceCode(),
                                website.id(),
                                applicant,
                                website.details(),
                                ascii(website.domains()),
                                now);
                return orders.saveAndFlush(order).id();
            });
        } catch (DataIntegrityViolationException e) {
            if (!violates(e, OPEN_ORDER_INDEX)) {
                throw e;
            }
            List<EligibilityReason> reasons = transaction.execute(
                    status -> eligibilityOf(filings.subjectOwnedBy(applicant.id(), subjectId), type, websiteId, null));
            throw new NotEligibleException(
                    reasons.isEmpty()
                            ? List.of(new EligibilityReason(
                                    EligibilityReason.Kind.OPEN_ORDER, "eligibility.openOrder", "", ""))
                            : reasons);
        }
    }

    /** The applicant's order; someone else's, or none, is "not found". */
    @Transactional(readOnly = true)
    public ChangeOrderView findForApplicant(UUID applicantId, UUID orderId) {
        return ChangeOrderView.of(owned(applicantId, orderId));
    }

    /** Every order of the applicant, open and finished, newest first. */
    @Transactional(readOnly = true)
    public List<ApplicantOrder> ordersOf(UUID applicantId) {
        return applicantOrders(orders.findAllOfApplicant(applicantId));
    }

    /**
     * A page of the applicant's orders, newest first: at most {@code limit}, after the order that
     * started at {@code afterCreated} with id {@code afterId} (both null for the first page).
     */
    @Transactional(readOnly = true)
    public List<ApplicantOrder> ordersOf(UUID applicantId, Instant afterCreated, UUID afterId, int limit) {
        return applicantOrders(
                afterId == null || afterCreated == null
                        ? orders.findFirstPageOfApplicant(applicantId, limit)
                        : orders.findPageOfApplicant(
                                applicantId, afterCreated.atOffset(java.time.ZoneOffset.UTC), afterId, limit));
    }

    private static List<ApplicantOrder> applicantOrders(List<ChangeOrder> found) {
        return found.stream()
                .map(order -> {
                    List<TransitionView> timeline = order.timeline();
                    Instant finished = order.state().isTerminal() && !timeline.isEmpty()
                            ? timeline.get(timeline.size() - 1).occurredAt()
                            : null;
                    return new ApplicantOrder(
                            order.id(),
                            order.reference(),
                            order.type(),
                            order.subjectId(),
                            order.websiteId(),
                            order.state(),
                            order.createdAt(),
                            order.submittedAt(),
                            finished,
                            order.approvedOn());
                })
                .toList();
    }

    /** The unfinished orders of these subjects, by subject: for the home page, in one query. */
    @Transactional(readOnly = true)
    public Map<UUID, OpenOrderSummary> openOrdersOf(Collection<UUID> subjectIds) {
        return openOrders.ofSubjects(subjectIds).stream()
                .collect(Collectors.toMap(
                        OpenOrderSummary::subjectId, order -> order, (first, second) -> first, LinkedHashMap::new));
    }

    /**
     * Saves the proposed subject when the section's fields break no rule; otherwise saves nothing
     * and returns the section's violations. A change of province, subject type or certificate is
     * refused outright.
     */
    @Transactional
    public ValidationResult saveSubject(
            Actor applicant, UUID orderId, long expectedVersion, SubjectDetails proposed, Section section) {
        ChangeOrder order = ownedAtVersion(applicant, orderId, expectedVersion);
        FiledSubject filing = filings.subject(order.subjectId());
        ProposalChecks.requireUnchangeable(filing, proposed);
        ValidationResult result = section.filter(checks.validateSubject(filing, proposed));
        if (result.isValid()) {
            order.proposeSubject(applicant, proposed, clock.instant());
            orders.save(order);
        }
        return result;
    }

    /**
     * Saves the proposed website and domains (as typed) when the section's fields break no rule;
     * else returns the section's violations.
     */
    @Transactional
    public ValidationResult saveWebsite(
            Actor applicant,
            UUID orderId,
            long expectedVersion,
            WebsiteDetails proposed,
            List<String> domains,
            Section section) {
        ChangeOrder order = ownedAtVersion(applicant, orderId, expectedVersion);
        FiledSubject filing = filings.subject(order.subjectId());
        ValidationResult result = section.filter(checks.validateWebsite(order, filing, proposed, domains));
        if (result.isValid()) {
            List<String> entered = domains.stream()
                    .filter(domain -> domain != null && !domain.isBlank())
                    .toList();
            order.proposeWebsite(applicant, proposed, ascii(entered), clock.instant());
            orders.save(order);
        }
        return result;
    }

    /** The whole proposal against every rule, as it is saved now. */
    @Transactional(readOnly = true)
    public ValidationResult check(UUID applicantId, UUID orderId) {
        ChangeOrder order = owned(applicantId, orderId);
        return checks.validate(order, filings.subject(order.subjectId()));
    }

    /**
     * Everything the order's pages show: the order, the filing as it is, and the whole proposal
     * checked against every rule. Someone else's order is "not found".
     */
    @Transactional(readOnly = true)
    public OrderOverview overview(UUID applicantId, UUID orderId) {
        // read as a view in one plain statement (ownership in it): the pages only read
        ChangeOrderView view =
                orderViews.owned(orderId, applicantId).orElseThrow(() -> new NotFoundException("order " + orderId));
        FiledSubject filing = filings.subject(view.subjectId());
        ValidationResult result = view.state().isEditable()
                ? checks.validate(view, filing)
                : new ValidationResult(List.of(), java.util.Set.of());
        return new OrderOverview(
                view,
                filing,
                result,
                view.state().isEditable() ? orderDocuments.statusOf(view, filing, result) : List.of());
    }

    /** The same overview for staff: any order, with its documents as attached (no ownership check). */
    @Transactional(readOnly = true)
    public OrderOverview overviewForStaff(UUID orderId) {
        // read as a view in one plain statement, as the applicant's overview
        ChangeOrderView view = orderViews.find(orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
        return staffOverview(view, orderDocuments.attached(view));
    }

    /**
     * The staff overview with the order's deadline moves and latest backdrop request, for the case
     * page: the order's own rows in one statement (no ownership check; the caller checks the role).
     */
    @Transactional(readOnly = true)
    public StaffCase caseForStaff(UUID orderId) {
        OrderViewReads.CaseRead read =
                orderViews.findForCase(orderId).orElseThrow(() -> new NotFoundException("order " + orderId));
        var attached = orderDocuments.attached(read.order());
        // the photo shows only while it is in review; read with the other attachments, not again
        DocumentView photo = read.order().state() == OrderState.VERIFICATION_REVIEW
                ? attached.get(DocumentKind.VERIFICATION_PHOTO)
                : null;
        // the filed subject with its history (which the page shows) in one statement
        SubjectWithHistory filed = filings.subjectWithHistory(read.order().subjectId());
        return new StaffCase(
                staffOverview(read.order(), filed.subject(), filed.subjectVersions(), attached),
                read.deadlineMoves(),
                read.backdrop(),
                photo,
                filed);
    }

    private OrderOverview staffOverview(ChangeOrderView view, Map<DocumentKind, DocumentView> attached) {
        return staffOverview(view, filings.subject(view.subjectId()), null, attached);
    }

    /** {@code subjectHistory}: the subject's earlier versions when the caller has read them, else null. */
    private OrderOverview staffOverview(
            ChangeOrderView view,
            FiledSubject filing,
            List<com.icpportal.filing.SubjectVersion> subjectHistory,
            Map<DocumentKind, DocumentView> attached) {
        ValidationResult result = new ValidationResult(List.of(), java.util.Set.of());
        // The staff's document list needs of the checks only the domains that need a certificate:
        // a subject change proposes no domain, so its proposal is not validated again on every view.
        ValidationResult forDocuments =
                view.type() == ChangeType.SUBJECT_CHANGE ? result : checks.validate(view, filing, subjectHistory);
        return new OrderOverview(view, filing, result, orderDocuments.statusOf(view, filing, forDocuments, attached));
    }

    /**
     * What a document of this kind proves for the order (see {@link OrderDocuments#proofOf}); null
     * when such a document belongs to this order only and is never offered for reuse.
     */
    public String proofOf(OrderOverview overview, com.icpportal.document.DocumentKind kind) {
        return orderDocuments.proofOf(overview.order(), overview.filing(), overview.check(), kind);
    }

    /** Records whether the principal is the organisation's legal representative (else a letter is needed). */
    @Transactional
    public void answerLegalRepresentative(Actor applicant, UUID orderId, long expectedVersion, boolean answer) {
        ChangeOrder order = ownedAtVersion(applicant, orderId, expectedVersion);
        order.answerLegalRepresentative(applicant, answer, clock.instant());
        orders.save(order);
    }

    /**
     * For the home page: why each subject, and each of its websites, may not change now, in a
     * fixed number of queries whatever the number of subjects.
     */
    @Transactional(readOnly = true)
    public HomeEligibility eligibilityOf(List<FiledSubject> subjects) {
        // the open orders as the few columns the page and the rules read, not as whole aggregates
        Map<UUID, List<OpenOrderSummary>> open =
                openOrders.ofSubjects(subjects.stream().map(FiledSubject::id).toList()).stream()
                        .collect(Collectors.groupingBy(OpenOrderSummary::subjectId));
        Map<String, com.icpportal.province.ChangePermissions> permissions = new java.util.HashMap<>();
        Map<UUID, List<EligibilityReason>> bySubject = new java.util.HashMap<>();
        Map<UUID, List<EligibilityReason>> byWebsite = new java.util.HashMap<>();
        for (FiledSubject subject : subjects) {
            var permission = permissions.computeIfAbsent(
                    subject.provinceCode() + "/" + subject.details().cityCode(),
                    key -> provinces.changePermissions(
                            subject.provinceCode(), subject.details().cityCode()));
            List<Eligibility.OpenOrder> openOrders = open.getOrDefault(subject.id(), List.of()).stream()
                    .map(ChangeOrders::openOrder)
                    .toList();
            bySubject.put(
                    subject.id(),
                    Eligibility.evaluate(subject, ChangeType.SUBJECT_CHANGE, null, openOrders, permission));
            for (FiledWebsite website : subject.websites()) {
                byWebsite.put(
                        website.id(),
                        Eligibility.evaluate(subject, ChangeType.WEBSITE_CHANGE, website.id(), openOrders, permission));
            }
        }
        Map<UUID, OpenOrderSummary> first = new java.util.HashMap<>();
        open.forEach((subjectId, list) -> first.put(subjectId, list.get(0)));
        return new HomeEligibility(bySubject, byWebsite, first);
    }

    /**
     * Submits a draft for provider review: checks eligibility and every rule again, copies the
     * province's rules in force onto the order, and sets the review deadline (one workday).
     */
    @Transactional
    public ChangeOrderView submit(Actor applicant, UUID orderId, long expectedVersion) {
        ChangeOrder order = readyToSend(applicant, orderId, expectedVersion);
        FiledSubject filing = filings.subject(order.subjectId());
        Instant now = clock.instant();
        order.submit(
                applicant,
                RulesSnapshot.of(provinces.find(filing.provinceCode()).orElseThrow(), now),
                now,
                calendar.deadline(now, 1));
        return ChangeOrderView.of(orders.saveAndFlush(order));
    }

    /** Sends a returned order back to provider review after correction. */
    @Transactional
    public ChangeOrderView resubmit(Actor applicant, UUID orderId, long expectedVersion) {
        return resubmit(applicant, orderId, expectedVersion, null);
    }

    /**
     * Sends a returned order back, with the applicant's explanation of any returned target left
     * unchanged (recorded on the step, for the reviewer); null when every target was corrected.
     */
    @Transactional
    public ChangeOrderView resubmit(Actor applicant, UUID orderId, long expectedVersion, String explanation) {
        ChangeOrder order = readyToSend(applicant, orderId, expectedVersion);
        Instant now = clock.instant();
        order.resubmit(applicant, now, calendar.deadline(now, 1), blankToNull(explanation));
        return ChangeOrderView.of(orders.saveAndFlush(order));
    }

    /** Sends an order the administration rejected back to provider review, revised. */
    @Transactional
    public ChangeOrderView revise(Actor applicant, UUID orderId, long expectedVersion) {
        return revise(applicant, orderId, expectedVersion, null);
    }

    /** Sends a rejected order back, revised, with the applicant's explanation of what was left unchanged. */
    @Transactional
    public ChangeOrderView revise(Actor applicant, UUID orderId, long expectedVersion, String explanation) {
        ChangeOrder order = readyToSend(applicant, orderId, expectedVersion);
        Instant now = clock.instant();
        order.revise(applicant, now, calendar.deadline(now, 1), blankToNull(explanation));
        return ChangeOrderView.of(orders.saveAndFlush(order));
    }

    /**
     * The applicant submitted the verification photo (which must be uploaded), or confirmed
     * verification in the administration's app where the province verifies that way.
     */
    @Transactional
    public ChangeOrderView submitVerification(Actor applicant, UUID orderId, long expectedVersion) {
        ChangeOrder order = ownedAtVersion(applicant, orderId, expectedVersion);
        boolean photoChannel = order.rules() == null
                || order.rules().verificationChannel() == com.icpportal.province.VerificationChannel.PHOTO;
        if (photoChannel
                && order.state() == OrderState.VERIFICATION
                && orderDocuments.verificationPhoto(ChangeOrderView.of(order)).isEmpty()) {
            throw new ProposalInvalidException(new ValidationResult(
                    List.of(new Violation(FieldKeys.document("VERIFICATION_PHOTO"), "validation.photo.missing")),
                    java.util.Set.of()));
        }
        Instant now = clock.instant();
        order.submitVerification(applicant, now, calendar.deadline(now, 1));
        return ChangeOrderView.of(orders.saveAndFlush(order));
    }

    @Transactional
    public ChangeOrderView withdraw(Actor applicant, UUID orderId, long expectedVersion, String note) {
        ChangeOrder order = ownedAtVersion(applicant, orderId, expectedVersion);
        order.withdraw(applicant, clock.instant(), note);
        return ChangeOrderView.of(orders.saveAndFlush(order));
    }

    // --- inside ---------------------------------------------------------------------------------

    private ChangeOrder readyToSend(Actor applicant, UUID orderId, long expectedVersion) {
        ChangeOrder order = ownedAtVersion(applicant, orderId, expectedVersion);
        FiledSubject filing = filings.subject(order.subjectId());
        List<EligibilityReason> reasons = eligibilityOf(filing, order.type(), order.websiteId(), order.id());
        if (!reasons.isEmpty()) {
            throw new NotEligibleException(reasons);
        }
        if (order.type() == ChangeType.SUBJECT_CHANGE) {
            ProposalChecks.requireUnchangeable(filing, order.proposedSubject());
        }
        ValidationResult result = checks.validate(order, filing);
        List<Violation> missingDocuments = orderDocuments.missing(ChangeOrderView.of(order), filing, result);
        if (!result.isValid() || !missingDocuments.isEmpty()) {
            List<Violation> all = new java.util.ArrayList<>(result.violations());
            all.addAll(missingDocuments);
            throw new ProposalInvalidException(new ValidationResult(all, result.domainsNeedingCertificate()));
        }
        return order;
    }

    private List<EligibilityReason> eligibilityOf(FiledSubject filing, ChangeType type, UUID websiteId, UUID self) {
        if (type == ChangeType.WEBSITE_CHANGE) {
            website(filing, websiteId);
        }
        List<Eligibility.OpenOrder> open = openOrders.ofSubjects(List.of(filing.id())).stream()
                .filter(order -> !order.id().equals(self))
                .map(ChangeOrders::openOrder)
                .toList();
        return Eligibility.evaluate(
                filing,
                type,
                websiteId,
                open,
                provinces.changePermissions(
                        filing.provinceCode(), filing.details().cityCode()));
    }

    private static Eligibility.OpenOrder openOrder(OpenOrderSummary order) {
        return new Eligibility.OpenOrder(order.id(), order.reference(), order.state());
    }

    private ChangeOrder owned(UUID applicantId, UUID orderId) {
        return orders.findOwned(orderId, applicantId).orElseThrow(() -> new NotFoundException("order " + orderId));
    }

    private ChangeOrder ownedAtVersion(Actor applicant, UUID orderId, long expectedVersion) {
        ChangeOrder order = owned(applicant.id(), orderId);
        if (order.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ChangeOrder.class, orderId);
        }
        return order;
    }

    private static FiledWebsite website(FiledSubject filing, UUID websiteId) {
        return filing.websites().stream()
                .filter(website -> website.id().equals(websiteId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("website " + websiteId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static List<String> ascii(List<String> domains) {
        return domains.stream().map(domain -> DomainName.parse(domain).ascii()).toList();
    }

    static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
