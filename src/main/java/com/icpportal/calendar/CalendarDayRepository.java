package com.icpportal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CalendarDayRepository extends Repository<CalendarDay, LocalDate> {

    /** The table's days from {@code first} to {@code last}, both included. */
    @Query("select d from CalendarDay d where d.day between :first and :last order by d.day")
    List<CalendarDay> findBetween(LocalDate first, LocalDate last);

    /** The whole table in date order (about 36 rows a year). */
    @Query("select d from CalendarDay d order by d.day")
    List<CalendarDay> findAllInOrder();

    @Query("select count(d) from CalendarDay d where d.day between :first and :last")
    long countBetween(LocalDate first, LocalDate last);

    Optional<CalendarDay> findById(LocalDate day);

    boolean existsById(LocalDate day);

    CalendarDay save(CalendarDay day);

    void delete(CalendarDay day);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CalendarDay d where d.day between :first and :last")
    int deleteBetween(LocalDate first, LocalDate last);
}
