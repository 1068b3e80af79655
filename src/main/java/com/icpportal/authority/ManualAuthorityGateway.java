package com.icpportal.authority;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ProviderDecisions;

/**
 * How providers work today: staff submit the order in the administration's own system, then record
 * here what they see there (each principal's SMS verification, the approval and its date, or the
 * rejection with reasons), through {@link AuthorityDecisions}.
 */
@Component
class ManualAuthorityGateway implements AuthorityGateway {

    private final ProviderDecisions decisions;
    private final AuthoritySubmissions submissions;
    private final Clock clock;

    ManualAuthorityGateway(ProviderDecisions decisions, AuthoritySubmissions submissions, Clock clock) {
        this.decisions = decisions;
        this.submissions = submissions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return AuthoritySettings.MANUAL;
    }

    @Override
    @Transactional
    public ChangeOrderView submit(Actor reviewer, UUID orderId, long version) {
        ChangeOrderView order = decisions.submitToAdministration(reviewer, orderId, version);
        AuthoritySubmission submission =
                submissions.findById(orderId).orElseGet(() -> new AuthoritySubmission(orderId));
        submission.submitted(name(), clock.instant());
        submissions.save(submission);
        return order;
    }

    @Override
    public boolean staffRecordDecisions() {
        return true;
    }
}
