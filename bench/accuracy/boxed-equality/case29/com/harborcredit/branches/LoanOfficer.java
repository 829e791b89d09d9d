package com.harborcredit.branches;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "LN_OFFICER")
public class LoanOfficer {

    @Id
    @Column(name = "OFFICER_ID", length = 8)
    private String officerId;

    @Column(name = "BRANCH_CD", nullable = false)
    private short branchCode;

    public String getOfficerId() {
        return officerId;
    }

    public short getBranchCode() {
        return branchCode;
    }
}
