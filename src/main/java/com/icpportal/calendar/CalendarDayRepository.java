package com.icpportal.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CalendarDayRepository extends Repository<CalendarDay, LocalDate> {

    /** The table's days from {@code first} to {@code last}, both included. */
    @Query("select d from CalendarDay d where d.day between :first and :last order by d.day")
    List<CalendarDay> findBetween(LocalDate first, LocalDate last);
}
