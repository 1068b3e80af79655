package com.icpportal.demo;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.account.AccountView;
import com.icpportal.account.Accounts;
import com.icpportal.account.NewAccount;
import com.icpportal.filing.DomainRegistrations;
import com.icpportal.filing.Filings;
import com.icpportal.filing.SubjectRegistration;

/** Loads the demo accounts and filings once: a second start over the same database adds nothing. */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoSettings settings;
    private final Accounts accounts;
    private final Filings filings;
    private final DomainRegistrations domainRegistrations;
    private final TransactionTemplate transaction;
    private final com.icpportal.account.SecondFactors secondFactors;

    DemoDataLoader(
            DemoSettings settings,
            Accounts accounts,
            Filings filings,
            DomainRegistrations domainRegistrations,
            TransactionTemplate transaction,
            com.icpportal.account.SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.settings = settings;
        this.accounts = accounts;
        this.filings = filings;
        this.domainRegistrations = domainRegistrations;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.enabled()) {
            transaction.executeWithoutResult(status -> load());
        }
    }

    void load() {
        int created = 0;
        for (DemoAccount demo : DemoCatalogue.ACCOUNTS) {
            if (accounts.findByUsername(demo.username()).isEmpty()) {
                accounts.create(new NewAccount(
                        demo.username(),
                        demo.displayName(),
                        demo.username() + "@demo.invalid",
                        DemoSettings.PASSWORD,
                        Set.of(demo.role()),
                        null));
                created++;
            }
            // Demo staff sign in with the README's published demo secret, so a tester can add it to
            // an authenticator app; never loaded without demo data (the production profile refuses it).
            AccountView account = accounts.findByUsername(demo.username()).orElseThrow();
            if (demo.role() != com.icpportal.account.Role.APPLICANT && !secondFactors.enrolled(account.id())) {
                secondFactors.enrolKnownSecret(account.id(), DemoSettings.TOTP_SECRET);
            }
        }
        for (DemoCatalogue.DemoFiling demo : DemoCatalogue.FILINGS) {
            if (!filings.isFiled(demo.icpNumber())) {
                AccountView owner = accounts.findByUsername(demo.owner()).orElseThrow();
                List<SubjectRegistration.WebsiteRegistration> websites = demo.websites().stream()
                        .map(website ->
                                new SubjectRegistration.WebsiteRegistration(website.details(), website.domains()))
                        .toList();
                filings.register(new SubjectRegistration(
                        demo.icpNumber(), demo.provinceCode(), owner.id(), demo.subject(), websites));
                created++;
            }
        }
        var known = domainRegistrations.find(DemoCatalogue.DOMAIN_RECORDS.stream()
                .map(DemoCatalogue.DemoDomainRecord::domain)
                .toList());
        for (DemoCatalogue.DemoDomainRecord record : DemoCatalogue.DOMAIN_RECORDS) {
            if (!known.containsKey(record.domain())) {
                domainRegistrations.record(
                        record.domain(),
                        record.registrant(),
                        record.realNameVerified(),
                        record.expiresOn(),
                        "demo data");
                created++;
            }
        }
        if (created > 0) {
            log.info(
                    "Demo data loaded: {} accounts, filings and domain records created; every demo account's password is {}",
                    created,
                    DemoSettings.PASSWORD);
        }
    }
}
