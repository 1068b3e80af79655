package com.icpportal.changeorder.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import com.icpportal.changeorder.Action;
import com.icpportal.changeorder.Actor;
import com.icpportal.changeorder.ActorRole;
import com.icpportal.changeorder.OrderState;
import com.icpportal.changeorder.Reason;
import com.icpportal.changeorder.TransitionView;

/** One step of an order's life: who, when, from, to, a note, and the reasons of a return or rejection. */
@Entity
@Table(name = "change_order_transition")
public class Transition {

    @Id
    private UUID id;

    @Column(name = "order_id")
    private UUID orderId;

    private Instant occurredAt;

    private UUID actorId;

    @Enumerated(EnumType.STRING)
    private ActorRole actorRole;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Enumerated(EnumType.STRING)
    private OrderState fromState;

    @Enumerated(EnumType.STRING)
    private OrderState toState;

    private String note;

    /** The deadline the step entered by this transition got; null when it has none. */
    private Instant dueAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = ChangeOrder.BATCH)
    @CollectionTable(name = "change_order_reason", joinColumns = @JoinColumn(name = "transition_id"))
    @OrderColumn(name = "position")
    private List<Reason> reasons = new ArrayList<>();

    protected Transition() {}

    Transition(
            UUID orderId,
            Instant occurredAt,
            Actor actor,
            Action action,
            OrderState from,
            OrderState to,
            String note,
            List<Reason> reasons) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.occurredAt = occurredAt;
        this.actorId = actor.id();
        this.actorRole = actor.role();
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.reasons = new ArrayList<>(reasons);
    }

    TransitionView view() {
        return new TransitionView(
                occurredAt, new Actor(actorId, actorRole), action, fromState, toState, note, List.copyOf(reasons));
    }

    void due(Instant due) {
        this.dueAt = due;
    }

    Action action() {
        return action;
    }

    List<Reason> reasons() {
        return List.copyOf(reasons);
    }
}
