package com.icpportal.province;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.icpportal.shared.LocalizedName;

/** A GB/T 2260 province, city or district. */
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

    protected AdministrativeDivision() {}

    Division view() {
        return new Division(code, parentCode, new LocalizedName(nameEn, nameZh));
    }
}
