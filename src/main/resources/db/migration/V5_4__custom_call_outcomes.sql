-- A rep's own call outcomes (Settings → Calls). Such a call is stored with outcome OTHER_CONNECTED
-- or OTHER_NOT_CONNECTED, so every rule on "connected" keeps working, and names the outcome here
-- (its id in the setting calls.customOutcomes; outcomes are hidden there, never removed).
ALTER TABLE phone_call ADD COLUMN custom_outcome VARCHAR(40);
