/**
 * Bulk data for load and query-plan work: with {@code portal.generate.orders=N} the portal generates
 * N filed subjects (one website and one domain each) and N submitted change orders spread over the
 * 31 provinces, the queue's states and deadlines, and then analyses the tables.
 * <p>
 * It is a bulk loader, so it writes with plain SQL ({@code COPY … FROM STDIN} through the
 * PostgreSQL driver) instead of going through the modules' services and aggregates: a million
 * orders one aggregate at a time would take hours. The price is that it must follow the schema
 * of the migrations by hand. It depends on no other module (only on Spring and JDBC), and nothing
 * depends on it; {@code ModularityTests} checks both.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Data generator",
        allowedDependencies = {})
package com.icpportal.generator;
