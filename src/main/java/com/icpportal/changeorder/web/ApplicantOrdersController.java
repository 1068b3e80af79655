package com.icpportal.changeorder.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.icpportal.account.PortalUser;
import com.icpportal.changeorder.ApplicantOrder;
import com.icpportal.changeorder.ApplicantOrderPages;
import com.icpportal.changeorder.ChangeOrders;
import com.icpportal.filing.Filings;

/** "Your orders": every order of the account, open and finished, with its state, outcome and dates. */
@Controller
@ApplicantOrderPages
class ApplicantOrdersController {

    static final String VIEW = "changeorder/orders";

    private final ChangeOrders changeOrders;
    private final Filings filings;

    ApplicantOrdersController(ChangeOrders changeOrders, Filings filings) {
        this.changeOrders = changeOrders;
        this.filings = filings;
    }

    // One read-only transaction for the page: the services it calls join it instead of each
    // opening its own (one connection checkout, one BEGIN/COMMIT, one persistence context).
    @Transactional(readOnly = true)
    @GetMapping("/orders")
    String showOrders(@AuthenticationPrincipal PortalUser user, Model model) {
        List<ApplicantOrder> orders = changeOrders.ordersOf(user.id());
        model.addAttribute(
                "openOrders", orders.stream().filter(order -> !order.finished()).toList());
        model.addAttribute(
                "finishedOrders",
                orders.stream().filter(ApplicantOrder::finished).toList());
        model.addAttribute(
                "subjectNames",
                filings.subjectNames(orders.stream()
                        .map(ApplicantOrder::subjectId)
                        .distinct()
                        .toList()));
        return VIEW;
    }
}
