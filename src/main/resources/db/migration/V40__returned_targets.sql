-- What each target of a return (a field, a document, the whole order) looked like when the order
-- was returned or rejected: a SHA-256 of its value. A target is "corrected" once its value differs.
-- Replaced at every return; kept small (one row per reason's target).
CREATE TABLE change_order_return_target (
    order_id    uuid NOT NULL REFERENCES change_order (id) ON DELETE CASCADE,
    field_key   text NOT NULL,
    fingerprint text NOT NULL,
    PRIMARY KEY (order_id, field_key)
);
