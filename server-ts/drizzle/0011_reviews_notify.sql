-- Retrospectives and runbooks show in every sidebar: their writes wake every instance's LISTEN sre_changes too.
CREATE TRIGGER retrospectives_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON retrospectives FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
--> statement-breakpoint
CREATE TRIGGER runbooks_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON runbooks FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
