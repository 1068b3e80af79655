package com.icpportal.province;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.icpportal.shared.LocalizedName;

/** A pre-approval item (前置审批项). */
@Entity
@Table(name = "pre_approval_item")
class PreApprovalItem {

    @Id
    private String code;

    private String nameEn;

    private String nameZh;

    private int position;

    protected PreApprovalItem() {}

    ReferenceItem view() {
        return new ReferenceItem(code, new LocalizedName(nameEn, nameZh));
    }
}
