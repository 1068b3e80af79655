package com.icpportal.province;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;

import com.icpportal.shared.LocalizedName;
import com.icpportal.shared.ReferenceVersions;

/**
 * Administrative divisions, service content types and pre-approval items.
 *
 * <p>The divisions (and the historic region codes), and likewise the short lists (service types,
 * pre-approval items, approved suffixes; version {@code reference_list}), are kept in memory with the {@link ReferenceVersions}
 * version they were read at, which a trigger moves on with every change of either table (migration
 * V131): a node reloads them at its next request after any node or tool changed them, and pages that
 * name a place read no division rows while nothing did. Inside a read-write transaction, which may
 * have changed them itself, each lookup reads the rows it needs, as before, and keeps nothing.
 */
@Service
public class ReferenceData {

    /** The row of {@code reference_data_version} that every change of the divisions moves on. */
    static final String VERSION = "division";

    private final ReferenceDataRepository repository;
    private final JdbcClient jdbc;
    private final ReferenceVersions versions;

    /** The row of {@code reference_data_version} that every change of the short reference lists moves on. */
    static final String LISTS_VERSION = "reference_list";

    private volatile DivisionTable divisionTable;

    private volatile ReferenceLists lists;

    ReferenceData(ReferenceDataRepository repository, JdbcClient jdbc, ReferenceVersions versions) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.versions = versions;
    }

    /** The reference lists as kept in memory, reloaded when their version moved; null inside a read-write transaction. */
    private ReferenceLists keptLists() {
        if (!versions.mayKeep()) {
            return null;
        }
        long version = versions.of(LISTS_VERSION);
        ReferenceLists known = lists;
        if (known != null && known.version() == version) {
            return known;
        }
        ReferenceLists fresh = ReferenceLists.load(jdbc, version);
        lists = fresh;
        return fresh;
    }

    /** The divisions as kept in memory, reloaded when their version moved; null inside a read-write transaction. */
    private DivisionTable kept() {
        if (!versions.mayKeep()) {
            return null;
        }
        long version = versions.of(VERSION);
        DivisionTable known = divisionTable;
        if (known != null && known.version() == version) {
            return known;
        }
        // read after the version: at worst newer rows under an older version, reloaded at the next use
        DivisionTable fresh = DivisionTable.load(jdbc, version);
        divisionTable = fresh;
        return fresh;
    }

    public List<ReferenceItem> serviceTypes() {
        ReferenceLists lists = keptLists();
        if (lists != null) {
            return lists.serviceTypes();
        }
        return repository.serviceTypes().stream().map(ServiceType::view).toList();
    }

    public List<ReferenceItem> preApprovalItems() {
        ReferenceLists lists = keptLists();
        if (lists != null) {
            return lists.preApprovalItems();
        }
        return repository.preApprovalItems().stream().map(PreApprovalItem::view).toList();
    }

    /**
     * Whether a six-digit region code, as a resident ID (digits 1–6) or a credit code (digits 3–8) carries it, is
     * or was an administrative division. The value types have checked the province already. Accepted: a division,
     * current or abolished; a code of {@code historic_region_code} (IDs keep the code of where they were issued);
     * Taiwan, Hong Kong, Macao and Taiwan residents' permits (71, 81, 82, 83: no county codes are kept for them);
     * 100000 (national authorities of credit codes); and under a known prefecture the codes outside GB/T 2260
     * that issuing offices use: {@code xxxx01} (市辖区 of the early lists) and {@code xxxx70}–{@code xxxx99}
     * (development zones and other statistical codes, such as 320571 苏州工业园区).
     */
    public boolean isRegionCode(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            return false;
        }
        if (code.equals("100000") || code.matches("(71|81|82|83)\\d{4}")) {
            return true;
        }
        DivisionTable table = kept();
        if (known(table, code)) {
            return true;
        }
        int county = Integer.parseInt(code.substring(4));
        boolean outsideStandard = county == 1 || county >= 70;
        return outsideStandard && known(table, code.substring(0, 4) + "00");
    }

    private boolean known(DivisionTable table, String code) {
        return table != null ? table.known(code) : repository.knownRegionCodes(List.of(code)) > 0;
    }

    /**
     * The divisions with these codes, by code, abolished ones included: from memory, or inside a
     * read-write transaction one statement for a whole page. Plain SQL with the codes as one array
     * ({@code = any(?)}): a JPQL {@code in :codes} was translated again on every call.
     */
    public Map<String, Division> divisions(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        DivisionTable table = kept();
        if (table != null) {
            return table.divisions(codes);
        }
        return jdbc
                .sql("""
                        select code, parent_code, name_en, name_zh, abolished, abolished_on
                          from administrative_division where code = any(?)""")
                .param(new SqlArrayValue("varchar", codes.toArray()))
                .query((row, number) -> new Division(
                        row.getString("code"),
                        row.getString("parent_code"),
                        new LocalizedName(row.getString("name_en"), row.getString("name_zh")),
                        row.getBoolean("abolished"),
                        row.getObject("abolished_on", java.time.LocalDate.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Division::code, Function.identity()));
    }

    /** The approved domain suffixes in their ASCII form, without the leading dot (cn, com, xn--fiqs8s, ...). */
    public java.util.Set<String> approvedSuffixes() {
        ReferenceLists lists = keptLists();
        if (lists != null) {
            return lists.suffixes();
        }
        return java.util.Set.copyOf(repository.approvedSuffixes());
    }

    /** The 31 provincial-level divisions (current ones: these are offered for new input). */
    public List<Division> provincialDivisions() {
        DivisionTable table = kept();
        if (table != null) {
            return table.provinces();
        }
        return repository.provinces().stream().map(AdministrativeDivision::view).toList();
    }

    /** Every current city and district of a province, in code order: one query for a whole form. */
    public List<Division> divisionsOfProvince(String provinceCode) {
        DivisionTable table = kept();
        if (table != null) {
            return table.ofProvince(provinceCode);
        }
        return repository.codedLike(provinceCode.substring(0, 2) + "%").stream()
                .map(AdministrativeDivision::view)
                .filter(division -> !division.code().equals(provinceCode))
                .toList();
    }

    /** The current cities of a province, or districts of a city: what new input may choose. */
    public List<Division> children(String parentCode) {
        DivisionTable table = kept();
        if (table != null) {
            return table.children(parentCode);
        }
        return repository.children(parentCode).stream()
                .map(AdministrativeDivision::view)
                .toList();
    }
}
