package com.icpportal.audit.web;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.icpportal.audit.AuditPage;
import com.icpportal.audit.AuditTrail;

/**
 * The audit trail for admins: a plain GET filter form (actor, entity, kind, dates in China's time),
 * newest first, and keyset paging ("Older entries" continues after the last entry shown, so entries
 * written meanwhile never shift a page).
 */
@Controller
class AuditController {

    static final String PATH = "/admin/audit";
    static final String VIEW = "audit/trail";
    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final Clock clock;

    AuditController(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String showTrail(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result, Model model) {
        filter.validate(result);
        model.addAttribute("kinds", trail.kinds());
        model.addAttribute("entities", trail.entities());
        model.addAttribute("hasErrors", result.hasErrors());
        if (result.hasErrors()) {
            return VIEW;
        }
        AuditPage page = trail.search(filter.toQuery(clock.getZone(), PAGE_SIZE));
        model.addAttribute("entries", page.entries());
        model.addAttribute("olderPage", page.hasOlder() ? filter.olderThan(page.last()) : null);
        model.addAttribute("newestPage", filter.continuesAfterAnEntry() ? filter.newest() : null);
        return VIEW;
    }
}
