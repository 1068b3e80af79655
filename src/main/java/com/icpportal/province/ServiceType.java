package com.icpportal.province;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.icpportal.shared.LocalizedName;

/** A website service content type (网站服务内容). */
@Entity
@Table(name = "service_type")
class ServiceType {

    @Id
    private String code;

    private String nameEn;

    private String nameZh;

    private int position;

    protected ServiceType() {}

    ReferenceItem view() {
        return new ReferenceItem(code, new LocalizedName(nameEn, nameZh));
    }
}
