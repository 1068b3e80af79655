package com.icpportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The ICP Change Portal: applicants change their ICP filings, provider staff review the changes,
 * admins keep each province's rules.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IcpPortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(IcpPortalApplication.class, args);
    }
}
