package com.icpportal.changeorder;

import java.util.List;

/**
 * What the reviewer's case page shows of an order, read together: the overview (order, filing,
 * documents), the deadlines calendar changes moved (oldest first) and the latest backdrop request.
 *
 * @param backdrop the order's latest backdrop request; null when it has none
 * @param photo    the verification photo while it is in review ({@link OrderState#VERIFICATION_REVIEW}); else null
 * @param filed    the filed subject (the overview's filing) with its history, read in the same statement
 */
public record StaffCase(
        OrderOverview overview,
        List<DeadlineMoveView> deadlineMoves,
        BackdropRequestView backdrop,
        com.icpportal.document.DocumentView photo,
        com.icpportal.filing.SubjectWithHistory filed) {}
