package com.icpportal.province;

import java.net.IDN;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.icpportal.shared.NotFoundException;
import com.icpportal.shared.ReferenceVersions;
import com.icpportal.values.IcpNumber;

/** The provinces, their rules for changes, and the cities that override them. */
@Service
public class Provinces {

    /** The longest administration review an admin may set, in working days. */
    public static final int MAX_REVIEW_WORKDAYS = 60;
    /** The most domains per website an admin may set (the schema's limit). */
    public static final int MAX_DOMAINS_PER_WEBSITE = 100;

    static final int MAX_NOTE_LENGTH = 500;

    private final ProvinceRepository provinces;
    private final CityRuleOverrideRepository overrides;
    private final ReferenceData referenceData;
    private final ApplicationEventPublisher events;

    /** The row of {@code reference_data_version} that every change of provinces and city overrides moves on. */
    static final String VERSION = "province";

    private final ReferenceVersions versions;
    private final TransactionTemplate reading;

    /**
     * All provinces and city overrides as last loaded, kept with the version they were loaded at.
     * Each use compares it with {@link ReferenceVersions} (read once per request for all reference
     * data) and reloads only when it moved: a rule saved on another node is seen at its next
     * request, never a stale copy, and pages skip loading provinces and overrides.
     */
    private volatile Snapshot snapshot;

    private record Snapshot(
            long version,
            List<ProvinceRules> all,
            Map<String, ProvinceRules> byCode,
            Map<String, CityOverride> overridesByCity) {}

    Provinces(
            ProvinceRepository provinces,
            CityRuleOverrideRepository overrides,
            ReferenceData referenceData,
            ApplicationEventPublisher events,
            ReferenceVersions versions,
            PlatformTransactionManager transactions) {
        this.provinces = provinces;
        this.overrides = overrides;
        this.referenceData = referenceData;
        this.events = events;
        this.versions = versions;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** All 31 provinces in code order. */
    public List<ProvinceRules> all() {
        return current().all();
    }

    /** All provinces by code, for pages that show many filings. */
    public Map<String, ProvinceRules> byCode() {
        return current().byCode();
    }

    private Snapshot current() {
        if (!versions.mayKeep()) {
            // a read-write transaction reads the rows, its own changes included, and keeps nothing
            return load(-1);
        }
        long version = versions.of(VERSION);
        Snapshot known = snapshot;
        if (known != null && known.version() == version) {
            return known;
        }
        // read after the version: at worst newer rows under an older version, reloaded at the next use
        Snapshot loaded = load(version);
        snapshot = loaded;
        return loaded;
    }

    private Snapshot load(long version) {
        return reading.execute(status -> {
            List<ProvinceRules> all = provinces.findAllWithPrefixes().stream()
                    .map(Province::rules)
                    .toList();
            return new Snapshot(
                    version,
                    all,
                    Map.copyOf(all.stream().collect(Collectors.toMap(ProvinceRules::code, Function.identity()))),
                    Map.copyOf(overrides.findAll().stream()
                            .map(CityRuleOverride::view)
                            .collect(Collectors.toMap(CityOverride::cityCode, Function.identity()))));
        });
    }

    /** The province with this code (from the snapshot: no query while nothing changed). */
    public Optional<ProvinceRules> find(String code) {
        return Optional.ofNullable(current().byCode().get(code));
    }

    /** The province, or 404. */
    public ProvinceRules get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("province " + code));
    }

    /**
     * Whether a filing registered in this province and city may have its subject or a website
     * changed: the city's override, where it has one, decides before the province.
     */
    public ChangePermissions changePermissions(String provinceCode, String cityCode) {
        Snapshot current = current();
        ProvinceRules province = Optional.ofNullable(current.byCode().get(provinceCode))
                .orElseThrow(() -> new NotFoundException("province " + provinceCode));
        Optional<CityOverride> city = cityCode == null
                ? Optional.empty()
                : Optional.ofNullable(current.overridesByCity().get(cityCode));
        return new ChangePermissions(
                provinceCode,
                cityCode,
                forbiddenBy(province.subjectChangeAllowed(), city.map(CityOverride::subjectChangeAllowed)),
                forbiddenBy(province.websiteChangeAllowed(), city.map(CityOverride::websiteChangeAllowed)));
    }

    private static ChangePermissions.Authority forbiddenBy(boolean provinceAllows, Optional<Boolean> cityAllows) {
        if (cityAllows.isPresent() && cityAllows.get() != null) {
            return cityAllows.get() ? null : ChangePermissions.Authority.CITY;
        }
        return provinceAllows ? null : ChangePermissions.Authority.PROVINCE;
    }

    /** Changes a province's rules on the system's behalf (no acting account). */
    @Transactional
    public ProvinceRules update(String code, ProvinceRulesChange change, long expectedVersion) {
        return update(code, change, expectedVersion, null);
    }

    /**
     * Changes a province's rules; orders already submitted keep the snapshot they took.
     *
     * @throws InvalidSettingException naming the fields that are wrong
     * @throws ObjectOptimisticLockingFailureException when someone changed the rules since {@code expectedVersion}
     */
    @Transactional
    public ProvinceRules update(String code, ProvinceRulesChange change, long expectedVersion, UUID actorId) {
        Province province = provinces.findById(code).orElseThrow(() -> new NotFoundException("province " + code));
        if (province.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Province.class, code);
        }
        List<FieldProblem> problems = check(code, change);
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(problems);
        }
        ProvinceRules before = province.rules();
        versions.changed();
        province.change(change);
        ProvinceRules after = provinces.saveAndFlush(province).rules();
        events.publishEvent(new ProvinceRulesChanged(code, after.version(), actorId, change.differencesFrom(before)));
        return after;
    }

    /** What is wrong with these rules for this province; empty when nothing is. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(String code, ProvinceRulesChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        if (change.verificationChannel() == null) {
            problems.add(new FieldProblem("verificationChannel", "admin.validation.choose"));
        }
        if (change.domainCertificateRule() == null) {
            problems.add(new FieldProblem("domainCertificateRule", "admin.validation.choose"));
        }
        if (change.maxDomainsPerWebsite() < 1 || change.maxDomainsPerWebsite() > MAX_DOMAINS_PER_WEBSITE) {
            problems.add(
                    new FieldProblem("maxDomainsPerWebsite", "admin.validation.between", 1, MAX_DOMAINS_PER_WEBSITE));
        }
        boolean minOk = change.reviewMinWorkdays() >= 1 && change.reviewMinWorkdays() <= MAX_REVIEW_WORKDAYS;
        if (!minOk) {
            problems.add(new FieldProblem("reviewMinWorkdays", "admin.validation.between", 1, MAX_REVIEW_WORKDAYS));
        }
        if (change.reviewMaxWorkdays() < 1 || change.reviewMaxWorkdays() > MAX_REVIEW_WORKDAYS) {
            problems.add(new FieldProblem("reviewMaxWorkdays", "admin.validation.between", 1, MAX_REVIEW_WORKDAYS));
        } else if (minOk && change.reviewMaxWorkdays() < change.reviewMinWorkdays()) {
            problems.add(new FieldProblem("reviewMaxWorkdays", "admin.validation.reviewWindow"));
        }
        prefixes(problems, code, change.icpPrefixes());
        Set<String> approved = referenceData.approvedSuffixes();
        for (String suffix : change.restrictedSuffixes()) {
            if (!approved.contains(suffix)) {
                problems.add(new FieldProblem(
                        "restrictedSuffixes", "admin.validation.suffixNotApproved", "." + IDN.toUnicode(suffix)));
                break;
            }
        }
        return problems;
    }

    private void prefixes(List<FieldProblem> problems, String code, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            problems.add(new FieldProblem("icpPrefixes", "admin.validation.prefixes.required"));
            return;
        }
        Map<String, ProvinceRules> owners = new HashMap<>();
        for (ProvinceRules other : all()) {
            if (!other.code().equals(code)) {
                other.icpPrefixes().forEach(prefix -> owners.put(prefix, other));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String prefix : prefixes) {
            if (!IcpNumber.KNOWN_PREFIXES.contains(prefix)) {
                problems.add(new FieldProblem(
                        "icpPrefixes",
                        "admin.validation.prefixes.unknown",
                        prefix,
                        String.join(" ", IcpNumber.KNOWN_PREFIXES)));
                return;
            }
            if (!seen.add(prefix)) {
                problems.add(new FieldProblem("icpPrefixes", "admin.validation.prefixes.duplicate", prefix));
                return;
            }
            if (owners.containsKey(prefix)) {
                problems.add(new FieldProblem(
                        "icpPrefixes",
                        "admin.validation.prefixes.taken",
                        prefix,
                        owners.get(prefix).name().chinese()));
                return;
            }
        }
    }

    @Transactional(readOnly = true)
    public List<CityOverride> cityOverrides(String provinceCode) {
        return overrides.findByProvinceCodeOrderByCityCode(provinceCode).stream()
                .map(CityRuleOverride::view)
                .toList();
    }

    /** One city's override, or 404 when the city has none in this province. */
    @Transactional(readOnly = true)
    public CityOverride cityOverride(String provinceCode, String cityCode) {
        return overrides
                .findById(cityCode)
                .filter(override -> override.provinceCode().equals(provinceCode))
                .map(CityRuleOverride::view)
                .orElseThrow(() -> new NotFoundException("city override " + cityCode));
    }

    /** Sets a city's own permissions (null: as the province), on the system's behalf. */
    @Transactional
    public CityOverride overrideCity(
            String provinceCode,
            String cityCode,
            Boolean subjectChangeAllowed,
            Boolean websiteChangeAllowed,
            String note) {
        if (!cityCode.startsWith(provinceCode.substring(0, 2))) {
            throw new IllegalArgumentException("city " + cityCode + " is not in province " + provinceCode);
        }
        CityRuleOverride override =
                overrides.findById(cityCode).orElseGet(() -> new CityRuleOverride(cityCode, provinceCode));
        override.set(subjectChangeAllowed, websiteChangeAllowed, note);
        versions.changed();
        CityOverride saved = overrides.save(override).view();
        events.publishEvent(
                new CityOverrideChanged(provinceCode, cityCode, CityOverrideChanged.Change.SET, null, describe(saved)));
        return saved;
    }

    /**
     * An admin adds a city's override ({@code expectedVersion} null) or edits one at the version
     * the form showed.
     *
     * @throws InvalidSettingException for a city not of this province, a city that already has an
     *                                 override (when adding) or a note too long
     */
    @Transactional
    public CityOverride saveCityOverride(
            String provinceCode,
            String cityCode,
            Boolean subjectChangeAllowed,
            Boolean websiteChangeAllowed,
            String note,
            Long expectedVersion,
            UUID actorId) {
        get(provinceCode);
        List<FieldProblem> problems = new ArrayList<>();
        boolean cityOfProvince = cityCode != null
                && referenceData.children(provinceCode).stream()
                        .anyMatch(city -> city.code().equals(cityCode));
        if (!cityOfProvince) {
            problems.add(new FieldProblem("cityCode", "admin.validation.city"));
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTE_LENGTH) {
            problems.add(new FieldProblem("note", "admin.validation.tooLong", MAX_NOTE_LENGTH));
        }
        Optional<CityRuleOverride> existing = cityOfProvince ? overrides.findById(cityCode) : Optional.empty();
        if (expectedVersion == null && existing.isPresent()) {
            problems.add(new FieldProblem("cityCode", "admin.validation.cityHasOverride"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(problems);
        }
        if (expectedVersion != null
                && existing.map(override -> override.view().version() != expectedVersion)
                        .orElse(true)) {
            throw new ObjectOptimisticLockingFailureException(CityRuleOverride.class, cityCode);
        }
        CityRuleOverride override = existing.orElseGet(() -> new CityRuleOverride(cityCode, provinceCode));
        override.set(subjectChangeAllowed, websiteChangeAllowed, trimmed);
        versions.changed();
        CityOverride saved = overrides.saveAndFlush(override).view();
        events.publishEvent(new CityOverrideChanged(
                provinceCode, cityCode, CityOverrideChanged.Change.SET, actorId, describe(saved)));
        return saved;
    }

    @Transactional
    public void removeCityOverride(String cityCode) {
        overrides.findById(cityCode).ifPresent(override -> {
            versions.changed();
            overrides.delete(override);
            events.publishEvent(new CityOverrideChanged(
                    override.provinceCode(), cityCode, CityOverrideChanged.Change.REMOVED, null, null));
        });
    }

    /** An admin removes a city's override as shown at {@code expectedVersion}: the province's rules apply again. */
    @Transactional
    public void removeCityOverride(String provinceCode, String cityCode, long expectedVersion, UUID actorId) {
        CityRuleOverride override = overrides
                .findById(cityCode)
                .filter(found -> found.provinceCode().equals(provinceCode)
                        && found.view().version() == expectedVersion)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(CityRuleOverride.class, cityCode));
        versions.changed();
        overrides.delete(override);
        events.publishEvent(
                new CityOverrideChanged(provinceCode, cityCode, CityOverrideChanged.Change.REMOVED, actorId, null));
    }

    private static String describe(CityOverride override) {
        return "subjectChangeAllowed " + override.subjectChangeAllowed() + "; websiteChangeAllowed "
                + override.websiteChangeAllowed();
    }
}
