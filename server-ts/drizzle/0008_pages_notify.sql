-- Pages and escalation policies show in every sidebar: their writes wake every instance's LISTEN sre_changes too.
CREATE TRIGGER pages_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pages FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
--> statement-breakpoint
CREATE TRIGGER escalation_policies_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON escalation_policies FOR EACH STATEMENT EXECUTE FUNCTION sre_notify_change();
