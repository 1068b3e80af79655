package com.icpportal.calendar.web;

import com.icpportal.calendar.CalendarEntryInput;

/** An entry typed by an admin; checked by the calendar module, kept as typed on an error. */
public class CalendarEntryForm {

    private String date;
    private String kind;
    private String name;
    private String nameEn;
    private String notice;

    CalendarEntryInput toInput() {
        return new CalendarEntryInput(date, kind, name, nameEn, notice);
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
