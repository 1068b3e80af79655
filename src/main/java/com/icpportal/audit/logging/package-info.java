/**
 * Logback converters that keep personal identifiers out of the application log; configured in
 * {@code logback-spring.xml}.
 */
package com.icpportal.audit.logging;
