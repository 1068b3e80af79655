package com.icpportal.authority;

/** Staff tried to record a decision while the simulated administration makes its own. */
public class GatewayDecidesException extends RuntimeException {

    public GatewayDecidesException(String gateway) {
        super("the " + gateway + " gateway records the administration's decisions itself");
    }
}
