-- Page sessions and API tokens that began before this instant are refused. A password change (by the user or an
-- administrator) and disabling the account move it to the moment of the change, so neither the old password's
-- sessions and tokens nor those from before a disable come back.
ALTER TABLE app_user ADD COLUMN sign_ins_valid_from timestamptz;
UPDATE app_user SET sign_ins_valid_from = password_changed_at;
ALTER TABLE app_user ALTER COLUMN sign_ins_valid_from SET NOT NULL;
