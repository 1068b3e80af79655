package com.icpportal.authority;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.AdministrationRecords;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.NotClaimedException;
import com.icpportal.changeorder.Reason;

/**
 * The administration stage as staff drive it: submitting through the configured gateway and, with
 * the manual gateway, recording on the administration's behalf what its system shows. Each
 * recording names the order's version (a stale one changes nothing) and is made as
 * {@code Actor.authority(staff)}, by the staff member holding the order's claim.
 */
@Service
public class AuthorityDecisions {

    private final AuthoritySettings settings;
    private final ManualAuthorityGateway manual;
    private final SimulatedAuthorityGateway simulated;
    private final AdministrationRecords records;
    private final AuthoritySubmissions submissions;
    private final SimulatedSmsCodes codes;

    AuthorityDecisions(
            AuthoritySettings settings,
            ManualAuthorityGateway manual,
            SimulatedAuthorityGateway simulated,
            AdministrationRecords records,
            AuthoritySubmissions submissions,
            SimulatedSmsCodes codes) {
        this.settings = settings;
        this.manual = manual;
        this.simulated = simulated;
        this.records = records;
        this.submissions = submissions;
        this.codes = codes;
    }

    /** The gateway in use now. */
    public AuthorityGateway gateway() {
        return settings.simulated() ? simulated : manual;
    }

    /** Submits through the gateway in use (the reviewer must hold the order's claim). */
    public ChangeOrderView submit(Actor reviewer, UUID orderId, long version) {
        return gateway().submit(reviewer, orderId, version);
    }

    @Transactional
    public ChangeOrderView recordMobileVerified(UUID staffId, UUID orderId, long version, String mobile) {
        requireManual();
        requireClaim(staffId, orderId);
        return records.recordMobileVerified(Actor.authority(staffId), orderId, version, mobile);
    }

    @Transactional
    public ChangeOrderView recordApproval(UUID staffId, UUID orderId, long version, LocalDate approvedOn, String note) {
        requireManual();
        requireClaim(staffId, orderId);
        return records.recordApproval(Actor.authority(staffId), orderId, version, approvedOn, note);
    }

    @Transactional
    public ChangeOrderView recordRejection(
            UUID staffId, UUID orderId, long version, List<Reason> reasons, String note) {
        requireManual();
        requireClaim(staffId, orderId);
        return records.recordRejection(Actor.authority(staffId), orderId, version, reasons, note);
    }

    /** What the staff page shows of the order's submission: gateway, and the simulated administration's codes and plan. */
    @Transactional(readOnly = true)
    public AdministrationStep step(UUID orderId) {
        return submissions
                .findById(orderId)
                .map(submission -> new AdministrationStep(
                        submission.gateway(),
                        submission.submittedAt(),
                        submission.decideAfter(),
                        submission.decidedAt(),
                        codes.findByOrder(orderId).stream()
                                .map(code -> new AdministrationStep.CodeSent(
                                        AdministrationStep.mask(code.mobile()), code.sentAt()))
                                .toList()))
                .orElse(AdministrationStep.NOT_SUBMITTED);
    }

    /** Like every decision on the order, recording the administration's needs the order's claim. */
    private void requireClaim(UUID staffId, UUID orderId) {
        ChangeOrderView order = records.find(orderId);
        if (staffId == null || !staffId.equals(order.assigneeId())) {
            throw new NotClaimedException(order.reference());
        }
    }

    private void requireManual() {
        if (!gateway().staffRecordDecisions()) {
            throw new GatewayDecidesException(settings.gateway());
        }
    }
}
