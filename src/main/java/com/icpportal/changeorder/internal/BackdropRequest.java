package com.icpportal.changeorder.internal;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.icpportal.changeorder.BackdropAddress;
import com.icpportal.changeorder.BackdropRequestView;
import com.icpportal.changeorder.BackdropStatus;

/** A request to mail the provider's photo backdrop to the applicant. */
@Entity
@Table(name = "backdrop_request")
public class BackdropRequest {

    @Id
    private UUID id;

    private UUID orderId;

    @Enumerated(EnumType.STRING)
    private BackdropStatus status;

    private String provinceCode;

    private String cityCode;

    private String districtCode;

    private String street;

    private String recipient;

    private String mobile;

    /** Null for requests made before the postcode was asked for. */
    private String postcode;

    private String carrier;

    private String trackingNumber;

    private Instant requestedAt;

    private Instant shippedAt;

    private Instant receivedAt;

    @Version
    private Long version;

    protected BackdropRequest() {}

    public BackdropRequest(UUID orderId, BackdropAddress address, String mobile, Instant now) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.status = BackdropStatus.REQUESTED;
        this.provinceCode = address.provinceCode();
        this.cityCode = address.cityCode();
        this.districtCode =
                address.districtCode() == null || address.districtCode().isBlank() ? null : address.districtCode();
        this.street = address.street().strip();
        this.recipient = address.recipient().strip();
        this.mobile = mobile;
        this.postcode = address.postcode() == null ? null : address.postcode().strip();
        this.requestedAt = now;
    }

    public void ship(String carrier, String trackingNumber, Instant now) {
        if (status != BackdropStatus.REQUESTED) {
            throw new IllegalStateException("backdrop request " + id + " is " + status);
        }
        this.status = BackdropStatus.SHIPPED;
        this.carrier = carrier.strip();
        this.trackingNumber = trackingNumber.strip();
        this.shippedAt = now;
    }

    public void receive(Instant now) {
        if (status != BackdropStatus.SHIPPED) {
            throw new IllegalStateException("backdrop request " + id + " is " + status);
        }
        this.status = BackdropStatus.RECEIVED;
        this.receivedAt = now;
    }

    public UUID orderId() {
        return orderId;
    }

    public BackdropRequestView view() {
        return new BackdropRequestView(
                id,
                orderId,
                status,
                provinceCode,
                cityCode,
                districtCode,
                street,
                recipient,
                mobile,
                carrier,
                trackingNumber,
                requestedAt,
                shippedAt,
                receivedAt,
                postcode);
    }
}
