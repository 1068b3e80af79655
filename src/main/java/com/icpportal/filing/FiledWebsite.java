package com.icpportal.filing;

import java.util.List;
import java.util.UUID;

/**
 * A filed website as pages show it.
 *
 * @param domains the domains in their Unicode form (例子.中国), as people read them
 */
public record FiledWebsite(
        UUID id, String icpNumber, FilingStatus status, WebsiteDetails details, List<String> domains) {}
