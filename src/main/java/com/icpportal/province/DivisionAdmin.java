package com.icpportal.province;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.icpportal.shared.ImportProblem;
import com.icpportal.shared.ReferenceVersions;

/**
 * Admins keep the administrative divisions up to date from the lists the Ministry of Civil Affairs
 * publishes: a file adds, renames and abolishes divisions, all or nothing. Abolished divisions stay, so
 * that filed data and ID numbers keep their names; forms offer only current ones.
 */
@Service
public class DivisionAdmin {

    /** The audit entry names the first codes an import touched, within the trail's id column. */
    private static final int AUDIT_ID_MAX = 200;

    private final AdministrativeDivisionRepository divisions;
    private final ApplicationEventPublisher events;
    private final ReferenceVersions versions;

    DivisionAdmin(
            AdministrativeDivisionRepository divisions, ApplicationEventPublisher events, ReferenceVersions versions) {
        this.divisions = divisions;
        this.events = events;
        this.versions = versions;
    }

    /** How many divisions are kept, current and abolished. */
    @Transactional(readOnly = true)
    public Counts counts() {
        long all = divisions.count();
        List<Division> abolished = abolished();
        return new Counts(all - abolished.size(), abolished.size());
    }

    /** The abolished divisions in code order. */
    @Transactional(readOnly = true)
    public List<Division> abolished() {
        return divisions.findAbolished().stream()
                .map(AdministrativeDivision::view)
                .toList();
    }

    /**
     * Applies a list of divisions (see {@link DivisionFile}), all or nothing: when any row is wrong
     * nothing changes and every problem is returned with its row.
     */
    @Transactional
    public ImportOutcome importList(String text, UUID actorId) {
        Map<String, AdministrativeDivision> kept = divisions.findAll().stream()
                .collect(Collectors.toMap(AdministrativeDivision::code, Function.identity()));
        DivisionFile.Parsed parsed = DivisionFile.parse(text, kept::get);
        if (!parsed.ok()) {
            return new ImportOutcome(0, 0, 0, parsed.problems());
        }
        int added = 0;
        int changed = 0;
        int abolished = 0;
        List<String> touched = new ArrayList<>();
        // parents first, so that a new city exists before its districts (the foreign key)
        List<DivisionFile.Row> rows = parsed.rows().stream()
                .sorted((a, b) -> Integer.compare(depth(a), depth(b)))
                .toList();
        for (DivisionFile.Row row : rows) {
            AdministrativeDivision division = kept.get(row.code());
            boolean wasAbolished = division != null && division.abolished();
            boolean changedHere;
            if (division == null) {
                division =
                        new AdministrativeDivision(row.code(), row.level(), row.parentCode(), row.name(), row.nameEn());
                added++;
                changedHere = true;
            } else {
                changedHere = division.update(row.level(), row.parentCode(), row.name(), row.nameEn());
            }
            if (row.abolished()) {
                division.abolish(row.abolishedOn());
                if (!wasAbolished) {
                    abolished++;
                    changedHere = true;
                }
            }
            if (changedHere) {
                if (kept.containsKey(row.code()) && !(row.abolished() && !wasAbolished)) {
                    changed++;
                }
                touched.add(row.code());
            }
            divisions.saveAndFlush(division);
        }
        // the rest of this request reads the divisions' version (moved by the trigger) again
        versions.changed();
        events.publishEvent(new DivisionsImported(added, changed, abolished, auditId(touched), actorId));
        return new ImportOutcome(added, changed, abolished, List.of());
    }

    private static int depth(DivisionFile.Row row) {
        return switch (row.level()) {
            case PROVINCE -> 0;
            case CITY -> 1;
            case DISTRICT -> 2;
        };
    }

    private static String auditId(List<String> codes) {
        if (codes.isEmpty()) {
            return "none";
        }
        StringBuilder id = new StringBuilder();
        for (String code : codes) {
            if (id.length() + code.length() + 5 > AUDIT_ID_MAX) {
                return id.append(" …").toString();
            }
            id.append(id.isEmpty() ? "" : " ").append(code);
        }
        return id.toString();
    }

    /** Divisions kept: current ones and abolished ones. */
    public record Counts(long current, long abolished) {}

    /** What an import did, or the problems that stopped it. */
    public record ImportOutcome(int added, int changed, int abolished, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
