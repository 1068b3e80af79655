package com.icpportal.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.OrderState;
import com.icpportal.province.ProvinceRules;
import com.icpportal.province.VerificationChannel;
import com.icpportal.review.DueLabel;
import com.icpportal.review.QueueRow;
import com.icpportal.review.QueueTab;

/**
 * The queue's lines with every text and class already chosen, so that the template prints each
 * cell with one plain expression: the per-row conditions, message keys built from enum names and
 * the state tag's fragment call cost more in the template than in Java (issue 20: the queue's
 * render was 59% of its CPU, SpEL 27%).
 */
@Component
class QueueLines {

    private final MessageSource messages;

    QueueLines(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * One line of the queue as the table shows it.
     *
     * @param stateClass the state tag's colour class ({@link OrderState#tagClass()}, as changeorder/order-state's)
     * @param dueClass   the deadline tag's colour class: red when overdue
     */
    public record QueueLine(
            UUID id,
            String reference,
            String organiserName,
            String icpNumber,
            String province,
            String type,
            String state,
            String stateClass,
            String due,
            String dueClass) {}

    List<QueueLine> lines(
            List<QueueRow> rows, List<DueLabel> dues, Map<String, ProvinceRules> provinces, Locale locale) {
        List<QueueLine> lines = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            QueueRow row = rows.get(i);
            DueLabel due = dues.get(i);
            ProvinceRules province = provinces.get(row.provinceCode());
            boolean app = province != null && province.verificationChannel() == VerificationChannel.APP;
            lines.add(new QueueLine(
                    row.id(),
                    row.reference(),
                    row.organiserName(),
                    row.icpNumber(),
                    province == null ? row.provinceCode() : province.nameIn(locale),
                    message("enum.ChangeType." + row.type().name(), locale),
                    message(row.state().messageKey(app), locale),
                    row.state().tagClass(),
                    messages.getMessage(due.messageKey(), due.arguments().toArray(), locale),
                    due.overdue() ? "tag--red" : "tag--grey"));
        }
        return lines;
    }

    /** An option of a filter's list: its value, its words, and whether it is the one chosen. */
    public record Option(String value, String text, boolean selected) {}

    /** A tab of the queue: its name (the link's parameter), its words, and whether it is the one shown. */
    public record Tab(String name, String text, boolean current) {}

    List<Tab> tabs(QueueTab shown, Locale locale) {
        List<Tab> tabs = new ArrayList<>();
        for (QueueTab tab : QueueTab.values()) {
            tabs.add(new Tab(tab.name(), message("queue.tab." + tab.name(), locale), tab == shown));
        }
        return tabs;
    }

    List<Option> provinceOptions(List<ProvinceRules> provinces, String chosen, Locale locale) {
        List<Option> options = new ArrayList<>(provinces.size());
        for (ProvinceRules province : provinces) {
            options.add(new Option(
                    province.code(), province.nameIn(locale), province.code().equals(chosen)));
        }
        return options;
    }

    /** Every state an order can be found in by staff (a draft is the applicant's alone). */
    List<Option> stateOptions(OrderState chosen, Locale locale) {
        List<Option> options = new ArrayList<>();
        for (OrderState state : OrderState.values()) {
            if (state != OrderState.DRAFT) {
                options.add(
                        new Option(state.name(), message("enum.OrderState." + state.name(), locale), state == chosen));
            }
        }
        return options;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
