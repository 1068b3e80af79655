package com.icpportal.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Generates the bulk data once at start when {@code portal.generate.orders=N} is set: N filed
 * subjects with a website and a domain each, owned by the account {@value #APPLICANT_USERNAME}
 * (created if missing, password {@value #APPLICANT_PASSWORD}), and N submitted change orders
 * {@code CO-GEN-1} … {@code CO-GEN-N}, each with its proposal and a START and a SUBMIT transition.
 * All of it is one transaction, so a failure leaves nothing behind; then the tables are vacuumed
 * and analysed.
 * <p>
 * If generated orders exist already it generates nothing and says so: restarting with the same
 * arguments does not double the data.
 */
@Component
@ConditionalOnProperty("portal.generate.orders")
class BulkDataGenerator implements ApplicationRunner {

    static final String APPLICANT_USERNAME = "bulk.applicant";
    static final String APPLICANT_PASSWORD = "icp-bulk-2026";

    private static final Logger log = LoggerFactory.getLogger(BulkDataGenerator.class);
    private static final String TABLES =
            "account, account_role, filing_subject, filing_website, filing_website_domain, change_order, "
                    + "change_order_domain, change_order_transition";

    /** The tables whose indexes are built after the COPY rather than during it. */
    private static final List<String> BULK_TABLES = List.of(
            "filing_subject",
            "filing_website",
            "filing_website_domain",
            "change_order",
            "change_order_domain",
            "change_order_transition");

    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final long orders;

    BulkDataGenerator(
            DataSource dataSource,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${portal.generate.orders}") String orders) {
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.orders = count(orders);
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (alreadyGenerated(connection)) {
                    log.warn(
                            "Bulk data not generated: the database already holds generated change orders ({}…); "
                                    + "portal.generate.orders fills a database once. Start with an empty data directory "
                                    + "to generate afresh.",
                            BulkRows.REFERENCE_PREFIX);
                    connection.rollback();
                    return;
                }
                log.info("Bulk data: generating {} filed subjects and change orders", "%,d".formatted(orders));
                BulkRows rows = new BulkRows(provinces(connection), applicant(connection), clock.instant());
                List<String> indexes = dropIndexes(connection);
                CopyManager copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
                copy(copyApi, BulkRows.SUBJECTS, orders, rows::subject);
                copy(copyApi, BulkRows.WEBSITES, orders, rows::website);
                copy(copyApi, BulkRows.DOMAINS, orders, rows::domain);
                copy(copyApi, BulkRows.ORDERS, orders, rows::order);
                copy(copyApi, BulkRows.ORDER_DOMAINS, orders, rows::orderDomain);
                copy(copyApi, BulkRows.TRANSITIONS, 2 * orders, rows::transition);
                createIndexes(connection, indexes);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            long loaded = System.nanoTime();
            // Vacuum as well as analyse: it sets the visibility map, so that autovacuum does not start
            // on the fresh rows in the middle of whatever is measured next.
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum (analyze) " + TABLES);
            }
            long finished = System.nanoTime();
            log.info(
                    "Bulk data generated: {} change orders ({}1 … {}{}) in {} s "
                            + "(copy {} s, vacuum and analyse {} s); their applicant is {} with password {}",
                    "%,d".formatted(orders),
                    BulkRows.REFERENCE_PREFIX,
                    BulkRows.REFERENCE_PREFIX,
                    orders,
                    seconds(finished - started),
                    seconds(loaded - started),
                    seconds(finished - loaded),
                    APPLICANT_USERNAME,
                    APPLICANT_PASSWORD);
        }
    }

    private static long count(String value) {
        long count;
        try {
            count = Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("portal.generate.orders must be a number of orders, not " + value, e);
        }
        if (count < 1 || count > BulkRows.MAX_ORDERS) {
            throw new IllegalArgumentException(
                    "portal.generate.orders must be from 1 to %,d, not %s".formatted(BulkRows.MAX_ORDERS, value));
        }
        return count;
    }

    private static boolean alreadyGenerated(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("select exists (select 1 from change_order where reference like ?)")) {
            statement.setString(1, BulkRows.REFERENCE_PREFIX + "%");
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /**
     * Drops the indexes of the bulk tables that back no constraint, and gives their definitions:
     * building an index once over a million rows is many times faster than updating it row by row
     * during COPY (the trigram indexes most of all). In the generator's transaction, so a failure
     * restores them.
     */
    private static List<String> dropIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select i.relname, pg_get_indexdef(x.indexrelid) from pg_index x
                  join pg_class i on i.oid = x.indexrelid
                  join pg_class t on t.oid = x.indrelid
                 where t.relname = any (?) and t.relnamespace = 'public'::regnamespace
                   and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
                   and not x.indisunique""")) {
            statement.setArray(1, connection.createArrayOf("text", BULK_TABLES.toArray()));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    names.add(result.getString(1));
                    definitions.add(result.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index \"" + name + "\"");
            }
        }
        return definitions;
    }

    private static void createIndexes(Connection connection, List<String> definitions) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local maintenance_work_mem = '256MB'");
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
        log.info("Bulk data: {} indexes built in {} s", definitions.size(), seconds(System.nanoTime() - started));
    }

    private static List<ProvinceSeed> provinces(Connection connection) throws SQLException {
        String sql = """
                select p.code, p.name_zh,
                       (select x.prefix from province_icp_prefix x where x.province_code = p.code
                         order by x.position limit 1) as icp_prefix,
                       (select min(d.code) from administrative_division d
                         where d.parent_code = p.code and d.level = 'CITY') as city_code,
                       p.sms_verification_required, p.verification_channel, p.domain_certificate_rule,
                       p.max_domains_per_website, p.review_min_workdays, p.review_max_workdays,
                       p.local_mobile_required
                  from province p order by p.code""";
        List<ProvinceSeed> provinces = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                ProvinceSeed province = new ProvinceSeed(
                        result.getString("code"),
                        result.getString("name_zh"),
                        result.getString("icp_prefix"),
                        result.getString("city_code"),
                        result.getBoolean("sms_verification_required"),
                        result.getString("verification_channel"),
                        result.getString("domain_certificate_rule"),
                        result.getInt("max_domains_per_website"),
                        result.getInt("review_min_workdays"),
                        result.getInt("review_max_workdays"),
                        result.getBoolean("local_mobile_required"));
                if (province.icpPrefix() == null || province.cityCode() == null) {
                    throw new IllegalStateException("province " + province.code() + " has no ICP prefix or no city");
                }
                provinces.add(province);
            }
        }
        return provinces;
    }

    /** The generated applicant's id, creating the account on the first run. */
    private UUID applicant(Connection connection) throws SQLException {
        try (PreparedStatement find =
                connection.prepareStatement("select id from account where lower(username) = lower(?)")) {
            find.setString(1, APPLICANT_USERNAME);
            try (ResultSet result = find.executeQuery()) {
                if (result.next()) {
                    return result.getObject(1, UUID.class);
                }
            }
        }
        UUID id = UUID.randomUUID();
        try (PreparedStatement account = connection.prepareStatement("""
                insert into account (id, username, display_name, email, password_hash, created_at)
                values (?, ?, ?, ?, ?, ?)""");
                PreparedStatement role = connection.prepareStatement(
                        "insert into account_role (account_id, role) values (?, 'APPLICANT')")) {
            account.setObject(1, id);
            account.setString(2, APPLICANT_USERNAME);
            account.setString(3, "批量申请人 Bulk Applicant");
            account.setString(4, APPLICANT_USERNAME + "@bulk.invalid");
            account.setString(5, passwordEncoder.encode(APPLICANT_PASSWORD));
            account.setObject(6, clock.instant().atOffset(ZoneOffset.UTC));
            account.executeUpdate();
            role.setObject(1, id);
            role.executeUpdate();
        }
        return id;
    }

    /** Copies the rows that {@code row} gives for 1 to {@code count}; where it gives null, there is no row. */
    private static void copy(CopyManager copyApi, Table table, long count, LongFunction<Object[]> row)
            throws SQLException {
        long started = System.nanoTime();
        long step = count >= 100_000 ? count / 10 : Long.MAX_VALUE;
        try (CopyStream copy = new CopyStream(copyApi, table)) {
            for (long i = 1; i <= count; i++) {
                Object[] values = row.apply(i);
                if (values != null) {
                    copy.write(values);
                }
                if (i % step == 0 && i < count) {
                    log.info("Bulk data: {} {} of {} sent", table.name(), "%,d".formatted(i), "%,d".formatted(count));
                }
            }
            long copied = copy.finish();
            log.info(
                    "Bulk data: {} {} rows in {} s",
                    table.name(),
                    "%,d".formatted(copied),
                    seconds(System.nanoTime() - started));
        }
    }

    private static String seconds(long nanos) {
        return "%.1f".formatted(nanos / 1e9);
    }
}
