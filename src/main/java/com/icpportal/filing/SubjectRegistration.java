package com.icpportal.filing;

import java.util.List;
import java.util.UUID;

/**
 * An existing filing brought into the portal (demo data, later the import): the subject and its
 * websites, numbered {@code -1}, {@code -2}, ... in the order given.
 */
public record SubjectRegistration(
        String icpNumber,
        String provinceCode,
        UUID ownerId,
        SubjectDetails details,
        List<WebsiteRegistration> websites) {

    /**
     * @param domains   domain names in either their Unicode or their ASCII form
     * @param icpNumber the website's ICP number as issued ({@code …号-N}), or null to number the
     *                  websites {@code -1}, {@code -2}, ... in the order given
     */
    public record WebsiteRegistration(WebsiteDetails details, List<String> domains, String icpNumber) {

        public WebsiteRegistration(WebsiteDetails details, List<String> domains) {
            this(details, domains, null);
        }
    }
}
