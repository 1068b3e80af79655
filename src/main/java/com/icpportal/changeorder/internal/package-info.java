/**
 * The change order aggregate and what only this module touches: its entities and repositories,
 * the proposal's validation and eligibility rules behind {@link com.icpportal.changeorder.ChangeOrders},
 * reference numbers, the documents an order needs, and the SQL predicates written from
 * {@link com.icpportal.changeorder.OrderState}'s sets. Internal: other modules use the base package.
 */
package com.icpportal.changeorder.internal;
