package com.icpportal.authority;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The simulated administration's code for one mobile of one order: a salted hash, never the code. */
@Entity
@Table(name = "simulated_sms_code")
@IdClass(SimulatedSmsCode.Key.class)
class SimulatedSmsCode {

    record Key(UUID orderId, String mobile) implements Serializable {}

    @Id
    private UUID orderId;

    @Id
    private String mobile;

    private String salt;

    private String codeHash;

    private Instant sentAt;

    protected SimulatedSmsCode() {}

    SimulatedSmsCode(UUID orderId, String mobile, String salt, String codeHash, Instant sentAt) {
        this.orderId = orderId;
        this.mobile = mobile;
        this.salt = salt;
        this.codeHash = codeHash;
        this.sentAt = sentAt;
    }

    UUID orderId() {
        return orderId;
    }

    String mobile() {
        return mobile;
    }

    String salt() {
        return salt;
    }

    String codeHash() {
        return codeHash;
    }

    Instant sentAt() {
        return sentAt;
    }
}
