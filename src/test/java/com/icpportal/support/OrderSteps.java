package com.icpportal.support;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.ProviderDecisions;
import com.icpportal.changeorder.Section;
import com.icpportal.changeorder.ValidationResult;
import com.icpportal.filing.FiledWebsite;
import com.icpportal.filing.Filings;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.WebsiteDetails;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;

/**
 * Takes an order through the steps before the one a test is about, through the same services the
 * pages call, at whatever time the test clock says:
 *
 * <pre>{@code
 * UUID id = steps.subjectChange(applicant, filing.id()).address("新地址1号").submitted();
 * UUID id = steps.websiteChange(applicant, filing.id()).reviewer(reviewer).inState(OrderState.AUTHORITY_REVIEW);
 * steps.order(applicant, id).reviewer(reviewer).inState(OrderState.VERIFICATION_REVIEW); // onward from where it is
 * }</pre>
 */
@Component
public class OrderSteps {

    /** The states an order passes on its way to approval, in that order. */
    private static final List<OrderState> HAPPY_PATH = List.of(
            OrderState.DRAFT,
            OrderState.PROVIDER_REVIEW,
            OrderState.VERIFICATION,
            OrderState.VERIFICATION_REVIEW,
            OrderState.AWAITING_SUBMISSION,
            OrderState.SMS_VERIFICATION,
            OrderState.AUTHORITY_REVIEW,
            OrderState.APPROVED);

    private final TestData testData;
    private final ChangeOrders changeOrders;
    private final ProviderDecisions decisions;
    private final AdministrationRecords administration;
    private final Filings filings;

    OrderSteps(
            TestData testData,
            ChangeOrders changeOrders,
            ProviderDecisions decisions,
            AdministrationRecords administration,
            Filings filings) {
        this.testData = testData;
        this.changeOrders = changeOrders;
        this.decisions = decisions;
        this.administration = administration;
        this.filings = filings;
    }

    /** A change of the subject's details, proposing nothing new unless told (see {@link NewOrder#address}). */
    public NewOrder subjectChange(TestAccount applicant, UUID subjectId) {
        return new NewOrder(applicant, subjectId, ChangeType.SUBJECT_CHANGE, null);
    }

    /** A change of the subject's first website, proposing nothing new unless told. */
    public NewOrder websiteChange(TestAccount applicant, UUID subjectId) {
        return new NewOrder(applicant, subjectId, ChangeType.WEBSITE_CHANGE, null);
    }

    /** An order that exists already, to be taken onward from the state it is in. */
    public NewOrder order(TestAccount applicant, UUID orderId) {
        return new NewOrder(applicant, null, null, orderId);
    }

    /**
     * A website change driven to AWAITING_SUBMISSION: the owner's new filing (Tianjin, where the
     * administration requires SMS verification, or Beijing, where it does not) proposes a website
     * principal with {@code websitePrincipalMobile} (another person, 李娜, unless it is the subject
     * principal's 13800138000, which keeps the same person); the reviewer claims it, passes it and
     * accepts the photo, and still holds it.
     */
    public UUID awaitingSubmission(
            TestAccount owner, UUID reviewerId, boolean smsProvince, String websitePrincipalMobile) {
        String domain = TestData.uniqueDomain(smsProvince ? "sms" : "nosms");
        TestFiling filing = smsProvince
                ? testData.filing(owner, "120000", "津", "120100", "120101", "天津管局测试有限公司", domain)
                : testData.beijingFiling(owner, "北京管局测试有限公司", domain);
        Principal filed =
                filings.subject(filing.id()).websites().get(0).details().principal();
        // Another person, unless the mobile is the subject principal's own.
        boolean samePerson = websitePrincipalMobile.equals(filed.mobile());
        Principal proposed = samePerson
                ? filed.withMobile(websitePrincipalMobile)
                : filed.withName("李娜")
                        .withCertificateNumber("120101199209184569")
                        .withMobile(websitePrincipalMobile)
                        .withEmergencyPhone("13700137000")
                        .withEmail("li.na@example.test");
        return websiteChange(owner, filing.id())
                .websitePrincipal(proposed)
                .reviewer(Actor.reviewer(reviewerId))
                .inState(OrderState.AWAITING_SUBMISSION);
    }

    public long version(UUID orderId) {
        return decisions.find(orderId).version();
    }

    /**
     * One order of one applicant: what it proposes, who reviews it, and how far it goes. Nothing
     * happens until one of {@link #started}, {@link #draft}, {@link #submitted}, {@link #claimed}
     * or {@link #inState} is called.
     */
    public final class NewOrder {

        private final TestAccount applicant;
        private final Actor actor;
        private final UUID subjectId;
        private final ChangeType type;
        private UUID orderId;
        private Actor reviewer;
        private String address;
        private String websiteName;
        private Principal websitePrincipal;
        private List<String> domains;

        private NewOrder(TestAccount applicant, UUID subjectId, ChangeType type, UUID orderId) {
            this.applicant = applicant;
            this.actor = Actor.applicant(applicant.id());
            this.subjectId = subjectId;
            this.type = type;
            this.orderId = orderId;
        }

        /** Proposes this street address (a subject change). */
        public NewOrder address(String newAddress) {
            this.address = newAddress;
            return this;
        }

        /** Proposes this website name and replaces the website's domains with these (a website change). */
        public NewOrder website(String newName, List<String> newDomains) {
            this.websiteName = newName;
            this.domains = List.copyOf(newDomains);
            return this;
        }

        /** Proposes this person as the website's principal (a website change). */
        public NewOrder websitePrincipal(Principal principal) {
            this.websitePrincipal = principal;
            return this;
        }

        /** The reviewer who claims and decides; without one, a new reviewer account does. */
        public NewOrder reviewer(Actor reviewer) {
            this.reviewer = reviewer;
            return this;
        }

        public NewOrder reviewer(TestAccount reviewer) {
            return reviewer(Actor.reviewer(reviewer.id()));
        }

        /** Started, as the filing is: a DRAFT without documents and without the proposal saved. */
        public UUID started() {
            if (orderId == null) {
                UUID websiteId = type == ChangeType.WEBSITE_CHANGE
                        ? filings.subject(subjectId).websites().get(0).id()
                        : null;
                orderId = changeOrders.start(actor, subjectId, type, websiteId);
            }
            return orderId;
        }

        /** A DRAFT with the proposal saved and a valid file for every document it needs: ready to submit. */
        public UUID draft() {
            if (orderId == null) {
                started();
                propose();
                testData.attachRequiredDocuments(applicant.id(), orderId);
            }
            return orderId;
        }

        /** Submitted for provider review, nobody holding it yet. */
        public UUID submitted() {
            return inState(OrderState.PROVIDER_REVIEW);
        }

        /** Submitted for provider review and claimed by the reviewer. */
        public UUID claimed() {
            submitted();
            claim();
            return orderId;
        }

        /**
         * Takes the order along the way to approval until it is in this state: submitted; claimed
         * and passed (VERIFICATION); photo uploaded and submitted (VERIFICATION_REVIEW); photo passed
         * (AWAITING_SUBMISSION); submitted to the administration (SMS_VERIFICATION or AUTHORITY_REVIEW,
         * as the province's rules say); approved by the administration (APPROVED, from
         * AUTHORITY_REVIEW).
         */
        public UUID inState(OrderState target) {
            if (!HAPPY_PATH.contains(target)) {
                throw new IllegalArgumentException(target + " is not on the way to approval");
            }
            draft();
            OrderState state = decisions.find(orderId).state();
            while (state != target) {
                if (HAPPY_PATH.indexOf(state) < 0 || HAPPY_PATH.indexOf(state) > HAPPY_PATH.indexOf(target)) {
                    throw new IllegalStateException("order " + orderId + " is " + state + ", not on its way to "
                            + target + " (which state the administration's step leads to follows the province)");
                }
                step(state);
                state = decisions.find(orderId).state();
            }
            return orderId;
        }

        private void step(OrderState from) {
            switch (from) {
                case DRAFT -> changeOrders.submit(actor, orderId, version(orderId));
                case PROVIDER_REVIEW -> {
                    claim();
                    decisions.pass(reviewer(), orderId, version(orderId), null);
                }
                case VERIFICATION -> {
                    testData.attachVerificationPhoto(applicant.id(), orderId);
                    changeOrders.submitVerification(actor, orderId, version(orderId));
                }
                case VERIFICATION_REVIEW -> {
                    claim();
                    decisions.passVerification(reviewer(), orderId, version(orderId), true);
                }
                case AWAITING_SUBMISSION -> {
                    claim();
                    decisions.submitToAdministration(reviewer(), orderId, version(orderId));
                }
                case AUTHORITY_REVIEW ->
                    administration.recordApproval(Actor.authority(null), orderId, version(orderId), null);
                default -> throw new IllegalStateException("no test step leads on from " + from);
            }
        }

        private void propose() {
            if (address != null) {
                SubjectDetails current = filings.subject(subjectId).details();
                requireValid(changeOrders.saveSubject(
                        actor, orderId, version(orderId), current.withAddress(address), Section.SUBJECT));
            }
            if (websiteName != null || websitePrincipal != null) {
                FiledWebsite website = filings.subject(subjectId).websites().get(0);
                WebsiteDetails current = website.details();
                requireValid(changeOrders.saveWebsite(
                        actor,
                        orderId,
                        version(orderId),
                        current.withName(websiteName != null ? websiteName : current.name())
                                .withPrincipal(websitePrincipal != null ? websitePrincipal : current.principal()),
                        domains != null ? domains : website.domains(),
                        domains != null ? Section.DOMAINS : Section.PRINCIPAL));
            }
        }

        /** Claims the order for the reviewer unless the reviewer holds it already (a claim is audited). */
        private void claim() {
            if (!reviewer().id().equals(decisions.find(orderId).assigneeId())) {
                decisions.claim(reviewer(), orderId);
            }
        }

        private Actor reviewer() {
            if (reviewer == null) {
                reviewer = Actor.reviewer(
                        testData.account("reviewer", Role.REVIEWER).id());
            }
            return reviewer;
        }

        private void requireValid(ValidationResult result) {
            if (!result.isValid()) {
                throw new IllegalStateException("test proposal refused: " + result.violations());
            }
        }
    }
}
