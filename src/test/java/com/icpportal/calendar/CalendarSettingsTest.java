package com.icpportal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

/** Working hours bind from plain {@code HH:mm} settings and default to 09:00-18:00. */
class CalendarSettingsTest {

    @Test
    void defaultsToNineToSix() {
        assertThat(bind(Map.of())).isEqualTo(new CalendarSettings(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        assertThat(new CalendarSettings(null, null)).isEqualTo(bind(Map.of()));
    }

    @Test
    void bindsTimesOfDay() {
        assertThat(bind(Map.of("portal.calendar.opens", "08:30", "portal.calendar.closes", "17:30")))
                .isEqualTo(new CalendarSettings(LocalTime.of(8, 30), LocalTime.of(17, 30)));
    }

    @Test
    void closingMustFollowOpening() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CalendarSettings(LocalTime.of(18, 0), LocalTime.of(9, 0)));
        assertThatThrownBy(() -> bind(Map.of("portal.calendar.closes", "09:00")))
                .isInstanceOf(BindException.class)
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static CalendarSettings bind(Map<String, String> properties) {
        Binder binder = new Binder(
                List.of(new MapConfigurationPropertySource(properties)),
                null,
                ApplicationConversionService.getSharedInstance());
        return binder.bindOrCreate("portal.calendar", CalendarSettings.class);
    }
}
