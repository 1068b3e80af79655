package com.icpportal.province;

import java.time.LocalDate;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.icpportal.shared.LocalizedName;

/** A GB/T 2260 province, city or district; abolished ones stay for the data filed with them. */
@Entity
@Table(name = "administrative_division")
class AdministrativeDivision {

    enum Level {
        PROVINCE,
        CITY,
        DISTRICT
    }

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private Level level;

    private String parentCode;

    private String nameZh;

    private String nameEn;

    private boolean abolished;

    private LocalDate abolishedOn;

    protected AdministrativeDivision() {}

    AdministrativeDivision(String code, Level level, String parentCode, String nameZh, String nameEn) {
        this.code = code;
        this.level = level;
        this.parentCode = parentCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    String code() {
        return code;
    }

    Level level() {
        return level;
    }

    boolean abolished() {
        return abolished;
    }

    /** Takes the name and parent of the imported list; a division listed again is current again. */
    boolean update(Level level, String parentCode, String nameZh, String nameEn) {
        boolean changed = this.level != level
                || !java.util.Objects.equals(this.parentCode, parentCode)
                || !this.nameZh.equals(nameZh)
                || !this.nameEn.equals(nameEn)
                || abolished;
        this.level = level;
        this.parentCode = parentCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.abolished = false;
        this.abolishedOn = null;
        return changed;
    }

    void abolish(LocalDate on) {
        this.abolished = true;
        this.abolishedOn = on;
    }

    Division view() {
        return new Division(code, parentCode, new LocalizedName(nameEn, nameZh), abolished, abolishedOn);
    }
}
