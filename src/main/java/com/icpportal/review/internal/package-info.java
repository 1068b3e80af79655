/** The contact log's entity and repository: the {@code contact_log} table belongs to the review desk. */
package com.icpportal.review.internal;
