package com.northbank.tellers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "TELLER")
public class Teller {

    @Id
    @Column(name = "TELLER_ID", length = 8)
    private String tellerId;

    @Column(name = "HOME_BRANCH_CD")
    private Short homeBranchCode;

    @Column(name = "CAN_OVERRIDE")
    private boolean canOverride;

    public String getTellerId() {
        return tellerId;
    }

    public Short getHomeBranchCode() {
        return homeBranchCode;
    }

    public boolean isCanOverride() {
        return canOverride;
    }
}
