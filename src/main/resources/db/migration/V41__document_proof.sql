-- What a document proves, set by the change it was uploaded for (e.g. 'person:<certificate number>',
-- 'subject:<credit code>', 'domains:<ascii,...>'). Reuse offers a document only where it proves the
-- same thing for the new change; null (older uploads, a signed commitment, a photo) is never offered.
ALTER TABLE document ADD COLUMN proves text;
