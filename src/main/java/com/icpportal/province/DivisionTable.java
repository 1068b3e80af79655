package com.icpportal.province;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.icpportal.shared.LocalizedName;

/**
 * The whole division table (about 3,300 rows) and the historic region codes (about 7,000), as one
 * node keeps them in memory under the {@code division} reference version (migration V131), with the
 * lookups {@link ReferenceData} answers: each the same rows, in the same order, as its SQL query.
 */
final class DivisionTable {

    private final long version;
    private final Map<String, Division> byCode;
    private final Set<String> historicCodes;
    private final List<Division> provinces;
    /** Current divisions by the first two digits of their code (their province's), in code order. */
    private final Map<String, List<Division>> currentByProvincePrefix;
    /** Current divisions by their parent's code, in code order. */
    private final Map<String, List<Division>> currentByParent;

    private DivisionTable(long version, Collection<Division> divisions, Set<String> historicCodes) {
        this.version = version;
        this.historicCodes = historicCodes;
        // in code order, as the queries' "order by code" (six ASCII digits: the same order in any collation)
        Map<String, Division> sorted = new TreeMap<>();
        divisions.forEach(division -> sorted.put(division.code(), division));
        this.byCode = Map.copyOf(sorted);
        List<Division> provinceList = new ArrayList<>();
        Map<String, List<Division>> byPrefix = new HashMap<>();
        Map<String, List<Division>> byParent = new HashMap<>();
        for (Division division : sorted.values()) {
            if (division.abolished()) {
                continue;
            }
            if (division.parentCode() == null) {
                provinceList.add(division);
            } else {
                byParent.computeIfAbsent(division.parentCode(), code -> new ArrayList<>())
                        .add(division);
            }
            byPrefix.computeIfAbsent(division.code().substring(0, 2), prefix -> new ArrayList<>())
                    .add(division);
        }
        this.provinces = List.copyOf(provinceList);
        this.currentByProvincePrefix = copy(byPrefix);
        this.currentByParent = copy(byParent);
    }

    private static Map<String, List<Division>> copy(Map<String, List<Division>> lists) {
        Map<String, List<Division>> copy = new HashMap<>();
        lists.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return Map.copyOf(copy);
    }

    /** Reads both tables (two statements); {@code version} is the one read before them. */
    static DivisionTable load(JdbcClient jdbc, long version) {
        List<Division> divisions = jdbc.sql("""
                        select code, parent_code, name_en, name_zh, abolished, abolished_on
                          from administrative_division""")
                .query((row, number) -> new Division(
                        row.getString("code"),
                        row.getString("parent_code"),
                        new LocalizedName(row.getString("name_en"), row.getString("name_zh")),
                        row.getBoolean("abolished"),
                        row.getObject("abolished_on", LocalDate.class)))
                .list();
        Set<String> historic = new HashSet<>(jdbc.sql("select code from historic_region_code")
                .query(String.class)
                .list());
        return new DivisionTable(version, divisions, Set.copyOf(historic));
    }

    long version() {
        return version;
    }

    /** The divisions with these codes, abolished ones included; codes of none are absent. */
    Map<String, Division> divisions(Collection<String> codes) {
        Map<String, Division> found = new HashMap<>();
        for (String code : codes) {
            Division division = code == null ? null : byCode.get(code);
            if (division != null) {
                found.put(code, division);
            }
        }
        return found;
    }

    /** Whether the code is a division (current or abolished) or a historic region code. */
    boolean known(String code) {
        return byCode.containsKey(code) || historicCodes.contains(code);
    }

    List<Division> provinces() {
        return provinces;
    }

    /** The current divisions whose code starts with the province's two digits, the province itself left out. */
    List<Division> ofProvince(String provinceCode) {
        return currentByProvincePrefix.getOrDefault(provinceCode.substring(0, 2), List.of()).stream()
                .filter(division -> !division.code().equals(provinceCode))
                .toList();
    }

    List<Division> children(String parentCode) {
        return parentCode == null ? List.of() : currentByParent.getOrDefault(parentCode, List.of());
    }
}
