package com.icpportal.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icpportal.account.Role;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.support.PortalTest;
import com.icpportal.support.TestData;
import com.icpportal.support.TestData.TestAccount;
import com.icpportal.support.TestData.TestFiling;
import com.icpportal.support.TestFilesForUpload;

/**
 * Twenty uploads into one empty slot at once (issue 20: four of them answered 500 on the
 * attachment's primary key): each is either stored or refused with a message, none fails; the slot
 * holds one of the stored documents, and a refused upload leaves no row behind.
 */
@PortalTest
class ConcurrentUploadTest {

    static final int UPLOADS = 20;

    @Autowired
    Documents documents;

    @Autowired
    TestData testData;

    @Autowired
    ChangeOrders changeOrders;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentUploadsIntoOneSlotAreStoredOrRefusedWithAMessageNeverAnError() throws Exception {
        TestAccount owner = testData.account("racer", Role.APPLICANT);
        TestFiling filing = testData.beijingFiling(owner, "北京并发上传测试有限公司", TestData.uniqueDomain("race"));
        UUID orderId = changeOrders.start(Actor.applicant(owner.id()), filing.id(), ChangeType.SUBJECT_CHANGE, null);
        byte[] png = TestFilesForUpload.png(640, 640);
        long rowsBefore = rowsOf(owner.id());

        ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<UploadOutcome>> results = new ArrayList<>();
        try {
            for (int i = 0; i < UPLOADS; i++) {
                Callable<UploadOutcome> upload = () -> {
                    start.await();
                    return documents.upload(new Upload(
                            owner.id(),
                            filing.id(),
                            orderId.toString(),
                            DocumentKind.ID_CARD_FRONT,
                            "front.png",
                            "image/png",
                            new ByteArrayInputStream(png)));
                };
                results.add(pool.submit(upload));
            }
            start.countDown();
            List<UploadOutcome> outcomes = new ArrayList<>();
            for (Future<UploadOutcome> result : results) {
                outcomes.add(result.get(2, TimeUnit.MINUTES)); // an exception here is the bug
            }

            List<UUID> stored = outcomes.stream()
                    .filter(UploadOutcome.Stored.class::isInstance)
                    .map(outcome -> ((UploadOutcome.Stored) outcome).document().id())
                    .toList();
            List<UploadOutcome.Refused> refused = outcomes.stream()
                    .filter(UploadOutcome.Refused.class::isInstance)
                    .map(UploadOutcome.Refused.class::cast)
                    .toList();
            assertThat(stored.size() + refused.size()).isEqualTo(UPLOADS);
            assertThat(stored).isNotEmpty();
            // uploads that do not overlap each replace the slot's document in turn: then none is refused
            assertThat(refused).extracting(UploadOutcome.Refused::messageKey).isSubsetOf("document.problem.concurrent");
            UUID attached = jdbc.queryForObject(
                    "select document_id from document_attachment where reference = ? and kind = 'ID_CARD_FRONT'",
                    UUID.class,
                    orderId.toString());
            assertThat(stored).contains(attached);
            assertThat(rowsOf(owner.id()) - rowsBefore)
                    .as("a refused upload leaves no document row")
                    .isEqualTo(stored.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private long rowsOf(UUID owner) {
        return jdbc.queryForObject("select count(*) from document where owner_id = ?", Long.class, owner);
    }
}
