package com.icpportal.changeorder.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.icpportal.changeorder.EligibilityReason;
import com.icpportal.province.Division;
import com.icpportal.province.Provinces;
import com.icpportal.province.ReferenceData;

/** Says eligibility reasons in the page's language: codes become names, keys become words. */
@Component
class EligibilityTexts {

    private final MessageSource messages;
    private final Provinces provinces;
    private final ReferenceData referenceData;

    EligibilityTexts(MessageSource messages, Provinces provinces, ReferenceData referenceData) {
        this.messages = messages;
        this.provinces = provinces;
        this.referenceData = referenceData;
    }

    List<ReasonText> describe(List<EligibilityReason> reasons, Locale locale) {
        Set<String> cityCodes = reasons.stream()
                .filter(reason -> reason.kind() == EligibilityReason.Kind.CITY_FORBIDS)
                .map(reason -> (String) reason.arguments().get(0))
                .collect(Collectors.toSet());
        var cities = referenceData.divisions(cityCodes);
        return reasons.stream().map(reason -> describe(reason, cities, locale)).toList();
    }

    private ReasonText describe(EligibilityReason reason, java.util.Map<String, Division> cities, Locale locale) {
        Object[] arguments = reason.arguments().toArray();
        String link = null;
        switch (reason.kind()) {
            case OPEN_ORDER ->
                link = arguments.length > 1 && !"".equals(arguments[1]) ? "/orders/" + arguments[1] : null;
            case OTHER_ORDER_IN_PROCESS -> arguments[0] = messages.getMessage((String) arguments[0], null, locale);
            case PROVINCE_FORBIDS ->
                arguments[0] = provinces
                        .find((String) arguments[0])
                        .map(province -> province.nameIn(locale))
                        .orElse((String) arguments[0]);
            case CITY_FORBIDS ->
                arguments[0] = cities.containsKey((String) arguments[0])
                        ? cities.get((String) arguments[0]).name().in(locale)
                        : arguments[0];
            case CANCELLED -> {}
        }
        // a ban or a cancelled filing leaves one path: cancel and file anew (its page says how)
        boolean refile = reason.kind() == EligibilityReason.Kind.PROVINCE_FORBIDS
                || reason.kind() == EligibilityReason.Kind.CITY_FORBIDS
                || reason.kind() == EligibilityReason.Kind.CANCELLED;
        return new ReasonText(messages.getMessage(reason.messageKey(), arguments, locale), link, refile);
    }
}
