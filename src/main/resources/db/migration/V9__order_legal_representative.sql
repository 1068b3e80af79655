-- The applicant's answer to "is the principal the organisation's legal representative?":
-- if not, an authorisation letter is required. Null until answered (treated as yes).
alter table change_order add column principal_is_legal_representative boolean;
