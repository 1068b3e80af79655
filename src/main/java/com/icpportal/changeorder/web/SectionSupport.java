package com.icpportal.changeorder.web;

import java.util.UUID;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.icpportal.changeorder.ChangeOrderView;
import com.icpportal.changeorder.ChangeType;
import com.icpportal.shared.NotFoundException;

/** Small rules shared by the section pages. */
final class SectionSupport {

    static final String RETURN_TO_CHECK = "check";

    private SectionSupport() {}

    /** A section of the other order type does not exist for this order. */
    static void requireType(ChangeOrderView order, ChangeType type) {
        if (order.type() != type) {
            throw new NotFoundException("section of order " + order.id());
        }
    }

    /** After saving a section: back to check answers when the person came from there, else to the task list. */
    static String afterSave(UUID orderId, String returnTo, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "order.section.saved");
        return RETURN_TO_CHECK.equals(returnTo)
                ? "redirect:/orders/" + orderId + "/check"
                : "redirect:/orders/" + orderId;
    }

    static String toOrder(UUID orderId) {
        return "redirect:/orders/" + orderId;
    }
}
