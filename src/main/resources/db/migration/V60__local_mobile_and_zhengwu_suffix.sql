-- Issue 17: the province setting "the principal's mobile must be registered in this province", copied into
-- each order's rules snapshot at submission, and .政务 (xn--zfr164b) among the approved suffixes by default.

-- Off by default: no administration has told us it requires a local mobile until an admin switches it on.
alter table province add column local_mobile_required boolean not null default false;

-- Orders submitted before this setting existed were submitted under rules without it: false, not unknown.
-- Orders not yet submitted keep a null snapshot (every rules_ column null).
alter table change_order add column rules_local_mobile_required boolean;
update change_order set rules_local_mobile_required = false where rules_captured_at is not null;

-- .政务 is the government suffix next to gov.cn (CONAC's registry; only government agencies may use it, which
-- the proposal validator already enforces). Approving it is what lets a government agency file it.
insert into approved_domain_suffix (suffix, unicode) values ('xn--zfr164b', '政务')
    on conflict (suffix) do nothing;
