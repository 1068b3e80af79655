-- TOTP secrets are sealed at rest (AES-256-GCM under portal.security.factor-key, FactorSecretCipher):
-- 'v1:' + Base64 of a 12-byte nonce, the 32-character secret and the 16-byte tag is 83 characters.
alter table account_totp alter column secret type varchar(200);

-- V32 never ran in production without this migration: a secret stored in clear (a development database
-- of the branch) is dropped, and its owner sets up the second factor again at the next sign-in.
delete from account_totp where secret not like 'v1:%';
