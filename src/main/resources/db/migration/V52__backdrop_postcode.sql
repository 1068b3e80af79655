-- Issue 16: the backdrop is posted, so its address carries China's six-digit postcode. Requests
-- made before stay without one (null); new requests must give it.
alter table backdrop_request add column postcode varchar(6)
    constraint ck_backdrop_request_postcode check (postcode ~ '^[0-9]{6}$');
