package com.icpportal.calendar;

import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A day that differs from the Monday-to-Friday rule: a holiday, or a weekend day that is worked. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    private DayKind kind;

    /** The name as published (usually Chinese). */
    private String nameZh;

    /** The English name where one is known; null for most entries admins add. */
    private String nameEn;

    private String noticeUrl;

    @Version
    private Long version;

    protected CalendarDay() {}

    CalendarDay(LocalDate day, DayKind kind, String name, String nameEn, String noticeUrl) {
        this.day = day;
        this.kind = kind;
        this.nameZh = name;
        this.nameEn = nameEn;
        this.noticeUrl = noticeUrl;
    }

    LocalDate day() {
        return day;
    }

    DayKind kind() {
        return kind;
    }

    long version() {
        return version == null ? 0 : version;
    }

    CalendarEntry view() {
        return new CalendarEntry(day, kind, nameZh, nameEn, noticeUrl, version());
    }
}
