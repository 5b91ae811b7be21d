-- The previous values an import keeps of a changed call carry the rep's own outcome too
-- (phone_call.custom_outcome, migration 5.4), so undo restores it.
ALTER TABLE import_call_before ADD COLUMN custom_outcome VARCHAR(40);
