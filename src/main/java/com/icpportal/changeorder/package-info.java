/**
 * Change orders: an applicant's proposed change to a filed subject or website, the state machine
 * that carries it through provider review and the administration, the eligibility rules that say
 * why a change cannot start, and the validation of a proposal against the domain's rules.
 * <p>
 * Its API is this package, one service per actor: {@link com.icpportal.changeorder.ChangeOrders}
 * (the applicant), {@link com.icpportal.changeorder.ProviderDecisions} (the provider's claims and
 * decisions, used by the review desk), {@link com.icpportal.changeorder.AdministrationRecords} (the
 * administration's decisions, used by the authority module), and the read side over all orders
 * ({@link com.icpportal.changeorder.OrderListings}, {@link com.icpportal.changeorder.OrderFigures});
 * plus the views, events and refusals they speak in. The aggregate, its tables and every SQL
 * statement over them are in {@code internal} or behind these services: no other module runs SQL
 * on {@code change_order} tables.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Change orders",
        allowedDependencies = {"account", "calendar", "document", "filing", "province", "shared", "values", "web"})
package com.icpportal.changeorder;
