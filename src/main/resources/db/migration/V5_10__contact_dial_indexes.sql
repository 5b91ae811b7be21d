-- "Who else has this number": before a call the dialog looks the dialled digits up among the
-- contacts' mobiles and landlines (CallLogService.warningsBeforeCall), which read every contact
-- without these (seconds with a million customers). Two entries a contact, where 5.9 dropped two
-- that no query used.
CREATE INDEX contact_mobile_dial_idx ON contact (mobile_dial);
CREATE INDEX contact_phone_dial_idx ON contact (phone_dial);
