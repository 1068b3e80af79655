package com.icpportal.changeorder;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where an applicant cancels a filing and files anew: the provider's filing service (outside this
 * portal) and its contact, set by the operator ({@code portal.refile.*}).
 *
 * @param serviceUrl   the provider's filing service
 * @param contactPhone whom to call, during working hours in China
 * @param contactEmail whom to write to
 */
@ConfigurationProperties("portal.refile")
public record RefileSettings(URI serviceUrl, String contactPhone, String contactEmail) {}
